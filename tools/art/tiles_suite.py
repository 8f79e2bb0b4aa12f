"""Synthedent's executive suite on the hall's top floor: violet carpet, dark walnut and
glass, a long table, a bar, a wall screen with the share price, and the city at dusk.
"""

from __future__ import annotations

from .canvas import Canvas, rng
from .draw import block, shadow, text_3x5, text_width_3x5
from .tileset import TS, Tileset

SH = "violet_0"  # contact shadow tone on the violet carpet


# --- floors and walls -----------------------------------------------------------------
def carpet(variant: int) -> Canvas:
    """Deep violet carpet with a fine woven grid."""
    cv = Canvas(TS, TS, "violet_1")
    for y in range(0, 16, 4):
        for x in range(0, 16, 4):
            cv.px(x + (y // 4) % 2 * 2, y, "violet_0")
    if variant == 1:
        cv.px(6, 9, "violet_2")
        cv.px(13, 3, "violet_2")
    return cv


def carpet_border() -> Canvas:
    """The gold-edged border of the carpet under the table."""
    cv = carpet(0)
    cv.hline(0, 15, 7, "gold_1")
    cv.hline(0, 15, 8, "violet_0")
    return cv


def marble(variant: int) -> Canvas:
    """Black marble with violet veins, by the bar and the lift."""
    cv = Canvas(TS, TS, "night")
    cv.hline(0, 15, 15, "ink")
    cv.vline(15, 0, 15, "ink")
    r = rng(f"suitemarble{variant}")
    x, y = r.randrange(16), 0
    while y < 15:
        cv.px(x, y, "violet_1" if y % 3 else "steel")
        x = max(0, min(14, x + r.choice((-1, 0, 1))))
        y += 1
    cv.px(3, 3, "navy")
    return cv


def wall_upper() -> Canvas:
    """Walnut panelling with a violet light strip along the top."""
    cv = Canvas(TS, TS, "umber_1")
    cv.hline(0, 15, 0, "ink")
    cv.hline(0, 15, 1, "violet_2")
    cv.hline(0, 15, 2, "violet_3")
    cv.hline(0, 15, 3, "violet_1")
    for x in (0, 8):
        cv.vline(x, 4, 15, "umber_0")
        cv.vline(x + 1, 4, 15, "umber_2")
    cv.vline(12, 6, 13, "umber_2")
    return cv


def wall_lower() -> Canvas:
    cv = Canvas(TS, TS, "umber_1")
    for x in (0, 8):
        cv.vline(x, 0, 11, "umber_0")
        cv.vline(x + 1, 0, 11, "umber_2")
    cv.vline(4, 2, 9, "umber_2")
    cv.rect(0, 12, 16, 4, "ink")  # black skirting with a glow line
    cv.hline(0, 15, 12, "violet_2")
    return cv


def glass_v() -> Canvas:
    """A vertical glass wall with a frosted violet band (solid, see-through)."""
    cv = Canvas(TS, TS)
    cv.rect(6, 0, 4, 16, "blue_3")
    cv.vline(6, 0, 15, "steel")
    cv.vline(9, 0, 15, "silver")
    cv.rect(6, 6, 4, 3, "violet_3")
    cv.px(7, 2, "white")
    cv.px(7, 3, "white")
    return cv


def glass_h() -> Canvas:
    cv = Canvas(TS, TS)
    cv.rect(0, 3, 16, 11, "blue_3")
    cv.hline(0, 15, 3, "white")
    cv.rect(0, 7, 16, 2, "violet_3")
    cv.hline(0, 15, 13, "steel")
    cv.hline(0, 15, 14, "slate")
    cv.line(2, 12, 6, 5, "white")
    return cv


# --- on the walls ---------------------------------------------------------------------
def city_window(part: int) -> Canvas:
    """Floor-to-ceiling glass over both wall faces: the harbour city from the top floor at
    dusk. Drawn as 32x32 pieces that continue each other (part 0, 1, 2...)."""
    cv = Canvas(32, 32)
    cv.rect(0, 0, 32, 32, "violet_1")
    cv.rect(0, 0, 32, 7, "violet_0")
    cv.rect(0, 12, 32, 6, "violet_2")
    cv.rect(0, 17, 32, 3, "orange_1")
    cv.rect(0, 19, 32, 2, "orange_2")
    r = rng(f"skyline{part}")
    x = 0
    while x < 32:
        w = r.choice([3, 4, 5, 6])
        h = r.choice([6, 8, 10, 12, 14])
        top = 22 - h
        cv.rect(x, top, w, 32 - top, "violet_0" if r.random() < 0.6 else "night")
        for yy in range(top + 2, 30, 3):
            for xx in range(x + 1, x + w - 1, 2):
                if r.random() < 0.35:
                    cv.px(xx, yy, "gold_3" if r.random() < 0.7 else "teal_4")
        x += w
    cv.rect(0, 26, 32, 6, "navy")  # the harbour water, far below
    for xx in range(1, 32, 5):
        cv.hline(xx, xx + 2, 28 + (xx % 3), "orange_1")
    if part % 2 == 0:
        cv.px(9, 3, "white")
    # mullions and the glass sheen
    cv.vline(0, 0, 31, "ink")
    cv.vline(1, 0, 31, "slate")
    cv.line(6, 10, 14, 2, "violet_3")
    cv.line(8, 10, 15, 3, "violet_2")
    cv.hline(0, 31, 31, "ink")
    return cv


def wall_screen(frame: int) -> Canvas:
    """A wide wall screen: the Synthedent logo, then the share price; 48x32."""
    cv = Canvas(48, 32)
    cv.rect(0, 2, 48, 28, "ink")
    cv.rect(2, 4, 44, 24, "violet_0")
    cv.hline(2, 45, 4, "violet_1")
    if frame == 0:
        cv.stamp(19, 7, [".##.##.", "#######", "#######", ".#####.", "..#.#..", "..#.#.."],
                 {"#": "violet_3"})
        cv.stamp(20, 8, ["#", "#"], {"#": "white"})
        w = text_width_3x5("SYNTHEDENT")
        text_3x5(cv, 24 - w // 2, 18, "SYNTHEDENT", "white")
        cv.hline(10, 37, 24, "violet_2")
    else:
        text_3x5(cv, 4, 6, "SYN", "white")
        text_3x5(cv, 30, 6, "+18%", "leaf_4")
        pts = [22, 21, 22, 19, 20, 17, 18, 15, 16, 13, 12, 13, 10, 11]
        for i in range(len(pts) - 1):
            cv.line(4 + i * 3, pts[i], 7 + i * 3, pts[i + 1], "leaf_3")
        cv.hline(4, 43, 24, "violet_2")
    cv.rect(22, 30, 4, 2, "slate")
    return cv


def bar_shelf() -> Canvas:
    """Backlit shelves of bottles behind the bar; 64x32 over both wall faces."""
    cv = Canvas(64, 32)
    cv.rect(0, 0, 64, 30, "ink")
    cv.rect(1, 1, 62, 28, "violet_0")
    cv.dither(1, 1, 62, 28, "violet_1", only_on="violet_0")
    r = rng("bottles")
    cols = [("gold_1", "gold_3"), ("leaf_1", "leaf_3"), ("wine_1", "wine_3"),
            ("blue_1", "blue_3"), ("umber_2", "umber_4"), ("mist", "white")]
    for sy in (12, 26):
        x = 3
        while x < 60:
            d, lt = r.choice(cols)
            h = r.choice([7, 8, 9])
            cv.rect(x, sy - h + 2, 3, h - 2, d)
            cv.rect(x + 1, sy - h, 1, 2, d)
            cv.vline(x, sy - h + 3, sy - 2, lt)
            x += r.choice([4, 4, 5, 6])
        cv.rect(1, sy, 62, 2, "steel")
        cv.hline(1, 62, sy, "violet_3")
    return cv


def logo_plaque() -> Canvas:
    """The company name in brushed metal by the lift; 32x16."""
    cv = Canvas(32, 16)
    cv.rect(0, 3, 32, 10, "slate")
    cv.rect(1, 4, 30, 8, "grey")
    cv.hline(1, 30, 4, "silver")
    w = text_width_3x5("SYNTHEDENT")
    text_3x5(cv, 16 - w // 2, 6, "SYNTHEDENT", "violet_0")
    return cv


def portrait_frame() -> Canvas:
    """An oil portrait of the founder, lit from above; 16x16 over the upper face."""
    cv = Canvas(TS, TS)
    cv.rect(2, 1, 12, 14, "gold_1")
    cv.rect(3, 2, 10, 12, "violet_0")
    cv.ellipse(8, 7, 2.5, 3, "umber_5")
    cv.rect(5, 10, 6, 4, "night")
    cv.px(8, 11, "white")
    cv.hline(5, 10, 4, "silver")
    cv.hline(2, 13, 1, "gold_3")
    return cv


# --- furniture ------------------------------------------------------------------------
def long_table() -> Canvas:
    """The long boardroom table: black glass on a walnut base, a folder with the NDA and a
    gold pen at its near end, water glasses; 96x32."""
    cv = Canvas(96, 32)
    shadow(cv, 2, 29, 94, 3, SH)
    block(cv, 0, 4, 96, 16, 6, ("slate", "night", "ink"), ("umber_1", "umber_0"), "ink")
    cv.hline(1, 94, 5, "steel")
    cv.line(8, 18, 18, 6, "navy")
    cv.line(60, 18, 70, 6, "navy")
    # the NDA folder and the pen
    cv.rect(40, 9, 14, 9, "white")
    cv.rect(40, 9, 14, 2, "violet_2")
    for y in (13, 15):
        cv.hline(42, 51, y, "silver")
    cv.hline(46, 52, 16, "night")
    cv.line(55, 15, 60, 11, "gold_2")
    # glasses of water and closed laptops along the table
    for x in (10, 26, 70, 84):
        cv.rect(x, 10, 2, 3, "blue_3")
        cv.px(x, 10, "white")
    for x in (16, 76):
        cv.rect(x, 9, 8, 5, "grey")
        cv.hline(x, x + 7, 9, "silver")
    cv.rect(6, 26, 4, 4, "umber_0")
    cv.rect(86, 26, 4, 4, "umber_0")
    return cv


def exec_chair(facing_up: bool) -> Canvas:
    """A high-backed leather chair, seen from behind (facing_up) or from the front."""
    cv = Canvas(TS, TS)
    shadow(cv, 3, 14, 11, 2, SH)
    if facing_up:  # its back to the viewer, at the near side of the table
        cv.rect(2, 1, 12, 11, "ink")
        cv.rect(3, 2, 10, 9, "wine_1")
        cv.hline(3, 12, 2, "wine_2")
        cv.vline(8, 3, 9, "wine_0")
    else:  # facing the viewer, on the far side of the table
        cv.rect(2, 0, 12, 6, "ink")
        cv.rect(3, 1, 10, 4, "wine_1")
        cv.hline(3, 12, 1, "wine_2")
        cv.rect(2, 6, 12, 6, "ink")
        cv.rect(3, 6, 10, 5, "wine_2")
        cv.hline(3, 12, 6, "wine_3")
    cv.vline(8, 12, 13, "slate")
    cv.hline(4, 12, 14, "steel")
    return cv


def bar_counter() -> Canvas:
    """A backlit bar: a marble top with a shaker and two glasses, a glowing front; 64x32."""
    cv = Canvas(64, 32)
    shadow(cv, 2, 30, 62, 2, SH)
    block(cv, 0, 10, 64, 6, 13, ("grey", "slate", "navy"), ("violet_1", "violet_0"), "ink")
    cv.hline(1, 62, 17, "violet_3")
    for x in range(4, 60, 8):
        cv.vline(x, 19, 27, "violet_2")
    cv.rect(10, 5, 3, 8, "silver")  # shaker
    cv.px(10, 5, "white")
    cv.rect(22, 9, 3, 4, "blue_3")  # a glass with ice
    cv.px(23, 10, "white")
    cv.rect(40, 8, 3, 5, "gold_2")  # whisky
    cv.px(40, 8, "gold_3")
    cv.ellipse(52, 12, 3, 1.5, "leaf_3")  # a bowl of limes
    cv.px(51, 11, "leaf_4")
    return cv


def bar_stool() -> Canvas:
    cv = Canvas(TS, TS)
    shadow(cv, 4, 14, 9, 2, SH)
    cv.ellipse(8, 5, 5, 3, "ink")
    cv.ellipse(8, 4.5, 4, 2.2, "wine_2")
    cv.px(6, 3, "wine_3")
    cv.vline(8, 8, 13, "silver")
    cv.hline(5, 11, 14, "steel")
    return cv


def lounge_sofa() -> Canvas:
    """A low white leather sofa facing down; 48x32."""
    cv = Canvas(48, 32)
    shadow(cv, 2, 30, 46, 2, SH)
    cv.rect(1, 9, 46, 20, "grey")
    cv.rect(2, 10, 44, 7, "mist")
    cv.hline(2, 45, 10, "white")
    cv.rect(2, 17, 44, 7, "white")
    cv.vline(16, 17, 23, "silver")
    cv.vline(31, 17, 23, "silver")
    cv.rect(2, 24, 44, 4, "silver")
    for ax in (1, 43):
        cv.rect(ax, 13, 4, 15, "grey")
        cv.rect(ax + 1, 14, 2, 13, "mist")
    cv.rect(6, 12, 7, 5, "violet_2")  # a cushion with the logo colour
    cv.px(7, 13, "violet_3")
    return cv


def glass_tooth() -> Canvas:
    """Synthedent's trophy: a crystal tooth on a black plinth; 16x32."""
    cv = Canvas(16, 32)
    shadow(cv, 3, 30, 12, 2, SH)
    block(cv, 2, 17, 12, 3, 9, ("slate", "night", "ink"), ("night", "ink"), "ink")
    cv.hline(3, 12, 25, "violet_2")
    cv.stamp(3, 9, [
        ".##..##.",
        "########",
        "########",
        ".######.",
        ".######.",
        "..##.##.",
        "..##..#.",
        "..#...#.",
    ], {"#": "blue_3"})
    cv.stamp(4, 10, ["##", "#."], {"#": "white"})
    cv.px(10, 12, "violet_3")
    cv.px(9, 14, "violet_3")
    return cv


def side_table() -> Canvas:
    """A small round side table with an orchid."""
    cv = Canvas(TS, TS)
    shadow(cv, 3, 13, 11, 2, SH)
    cv.ellipse(8, 9, 6, 3, "ink")
    cv.ellipse(8, 8.5, 5, 2.2, "slate")
    cv.rect(7, 3, 3, 5, "white")
    cv.px(6, 2, "pink_3")
    cv.px(10, 3, "pink_3")
    cv.px(8, 1, "pink_2")
    cv.vline(8, 12, 13, "night")
    return cv


def build() -> Tileset:
    ts = Tileset("suite")
    ts.add("carpet", carpet(0))
    ts.add("carpet_b", carpet(1))
    ts.add("carpet_border", carpet_border())
    ts.add("marble", marble(0))
    ts.add("marble_b", marble(1))
    ts.add("wall_upper", wall_upper(), solid=True)
    ts.add("wall_lower", wall_lower(), solid=True)
    ts.add("glass_v", glass_v(), rects=[(5, 0, 6, 16)])
    ts.add("glass_h", glass_h(), rects=[(0, 4, 16, 10)])
    ts.add("portrait_frame", portrait_frame())
    ts.add("exec_chair_up", exec_chair(True), rects=[(3, 3, 10, 10)])
    ts.add("exec_chair_down", exec_chair(False), rects=[(3, 3, 10, 10)])
    ts.add("bar_stool", bar_stool(), rects=[(4, 3, 9, 9)])
    ts.add("side_table", side_table(), rects=[(3, 6, 11, 7)])
    for part in range(3):
        ts.add_object(f"city_window_{part}", city_window(part))
    ts.add_object("wall_screen", wall_screen(0))
    ts.add_object("wall_screen_f1", wall_screen(1))
    for t in list(ts.tiles):
        if t.name.startswith("wall_screen_r"):
            t.anim = [(t.name, 2400), ("wall_screen_f1" + t.name[len("wall_screen"):], 2400)]
    ts.add_object("bar_shelf", bar_shelf())
    ts.add_object("logo_plaque", logo_plaque())
    ts.add_object("long_table", long_table(), rects=[(0, 4, 96, 24)])
    ts.add_object("bar_counter", bar_counter(), rects=[(0, 16, 64, 15)], above=1)
    ts.add_object("lounge_sofa", lounge_sofa(), rects=[(1, 16, 46, 13)], above=1)
    ts.add_object("glass_tooth", glass_tooth(), rects=[(2, 18, 12, 11)], above=1)
    return ts
