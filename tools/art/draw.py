"""Drawing helpers shared by tiles, characters, portraits and UI: ramps and 3/4-view shapes."""

from __future__ import annotations

from .canvas import Canvas, Colour

# Ramps, dark -> light.
WOOD = ("umber_0", "umber_1", "umber_2", "umber_3", "umber_4", "umber_5")
LIGHTWOOD = ("umber_2", "umber_3", "umber_4", "umber_5", "umber_6", "umber_7")
WHITE = ("slate", "steel", "grey", "silver", "mist", "white")
COOL = ("ink", "night", "navy", "slate", "steel", "grey")
TEAL = ("teal_0", "teal_1", "teal_2", "teal_3", "teal_4", "teal_5")
WINE = ("wine_0", "wine_1", "wine_2", "wine_3", "wine_4")
GREEN = ("leaf_0", "leaf_1", "leaf_2", "leaf_3", "leaf_4")
GOLD = ("gold_0", "gold_1", "gold_2", "gold_3")
VIOLET = ("violet_0", "violet_1", "violet_2", "violet_3")
PINK = ("pink_0", "pink_1", "pink_2", "pink_3")
BLUE = ("blue_0", "blue_1", "blue_2", "blue_3")
ORANGE = ("orange_0", "orange_1", "orange_2")

# darker neighbour of each colour, used for selective outlines and shadows
DARKER: dict[str, str] = {}
for _ramp in ((*WOOD, "umber_6", "umber_7"), WHITE, COOL, TEAL, WINE, GREEN, GOLD, VIOLET, PINK,
              BLUE, ORANGE):
    for _i in range(1, len(_ramp)):
        DARKER.setdefault(_ramp[_i], _ramp[_i - 1])
DARKER.update({"umber_6": "umber_5", "umber_7": "umber_6", "sand": "umber_4", "white": "mist",
               "ink": "ink", "teal_0": "ink", "umber_0": "ink", "wine_0": "ink", "leaf_0": "ink",
               "gold_0": "umber_0", "violet_0": "ink", "pink_0": "wine_0", "blue_0": "night",
               "orange_0": "umber_1", "slate": "navy"})


def darker(c: str, n: int = 1) -> str:
    for _ in range(n):
        c = DARKER.get(c, "ink")
    return c


def block(cv: Canvas, x: int, y: int, w: int, top_h: int, front_h: int,
          top: tuple[str, str, str], front: tuple[str, str], line: Colour,
          rim: bool = True) -> None:
    """A box seen in 3/4 view: a top face of top_h rows over a front face of front_h rows.

    top = (highlight, base, shade), front = (base, shade), line = outline colour.
    The box occupies w x (top_h + front_h + 2) pixels including its outline.
    """
    h = top_h + front_h + 2
    cv.rect(x, y, w, h, line)
    cv.rect(x + 1, y + 1, w - 2, top_h, top[1])
    cv.hline(x + 1, x + w - 2, y + 1, top[0])
    cv.vline(x + 1, y + 1, y + top_h, top[0])
    cv.vline(x + w - 2, y + 2, y + top_h, top[2])
    fy = y + 1 + top_h
    cv.rect(x + 1, fy, w - 2, front_h, front[0])
    if rim:
        cv.hline(x + 1, x + w - 2, fy, top[2])
    cv.hline(x + 1, x + w - 2, fy + front_h - 1, front[1])
    cv.vline(x + w - 2, fy, fy + front_h - 1, front[1])


def shadow(cv: Canvas, x: int, y: int, w: int, h: int, c: Colour = "silver") -> None:
    """A flat contact shadow under an object, drawn only where the canvas is still empty.

    Overlay tiles cannot know the floor under them, so each theme passes a tone that
    reads as a shadow on its own floors (silver on clinic white, umber on wood...).
    """
    for yy in range(y, y + h):
        for xx in range(x + (yy - y), x + w):
            if cv.inside(xx, yy) and cv.get(xx, yy) == -1:
                cv.px(xx, yy, c)


def plant(cv: Canvas, x: int, y: int, big: bool = True, pot: tuple[str, str, str] = (
        "slate", "mist", "white"), seed: int = 0) -> None:
    """A potted plant whose pot stands at (x, y) = top-left of a 16-wide cell.

    The leaves rise about 18 px above the pot when big.
    """
    # pot (in the bottom tile)
    px0 = x + 4
    py0 = y
    cv.rect(px0, py0, 8, 8, pot[0])
    cv.rect(px0 + 1, py0 + 1, 6, 6, pot[1])
    cv.vline(px0 + 1, py0 + 1, py0 + 6, pot[2])
    cv.vline(px0 + 6, py0 + 2, py0 + 6, darker(pot[1]))
    cv.hline(px0 + 1, px0 + 6, py0 + 1, pot[2])
    cv.hline(px0 - 1, px0 + 8, py0, pot[0])
    cv.hline(px0, px0 + 7, py0 + 8, pot[0])
    cv.hline(px0, px0 + 7, py0 - 1, pot[0])
    cv.rect(px0, py0 - 1, 8, 1, "umber_1")  # soil
    # leaves
    leaves = [
        (0, -4, 5, 4), (-4, -8, 5, 4), (4, -9, 5, 4), (0, -13, 4, 4), (-3, -15, 3, 3),
        (3, -17, 3, 3), (-5, -3, 3, 2), (5, -4, 3, 2),
    ] if big else [(0, -3, 5, 3), (-3, -5, 3, 2), (3, -6, 3, 2), (0, -8, 3, 2)]
    cx = x + 8
    for dx, dy, rx, ry in leaves:
        cv.ellipse(cx + dx + 0.5, y + dy, rx + 1, ry + 1, "leaf_0")
    for dx, dy, rx, ry in leaves:
        cv.ellipse(cx + dx + 0.5, y + dy, rx, ry, "leaf_2")
    for dx, dy, rx, ry in leaves:
        cv.ellipse(cx + dx - 0.5, y + dy - 1, max(rx - 2, 1), max(ry - 2, 1), "leaf_3")
    for dx, dy, _rx, _ry in leaves[:5]:
        cv.px(cx + dx - 2, y + dy - 2, "leaf_4")
    for dx, dy, _rx, ry in leaves:
        cv.px(cx + dx + 2, y + dy + ry - 1, "leaf_1")
    cv.vline(cx, y - 3, y - 1, "leaf_1")


def text_3x5(cv: Canvas, x: int, y: int, s: str, c: Colour) -> int:
    """Draw tiny 3x5 capitals/digits; returns the x after the text."""
    for ch in s.upper():
        g = FONT_3X5.get(ch)
        if g is None:
            x += 2
            continue
        for j, row in enumerate(g):
            for i, v in enumerate(row):
                if v == "#":
                    cv.px(x + i, y + j, c)
        x += len(g[0]) + 1
    return x


def text_width_3x5(s: str) -> int:
    return sum((len(FONT_3X5[ch][0]) + 1) if ch in FONT_3X5 else 2 for ch in s.upper()) - 1


FONT_3X5: dict[str, list[str]] = {
    "A": ["###", "#.#", "###", "#.#", "#.#"], "B": ["##.", "#.#", "##.", "#.#", "##."],
    "C": ["###", "#..", "#..", "#..", "###"], "D": ["##.", "#.#", "#.#", "#.#", "##."],
    "E": ["###", "#..", "##.", "#..", "###"], "F": ["###", "#..", "##.", "#..", "#.."],
    "G": ["###", "#..", "#.#", "#.#", "###"], "H": ["#.#", "#.#", "###", "#.#", "#.#"],
    "I": ["###", ".#.", ".#.", ".#.", "###"], "J": ["..#", "..#", "..#", "#.#", "###"],
    "K": ["#.#", "#.#", "##.", "#.#", "#.#"], "L": ["#..", "#..", "#..", "#..", "###"],
    "M": ["#...#", "##.##", "#.#.#", "#...#", "#...#"],
    "N": ["#..#", "##.#", "#.##", "#..#", "#..#"],
    "O": ["###", "#.#", "#.#", "#.#", "###"], "P": ["###", "#.#", "###", "#..", "#.."],
    "Q": ["###", "#.#", "#.#", "###", "..#"], "R": ["###", "#.#", "##.", "#.#", "#.#"],
    "S": ["###", "#..", "###", "..#", "###"], "T": ["###", ".#.", ".#.", ".#.", ".#."],
    "U": ["#.#", "#.#", "#.#", "#.#", "###"], "V": ["#.#", "#.#", "#.#", "#.#", ".#."],
    "W": ["#...#", "#...#", "#.#.#", "##.##", "#...#"], "X": ["#.#", "#.#", ".#.", "#.#", "#.#"],
    "Y": ["#.#", "#.#", ".#.", ".#.", ".#."], "Z": ["###", "..#", ".#.", "#..", "###"],
    "0": ["###", "#.#", "#.#", "#.#", "###"], "1": [".#", "##", ".#", ".#", ".#"],
    "2": ["###", "..#", "###", "#..", "###"], "3": ["###", "..#", ".##", "..#", "###"],
    "4": ["#.#", "#.#", "###", "..#", "..#"], "5": ["###", "#..", "###", "..#", "###"],
    "6": ["###", "#..", "###", "#.#", "###"], "7": ["###", "..#", ".#.", ".#.", ".#."],
    "8": ["###", "#.#", "###", "#.#", "###"], "9": ["###", "#.#", "###", "..#", "###"],
    ".": ["#"] * 0 + [".", ".", ".", ".", "#"], "-": ["...", "...", "###", "...", "..."],
    "+": ["...", ".#.", "###", ".#.", "..."], "!": ["#", "#", "#", ".", "#"],
    "%": ["#.#", "..#", ".#.", "#..", "#.#"], ":": [".", "#", ".", "#", "."],
}


def capsule(cv: Canvas, x0: float, y0: float, x1: float, y1: float, r: float,
            c: Colour) -> None:
    """A thick rounded stroke: discs of radius r stamped along a segment."""
    n = max(int(max(abs(x1 - x0), abs(y1 - y0)) * 2), 1)
    for i in range(n + 1):
        t = i / n
        cv.ellipse(x0 + (x1 - x0) * t + 0.5, y0 + (y1 - y0) * t + 0.5, r, r, c)


def profile_chair(cv: Canvas, ox: int, oy: int, shell: tuple[str, str, str],
                  cushion: tuple[str, str, str], line: str, metal: tuple[str, str, str],
                  modern: bool) -> None:
    """A dental chair in profile (head to the left), reclined, seen slightly from above.

    Drawn into a 48x32 area whose top-left is (ox, oy); the lamp and tray are separate.
    """
    body = Canvas(48, 32)
    head = (5, 9)
    hip = (17, 17)
    knee = (32, 17)
    foot = (42, 24)
    # pedestal and base plate
    body.rect(21, 19, 8, 9, metal[0])
    body.rect(22, 19, 6, 8, metal[1])
    body.vline(22, 19, 26, metal[2])
    body.rect(15, 27, 20, 3, metal[0])
    body.hline(16, 33, 27, metal[2])
    body.hline(16, 33, 28, metal[1])
    # shell underside (darker), then the upholstered top surface
    for a, b, r in ((head, hip, 3.6), (hip, knee, 3.6), (knee, foot, 3.0)):
        capsule(body, a[0], a[1] + 1, b[0], b[1] + 1, r, shell[0])
    for a, b, r in ((head, hip, 3.2), (hip, knee, 3.2), (knee, foot, 2.6)):
        capsule(body, a[0], a[1], b[0], b[1], r, shell[1])
    for a, b, r in ((head, hip, 2.0), (hip, knee, 2.0), (knee, foot, 1.6)):
        capsule(body, a[0], a[1] - 1, b[0], b[1] - 1, r, cushion[1])
    for a, b in ((head, hip), (hip, knee), (knee, foot)):
        body.line(a[0], a[1] - 2, b[0], b[1] - 2, cushion[2])
    # headrest pad
    body.ellipse(head[0] + 0.5, head[1] - 1.5, 3.2, 2.6, cushion[0])
    body.ellipse(head[0] + 0.5, head[1] - 2, 2.4, 1.8, cushion[1])
    body.px(head[0] - 1, head[1] - 3, cushion[2])
    # armrest
    body.rect(18, 11, 10, 2, shell[2])
    body.hline(18, 27, 13, shell[0])
    body.vline(26, 13, 15, shell[0])
    # footplate
    body.rect(foot[0] - 1, foot[1] + 2, 5, 2, metal[0])
    body.hline(foot[0] - 1, foot[0] + 3, foot[1] + 2, metal[2])
    if modern:
        body.hline(hip[0] - 2, knee[0] + 2, hip[1] + 3, "teal_4")  # glow strip
    body.outline(line)
    cv.blit(body, ox, oy)
