"""The redesigned Tooth Rebirth clinic of the epilogue: daylight, pale birch and white, a
leaf-green trim instead of the old clinic's teal glow. Two open treatment pods with a plain
wooden stool beside each, a screening corner for the swab, a children's corner (a round
rug, cushions, a low table, a box of robots in little hats) and a small reception."""

from __future__ import annotations

from .canvas import Canvas, rng
from .draw import block, plant, profile_chair, shadow
from .tiles_clinic import sofa
from .tileset import TS, Tileset

SH = "umber_5"  # contact shadow on birch
BIRCH = ("umber_4", "umber_5", "umber_6", "umber_7")  # line, dark, base, light
FLOOR = ("umber_5", "umber_6", "umber_7", "white")  # the floor is paler still


# --- floors and walls ----------------------------------------------------------------
def floor_birch(variant: int) -> Canvas:
    """Pale birch boards, two long boards per tile; a joint in one of them at most."""
    line, dark, base, light = FLOOR
    cv = Canvas(TS, TS, base)
    for y0 in (0, 8):
        cv.hline(0, 15, y0, light)
        cv.hline(0, 15, y0 + 7, dark)
    joint = {0: (11, 0), 1: (4, 8)}.get(variant)
    if joint:
        x, y0 = joint
        cv.vline(x, y0, y0 + 6, dark)
        cv.vline(x + 1, y0 + 1, y0 + 6, light)
    r = rng(f"birch{variant}")
    for _ in range(2):  # a little grain
        x, y = r.randrange(1, 13), r.choice((3, 4, 11, 12))
        cv.hline(x, x + 2, y, dark)
    if variant == 1:  # a knot
        cv.px(9, 3, line)
        cv.px(10, 3, dark)
        cv.px(9, 4, dark)
    if variant == 3:  # a patch of sunlight from the windows
        for i in range(5):
            cv.px(4 + i, 12 - i, "white")
            cv.px(6 + i, 12 - i, "white")
    return cv


def wall_upper() -> Canvas:
    cv = Canvas(TS, TS, "white")
    cv.hline(0, 15, 0, "silver")
    cv.hline(0, 15, 1, "mist")
    cv.hline(0, 15, 9, "leaf_3")
    cv.hline(0, 15, 10, "leaf_4")
    cv.vline(15, 2, 15, "mist")
    cv.vline(0, 2, 15, "white")
    return cv


def wall_lower() -> Canvas:
    """White above a birch wainscot and a green skirting."""
    _, dark, base, light = BIRCH
    cv = Canvas(TS, TS, "white")
    cv.vline(15, 0, 4, "mist")
    cv.rect(0, 5, 16, 9, base)
    cv.hline(0, 15, 5, light)
    cv.hline(0, 15, 6, dark)
    for x in (3, 11):
        cv.vline(x, 7, 13, dark)
        cv.vline(x + 1, 7, 13, light)
    cv.rect(0, 14, 16, 2, "leaf_2")
    cv.hline(0, 15, 14, "leaf_3")
    cv.hline(0, 15, 15, "leaf_1")
    return cv


def window_day() -> Canvas:
    """A big daylight window: sky, a cloud, the tops of the street's trees; 32x16."""
    _, dark, _, light = BIRCH
    cv = Canvas(32, 16)
    cv.rect(0, 0, 32, 15, dark)
    cv.rect(1, 1, 30, 13, "blue_3")
    cv.rect(1, 1, 30, 4, "blue_2")
    cv.dither(1, 4, 30, 2, "blue_3", phase=1)
    cv.ellipse(9, 6, 4, 1.6, "white")
    cv.ellipse(12, 5.5, 3, 1.6, "white")
    cv.ellipse(23, 4, 3, 1.2, "white")
    for x, r_ in ((4, 3.5), (11, 4.5), (20, 4), (27, 4.5)):
        cv.ellipse(x, 14, r_, 4, "leaf_2")
        cv.ellipse(x - 1, 13, r_ - 1.5, 2.5, "leaf_3")
        cv.px(int(x) - 2, 11, "leaf_4")
    cv.vline(16, 1, 13, light)
    cv.vline(15, 1, 13, dark)
    cv.hline(0, 31, 14, light)
    cv.hline(0, 31, 15, dark)
    cv.line(3, 9, 7, 5, "white")
    cv.line(19, 9, 22, 6, "white")
    return cv


# --- treatment -------------------------------------------------------------------------
def treatment_pod() -> Canvas:
    """An open treatment pod in profile (head to the left): a reclined chair under a light
    hoop, a small screen on an arm where the patient can see every step, and a big soft
    stop button on the armrest; 48x48."""
    cv = Canvas(48, 48)
    shadow(cv, 8, 45, 34, 3, SH)
    # the hoop: a thin white arch over the headrest, standing on a column behind
    cv.rect(34, 10, 3, 28, "grey")
    cv.vline(34, 10, 37, "mist")
    for i in range(29):
        t = i / 28
        x = int(34 - 28 * t)
        y = int(10 - 6 * (1 - (2 * t - 1) ** 2))
        cv.px(x, y, "silver")
        cv.px(x, y + 1, "white")
        cv.px(x, y + 2, "leaf_3" if i % 5 else "leaf_4")
    cv.ellipse(7, 12, 3, 2.2, "white")
    cv.ellipse(7, 12.5, 2, 1.2, "leaf_4")
    for y in range(15, 21, 2):  # soft light on the headrest
        cv.px(7, y, "gold_3")
    profile_chair(cv, 0, 14, ("silver", "white", "white"), ("leaf_1", "leaf_2", "leaf_3"),
                  "slate", ("umber_4", "umber_6", "umber_7"), modern=False)
    # birch armrest with the stop button (a raised hand on it)
    cv.rect(18, 25, 11, 3, "umber_4")
    cv.hline(18, 28, 25, "umber_7")
    cv.hline(18, 28, 26, "umber_6")
    cv.ellipse(26.5, 24.5, 2.6, 2, "wine_2")
    cv.ellipse(26.5, 24, 1.8, 1.3, "wine_3")
    cv.px(26, 23, "white")
    # the patient's screen on its arm: a tooth and a progress bar
    cv.line(37, 16, 41, 12, "grey")
    cv.rect(38, 4, 9, 8, "slate")
    cv.rect(39, 5, 7, 6, "leaf_4")
    cv.stamp(40, 6, ["###", "###", "#.#"], {"#": "white"})
    cv.hline(39, 43, 10, "leaf_2")
    cv.px(45, 6, "gold_2")
    return cv


def wood_stool() -> Canvas:
    """The dentist's stool: a plain wooden stool, a round seat on three legs; 16x16."""
    _, dark, base, light = BIRCH
    cv = Canvas(TS, TS)
    shadow(cv, 4, 14, 9, 2, SH)
    for x0, x1 in ((5, 4), (11, 12), (8, 8)):
        cv.line(x0, 8, x1, 14, "umber_3")
    cv.hline(5, 11, 12, "umber_3")
    cv.ellipse(8, 6.5, 5, 2.8, "umber_3")
    cv.ellipse(8, 6, 4.4, 2.2, base)
    cv.ellipse(7, 5.5, 2.6, 1.2, light)
    cv.px(11, 7, dark)
    return cv


def screening_desk(frame: int = 0) -> Canvas:
    """The screening corner's desk: a rack of swab tubes, a compact sequencer with a
    helix on its screen, a box of gloves; 32x32 (the top row above)."""
    cv = Canvas(32, 32)
    shadow(cv, 2, 30, 29, 2, SH)
    block(cv, 0, 14, 32, 6, 10, ("white", "mist", "silver"), ("umber_6", "umber_5"), "umber_3")
    cv.hline(1, 30, 21, "leaf_3")
    cv.vline(16, 22, 29, "umber_4")
    cv.px(14, 25, "umber_4")
    cv.px(18, 25, "umber_4")
    # sequencer with a screen
    cv.rect(3, 4, 13, 13, "slate")
    cv.rect(4, 5, 11, 8, "night")
    for i in range(9):  # a helix
        y = 6 + (i * 3 + frame * 2) % 6
        cv.px(5 + i, y, "leaf_4")
        cv.px(5 + i, 11 - (y - 6), "teal_4")
    cv.rect(4, 14, 11, 2, "grey")
    cv.px(6, 14, "leaf_4" if frame != 1 else "gold_2")
    # swab tubes in a rack
    cv.rect(19, 12, 10, 4, "umber_4")
    cv.hline(19, 28, 12, "umber_6")
    for i, c in enumerate(("leaf_3", "gold_2", "leaf_3", "pink_2", "leaf_3")):
        x = 20 + i * 2
        cv.rect(x, 7 + (i % 2), 1, 6 - (i % 2), "mist")
        cv.px(x, 6 + (i % 2), c)
    # gloves box
    cv.rect(25, 17, 5, 3, "blue_3")
    cv.hline(25, 29, 17, "white")
    return cv


def screening_panel() -> Canvas:
    """A wall panel over the screening desk: a tooth, a strand of DNA, a tick; 32x16."""
    cv = Canvas(32, 16)
    cv.rect(1, 1, 30, 14, "leaf_1")
    cv.rect(2, 2, 28, 12, "white")
    cv.stamp(4, 4, [".###.###.", "#########", "#########", ".#######.", "..##.##..",
                    "..#...#.."], {"#": "leaf_3"})
    cv.px(5, 5, "white")
    for i in range(7):  # DNA
        cv.px(15 + i, 5 + (i % 4 if i % 4 < 2 else 3 - i % 4) * 2, "teal_3")
        cv.px(15 + i, 9 - (i % 4 if i % 4 < 2 else 3 - i % 4) * 2, "gold_1")
    cv.line(24, 8, 25, 10, "leaf_2")
    cv.line(25, 10, 28, 5, "leaf_2")
    return cv


# --- the children's corner --------------------------------------------------------------
def play_rug() -> Canvas:
    """A round rug in rings of colour; 48x32, walkable."""
    cv = Canvas(48, 32)
    for (rx, ry), c in zip(((23, 15), (20, 13), (16, 10), (11, 7), (6, 4)),
                           ("umber_4", "gold_2", "teal_3", "pink_2", "leaf_3"), strict=True):
        cv.ellipse(24, 16, rx, ry, c)
    cv.ellipse(24, 16, 3, 2, "white")
    for i in range(0, 48, 4):
        if cv.get(i, 16) == -1:
            continue
        cv.px(i, 16, "gold_3")
    return cv


def cushion(colours: tuple[str, str, str]) -> Canvas:
    d, m, lt = colours
    cv = Canvas(TS, TS)
    shadow(cv, 3, 13, 11, 2, SH)
    cv.ellipse(8, 9, 6.5, 4.5, d)
    cv.ellipse(8, 8.5, 5.8, 3.8, m)
    cv.ellipse(6.5, 7.5, 3, 1.8, lt)
    cv.px(8, 9, d)
    return cv


def toy_box() -> Canvas:
    """A wooden toy box, full of robots in little hats; 16x16."""
    cv = Canvas(TS, TS)
    shadow(cv, 2, 14, 13, 2, SH)
    block(cv, 1, 6, 14, 2, 5, ("umber_6", "umber_5", "umber_4"), ("umber_4", "umber_3"),
          "umber_2")
    # robots peeking out: round heads, two dot eyes, hats
    for x, hat in ((3, "wine_3"), (7, "gold_2"), (11, "teal_3")):
        cv.rect(x, 4, 3, 3, "silver")
        cv.px(x, 5, "night")
        cv.px(x + 2, 5, "night")
        cv.rect(x, 2, 3, 2, hat)
        cv.px(x + 1, 1, hat)
    cv.px(8, 9, "white")
    return cv


def kids_table() -> Canvas:
    """A low round-cornered table with paper and crayons; 32x16."""
    cv = Canvas(32, 16)
    shadow(cv, 3, 14, 28, 2, SH)
    block(cv, 2, 3, 28, 5, 3, ("umber_7", "umber_6", "umber_5"), ("umber_5", "umber_4"),
          "umber_3")
    cv.rect(5, 12, 2, 3, "umber_3")
    cv.rect(25, 12, 2, 3, "umber_3")
    cv.rect(6, 4, 8, 4, "white")  # a drawing in progress: a robot in a hat
    cv.rect(8, 5, 3, 2, "silver")
    cv.hline(8, 10, 4, "wine_3")
    for i, c in enumerate(("wine_3", "gold_2", "leaf_3", "blue_2")):
        cv.hline(17 + i * 3, 18 + i * 3, 5 + (i % 2), c)
    cv.rect(22, 7, 5, 1, "pink_2")
    return cv


def drawings() -> Canvas:
    """Children's drawings on the wall: robots with little hats, a tooth, a sun; 32x16."""
    cv = Canvas(32, 16)
    cv.hline(1, 30, 2, "umber_3")  # a string with pegs
    sheets = ((2, 3, "white"), (12, 4, "gold_3"), (22, 3, "white"))
    for x, y, paper in sheets:
        cv.rect(x, y, 8, 10, paper)
        cv.hline(x, x + 7, y + 9, "silver")
        cv.px(x + 3, y - 1, "wine_3")
    # 1: a robot in a hat
    cv.rect(4, 7, 4, 4, "steel")
    cv.px(5, 8, "night")
    cv.px(6, 8, "night")
    cv.rect(4, 5, 4, 2, "wine_3")
    cv.px(5, 4, "wine_3")
    # 2: a smiling tooth
    cv.stamp(13, 6, ["##.##", "#####", "#####", ".#.#."], {"#": "white"})
    cv.px(14, 8, "night")
    cv.px(16, 8, "night")
    # 3: a dentist in a brown cardigan under a sun
    cv.ellipse(28, 5, 1.6, 1.6, "gold_2")
    cv.rect(24, 9, 3, 3, "umber_2")
    cv.rect(24, 7, 3, 2, "umber_6")
    cv.px(25, 6, "grey")
    return cv


# --- reception and waiting ---------------------------------------------------------------
def reception_small() -> Canvas:
    """A small reception desk in birch with a white top, a bell and a tablet; 48x32."""
    cv = Canvas(48, 32)
    shadow(cv, 2, 30, 46, 2, SH)
    cv.rect(0, 10, 48, 20, "umber_3")
    cv.rect(1, 11, 46, 5, "white")
    cv.hline(1, 46, 11, "white")
    cv.hline(1, 46, 15, "silver")
    cv.rect(1, 16, 46, 13, "umber_6")
    cv.hline(1, 46, 16, "umber_7")
    for x in range(6, 46, 8):
        cv.vline(x, 17, 28, "umber_5")
    cv.hline(1, 46, 28, "umber_4")
    cv.rect(1, 22, 46, 2, "leaf_3")
    cv.hline(1, 46, 22, "leaf_4")
    # a small tooth logo on the front
    cv.stamp(21, 18, ["##.##", "#####", ".#.#."], {"#": "white"})
    # tablet and a bell on the counter
    cv.rect(6, 9, 9, 4, "slate")
    cv.rect(7, 10, 7, 2, "leaf_4")
    cv.ellipse(36, 11, 3, 2, "gold_1")
    cv.ellipse(36, 10.5, 2, 1.4, "gold_2")
    cv.px(36, 8, "gold_3")
    # a mug of pens
    cv.rect(27, 8, 3, 4, "leaf_2")
    cv.px(27, 7, "wine_3")
    cv.px(29, 6, "blue_2")
    return cv


def divider() -> Canvas:
    """A low birch shelf with a row of small plants, between the pods and the waiting area;
    16x16."""
    cv = Canvas(TS, TS)
    shadow(cv, 1, 14, 15, 2, SH)
    block(cv, 0, 7, 16, 2, 4, ("umber_7", "umber_6", "umber_5"), ("umber_5", "umber_4"),
          "umber_3")
    for x in (2, 9):
        cv.rect(x + 1, 5, 4, 3, "white")
        cv.hline(x + 1, x + 4, 5, "mist")
        cv.ellipse(x + 3, 3.5, 3, 2.2, "leaf_1")
        cv.ellipse(x + 2.5, 3, 2, 1.4, "leaf_3")
        cv.px(x + 2, 2, "leaf_4")
    return cv


def plant_reception() -> Canvas:
    """The plant by the reception desk, alive: a big leafy one in a birch pot; 16x32."""
    cv = Canvas(16, 32)
    shadow(cv, 5, 29, 9, 2, SH)
    plant(cv, 0, 22, big=True, pot=("umber_3", "umber_6", "umber_7"), seed=3)
    cv.px(5, 6, "pink_3")  # it has flowered
    cv.px(11, 9, "pink_3")
    return cv


def coat_hooks() -> Canvas:
    """A row of coat hooks on the wall, one small yellow raincoat; 32x16."""
    cv = Canvas(32, 16)
    cv.rect(1, 3, 30, 3, "umber_4")
    cv.hline(1, 30, 3, "umber_6")
    for x in range(4, 30, 6):
        cv.rect(x, 6, 2, 2, "umber_2")
    cv.rect(9, 7, 6, 8, "gold_2")
    cv.vline(9, 7, 14, "gold_3")
    cv.vline(14, 8, 14, "gold_1")
    cv.rect(21, 7, 5, 6, "leaf_1")
    cv.vline(21, 7, 12, "leaf_2")
    return cv


def build() -> Tileset:
    ts = Tileset("rebirth")
    ts.add("floor_birch", floor_birch(0))
    ts.add("floor_birch_knot", floor_birch(1))
    ts.add("floor_birch_sun", floor_birch(3))
    ts.add("floor_birch_long", floor_birch(2))
    ts.add("wall_upper", wall_upper(), solid=True)
    ts.add("wall_lower", wall_lower(), solid=True)
    ts.add("wood_stool", wood_stool(), rects=[(4, 5, 9, 9)])
    ts.add("cushion_pink", cushion(("pink_1", "pink_2", "pink_3")), rects=[(3, 6, 11, 7)])
    ts.add("cushion_gold", cushion(("gold_1", "gold_2", "gold_3")), rects=[(3, 6, 11, 7)])
    ts.add("toy_box", toy_box(), rects=[(1, 7, 14, 8)])
    ts.add("divider", divider(), rects=[(0, 8, 16, 6)])
    ts.add_object("window_day", window_day())
    ts.add_object("screening_panel", screening_panel())
    ts.add_object("drawings", drawings())
    ts.add_object("coat_hooks", coat_hooks())
    ts.add_object("treatment_pod", treatment_pod(), rects=[(2, 22, 44, 24)], above=1)
    ts.add_object("screening_desk", screening_desk(0), rects=[(0, 16, 32, 15)], above=1)
    ts.add_object("reception_desk", reception_small(), rects=[(0, 16, 48, 7)], above=1)
    ts.add_object("kids_table", kids_table(), rects=[(2, 5, 28, 9)])
    ts.add_object("play_rug", play_rug())
    ts.add_object("plant_reception", plant_reception(), rects=[(3, 20, 10, 11)], above=1)
    waiting = sofa(("leaf_0", "leaf_1", "leaf_2", "leaf_3"))
    waiting.replace("silver", SH)  # its shadow falls on birch, not on clinic white
    ts.add_object("sofa", waiting, rects=[(1, 16, 46, 14)], above=1)
    # the sequencer's helix turns (extra frames, never placed directly)
    base = [t.name for t in ts.tiles if t.name.startswith("screening_desk_r")]
    for f in (1, 2):
        names = ts.add_object(f"screening_desk_f{f}", screening_desk(f))
        for n in names:
            ts.by_name[n].rects = []
            ts.by_name[n].solid = False
            ts.by_name[n].layer = ""
    for bname in base:
        suffix = bname[len("screening_desk"):]
        seq = [(bname, 400)] + [(f"screening_desk_f{f}{suffix}", 400) for f in (1, 2)]
        if all(s in ts.by_name for s, _ in seq) and any(
                (ts.by_name[s].img.a != ts.by_name[bname].img.a).any() for s, _ in seq):
            ts.animate(bname, seq)
    return ts
