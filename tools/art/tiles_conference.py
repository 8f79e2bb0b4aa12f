"""The conference hall: warm carpet, seat rows, a lit stage, booths, press corner, backstage."""

from __future__ import annotations

from .canvas import Canvas, rng
from .draw import block, shadow, text_3x5, text_width_3x5
from .tileset import TS, Tileset

SH = "wine_1"  # contact shadow on carpet


def carpet(variant: int) -> Canvas:
    cv = Canvas(TS, TS, "wine_2")
    # small repeating diamond motif, offset by variant
    for y in range(16):
        for x in range(16):
            if (x + y) % 8 == 0 or (x - y) % 8 == 0:
                cv.px(x, y, "wine_1")
    for x, y in ((4, 0), (12, 8), (4, 8), (12, 0)):
        cv.px(x, y + 4, "gold_1" if variant == 0 else "wine_3")
    if variant == 1:
        r = rng("carpet")
        for _ in range(4):
            cv.px(r.randrange(16), r.randrange(16), "wine_3")
    return cv


def carpet_aisle() -> Canvas:
    cv = Canvas(TS, TS, "wine_1")
    cv.vline(1, 0, 15, "gold_1")
    cv.vline(14, 0, 15, "gold_1")
    for y in range(0, 16, 4):
        cv.px(7, y, "wine_2")
        cv.px(8, y + 2, "wine_2")
    return cv


def marble(variant: int) -> Canvas:
    cv = Canvas(TS, TS, "white")
    cv.hline(0, 15, 15, "silver")
    cv.vline(15, 0, 15, "silver")
    if variant == 0:
        cv.line(2, 12, 7, 9, "mist")
        cv.line(7, 9, 9, 10, "mist")
        cv.line(9, 10, 13, 5, "silver")
    else:
        cv.line(1, 3, 5, 6, "mist")
        cv.line(5, 6, 11, 4, "mist")
        cv.px(12, 12, "silver")
    cv.px(0, 0, "sand")
    return cv


def stage_floor(variant: int) -> Canvas:
    cv = Canvas(TS, TS, "umber_4")
    for x in (0, 4, 8, 12):
        cv.vline(x + 3, 0, 15, "umber_3")
        cv.vline(x, 0, 15, "umber_5") if x in (0, 8) else None
    for x, y in ((1, 6), (6, 11), (9, 2), (14, 13)):
        cv.hline(x, x + 1, y, "umber_2")
    if variant == 1:  # spotlight wash
        cv.dither(0, 0, 16, 16, "gold_3", only_on="umber_4")
        cv.dither(0, 0, 16, 16, "umber_6", phase=1, only_on="umber_4")
    return cv


def concrete(variant: int) -> Canvas:
    cv = Canvas(TS, TS, "grey")
    r = rng(f"concrete{variant}")
    for _ in range(12):
        cv.px(r.randrange(16), r.randrange(16), r.choice(["steel", "silver"]))
    if variant == 1:
        cv.hline(0, 15, 7, "gold_2")  # hazard tape on the floor
        cv.hline(0, 15, 8, "gold_2")
        for x in range(0, 16, 4):
            cv.px(x, 7, "ink")
            cv.px(x + 1, 8, "ink")
    return cv


def wall_upper() -> Canvas:
    cv = Canvas(TS, TS, "wine_1")
    cv.hline(0, 15, 0, "umber_0")
    cv.hline(0, 15, 1, "gold_1")
    cv.hline(0, 15, 2, "umber_1")
    cv.vline(0, 3, 15, "umber_1")
    cv.vline(1, 3, 15, "wine_2")
    cv.dither(2, 3, 14, 13, "wine_0", only_on="wine_1")
    cv.rect(3, 4, 12, 11, "wine_1")
    cv.hline(3, 14, 4, "wine_2")
    return cv


def wall_lower() -> Canvas:
    cv = Canvas(TS, TS, "umber_2")
    cv.hline(0, 15, 0, "gold_1")
    cv.hline(0, 15, 1, "umber_4")
    cv.vline(0, 2, 13, "umber_1")
    cv.box(2, 3, 12, 9, "umber_1")
    cv.hline(3, 12, 4, "umber_3")
    cv.rect(0, 13, 16, 3, "umber_0")
    cv.hline(0, 15, 13, "umber_1")
    return cv


def sconce() -> Canvas:
    cv = Canvas(TS, TS)
    cv.ellipse(8, 9, 6, 6, "gold_1")
    cv.dither(2, 3, 12, 12, "gold_2")
    cv.ellipse(8, 9, 6, 6, "wine_2") if False else None
    cv.rect(6, 7, 4, 6, "gold_1")
    cv.rect(7, 6, 2, 5, "gold_3")
    cv.px(7, 6, "white")
    cv.hline(5, 10, 13, "gold_0")
    # glow halo
    for x, y in ((4, 5), (11, 5), (3, 8), (12, 8), (5, 3), (10, 3)):
        cv.px(x, y, "gold_2")
    return cv


def wall_banner(colour: str = "violet") -> Canvas:
    cv = Canvas(16, 32)
    base = {"violet": ("violet_0", "violet_1", "violet_2", "violet_3"),
            "teal": ("teal_0", "teal_1", "teal_2", "teal_4")}[colour]
    cv.hline(2, 13, 1, "gold_1")
    cv.rect(3, 2, 10, 26, base[1])
    cv.vline(3, 2, 27, base[2])
    cv.vline(12, 2, 27, base[0])
    cv.stamp(5, 7, [".#.#.", "#####", "#####", ".###.", ".#.#."], {"#": "white"})
    cv.hline(5, 10, 15, base[3])
    cv.hline(5, 9, 17, base[3])
    cv.hline(5, 10, 19, base[3])
    cv.stamp(3, 28, ["##########", ".########.", "..######..", "...####..."], {"#": base[1]})
    return cv


def stage_edge() -> Canvas:
    """The front face of the raised stage (solid), under the last stage-floor row."""
    cv = Canvas(TS, TS, "umber_1")
    cv.hline(0, 15, 0, "umber_5")
    cv.hline(0, 15, 1, "umber_3")
    cv.rect(0, 2, 16, 12, "night")
    cv.hline(0, 15, 2, "umber_0")
    for x in (3, 11):
        cv.px(x, 7, "gold_2")  # step lights
    cv.rect(0, 14, 16, 2, "wine_0")
    return cv


def stage_stairs() -> Canvas:
    cv = Canvas(TS, TS, "umber_2")
    for y in range(0, 16, 4):
        cv.hline(0, 15, y, "umber_5")
        cv.hline(0, 15, y + 1, "umber_4")
        cv.hline(0, 15, y + 3, "umber_1")
    cv.vline(0, 0, 15, "umber_0")
    cv.vline(15, 0, 15, "umber_0")
    return cv


def big_screen(frame: int) -> Canvas:
    """The stage screen, 96x48; frame 0 a title slide, 1 a chart, 2 a tooth scan."""
    cv = Canvas(96, 48)
    cv.rect(0, 0, 96, 46, "ink")
    cv.rect(2, 2, 92, 42, "night")
    cv.rect(3, 3, 90, 40, "navy" if frame != 2 else "blue_0")
    cv.hline(3, 92, 3, "slate")
    if frame == 0:
        w = text_width_3x5("MEDTECH 2045")
        text_3x5(cv, 48 - w // 2, 12, "MEDTECH 2045", "white")
        cv.hline(24, 71, 20, "violet_2")
        w = text_width_3x5("THE FUTURE OF SMILES")
        text_3x5(cv, 48 - w // 2, 25, "THE FUTURE OF SMILES", "violet_3")
        cv.stamp(44, 32, [".##.##.", "#######", ".#####.", "..#.#.."], {"#": "teal_4"})
    elif frame == 1:
        text_3x5(cv, 8, 7, "SUCCESS RATE", "white")
        for i, h in enumerate((10, 14, 19, 24, 28, 30)):
            cv.rect(10 + i * 12, 40 - h, 7, h, "violet_2")
            cv.hline(10 + i * 12, 16 + i * 12, 40 - h, "violet_3")
        cv.hline(8, 86, 40, "grey")
        text_3x5(cv, 70, 7, "99%", "leaf_4")
    else:
        cv.stamp(34, 8, [
            "..########....##########..",
            ".##########..############.",
            "##############################"[:26],
            "##########################",
            ".########################.",
            "..######################..",
            "...####################...",
            "....#######....#######....",
            "....######......######....",
            ".....####........####.....",
            ".....###..........###.....",
            "......#............#......",
        ], {"#": "blue_2"})
        cv.stamp(36, 10, ["..######", ".#######", "########"], {"#": "blue_3"})
        cv.rect(52, 14, 6, 4, "wine_3")
        cv.px(53, 15, "orange_2")
        text_3x5(cv, 8, 34, "SCAN 07", "blue_3")
        cv.hline(3, 92, 20 + 0, "teal_3")
    cv.rect(46, 46, 4, 2, "slate")
    return cv


def panel_table() -> Canvas:
    """Long panel table with a cloth skirt, microphones and name cards; 80x32."""
    cv = Canvas(80, 32)
    shadow(cv, 2, 30, 78, 2, "umber_2")
    cv.rect(0, 9, 80, 22, "violet_0")
    cv.rect(1, 10, 78, 5, "white")
    cv.hline(1, 78, 10, "white")
    cv.hline(1, 78, 14, "silver")
    cv.rect(1, 15, 78, 15, "violet_1")
    cv.hline(1, 78, 15, "violet_2")
    for x in range(6, 78, 8):
        cv.vline(x, 17, 29, "violet_0")
    cv.hline(1, 78, 29, "violet_0")
    for i, mx in enumerate((10, 30, 50, 70)):
        cv.vline(mx, 4, 11, "night")
        cv.px(mx, 3, "slate")
        cv.px(mx - 1, 3, "grey")
        cv.rect(mx - 6, 11, 5, 3, "white")  # name card
        cv.hline(mx - 5, mx - 3, 12, "navy")
        cv.rect(mx + 3, 9, 2, 3, "blue_3")  # water glass
        cv.px(mx + 3, 9, "white")
        del i
    return cv


def panel_chair() -> Canvas:
    cv = Canvas(16, 16)
    cv.rect(3, 1, 10, 9, "ink")
    cv.rect(4, 2, 8, 7, "night")
    cv.hline(4, 11, 2, "slate")
    cv.rect(3, 9, 10, 4, "ink")
    cv.rect(4, 9, 8, 2, "navy")
    cv.vline(8, 13, 15, "slate")
    return cv


def podium() -> Canvas:
    cv = Canvas(16, 32)
    shadow(cv, 2, 30, 14, 2, "umber_2")
    block(cv, 1, 13, 14, 3, 14, ("umber_5", "umber_4", "umber_3"), ("umber_3", "umber_2"),
          "umber_0")
    cv.rect(4, 20, 8, 5, "violet_1")
    cv.stamp(5, 21, [".#.#.", "#####", ".###."], {"#": "violet_3"})
    cv.line(8, 14, 10, 7, "night")
    cv.rect(10, 5, 2, 3, "slate")
    cv.px(10, 5, "grey")
    return cv


def seat(facing_up: bool = True) -> Canvas:
    """A padded conference seat, seen from behind (audience faces the stage)."""
    cv = Canvas(TS, TS)
    if facing_up:
        cv.rect(2, 2, 12, 12, "wine_0")
        cv.rect(3, 3, 10, 9, "wine_2")
        cv.hline(3, 12, 3, "wine_3")
        cv.vline(3, 3, 11, "wine_3")
        cv.vline(12, 4, 11, "wine_1")
        cv.rect(3, 12, 10, 2, "night")
        cv.px(4, 14, "night")
        cv.px(11, 14, "night")
        cv.px(4, 15, "night")
        cv.px(11, 15, "night")
    else:
        cv.rect(2, 1, 12, 13, "wine_0")
        cv.rect(3, 2, 10, 5, "wine_2")
        cv.hline(3, 12, 2, "wine_3")
        cv.rect(3, 7, 10, 5, "wine_3")
        cv.hline(3, 12, 7, "wine_4")
        cv.rect(3, 12, 10, 1, "wine_1")
        cv.px(4, 14, "night")
        cv.px(11, 14, "night")
    return cv


BOOTH_COLOURS = {
    "violet": ("violet_0", "violet_1", "violet_2", "violet_3"),
    "teal": ("teal_0", "teal_1", "teal_3", "teal_4"),
    "orange": ("orange_0", "orange_0", "orange_1", "orange_2"),
    "blue": ("blue_0", "blue_1", "blue_2", "blue_3"),
}


def booth(colour: str, label: str) -> Canvas:
    """Exhibitor booth: a back panel with the brand, a counter; 48x48."""
    c0, c1, c2, c3 = BOOTH_COLOURS[colour]
    cv = Canvas(48, 48)
    shadow(cv, 2, 46, 46, 2, SH)
    # back panel (rows 0-1)
    cv.rect(1, 1, 46, 28, "ink")
    cv.rect(2, 2, 44, 26, c1)
    cv.rect(2, 2, 44, 3, c2)
    cv.hline(2, 45, 2, c3)
    w = text_width_3x5(label)
    cv.rect(24 - w // 2 - 2, 8, w + 4, 9, "white")
    text_3x5(cv, 24 - w // 2, 10, label, c0 if colour != "orange" else "orange_0")
    cv.stamp(8, 20, [".#.#.", "#####", ".###."], {"#": c3})
    cv.stamp(35, 20, [".#.#.", "#####", ".###."], {"#": c3})
    # side posts
    cv.rect(0, 2, 2, 40, "silver")
    cv.rect(46, 2, 2, 40, "steel")
    # counter in front (row 2)
    block(cv, 8, 30, 32, 4, 10, ("white", "mist", "silver"), (c2, c1), "ink")
    cv.hline(9, 38, 38, c3)
    cv.rect(12, 31, 6, 3, "gold_3")  # brochures
    cv.rect(13, 30, 4, 1, "white")
    cv.rect(28, 31, 6, 4, "night")  # tablet
    cv.rect(29, 32, 4, 2, c3)
    return cv


def press_backdrop() -> Canvas:
    cv = Canvas(48, 32)
    shadow(cv, 2, 30, 46, 2, SH)
    cv.rect(0, 1, 48, 29, "ink")
    cv.rect(1, 2, 46, 27, "white")
    for row, y in enumerate(range(5, 28, 6)):
        for x in ((3, 25) if row % 2 == 0 else (14,)):
            text_3x5(cv, x, y, "PRESS", "blue_1")
    cv.rect(0, 1, 1, 29, "ink")
    cv.rect(47, 1, 1, 29, "ink")
    cv.rect(0, 29, 2, 2, "slate")
    cv.rect(46, 29, 2, 2, "slate")
    return cv


def camera_tripod() -> Canvas:
    cv = Canvas(16, 32)
    cv.line(8, 16, 3, 30, "slate")
    cv.line(8, 16, 13, 30, "slate")
    cv.line(8, 16, 8, 30, "night")
    cv.rect(3, 7, 10, 8, "ink")
    cv.rect(4, 8, 8, 6, "night")
    cv.rect(0, 9, 4, 4, "slate")
    cv.px(1, 10, "blue_3")
    cv.px(10, 9, "wine_3")
    cv.rect(5, 5, 5, 2, "slate")
    return cv


def softbox() -> Canvas:
    cv = Canvas(16, 32)
    cv.vline(8, 12, 29, "slate")
    cv.line(8, 28, 4, 31, "slate")
    cv.line(8, 28, 12, 31, "slate")
    cv.rect(2, 1, 12, 12, "night")
    cv.rect(3, 2, 10, 10, "white")
    cv.rect(4, 3, 8, 8, "gold_3")
    cv.rect(5, 4, 4, 4, "white")
    return cv


def mic_stand() -> Canvas:
    cv = Canvas(16, 16)
    cv.vline(8, 3, 14, "slate")
    cv.hline(5, 11, 14, "night")
    cv.rect(7, 1, 3, 3, "night")
    cv.px(7, 1, "grey")
    return cv


def speaker() -> Canvas:
    cv = Canvas(16, 32)
    shadow(cv, 2, 30, 14, 2, SH)
    cv.rect(2, 8, 12, 22, "ink")
    cv.rect(3, 9, 10, 20, "night")
    cv.ellipse(8, 14, 3, 3, "slate")
    cv.ellipse(8, 14, 1.5, 1.5, "ink")
    cv.ellipse(8, 23, 4, 4, "slate")
    cv.ellipse(8, 23, 2, 2, "ink")
    cv.px(4, 10, "navy")
    return cv


def curtain() -> Canvas:
    cv = Canvas(16, 32, "wine_2")
    for x in range(0, 16, 4):
        cv.vline(x, 0, 31, "wine_1")
        cv.vline(x + 1, 0, 31, "wine_3")
        cv.vline(x + 3, 0, 31, "wine_1")
    cv.rect(0, 0, 16, 2, "gold_1")
    cv.hline(0, 15, 0, "gold_2")
    cv.hline(0, 15, 31, "wine_0")
    return cv


def truss_light(on: bool = True) -> Canvas:
    """A lighting truss segment with a spotlight (drawn above the characters)."""
    cv = Canvas(TS, TS)
    cv.rect(0, 1, 16, 4, "slate")
    cv.hline(0, 15, 1, "grey")
    for x in range(0, 16, 4):
        cv.line(x, 1, x + 3, 4, "night")
    cv.rect(5, 5, 6, 4, "ink")
    cv.rect(6, 8, 4, 2, "gold_3" if on else "slate")
    if on:
        cv.px(7, 10, "gold_3")
        cv.px(8, 11, "gold_2")
    return cv


def registration_desk() -> Canvas:
    cv = Canvas(48, 32)
    shadow(cv, 2, 30, 46, 2, "silver")
    cv.rect(0, 8, 48, 23, "violet_0")
    cv.rect(1, 9, 46, 5, "white")
    cv.hline(1, 46, 13, "silver")
    cv.rect(1, 14, 46, 16, "violet_1")
    cv.hline(1, 46, 14, "violet_2")
    w = text_width_3x5("REGISTRATION")
    text_3x5(cv, 24 - w // 2, 19, "REGISTRATION", "white")
    cv.hline(1, 46, 29, "violet_0")
    # badges and a laptop on the counter
    for x in range(4, 16, 4):
        cv.rect(x, 9, 3, 4, "white")
        cv.px(x + 1, 10, "violet_2")
    cv.rect(30, 4, 10, 7, "slate")
    cv.rect(31, 5, 8, 5, "blue_2")
    cv.rect(29, 11, 12, 2, "grey")
    return cv


def stanchion() -> Canvas:
    cv = Canvas(TS, TS)
    cv.vline(2, 3, 13, "gold_1")
    cv.px(2, 2, "gold_3")
    cv.hline(1, 3, 14, "gold_0")
    cv.vline(13, 3, 13, "gold_1")
    cv.px(13, 2, "gold_3")
    cv.hline(12, 14, 14, "gold_0")
    for x in range(3, 13):
        cv.px(x, 4 + (1 if 5 <= x <= 10 else 0) + (1 if 7 <= x <= 8 else 0), "wine_2")
    return cv


def poster_stand(kind: int) -> Canvas:
    cv = Canvas(16, 32)
    shadow(cv, 3, 30, 10, 2, "silver")
    cv.line(4, 22, 2, 30, "slate")
    cv.line(11, 22, 13, 30, "slate")
    cv.rect(2, 2, 12, 21, "ink")
    if kind == 0:
        cv.rect(3, 3, 10, 19, "violet_1")
        cv.rect(3, 3, 10, 6, "violet_2")
        cv.stamp(5, 11, [".#.#.", "#####", "#####", ".###.", ".#.#."], {"#": "white"})
        cv.hline(4, 11, 18, "violet_3")
        cv.hline(4, 9, 20, "violet_3")
    else:
        cv.rect(3, 3, 10, 19, "teal_1")
        cv.rect(3, 14, 10, 8, "orange_1")
        cv.ellipse(8, 9, 3, 3, "gold_2")
        cv.hline(4, 11, 17, "white")
        cv.hline(4, 8, 19, "white")
    return cv


def road_case() -> Canvas:
    cv = Canvas(16, 32)
    shadow(cv, 2, 30, 14, 2, "steel")
    block(cv, 1, 8, 14, 4, 16, ("slate", "navy", "night"), ("night", "ink"), "ink")
    for y in (14, 20, 26):
        cv.hline(2, 13, y, "grey")
    cv.rect(2, 8, 2, 2, "silver")
    cv.rect(12, 8, 2, 2, "silver")
    cv.rect(6, 16, 4, 2, "silver")
    cv.rect(4, 4, 8, 5, "white")  # paper taped on top
    cv.hline(5, 10, 6, "wine_2")
    return cv


def cable_coil() -> Canvas:
    cv = Canvas(TS, TS)
    cv.ellipse(8, 9, 6, 4, "ink")
    cv.ellipse(8, 9, 4.5, 2.8, "night")
    cv.ellipse(8, 9, 2.5, 1.5, "ink")
    cv.line(12, 11, 15, 13, "ink")
    cv.px(5, 7, "slate")
    return cv


def vanity() -> Canvas:
    """Backstage make-up table with a bulb-lit mirror; 32x32."""
    cv = Canvas(32, 32)
    shadow(cv, 2, 30, 30, 2, "steel")
    cv.rect(3, 0, 26, 15, "night")
    cv.rect(5, 2, 22, 11, "blue_3")
    cv.line(8, 11, 15, 3, "white")
    cv.line(11, 11, 17, 5, "mist")
    for x in range(4, 29, 4):
        cv.px(x, 1, "gold_3")
        cv.px(x, 14, "gold_3")
    block(cv, 0, 15, 32, 5, 9, ("umber_5", "umber_4", "umber_3"), ("umber_3", "umber_2"),
          "umber_0")
    cv.rect(6, 16, 3, 3, "pink_2")
    cv.rect(12, 17, 5, 2, "white")
    cv.rect(22, 16, 2, 3, "teal_3")
    return cv


def clothes_rack() -> Canvas:
    cv = Canvas(32, 32)
    shadow(cv, 2, 30, 30, 2, "steel")
    cv.hline(2, 29, 4, "silver")
    cv.vline(2, 4, 29, "grey")
    cv.vline(29, 4, 29, "grey")
    cols = [("night", "navy"), ("violet_1", "violet_2"), ("white", "mist"),
            ("wine_1", "wine_2"), ("night", "slate")]
    for i, (d, m) in enumerate(cols):
        x = 4 + i * 5
        cv.rect(x, 5, 5, 16 + (i % 2) * 3, d)
        cv.rect(x + 1, 6, 3, 14 + (i % 2) * 3, m)
    cv.hline(0, 6, 29, "slate")
    cv.hline(25, 31, 29, "slate")
    return cv


def lift_door() -> Canvas:
    """The lift to the top floor, over both wall faces: brushed steel doors in a dark frame,
    a violet floor display with an up arrow and a call button; 32x32."""
    cv = Canvas(32, 32)
    cv.rect(1, 0, 30, 32, "ink")
    cv.rect(2, 1, 28, 5, "night")
    cv.rect(12, 2, 8, 3, "violet_0")  # floor display
    cv.stamp(13, 2, [".#.", "###"], {"#": "violet_3"})
    cv.px(18, 3, "violet_3")
    cv.rect(3, 6, 26, 26, "slate")
    for x0 in (4, 16):  # the two door leaves
        cv.rect(x0, 7, 12, 25, "silver")
        cv.vline(x0, 7, 31, "mist")
        cv.vline(x0 + 11, 7, 31, "grey")
        cv.line(x0 + 2, 18, x0 + 7, 9, "white")
    cv.vline(15, 7, 31, "steel")
    cv.vline(16, 7, 31, "ink")
    cv.rect(29, 14, 2, 5, "night")  # call button
    cv.px(29, 16, "violet_3")
    return cv


def lift_floor() -> Canvas:
    """The steel threshold plate in front of the lift doors."""
    cv = Canvas(TS, TS, "grey")
    cv.hline(0, 15, 0, "slate")
    cv.hline(0, 15, 1, "silver")
    for y in range(3, 16, 3):
        for x in range((y // 3) % 2, 16, 2):
            cv.px(x, y, "steel")
    cv.hline(0, 15, 15, "steel")
    return cv


def build() -> Tileset:
    ts = Tileset("conference")
    ts.add("carpet", carpet(0))
    ts.add("carpet_b", carpet(1))
    ts.add("carpet_aisle", carpet_aisle())
    ts.add("marble", marble(0))
    ts.add("marble_b", marble(1))
    ts.add("stage_floor", stage_floor(0))
    ts.add("stage_floor_lit", stage_floor(1))
    ts.add("concrete", concrete(0))
    ts.add("concrete_tape", concrete(1))
    ts.add("wall_upper", wall_upper(), solid=True)
    ts.add("wall_lower", wall_lower(), solid=True)
    ts.add("sconce", sconce())
    ts.add("stage_edge", stage_edge(), solid=True)
    ts.add("stage_stairs", stage_stairs())
    ts.add("seat", seat(True), solid=True)
    ts.add("seat_front", seat(False), solid=True)
    ts.add("panel_chair", panel_chair())
    ts.add("mic_stand", mic_stand(), rects=[(5, 10, 7, 5)])
    ts.add("truss_light", truss_light(True), layer="above")
    ts.add("truss", truss_light(False), layer="above")
    ts.add("stanchion", stanchion(), rects=[(0, 4, 16, 11)])
    ts.add("cable_coil", cable_coil())
    ts.add_object("wall_banner_violet", wall_banner("violet"))
    ts.add_object("wall_banner_teal", wall_banner("teal"))
    ts.add_object("big_screen", big_screen(0))
    ts.add_object("panel_table", panel_table(), rects=[(0, 16, 80, 7)], above=1)
    ts.add_object("podium", podium(), rects=[(1, 16, 14, 14)], above=1)
    ts.add_object("booth_synthedent", booth("violet", "SYNTHEDENT"), rects=[(0, 16, 48, 31)],
                  above=1)
    ts.add_object("booth_teal", booth("teal", "ORAL TECH"), rects=[(0, 16, 48, 31)], above=1)
    ts.add_object("booth_orange", booth("orange", "FLEXSMILE"), rects=[(0, 16, 48, 31)],
                  above=1)
    ts.add_object("booth_blue", booth("blue", "NANOLAB"), rects=[(0, 16, 48, 31)], above=1)
    ts.add_object("press_backdrop", press_backdrop(), rects=[(0, 16, 48, 15)], above=1)
    ts.add_object("camera_tripod", camera_tripod(), rects=[(3, 20, 11, 11)], above=1)
    ts.add_object("softbox", softbox(), rects=[(4, 22, 9, 9)], above=1)
    ts.add_object("speaker", speaker(), rects=[(2, 16, 12, 14)], above=1)
    ts.add_object("curtain", curtain(), solid=True)
    ts.add_object("registration_desk", registration_desk(), rects=[(0, 16, 48, 7)], above=1)
    ts.add_object("poster_stand", poster_stand(0), rects=[(2, 20, 12, 11)], above=1)
    ts.add_object("poster_stand_b", poster_stand(1), rects=[(2, 20, 12, 11)], above=1)
    ts.add_object("road_case", road_case(), rects=[(1, 16, 14, 15)], above=1)
    ts.add_object("vanity", vanity(), rects=[(0, 16, 32, 15)], above=1)
    ts.add_object("clothes_rack", clothes_rack(), rects=[(0, 16, 32, 15)], above=1)
    # the big screen cycles through its slides
    for f in (1, 2):
        ts.add_object(f"big_screen_f{f}", big_screen(f))
    for t in list(ts.tiles):
        if t.name.startswith("big_screen_r"):
            suffix = t.name[len("big_screen"):]
            t.anim = [(t.name, 2500)] + [(f"big_screen_f{f}{suffix}", 2500) for f in (1, 2)]
    # appended after the first release (tile ids are positions: only append)
    ts.add_object("lift_door", lift_door())
    ts.add("lift_floor", lift_floor())
    return ts
