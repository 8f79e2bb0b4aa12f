"""Character sprite sheets: 16x24 frames, 3 columns (stand, step A, step B) x 4 rows
(down, left, right, up) = 48x96 px per character.

Each frame is first painted as a grid of *materials* (skin, hair, top, pants...), then
coloured from the character's ramps with light from the top left (left/top edges of a
part lighter, right/bottom edges darker), then given a selective dark outline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .canvas import Canvas
from .draw import darker

FW, FH = 16, 24
DIRS = ("down", "left", "right", "up")

Ramp = tuple[str, str, str]  # (shade, base, light)

SKINS: dict[str, Ramp] = {
    "pale": ("umber_5", "umber_6", "umber_7"),
    "light": ("umber_4", "umber_6", "umber_7"),
    "tan": ("umber_4", "umber_5", "umber_6"),
    "brown": ("umber_3", "umber_4", "umber_5"),
    "dark": ("umber_2", "umber_3", "umber_4"),
    "deep": ("umber_1", "umber_2", "umber_3"),
}

HAIR: dict[str, Ramp] = {
    "black": ("ink", "night", "navy"),
    "dark": ("umber_0", "umber_1", "umber_2"),
    "brown": ("umber_1", "umber_2", "umber_3"),
    "auburn": ("wine_1", "orange_0", "umber_4"),
    "blond": ("gold_1", "sand", "gold_3"),
    "grey": ("grey", "silver", "mist"),
    "silver": ("steel", "silver", "white"),
    "pink": ("pink_0", "pink_1", "pink_2"),
    "ginger": ("orange_0", "orange_1", "orange_2"),
}

R: dict[str, Ramp] = {  # clothing ramps
    "white": ("silver", "mist", "white"),
    "teal": ("teal_1", "teal_2", "teal_3"),
    "teal_dark": ("teal_0", "teal_1", "teal_2"),
    "teal_light": ("teal_2", "teal_3", "teal_4"),
    "navy": ("night", "navy", "slate"),
    "charcoal": ("ink", "night", "navy"),
    "slate": ("navy", "slate", "steel"),
    "grey": ("steel", "grey", "silver"),
    "denim": ("blue_0", "blue_1", "blue_2"),
    "brown": ("umber_1", "umber_2", "umber_3"),
    "tan": ("umber_3", "umber_4", "umber_5"),
    "beige": ("umber_4", "umber_5", "umber_6"),
    "sand": ("umber_4", "sand", "umber_6"),
    "burgundy": ("wine_0", "wine_1", "wine_2"),
    "red": ("wine_1", "wine_2", "wine_3"),
    "pink": ("pink_0", "pink_1", "pink_2"),
    "magenta": ("pink_0", "pink_1", "pink_3"),
    "violet": ("violet_0", "violet_1", "violet_2"),
    "lilac": ("violet_1", "violet_2", "violet_3"),
    "green": ("leaf_0", "leaf_1", "leaf_2"),
    "olive": ("leaf_1", "leaf_2", "leaf_3"),
    "orange": ("orange_0", "orange_1", "orange_2"),
    "gold": ("gold_0", "gold_1", "gold_2"),
    "blue": ("blue_1", "blue_2", "blue_3"),
    "black": ("ink", "ink", "night"),
    "cream": ("umber_6", "umber_7", "white"),
}


@dataclass
class Look:
    skin: str = "light"
    hair: str = "brown"
    style: str = "short"  # see draw_hair
    top: str = "white"
    top_style: str = "shirt"  # shirt, coat, jacket, hoodie, suit, blazer, cardigan, scrubs, trench
    inner: str = "white"  # shirt under an open coat/jacket
    legs: str = "navy"
    shoes: str = "night"
    accent: str = ""  # tie / trim / badge colour
    extras: frozenset[str] = field(default_factory=frozenset)
    size: str = "adult"  # adult, tall, child
    skirt: bool = False


def L(**kw) -> Look:
    if "extras" in kw:
        kw["extras"] = frozenset(kw["extras"])
    return Look(**kw)


CAST: dict[str, Look] = {
    "elena_rahmani": L(skin="tan", hair="dark", style="streak", top="white", top_style="coat",
                       inner="burgundy", legs="charcoal", shoes="umber_1",
                       extras={"streak"}),
    "max_chen": L(skin="light", hair="black", style="sleek", top="charcoal",
                  top_style="techjacket", inner="navy", legs="charcoal", shoes="ink",
                  accent="teal_3", extras={"visor"}),
    "anya": L(skin="pale", hair="pink", style="long", top="lilac", top_style="crop",
              inner="white", legs="denim", shoes="white", accent="pink_2",
              extras={"phone", "earrings"}),
    "sam": L(skin="brown", hair="dark", style="beanie", top="olive", top_style="hoodie",
             inner="olive", legs="denim", shoes="umber_1", accent="orange_1",
             extras={"stubble"}),
    "victor_hale": L(skin="light", hair="silver", style="slick", top="charcoal",
                     top_style="suit", inner="white", legs="charcoal", shoes="ink",
                     accent="violet_2", size="tall"),
    "priya_sandoval": L(skin="brown", hair="black", style="bob", top="charcoal",
                        top_style="suit", inner="violet", legs="charcoal", shoes="ink",
                        accent="violet_2", extras={"earrings"}),
    "kade": L(skin="light", hair="grey", style="receding", top="brown", top_style="cardigan",
              inner="cream", legs="tan", shoes="umber_0", extras={"glasses", "beard"}),
    "elena_cruz": L(skin="tan", hair="brown", style="bun", top="teal_light", top_style="coat",
                    inner="navy", legs="navy", shoes="white", accent="teal_5"),
    "mateo": L(skin="brown", hair="dark", style="curly", top="teal", top_style="scrubs",
               inner="teal", legs="teal", shoes="white", extras={"smile"}),
    "saira_almasi": L(skin="dark", hair="black", style="long_straight", top="burgundy",
                      top_style="blazer", inner="cream", legs="charcoal", shoes="ink",
                      accent="gold_2", size="tall"),
    "ivy_liu": L(skin="light", hair="black", style="ponytail", top="orange",
                 top_style="athletic", inner="white", legs="charcoal", shoes="white",
                 accent="white"),
    "noor": L(skin="dark", hair="black", style="pigtails", top="gold", top_style="tee",
              inner="gold", legs="denim", shoes="wine_3", size="child",
              extras={"backpack"}),
    "jun_park": L(skin="light", hair="dark", style="short", top="sand", top_style="trench",
                  inner="white", legs="charcoal", shoes="umber_0", accent="gold_2",
                  extras={"notepad", "badge"}),
    "rosa": L(skin="tan", hair="grey", style="curly_short", top="red", top_style="cardigan",
              inner="cream", legs="brown", shoes="umber_0", skirt=True,
              extras={"glasses"}),
    "tomas": L(skin="dark", hair="black", style="buzz", top="teal", top_style="uniform",
               inner="teal", legs="teal_dark", shoes="ink", accent="teal_4"),
    # Mr. Lindqvist (Rejuvenation): seventy-four, a widower, early for everything; a tan
    # jacket over a blue shirt, white hair that was blond once
    "patient_1": L(skin="pale", hair="silver", style="short", top="tan", top_style="jacket",
                   inner="blue", legs="grey", shoes="slate"),
    "patient_2": L(skin="deep", hair="black", style="afro", top="gold", top_style="jacket",
                   inner="cream", legs="denim", shoes="white"),
    "patient_3": L(skin="tan", hair="auburn", style="long", top="green", top_style="shirt",
                   legs="beige", shoes="umber_1", skirt=True),
    "patient_4": L(skin="brown", hair="grey", style="buzz", top="slate", top_style="cardigan",
                   inner="white", legs="brown", shoes="umber_0", extras={"beard"}),
    # the stand builder with the trolley of crates (street, then the hall): a denim work
    # jacket, an exhibitor's lanyard
    "attendee_1": L(skin="dark", hair="dark", style="bob", top="denim", top_style="jacket",
                    inner="white", legs="charcoal", shoes="umber_1", accent="orange_1",
                    extras={"lanyard"}),
    "attendee_2": L(skin="light", hair="ginger", style="short", top="grey", top_style="jacket",
                    inner="blue", legs="navy", shoes="umber_0", extras={"lanyard", "glasses"}),
    "attendee_3": L(skin="tan", hair="black", style="ponytail", top="red", top_style="shirt",
                    legs="charcoal", shoes="ink", extras={"lanyard"}),
    "attendee_4": L(skin="deep", hair="grey", style="buzz", top="green", top_style="jacket",
                    inner="white", legs="charcoal", shoes="ink", extras={"lanyard", "beard"}),
    "camera_op": L(skin="brown", hair="brown", style="cap", top="black", top_style="tee",
                   inner="black", legs="olive", shoes="ink", accent="wine_3",
                   extras={"camera"}),
    # the panel moderator (Rejuvenation, chapter 5): a burgundy blazer and a headset mic
    "moderator": L(skin="light", hair="blond", style="sleek", top="burgundy",
                   top_style="blazer", inner="cream", legs="charcoal", shoes="ink",
                   accent="gold_2", extras={"headset"}),
    # Mrs. Varga (Tooth Rebirth): her best blue cardigan, silver hair in a bun
    "varga": L(skin="pale", hair="silver", style="bun", top="blue", top_style="cardigan",
               inner="cream", legs="slate", shoes="umber_0", skirt=True,
               extras={"earrings"}),
    # Noor's father (Tooth Rebirth): Noor's colouring, a grey jacket, glasses
    "noor_father": L(skin="dark", hair="black", style="short", top="grey", top_style="jacket",
                     inner="gold", legs="denim", shoes="umber_0", extras={"glasses", "beard"}),
    # the television reporter at the conference hall (Tooth Rebirth, chapter 3): a cobalt
    # blazer, a bob, and a microphone with a red station cube
    "reporter": L(skin="brown", hair="blond", style="bob", top="blue", top_style="blazer",
                  inner="white", legs="navy", shoes="ink", accent="wine_3",
                  extras={"earrings", "handmic"}),
    # Zsofi, Mrs. Varga's granddaughter (Tooth Rebirth, chapter 6): about nine, a plait,
    # a green hoodie
    "zsofi": L(skin="pale", hair="auburn", style="plait", top="green", top_style="hoodie",
               inner="green", legs="denim", shoes="white", accent="gold_2", size="child"),
    "guard": L(skin="dark", hair="black", style="buzz", top="navy", top_style="uniform",
               inner="navy", legs="navy", shoes="ink", accent="gold_2",
               extras={"badge", "earpiece"}),
}


# --- the material grid ---------------------------------------------------------------
class Grid:
    def __init__(self) -> None:
        self.m: list[list[str | None]] = [[None] * FW for _ in range(FH)]

    def px(self, x: int, y: int, mat: str | None) -> None:
        if 0 <= x < FW and 0 <= y < FH:
            self.m[y][x] = mat

    def rect(self, x: int, y: int, w: int, h: int, mat: str | None) -> None:
        for yy in range(y, y + h):
            for xx in range(x, x + w):
                self.px(xx, yy, mat)

    def get(self, x: int, y: int) -> str | None:
        return self.m[y][x] if 0 <= x < FW and 0 <= y < FH else None

    def rows(self, x: int, y: int, art: list[str], mat: str) -> None:
        for j, row in enumerate(art):
            for i, ch in enumerate(row):
                if ch == "#":
                    self.px(x + i, y + j, mat)

    def mirror(self) -> Grid:
        g = Grid()
        g.m = [list(reversed(r)) for r in self.m]
        return g


@dataclass
class Body:
    """Vertical layout of a body in the frame."""

    head_y: int  # top row of the head
    head_h: int
    torso_y: int
    torso_h: int
    legs_y: int
    legs_h: int
    head_x: int = 3
    head_w: int = 10
    torso_x: int = 4
    torso_w: int = 8


def body_of(look: Look) -> Body:
    if look.size == "child":
        return Body(head_y=8, head_h=8, torso_y=16, torso_h=4, legs_y=20, legs_h=2,
                    head_x=4, head_w=8, torso_x=5, torso_w=6)
    if look.size == "tall":
        return Body(head_y=1, head_h=10, torso_y=11, torso_h=7, legs_y=18, legs_h=4)
    return Body(head_y=2, head_h=10, torso_y=12, torso_h=7, legs_y=19, legs_h=3)


# --- drawing the parts -----------------------------------------------------------------
def draw_legs(g: Grid, b: Body, look: Look, d: str, f: int) -> None:
    y0, lh = b.legs_y, b.legs_h
    shoe_y = y0 + lh
    if d in ("down", "up"):
        lx, rx = b.torso_x + 1, b.torso_x + b.torso_w // 2
        lw = b.torso_w // 2 - 1
        for i, x in enumerate((lx, rx)):
            lift = 1 if (f == 1 and i == 0) or (f == 2 and i == 1) else 0
            g.rect(x, y0, lw, lh - lift, "legs")
            g.rect(x - (1 if i == 0 else 0), shoe_y - lift, lw + 1, 2, "shoes")
            if lift:
                g.rect(x - (1 if i == 0 else 0), shoe_y + 1, lw + 1, 1, None)
        if look.skirt:
            g.rect(b.torso_x, y0, b.torso_w, 2, "skirt")
            for x in (lx, rx):
                g.rect(x, y0 + 2, lw, lh - 2, "skin")
    else:
        cx = b.torso_x + b.torso_w // 2  # 8
        lw = 3 if look.size != "child" else 2
        if f == 0:
            g.rect(cx - lw + 1, y0, lw + 1, lh, "legs")
            g.rect(cx - lw, shoe_y, lw + 2, 2, "shoes")
        else:
            # the far leg swings back, the near leg reaches forward (facing left);
            # steps A and B swap which leg is near, so the colours alternate
            spread = 2 if look.size != "child" else 1
            rows = lh + 1
            for r in range(rows):
                off = round(spread * (r + 1) / rows)
                g.rect(cx - 1 + off, y0 + r - 1, lw - 1, 1, "legs_far")
            g.rect(cx - 1 + spread, shoe_y, lw, 1, "shoes")  # heel lifted: one row
            for r in range(rows):
                off = round(spread * (r + 1) / rows)
                g.rect(cx - lw + 1 - off, y0 + r - 1, lw - 1, 1, "legs")
            g.rect(cx - lw - spread, shoe_y, lw + 1, 2, "shoes")
        if look.skirt:
            g.rect(cx - 3, y0, 7, 2, "skirt")
            for x in range(cx - 5, cx + 5):
                for yy in range(y0 + 2, shoe_y):
                    if g.get(x, yy) in ("legs", "legs_far"):
                        g.px(x, yy, "skin")


def draw_torso(g: Grid, b: Body, look: Look, d: str, f: int) -> None:  # noqa: C901
    x, y, w, h = b.torso_x, b.torso_y, b.torso_w, b.torso_h
    st = look.top_style
    side = d in ("left", "right")
    if side:
        x, w = x + 1, w - 2
    g.rect(x, y, w, h, "top")
    # shoulders are rounded
    g.px(x, y, None)
    g.px(x + w - 1, y, None)
    long_coat = st in ("coat", "trench")
    if long_coat:
        g.rect(x, y + h, w, 2 if look.size != "child" else 1, "top")
    if d == "down":
        cx = x + w // 2
        if st in ("coat", "trench", "jacket", "cardigan", "blazer", "suit", "techjacket"):
            # open front showing the shirt
            g.rect(cx - 1, y, 2, h, "inner")
            if st in ("suit", "blazer"):
                g.px(cx - 2, y, "inner")
                g.px(cx + 1, y, "inner")
                g.rect(cx - 1, y + 3, 2, h - 3, "top")
                g.px(cx - 1, y + 2, "inner")
                g.px(cx, y + 2, "inner")
            if st == "suit":
                g.rect(cx - 1, y, 2, 1, "inner")
                g.px(cx - 1, y + 1, "accent")
                g.px(cx, y + 1, "accent")
                g.px(cx, y + 2, "accent")
                g.px(x + 1, y + 2, "accent")  # pocket square
            if st in ("coat", "trench"):
                g.px(cx - 2, y, "top_light")
                g.px(cx + 1, y, "top_light")
                g.rect(cx - 1, y + h, 2, 2 if look.size != "child" else 1, "legs")
            if st == "techjacket":
                g.rect(cx - 1, y, 2, h, "inner")
                for yy in range(y, y + h):
                    g.px(cx - 2, yy, "accent")
                    g.px(cx + 1, yy, "accent")
            if st == "trench":
                g.rect(x, y + 4, w, 1, "top_dark")  # belt
        elif st == "hoodie":
            g.px(cx - 1, y + 1, "accent")
            g.px(cx, y + 1, "accent")
            g.px(cx - 1, y + 2, "accent")
            g.px(cx, y + 3, "accent")
            g.rect(x + 2, y + 4, w - 4, 2, "top_dark")  # pocket
        elif st == "scrubs":
            g.rect(cx - 1, y, 2, 2, "skin")
            g.px(cx - 1, y + 2, "skin")
            g.px(x + w - 3, y + 2, "top_light")
        elif st == "uniform":
            g.px(x + 2, y + 2, "accent")
            g.rect(x, y + h - 2, w, 1, "top_dark")
            g.px(cx, y + h - 2, "accent")
        elif st == "athletic":
            g.rect(cx, y, 1, h, "accent")
            g.rect(x, y + 1, 1, h - 1, "accent")
            g.rect(x + w - 1, y + 1, 1, h - 1, "accent")
            g.rect(cx - 1, y, 2, 1, "inner")
        elif st == "crop":
            g.rect(x + 1, y + h - 2, w - 2, 2, "skin")
            g.rect(x, y + h - 1, w, 1, "legs")
            g.rect(cx - 1, y + 1, 2, 2, "accent")
        elif st == "tee":
            g.rect(cx - 1, y, 2, 1, "skin")
            if look.accent:
                g.rect(cx - 1, y + 2, 2, 2, "accent")
    elif d == "up":
        if st == "hoodie":
            g.rect(x + 1, y, w - 2, 2, "top_dark")  # hood down the back
        if st in ("coat", "trench"):
            g.rect(x + w // 2, y + 3, 1, h - 1, "top_dark")
        if st == "athletic":
            g.rect(x + 1, y + 1, w - 2, 1, "accent")
    else:
        front = x if d == "left" else x + w - 1
        if st in ("coat", "trench", "jacket", "cardigan", "blazer", "suit", "techjacket"):
            g.px(front, y + 1, "inner")
            if st == "suit":
                g.px(front, y + 2, "accent")
            if st == "techjacket":
                g.rect(front, y, 1, h, "accent")
        if st == "hoodie":
            back = x + w - 1 if d == "left" else x
            g.rect(back, y, 1, 2, "top_dark")
        if st == "athletic":
            g.rect(x, y + 2, w, 1, "accent")
        if st == "crop":
            g.rect(x, y + h - 2, w, 2, "skin")
            g.rect(x, y + h - 1, w, 1, "legs")


def draw_arms(g: Grid, b: Body, look: Look, d: str, f: int) -> None:
    y = b.torso_y + 1
    ah = b.torso_h - 1 if look.size != "child" else b.torso_h
    sleeve = "top"
    short_sleeves = look.top_style in ("tee", "scrubs")
    if d in ("down", "up"):
        for i, x in enumerate((b.torso_x - 1, b.torso_x + b.torso_w)):
            swing = 0
            if f == 1:
                swing = 1 if i == 1 else -1
            elif f == 2:
                swing = -1 if i == 1 else 1
            if d == "up":
                swing = -swing
            hy = y + ah + swing
            if short_sleeves:
                g.rect(x, y, 1, 2, sleeve)
                g.rect(x, y + 2, 1, hy - y - 2, "skin")
            else:
                g.rect(x, y, 1, hy - y, sleeve)
            g.px(x, hy, "skin")
            if "phone" in look.extras and i == 0 and d == "down":
                g.rect(x, hy - 2, 2, 2, "phone")
                g.px(x + 1, hy - 3, "phone")
    else:
        # one arm in the middle of the body, swinging
        cx = b.torso_x + b.torso_w // 2 - (1 if d == "left" else 0)
        dx = {0: 0, 1: -1, 2: 1}[f] * (1 if d == "left" else -1)
        top_y = y
        for yy in range(top_y, top_y + ah):
            t = (yy - top_y) / max(ah - 1, 1)
            xx = cx + round(dx * t * 2)
            mat = sleeve
            if short_sleeves and yy - top_y >= 2:
                mat = "skin"
            g.px(xx, yy, mat)
            g.px(xx + (1 if d == "left" else -1) if False else xx, yy, mat)
        hx = cx + dx * 2
        g.px(hx, top_y + ah, "skin")
        if "phone" in look.extras:
            px = hx - 1 if d == "left" else hx + 1
            g.rect(px, top_y + ah - 2, 1, 2, "phone")


def draw_head(g: Grid, b: Body, look: Look, d: str) -> None:
    x, y, w, h = b.head_x, b.head_y, b.head_w, b.head_h
    # skull: rounded rectangle
    g.rect(x, y + 1, w, h - 2, "skin")
    g.rect(x + 1, y, w - 2, 1, "skin")
    g.rect(x + 1, y + h - 1, w - 2, 1, "skin")
    if d == "down":
        ey = y + h - 4
        lx, rx = x + 2, x + w - 3
        g.rect(lx, ey, 1, 2, "eye")
        g.rect(rx, ey, 1, 2, "eye")
        g.px(lx, ey, "eye_hi") if look.size == "child" else None
        if "smile" in look.extras:
            g.rect(x + w // 2 - 2, y + h - 2, 4, 1, "mouth")
            g.px(x + w // 2 - 2, y + h - 3, "mouth")
            g.px(x + w // 2 + 1, y + h - 3, "mouth")
            g.rect(x + w // 2 - 1, y + h - 2, 2, 1, "teeth")
        else:
            g.rect(x + w // 2 - 1, y + h - 2, 2, 1, "mouth")
        g.px(lx - 1, ey + 2, "blush") if look.size == "child" else None
        g.px(rx + 1, ey + 2, "blush") if look.size == "child" else None
        # ears
        g.px(x - 1 if False else x, ey + 1, "skin_shade")
        g.px(x + w - 1, ey + 1, "skin_shade")
    elif d in ("left", "right"):
        ey = y + h - 4
        if d == "left":
            g.rect(x + 1, ey, 1, 2, "eye")
            g.px(x - 1, ey + 2, "skin")  # nose
            g.px(x + 1, y + h - 2, "mouth")
            g.px(x + w // 2 + 1, ey + 1, "skin_shade")  # ear
        else:
            g.rect(x + w - 2, ey, 1, 2, "eye")
            g.px(x + w, ey + 2, "skin")
            g.px(x + w - 2, y + h - 2, "mouth")
            g.px(x + w // 2 - 2, ey + 1, "skin_shade")
    # neck
    if look.size != "child":
        g.rect(x + w // 2 - 1, y + h, 2, 1, "skin_shade")


def draw_hair(g: Grid, b: Body, look: Look, d: str, back: bool) -> None:  # noqa: C901
    """Hair; back=True draws the parts behind the head/body (long hair in front view)."""
    x, y, w, h = b.head_x, b.head_y, b.head_w, b.head_h
    st = look.style
    plait = st == "plait"  # a ponytail plaited: drawn as one, with a braid
    if plait:
        st = "ponytail"
    H = "hair"
    if plait and not back:
        draw_plait(g, b, d)
    if back:
        if st in ("long", "long_straight", "streak") and d == "down":
            n = 6 if st != "streak" else 4
            g.rect(x - 1 if st == "long" else x, y + 3, 1, h - 3 + n - 2, H)
            g.rect(x + w if st == "long" else x + w - 1, y + 3, 1, h - 3 + n - 2, H)
        if st == "ponytail" and d == "down":
            g.rect(x + w, y + 2, 1, 4, H)
        if st == "pigtails" and d in ("down", "up"):
            g.rect(x - 1, y + 3, 1, 4, H)
            g.rect(x + w, y + 3, 1, 4, H)
        return
    top2 = [(x + 1, y - 1 + 1, w - 2, 1)]
    del top2
    if st == "beanie":
        g.rect(x, y - 1, w, 4, "hat")
        g.rect(x + 1, y - 2, w - 2, 1, "hat")
        g.rect(x, y + 2, w, 1, "hat_band")
        if d == "down":
            g.rect(x, y + 3, 1, 3, H)
            g.rect(x + w - 1, y + 3, 1, 3, H)
        elif d == "up":
            g.rect(x, y + 3, w, 4, H)
        else:
            back_x = x + w - 3 if d == "left" else x
            g.rect(back_x, y + 3, 3, 4, H)
        return
    if st == "cap":
        g.rect(x, y, w, 3, "hat")
        g.rect(x + 1, y - 1, w - 2, 1, "hat")
        if d == "down":
            g.rect(x + 1, y + 3, w - 2, 1, "hat_band")
            g.rect(x, y + 3, 1, 2, H)
            g.rect(x + w - 1, y + 3, 1, 2, H)
        elif d == "left":
            g.rect(x - 2, y + 3, 4, 1, "hat_band")
            g.rect(x + w - 3, y + 3, 3, 3, H)
        elif d == "right":
            g.rect(x + w - 2, y + 3, 4, 1, "hat_band")
            g.rect(x, y + 3, 3, 3, H)
        else:
            g.rect(x, y + 3, w, 3, H)
        return
    # generic cap of hair on top of the skull
    fringe = {"short": 3, "sleek": 3, "streak": 4, "long": 4, "long_straight": 3, "bob": 4,
              "bun": 3, "ponytail": 3, "pigtails": 3, "curly": 3, "curly_short": 3,
              "afro": 4, "buzz": 2, "slick": 2, "receding": 2}.get(st, 3)
    g.rect(x + 1, y - 1, w - 2, 1, H)
    g.rect(x, y, w, fringe, H)
    if st == "afro":
        g.rect(x - 1, y - 1, w + 2, 5, H)
        g.rect(x, y - 2, w, 1, H)
    if st in ("curly", "curly_short"):
        for i in range(x, x + w, 2):
            g.px(i, y - 2 if st == "curly" else y - 1, H)
    if st == "receding" and d == "down":
        g.rect(x + 2, y, w - 4, 2, "skin")
        g.rect(x + 1, y - 1, w - 2, 1, None)
        g.rect(x + 2, y - 1, w - 4, 1, "skin")
    if st == "bun":  # a round bun on top, kept inside the frame
        top = max(y - 3, 0)
        g.rect(x + w // 2 - 2, top + 1, 4, y - top, "hair")
        g.rect(x + w // 2 - 1, top, 2, 1, "hair")
        g.px(x + w // 2 - 1, top + 1, "hair_light")
    if st == "sleek" and d == "down":
        g.rect(x + 1, y + 3, 4, 1, H)  # swept fringe
    if d == "down":
        if st in ("long", "long_straight", "bob", "streak", "pigtails"):
            sides = {"bob": 6, "long": 7, "long_straight": 8, "streak": 7, "pigtails": 4}[st]
            g.rect(x, y + fringe, 1, sides, H)
            g.rect(x + w - 1, y + fringe, 1, sides, H)
            if st == "bob":
                g.px(x + 1, y + fringe + sides - 1, H)
                g.px(x + w - 2, y + fringe + sides - 1, H)
        else:
            g.rect(x, y + fringe, 1, 2, H)
            g.rect(x + w - 1, y + fringe, 1, 2, H)
        if st in ("short", "curly", "curly_short", "afro"):
            g.px(x + 2, y + fringe, H)
            g.px(x + w - 4, y + fringe, H)
        if st == "streak":
            g.rect(x + 1, y, 3, fringe, "streak")
            g.px(x, y + fringe, "streak")
            g.px(x, y + fringe + 1, "streak")
        if st == "long":
            g.rect(x + 1, y + fringe, 2, 1, H)
        if st == "slick":
            g.px(x + w - 3, y + 2, "hair_light")
    elif d == "up":
        extra = {"long": 7, "long_straight": 8, "bob": 5, "streak": 6, "ponytail": 3,
                 "bun": 4, "pigtails": 4}.get(st, 3)
        g.rect(x, y, w, min(h - 1, fringe + extra), H)
        if st in ("long", "long_straight", "streak"):
            n = {"long": 4, "long_straight": 5, "streak": 2}[st]
            g.rect(x + 1, y + h - 1, w - 2, n, H)
            g.px(x + 1, y + h - 1 + n - 1, None)
            g.px(x + w - 2, y + h - 1 + n - 1, None)
            g.rect(x + w // 2, y + 3, 1, h + n - 5, "hair_dark")  # a parting of strands
            g.rect(x + 2, y + 5, 1, h + n - 8, "hair_dark")
        if st == "ponytail":
            g.rect(x + w // 2 - 1, y + h - 2, 2, 5, "hair_dark")
        if st == "streak":
            g.rect(x + w - 4, y, 3, 5, "streak")
    else:
        # side view: hair covers the back half of the head
        left = d == "left"
        bw = w // 2 + 1
        bx = x + w - bw if left else x
        length = {"long": 9, "long_straight": 10, "bob": 6, "streak": 8, "ponytail": 4,
                  "bun": 4, "pigtails": 5, "afro": 6}.get(st, 4)
        g.rect(bx, y, bw, length, H)
        fx = x if left else x + w - 3
        g.rect(fx, y + fringe - 1, 3, 1, H) if st not in ("buzz", "slick", "receding") else None
        if st in ("long", "long_straight", "streak"):
            g.rect(bx + (1 if left else 0), y + length, bw - 1, 3, H)
        if st == "ponytail":
            tx = x + w if left else x - 2
            g.rect(tx, y + 1, 2, 2, H)
            g.rect(tx + (1 if left else 0), y + 3, 1, 4, "hair_dark")
            g.px(x + w - 1 if left else x, y + 2, "accent_hair")
        if st == "bun":
            bx2 = x + w - 4 if left else x + 1
            g.rect(bx2, max(y - 2, 0), 3, 3, H)
        if st == "pigtails":
            g.rect(x + w if left else x - 1, y + 3, 1, 4, H)
        if st == "streak":
            g.rect(fx, y, 3, fringe, "streak")
        if st == "receding":
            g.rect(x + 1 if left else x + w - 5, y, 4, 1, "skin")


def draw_plait(g: Grid, b: Body, d: str) -> None:
    """A plait: over the left shoulder in front, down the back from behind, hanging
    behind the head from the side (drawn before the rest of the hair)."""
    x, y, w, h = b.head_x, b.head_y, b.head_w, b.head_h
    if d == "down":
        for i, yy in enumerate(range(y + h - 3, b.torso_y + 3)):
            g.px(x + w - 1 if i % 2 else x + w - 2, yy, "hair" if i % 2 else "hair_dark")
            g.px(x + w - 1, yy, "hair")
        g.px(x + w - 1, b.torso_y + 3, "accent_hair")
    elif d == "up":
        for i, yy in enumerate(range(y + h - 2, b.torso_y + 4)):
            g.px(x + w // 2 - 1, yy, "hair" if i % 2 else "hair_dark")
            g.px(x + w // 2, yy, "hair_dark" if i % 2 else "hair")
        g.px(x + w // 2 - 1, b.torso_y + 4, "accent_hair")


def draw_extras(g: Grid, b: Body, look: Look, d: str, f: int) -> None:  # noqa: C901
    ex = look.extras
    x, y, w, h = b.head_x, b.head_y, b.head_w, b.head_h
    ey = y + h - 4
    if "visor" in ex:
        if d == "down":
            g.rect(x, ey - 1, w, 2, "visor")
            g.px(x + 2, ey - 1, "visor_hi")
            g.px(x + 3, ey - 1, "visor_hi")
        elif d in ("left", "right"):
            vx = x - 1 if d == "left" else x + w - 4
            g.rect(vx, ey - 1, 5, 2, "visor")
            g.px(vx + (1 if d == "left" else 3), ey - 1, "visor_hi")
        else:
            g.rect(x, ey - 1, w, 1, "visor_band")
    if "glasses" in ex:
        if d == "down":
            # light lenses either side of each eye, joined by a dark bridge
            for ex_ in (x + 2, x + w - 3):
                g.px(ex_ - 1, ey, "glass")
                g.px(ex_ + 1, ey, "glass")
                g.px(ex_ - 1, ey + 1, "frame")
                g.px(ex_ + 1, ey + 1, "frame")
                g.px(ex_, ey + 1, "frame")
            g.rect(x + 4, ey, w - 8, 1, "frame")
        elif d in ("left", "right"):
            ex_ = x + 1 if d == "left" else x + w - 2
            g.px(ex_ - 1, ey, "glass")
            g.px(ex_ + 1, ey, "glass")
            g.rect(ex_ - 1, ey + 1, 3, 1, "frame")
            g.rect(x + 3 if d == "left" else x + w - 5, ey, 3, 1, "frame")
    if "beard" in ex and d != "up":
        if d == "down":
            g.rect(x + 1, y + h - 3, w - 2, 3, "beard")
            g.rect(x + 2, y + h, w - 4, 1, "beard")
            g.rect(x + w // 2 - 1, y + h - 2, 2, 1, "mouth")
        else:
            bx = x if d == "left" else x + w - 5
            g.rect(bx, y + h - 3, 5, 3, "beard")
            g.px(bx + (0 if d == "left" else 4), y + h, "beard")
    if "stubble" in ex and d != "up":
        if d == "down":
            for i in range(x + 1, x + w - 1):
                if (i + y) % 2 == 0:
                    g.px(i, y + h - 1, "stubble")
            g.px(x + 1, y + h - 2, "stubble")
            g.px(x + w - 2, y + h - 2, "stubble")
        else:
            bx = x if d == "left" else x + w - 4
            for i in range(bx, bx + 4):
                if i % 2 == 0:
                    g.px(i, y + h - 1, "stubble")
    if "earrings" in ex:
        if d == "down":
            g.px(x, y + h - 2, "earring")
            g.px(x + w - 1, y + h - 2, "earring")
        elif d == "left":
            g.px(x + w // 2 + 1, y + h - 2, "earring")
        elif d == "right":
            g.px(x + w // 2 - 2, y + h - 2, "earring")
    if "headset" in ex:
        if d == "down":
            g.px(x, ey + 1, "frame")
            g.px(x + 1, y + h - 2, "mic")
        elif d in ("left", "right"):
            ex_x = x + w // 2 + 1 if d == "left" else x + w // 2 - 2
            g.px(ex_x, y + h - 4, "frame")
            g.px(x + 1 if d == "left" else x + w - 2, y + h - 2, "mic")
    if "earpiece" in ex and d in ("left", "right"):
        ex_x = x + w // 2 + 1 if d == "left" else x + w // 2 - 2
        g.px(ex_x, y + h - 4, "frame")
        g.px(ex_x, y + h - 3, "frame")
    ty = b.torso_y
    if "lanyard" in ex and d == "down":
        cx = b.torso_x + b.torso_w // 2
        g.px(cx - 2, ty, "lanyard")
        g.px(cx + 1, ty, "lanyard")
        g.px(cx - 1, ty + 1, "lanyard")
        g.px(cx, ty + 1, "lanyard")
        g.rect(cx - 1, ty + 2, 2, 2, "card")
    if "badge" in ex and d == "down":
        g.px(b.torso_x + b.torso_w - 3, ty + 2, "badge")
    if "notepad" in ex:
        if d == "down":
            g.rect(b.torso_x + b.torso_w - 1, ty + 4, 2, 3, "paper")
        elif d in ("left", "right"):
            nx = b.torso_x + 1 if d == "left" else b.torso_x + b.torso_w - 3
            g.rect(nx, ty + 4, 2, 2, "paper")
    if "camera" in ex:
        if d == "down":
            g.rect(b.torso_x + b.torso_w - 3, ty - 1, 4, 3, "camera")
            g.px(b.torso_x + b.torso_w - 2, ty, "lens")
        elif d in ("left", "right"):
            cx = b.torso_x - 1 if d == "left" else b.torso_x + b.torso_w - 4
            g.rect(cx, ty - 2, 5, 3, "camera")
            g.px(cx if d == "left" else cx + 4, ty - 1, "lens")
        else:
            g.rect(b.torso_x + b.torso_w - 3, ty - 1, 4, 3, "camera")
    if "handmic" in ex:  # a reporter's microphone with a station cube, held up
        if d == "down":
            mx = b.torso_x + b.torso_w
            g.rect(mx, ty + 3, 1, 3, "mic_stick")
            g.rect(mx, ty + 2, 2, 1, "mic_flag")
            g.px(mx, ty + 1, "mic_head")
            g.px(mx + 1, ty + 1, "mic_head")
        elif d in ("left", "right"):
            mx = b.torso_x - 1 if d == "left" else b.torso_x + b.torso_w
            g.rect(mx, ty + 2, 1, 3, "mic_stick")
            g.px(mx, ty + 1, "mic_flag")
            g.px(mx + (-1 if d == "left" else 1), ty + 1, "mic_head")
    if "backpack" in ex:
        if d == "up":
            g.rect(b.torso_x, ty, b.torso_w, b.torso_h + 1, "pack")
            g.rect(b.torso_x + 1, ty + 2, b.torso_w - 2, 2, "pack_light")
        elif d == "down":
            g.px(b.torso_x, ty, "pack")
            g.px(b.torso_x + b.torso_w - 1, ty, "pack")
            g.px(b.torso_x, ty + 1, "pack")
            g.px(b.torso_x + b.torso_w - 1, ty + 1, "pack")
        else:
            px = b.torso_x + b.torso_w - 1 if d == "left" else b.torso_x - 2
            g.rect(px, ty, 3, b.torso_h + 1, "pack")
            g.rect(px + (1 if d == "left" else 0), ty + 1, 2, 2, "pack_light")


# --- colouring -------------------------------------------------------------------------
def palette_for(look: Look) -> dict[str, tuple[str, str, str] | str]:
    skin = SKINS[look.skin]
    hair = HAIR[look.hair]
    top = R[look.top]
    pal: dict[str, tuple[str, str, str] | str] = {
        "skin": skin, "skin_shade": skin[0], "hair": hair, "hair_dark": hair[0],
        "hair_light": hair[2], "top": top, "top_dark": top[0], "top_light": top[2],
        "inner": R[look.inner], "legs": R[look.legs], "legs_far": R[look.legs][0],
        "skirt": R[look.legs] if look.legs not in ("denim",) else R["navy"],
        "shoes": look.shoes, "eye": "ink",
        "eye_hi": "white", "mouth": darker(skin[0]), "teeth": "white", "blush": "wine_4",
        "accent": look.accent or top[2], "visor": "teal_3", "visor_hi": "teal_5",
        "visor_band": "teal_2", "frame": "night", "glass": "mist", "beard": hair,
        "stubble": hair[0],
        "earring": "gold_2", "lanyard": "teal_3" if not look.accent else look.accent,
        "card": "white", "badge": look.accent or "gold_2", "paper": "white",
        "camera": "ink", "lens": "blue_3", "pack": ("wine_1", "wine_3", "wine_4"),
        "pack_light": "gold_2", "phone": "night", "streak": ("grey", "silver", "white"),
        "hat": top if look.style != "beanie" else ("wine_0", "wine_1", "wine_2"),
        "hat_band": "wine_2" if look.style == "beanie" else (look.accent or "wine_3"),
        "accent_hair": look.accent or "pink_2", "mic": "gold_2",
        "mic_stick": "night", "mic_head": "steel", "mic_flag": "wine_3",
    }
    if look.style == "beanie":
        pal["hat"] = ("orange_0", "orange_1", "orange_2")
        pal["hat_band"] = "orange_0"
    if look.style == "cap":
        pal["hat"] = ("wine_1", "wine_2", "wine_3")
        pal["hat_band"] = "wine_1"
    if look.top_style == "crop" and look.skirt is False:
        pass
    return pal


SHADED = {"skin", "hair", "top", "inner", "legs", "skirt", "beard", "streak", "hat", "pack"}


def colour(g: Grid, look: Look) -> Canvas:
    pal = palette_for(look)
    cv = Canvas(FW, FH)
    for y in range(FH):
        for x in range(FW):
            mat = g.m[y][x]
            if mat is None:
                continue
            c = pal[mat]
            if isinstance(c, tuple):
                shade, base, light = c
                tone = base
                if mat in SHADED:
                    right = g.get(x + 1, y) != mat
                    bottom = g.get(x, y + 1) != mat
                    left = g.get(x - 1, y) != mat
                    top = g.get(x, y - 1) != mat
                    if right or (bottom and mat in ("hair", "top", "legs", "hat")):
                        tone = shade
                    elif (left or top) and mat != "skin":
                        tone = light
                    elif mat == "skin" and top and g.get(x, y - 1) in ("hair", "hat"):
                        tone = shade  # hair casts a shadow on the forehead
                cv.px(x, y, tone)
            else:
                cv.px(x, y, c)
    # selective outline: the dark end of whatever the outline touches
    out = cv.copy()
    for y in range(FH):
        for x in range(FW):
            if cv.get(x, y) != -1:
                continue
            for dx, dy in ((0, 1), (1, 0), (-1, 0), (0, -1)):
                mat = g.get(x + dx, y + dy)
                if mat is not None:
                    c = pal[mat]
                    base = c[0] if isinstance(c, tuple) else c
                    out.px(x, y, darker(base) if mat not in ("shoes", "camera", "phone")
                           else "ink")
                    break
    return out


def frame(look: Look, d: str, f: int) -> Canvas:
    b = body_of(look)
    if d == "right":
        return _frame_right(look, f)
    g = Grid()
    draw_legs(g, b, look, d, f)
    up = Grid()
    upper(up, b, look, d, f)
    bob = 1 if f else 0
    for y in range(FH - 1, -1, -1):
        for x in range(FW):
            mat = up.get(x, y)
            if mat is not None and y + bob < FH:
                g.px(x, y + bob, mat)
    return colour(g, look)


def upper(g: Grid, b: Body, look: Look, d: str, f: int) -> None:
    """Everything above the legs: torso, arms, head, hair and accessories."""
    if d != "up":
        draw_hair(g, b, look, d, back=True)
    draw_torso(g, b, look, d, f)
    if d != "left":
        draw_arms(g, b, look, d, f)
    draw_head(g, b, look, d)
    draw_hair(g, b, look, d, back=False)
    if d == "up":
        draw_hair(g, b, look, d, back=True)
    draw_extras(g, b, look, d, f)
    if d == "left":
        draw_arms(g, b, look, d, f)


def _frame_right(look: Look, f: int) -> Canvas:
    """Right-facing frames mirror the left ones (the walk still alternates correctly)."""
    return frame(look, "left", f).flip_h()


def sheet(look: Look) -> Canvas:
    cv = Canvas(FW * 3, FH * 4)
    for row, d in enumerate(DIRS):
        for col in range(3):
            cv.blit(frame(look, d, col), col * FW, row * FH)
    return cv


def write_all(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for cid, look in CAST.items():
        sheet(look).save(out / f"{cid}.png")
