"""The 2045 street linking the practice, the clinic and the conference hall."""

from __future__ import annotations

from .canvas import Canvas, rng
from .draw import plant, shadow, text_3x5, text_width_3x5
from .tileset import TS, Tileset

SH = "steel"  # contact shadow on pavement

# building styles: roof (dark, mid, light), wall (dark, base, light), window frame, glass
STYLES = {
    "brick": {"roof": ("umber_0", "umber_1", "umber_2"), "wall": ("wine_0", "wine_1", "wine_2"),
              "trim": "sand", "glass": ("blue_0", "blue_1", "blue_3")},
    "white": {"roof": ("navy", "slate", "steel"), "wall": ("silver", "mist", "white"),
              "trim": "teal_3", "glass": ("teal_0", "teal_2", "teal_4")},
    "stone": {"roof": ("night", "navy", "slate"), "wall": ("umber_4", "umber_5", "umber_6"),
              "trim": "gold_1", "glass": ("violet_0", "violet_1", "violet_3")},
}


def pavement(variant: int) -> Canvas:
    cv = Canvas(TS, TS, "silver")
    cv.hline(0, 15, 15, "grey")
    cv.vline(15, 0, 15, "grey")
    cv.vline(7, 0, 7, "grey")
    cv.hline(0, 14, 7, "grey")
    cv.hline(0, 6, 0, "mist")
    cv.hline(8, 14, 8, "mist")
    r = rng(f"pave{variant}")
    for _ in range(3 + variant * 3):
        cv.px(r.randrange(16), r.randrange(16), "grey" if variant < 2 else "leaf_2")
    return cv


def kerb(top: bool) -> Canvas:
    """Pavement edge: top=True is the kerb under a pavement (road below)."""
    cv = pavement(0) if top else Canvas(TS, TS, "navy")
    if top:
        cv.rect(0, 12, 16, 4, "grey")
        cv.hline(0, 15, 12, "white")
        cv.hline(0, 15, 15, "slate")
    else:
        cv.rect(0, 0, 16, 4, "grey")
        cv.hline(0, 15, 0, "white")
        cv.hline(0, 15, 3, "slate")
        cv.rect(0, 4, 16, 12, "navy")
        cv.hline(0, 15, 4, "night")
    return cv


def road(variant: int) -> Canvas:
    cv = Canvas(TS, TS, "navy")
    r = rng(f"road{variant}")
    for _ in range(10):
        cv.px(r.randrange(16), r.randrange(16), r.choice(["slate", "night"]))
    if variant == 1:  # dashed centre line
        cv.rect(2, 7, 8, 2, "gold_2")
    if variant == 2:  # crossing stripes
        for x in range(1, 16, 5):
            cv.rect(x, 0, 3, 16, "mist")
    if variant == 3:  # glowing tram guide
        cv.hline(0, 15, 7, "teal_2")
        cv.hline(0, 15, 8, "teal_4")
    return cv


def roof(style: str, n: bool, e: bool, s: bool, w: bool) -> Canvas:
    d, m, lt = STYLES[style]["roof"]
    cv = Canvas(TS, TS, m)
    for y in range(1, 16, 4):
        for x in range((y // 4 % 2) * 4, 16, 8):
            cv.px(x, y, d)
    if n:
        cv.hline(0, 15, 0, d)
        cv.hline(0, 15, 1, lt)
    if w:
        cv.vline(0, 0, 15, d)
        cv.vline(1, 0, 15, lt)
    if e:
        cv.vline(15, 0, 15, d)
        cv.vline(14, 0, 15, d)
    if s:  # parapet / cornice
        cv.rect(0, 12, 16, 4, lt)
        cv.hline(0, 15, 12, STYLES[style]["trim"])
        cv.hline(0, 15, 15, d)
        if w:
            cv.vline(0, 12, 15, d)
        if e:
            cv.vline(15, 12, 15, d)
    return cv


def facade(style: str, kind: str) -> Canvas:
    st = STYLES[style]
    wd, wm, wl = st["wall"]
    gd, gm, gl = st["glass"]
    cv = Canvas(TS, TS, wm)
    if style == "brick":
        for y in range(0, 16, 3):
            cv.hline(0, 15, y, wd)
            off = 0 if (y // 3) % 2 else 4
            for x in range(off, 16, 8):
                cv.vline(x, y, y + 2, wd)
        cv.dither(0, 0, 16, 16, wl, only_on=wm) if False else None
    elif style == "white":
        cv.vline(15, 0, 15, "silver")
        cv.hline(0, 15, 15, "silver") if kind != "base" else None
    else:
        for y in (3, 11):
            cv.hline(0, 15, y, wd)
        cv.hline(0, 15, 4, wl)
    if kind == "window":
        cv.rect(2, 2, 12, 11, st["trim"] if style != "white" else "slate")
        cv.rect(3, 3, 10, 9, gm)
        cv.rect(3, 8, 10, 4, gd)
        cv.line(4, 7, 8, 3, gl)
        cv.line(6, 7, 9, 4, gl)
        cv.vline(8, 3, 11, st["trim"] if style != "white" else "slate")
        cv.hline(1, 14, 13, wl)
        cv.hline(1, 14, 14, wd)
    elif kind == "window_lit":
        cv.rect(2, 2, 12, 11, st["trim"] if style != "white" else "slate")
        cv.rect(3, 3, 10, 9, "gold_2")
        cv.rect(3, 3, 10, 2, "gold_3")
        cv.rect(9, 6, 3, 6, "umber_2")  # someone's silhouette
        cv.px(10, 5, "umber_2")
        cv.vline(8, 3, 11, st["trim"] if style != "white" else "slate")
        cv.hline(1, 14, 13, wl)
        cv.hline(1, 14, 14, wd)
    elif kind == "base":
        cv.rect(0, 12, 16, 4, wd)
        cv.hline(0, 15, 12, wl)
    elif kind == "shopwindow":
        cv.rect(0, 1, 16, 11, st["trim"] if style != "white" else "slate")
        cv.rect(1, 2, 14, 9, gm)
        cv.rect(1, 7, 14, 4, gd)
        cv.line(2, 9, 8, 3, gl)
        cv.rect(0, 12, 16, 4, wd)
        cv.hline(0, 15, 12, wl)
    return cv


def door_practice() -> Canvas:
    cv = facade("brick", "wall").crop(0, 0, 16, 16)
    cv = Canvas(16, 32)
    cv.blit(facade("brick", "wall"), 0, 0)
    cv.blit(facade("brick", "base"), 0, 16)
    cv.rect(1, 2, 14, 30, "umber_0")
    cv.rect(2, 3, 12, 29, "umber_3")
    cv.rect(4, 5, 8, 9, "gold_3")
    cv.rect(4, 5, 8, 9, "blue_1")
    cv.rect(5, 6, 6, 7, "blue_3")
    cv.line(5, 11, 9, 7, "white")
    cv.box(4, 17, 8, 10, "umber_2")
    cv.px(12, 19, "gold_2")
    cv.vline(2, 3, 31, "umber_4")
    cv.rect(0, 0, 16, 3, "sand")
    cv.hline(0, 15, 2, "umber_1")
    return cv


def door_clinic() -> Canvas:
    """Automatic glass double door with a glowing frame; 32x32."""
    cv = Canvas(32, 32, "mist")
    cv.rect(0, 1, 32, 31, "slate")
    cv.rect(1, 2, 30, 30, "teal_3")
    cv.rect(2, 3, 28, 29, "teal_1")
    cv.rect(3, 4, 12, 28, "teal_2")
    cv.rect(17, 4, 12, 28, "teal_2")
    cv.vline(16, 3, 31, "slate")
    cv.line(5, 16, 11, 6, "teal_5")
    cv.line(7, 16, 12, 8, "teal_4")
    cv.line(19, 16, 25, 6, "teal_5")
    cv.hline(3, 28, 20, "teal_4")
    cv.rect(13, 19, 2, 4, "white")
    cv.rect(17, 19, 2, 4, "white")
    return cv


def door_hall() -> Canvas:
    """Grand triple glass door of the conference hall; 48x32."""
    cv = Canvas(48, 32, "umber_5")
    cv.rect(0, 0, 48, 32, "gold_1")
    cv.hline(0, 47, 0, "gold_3")
    for i in range(3):
        x = 2 + i * 15
        cv.rect(x, 2, 14, 30, "violet_0")
        cv.rect(x + 1, 3, 12, 29, "violet_1")
        cv.line(x + 2, 14, x + 8, 4, "violet_3")
        cv.line(x + 4, 14, x + 9, 6, "violet_2")
        cv.vline(x + 11, 14, 20, "gold_3")
    cv.rect(0, 2, 2, 30, "gold_0")
    return cv


def door_flat() -> Canvas:
    """The side door to the flats above the practice: green paint, a fanlight, a column of
    doorbells with name labels; 16x32 (top row is wall)."""
    cv = Canvas(16, 32)
    cv.blit(facade("brick", "wall"), 0, 0)
    cv.blit(facade("brick", "base"), 0, 16)
    cv.rect(2, 1, 12, 31, "umber_6")  # stone surround
    cv.rect(3, 2, 10, 30, "leaf_0")
    cv.rect(4, 3, 8, 4, "gold_2")  # lit fanlight
    cv.hline(4, 11, 3, "gold_3")
    cv.vline(8, 3, 6, "leaf_0")
    cv.rect(4, 8, 8, 24, "leaf_1")
    cv.box(5, 10, 6, 8, "leaf_0")
    cv.box(5, 20, 6, 9, "leaf_0")
    cv.vline(4, 8, 31, "leaf_2")
    cv.px(10, 19, "gold_2")  # knob
    cv.rect(6, 14, 4, 1, "gold_1")  # letterbox
    # doorbells on the frame: three buttons, the top one with a pink label (Anya's)
    for i, c in enumerate(("pink_2", "white", "white")):
        cv.px(13, 10 + i * 2, c)
        cv.px(14, 10 + i * 2, "silver")
    return cv


def sign(text: str, colours: tuple[str, str, str], w: int) -> Canvas:
    bg, fg, edge = colours
    cv = Canvas(w, 16)
    cv.rect(1, 3, w - 2, 11, edge)
    cv.rect(2, 4, w - 4, 9, bg)
    tw = text_width_3x5(text)
    text_3x5(cv, w // 2 - tw // 2, 6, text, fg)
    return cv


def planter() -> Canvas:
    cv = Canvas(32, 32)
    shadow(cv, 2, 30, 30, 2, SH)
    cv.rect(0, 18, 32, 12, "slate")
    cv.rect(1, 19, 30, 10, "grey")
    cv.hline(1, 30, 19, "silver")
    cv.hline(1, 30, 28, "steel")
    cv.rect(2, 16, 28, 4, "umber_1")
    for i, x in enumerate(range(3, 30, 6)):
        cv.ellipse(x + 2, 13 + (i % 2), 4, 4, "leaf_0")
        cv.ellipse(x + 2, 13 + (i % 2), 3, 3, "leaf_2")
        cv.px(x + 1, 11 + (i % 2), "leaf_3")
        cv.px(x, 12 + (i % 2), "leaf_4")
    for x in (6, 17, 26):
        cv.px(x, 10, "pink_2")
        cv.px(x + 1, 11, "gold_2")
    return cv


def tree() -> Canvas:
    cv = Canvas(32, 48)
    cv.ellipse(16, 44, 9, 3, SH)
    cv.rect(9, 41, 14, 5, "slate")  # grate
    cv.rect(10, 42, 12, 3, "night")
    for x in range(11, 22, 2):
        cv.vline(x, 42, 44, "steel")
    cv.rect(14, 26, 4, 17, "umber_1")
    cv.vline(14, 26, 42, "umber_3")
    blobs = [(16, 14, 12, 10), (9, 20, 7, 6), (23, 19, 7, 6), (16, 8, 8, 6), (16, 24, 8, 4)]
    for x, y, rx, ry in blobs:
        cv.ellipse(x, y, rx + 1, ry + 1, "leaf_0")
    for x, y, rx, ry in blobs:
        cv.ellipse(x, y, rx, ry, "leaf_2")
    for x, y, rx, ry in blobs:
        cv.ellipse(x - 2, y - 2, rx - 3, ry - 3, "leaf_3")
    for x, y, _rx, _ry in blobs[:4]:
        cv.px(x - 4, y - 4, "leaf_4")
        cv.px(x - 3, y - 4, "leaf_4")
        cv.px(x + 3, y + 3, "leaf_1")
    cv.dither(4, 18, 24, 10, "leaf_1", only_on="leaf_2")
    return cv


def street_lamp() -> Canvas:
    cv = Canvas(16, 48)
    cv.ellipse(8, 45, 4, 1.5, SH)
    cv.rect(6, 42, 4, 4, "night")
    cv.rect(7, 8, 2, 36, "slate")
    cv.vline(7, 8, 43, "grey")
    cv.rect(2, 4, 12, 4, "night")
    cv.hline(3, 12, 5, "slate")
    cv.rect(3, 8, 10, 2, "teal_4")
    cv.hline(4, 11, 10, "teal_5")
    cv.px(2, 11, "teal_3")
    cv.px(13, 11, "teal_3")
    return cv


def bench() -> Canvas:
    cv = Canvas(32, 16)
    shadow(cv, 2, 13, 30, 2, SH)
    cv.rect(1, 2, 30, 4, "umber_1")
    cv.rect(2, 3, 28, 2, "umber_4")
    cv.rect(1, 7, 30, 5, "umber_1")
    cv.rect(2, 8, 28, 3, "umber_5")
    cv.hline(2, 29, 8, "umber_6")
    cv.rect(3, 12, 2, 3, "night")
    cv.rect(27, 12, 2, 3, "night")
    return cv


def billboard(frame: int) -> Canvas:
    """Holo-billboard on a pole, 48x64: a floating tooth with shifting colours."""
    cv = Canvas(48, 64)
    cv.ellipse(24, 61, 6, 2, SH)
    cv.rect(21, 58, 6, 4, "night")
    cv.rect(23, 36, 2, 23, "slate")
    cv.vline(23, 36, 58, "grey")
    cv.rect(0, 2, 48, 34, "teal_1")
    cv.rect(1, 3, 46, 32, "teal_0")
    for y in range(4, 34, 2):
        cv.hline(2, 45, y, "teal_1" if (y // 2 + frame) % 3 else "teal_2")
    hue = [("teal_3", "teal_5"), ("violet_2", "violet_3"), ("pink_2", "pink_3")][frame % 3]
    tooth = [
        ".#####.#####.",
        "#############",
        "#############",
        "#############",
        ".###########.",
        "..#########..",
        "..####.####..",
        "..###...###..",
        "...##...##...",
        "...#.....#...",
    ]
    cv.stamp(6, 10 + (frame % 2), tooth, {"#": hue[0]})
    cv.stamp(7, 11 + (frame % 2), ["###", "##", "#"], {"#": hue[1]})
    text_3x5(cv, 23, 10, "SMILE", "white")
    text_3x5(cv, 23, 17, "2045", hue[1])
    cv.hline(23, 43, 24, hue[0])
    cv.hline(23, 36, 27, "teal_3")
    cv.box(0, 2, 48, 34, "teal_3")
    return cv


def hedge() -> Canvas:
    cv = Canvas(TS, TS, "leaf_1")
    for x, y in ((3, 3), (11, 4), (6, 10), (13, 12), (1, 12)):
        cv.ellipse(x, y, 3, 3, "leaf_2")
        cv.px(x - 1, y - 1, "leaf_3")
    cv.hline(0, 15, 15, "leaf_0")
    return cv


def railing() -> Canvas:
    cv = Canvas(TS, TS, "leaf_1")
    for x, y in ((3, 9), (11, 10)):
        cv.ellipse(x, y, 4, 4, "leaf_2")
    cv.hline(0, 15, 2, "silver")
    cv.hline(0, 15, 3, "steel")
    for x in (1, 9):
        cv.rect(x, 2, 2, 10, "grey")
        cv.px(x, 2, "white")
    cv.hline(0, 15, 8, "steel")
    return cv


def bollard() -> Canvas:
    cv = Canvas(TS, TS)
    cv.ellipse(8, 14, 4, 1.5, SH)
    cv.rect(6, 5, 4, 9, "slate")
    cv.rect(7, 6, 2, 7, "grey")
    cv.hline(6, 9, 7, "teal_4")
    cv.px(7, 5, "silver")
    return cv


# --- the new clinic (Tooth Rebirth's epilogue), appended after the first release --------
def facade_birch(kind: str) -> Canvas:
    """The new clinic's front: pale birch boards and big daylight windows."""
    cv = Canvas(TS, TS, "umber_6")
    for y in range(0, 16, 4):
        cv.hline(0, 15, y, "umber_7")
        cv.hline(0, 15, y + 3, "umber_5")
    cv.vline(15, 0, 15, "umber_5")
    if kind == "window":
        cv.rect(1, 1, 14, 12, "umber_3")
        cv.rect(2, 2, 12, 10, "blue_3")
        cv.rect(2, 8, 12, 4, "teal_4")
        cv.ellipse(6, 11, 3, 2.5, "leaf_3")  # a plant on the sill inside
        cv.px(5, 9, "leaf_4")
        cv.line(8, 7, 11, 3, "white")
        cv.hline(1, 14, 13, "white")
        cv.hline(1, 14, 14, "umber_4")
    elif kind == "base":
        cv.rect(0, 12, 16, 4, "leaf_1")
        cv.hline(0, 15, 12, "leaf_3")
    return cv


def door_new_clinic() -> Canvas:
    """A wide glass door in a birch frame, a leaf-green push bar; 32x32 (top row wall)."""
    cv = Canvas(32, 32)
    cv.blit(facade_birch("wall"), 0, 0)
    cv.blit(facade_birch("wall"), 16, 0)
    cv.rect(1, 2, 30, 30, "umber_3")
    cv.rect(2, 3, 28, 29, "umber_6")
    cv.rect(3, 4, 12, 28, "blue_3")
    cv.rect(17, 4, 12, 28, "blue_3")
    cv.rect(3, 18, 12, 14, "teal_5")
    cv.rect(17, 18, 12, 14, "teal_5")
    cv.line(5, 14, 10, 6, "white")
    cv.line(19, 14, 24, 6, "white")
    cv.hline(4, 27, 20, "leaf_2")
    cv.hline(4, 27, 21, "leaf_3")
    # a small tooth on the glass at a child's eye height
    cv.stamp(7, 24, ["##.##", "#####", ".#.#."], {"#": "white"})
    cv.vline(16, 3, 31, "umber_4")
    return cv


def sign_new_clinic() -> Canvas:
    """A sign without words: a tooth putting out a new leaf, on a green stem; 64x16."""
    cv = Canvas(64, 16)
    cv.rect(1, 3, 62, 11, "leaf_1")
    cv.rect(2, 4, 60, 9, "white")
    cv.stamp(26, 6, [".###.###.", "#########", "#########", ".#######.", "..##.##..",
                     "..#...#.."], {"#": "leaf_3"})
    cv.px(27, 7, "white")
    cv.line(35, 7, 37, 5, "leaf_2")  # the new leaf
    cv.px(38, 5, "leaf_4")
    cv.px(37, 4, "leaf_4")
    # a row of small leaves either side, growing toward the tooth
    for x0, d in ((6, 1), (57, -1)):
        for i in range(4):
            x = x0 + d * i * 4
            cv.px(x, 9, "leaf_2")
            cv.px(x + d, 8, "leaf_3")
            cv.px(x + d, 9, "leaf_3")
            cv.px(x + 2 * d, 8, "leaf_4")
        cv.hline(min(x0, x0 + d * 14), max(x0, x0 + d * 14), 10, "leaf_2")
    return cv


def build() -> Tileset:
    ts = Tileset("street")
    ts.add("pavement", pavement(0))
    ts.add("pavement_b", pavement(1))
    ts.add("pavement_moss", pavement(2))
    ts.add("kerb_top", kerb(True))
    ts.add("kerb_bottom", kerb(False))
    ts.add("road", road(0))
    ts.add("road_line", road(1))
    ts.add("road_crossing", road(2))
    ts.add("road_guide", road(3))
    ts.add("hedge", hedge(), solid=True)
    ts.add("railing", railing(), solid=True)
    ts.add("bollard", bollard(), rects=[(5, 5, 6, 10)])
    for style in STYLES:
        for mask in range(16):
            n, e, s, w = bool(mask & 8), bool(mask & 4), bool(mask & 2), bool(mask & 1)
            ts.add(f"roof_{style}_{int(n)}{int(e)}{int(s)}{int(w)}", roof(style, n, e, s, w),
                   solid=True)
        for kind in ("wall", "window", "window_lit", "base", "shopwindow"):
            ts.add(f"facade_{style}_{kind}", facade(style, kind), solid=True)
    # doors: the bottom row is walkable (the warp sits on it), the top row is wall
    ts.add_object("door_practice", door_practice(), rects=[(0, 0, 16, 16)])
    ts.add_object("door_clinic", door_clinic(), rects=[(0, 0, 32, 16)])
    ts.add_object("door_hall", door_hall(), rects=[(0, 0, 48, 16)])
    ts.add_object("sign_practice", sign("DR RAHMANI DDS", ("umber_6", "umber_1", "umber_2"), 64))
    ts.add_object("sign_clinic", sign("ORAL CLINIC", ("teal_1", "teal_5", "teal_3"), 64))
    ts.add_object("sign_hall", sign("MEDTECH 2045", ("violet_1", "gold_3", "gold_1"), 64))
    ts.add_object("planter", planter(), rects=[(0, 18, 32, 12)], above=1)
    ts.add_object("tree", tree(), rects=[(9, 40, 14, 6)], above=2)
    ts.add_object("street_lamp", street_lamp(), rects=[(5, 40, 6, 6)], above=2)
    ts.add_object("bench", bench(), rects=[(1, 2, 30, 11)])
    ts.add_object("billboard", billboard(0), rects=[(20, 56, 8, 6)], above=3)
    for f in (1, 2):
        ts.add_object(f"billboard_f{f}", billboard(f))
    for t in list(ts.tiles):
        suffix = t.name[len("billboard"):]
        frames = [f"billboard_f{f}{suffix}" for f in (1, 2)]
        if t.name.startswith("billboard_r") and all(f in ts.by_name for f in frames):
            t.anim = [(t.name, 600)] + [(f, 600) for f in frames]
    # appended after the first release (tile ids are positions: only append)
    ts.add_object("door_flat", door_flat(), rects=[(0, 0, 16, 16)])
    # the new clinic of Tooth Rebirth's epilogue
    for kind in ("wall", "window", "base"):
        ts.add(f"facade_birch_{kind}", facade_birch(kind), solid=True)
    ts.add_object("door_new_clinic", door_new_clinic(), rects=[(0, 0, 32, 16)])
    ts.add_object("sign_new_clinic", sign_new_clinic())
    _ = plant
    return ts
