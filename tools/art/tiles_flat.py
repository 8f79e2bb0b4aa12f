"""Sam and Anya's flat above Harbour Street: pale floorboards, green walls, a desk with
two screens, a pinboard of printouts, a sagging sofa, a kitchenette and Anya's ring light.
"""

from __future__ import annotations

from .canvas import Canvas, rng
from .draw import block, plant, shadow, text_3x5
from .tileset import TS, Tileset

SH = "umber_3"  # contact shadow tone on the pale boards


# --- floors and walls -----------------------------------------------------------------
def floor_boards(variant: int) -> Canvas:
    """Pale pine boards, running across the room."""
    cv = Canvas(TS, TS, "umber_5")
    for y in (0, 5, 10):
        cv.hline(0, 15, y + 4, "umber_4")
        cv.hline(0, 15, y, "umber_6") if y != 10 else None
    cv.hline(0, 15, 15, "umber_4")
    for y, x in ((0, 9), (5, 3), (10, 13)):
        cv.vline(x, y + 1, y + 3, "umber_4")
    r = rng(f"flatboards{variant}")
    for _ in range(4):
        cv.px(r.randrange(16), r.randrange(16), "umber_6")
    if variant == 1:  # a scuff and a dropped paper clip
        cv.hline(4, 7, 7, "umber_4")
        cv.hline(11, 13, 12, "silver")
    if variant == 2:  # crumbs of a long night
        for x, y in ((3, 12), (9, 2), (13, 8)):
            cv.px(x, y, "umber_3")
    return cv


def floor_kitchen(variant: int) -> Canvas:
    """Black-and-white kitchen tiles, one of them cracked."""
    cv = Canvas(TS, TS, "mist")
    cv.rect(0, 0, 8, 8, "slate")
    cv.rect(8, 8, 8, 8, "slate")
    cv.hline(0, 15, 15, "silver")
    cv.vline(15, 0, 15, "silver")
    cv.px(1, 1, "steel")
    cv.px(9, 9, "steel")
    if variant == 1:
        cv.line(10, 1, 13, 5, "grey")
    return cv


def wall_upper() -> Canvas:
    """Bottle-green wallpaper with a faint diamond pattern and a picture rail."""
    cv = Canvas(TS, TS, "leaf_1")
    cv.hline(0, 15, 0, "umber_1")
    cv.hline(0, 15, 1, "umber_4")
    cv.hline(0, 15, 2, "umber_2")
    for y in range(4, 16, 4):
        for x in range(0, 16, 4):
            cv.px(x + (2 if (y // 4) % 2 else 0), y, "leaf_2")
    cv.vline(0, 3, 15, "leaf_2")
    return cv


def wall_lower() -> Canvas:
    cv = Canvas(TS, TS, "leaf_1")
    for y in range(0, 10, 4):
        for x in range(0, 16, 4):
            cv.px(x + (2 if (y // 4) % 2 else 0), y, "leaf_2")
    cv.vline(0, 0, 10, "leaf_2")
    cv.rect(0, 11, 16, 5, "mist")  # white skirting board
    cv.hline(0, 15, 11, "white")
    cv.hline(0, 15, 15, "grey")
    cv.hline(0, 15, 10, "leaf_0")
    # a phone charger snaking out of the socket
    cv.rect(11, 12, 3, 2, "white")
    cv.px(12, 12, "slate")
    return cv


# --- on the walls ---------------------------------------------------------------------
def window_street() -> Canvas:
    """A tall sash window over both wall faces: Harbour Street at night, the hall's sign
    across the road, a street lamp; mustard curtains; 32x32."""
    cv = Canvas(32, 32)
    # curtains either side
    for x0 in (0, 27):
        cv.rect(x0, 0, 5, 31, "gold_0")
        cv.rect(x0 + 1, 0, 3, 30, "gold_1")
        cv.vline(x0 + 2, 0, 29, "gold_2")
    cv.rect(4, 1, 24, 28, "umber_6")  # frame
    cv.rect(5, 2, 22, 25, "night")  # the glass: night sky
    cv.rect(5, 2, 22, 6, "navy")
    cv.px(9, 4, "white")
    cv.px(21, 3, "mist")
    # across the road: the stone hall with its violet sign and lit windows
    cv.rect(5, 12, 22, 15, "umber_2")
    cv.rect(9, 13, 14, 4, "violet_1")
    cv.hline(10, 21, 15, "gold_3")
    for x in (6, 11, 17, 23):
        cv.rect(x, 19, 3, 3, "gold_2")
    cv.rect(5, 24, 22, 3, "slate")  # the road
    cv.hline(5, 26, 25, "gold_1")
    # a street lamp and its glow
    cv.vline(25, 9, 26, "slate")
    cv.rect(23, 8, 4, 2, "gold_3")
    cv.dither(21, 10, 6, 4, "gold_1", only_on="umber_2")
    # the sash bar, and the sill with a mug and a small cactus
    cv.rect(5, 14, 22, 1, "umber_6")
    cv.vline(16, 2, 26, "umber_6")
    cv.rect(3, 27, 26, 3, "mist")
    cv.hline(3, 28, 27, "white")
    cv.hline(3, 28, 29, "grey")
    cv.rect(7, 24, 3, 3, "wine_2")
    cv.px(7, 24, "wine_4")
    cv.rect(21, 24, 3, 3, "umber_3")
    cv.rect(22, 21, 1, 3, "leaf_2")
    cv.px(21, 22, "leaf_3")
    return cv


def pinboard() -> Canvas:
    """A cork board of printouts, photos and red string; 32x16 over the upper face."""
    cv = Canvas(32, 16)
    cv.rect(0, 1, 32, 15, "umber_1")
    cv.rect(1, 2, 30, 13, "umber_4")
    cv.dither(1, 2, 30, 13, "umber_3", only_on="umber_4")
    notes = [(2, 3, 6, 5, "white"), (10, 4, 5, 6, "mist"), (17, 3, 6, 4, "gold_3"),
             (25, 4, 5, 6, "white"), (3, 9, 5, 5, "blue_3"), (20, 9, 7, 5, "white"),
             (12, 10, 5, 4, "pink_3")]
    for x, y, w, h, c in notes:
        cv.rect(x, y, w, h, c)
        cv.hline(x + 1, x + w - 2, y + 2, "silver") if c in ("white", "mist") else None
        cv.px(x + w // 2, y, "wine_3")  # pin
    cv.rect(4, 10, 3, 2, "umber_2")  # a face in a photo
    # red string joining the clues
    cv.line(5, 3, 12, 4, "wine_3")
    cv.line(12, 4, 20, 3, "wine_3")
    cv.line(20, 3, 23, 9, "wine_3")
    cv.line(12, 4, 14, 10, "wine_3")
    text_3x5(cv, 21, 10, "4.3", "wine_2")
    return cv


def poster() -> Canvas:
    """A gig poster held up with tape; 16x16 over a wall face."""
    cv = Canvas(TS, TS)
    cv.rect(3, 1, 10, 14, "violet_0")
    cv.rect(4, 2, 8, 12, "pink_1")
    cv.ellipse(8, 7, 3, 3, "gold_2")
    cv.hline(5, 10, 11, "white")
    cv.hline(6, 9, 12, "pink_3")
    cv.px(3, 1, "mist")
    cv.px(12, 1, "mist")
    return cv


def shelf_jars() -> Canvas:
    """A kitchen shelf of jars and mugs; 32x16 over the upper wall face."""
    cv = Canvas(32, 16)
    cv.rect(0, 11, 32, 2, "umber_2")
    cv.hline(0, 31, 11, "umber_4")
    cv.rect(2, 13, 2, 2, "umber_1")
    cv.rect(28, 13, 2, 2, "umber_1")
    items = [(1, 4, 4, 7, "mist", "gold_2"), (6, 6, 4, 5, "mist", "orange_1"),
             (11, 5, 3, 6, "leaf_3", "leaf_1"), (15, 7, 4, 4, "wine_3", "wine_1"),
             (20, 3, 3, 8, "blue_3", "blue_1"), (24, 6, 5, 5, "white", "teal_2")]
    for x, y, w, h, c, d in items:
        cv.rect(x, y, w, h, c)
        cv.vline(x + w - 1, y, y + h - 1, d)
        cv.hline(x, x + w - 1, y, "silver" if c == "mist" else d)
    return cv


# --- furniture ------------------------------------------------------------------------
def desk_screens() -> Canvas:
    """Sam's desk: two screens (the memo and a draft), keyboard, mug, papers; 48x32."""
    cv = Canvas(48, 32)
    shadow(cv, 2, 30, 46, 2, SH)
    block(cv, 0, 13, 48, 7, 8, ("umber_3", "umber_2", "umber_1"), ("umber_1", "umber_0"),
          "umber_0")
    cv.rect(3, 23, 2, 7, "umber_0")
    cv.rect(43, 23, 2, 7, "umber_0")
    # two screens on arms
    for x0, glow in ((5, "teal_1"), (25, "blue_0")):
        cv.rect(x0, 1, 18, 13, "ink")
        cv.rect(x0 + 1, 2, 16, 10, glow)
        cv.rect(x0 + 8, 14, 2, 2, "slate")
    # left: the memo, a document with a red stamp
    cv.rect(7, 3, 12, 8, "white")
    for y in (4, 6, 8):
        cv.hline(8, 17, y, "silver")
    cv.rect(13, 8, 5, 2, "wine_3")
    # right: the recall notice with a violet header and a struck-through line
    cv.rect(27, 3, 14, 8, "mist")
    cv.rect(27, 3, 14, 2, "violet_2")
    cv.hline(28, 38, 6, "grey")
    cv.hline(28, 39, 8, "wine_3")
    cv.hline(28, 35, 9, "grey")
    # keyboard, mouse, mug, stacked printouts
    cv.rect(15, 16, 16, 3, "slate")
    cv.hline(16, 29, 16, "grey")
    cv.rect(34, 17, 2, 2, "silver")
    cv.rect(4, 15, 4, 4, "orange_1")
    cv.px(4, 15, "orange_2")
    cv.rect(39, 14, 7, 5, "white")
    cv.rect(40, 15, 7, 4, "mist")
    cv.hline(41, 45, 16, "silver")
    return cv


def desk_chair() -> Canvas:
    """A desk chair with its back to the viewer, an orange hoodie over it."""
    cv = Canvas(TS, TS)
    shadow(cv, 3, 14, 11, 2, SH)
    cv.rect(3, 1, 10, 8, "ink")
    cv.rect(4, 2, 8, 6, "slate")
    cv.hline(4, 11, 2, "steel")
    cv.rect(5, 3, 7, 4, "orange_1")  # the hoodie
    cv.hline(5, 11, 3, "orange_2")
    cv.rect(3, 9, 10, 3, "night")
    cv.vline(8, 12, 13, "slate")
    cv.hline(4, 12, 14, "slate")
    return cv


def sofa() -> Canvas:
    """A sagging mustard sofa with Anya's pink cushions and a throw; 48x32, facing down."""
    cv = Canvas(48, 32)
    shadow(cv, 2, 30, 46, 2, SH)
    o, d, m, lt = "gold_0", "gold_1", "gold_1", "gold_2"
    cv.rect(1, 7, 46, 23, o)
    cv.rect(2, 8, 44, 9, m)
    cv.hline(2, 45, 8, lt)
    cv.vline(24, 10, 16, o)
    cv.rect(2, 17, 44, 8, lt)
    cv.hline(2, 45, 17, "gold_3")
    cv.vline(24, 17, 24, d)
    cv.rect(2, 25, 44, 4, d)
    cv.hline(2, 45, 28, o)
    for ax in (1, 42):
        cv.rect(ax, 11, 5, 18, o)
        cv.rect(ax + 1, 12, 3, 16, m)
        cv.vline(ax + 1, 12, 27, lt)
    # cushions and a teal throw over one end
    cv.rect(7, 11, 8, 7, "pink_1")
    cv.rect(8, 12, 6, 5, "pink_2")
    cv.px(8, 12, "pink_3")
    cv.rect(30, 12, 7, 6, "violet_2")
    cv.rect(31, 13, 5, 4, "violet_3")
    cv.rect(34, 17, 10, 10, "teal_1")
    cv.rect(35, 17, 8, 9, "teal_2")
    for y in range(18, 26, 2):
        cv.hline(35, 42, y, "teal_3")
    return cv


def coffee_table() -> Canvas:
    """A low table: a pizza box, a laptop and two mugs; 32x16."""
    cv = Canvas(32, 16)
    shadow(cv, 2, 14, 30, 2, SH)
    block(cv, 1, 3, 30, 6, 3, ("umber_4", "umber_3", "umber_2"), ("umber_1", "umber_0"),
          "umber_0")
    cv.rect(4, 13, 2, 2, "umber_0")
    cv.rect(26, 13, 2, 2, "umber_0")
    cv.rect(3, 2, 11, 7, "umber_6")  # pizza box
    cv.hline(3, 13, 2, "white")
    cv.rect(6, 4, 5, 3, "wine_2")
    cv.rect(16, 3, 10, 6, "slate")  # open laptop
    cv.rect(17, 4, 8, 3, "pink_2")
    cv.rect(27, 4, 3, 3, "white")
    return cv


def kitchen_counter() -> Canvas:
    """A kitchenette counter: a two-ring hob with a kettle, a sink with dishes; 48x32."""
    cv = Canvas(48, 32)
    shadow(cv, 2, 30, 46, 2, SH)
    block(cv, 0, 10, 48, 6, 13, ("mist", "silver", "grey"), ("umber_4", "umber_3"), "umber_0")
    for x in (1, 16, 32):
        cv.box(x + 1, 19, 13, 9, "umber_2")
        cv.hline(x + 5, x + 9, 21, "silver")
    # hob with a kettle
    cv.rect(3, 11, 14, 5, "ink")
    cv.ellipse(7, 13.5, 2.5, 1.6, "slate")
    cv.ellipse(13, 13.5, 2.5, 1.6, "slate")
    cv.rect(11, 6, 6, 7, "wine_2")
    cv.rect(12, 7, 4, 5, "wine_3")
    cv.px(12, 7, "wine_4")
    cv.rect(13, 5, 3, 1, "ink")
    # sink with a stack of plates
    cv.rect(28, 11, 14, 5, "steel")
    cv.rect(29, 12, 12, 3, "grey")
    cv.rect(34, 7, 2, 5, "silver")
    cv.px(34, 7, "white")
    cv.ellipse(31, 12, 3, 1.5, "white")
    cv.ellipse(31, 11, 3, 1.5, "mist")
    # a plant pot and a chopping board
    cv.rect(20, 9, 6, 5, "umber_5")
    cv.hline(20, 25, 9, "umber_6")
    cv.rect(44, 8, 3, 5, "umber_3")
    cv.px(45, 6, "leaf_3")
    cv.px(44, 7, "leaf_2")
    cv.px(46, 7, "leaf_2")
    return cv


def fridge() -> Canvas:
    """A small retro fridge covered in magnets and a takeaway menu; 16x32."""
    cv = Canvas(16, 32)
    shadow(cv, 2, 30, 14, 2, SH)
    block(cv, 1, 2, 14, 2, 25, ("white", "mist", "silver"), ("mist", "silver"), "slate")
    cv.hline(2, 13, 12, "silver")
    cv.rect(12, 7, 1, 4, "steel")
    cv.rect(12, 15, 1, 6, "steel")
    for x, y, c in ((4, 6, "pink_2"), (8, 8, "gold_2"), (5, 16, "teal_3"), (9, 19, "wine_3")):
        cv.rect(x, y, 2, 2, c)
    cv.rect(4, 21, 6, 6, "white")
    cv.hline(5, 8, 23, "wine_3")
    cv.hline(5, 8, 25, "silver")
    return cv


def bookshelf() -> Canvas:
    """A white flat-pack shelf crammed with books, binders and boxes of printouts; 32x32."""
    cv = Canvas(32, 32)
    shadow(cv, 2, 30, 30, 2, SH)
    cv.rect(0, 0, 32, 31, "grey")
    cv.rect(1, 1, 30, 29, "white")
    cv.rect(2, 2, 28, 27, "silver")
    r = rng("flatbooks")
    cols = ["wine_2", "teal_2", "gold_2", "blue_1", "pink_1", "orange_1", "leaf_2", "violet_1",
            "slate", "umber_4"]
    for sy in (2, 11, 20):
        x = 2
        while x < 29:
            w = r.choice([1, 2, 2, 3])
            h = r.choice([5, 6, 7, 7])
            if r.random() < 0.12:  # a binder lying flat
                cv.rect(x, sy + 5, min(5, 30 - x), 2, r.choice(cols))
                x += 5
                continue
            cv.rect(x, sy + 7 - h, min(w, 30 - x), h, r.choice(cols))
            x += w
        cv.rect(1, sy + 7, 30, 2, "white")
        cv.hline(1, 30, sy + 8, "mist")
    # a box of printouts on the bottom shelf
    cv.rect(18, 23, 10, 6, "umber_5")
    cv.rect(19, 22, 8, 2, "white")
    cv.hline(18, 27, 25, "umber_4")
    return cv


def ring_light() -> Canvas:
    """Anya's streaming ring light on a tripod, with a phone clamped in the middle; 16x32."""
    cv = Canvas(16, 32)
    shadow(cv, 3, 30, 11, 2, SH)
    cv.ellipse(8, 8, 6.5, 6.5, "slate")
    cv.ellipse(8, 8, 5.5, 5.5, "white")
    cv.ellipse(8, 8, 3.5, 3.5, "pink_3")
    cv.ellipse(8, 8, 2.5, 2.5, -1)
    cv.rect(7, 6, 3, 5, "night")
    cv.px(8, 7, "pink_2")
    cv.vline(8, 15, 28, "slate")
    cv.line(8, 26, 4, 30, "slate")
    cv.line(8, 26, 12, 30, "slate")
    cv.vline(8, 27, 30, "steel")
    return cv


def floor_lamp() -> Canvas:
    """A brass floor lamp with a warm shade; 16x32."""
    cv = Canvas(16, 32)
    shadow(cv, 4, 30, 9, 2, SH)
    cv.rect(3, 2, 10, 7, "gold_1")
    cv.rect(4, 3, 8, 5, "gold_3")
    cv.hline(3, 12, 2, "gold_2")
    cv.hline(4, 11, 9, "gold_2")
    cv.vline(8, 10, 28, "gold_0")
    cv.vline(7, 10, 28, "gold_1")
    cv.rect(5, 28, 6, 2, "gold_0")
    cv.hline(5, 10, 28, "gold_1")
    return cv


def paper_stack() -> Canvas:
    """Printouts in a leaning stack on the floor, a sticky note on top."""
    cv = Canvas(TS, TS)
    shadow(cv, 3, 13, 12, 2, SH)
    for i, y in enumerate((10, 7, 4)):
        cv.rect(3 + i, y, 10, 4, "white" if i % 2 == 0 else "mist")
        cv.hline(3 + i, 12 + i, y + 3, "silver")
    cv.rect(7, 4, 3, 2, "gold_2")
    return cv


def shoe_rack() -> Canvas:
    """Trainers and boots kicked off by the door."""
    cv = Canvas(TS, TS)
    shadow(cv, 1, 13, 15, 2, SH)
    cv.rect(1, 6, 14, 7, "umber_2")
    cv.hline(1, 14, 6, "umber_4")
    cv.rect(2, 4, 5, 3, "white")
    cv.px(2, 4, "pink_2")
    cv.rect(8, 3, 5, 4, "umber_1")
    cv.rect(3, 9, 5, 3, "orange_1")
    cv.rect(9, 9, 5, 3, "slate")
    return cv


def rug() -> Canvas:
    """A worn kilim-style rug in pink, teal and mustard; 48x32."""
    cv = Canvas(48, 32)
    cv.rect(1, 1, 46, 30, "pink_0")
    cv.rect(2, 2, 44, 28, "wine_1")
    for i, c in enumerate(("gold_1", "teal_1", "pink_1")):
        cv.box(4 + i * 3, 4 + i * 3, 40 - i * 6, 24 - i * 6, c)
    for x in range(14, 35, 6):
        cv.stamp(x, 13, ["..#..", ".###.", "#####", ".###.", "..#.."], {"#": "gold_2"})
        cv.px(x + 2, 15, "teal_3")
    for x in range(2, 46, 2):
        cv.px(x, 0, "umber_6")
        cv.px(x + 1, 31, "umber_6")
    cv.dither(2, 2, 44, 28, "wine_0", only_on="wine_1")
    return cv


def bistro_table() -> Canvas:
    """A small round kitchen table: two mugs and the morning's printouts."""
    cv = Canvas(TS, TS)
    shadow(cv, 3, 13, 12, 2, SH)
    cv.ellipse(8, 7, 7, 4.5, "umber_1")
    cv.ellipse(8, 6.5, 6, 3.6, "umber_5")
    cv.ellipse(7, 5.5, 3, 1.5, "umber_6")
    cv.rect(4, 4, 5, 4, "white")
    cv.hline(5, 7, 5, "silver")
    cv.rect(10, 5, 2, 2, "pink_2")
    cv.rect(12, 7, 2, 2, "teal_3")
    cv.vline(8, 11, 13, "umber_1")
    return cv


def stool() -> Canvas:
    cv = Canvas(TS, TS)
    shadow(cv, 4, 13, 9, 2, SH)
    cv.ellipse(8, 6, 4.5, 2.6, "umber_1")
    cv.ellipse(8, 5.5, 3.5, 1.8, "umber_4")
    cv.vline(5, 8, 13, "umber_1")
    cv.vline(11, 8, 13, "umber_1")
    cv.hline(5, 11, 11, "umber_2")
    return cv


def beanbag() -> Canvas:
    """Anya's pink beanbag, slumped, with a game controller on it."""
    cv = Canvas(TS, TS)
    shadow(cv, 2, 13, 14, 2, SH)
    cv.ellipse(8, 9, 7, 5, "pink_0")
    cv.ellipse(7.5, 8.5, 6, 4, "pink_1")
    cv.ellipse(6, 7, 3, 2, "pink_2")
    cv.px(5, 6, "pink_3")
    cv.rect(9, 9, 4, 2, "night")
    cv.px(10, 9, "teal_4")
    return cv


def build() -> Tileset:
    ts = Tileset("flat")
    ts.add("floor_boards", floor_boards(0))
    ts.add("floor_boards_scuff", floor_boards(1))
    ts.add("floor_boards_crumbs", floor_boards(2))
    ts.add("floor_kitchen", floor_kitchen(0))
    ts.add("floor_kitchen_crack", floor_kitchen(1))
    ts.add("wall_upper", wall_upper(), solid=True)
    ts.add("wall_lower", wall_lower(), solid=True)
    ts.add("poster", poster())
    ts.add("desk_chair", desk_chair(), rects=[(3, 3, 10, 11)])
    ts.add("paper_stack", paper_stack(), rects=[(3, 5, 12, 9)])
    ts.add("shoe_rack", shoe_rack(), rects=[(1, 4, 14, 9)])
    ts.add_object("window_street", window_street())
    ts.add_object("pinboard", pinboard())
    ts.add_object("shelf_jars", shelf_jars())
    ts.add_object("desk_screens", desk_screens(), rects=[(0, 16, 48, 15)], above=1)
    ts.add_object("sofa", sofa(), rects=[(1, 16, 46, 14)], above=1)
    ts.add_object("coffee_table", coffee_table(), rects=[(1, 3, 30, 11)])
    ts.add_object("kitchen_counter", kitchen_counter(), rects=[(0, 16, 48, 15)], above=1)
    ts.add_object("fridge", fridge(), rects=[(1, 16, 14, 14)], above=1)
    ts.add_object("bookshelf", bookshelf(), rects=[(0, 16, 32, 15)], above=1)
    ts.add_object("ring_light", ring_light(), rects=[(4, 24, 9, 7)], above=1)
    ts.add_object("floor_lamp", floor_lamp(), rects=[(4, 24, 8, 7)], above=1)
    ts.add_object("rug", rug())
    ts.add("bistro_table", bistro_table(), rects=[(2, 4, 13, 9)])
    ts.add("stool", stool(), rects=[(4, 5, 9, 8)])
    ts.add("beanbag", beanbag(), rects=[(2, 6, 13, 8)])
    _ = plant
    return ts
