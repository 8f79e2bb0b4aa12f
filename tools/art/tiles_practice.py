"""Elena Rahmani's old practice: warm wood, a classic dental chair, framed diplomas, dust."""

from __future__ import annotations

from .canvas import Canvas, rng
from .draw import block, plant, profile_chair, shadow
from .tileset import TS, Tileset

SH = "umber_2"  # contact shadow tone on wood


def floor_wood(variant: int) -> Canvas:
    cv = Canvas(TS, TS, "umber_4")
    for y in (0, 4, 8, 12):
        cv.hline(0, 15, y + 3, "umber_3")
        cv.hline(0, 15, y, "umber_5") if y in (0, 8) else None
    # staggered plank joints
    for y, x in ((0, 5), (4, 12), (8, 1), (12, 9)):
        cv.vline(x, y, y + 2, "umber_2")
    r = rng(f"wood{variant}")
    for _ in range(5):
        x, y = r.randrange(16), r.randrange(16)
        if cv.get(x, y) == 13 + 6:  # umber_4
            cv.px(x, y, "umber_5")
    if variant == 1:  # knot
        cv.px(10, 6, "umber_2")
        cv.px(11, 6, "umber_3")
    if variant == 2:  # dust
        for x, y in ((3, 2), (12, 9), (7, 13), (13, 14), (2, 10)):
            cv.px(x, y, "umber_6")
    return cv


def floor_lino(variant: int) -> Canvas:
    cv = Canvas(TS, TS, "umber_6")
    cv.rect(0, 0, 8, 8, "sand")
    cv.rect(8, 8, 8, 8, "sand")
    cv.hline(0, 15, 15, "umber_5")
    cv.vline(15, 0, 15, "umber_5")
    if variant == 1:
        cv.px(4, 11, "umber_5")
        cv.px(11, 3, "umber_5")
        cv.px(12, 4, "umber_5")
    return cv


def wall_upper() -> Canvas:
    cv = Canvas(TS, TS, "sand")
    cv.hline(0, 15, 0, "umber_2")
    cv.hline(0, 15, 1, "umber_4")
    cv.hline(0, 15, 2, "umber_3")
    for x in (3, 11):
        cv.vline(x, 3, 15, "umber_6")
    for x in (4, 12):
        for y in range(4, 16, 4):
            cv.px(x, y, "umber_5")
    return cv


def wall_lower() -> Canvas:
    cv = Canvas(TS, TS, "sand")
    for x in (3, 11):
        cv.vline(x, 0, 3, "umber_6")
    cv.hline(0, 15, 4, "umber_5")  # chair rail
    cv.hline(0, 15, 5, "umber_3")
    cv.rect(0, 6, 16, 8, "umber_3")  # wainscot
    cv.box(2, 7, 12, 6, "umber_2")
    cv.hline(3, 12, 8, "umber_4")
    cv.rect(0, 14, 16, 2, "umber_1")
    cv.hline(0, 15, 14, "umber_2")
    return cv


def diploma(kind: int) -> Canvas:
    cv = Canvas(TS, TS)
    frame = [("gold_0", "gold_1", "gold_2"), ("umber_0", "umber_2", "umber_4"),
             ("umber_0", "umber_1", "umber_3")][kind]
    x, y, w, h = (2, 2, 12, 10) if kind != 2 else (4, 1, 8, 11)
    shadow(cv, x + 1, y + h, w, 1, "umber_5")
    cv.rect(x, y, w, h, frame[0])
    cv.rect(x + 1, y + 1, w - 2, h - 2, frame[2])
    cv.hline(x + 1, x + w - 2, y + h - 2, frame[1])
    cv.vline(x + w - 2, y + 1, y + h - 2, frame[1])
    cv.rect(x + 2, y + 2, w - 4, h - 4, "white" if kind != 1 else "umber_7")
    if kind == 2:  # a photo
        cv.rect(x + 2, y + 2, w - 4, h - 4, "blue_3")
        cv.rect(x + 2, y + 6, w - 4, 3, "leaf_3")
        cv.px(x + 4, y + 4, "umber_6")
        cv.px(x + 4, y + 5, "wine_2")
    else:
        cv.hline(x + 3, x + w - 4, y + 3, "umber_2")
        cv.hline(x + 4, x + w - 5, y + 5, "silver")
        cv.hline(x + 4, x + w - 6, y + 6, "silver")
        cv.px(x + w - 4, y + h - 4, "wine_2")  # seal
    return cv


def xray_box() -> Canvas:
    cv = Canvas(TS, TS)
    cv.rect(1, 2, 14, 11, "slate")
    cv.rect(2, 3, 12, 9, "blue_3")
    cv.rect(2, 3, 12, 9, "mist")
    cv.dither(2, 3, 12, 9, "blue_3")
    for i, x in enumerate(range(3, 13, 2)):
        cv.rect(x, 5 + (i % 2), 1, 3, "white")
        cv.px(x, 8 + (i % 2), "grey")
    cv.hline(2, 13, 12, "steel")
    return cv


def calendar() -> Canvas:
    cv = Canvas(TS, TS)
    cv.rect(4, 2, 8, 11, "umber_5")
    cv.rect(4, 2, 8, 10, "white")
    cv.rect(4, 2, 8, 3, "wine_2")
    cv.px(6, 1, "slate")
    cv.px(9, 1, "slate")
    for y in (6, 8, 10):
        for x in (5, 7, 9):
            cv.px(x, y, "silver")
    cv.px(9, 8, "wine_3")
    return cv


def window_blinds() -> Canvas:
    cv = Canvas(32, 16)
    cv.rect(0, 1, 32, 14, "umber_2")
    cv.rect(1, 2, 30, 12, "sand")
    for y in range(3, 13, 2):
        cv.hline(2, 29, y, "umber_6")
        cv.hline(2, 29, y + 1, "gold_3")
    cv.vline(16, 2, 13, "umber_3")
    cv.hline(0, 31, 14, "umber_4")
    cv.hline(0, 31, 15, "umber_1")
    cv.vline(27, 3, 12, "umber_4")
    return cv


def classic_chair() -> Canvas:
    """A classic dental chair: oxblood leather, chrome, a round lamp and a spittoon; 48x48."""
    cv = Canvas(48, 48)
    shadow(cv, 10, 45, 30, 3, SH)
    # lamp on a jointed chrome arm
    cv.rect(37, 10, 2, 28, "slate")
    cv.vline(37, 10, 37, "silver")
    cv.line(38, 10, 30, 3, "slate")
    cv.line(37, 10, 29, 3, "silver")
    cv.line(29, 3, 17, 5, "slate")
    cv.line(29, 2, 17, 4, "silver")
    cv.ellipse(12, 6, 5.5, 4.2, "slate")
    cv.ellipse(12, 6, 4.5, 3.2, "gold_3")
    cv.ellipse(11, 5, 2, 1.5, "white")
    profile_chair(cv, 0, 14, ("wine_0", "wine_2", "wine_3"), ("wine_1", "wine_2", "wine_4"),
                  "umber_0", ("slate", "grey", "white"), modern=False)
    # tufting buttons on the backrest
    for x, y in ((8, 26), (12, 28), (16, 30)):
        cv.px(x, y, "wine_1")
    # spittoon bowl on its post, by the head end
    cv.rect(41, 26, 2, 12, "grey")
    cv.ellipse(42, 24, 4, 2.6, "slate")
    cv.ellipse(42, 24, 3, 1.8, "teal_4")
    cv.px(41, 23, "white")
    # instrument bracket table on a swing arm
    cv.line(38, 18, 44, 18, "slate")
    cv.rect(40, 14, 8, 4, "slate")
    cv.rect(41, 15, 6, 2, "silver")
    cv.px(42, 15, "white")
    cv.px(44, 15, "steel")
    return cv


def instrument_cart() -> Canvas:
    cv = Canvas(16, 16)
    shadow(cv, 3, 14, 12, 2, SH)
    block(cv, 2, 3, 12, 4, 3, ("white", "silver", "grey"), ("grey", "steel"), "slate")
    cv.vline(3, 11, 14, "slate")
    cv.vline(12, 11, 14, "slate")
    cv.hline(3, 12, 12, "grey")
    for x in (4, 6, 8, 10):
        cv.vline(x, 5, 6, "steel")
    cv.px(11, 5, "wine_3")
    return cv


def drawers() -> Canvas:
    """A wooden cabinet with many small drawers; 32x32 with a top in row 0."""
    cv = Canvas(32, 32)
    shadow(cv, 2, 30, 30, 2, SH)
    block(cv, 0, 8, 32, 4, 17, ("umber_5", "umber_4", "umber_3"), ("umber_3", "umber_2"),
          "umber_0")
    for y in (15, 20, 25):
        cv.hline(1, 30, y, "umber_2")
    for x in (10, 21):
        cv.vline(x, 14, 29, "umber_2")
    for y in (17, 22, 27):
        for x in (5, 15, 26):
            cv.px(x, y, "gold_2")
    # items on top: jar of cotton rolls, small box
    cv.rect(4, 5, 5, 6, "mist")
    cv.rect(4, 4, 5, 1, "silver")
    cv.px(5, 7, "white")
    cv.rect(20, 6, 8, 5, "umber_6")
    cv.hline(20, 27, 6, "umber_7")
    cv.dither(1, 9, 30, 3, "umber_6", only_on="umber_4")  # dust
    return cv


def sink() -> Canvas:
    cv = Canvas(16, 32)
    shadow(cv, 2, 30, 14, 2, SH)
    block(cv, 0, 14, 16, 6, 9, ("white", "mist", "silver"), ("mist", "silver"), "slate")
    cv.ellipse(8, 18, 5, 2.5, "grey")
    cv.ellipse(8, 18, 4, 1.5, "silver")
    cv.rect(7, 11, 2, 5, "grey")
    cv.px(7, 11, "white")
    cv.rect(3, 1, 10, 10, "gold_1")
    cv.rect(4, 2, 8, 8, "blue_3")
    cv.line(5, 7, 8, 4, "white")
    return cv


def reception_desk() -> Canvas:
    cv = Canvas(48, 32)
    shadow(cv, 2, 30, 46, 2, SH)
    cv.rect(0, 8, 48, 23, "umber_0")
    cv.rect(1, 9, 46, 5, "umber_5")
    cv.hline(1, 46, 9, "umber_6")
    cv.hline(1, 46, 13, "umber_3")
    cv.rect(1, 14, 46, 16, "umber_3")
    for x in range(1, 47, 8):
        cv.box(x + 1, 16, 6, 12, "umber_2")
        cv.vline(x + 2, 17, 26, "umber_4")
    cv.hline(1, 46, 29, "umber_1")
    # old computer (beige monitor), bell, papers
    cv.rect(6, 0, 13, 11, "umber_2")
    cv.rect(7, 1, 11, 9, "umber_6")
    cv.rect(8, 2, 9, 6, "teal_0")
    cv.hline(9, 13, 4, "leaf_3")
    cv.hline(9, 11, 6, "leaf_3")
    cv.rect(26, 9, 9, 3, "white")
    cv.hline(27, 33, 10, "silver")
    cv.ellipse(41, 10, 2.5, 2, "gold_1")
    cv.px(40, 9, "gold_3")
    cv.px(41, 7, "gold_1")
    return cv


def waiting_chair() -> Canvas:
    """Wooden chair with a green cushion, facing down; 16x32 (back in the top row)."""
    cv = Canvas(16, 32)
    shadow(cv, 3, 30, 12, 2, SH)
    cv.rect(2, 10, 12, 9, "umber_1")
    cv.rect(3, 11, 10, 7, "umber_4")
    cv.hline(3, 12, 11, "umber_5")
    cv.rect(4, 13, 8, 4, "leaf_2")
    cv.hline(4, 11, 13, "leaf_3")
    cv.rect(2, 19, 12, 6, "umber_1")
    cv.rect(3, 19, 10, 4, "leaf_2")
    cv.hline(3, 12, 19, "leaf_3")
    cv.hline(3, 12, 22, "leaf_1")
    cv.rect(3, 24, 2, 6, "umber_1")
    cv.rect(11, 24, 2, 6, "umber_1")
    cv.px(3, 24, "umber_3")
    return cv


def coffee_table() -> Canvas:
    cv = Canvas(32, 16)
    shadow(cv, 2, 14, 30, 2, SH)
    block(cv, 1, 2, 30, 6, 3, ("umber_5", "umber_4", "umber_3"), ("umber_2", "umber_1"),
          "umber_0")
    cv.rect(4, 12, 2, 3, "umber_1")
    cv.rect(26, 12, 2, 3, "umber_1")
    # magazines
    cv.rect(5, 3, 7, 5, "blue_2")
    cv.rect(6, 4, 5, 2, "white")
    cv.rect(14, 4, 6, 4, "wine_3")
    cv.hline(15, 18, 5, "white")
    cv.ellipse(25, 5, 2.5, 2, "white")
    cv.px(25, 5, "umber_2")
    return cv


def bookshelf() -> Canvas:
    cv = Canvas(32, 32)
    shadow(cv, 2, 30, 30, 2, SH)
    cv.rect(0, 1, 32, 30, "umber_0")
    cv.rect(1, 2, 30, 28, "umber_2")
    cv.hline(1, 30, 2, "umber_4")
    r = rng("books")
    cols = ["wine_2", "teal_1", "gold_1", "leaf_1", "blue_1", "umber_4", "wine_1", "sand"]
    for sy in (4, 13, 22):
        x = 2
        while x < 29:
            w = r.choice([1, 2, 2, 3])
            h = r.choice([6, 7, 7, 6, 5])
            c = r.choice(cols)
            if r.random() < 0.1:
                x += 2
                continue
            cv.rect(x, sy + 7 - h, min(w, 30 - x), h, c)
            cv.px(x, sy + 7 - h, "umber_6")
            x += w
        cv.rect(1, sy + 7, 30, 2, "umber_3")
        cv.hline(1, 30, sy + 7, "umber_5")
    cv.dither(1, 2, 30, 1, "umber_6")
    return cv


def filing_cabinet() -> Canvas:
    cv = Canvas(16, 32)
    shadow(cv, 2, 30, 14, 2, SH)
    block(cv, 1, 6, 14, 2, 21, ("silver", "grey", "steel"), ("grey", "steel"), "slate")
    for y in (10, 17, 24):
        cv.hline(2, 13, y - 1, "steel")
        cv.rect(6, y + 1, 4, 1, "slate")
        cv.rect(5, y + 3, 6, 2, "white")
    cv.rect(3, 3, 6, 4, "sand")  # box on top
    cv.hline(3, 8, 3, "umber_6")
    return cv


def desk() -> Canvas:
    cv = Canvas(32, 32)
    shadow(cv, 2, 30, 30, 2, SH)
    block(cv, 0, 12, 32, 8, 8, ("umber_5", "umber_4", "umber_3"), ("umber_3", "umber_2"),
          "umber_0")
    cv.rect(2, 23, 10, 6, "umber_2")
    cv.hline(5, 8, 25, "gold_2")
    # green banker's lamp
    cv.rect(24, 9, 2, 6, "gold_1")
    cv.ellipse(25, 8, 4, 2.5, "leaf_1")
    cv.hline(22, 27, 7, "leaf_3")
    cv.hline(22, 27, 10, "gold_3")
    # papers and a mug
    cv.rect(6, 14, 8, 5, "white")
    cv.rect(8, 13, 8, 5, "mist")
    cv.hline(9, 14, 15, "silver")
    cv.rect(18, 14, 3, 3, "wine_2")
    cv.px(18, 14, "wine_4")
    return cv


def office_chair() -> Canvas:
    cv = Canvas(16, 16)
    shadow(cv, 3, 14, 11, 2, SH)
    cv.rect(3, 2, 10, 6, "umber_0")
    cv.rect(4, 3, 8, 4, "umber_2")
    cv.hline(4, 11, 3, "umber_3")
    cv.rect(3, 8, 10, 4, "umber_1")
    cv.rect(4, 8, 8, 3, "umber_3")
    cv.vline(8, 12, 14, "slate")
    cv.hline(5, 11, 14, "slate")
    return cv


def coat_rack() -> Canvas:
    cv = Canvas(16, 32)
    shadow(cv, 4, 30, 9, 2, SH)
    cv.vline(8, 4, 29, "umber_1")
    cv.vline(7, 4, 29, "umber_3")
    cv.hline(5, 10, 29, "umber_1")
    cv.rect(3, 6, 5, 12, "mist")  # white coat hanging
    cv.vline(3, 6, 17, "silver")
    cv.rect(9, 5, 4, 7, "wine_1")  # scarf
    cv.vline(12, 5, 11, "wine_0")
    cv.px(7, 3, "umber_4")
    return cv


def boxes() -> Canvas:
    cv = Canvas(16, 32)
    shadow(cv, 2, 30, 14, 2, SH)
    block(cv, 1, 18, 14, 4, 7, ("umber_6", "umber_5", "umber_4"), ("umber_5", "umber_4"),
          "umber_2")
    cv.vline(8, 19, 22, "umber_4")
    cv.rect(5, 25, 6, 2, "white")
    block(cv, 3, 8, 11, 3, 6, ("umber_6", "umber_5", "umber_4"), ("umber_5", "umber_4"),
          "umber_2")
    cv.vline(8, 9, 11, "umber_4")
    return cv


def rug() -> Canvas:
    cv = Canvas(48, 32)
    cv.rect(1, 1, 46, 30, "wine_1")
    cv.rect(2, 2, 44, 28, "wine_2")
    cv.box(4, 4, 40, 24, "gold_1")
    cv.box(6, 6, 36, 20, "wine_1")
    for i in range(5):
        cv.box(20 - i * 2 + 2, 12 - i + 2, 4 + i * 4, 4 + i * 2, "gold_1" if i % 2 else "wine_3")
    for x in range(2, 46, 2):
        cv.px(x, 0, "sand")
        cv.px(x + 1, 31, "sand")
    cv.dither(2, 2, 44, 28, "wine_3", only_on="wine_2")
    cv.replace("wine_3", "wine_2") if False else None
    return cv


def cobweb() -> Canvas:
    cv = Canvas(TS, TS)
    cv.line(0, 0, 7, 7, "mist")
    cv.line(0, 0, 10, 2, "mist")
    cv.line(0, 0, 2, 10, "mist")
    for d in (3, 6):
        cv.line(d, 0, 0, d, "silver")
    cv.px(7, 2, "silver")
    cv.px(2, 7, "silver")
    return cv


def dust() -> Canvas:
    cv = Canvas(TS, TS)
    r = rng("dust")
    for _ in range(9):
        cv.px(r.randrange(2, 14), r.randrange(2, 14), "umber_6")
    cv.rect(9, 10, 3, 2, "umber_5")
    cv.px(10, 9, "umber_6")
    return cv


def plant_wilted() -> Canvas:
    cv = Canvas(16, 32)
    shadow(cv, 5, 29, 9, 2, SH)
    plant(cv, 0, 22, big=False, pot=("umber_1", "umber_3", "umber_4"))
    cv.replace("leaf_3", "gold_1")
    cv.replace("leaf_2", "leaf_2")
    cv.px(5, 21, "gold_1")
    cv.px(4, 22, "gold_0")
    cv.line(8, 14, 11, 18, "leaf_1")
    cv.px(12, 19, "gold_1")
    return cv


def door_wood() -> Canvas:
    """A closed interior door set into a wall face (2 rows)."""
    cv = Canvas(16, 32)
    cv.rect(1, 3, 14, 29, "umber_0")
    cv.rect(2, 4, 12, 28, "umber_3")
    cv.box(4, 6, 8, 10, "umber_2")
    cv.box(4, 19, 8, 10, "umber_2")
    cv.vline(3, 5, 31, "umber_4")
    cv.px(12, 18, "gold_2")
    cv.px(12, 19, "gold_1")
    cv.hline(2, 13, 4, "umber_4")
    return cv


def build() -> Tileset:
    ts = Tileset("practice")
    ts.add("floor_wood", floor_wood(0))
    ts.add("floor_wood_knot", floor_wood(1))
    ts.add("floor_wood_dust", floor_wood(2))
    ts.add("floor_lino", floor_lino(0))
    ts.add("floor_lino_worn", floor_lino(1))
    ts.add("wall_upper", wall_upper(), solid=True)
    ts.add("wall_lower", wall_lower(), solid=True)
    ts.add("diploma_gold", diploma(0))
    ts.add("diploma_wood", diploma(1))
    ts.add("photo_frame", diploma(2))
    ts.add("xray_box", xray_box())
    ts.add("calendar", calendar())
    ts.add("cobweb", cobweb())
    ts.add("dust", dust())
    ts.add("instrument_cart", instrument_cart(), rects=[(2, 4, 12, 11)])
    ts.add("office_chair", office_chair(), rects=[(3, 4, 10, 10)])
    ts.add_object("window_blinds", window_blinds())
    ts.add_object("classic_chair", classic_chair(), rects=[(2, 22, 44, 24)], above=1)
    ts.add_object("drawers", drawers(), rects=[(0, 16, 32, 15)], above=1)
    ts.add_object("sink", sink(), rects=[(0, 16, 16, 15)], above=1)
    ts.add_object("reception_desk", reception_desk(), rects=[(0, 16, 48, 7)], above=1)
    ts.add_object("waiting_chair", waiting_chair(), rects=[(2, 16, 12, 14)], above=1)
    ts.add_object("coffee_table", coffee_table(), rects=[(1, 3, 30, 11)])
    ts.add_object("bookshelf", bookshelf(), rects=[(0, 16, 32, 15)], above=1)
    ts.add_object("filing_cabinet", filing_cabinet(), rects=[(1, 16, 14, 15)], above=1)
    ts.add_object("desk", desk(), rects=[(0, 16, 32, 15)], above=1)
    ts.add_object("coat_rack", coat_rack(), rects=[(4, 20, 9, 11)], above=1)
    ts.add_object("boxes", boxes(), rects=[(1, 18, 14, 13)], above=1)
    ts.add_object("rug", rug())
    ts.add_object("plant_wilted", plant_wilted(), rects=[(3, 20, 10, 11)], above=1)
    ts.add_object("door", door_wood())
    return ts
