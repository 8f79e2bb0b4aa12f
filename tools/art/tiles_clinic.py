"""The clinic of 2045: clean whites and teals, glowing panels, VR pods, holograms, a lab."""

from __future__ import annotations

from .canvas import Canvas, rng
from .draw import block, profile_chair, shadow
from .tileset import TS, Tileset


# --- floors ----------------------------------------------------------------
def floor_white(variant: int) -> Canvas:
    cv = Canvas(TS, TS, "mist")
    cv.hline(0, 15, 15, "silver")
    cv.vline(15, 0, 15, "silver")
    cv.hline(0, 14, 0, "white")
    cv.vline(0, 0, 14, "white")
    if variant == 1:  # soft reflection
        for i in range(4):
            cv.px(4 + i, 9 - i, "white")
            cv.px(6 + i, 10 - i, "white")
    if variant == 2:
        cv.px(10, 5, "silver")
        cv.px(4, 11, "silver")
    return cv


def floor_accent() -> Canvas:
    cv = Canvas(TS, TS, "teal_4")
    cv.hline(0, 15, 15, "teal_3")
    cv.vline(15, 0, 15, "teal_3")
    cv.hline(0, 14, 0, "teal_5")
    cv.vline(0, 0, 14, "teal_5")
    return cv


def floor_wait(variant: int) -> Canvas:
    cv = Canvas(TS, TS, "teal_5")
    r = rng(f"wait{variant}")
    for _ in range(4):
        cv.px(r.randrange(16), r.randrange(16), "teal_4")
    for _ in range(2):
        cv.px(r.randrange(16), r.randrange(16), "white")
    return cv


def floor_lab(variant: int) -> Canvas:
    cv = Canvas(TS, TS, "silver")
    cv.box(0, 0, 16, 16, "grey")
    cv.hline(1, 14, 1, "mist")
    cv.vline(1, 1, 14, "mist")
    for x, y in ((3, 3), (12, 12)):
        cv.px(x, y, "grey")
    if variant == 1:
        cv.rect(6, 7, 4, 2, "steel")
        cv.hline(7, 8, 7, "teal_3")
    return cv


# --- walls -----------------------------------------------------------------
def wall_upper(lab: bool = False) -> Canvas:
    base, seam, hi = ("silver", "grey", "mist") if lab else ("white", "mist", "white")
    cv = Canvas(TS, TS, base)
    cv.hline(0, 15, 0, "grey")
    cv.hline(0, 15, 1, "silver" if not lab else "steel")
    cv.hline(0, 15, 3, "teal_2")
    cv.hline(0, 15, 4, "teal_4")
    cv.hline(0, 15, 5, "teal_5")
    cv.hline(0, 15, 6, "teal_3" if lab else "mist")
    cv.vline(15, 7, 15, seam)
    cv.vline(0, 7, 15, hi)
    return cv


def wall_lower(lab: bool = False) -> Canvas:
    base, seam, hi = ("silver", "grey", "mist") if lab else ("white", "mist", "white")
    cv = Canvas(TS, TS, base)
    cv.vline(15, 0, 10, seam)
    cv.vline(0, 0, 10, hi)
    cv.hline(0, 15, 4, seam)
    cv.hline(0, 15, 11, "teal_3")
    cv.rect(0, 12, 16, 3, "teal_1")
    cv.hline(0, 15, 12, "teal_2")
    cv.hline(0, 15, 15, "teal_0")
    return cv


# --- furniture -------------------------------------------------------------
def reception_desk() -> Canvas:
    cv = Canvas(64, 32)
    shadow(cv, 2, 30, 62, 2)
    # counter top (row 0 lower half) and front (row 1)
    cv.rect(0, 8, 64, 23, "slate")
    cv.rect(1, 9, 62, 6, "white")
    cv.hline(1, 62, 9, "white")
    cv.hline(1, 62, 14, "silver")
    cv.rect(1, 15, 62, 15, "mist")
    cv.hline(1, 62, 15, "white")
    cv.rect(1, 21, 62, 2, "teal_3")
    cv.hline(1, 62, 21, "teal_4")
    cv.hline(1, 62, 23, "teal_2")
    cv.hline(1, 62, 29, "silver")
    cv.vline(62, 15, 29, "silver")
    # holo monitor on the counter
    cv.rect(8, 1, 14, 9, "teal_1")
    cv.rect(9, 2, 12, 7, "teal_3")
    cv.hline(10, 19, 4, "teal_5")
    cv.hline(10, 16, 6, "teal_4")
    cv.vline(15, 10, 11, "slate")
    # tooth logo on the front
    cv.rect(44, 17, 7, 3, "teal_2")
    cv.stamp(45, 16, ["#####", "#####", ".#.#."], {"#": "teal_4"})
    # small plant & tablet on the counter
    cv.rect(40, 10, 8, 3, "night")
    cv.hline(41, 46, 11, "blue_2")
    cv.ellipse(56, 9, 3.5, 3, "leaf_2")
    cv.px(55, 8, "leaf_4")
    cv.rect(55, 11, 3, 3, "mist")
    return cv


def sofa(colour: tuple[str, str, str, str] = ("teal_0", "teal_1", "teal_2", "teal_3")) -> Canvas:
    """A 3-seat modern sofa facing down (toward the viewer); 48x32, backrest in row 0."""
    o, d, m, lt = colour
    cv = Canvas(48, 32)
    shadow(cv, 2, 30, 46, 2)
    cv.rect(1, 8, 46, 22, o)
    cv.rect(2, 9, 44, 8, m)  # backrest
    cv.hline(2, 45, 9, lt)
    for x in (16, 31):
        cv.vline(x, 11, 16, d)
    cv.rect(2, 17, 44, 8, lt)  # seat cushions
    cv.hline(2, 45, 17, "teal_4" if o.startswith("teal") else lt)
    for x in (16, 31):
        cv.vline(x, 17, 24, m)
    cv.rect(2, 25, 44, 4, d)  # front
    cv.hline(2, 45, 28, o)
    # arms
    for ax in (1, 43):
        cv.rect(ax, 12, 4, 17, o)
        cv.rect(ax + 1, 13, 2, 15, m)
        cv.vline(ax + 1, 13, 27, lt)
    return cv


def armchair() -> Canvas:
    cv = Canvas(16, 32)
    shadow(cv, 2, 30, 14, 2)
    cv.rect(1, 9, 14, 21, "teal_0")
    cv.rect(2, 10, 12, 7, "teal_2")
    cv.hline(2, 13, 10, "teal_3")
    cv.rect(2, 17, 12, 8, "teal_3")
    cv.hline(2, 13, 17, "teal_4")
    cv.rect(2, 25, 12, 4, "teal_1")
    for ax in (1, 12):
        cv.rect(ax, 13, 3, 16, "teal_0")
        cv.vline(ax + 1, 14, 27, "teal_2")
    return cv


def coffee_table(frame: int = 0) -> Canvas:
    cv = Canvas(32, 32)
    shadow(cv, 3, 29, 28, 2)
    block(cv, 1, 18, 30, 7, 3, ("white", "teal_5", "teal_4"), ("silver", "grey"), "slate")
    cv.px(4, 20, "white")
    cv.px(5, 21, "white")
    # hologram of a tooth floating over the table
    glow = ["teal_3", "teal_4", "teal_5"][frame % 3]
    cy = 8 + (1 if frame == 1 else 0)
    tooth = [
        ".######.",
        "########",
        "########",
        ".######.",
        ".###.##.",
        ".##...#.",
        "..#...#.",
    ]
    cv.stamp(12, cy, tooth, {"#": "teal_3"})
    cv.stamp(12, cy, [".##.....", "##......", "#......."], {"#": glow})
    for y in range(cy + 8, 21, 2):
        cv.hline(13, 18, y, "teal_4" if (y // 2 + frame) % 2 else "teal_3")
    return cv


def dental_chair() -> Canvas:
    """A sleek 2045 treatment chair in profile with a holo lamp and a tray; 48x48."""
    cv = Canvas(48, 48)
    shadow(cv, 10, 45, 30, 3)
    # lamp column behind the chair, arm over the headrest
    cv.rect(36, 8, 3, 30, "slate")
    cv.vline(36, 8, 37, "grey")
    cv.line(37, 8, 16, 4, "slate")
    cv.line(37, 9, 16, 5, "grey")
    cv.ellipse(12, 6, 6, 3.2, "slate")
    cv.ellipse(12, 6, 5, 2.4, "white")
    cv.ellipse(12, 7.5, 4, 1.2, "teal_4")
    cv.px(9, 5, "white")
    for y in range(10, 20, 2):  # light falling on the headrest
        cv.px(11 + (y % 4 == 0), y, "teal_5")
    profile_chair(cv, 0, 14, ("silver", "white", "white"), ("teal_1", "teal_3", "teal_4"),
                  "slate", ("slate", "silver", "white"), modern=True)
    # tray with instruments on its own arm
    cv.line(37, 20, 41, 20, "slate")
    cv.rect(38, 16, 9, 4, "slate")
    cv.rect(39, 17, 7, 2, "white")
    cv.px(40, 17, "teal_3")
    cv.px(42, 17, "steel")
    cv.px(44, 17, "steel")
    # holo readout floating by the lamp column
    cv.rect(40, 6, 7, 5, "teal_2")
    cv.hline(41, 45, 7, "teal_5")
    cv.hline(41, 43, 9, "teal_4")
    return cv


def vr_pod(frame: int = 0) -> Canvas:
    """A VR treatment pod: a reclined capsule with a glass canopy; 32x48."""
    cv = Canvas(32, 48)
    shadow(cv, 4, 45, 26, 2)
    cv.ellipse(16, 28, 14, 17, "slate")
    cv.ellipse(16, 28, 13, 16, "white")
    cv.ellipse(17, 30, 11, 14, "mist")
    cv.ellipse(16, 28, 13, 16, "white") if False else None
    # base shading on the right
    for y in range(14, 44):
        for x in range(22, 30):
            if cv.get(x, y) in (cv.a[28, 16],) and (x + y) % 2 == 0 and x > 26:
                cv.px(x, y, "silver")
    # canopy glass
    cv.ellipse(16, 24, 9, 11, "teal_1")
    cv.ellipse(16, 24, 8, 10, "teal_2")
    cv.ellipse(14, 21, 5, 6, "teal_3")
    glint = ["teal_5", "teal_4", "white"][frame % 3]
    cv.line(11, 18, 13, 15, glint)
    cv.line(12, 19, 14, 16, "teal_4")
    # reclined silhouette under the glass (visor glow)
    cv.hline(14, 18, 30, "teal_4" if frame != 1 else "teal_5")
    # glowing rim strip
    for y in range(36, 42):
        cv.px(5 + (y - 36) // 2, y, "teal_3")
        cv.px(26 - (y - 36) // 2, y, "teal_3")
    cv.hline(10, 22, 43, "teal_4")
    cv.hline(11, 21, 44, "teal_2")
    # control panel
    cv.rect(22, 38, 5, 3, "night")
    cv.px(23, 39, ["teal_4", "leaf_4", "gold_2"][frame % 3])
    cv.px(25, 39, "blue_3")
    return cv


def side_unit(frame: int = 0) -> Canvas:
    """Tall instrument column with a holo display; 16x32."""
    cv = Canvas(16, 32)
    shadow(cv, 3, 30, 12, 2)
    block(cv, 3, 18, 10, 3, 9, ("white", "mist", "silver"), ("silver", "grey"), "slate")
    cv.rect(5, 24, 6, 1, "teal_3")
    # holo display floating on top
    cv.rect(2, 4, 12, 10, "teal_1")
    cv.rect(3, 5, 10, 8, "teal_2")
    lines = [(4, 7, 9), (4, 9, 7), (4, 11, 10)]
    for i, (x, y, w) in enumerate(lines):
        cv.hline(x + 1, x + w - (frame + i) % 3, y, "teal_5" if i == frame % 3 else "teal_4")
    cv.vline(8, 14, 18, "teal_3")
    return cv


def wall_screen(frame: int) -> Canvas:
    """A wall-mounted holo screen with a live chart, 32x16 (over the upper wall face)."""
    cv = Canvas(32, 16)
    cv.rect(1, 2, 30, 13, "night")
    cv.rect(2, 3, 28, 11, "teal_0")
    cv.hline(2, 29, 3, "teal_1")
    pts = [9, 7, 8, 5, 6, 4, 6, 8, 6, 5, 7, 4, 5, 8]
    shift = frame * 2
    for i in range(13):
        y0 = 3 + pts[(i + shift) % len(pts)]
        y1 = 3 + pts[(i + 1 + shift) % len(pts)]
        cv.line(3 + i * 2, y0, 5 + i * 2, y1, "teal_4")
    cv.hline(3, 28, 12, "teal_2")
    cv.px(27, 5, ["wine_3", "leaf_4", "gold_2"][frame % 3])
    cv.px(3, 4, "teal_5")
    return cv


def window(kind: str = "city") -> Canvas:
    """A window showing the 2045 skyline at dusk; 32x16 on the upper wall face."""
    cv = Canvas(32, 16)
    cv.rect(0, 1, 32, 14, "grey")
    cv.rect(1, 2, 30, 12, "violet_1")
    cv.rect(1, 8, 30, 6, "violet_2")
    cv.rect(1, 11, 30, 3, "orange_1")
    for x, h in ((2, 6), (6, 9), (10, 5), (14, 10), (19, 7), (23, 11), (27, 6)):
        cv.rect(x, 14 - h, 4, h, "violet_0")
        cv.px(x + 1, 15 - h + 1, "gold_3")
    cv.px(15, 7, "teal_4")
    cv.px(24, 6, "teal_4")
    cv.vline(16, 2, 13, "silver")
    cv.hline(0, 31, 14, "white")
    cv.line(3, 3, 6, 2, "violet_3")
    return cv


def logo_panel() -> Canvas:
    cv = Canvas(32, 16)
    cv.rect(2, 1, 28, 14, "teal_1")
    cv.rect(3, 2, 26, 12, "teal_2")
    tooth = [".###.###.", "#########", "#########", ".#######.", "..##.##..", "..#...#.."]
    cv.stamp(4, 4, tooth, {"#": "white"})
    cv.px(5, 5, "teal_5")
    cv.rect(15, 5, 12, 1, "teal_5")
    cv.rect(15, 8, 9, 1, "teal_4")
    cv.rect(15, 10, 11, 1, "teal_4")
    return cv


def lab_console(frame: int = 0) -> Canvas:
    """Desk with two screens and a keyboard; 32x32, screens in the top row."""
    cv = Canvas(32, 32)
    shadow(cv, 2, 30, 29, 2)
    block(cv, 0, 17, 32, 6, 6, ("silver", "grey", "steel"), ("steel", "slate"), "night")
    cv.rect(8, 19, 14, 3, "night")
    for x in range(9, 21, 2):
        cv.px(x, 20, "grey")
    cv.rect(25, 19, 3, 3, "night")
    # screens
    for sx in (2, 17):
        cv.rect(sx, 3, 13, 12, "night")
        cv.rect(sx + 1, 4, 11, 9, "teal_0")
        cv.vline(sx + 6, 15, 18, "slate")
    code_rows = [(5, 6, "teal_4"), (7, 4, "teal_3"), (9, 8, "teal_4"), (11, 5, "leaf_4")]
    for i, (y, w, c) in enumerate(code_rows):
        cv.hline(4 + (i % 2), 4 + (i % 2) + (w + frame) % 9, y, c)
    for i in range(5):
        h = (i * 3 + frame * 2) % 6 + 2
        cv.vline(19 + i * 2, 12 - h, 12, "teal_3" if i % 2 else "violet_3")
    cv.px(13, 4, "wine_3" if frame == 2 else "teal_5")
    return cv


def lab_bench() -> Canvas:
    """Lab bench with microscope and vial rack; 32x32."""
    cv = Canvas(32, 32)
    shadow(cv, 2, 30, 29, 2)
    block(cv, 0, 14, 32, 8, 8, ("white", "mist", "silver"), ("silver", "grey"), "slate")
    for x in (10, 21):
        cv.vline(x, 24, 29, "grey")
    cv.px(6, 26, "slate")
    cv.px(15, 26, "slate")
    cv.px(26, 26, "slate")
    # microscope
    cv.rect(4, 17, 8, 3, "night")
    cv.rect(7, 6, 3, 12, "slate")
    cv.rect(6, 4, 4, 3, "night")
    cv.px(8, 5, "steel")
    cv.rect(9, 12, 4, 2, "slate")
    cv.px(8, 8, "grey")
    # vial rack
    cv.rect(17, 16, 11, 4, "steel")
    for i, c in enumerate(("teal_3", "violet_3", "leaf_3", "gold_2", "wine_3")):
        x = 18 + i * 2
        cv.rect(x, 10 + (i % 2), 1, 6 - (i % 2), "mist")
        cv.rect(x, 13, 1, 3, c)
        cv.px(x, 9 + (i % 2), "white")
    cv.hline(17, 27, 16, "grey")
    return cv


def server_rack(frame: int = 0) -> Canvas:
    cv = Canvas(16, 32)
    shadow(cv, 2, 30, 14, 2)
    cv.rect(1, 2, 14, 29, "ink")
    cv.rect(2, 3, 12, 27, "night")
    cv.vline(2, 3, 29, "navy")
    r = rng(f"rack{frame}")
    for y in range(5, 28, 3):
        cv.hline(3, 12, y, "navy")
        cv.hline(3, 12, y + 1, "slate")
        for x in (4, 6, 8):
            if r.random() < 0.6:
                cv.px(x, y + 1, r.choice(["teal_4", "leaf_4", "teal_3", "gold_2"]))
    return cv


def cabinet_white() -> Canvas:
    cv = Canvas(16, 32)
    shadow(cv, 2, 30, 14, 2)
    block(cv, 1, 4, 14, 2, 23, ("white", "mist", "silver"), ("mist", "silver"), "slate")
    cv.vline(8, 8, 28, "silver")
    cv.hline(2, 13, 17, "silver")
    cv.px(6, 12, "teal_3")
    cv.px(10, 12, "teal_3")
    cv.px(6, 22, "teal_3")
    cv.px(10, 22, "teal_3")
    return cv


def counter_sink() -> Canvas:
    cv = Canvas(32, 32)
    shadow(cv, 2, 30, 29, 2)
    block(cv, 0, 12, 32, 8, 10, ("white", "mist", "silver"), ("white", "silver"), "slate")
    cv.vline(16, 22, 30, "silver")
    cv.px(14, 25, "teal_3")
    cv.px(18, 25, "teal_3")
    cv.ellipse(9, 17, 5, 3, "silver")
    cv.ellipse(9, 17, 4, 2, "grey")
    cv.rect(8, 11, 2, 4, "slate")
    cv.px(8, 11, "silver")
    cv.rect(20, 14, 6, 4, "teal_2")
    cv.hline(20, 25, 14, "teal_4")
    cv.rect(27, 13, 3, 5, "white")
    cv.px(28, 13, "wine_3")
    # wall mirror/upper cabinet above the counter (top row)
    cv.rect(4, 1, 24, 9, "silver")
    cv.rect(5, 2, 22, 7, "teal_5")
    cv.line(7, 7, 11, 3, "white")
    cv.line(9, 7, 12, 4, "white")
    return cv


def stool() -> Canvas:
    cv = Canvas(16, 16)
    shadow(cv, 4, 13, 9, 2)
    cv.vline(8, 8, 13, "slate")
    cv.hline(5, 11, 13, "slate")
    cv.ellipse(8, 7, 4.5, 2.5, "teal_1")
    cv.ellipse(8, 6.5, 3.5, 1.8, "teal_3")
    cv.px(6, 6, "teal_4")
    return cv


def bench_white() -> Canvas:
    cv = Canvas(32, 16)
    shadow(cv, 2, 13, 29, 2)
    block(cv, 1, 4, 30, 4, 3, ("white", "mist", "silver"), ("silver", "grey"), "slate")
    cv.rect(4, 13, 2, 2, "slate")
    cv.rect(26, 13, 2, 2, "slate")
    cv.hline(3, 28, 7, "teal_3")
    return cv


def floor_arrow() -> Canvas:
    cv = Canvas(TS, TS)
    cv.stamp(4, 4, ["...#...", "..###..", ".#####.", "...#...", "...#..."], {"#": "teal_3"})
    return cv


def glass_partition_v() -> Canvas:
    """A vertical glass wall segment (1x1) for the lab; solid but see-through."""
    cv = Canvas(TS, TS)
    cv.rect(6, 0, 4, 16, "teal_4")
    cv.vline(6, 0, 15, "teal_2")
    cv.vline(9, 0, 15, "teal_3")
    cv.px(7, 3, "white")
    cv.px(7, 4, "white")
    cv.px(8, 10, "teal_5")
    return cv


def glass_partition_h() -> Canvas:
    cv = Canvas(TS, TS)
    cv.rect(0, 4, 16, 10, "teal_4")
    cv.hline(0, 15, 4, "teal_5")
    cv.hline(0, 15, 13, "teal_2")
    cv.hline(0, 15, 14, "slate")
    cv.line(3, 11, 7, 6, "white")
    cv.line(5, 11, 8, 8, "teal_5")
    return cv


def build() -> Tileset:
    ts = Tileset("clinic")
    ts.add("floor_white", floor_white(0))
    ts.add("floor_white_shine", floor_white(1))
    ts.add("floor_white_speck", floor_white(2))
    ts.add("floor_accent", floor_accent())
    ts.add("floor_wait", floor_wait(0))
    ts.add("floor_wait_b", floor_wait(1))
    ts.add("floor_lab", floor_lab(0))
    ts.add("floor_lab_vent", floor_lab(1))
    ts.add("wall_upper", wall_upper(), solid=True)
    ts.add("wall_lower", wall_lower(), solid=True)
    ts.add("wall_lab_upper", wall_upper(True), solid=True)
    ts.add("wall_lab_lower", wall_lower(True), solid=True)
    ts.add("floor_arrow", floor_arrow())
    ts.add("glass_v", glass_partition_v(), rects=[(6, 0, 4, 16)])
    ts.add("glass_h", glass_partition_h(), rects=[(0, 4, 16, 11)])
    ts.add("stool", stool(), rects=[(5, 5, 7, 9)])
    ts.add_object("reception_desk", reception_desk(), rects=[(0, 16, 64, 7)], above=1)
    ts.add_object("sofa", sofa(), rects=[(1, 16, 46, 14)], above=1)
    ts.add_object("armchair", armchair(), rects=[(1, 16, 14, 14)], above=1)
    ts.add_object("coffee_table", coffee_table(0), rects=[(1, 18, 30, 12)], above=1)
    ts.add_object("dental_chair", dental_chair(), rects=[(2, 22, 44, 24)], above=1)
    ts.add_object("vr_pod", vr_pod(0), rects=[(2, 14, 28, 32)], above=1)
    ts.add_object("side_unit", side_unit(0), rects=[(3, 18, 10, 13)], above=1)
    ts.add_object("wall_screen", wall_screen(0))
    ts.add_object("window", window())
    ts.add_object("logo_panel", logo_panel())
    ts.add_object("lab_console", lab_console(0), rects=[(0, 17, 32, 14)], above=1)
    ts.add_object("lab_bench", lab_bench(), rects=[(0, 16, 32, 15)], above=1)
    ts.add_object("server_rack", server_rack(0), rects=[(1, 16, 14, 15)], above=1)
    ts.add_object("cabinet", cabinet_white(), rects=[(1, 16, 14, 15)], above=1)
    ts.add_object("counter_sink", counter_sink(), rects=[(0, 16, 32, 15)], above=1)
    ts.add_object("bench", bench_white(), rects=[(1, 5, 30, 9)])
    # animation frames (extra tiles; the base tiles above play them)
    anims = {
        "coffee_table": (coffee_table, 3, 300),
        "vr_pod": (vr_pod, 3, 400),
        "side_unit": (side_unit, 3, 350),
        "wall_screen": (wall_screen, 3, 300),
        "lab_console": (lab_console, 3, 400),
        "server_rack": (server_rack, 2, 500),
    }
    for name, (fn, n, ms) in anims.items():
        base = [t.name for t in ts.tiles if t.name == name or t.name.startswith(name + "_r")]
        frames = {0: base}
        for f in range(1, n):
            cv = fn(f)
            kw = {"above": 0}
            frames[f] = ts.add_object(f"{name}_f{f}", cv, **kw)
            for fname in frames[f]:  # frames never collide; only the base tile matters
                ts.by_name[fname].rects = []
                ts.by_name[fname].solid = False
        for bname in base:
            suffix = bname[len(name):]
            seq = [(bname, ms)] + [(f"{name}_f{f}{suffix}", ms) for f in range(1, n)]
            # only animate tiles whose frames exist and whose pixels actually change
            exists = all(s in ts.by_name for s, _ in seq)
            if exists and any((ts.by_name[s].img.a != ts.by_name[bname].img.a).any()
                              for s, _ in seq):
                ts.animate(bname, seq)
    return ts
