"""Drawing dialogue: the text box with name plate and portrait, choices, the debate
screen and the evidence picker. Only draws; the scene holds the state."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

import pygame

from game.content.resolver import Refused
from game.dialogue import events as ev
from game.dialogue.model import Campaign
from game.engine.images import ImageCache
from game.engine.screen import HEIGHT, WIDTH, Screen
from game.engine.text import Span, text_width, wrap
from game.ui import theme
from game.ui.contrast import AA, AAA, mix, readable
from game.ui.menu import Menu
from game.ui.portraits import Portraits

BOX = (8, 194, 464, 70)
PORTRAIT_POS = (BOX[0] + 6, BOX[1] + 3)
TEXT_SIZE = theme.SIZE_BODY
TEXT_LINES = 4
TEXT_X = BOX[0] + 78
TEXT_Y = BOX[1] + 8
TEXT_WIDTH = BOX[0] + BOX[2] - 12 - TEXT_X
NARRATION_X = BOX[0] + 14
NARRATION_WIDTH = BOX[2] - 28
LINE_STEP = 10.5
#: How far the name plate stands up out of the box.
PLATE_RISE = 12
#: How far the plate's own colour is darkened towards ink behind the name.
PLATE_SHADE = 0.8
#: The darkest the backlog's shade lets the game behind it show (over white).
BACKLOG_SHADE = 215


def covered_bottom() -> int:
    """How many pixels at the bottom of the screen the text box and its name plate
    cover (the map keeps the people of a conversation above it)."""
    return HEIGHT - (BOX[1] - PLATE_RISE)


def text_contrast() -> float:
    """The contrast names are drawn with: WCAG AA, AAA with high-contrast text."""
    return AAA if theme.high_contrast() else AA


@functools.lru_cache(maxsize=256)
def _plate_colors(color: tuple[int, int, int], minimum: float,
                  ink: tuple[int, int, int]) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    background = mix(color, ink, PLATE_SHADE)
    return background, readable(color, background, minimum)


def plate_colors(color: tuple[int, int, int]) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """(background, text) of a speaker's name plate: a dark shade of their colour,
    and their colour made light enough to read on it (:func:`text_contrast`)."""
    return _plate_colors(tuple(color[:3]), text_contrast(), theme.INK)


def backlog_name_color(color: tuple[int, int, int]) -> tuple[int, int, int]:
    """A speaker's colour in the history, readable on its shade over any scene."""
    worst = mix(theme.INK, theme.WHITE, 1 - BACKLOG_SHADE / 255)
    return readable(color, worst, text_contrast())


def text_area(has_portrait: bool) -> tuple[float, float]:
    """(x, width) of the text inside the box."""
    return (TEXT_X, TEXT_WIDTH) if has_portrait else (NARRATION_X, NARRATION_WIDTH)


def hex_color(text: str | None, default: tuple[int, int, int]) -> tuple[int, int, int]:
    if not text:
        return default
    digits = text.lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    try:
        return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))
    except ValueError:
        return default


@dataclass
class Speaking:
    """Who is talking, as the box shows it."""

    name: str | None
    portrait: pygame.Surface | None
    color: tuple[int, int, int]


class DialogueLook:
    """Portraits, icons and colours for one campaign's speakers and evidence
    (its mods' portraits and icons included)."""

    def __init__(self, images: ImageCache, campaign: Campaign) -> None:
        self.images = images
        catalog = campaign.catalog
        #: The campaign's packs: the base game and the mods kept for it.
        self.content = catalog.content if catalog is not None else images.content
        self.portraits = Portraits(images, self.content)
        self.speakers = campaign.speakers
        self.evidence = campaign.evidence
        self._icons: dict[str, pygame.Surface | None] = {}

    def speaking(self, speaker: str | None, name: str | None, expression: str | None) -> Speaking:
        if speaker is None:
            return Speaking(None, None, theme.MIST)
        info = self.speakers.get(speaker)
        portrait_id = getattr(info, "portrait", None) or speaker
        color = hex_color(getattr(info, "color", None), theme.TEAL_PALE)
        portrait = self.portraits.get(portrait_id, expression or "neutral")
        return Speaking(name or getattr(info, "name", speaker), portrait, color)

    def evidence_name(self, item: str) -> str:
        info = self.evidence.get(item)
        return getattr(info, "name", None) or item.replace("_", " ").capitalize()

    def evidence_description(self, item: str) -> str:
        return getattr(self.evidence.get(item), "description", "") or ""

    def icon(self, item: str) -> pygame.Surface | None:
        info = self.evidence.get(item)
        icon = getattr(info, "icon", None) or "document"
        if icon not in self._icons:
            try:
                path = self.content.asset("assets/icons", icon, ".png", "icon")
            except Refused:  # not an id (lint says so); nothing is read
                path = None
            self._icons[icon] = self.images.load(path) if path is not None else None
        return self._icons[icon]


def draw_box(screen: Screen, speaking: Speaking, lines: Sequence[Sequence[Span]], *,
             finished: bool, ticks: int, status: str = "") -> None:
    """The text box with its name plate, portrait, text so far and the "more" mark."""
    screen.frame(BOX)
    x, _ = text_area(speaking.portrait is not None)
    if speaking.portrait is not None:
        px, py = PORTRAIT_POS
        screen.fill(theme.NIGHT, (px, py, 64, 64))
        screen.blit(speaking.portrait, (px, py), static=True)
        screen.outline(theme.SLATE, (px - 1, py - 1, 66, 66))
    if speaking.name:
        width = text_width(speaking.name, TEXT_SIZE, "bold") + 18
        plate = (x - 4, BOX[1] - PLATE_RISE, width, 16)
        background, color = plate_colors(speaking.color)
        screen.frame(plate, "nameplate")
        screen.fill(background, (plate[0] + 2, plate[1] + 2, plate[2] - 4, plate[3] - 4))
        screen.text(speaking.name, (plate[0] + 9, plate[1] + 8), size=TEXT_SIZE, face="bold",
                    color=color, anchor="midleft", shadow=theme.SHADOW)
    colors = {"em": theme.GOLD_PALE, "strong": theme.WHITE}
    base = theme.TEXT if speaking.name else theme.MIST
    for row, line in enumerate(lines):
        screen.spans(line, (x, TEXT_Y + row * LINE_STEP), size=TEXT_SIZE, color=base,
                     colors=colors, shadow=theme.SHADOW)
    if finished:
        bob = 0 if theme.reduced_motion() else (ticks // 20) % 2
        screen.fill(theme.TEAL_LIGHT, (BOX[0] + BOX[2] - 16, BOX[1] + BOX[3] - 11 + bob, 6, 2))
        screen.fill(theme.TEAL_LIGHT, (BOX[0] + BOX[2] - 15, BOX[1] + BOX[3] - 9 + bob, 4, 2))
        screen.fill(theme.TEAL_LIGHT, (BOX[0] + BOX[2] - 14, BOX[1] + BOX[3] - 7 + bob, 2, 1))
    if status:
        screen.text(status, (BOX[0] + BOX[2] - 8, BOX[1] + 6), size=theme.SIZE_SMALL,
                    face="bold", color=theme.GOLD, anchor="topright", shadow=theme.SHADOW)


def draw_choices(screen: Screen, menu: Menu) -> None:
    widest = max(text_width(item.label, TEXT_SIZE, "bold") for item in menu.items)
    width = min(WIDTH - 40, widest + 44)
    height = menu.padding * 2 + menu.row_height * len(menu.items)
    menu.draw(screen, (WIDTH - width) / 2, BOX[1] - 18 - height, width)


# --- debate -------------------------------------------------------------------------------

DEBATE_ACTIONS = ("Press", "Present evidence")
#: The debate's key hints, on a panel (about 9:1).
HINT_COLOR = theme.SILVER
#: How much of the room shows through under a debate (alpha of ink over it).
DEBATE_DIM = 228
#: The most credibility drawn as pips; more is drawn as a number.
MAX_PIPS = 12


def draw_debate(screen: Screen, look: DialogueLook, debate: ev.Debate,
                lines: Sequence[Sequence[Span]], *, action: int, finished: bool,
                ticks: int) -> None:
    speaking = look.speaking(debate.speaker, debate.name, debate.expression)
    _debate_stage(screen, speaking)
    _debate_header(screen, debate)
    # the claimant stands large above, so the box carries only the name and the claim
    draw_box(screen, Speaking(speaking.name, None, speaking.color), lines, finished=False,
             ticks=ticks)
    if debate.refuted:
        screen.text("REFUTED", (BOX[0] + BOX[2] - 10, BOX[1] + BOX[3] - 8), size=theme.SIZE_BODY,
                    face="bold", color=theme.CORAL, anchor="bottomright", shadow=theme.SHADOW)
    if not finished:
        return
    y = BOX[1] - 34
    x = BOX[0] + 78
    for index, label in enumerate(DEBATE_ACTIONS):
        enabled = debate.can_press if index == 0 else bool(debate.evidence)
        width = text_width(label, TEXT_SIZE, "bold") + 20
        selected = index == action
        screen.frame((x, y, width, 18))
        if selected:
            screen.fill((*theme.TEAL, 90), (x + 3, y + 3, width - 6, 12))
        color = theme.TEAL_PALE if selected else theme.TEXT
        screen.text(label, (x + width / 2, y + 9), size=TEXT_SIZE, face="bold",
                    color=color if enabled else theme.TEXT_DISABLED, anchor="center",
                    shadow=theme.SHADOW)
        x += width + 6
    hint = "< >  other claims"
    width = text_width(hint, theme.SIZE_SMALL) + 16
    screen.frame((BOX[0] + BOX[2] - width, y, width, 18))
    screen.text(hint, (BOX[0] + BOX[2] - 8, y + 9), size=theme.SIZE_SMALL,
                color=HINT_COLOR, anchor="midright", shadow=theme.SHADOW)


def _debate_stage(screen: Screen, speaking: Speaking) -> None:
    """The room dims, almost dark; the speaker of the claim stands large in a pool of
    light."""
    screen.fill((*theme.INK, DEBATE_DIM))
    cx, top = WIDTH / 2, 36
    screen.blit(_spotlight(), (cx - 90, top - 8), static=True)
    if speaking.portrait is not None:
        big = _scaled_portraits.get(id(speaking.portrait))
        if big is None or big[0] is not speaking.portrait:
            big = (speaking.portrait, pygame.transform.scale_by(speaking.portrait, 2))
            _scaled_portraits[id(speaking.portrait)] = big
        screen.blit(big[1], (cx - 64, top), static=True)
        screen.fill(theme.CORAL, (cx - 64, top + 128, 128, 1))


_scaled_portraits: dict[int, tuple[pygame.Surface, pygame.Surface]] = {}


@functools.cache
def _spotlight() -> pygame.Surface:
    """A soft cone of light falling on the speaker, in stepped pixel-art bands."""
    light = pygame.Surface((180, 150), pygame.SRCALPHA)
    for step, alpha in enumerate((26, 34, 44, 56)):
        inset = step * 14
        pygame.draw.polygon(light, (*theme.TEAL_PALE, alpha),
                            [(70 + inset // 2, 0), (110 - inset // 2, 0),
                             (170 - inset, 140), (10 + inset, 140)])
    for step, alpha in enumerate((40, 60, 80)):
        pygame.draw.ellipse(light, (*theme.TEAL, alpha),
                            (14 + step * 16, 128 + step * 3, 152 - step * 32, 20 - step * 6))
    return light


def _debate_header(screen: Screen, debate: ev.Debate) -> None:
    screen.fill((*theme.INK, 200), (0, 0, WIDTH, 24))
    screen.fill(theme.CORAL, (0, 23, WIDTH, 1))
    screen.text("DEBATE", (10, 12), size=theme.SIZE_BODY, face="bold", color=theme.CORAL,
                anchor="midleft", shadow=theme.SHADOW)
    screen.text(f"Claim {debate.claim_index + 1} of {debate.claim_count}", (62, 12),
                size=theme.SIZE_SMALL + 0.5, color=theme.MIST, anchor="midleft")
    # one pip a claim; the claim on screen is lit
    for index in range(debate.claim_count):
        box = (140 + index * 12, 8, 8, 8)
        if index == debate.claim_index:
            screen.fill(theme.GOLD, box)
        else:
            screen.outline(theme.STEEL, box)
    screen.text(f"{debate.refuted_count}/{debate.to_refute} refuted",
                (148 + debate.claim_count * 12, 12), size=theme.SIZE_SMALL + 0.5,
                color=theme.TEAL_LIGHT, anchor="midleft")
    if debate.max_credibility > MAX_PIPS:  # too many to draw one by one
        screen.text(f"{debate.credibility} / {debate.max_credibility}", (WIDTH - 10, 12),
                    size=theme.SIZE_BODY, face="bold", color=theme.TEAL_LIGHT, anchor="midright")
        screen.text("Credibility", (WIDTH - 54, 12), size=theme.SIZE_SMALL + 0.5,
                    color=theme.MIST, anchor="midright")
        return
    screen.text("Credibility", (WIDTH - 14 - debate.max_credibility * 10, 12),
                size=theme.SIZE_SMALL + 0.5, color=theme.MIST, anchor="midright")
    for index in range(debate.max_credibility):
        cx = WIDTH - 10 - (debate.max_credibility - index) * 10
        full = index < debate.credibility
        screen.fill(theme.TEAL_LIGHT if full else theme.SLATE, (cx, 7, 7, 10))
        if full:
            screen.fill(theme.TEAL_PALE, (cx, 7, 7, 2))


def draw_evidence_picker(screen: Screen, look: DialogueLook, items: Sequence[str], index: int,
                         title: str = "Present which evidence?") -> None:
    panel = (40, 30, 400, 152)
    screen.fill((*theme.INK, 140))
    screen.frame(panel)
    screen.text(title, (panel[0] + 12, panel[1] + 12), size=theme.SIZE_BODY, face="bold",
                color=theme.TEAL_PALE, anchor="midleft", shadow=theme.SHADOW)
    top = panel[1] + 24
    for row, item in enumerate(items[:8]):
        y = top + row * 15
        if row == index:
            screen.fill((*theme.TEAL, 80), (panel[0] + 6, y, 170, 14))
        icon = look.icon(item)
        if icon is not None:
            screen.blit(icon, (panel[0] + 8, y - 1), static=True)
        screen.text(look.evidence_name(item), (panel[0] + 28, y + 7), size=theme.SIZE_SMALL + 0.5,
                    color=theme.TEAL_PALE if row == index else theme.TEXT, anchor="midleft")
    if not items:
        return
    item = items[index]
    x = panel[0] + 190
    icon = look.icon(item)
    if icon is not None:
        screen.fill(theme.NIGHT, (x, top, 36, 36))
        screen.blit(pygame.transform.scale_by(icon, 2), (x + 2, top + 2))
    screen.text(look.evidence_name(item), (x + 42, top + 8), size=theme.SIZE_BODY, face="bold",
                color=theme.GOLD_PALE, anchor="midleft", shadow=theme.SHADOW)
    y = top + 42
    for line in wrap(look.evidence_description(item), 196, theme.SIZE_SMALL + 0.5):
        screen.text(line, (x, y), size=theme.SIZE_SMALL + 0.5, color=theme.MIST)
        y += 9


# --- backlog ------------------------------------------------------------------------------

def draw_backlog(screen: Screen, entries: Sequence, scroll: int) -> None:
    """Past lines from the newest (bottom) up; ``scroll`` hides that many newest entries."""

    screen.fill((*theme.INK, BACKLOG_SHADE))
    screen.text("History", (16, 14), size=theme.SIZE_TITLE, face="bold", color=theme.TEAL_PALE,
                anchor="midleft", shadow=theme.SHADOW)
    screen.text("Up / Down scroll  ·  L or X close", (WIDTH - 16, 14), size=theme.SIZE_SMALL,
                color=theme.GREY, anchor="midright")
    screen.fill(theme.SLATE, (16, 26, WIDTH - 32, 1))
    bottom = HEIGHT - 12
    visible = entries[: len(entries) - scroll] if scroll else entries
    for entry in reversed(visible):
        text = "".join(piece for piece, _ in entry.spans)
        lines = wrap(text, WIDTH - 140, theme.SIZE_BODY)
        height = len(lines) * LINE_STEP + 4
        top = bottom - height
        if top < 32:
            break
        if entry.name:
            screen.text(entry.name, (100, top), size=theme.SIZE_BODY, face="bold",
                        color=backlog_name_color(entry.color), anchor="topright")
        for row, line in enumerate(lines):
            screen.text(line, (110, top + row * LINE_STEP), size=theme.SIZE_BODY,
                        color=theme.TEXT if entry.name else theme.MIST)
        bottom = top
    if not entries:
        screen.text("Nothing said yet.", (WIDTH / 2, HEIGHT / 2), size=theme.SIZE_BODY,
                    color=theme.GREY, anchor="center")


# --- cards: chapters and endings ----------------------------------------------------------

def _faded(color: tuple[int, int, int], fade: float) -> tuple[int, int, int]:
    return (round(color[0] * fade), round(color[1] * fade), round(color[2] * fade))


def draw_card(screen: Screen, kicker: str, title: str, text: str = "", *, fade: float = 1.0,
              hint: str = "", accent: tuple[int, int, int] = theme.TEAL_LIGHT) -> None:
    """A title card over the scene: the kicker ("Chapter 3", "Ending"), the title, a
    few lines of text; ``fade`` (0..1) dims it in and out."""
    fade = max(0.0, min(1.0, fade))
    screen.fill((*theme.INK, round(215 * fade)))
    lines = wrap(text, 300, theme.SIZE_BODY) if text else []
    height = 46 + (len(lines) * LINE_STEP + 4 if lines else 0)
    top = (HEIGHT - height) / 2
    band = (0, top - 6, WIDTH, height + 14)
    screen.fill((*theme.NIGHT, round(235 * fade)), band)
    screen.fill(_faded(accent, fade), (0, band[1], WIDTH, 1))
    screen.fill(_faded(accent, fade), (0, band[1] + band[3] - 1, WIDTH, 1))
    cx = WIDTH / 2
    screen.text(kicker.upper(), (cx, top + 8), size=theme.SIZE_BODY, face="bold",
                color=_faded(accent, fade), anchor="center")
    rule = min(140.0, text_width(title, 22, "bold") + 24)
    screen.fill(_faded(theme.GOLD, fade), (cx - rule / 2, top + 17, rule, 1))
    screen.text(title, (cx, top + 34), size=22, face="bold",
                color=_faded(theme.TEAL_PALE, fade), anchor="center",
                shadow=theme.SHADOW if fade > 0.5 else None)
    for row, line in enumerate(lines):
        screen.text(line, (cx, top + 56 + row * LINE_STEP), size=theme.SIZE_BODY,
                    color=_faded(theme.MIST, fade), anchor="center")
    if hint and fade >= 1.0:
        screen.text(hint, (WIDTH - 10, HEIGHT - 8), size=theme.SIZE_SMALL, color=theme.GREY,
                    anchor="bottomright")


# --- credits ------------------------------------------------------------------------------

CREDITS_LINE = 14
CREDITS_HEADING = "# "


def credits_height(lines: Sequence[str]) -> float:
    """How tall the roll is (its title included), in pixels."""
    return 60 + len(lines) * CREDITS_LINE


#: How far a page of the still credits (reduced motion) moves on from the one before.
CREDITS_PAGE = HEIGHT - 40


def credits_page(lines: Sequence[str], scroll: float) -> float:
    """Where the still credits stand while the roll is at ``scroll``: the first page
    with its title near the top, then a page further each time the roll has moved a
    page, ending where the roll ends (its last line at the middle of the screen)."""
    end = credits_height(lines) + HEIGHT / 2 - 14
    first = HEIGHT - 20
    return min(end, first + (scroll // CREDITS_PAGE) * CREDITS_PAGE)


def draw_credits(screen: Screen, title: str, lines: Sequence[str], scroll: float, *,
                 hint: str = "") -> None:
    """The credits roll: the campaign's title, then its lines moving up; ``scroll`` is
    how far it has moved. A line starting with ``# `` is a heading. With reduced motion
    the roll does not move: it shows a page at a time, cutting to the next page when
    the roll has moved a page's height (the roll's ticks are the same)."""
    if theme.reduced_motion():
        scroll = credits_page(lines, scroll)
    screen.fill(theme.INK)
    screen.fill(theme.NIGHT, (60, 0, WIDTH - 120, HEIGHT))
    screen.fill(theme.SLATE, (60, 0, 1, HEIGHT))
    screen.fill(theme.SLATE, (WIDTH - 61, 0, 1, HEIGHT))
    cx = WIDTH / 2
    top = HEIGHT - scroll
    if -30 < top < HEIGHT + 10:
        screen.text(title, (cx, top + 14), size=theme.SIZE_TITLE + 5, face="bold",
                    color=theme.TEAL_PALE, anchor="center", shadow=theme.SHADOW)
        screen.fill(theme.GOLD, (cx - 50, top + 30, 100, 1))
    y = top + 60
    for line in lines:
        if -12 < y < HEIGHT + 12 and line:
            if line.startswith(CREDITS_HEADING):
                screen.text(line[len(CREDITS_HEADING):].upper(), (cx, y), size=theme.SIZE_BODY,
                            face="bold", color=theme.GOLD, anchor="center")
            else:
                screen.text(line, (cx, y), size=theme.SIZE_BODY, color=theme.MIST,
                            anchor="center")
        y += CREDITS_LINE
    # the roll comes out of and goes into a soft dark edge
    for step, alpha in enumerate((200, 140, 80, 30)):
        screen.fill((*theme.INK, alpha), (0, step * 4, WIDTH, 4))
        screen.fill((*theme.INK, alpha), (0, HEIGHT - (step + 1) * 4, WIDTH, 4))
    if hint:
        screen.text(hint, (WIDTH - 10, HEIGHT - 8), size=theme.SIZE_SMALL, color=theme.GREY,
                    anchor="bottomright")
