"""Tiles shared by every interior: autotiled wall tops, void, plants, small props."""

from __future__ import annotations

from .canvas import Canvas
from .draw import block, darker, plant, shadow
from .tileset import TS, Tileset

# wall-top styles: (fill, fill_dot, inner trim, outer line)
WALLTOP_STYLES = {
    "cool": ("navy", "slate", "steel", "night"),
    "warm": ("umber_1", "umber_2", "umber_3", "umber_0"),
}


def walltop(style: str, n: bool, e: bool, s: bool, w: bool) -> Canvas:
    """A wall top (the cut through the wall seen from above). Edges on sides facing floor."""
    fill, dot, trim, line = WALLTOP_STYLES[style]
    cv = Canvas(TS, TS, fill)
    # faint diagonal texture
    for y in range(TS):
        for x in range(TS):
            if (x * 3 + y * 5) % 11 == 0:
                cv.px(x, y, dot)
    if n:
        cv.hline(0, 15, 0, line)
        cv.hline(0, 15, 1, trim)
    if s:
        cv.hline(0, 15, 15, line)
        cv.hline(0, 15, 14, darker(trim))
    if w:
        cv.vline(0, 0, 15, line)
        cv.vline(1, 0, 15, trim)
    if e:
        cv.vline(15, 0, 15, line)
        cv.vline(14, 0, 15, darker(trim))
    # corners: keep the outer line continuous
    if n and w:
        cv.px(1, 1, trim)
    if n and e:
        cv.px(14, 1, trim)
        cv.px(15, 0, line)
    if s and w:
        cv.px(1, 14, trim)
    if s and e:
        cv.px(14, 14, darker(trim))
    return cv


def walltop_name(style: str, n: bool, e: bool, s: bool, w: bool) -> str:
    return f"walltop_{style}_{int(n)}{int(e)}{int(s)}{int(w)}"


def build() -> Tileset:
    ts = Tileset("common")
    for style in WALLTOP_STYLES:
        for mask in range(16):
            n, e, s, w = bool(mask & 8), bool(mask & 4), bool(mask & 2), bool(mask & 1)
            ts.add(walltop_name(style, n, e, s, w), walltop(style, n, e, s, w), solid=True)
    ts.add("void", Canvas(TS, TS, "ink"), solid=True)

    # big potted plant: pot in the bottom tile (solid base), leaves above
    cv = Canvas(16, 32)
    shadow(cv, 5, 29, 9, 2)
    plant(cv, 0, 22, big=True)
    ts.add_object("plant_big", cv, rects=[(3, 20, 10, 11)], above=1)
    cv = Canvas(16, 32)
    shadow(cv, 5, 29, 9, 2)
    plant(cv, 0, 22, big=True, pot=("umber_1", "umber_3", "umber_4"))
    ts.add_object("plant_big_terracotta", cv, rects=[(3, 20, 10, 11)], above=1)
    cv = Canvas(16, 16)
    plant(cv, 0, 8, big=False)
    ts.add("plant_small", cv, rects=[(3, 4, 10, 12)])

    # waste bin
    cv = Canvas(16, 16)
    shadow(cv, 5, 14, 8, 2)
    cv.rect(4, 6, 8, 9, "slate")
    cv.rect(5, 7, 6, 7, "grey")
    cv.vline(5, 7, 13, "silver")
    cv.vline(10, 8, 13, "steel")
    cv.rect(3, 5, 10, 2, "slate")
    cv.hline(4, 11, 5, "silver")
    ts.add("bin", cv, rects=[(4, 8, 8, 7)])

    # water cooler (1x2)
    cv = Canvas(16, 32)
    shadow(cv, 4, 30, 10, 2)
    block(cv, 3, 16, 10, 2, 11, ("white", "mist", "silver"), ("silver", "grey"), "slate")
    cv.rect(5, 22, 6, 3, "slate")
    cv.px(6, 23, "blue_2")
    cv.px(9, 23, "wine_3")
    cv.ellipse(8, 11, 4.5, 6, "blue_1")
    cv.ellipse(8, 11, 3.5, 5, "blue_2")
    cv.rect(6, 6, 2, 7, "blue_3")
    cv.px(6, 6, "white")
    cv.rect(6, 15, 4, 2, "blue_1")
    ts.add_object("water_cooler", cv, rects=[(3, 20, 10, 11)], above=1)

    # doormat (ground detail, walkable)
    cv = Canvas(16, 16)
    cv.rect(1, 3, 14, 10, "umber_1")
    cv.rect(2, 4, 12, 8, "umber_2")
    for x in range(3, 13, 2):
        cv.vline(x, 5, 10, "umber_3")
    ts.add("doormat", cv)

    # wall-mounted props (drawn over a wall face)
    cv = Canvas(16, 16)
    cv.ellipse(8, 8, 5.5, 5.5, "night")
    cv.ellipse(8, 8, 4.5, 4.5, "white")
    cv.ellipse(7.5, 7.5, 3, 3, "white")
    cv.px(5, 5, "white")
    cv.vline(7, 5, 8, "night")
    cv.hline(7, 9, 8, "night")
    cv.px(10, 10, "silver")
    cv.px(11, 9, "silver")
    ts.add("wall_clock", cv)
    cv = Canvas(16, 16)
    cv.rect(3, 3, 10, 6, "leaf_0")
    cv.rect(4, 4, 8, 4, "leaf_3")
    cv.hline(5, 10, 5, "white")
    cv.px(5, 6, "white")
    cv.px(10, 6, "white")
    ts.add("exit_sign", cv)
    cv = Canvas(16, 16)
    cv.rect(6, 3, 4, 10, "wine_0")
    cv.rect(7, 4, 2, 8, "wine_3")
    cv.px(7, 4, "wine_4")
    cv.rect(6, 1, 3, 2, "night")
    cv.px(5, 2, "night")
    cv.hline(6, 9, 13, "wine_0")
    ts.add("fire_extinguisher", cv)
    return ts
