"""UI art: 9-slice panels, cursor, advance arrow, the title background, the logo and the
window icon."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from .canvas import Canvas, rng
from .draw import FONT_3X5
from .palette import COLOURS


def palette_swatches() -> Canvas:
    cols = 8
    rows = (len(COLOURS) + cols - 1) // cols
    cv = Canvas(cols * 16, rows * 16)
    for i in range(len(COLOURS)):
        x, y = (i % cols) * 16, (i // cols) * 16
        cv.rect(x, y, 16, 16, i)
    return cv


def panel() -> Canvas:
    """24x24 9-slice frame, 8 px corners: deep navy glass with a teal rim lit from the top left."""
    cv = Canvas(24, 24)
    cv.rect(0, 0, 24, 24, "ink")
    cv.rect(1, 1, 22, 22, "teal_2")
    cv.rect(2, 2, 20, 20, "teal_0")
    cv.rect(3, 3, 18, 18, "night")
    # lighter top-left rim, darker bottom-right
    cv.hline(2, 21, 1, "teal_4")
    cv.vline(1, 2, 21, "teal_3")
    cv.hline(2, 21, 22, "teal_1")
    cv.vline(22, 2, 21, "teal_1")
    cv.px(1, 1, "teal_5")
    cv.px(2, 1, "teal_5")
    cv.px(1, 2, "teal_5")
    # faint inner glass sheen in the top band (kept inside the corners so it tiles)
    cv.hline(3, 20, 3, "navy")
    for x in range(3, 21):
        if x % 2 == 0:
            cv.px(x, 4, "navy")
    # rounded outer corners
    for x, y in ((0, 0), (23, 0), (0, 23), (23, 23)):
        cv.px(x, y, None)
    # corner studs
    for x, y in ((3, 3), (20, 3), (3, 20), (20, 20)):
        cv.px(x, y, "teal_1")
    return cv


def nameplate() -> Canvas:
    """24x16 9-slice, 6 px corners: a teal tab for the speaker's name."""
    cv = Canvas(24, 16)
    cv.rect(0, 0, 24, 16, "ink")
    cv.rect(1, 1, 22, 14, "teal_1")
    cv.rect(2, 2, 20, 12, "teal_2")
    cv.hline(2, 21, 1, "teal_4")
    cv.vline(1, 2, 13, "teal_3")
    cv.hline(2, 21, 14, "teal_0")
    cv.vline(22, 2, 13, "teal_0")
    cv.hline(2, 21, 2, "teal_3")
    for x, y in ((0, 0), (23, 0), (0, 15), (23, 15)):
        cv.px(x, y, None)
    return cv


def cursor() -> Canvas:
    cv = Canvas(8, 8)
    cv.stamp(0, 0, [
        "oo......",
        "o4o.....",
        "o44o....",
        "o453o...",
        "o433o...",
        "o33o....",
        "o3o.....",
        "oo......",
    ], {"o": "ink", "4": "teal_4", "5": "teal_5", "3": "teal_3"})
    return cv


def advance() -> Canvas:
    """Two 8x8 frames side by side: a bobbing 'more text' triangle."""
    cv = Canvas(16, 8)
    tri = ["ooooooo", "o44443o", ".o443o.", "..o3o..", "...o..."]
    leg = {"o": "ink", "4": "teal_4", "3": "teal_2"}
    cv.stamp(0, 1, tri, leg)
    cv.stamp(8, 2, tri, leg)
    cv.px(1, 2, "teal_5")
    cv.px(9, 3, "teal_5")
    return cv


# --- title background ------------------------------------------------------------------------
SKY = ["night", "violet_0", "violet_1", "wine_1", "wine_2", "orange_0", "orange_1"]


def title_bg() -> Canvas:  # noqa: C901
    w, h = 480, 270
    cv = Canvas(w, h, "night")
    # dusk sky: bands with dithered seams
    horizon = 196
    band = horizon // len(SKY)
    for i, c in enumerate(SKY):
        y0 = i * band
        cv.rect(0, y0, w, band + 1, c)
        if i:
            for yy in range(y0 - 3, y0 + 3):
                for xx in range(w):
                    if (xx + yy) % 2 == 0 and yy < y0:
                        cv.px(xx, yy, c)
                    if (xx + yy) % 4 == 0 and yy >= y0:
                        cv.px(xx, yy, SKY[i - 1])
    cv.rect(0, band * len(SKY), w, horizon - band * len(SKY) + 1, SKY[-1])
    r = rng("stars")
    for _ in range(70):
        x, y = r.randrange(w), r.randrange(0, 60)
        cv.px(x, y, r.choice(["violet_3", "white", "mist"]))
    # the sun sinking at the horizon
    cv.ellipse(96, horizon - 4, 26, 26, "orange_2")
    cv.ellipse(96, horizon - 4, 20, 20, "gold_3")
    for yy in range(horizon - 30, horizon):
        if yy % 4 == 0:
            cv.hline(60, 132, yy, None if False else "orange_1")
    # far skyline
    r = rng("skyline")
    x = 0
    while x < w:
        bw = r.randrange(14, 34)
        bh = r.randrange(30, 80)
        cv.rect(x, horizon - bh, bw, bh + 80, "violet_1")
        if r.random() < 0.3:
            cv.vline(x + bw // 2, horizon - bh - 10, horizon - bh, "violet_1")
            cv.px(x + bw // 2, horizon - bh - 11, "wine_4")
        x += bw + r.randrange(0, 4)
    # near skyline with lit windows
    x = -6
    while x < w:
        bw = r.randrange(24, 52)
        bh = r.randrange(50, 110)
        top = horizon + 20 - bh
        cv.rect(x, top, bw, h - top, "violet_0")
        cv.vline(x, top, h, "night")
        cv.hline(x, x + bw - 1, top, "violet_1")
        for wy in range(top + 5, h - 40, 6):
            for wx in range(x + 3, x + bw - 3, 5):
                roll = r.random()
                if 150 <= wx <= 330 and wy > 165:
                    roll = 0.2 + roll  # keep the menu area calmer
                if roll < 0.18:
                    cv.rect(wx, wy, 2, 3, "gold_3" if roll < 0.1 else "teal_4")
                elif roll < 0.5:
                    cv.rect(wx, wy, 2, 3, "night")
        x += bw
    # the clinic tower, left of centre, with its teal sign
    cv.rect(40, 110, 56, 160, "night")
    cv.rect(42, 112, 52, 158, "navy")
    for wy in range(120, 230, 8):
        for wx in range(46, 90, 8):
            cv.rect(wx, wy, 5, 4, "teal_1" if (wx + wy) % 3 else "teal_3")
    cv.rect(48, 100, 40, 10, "teal_1")
    cv.rect(49, 101, 38, 8, "teal_3")
    cv.stamp(52, 102, [".##.##.", "#######", ".#####.", "..#.#.."], {"#": "white"})
    cv.hline(62, 84, 104, "teal_5")
    cv.hline(62, 78, 106, "teal_5")
    # a giant holographic tooth over the skyline (right), with scan lines and nanobots
    tx, ty = 390, 112
    tooth = [
        "....######......######....",
        "..##########..##########..",
        ".########################.",
        "##########################",
        "##########################",
        "##########################",
        ".########################.",
        ".########################.",
        "..######################..",
        "..######################..",
        "...####################...",
        "...####################...",
        "...########....########...",
        "...#######......#######...",
        "....######......######....",
        "....#####........#####....",
        "....#####........#####....",
        ".....####........####.....",
        ".....###..........###.....",
        "......##..........##......",
    ]
    scale = 3
    big = Canvas(len(tooth[0]) * scale, len(tooth) * scale)
    for j, row in enumerate(tooth):
        for i, ch in enumerate(row):
            if ch == "#":
                big.rect(i * scale, j * scale, scale, scale, "teal_2")
    # rim and shading
    big.outline("teal_4")
    for yy in range(0, big.h, 4):
        for xx in range(big.w):
            if big.get(xx, yy) == big.a[12, 39]:
                big.px(xx, yy, "teal_3")
    for yy in range(2, 40):
        for xx in range(2, 40):
            outer = ((xx - 20) / 15) ** 2 + ((yy - 18) / 14) ** 2 < 1
            inner = ((xx - 24) / 14) ** 2 + ((yy - 22) / 13) ** 2 < 1
            inside = outer and not inner  # a crescent of sheen on the upper left
            if inside and big.get(xx, yy) != -1 and (xx + yy) % 2 == 0:
                big.px(xx, yy, "teal_4")
    glow = Canvas(big.w + 8, big.h + 8)  # a dark teal halo around the rim
    glow.blit(big, 4, 4)
    glow.outline("teal_1", diagonal=True)
    cv.blit(glow, tx - big.w // 2 - 4, ty - big.h // 2 - 4)
    # projector beam from a rooftop
    for yy in range(ty + big.h // 2, 222):
        spread = (222 - yy) // 3
        for xx in range(tx - spread, tx + spread + 1):
            if (xx + yy) % 3 == 0:
                cv.px(xx, yy, "teal_3")
    cv.rect(tx - 8, 222, 16, 6, "night")
    cv.hline(tx - 6, tx + 5, 222, "teal_4")
    # nanobots orbiting: bright points with short trails
    r = rng("bots")
    for _ in range(36):
        bx = tx + r.randrange(-70, 70)
        by = ty + r.randrange(-60, 60)
        if abs(bx - tx) < 40 and abs(by - ty) < 24:
            continue
        cv.px(bx, by, "teal_5")
        cv.px(bx - 1, by, "teal_3")
        cv.px(bx - 2, by, "teal_1")
    # street level: a calm, dark band for the menu
    cv.rect(0, 228, w, 42, "night")
    cv.hline(0, w - 1, 228, "violet_1")
    for xx in range(0, w, 24):
        cv.rect(xx, 246, 12, 2, "navy")
    for xx in (20, 150, 330, 460):
        cv.vline(xx, 196, 228, "slate")
        cv.rect(xx - 4, 194, 9, 2, "teal_4")
    return cv


# --- logo ---------------------------------------------------------------------------------
BIG_FONT: dict[str, list[str]] = {
    "E": ["#####", "#....", "#....", "####.", "#....", "#....", "#####"],
    "N": ["#...#", "##..#", "##..#", "#.#.#", "#..##", "#..##", "#...#"],
    "A": [".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"],
    "M": ["#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#"],
    "L": ["#....", "#....", "#....", "#....", "#....", "#....", "#####"],
}


def logo() -> Canvas:  # noqa: C901
    w, h = 240, 60
    cv = Canvas(w, h)
    word = "ENAMEL"
    s = 5  # pixels per font cell
    gw = 5 * s
    gap = s + 1
    total = len(word) * gw + (len(word) - 1) * gap
    x0 = (w - total) // 2
    y0 = 2
    letters = Canvas(w, h)
    for i, ch in enumerate(word):
        g = BIG_FONT[ch]
        lx = x0 + i * (gw + gap)
        for j, row in enumerate(g):
            for k, v in enumerate(row):
                if v != "#":
                    continue
                px, py = lx + k * s, y0 + j * s
                letters.rect(px, py, s, s, "mist")
                # bevel: light on the top/left of each cell run, shade on bottom/right
                up = j > 0 and g[j - 1][k] == "#"
                left = k > 0 and row[k - 1] == "#"
                down = j < len(g) - 1 and g[j + 1][k] == "#"
                right = k < len(row) - 1 and row[k + 1] == "#"
                if not up:
                    letters.hline(px, px + s - 1, py, "white")
                if not left:
                    letters.vline(px, py, py + s - 1, "white")
                if not down:
                    letters.hline(px, px + s - 1, py + s - 1, "silver")
                if not right:
                    letters.vline(px + s - 1, py, py + s - 1, "silver")
    # enamel sheen: a diagonal glint across the letters
    for yy in range(h):
        for xx in range(w):
            d = (xx - yy * 2) % 70
            if d < 3 and letters.get(xx, yy) == letters.a[y0 + 2, x0 + 2]:
                letters.px(xx, yy, "white")
    # teal drop shadow, then the dark outline
    shadow = Canvas(w, h)
    shadow.blit(letters.remap({"mist": "teal_2", "white": "teal_2", "silver": "teal_2"}), 2, 3)
    shadow.blit(letters, 0, 0)
    shadow.outline("ink")
    cv.blit(shadow, 0, 0)
    # "2045" underneath, glowing teal, flanked by rules
    digits = "2045"
    ds = 2
    dw = sum((len(FONT_3X5[c][0]) * ds + ds * 2) for c in digits) - ds * 2
    dx = (w - dw) // 2
    dy = 46
    sub = Canvas(w, h)
    for c in digits:
        g = FONT_3X5[c]
        for j, row in enumerate(g):
            for k, v in enumerate(row):
                if v == "#":
                    sub.rect(dx + k * ds, dy + j * ds, ds, ds, "teal_4")
        dx += len(g[0]) * ds + ds * 2
    sub.outline("teal_1")
    cv.blit(sub, 0, 0)
    mid = dy + 5
    left_end = (w - dw) // 2 - 8
    right_start = (w + dw) // 2 + 8
    cv.hline(x0 + 4, left_end, mid, "teal_3")
    cv.hline(right_start, x0 + total - 4, mid, "teal_3")
    cv.px(left_end + 2, mid, "teal_5")
    cv.px(right_start - 2, mid, "teal_5")
    return cv


# --- window icon ----------------------------------------------------------------------------
def _tooth_mask(n: int) -> np.ndarray:
    """A molar in an n x n square (n = 32), 26 px wide on the left: two cusps, a full
    crown and two roots that lean apart."""
    ys, xs = np.mgrid[0:n, 0:n] + 0.5
    cx = 13.5  # the tooth's middle
    cusps = (((xs - (cx - 5.5)) / 7) ** 2 + ((ys - 9.5) / 7) ** 2 <= 1) | \
            (((xs - (cx + 5.5)) / 7) ** 2 + ((ys - 9.5) / 7) ** 2 <= 1)
    crown = (((xs - cx) / 12.5) ** 2 + ((ys - 13.5) / 8) ** 2 <= 1) & (ys >= 9)
    dip = ((xs - cx) / 2.2) ** 2 + ((ys - 2.5) / 2.5) ** 2 <= 1  # the notch between cusps
    roots = np.zeros((n, n), dtype=bool)
    for centre, lean in ((cx - 6.5, -1), (cx + 6.5, 1)):
        # each root tapers from 9 px wide under the crown to 4 px at its rounded tip
        depth = np.clip((ys - 18) / 10, 0, 1)
        middle = centre + lean * 1.5 * depth
        half = 4.5 - 2.5 * depth
        roots |= (ys >= 18) & (ys < 28.5) & (np.abs(xs - middle) <= half)
        roots |= ((xs - (centre + lean * 1.5)) / 2.1) ** 2 + ((ys - 28.5) / 1.6) ** 2 <= 1
    arch = ((xs - cx) / 4) ** 2 + ((ys - 27) / 7) ** 2 <= 1  # the gap between the roots
    return (cusps | crown | roots) & ~dip & ~(arch & (ys > 20))


def _bot() -> Canvas:
    """A tiny nanobot, 14x13 with its outline: a round teal shell lit from the top left,
    a dark visor with two bright eyes, an antenna with a gold tip, and two feet."""
    bot = Canvas(14, 13)
    bot.stamp(1, 0, [
        ".....g......",
        ".....s......",
        "...44443....",
        "..4554443...",
        ".455444433..",
        ".4vvvvvvv3..",
        ".4v55vv55v3.",
        ".4vvvvvvv32.",
        ".43333333 2.",
        "..3333322...",
        "..s.....s...",
    ], {"g": "gold_2", "s": "steel", "4": "teal_4", "5": "teal_5", "3": "teal_3",
        "2": "teal_2", "v": "night"})
    bot.outline("ink")
    return bot


def icon() -> Canvas:
    """32x32 window icon: a white molar lit from the top left, and a nanobot at work on
    its lower right. Bold shapes and an ink outline, so it still reads at 16x16."""
    n = 32
    tooth = Canvas(n, n)
    mask = _tooth_mask(n)
    tooth.fill_mask(mask, "white")

    def inside_at(dx: int, dy: int) -> np.ndarray:
        """Whether the pixel (dx, dy) away is tooth too (outside the square: no)."""
        out = np.zeros_like(mask)
        out[max(-dy, 0):n - max(dy, 0), max(-dx, 0):n - max(dx, 0)] = \
            mask[max(dy, 0):n - max(-dy, 0), max(dx, 0):n - max(-dx, 0)]
        return out

    # shade the sides turned away from the light: mist, silver right at the edge
    tooth.fill_mask(mask & ~inside_at(3, 2), "mist")
    tooth.fill_mask(mask & ~inside_at(1, 1), "silver")
    tooth.stamp(4, 5, ["..##", ".#..", "#...", "#..."], {"#": "teal_5"})  # enamel glint
    tooth.outline("ink")
    bot = _bot()
    tooth.blit(bot, n - bot.w, n - bot.h - 1)
    tooth.pxs([(17, 19), (18, 21)], "teal_4")  # repair sparks
    tooth.px(16, 17, "teal_5")
    return tooth


def write_all(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    panel().save(out / "panel.png")
    nameplate().save(out / "nameplate.png")
    cursor().save(out / "cursor.png")
    advance().save(out / "advance.png")
    title_bg().save(out / "title_bg.png")
    logo().save(out / "logo.png")
    icon().save(out / "icon.png")
    meta = {
        "panel": {"file": "panel.png", "size": [24, 24], "corner": 8,
                  "slice": {"left": 8, "top": 8, "right": 8, "bottom": 8}},
        "nameplate": {"file": "nameplate.png", "size": [24, 16], "corner": 6,
                      "slice": {"left": 6, "top": 6, "right": 6, "bottom": 6}},
        "cursor": {"file": "cursor.png", "size": [8, 8], "hotspot": [7, 4]},
        "advance": {"file": "advance.png", "size": [16, 8], "frames": 2, "frame_size": [8, 8],
                    "frame_ms": 400},
        "title_bg": {"file": "title_bg.png", "size": [480, 270],
                     "logo_area": [120, 40, 240, 70], "menu_area": [160, 170, 160, 90]},
        "logo": {"file": "logo.png", "size": [240, 60]},
        "icon": {"file": "icon.png", "size": [32, 32]},
        "text_colours": {"body": "#f4f8fa", "dim": "#8592ab", "accent": "#7ee2cf",
                         "name": "#f4f8fa", "warning": "#ee8270"},
    }
    (out / "ui.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
