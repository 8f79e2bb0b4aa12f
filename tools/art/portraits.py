"""Dialogue portraits: 64x64 bust shots, a strip of 4 expressions (256x64):
neutral, worried, angry, happy.

Portraits reuse each character's sprite look (characters.CAST: skin, hair, clothes,
accessories) so the two always match. Shapes are built from ellipses and hand-placed
pixels, shaded with light from the top left, and given a selective dark outline.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .canvas import Canvas
from .characters import CAST, HAIR, SKINS, Look, R
from .draw import darker

S = 64
EXPRESSIONS = ("neutral", "worried", "angry", "happy")


@dataclass
class PInfo:
    look: Look
    age: str = "adult"  # young, adult, old, child
    eyes: str = "umber_1"  # iris colour
    lips: str = ""  # lip colour ("" = skin shade)
    jaw: float = 1.0  # jaw width factor


PORTRAITS: dict[str, PInfo] = {
    "elena_rahmani": PInfo(CAST["elena_rahmani"], age="old", eyes="umber_1", lips="wine_2"),
    "max_chen": PInfo(CAST["max_chen"], age="young", eyes="night"),
    "anya": PInfo(CAST["anya"], age="young", eyes="violet_1", lips="pink_1", jaw=0.92),
    "sam": PInfo(CAST["sam"], age="young", eyes="umber_0", jaw=1.05),
    "victor_hale": PInfo(CAST["victor_hale"], age="old", eyes="steel", jaw=1.08),
    "priya_sandoval": PInfo(CAST["priya_sandoval"], eyes="umber_0", lips="wine_1", jaw=0.95),
    "kade": PInfo(CAST["kade"], age="old", eyes="blue_1", jaw=1.05),
    "elena_cruz": PInfo(CAST["elena_cruz"], eyes="leaf_1", lips="wine_2", jaw=0.95),
    "mateo": PInfo(CAST["mateo"], age="young", eyes="umber_0", jaw=1.0),
    "saira_almasi": PInfo(CAST["saira_almasi"], eyes="umber_0", lips="wine_1", jaw=0.95),
    "ivy_liu": PInfo(CAST["ivy_liu"], age="young", eyes="umber_0", lips="wine_3", jaw=0.95),
    "noor": PInfo(CAST["noor"], age="child", eyes="umber_0", jaw=0.9),
    "jun_park": PInfo(CAST["jun_park"], eyes="umber_0", jaw=1.0),
    "rosa": PInfo(CAST["rosa"], age="old", eyes="umber_1", lips="wine_2", jaw=0.97),
    "tomas": PInfo(CAST["tomas"], eyes="umber_0", jaw=1.05),
    "generic_patient": PInfo(CAST["patient_3"], eyes="leaf_1", lips="wine_2", jaw=0.95),
    "generic_attendee": PInfo(CAST["attendee_2"], eyes="blue_1", jaw=1.0),
    # the patients and passers-by who speak, each drawn from their own sprite
    "lindqvist": PInfo(CAST["patient_1"], age="old", eyes="blue_1", jaw=1.02),
    "osei": PInfo(CAST["patient_2"], eyes="umber_0", jaw=1.08),
    "dani": PInfo(CAST["patient_3"], age="young", eyes="leaf_1", lips="wine_2", jaw=0.95),
    "haddad": PInfo(CAST["patient_4"], age="old", eyes="umber_0", jaw=1.04),
    "varga": PInfo(CAST["varga"], age="old", eyes="blue_2", lips="wine_2", jaw=0.93),
    "noor_father": PInfo(CAST["noor_father"], eyes="umber_0", jaw=1.06),
    "moderator": PInfo(CAST["moderator"], eyes="blue_1", lips="wine_2", jaw=0.95),
    "camera_op": PInfo(CAST["camera_op"], age="young", eyes="umber_0", jaw=1.0),
    "guard": PInfo(CAST["guard"], eyes="umber_0", jaw=1.1),
    "attendee_1": PInfo(CAST["attendee_1"], eyes="umber_0", lips="wine_1", jaw=0.95),
    "attendee_3": PInfo(CAST["attendee_3"], age="young", eyes="umber_0", lips="wine_2",
                        jaw=0.95),
    "attendee_4": PInfo(CAST["attendee_4"], age="old", eyes="umber_0", jaw=1.05),
    "reporter": PInfo(CAST["reporter"], eyes="umber_0", lips="wine_2", jaw=0.95),
    "zsofi": PInfo(CAST["zsofi"], age="child", eyes="leaf_1", jaw=0.9),
}


# --- geometry helpers ------------------------------------------------------------------
YS, XS = np.mgrid[0:S, 0:S]
PX, PY = XS + 0.5, YS + 0.5


def ell(cx: float, cy: float, rx: float, ry: float) -> np.ndarray:
    return ((PX - cx) / rx) ** 2 + ((PY - cy) / ry) ** 2 <= 1.0


def shade_fill(cv: Canvas, mask: np.ndarray, ramp: tuple[str, str, str], cx: float, cy: float,
               rx: float, ry: float, lo: float = -0.28, hi: float = 0.42,
               dither: bool = True) -> None:
    """Fill mask with a 3-tone ramp lit from the top left around an ellipse's centre."""
    nx = (PX - cx) / rx
    ny = (PY - cy) / ry
    lit = -0.62 * nx - 0.5 * ny
    shade, base, light = ramp
    out = np.where(lit < lo, 0, np.where(lit > hi, 2, 1))
    if dither:  # a one-pixel checker band between tones
        band_lo = (lit >= lo) & (lit < lo + 0.06) & ((XS + YS) % 2 == 0)
        band_hi = (lit <= hi) & (lit > hi - 0.06) & ((XS + YS) % 2 == 0)
        out = np.where(band_lo, 0, out)
        out = np.where(band_hi, 2, out)
    for tone, c in ((0, shade), (1, base), (2, light)):
        cv.fill_mask(mask & (out == tone), c)


# --- body --------------------------------------------------------------------------------
def torso(cv: Canvas, info: PInfo) -> None:  # noqa: C901
    lk = info.look
    child = info.age == "child"
    top = R[lk.top] if lk.top != "charcoal" else ("night", "navy", "steel")
    top = top if lk.top != "black" else ("ink", "night", "slate")
    inner = R[lk.inner]
    sh_y = 50 if not child else 53
    half = 25 if not child else 20
    m = ell(32, sh_y + 20, half + 2, 22) & (sh_y - 2 <= YS)
    # shoulders slope
    m &= ~((sh_y + 3 > YS) & (np.abs(PX - 32) > half - 3))
    shade_fill(cv, m, top, 26, sh_y + 2, 30, 14, lo=-0.05, hi=0.55)
    # rim light along the top of the shoulders, so dark clothes read against the backdrop
    rim = m & ~np.roll(m, 1, axis=0)
    cv.fill_mask(rim & (PX < 40), top[2])
    st = lk.top_style
    cx = 32
    if st in ("coat", "trench", "cardigan", "blazer", "suit", "jacket"):
        # V opening with the shirt, lapels either side
        depth = {"coat": 14, "trench": 12, "cardigan": 14, "blazer": 12, "suit": 13,
                 "jacket": 10}[st]
        v = (sh_y - 2 <= YS) & (np.abs(PX - cx) <= (YS - (sh_y - 2)) * 0.0 + 4.5
                                - (YS - (sh_y - 2)) * 4.5 / depth)
        v &= sh_y - 2 + depth > YS
        cv.fill_mask(v, inner[1])
        cv.fill_mask(v & (cx + 1 < PX), inner[0])
        if st == "suit":  # tie
            for y in range(sh_y - 1, 64):
                w = 1 if y < sh_y + 1 else 2
                cv.hline(cx - w + 1 - 1, cx + w - 1, y, lk.accent)
            cv.hline(cx - 2, cx + 1, sh_y - 1, darker(lk.accent))
            cv.px(cx - 1, sh_y + 4, "white" if lk.accent.startswith("violet") else lk.accent)
            # pocket square
            cv.rect(15, 57, 4, 2, lk.accent)
            cv.px(15, 57, "white")
        # lapel edges
        for y in range(sh_y - 2, min(sh_y - 2 + depth + 3, 64)):
            off = max(0.0, 4.5 - (y - (sh_y - 2)) * 4.5 / depth)
            lx, rx_ = int(cx - off - 1), int(cx + off)
            cv.px(lx, y, top[2])
            cv.px(rx_, y, top[0])
            cv.px(lx - 1, y, top[1]) if st in ("coat", "trench", "blazer", "suit") else None
        if st in ("coat", "trench"):
            # collar flaps
            for i in range(6):
                cv.px(cx - 7 - i, sh_y - 1 + i // 2, top[2])
                cv.px(cx + 6 + i, sh_y - 1 + i // 2, top[0])
        if st == "cardigan":
            for y in range(sh_y + 8, 64, 4):
                cv.px(cx - 3, y, "gold_1")
        if st == "coat" and lk.top in ("white",):
            cv.rect(42, 56, 6, 1, "teal_2")  # pen in the breast pocket
            cv.px(42, 55, "teal_3")
            cv.hline(40, 48, 57, top[0])
    elif st == "hoodie":
        ring = ell(32, sh_y - 1, 14, 5) & ~ell(32, sh_y - 2, 9, 3.5)
        shade_fill(cv, ring, top, 28, sh_y - 3, 14, 6)
        cv.fill_mask(ell(32, sh_y - 2, 9, 3.5) & (sh_y - 2 <= YS), top[0])
        for x, c in ((28, lk.accent), (36, lk.accent)):
            cv.vline(x, sh_y + 1, sh_y + 9, c)
            cv.px(x, sh_y + 10, "white")
    elif st == "scrubs":
        v = (sh_y - 2 <= YS) & (np.abs(PX - cx) <= 5 - (YS - (sh_y - 2)) * 5 / 9) & \
            (sh_y + 7 > YS)
        cv.fill_mask(v, SKINS[lk.skin][1])
        cv.fill_mask(v & (cx + 1 < PX), SKINS[lk.skin][0])
        cv.rect(39, 56, 7, 6, top[2])  # chest pocket
        cv.hline(39, 45, 56, top[0])
        cv.vline(42, 53, 58, "white")
    elif st in ("techjacket", "athletic", "uniform"):
        # high collar and zip
        col = ell(32, sh_y - 1, 9, 4) & (sh_y - 4 <= YS)
        shade_fill(cv, col, top, 29, sh_y - 3, 9, 4)
        cv.vline(cx, sh_y + 1, 63, lk.accent if st != "uniform" else top[0])
        if st == "techjacket":
            for y in range(sh_y + 1, 64):
                d = (y - sh_y) // 2
                cv.px(cx - 6 - d, y, lk.accent)
                cv.px(cx + 6 + d, y, lk.accent)
            cv.hline(cx - 8, cx + 8, sh_y - 3, lk.accent)
        if st == "athletic":
            for y in range(sh_y + 2, 64):
                cv.px(14 + (y - sh_y) // 4, y, lk.accent)
                cv.px(50 - (y - sh_y) // 4, y, lk.accent)
            cv.hline(cx - 8, cx + 8, sh_y - 3, lk.accent)
        if st == "uniform":
            cv.rect(40, 56, 3, 4, lk.accent)  # badge
            cv.px(40, 56, "gold_3")
            cv.hline(cx - 9, cx - 2, sh_y - 2, top[2])
            cv.hline(cx + 2, cx + 9, sh_y - 2, top[0])
    elif st in ("tee", "crop"):
        neck = ell(32, sh_y - 3, 7, 5)
        cv.fill_mask(neck & (sh_y - 3 <= YS), SKINS[lk.skin][1])
        cv.fill_mask(neck & (sh_y - 3 <= YS) & (PX > 34), SKINS[lk.skin][0])
        ringm = ell(32, sh_y - 3, 8, 6) & ~neck & (sh_y - 3 <= YS)
        cv.fill_mask(ringm, lk.accent if st == "crop" else top[0])
        if st == "crop":
            cv.rect(25, 56, 14, 3, lk.accent)  # a print on the top
            cv.hline(27, 36, 57, "white")
    if "lanyard" in lk.extras:
        for y in range(sh_y - 2, 58):
            cv.px(26 + (y - sh_y) // 4, y, lk.accent or "teal_3")
            cv.px(38 - (y - sh_y) // 4, y, lk.accent or "teal_3")
        cv.rect(28, 57, 8, 7, "white")
        cv.rect(29, 58, 6, 2, lk.accent or "teal_3")
        cv.hline(29, 34, 61, "silver")
    if "badge" in lk.extras and st == "trench":
        cv.rect(41, 55, 7, 5, "white")
        cv.rect(41, 55, 7, 2, lk.accent)
        from .draw import text_3x5
        del text_3x5
        cv.hline(42, 46, 58, "night")
    if "backpack" in lk.extras:
        for x0 in (17, 44):
            cv.rect(x0, sh_y, 3, 14, "wine_2")
            cv.vline(x0, sh_y, 63, "wine_3")
            cv.px(x0 + 1, sh_y + 8, "gold_2")
    if "camera" in lk.extras:
        cv.line(20, sh_y - 1, 44, 63, "night")
    if "notepad" in lk.extras:
        pass


def neck(cv: Canvas, info: PInfo) -> None:
    sk = SKINS[info.look.skin]
    child = info.age == "child"
    x0, x1 = (27, 37) if not child else (28, 36)
    top = 40 if not child else 43
    cv.rect(x0, top, x1 - x0, 12, sk[1])
    cv.rect(x1 - 3, top, 3, 12, sk[0])
    cv.hline(x0, x1 - 1, top + 1, sk[0])
    cv.hline(x0, x1 - 1, top + 2, sk[0])


def face_mask(info: PInfo) -> tuple[np.ndarray, tuple[float, float, float, float]]:
    if info.age == "child":
        cx, cy, rx, ry = 32, 31, 14.5, 14.5
        m = ell(cx, cy, rx, ry) | ell(32, 35, 12 * info.jaw, 11)
        return m, (cx, cy, rx, ry)
    cx, cy, rx, ry = 32, 27, 13, 14
    m = ell(cx, cy, rx, ry) | ell(32, 32.5, 11.2 * info.jaw, 11.5)
    return m, (cx, cy, rx, ry)


def head(cv: Canvas, info: PInfo) -> tuple[float, float]:
    sk = SKINS[info.look.skin]
    m, (cx, cy, rx, ry) = face_mask(info)
    ear_y = cy + 3
    for ex in (cx - rx - 0.5, cx + rx + 0.5):
        em = ell(ex, ear_y, 2.6, 4)
        cv.fill_mask(em, sk[0] if ex > cx else sk[1])
        cv.px(int(ex), int(ear_y), darker(sk[0]))
    shade_fill(cv, m, sk, cx - 3, cy - 2, rx, ry + 2, lo=-0.72, hi=0.78)
    # chin shadow onto the neck
    return cx, cy


# --- features ----------------------------------------------------------------------------
EYES = {
    "neutral": ["..lll.", ".lwhil", ".wwiiw", "..ss.."],
    "worried": ["...ll.", ".lwwhl", ".wwhiw", ".wwiiw", "..ss.."],
    "angry": ["l.....", "llll..", ".lwhll", "..wiiw", "...s.."],
    "happy": ["..lll.", ".l...l", "......", "..ss.."],
}


def eyes(cv: Canvas, info: PInfo, expr: str, cy: float) -> None:
    sk = SKINS[info.look.skin]
    child = info.age == "child"
    ey = int(cy + 2) if not child else int(cy + 1)
    lid = "ink" if info.look.skin not in ("pale", "light") else "umber_0"
    legend = {"l": lid, "w": "white", "i": info.eyes, "h": "white", "s": sk[0]}
    art = EYES[expr]
    if child and expr != "happy":
        art = [art[0], art[1], art[2], art[2].replace("h", "i").replace("w", "w"), art[-1]]
    left_x, right_x = (22, 36) if not child else (21, 37)
    top = ey - 1 if expr in ("worried",) else ey
    if expr == "angry":
        top = ey - 1
    for j, row in enumerate(art):
        for i, ch in enumerate(row):
            if ch in legend:
                cv.px(left_x + i, top + j, legend[ch])
                # the right eye mirrors the lid shape but keeps the highlight at top-left
                mch = row[len(row) - 1 - i]
                if mch in legend:
                    c = legend[mch]
                    if mch == "h":
                        c = info.eyes
                    cv.px(right_x + i, top + j, c)
        # move the right eye's highlight to the top-left of its iris
    for j, row in enumerate(art):
        mrow = row[::-1]
        irises = [i for i, ch in enumerate(mrow) if ch in "ih"]
        if irises and "h" in row:
            cv.px(right_x + irises[0], top + j, "white")
    if info.age == "old":
        for x, side in ((left_x - 1, -1), (right_x + 6, 1)):
            cv.px(x, top + 2, sk[0])
            cv.px(x + side, top + 3, sk[0])


BROWS = {
    # (outer_y_offset, inner_y_offset, thickness)
    "neutral": (1, 0, 2),
    "worried": (1, -2, 2),
    "angry": (-1, 2, 2),
    "happy": (0, -1, 2),
}


def brows(cv: Canvas, info: PInfo, expr: str, cy: float) -> None:
    lk = info.look
    col = HAIR[lk.hair][0]
    if lk.hair in ("grey", "silver", "blond"):
        col = HAIR[lk.hair][0]
    if lk.hair == "pink":
        col = "pink_0"
    by = int(cy - 3)
    outer, inner, th = BROWS[expr]
    for side in (-1, 1):
        for i in range(7):
            t = i / 6
            y = by + round(outer + (inner - outer) * t)
            x = 32 + side * (10 - i) if side > 0 else 32 - (11 - i)
            x = (32 - 11 + i) if side < 0 else (32 + 10 - i)
            for k in range(th if 1 <= i <= 5 else 1):
                cv.px(x, y + k, col)
    if expr == "worried":
        cv.px(31, by - 1, SKINS[lk.skin][0])
        cv.px(32, by, SKINS[lk.skin][0])
    if expr == "angry":
        cv.px(31, by + 1, SKINS[lk.skin][0])
        cv.px(32, by + 1, SKINS[lk.skin][0])
        cv.px(31, by + 2, SKINS[lk.skin][0])


def nose(cv: Canvas, info: PInfo, cy: float) -> None:
    sk = SKINS[info.look.skin]
    ny = int(cy + 6) if info.age != "child" else int(cy + 5)
    cv.px(33, ny, sk[0])
    cv.px(33, ny + 1, sk[0])
    cv.px(32, ny + 2, sk[0])
    cv.px(33, ny + 2, darker(sk[0]))
    cv.px(31, ny + 1, sk[2])
    if info.age == "child":
        cv.px(33, ny + 1, sk[1])


MOUTHS = {
    "neutral": ["mmmmm", ".lll."],
    "worried": ["..m..", ".m.mm", "m...."],
    "angry": [".mmmmmm.", "mwwwwwwm", "mmmmmmmm"],
    "happy": ["mmmmmmmm", "mwwwwwwm", ".mttttm.", "..mmmm.."],
}


def mouth(cv: Canvas, info: PInfo, expr: str, cy: float) -> None:
    sk = SKINS[info.look.skin]
    my = int(cy + 11) if info.age != "child" else int(cy + 10)
    dark = darker(sk[0], 2) if info.look.skin not in ("deep", "dark") else "umber_0"
    lip = info.lips or sk[0]
    legend = {"m": dark, "w": "white", "t": "wine_3", "l": lip}
    art = MOUTHS[expr]
    if "smile" in info.look.extras and expr == "neutral":
        art = [".mmmmm.", "mwwwwwm", ".mmmmm."]
    w = len(art[0])
    x0 = 32 - w // 2
    for j, row in enumerate(art):
        for i, ch in enumerate(row):
            if ch in legend:
                cv.px(x0 + i, my + j - (1 if expr == "happy" else 0), legend[ch])
    if expr == "angry":
        cv.vline(32, my + 1, my + 1, "silver")
    if info.age == "old":
        cv.px(26, my - 2, sk[0])
        cv.px(38, my - 2, sk[0])
    if expr == "happy":
        blush = "pink_3" if info.look.skin in ("pale", "light") else "wine_3"
        for x in (23, 24, 39, 40):
            cv.px(x, my - 4, blush)


# --- hair ----------------------------------------------------------------------------------
def hair_back(cv: Canvas, info: PInfo) -> None:
    lk = info.look
    hr = HAIR[lk.hair]
    st = lk.style
    if st in ("long", "long_straight", "streak"):
        bottom = {"long": 60, "long_straight": 62, "streak": 52}[st]
        m = (ell(32, 30, 19, 26) & (bottom >= YS)) | (ell(32, 40, 18, 22) & (bottom >= YS))
        shade_fill(cv, m, hr, 28, 26, 20, 30, lo=-0.1, dither=False)
    if st == "bob":
        m = ell(32, 28, 17.5, 17) & (YS <= 42)
        shade_fill(cv, m, hr, 28, 24, 18, 18, dither=False)
    if st == "ponytail":
        m = ell(48, 38, 5, 13)
        shade_fill(cv, m, hr, 46, 34, 6, 14)
        cv.rect(45, 22, 5, 4, lk.accent if lk.accent else "pink_2")
    if st == "pigtails":
        for x in (13, 51):
            m = ell(x, 38, 5, 9)
            shade_fill(cv, m, hr, x - 2, 34, 6, 10)
            cv.rect(x - 2, 28, 4, 3, "wine_3")
    if st == "afro":
        m = ell(32, 24, 23, 20)
        shade_fill(cv, m, hr, 28, 18, 24, 20)
    if st == "bun":
        m = ell(32, 8, 7, 6)
        shade_fill(cv, m, hr, 30, 6, 7, 6)
        cv.hline(27, 37, 12, hr[0])


def hair_front(cv: Canvas, info: PInfo) -> None:  # noqa: C901
    lk = info.look
    hr = HAIR[lk.hair]
    st = lk.style
    child = info.age == "child"
    cx, cy = 32, (27 if not child else 31)
    rx, ry = (14.5, 14) if not child else (16, 15)
    cap = ell(cx, cy - 1, rx + 1, ry + 1)
    plait = st == "plait"  # pulled back like a ponytail, then plaited over one shoulder
    if plait:
        st = "ponytail"
        braid(cv, hr, cx + rx - 0.5, cy + 5)
    # the fringe line: hair stops above this y, which varies across the forehead
    if st in ("beanie", "cap"):
        hat = R["orange"] if st == "beanie" else R["red"]
        m = ell(cx, cy - 3, rx + 2, ry) & (cy - 4 >= YS)
        shade_fill(cv, m, hat, cx - 4, cy - 12, rx, ry)
        if st == "beanie":
            for x in range(17, 48, 3):
                cv.vline(x, cy - 14, cy - 5, hat[0])
            cv.rect(16, cy - 6, 33, 4, hat[0])
            cv.hline(16, 48, cy - 6, hat[1])
            # hair peeking out at the sides
            for x0 in (17, 44):
                cv.rect(x0, cy - 2, 3, 6, hr[1])
                cv.px(x0, cy + 4, hr[0])
        else:
            cv.rect(14, cy - 6, 36, 3, hat[0])
            cv.hline(14, 49, cy - 6, hat[2])
            cv.rect(34, cy - 17, 3, 2, hat[2])
            for x0 in (17, 45):
                cv.rect(x0, cy - 3, 3, 5, hr[1])
        return
    fringe_y = {
        "short": cy - 8, "sleek": cy - 7, "streak": cy - 8, "long": cy - 7,
        "long_straight": cy - 9, "bob": cy - 5, "bun": cy - 9, "ponytail": cy - 9,
        "pigtails": cy - 6, "curly": cy - 8, "curly_short": cy - 8, "afro": cy - 8,
        "buzz": cy - 11, "slick": cy - 10, "receding": cy - 13,
    }.get(st, cy - 8)
    fy = np.full(S, fringe_y, dtype=float)
    if st in ("short", "curly", "curly_short", "afro"):
        fy = fringe_y + 2 * (np.sin(XS[0] * 0.9) > 0.2)
    if st == "sleek":
        fy = fringe_y + (XS[0] - 18) * 0.28 - 2  # swept to one side
    if st == "long":
        fy = fringe_y + np.abs(XS[0] - 26) * 0.25
    if st in ("long_straight", "bun", "ponytail", "slick"):
        fy = fringe_y + np.abs(XS[0] - 32) * 0.35  # centre parting / pulled back
    if st == "streak":
        fy = fringe_y + np.abs(XS[0] - 38) * 0.3
    if st == "bob":
        fy = np.full(S, fringe_y, dtype=float)
        fy[(XS[0] > 40)] = fringe_y + 2
    m = cap & (fy[XS] >= PY)
    # side locks framing the face
    side = {"long": 14, "long_straight": 18, "bob": 12, "streak": 14, "pigtails": 4,
            "short": 3, "curly": 5, "curly_short": 4, "sleek": 4, "bun": 2, "ponytail": 2,
            "afro": 6, "buzz": 0, "slick": 1, "receding": 6}.get(st, 3)
    if side:
        m |= (ell(cx - rx + 1, cy + side / 2 - 2, 2.6, side / 2 + 2) |
              ell(cx + rx - 1, cy + side / 2 - 2, 2.6, side / 2 + 2)) & (cy - 8 <= YS)
    if st == "receding":
        m = cap & (cy - 10 >= PY) & (np.abs(PX - cx) > 6)
        m |= cap & (cy - 13 >= PY)
        m |= (ell(cx - rx + 1, cy - 1, 2.5, 5) | ell(cx + rx - 1, cy - 1, 2.5, 5))
    if st == "afro":
        m &= cy + 4 >= YS
    shade_fill(cv, m, hr, cx - 4, cy - 10, rx + 2, ry + 2, lo=-0.2, hi=0.45, dither=False)
    # strands: darker lines following the fringe, and a highlight arc top-left
    if st not in ("buzz",):
        for x in range(int(cx - rx + 3), int(cx + rx - 2), 4):
            top_y = int(cy - ry + 3)
            for y in range(top_y, int(fy[x]) - 1):
                if m[y, x] and (y + x) % 5 != 0:
                    cv.px(x, y, hr[0]) if (x // 4) % 2 else None
        # a sheen along the skull's upper left, following its curve
        for i in range(14):
            a = math.radians(205 + i * 5)
            x = int(cx - 1 + 0.72 * rx * math.cos(a))
            y = int(cy - 2 + 0.72 * ry * math.sin(a))
            if 0 <= y < S and m[y, x]:
                cv.px(x, y, hr[2])
    if st == "buzz":
        cv.dither(18, int(cy - ry), 28, 12, hr[0], only_on=hr[1])
    if st == "streak":
        # a silver streak sweeping from the parting down the left side of the face
        for i in range(30):
            t = i / 29
            x = int(cx + 5 - 14 * t - 3 * t * t)
            y = int(cy - ry + 1 + 24 * t)
            for k in range(3):
                if 0 <= y < S and 0 <= x - k < S and m[y, x - k]:
                    cv.px(x - k, y, ("white", "silver", "grey")[k])
    if st == "slick":
        for i in range(5):
            cv.line(22 + i * 4, int(cy - 12), 26 + i * 4, int(cy - 9), hr[2])
    if st in ("curly", "curly_short", "afro"):
        # small curls: light and dark pixels scattered over the hair
        for y in range(S):
            for x in range(S):
                if m[y, x] and (x * 7 + y * 3) % 11 == 0:
                    cv.px(x, y, hr[2] if x < cx else hr[0])
                    cv.px(x + 1, y + 1, hr[0])
    if st == "bun":
        cv.hline(27, 37, 12, hr[0])


def braid(cv: Canvas, hr: tuple[str, str, str], x0: float, y0: float) -> None:
    """A plait over the shoulder: overlapping lobes from (x0, y0) down to the chest."""
    for i in range(7):
        x, y = x0 + i * 0.9, y0 + i * 4.0
        side = 1 if i % 2 else -1
        m = ell(x + side, y, 3.4, 2.8)
        shade_fill(cv, m, hr, x - 1, y - 1, 4, 3, dither=False)
        cv.px(int(x - side * 2), int(y + 1), hr[0])
    cv.fill_mask(ell(x0 + 6.3, y0 + 27, 2.5, 1.6), "gold_2")
    cv.fill_mask(ell(x0 + 6.3, y0 + 30, 2.2, 2.2), hr[1])


def extras(cv: Canvas, info: PInfo, expr: str, cy: float) -> None:  # noqa: C901
    lk = info.look
    ex = lk.extras
    ey = int(cy + 2)
    if "visor" in ex:
        m = (ey - 3 <= YS) & (ey + 3 >= YS) & (PX >= 17) & (PX <= 47)
        m &= ell(32, ey, 16.5, 6)
        glow = {"neutral": "teal_4", "worried": "teal_3", "angry": "wine_4", "happy": "teal_5"}
        cv.fill_mask(m, "teal_1")
        cv.fill_mask(m & (ey - 3 == YS), "teal_3")
        cv.fill_mask(m & (ey + 3 == YS), "teal_0")
        cv.dither(18, ey - 2, 29, 5, "teal_2", only_on="teal_1")
        # eyes glow through the visor as bars whose shape follows the expression
        shapes = {"neutral": [(23, 0, 5), (37, 0, 5)], "worried": [(23, -1, 5), (37, -1, 5)],
                  "angry": [(23, 1, 5), (37, 1, 5)], "happy": [(23, -1, 5), (37, -1, 5)]}
        for x, dy, w in shapes[expr]:
            if expr == "happy":
                cv.hline(x + 1, x + w - 2, ey - 1 + dy, glow[expr])
                cv.px(x, ey + dy, glow[expr])
                cv.px(x + w - 1, ey + dy, glow[expr])
            elif expr == "angry":
                left = x < 32
                for i in range(w):
                    cv.px(x + i, ey + dy + ((i // 2) if left else ((w - 1 - i) // 2)) - 1,
                          glow[expr])
            else:
                cv.hline(x, x + w - 1, ey + dy, glow[expr])
                cv.hline(x + 1, x + w - 2, ey + dy + 1, glow[expr])
        cv.line(19, ey - 2, 23, ey - 2, "teal_5")
        cv.rect(46, ey - 1, 3, 3, "night")
        cv.px(47, ey, "teal_4")
    if "glasses" in ex:
        fr = "night" if lk.hair != "grey" else "umber_1"
        for x0 in (20, 35):
            cv.box(x0, ey - 2, 9, 7, fr)
            cv.px(x0 + 1, ey - 1, "white")
        cv.hline(29, 34, ey - 1, fr)
        cv.px(19, ey - 1, fr)
        cv.px(44, ey - 1, fr)
    if "beard" in ex:
        hr = HAIR[lk.hair]
        _, (_, cyy, _, _) = face_mask(info)
        m = face_mask(info)[0] & (cyy + 7 <= YS)
        m &= ~(ell(32, cyy + 12, 5, 2.2) & (cyy + 13 >= YS))
        shade_fill(cv, m, hr, 28, cyy + 8, 14, 10, lo=-0.15)
        # re-draw the mouth over the beard
        mouth(cv, info, expr, cy)
        cv.dither(20, int(cyy + 7), 24, 2, SKINS[lk.skin][1], only_on=hr[1])
    if "stubble" in ex:
        fm = face_mask(info)[0]
        edge = fm & ~ell(32, cy - 1, 11.5, 14.5)  # the jaw line and chin
        edge &= cy + 5 <= YS
        skin_ids = {_idx(c) for c in SKINS[lk.skin]}
        for y in range(S):
            for x in range(S):
                if edge[y, x] and (x * 3 + y) % 4 == 0 and cv.get(x, y) in skin_ids:
                    cv.px(x, y, darker(SKINS[lk.skin][0]))
        for x in range(28, 37, 2):  # moustache shadow
            cv.px(x, int(cy + 10), darker(SKINS[lk.skin][0]))
    if "earrings" in ex:
        for x in (18, 46):
            cv.rect(x, int(cy + 8), 2, 2, "gold_2")
            cv.px(x, int(cy + 8), "gold_3")
    if "phone" in ex:
        # hand holding a phone up at the bottom right
        sk = SKINS[lk.skin]
        cv.rect(45, 46, 8, 13, "night")
        cv.rect(46, 47, 6, 10, "blue_2")
        cv.rect(46, 47, 6, 2, "pink_2")
        cv.px(47, 50, "white")
        cv.fill_mask(ell(48, 59, 6, 4), sk[1])
        cv.fill_mask(ell(50, 60, 4, 3) & (PX > 50), sk[0])
        cv.hline(43, 47, 56, sk[1])
    if "earpiece" in ex:  # a security earpiece with its coiled wire into the collar
        cv.rect(45, int(cy + 1), 2, 3, "ink")
        cv.px(45, int(cy + 1), "steel")
        for y in range(int(cy + 4), 50):
            cv.px(46 + (y % 2), y, "mist" if y % 3 else "silver")
    if "headset" in ex:  # a moderator's headset: a thin boom from the ear to the mouth
        cv.rect(17, int(cy + 1), 3, 4, "night")
        cv.px(17, int(cy + 1), "steel")
        cv.line(19, int(cy + 5), 25, int(cy + 11), "night")
        cv.rect(25, int(cy + 10), 2, 2, "gold_2")
        cv.px(25, int(cy + 10), "gold_3")
    if "handmic" in ex:  # a reporter's microphone held up at the bottom left
        sk = SKINS[lk.skin]
        cv.rect(11, 47, 3, 14, "night")
        cv.vline(11, 47, 60, "slate")
        cv.rect(8, 44, 9, 6, "wine_2")
        cv.rect(9, 45, 7, 4, "wine_3")
        cv.rect(10, 46, 3, 2, "white")
        cv.fill_mask(ell(12.5, 40, 3.6, 4), "steel")
        cv.fill_mask(ell(11.5, 39, 2, 2.2), "grey")
        cv.dither(9, 37, 7, 6, "slate", only_on="steel")
        cv.fill_mask(ell(12.5, 58, 5, 4), sk[1])
        cv.fill_mask(ell(14, 59, 3, 3) & (PX > 13), sk[0])
    if "badge" in ex and lk.top_style == "uniform":
        cv.px(20, 29 + 30, "gold_3")


def _idx(name: str) -> int:
    from .palette import INDEX
    return INDEX[name]


# --- assembly --------------------------------------------------------------------------------
def background() -> Canvas:
    """The same soft backdrop behind every portrait: a slate glow on navy."""
    cv = Canvas(S, S, "navy")
    ring = ell(32, 28, 24, 24) & ~ell(32, 28, 22.5, 22.5)
    cv.fill_mask(ring & ((XS + YS) % 2 == 0), "slate")
    cv.fill_mask(ell(32, 28, 22.5, 22.5), "slate")
    cv.fill_mask(ell(28, 24, 16, 16) & ((XS + YS) % 2 == 0), "steel")
    return cv


def portrait(pid: str, expr: str) -> Canvas:
    info = PORTRAITS[pid]
    fig = Canvas(S, S)
    hair_back(fig, info)
    torso(fig, info)
    neck(fig, info)
    _, cy = head(fig, info)
    eyes(fig, info, expr, cy)
    brows(fig, info, expr, cy)
    nose(fig, info, cy)
    mouth(fig, info, expr, cy)
    hair_front(fig, info)
    extras(fig, info, expr, cy)
    # selective outline around the figure
    out = fig.copy()
    m = fig.opaque()
    for y in range(S):
        for x in range(S):
            if m[y, x]:
                continue
            for dx, dy in ((0, 1), (1, 0), (-1, 0), (0, -1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < S and 0 <= ny < S and m[ny, nx]:
                    from .palette import NAMES
                    out.px(x, y, darker(darker(NAMES[fig.get(nx, ny)])))
                    break
    bg = background()
    bg.blit(out, 0, 0)
    return bg


def strip(pid: str) -> Canvas:
    cv = Canvas(S * 4, S)
    for i, e in enumerate(EXPRESSIONS):
        cv.blit(portrait(pid, e), i * S, 0)
    return cv


def write_all(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for pid in PORTRAITS:
        strip(pid).save(out / f"{pid}.png")

