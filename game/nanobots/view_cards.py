"""Cards over the instrument: the briefing, the pause menu and the result."""

from __future__ import annotations

from game.engine.screen import Screen
from game.engine.text import line_height, wrap
from game.nanobots import colors as C
from game.nanobots.outcome import Verdict, repaired_percent
from game.nanobots.session import (
    MENU_ITEMS,
    RESULT_LOST,
    RESULT_WON,
    DebugSession,
    Mode,
    offer_items,
)
from game.nanobots.view_hud import CAMPAIGNS
from game.nanobots.widgets import FieldBox, panel

CARD_W = 250
TEXT_SIZE = 6.5
#: How much a card's veil hides of the instrument behind it (255: all of it).
VEIL_ALPHA = 170


def _card(screen: Screen, height: float, title: str, accent,
          veil: int = VEIL_ALPHA) -> tuple[float, float, float]:
    screen.fill((*C.BACKDROP, veil), (0, 15, 480, 243))
    x = (480 - CARD_W) / 2
    y = max(20.0, (270 - height) / 2 - 6)
    panel(screen, (x, y, CARD_W, height), accent=accent)
    screen.fill(accent, (x + 1, y + 1, CARD_W - 2, 1))
    screen.text(title, (x + 10, y + 7), size=9, color=accent, face="bold")
    return x, y, CARD_W


def _paragraph(screen: Screen, text: str, x: float, y: float, width: float, color=C.TEXT,
               size: float = TEXT_SIZE) -> float:
    for line in wrap(text, width, size):
        screen.text(line, (x, y), size=size, color=color)
        y += line_height(size)
    return y


def _options(screen: Screen, items, selected: int, x: float, y: float,
             owner: str, width: float = 150) -> list[FieldBox]:
    boxes = []
    for i, label in enumerate(items):
        rect = (x, y + i * 12, width, 11)
        if i == selected:
            screen.fill((*C.ACCENT_DIM, 110), rect)
            screen.fill(C.CURSOR, (x, y + i * 12, 2, 11))
        screen.text(label, (x + 7, y + i * 12 + 2), size=7,
                    color=C.TEXT if i == selected else C.TEXT_DIM, face="bold")
        boxes.append(FieldBox(-1, i, rect))
    return boxes


#: Size of the notes under an offered program's choices.
NOTE_SIZE = 5.5


def draw_briefing(screen: Screen, s: DebugSession, veil: int = VEIL_ALPHA) -> list[FieldBox]:
    """The level's briefing; with a program offered from an earlier level, the choice to
    load it or keep the shipped one, and what loading could not keep (the option boxes
    are returned for the pointer; without an offer, the whole card)."""
    lv = s.level
    body = wrap(lv.briefing, CARD_W - 20, TEXT_SIZE)
    offer = s.offer
    notes = [line for note in offer.notes() for line in wrap(note, CARD_W - 20, NOTE_SIZE)] \
        if offer is not None else []
    asking = s.offer_open
    extra = 0.0
    if offer is not None:
        extra = 12 + (len(offer_items(offer)) * 12 + 4 if asking else 0) + \
            len(notes) * line_height(NOTE_SIZE) + 4
    height = 78 + len(body) * line_height(TEXT_SIZE) + extra
    x, y, w = _card(screen, height, lv.title, C.ACCENT, veil)
    campaign = CAMPAIGNS.get(lv.campaign, lv.campaign)
    screen.text(f"{campaign} · chapter {lv.chapter} · {lv.bots} bots · seed {lv.seed}",
                (x + 10, y + 20), size=5.5, color=C.TEXT_FAINT, face="mono")
    ty = _paragraph(screen, lv.briefing, x + 10, y + 30, w - 20)
    ty += 4
    screen.text("GOAL", (x + 10, ty), size=6, color=C.ACCENT, face="mono_bold")
    screen.text(lv.goal.text(), (x + 34, ty), size=6, color=C.TEXT)
    ty += 14
    boxes: list[FieldBox] = []
    if offer is not None:
        screen.fill(C.PANEL_EDGE, (x + 10, ty - 4, w - 20, 1))
        label = f"PROGRAM FROM {offer.title.upper()}"
        screen.text(label, (x + 10, ty), size=6, color=C.SYNTAX_VALUE if asking else C.WARN,
                    face="mono_bold")
        ty += 10
        if asking:
            boxes = _options(screen, offer_items(offer), s.menu_index, x + 10, ty, "offer",
                             width=w - 20)
            ty += len(boxes) * 12 + 3
        for line in notes:
            screen.text(line, (x + 10, ty), size=NOTE_SIZE,
                        color=C.TEXT_DIM if asking else C.WARN)
            ty += line_height(NOTE_SIZE)
        ty += 6
    prompt = "enter: choose · esc: keep the shipped program" if asking else \
        "enter / space: open the debugger"
    screen.text(prompt, (x + w / 2, ty), size=6, color=C.CURSOR, anchor="midtop")
    return boxes or [FieldBox(-1, 0, (x, y, w, height))]


def draw_menu(screen: Screen, s: DebugSession) -> list[FieldBox]:
    hint = wrap(s.level.hint, CARD_W - 20, TEXT_SIZE) if s.show_hint else []
    height = 34 + len(MENU_ITEMS) * 12 + (len(hint) * line_height(TEXT_SIZE) + 8 if hint else 0)
    x, y, w = _card(screen, height, "Paused", C.ACCENT)
    boxes = _options(screen, MENU_ITEMS, s.menu_index, x + 10, y + 22, "menu")
    if hint:
        _paragraph(screen, s.level.hint, x + 10, y + 26 + len(MENU_ITEMS) * 12, w - 20,
                   color=C.SYNTAX_VALUE)
    return boxes


def draw_result(screen: Screen, s: DebugSession,
                verdict: Verdict | None = None) -> list[FieldBox]:
    """The result card of the session's verdict (or of ``verdict``, to render it ahead)."""
    lv, sim, verdict = s.level, s.sim, verdict or s.verdict
    won = verdict is Verdict.WON
    title = "Treatment complete" if won else "Treatment stopped"
    reason = {Verdict.WON: "", Verdict.HARM: "The harm limit was passed.",
              Verdict.TIME: "Time ran out before the cavities were filled."}.get(verdict, "")
    text = lv.win_text if won else lv.lose_text
    body = wrap(text, CARD_W - 20, TEXT_SIZE)
    items = RESULT_WON if won else RESULT_LOST
    height = 104 + len(body) * line_height(TEXT_SIZE) + len(items) * 12
    x, y, w = _card(screen, height, title, C.GOOD if won else C.DANGER)
    ty = y + 21
    if reason:
        screen.text(reason, (x + 10, ty), size=6.5, color=C.WARN)
        ty += 10
    ty = _paragraph(screen, text, x + 10, ty, w - 20) + 5
    rows = (
        ("repaired", f"{repaired_percent(sim):.1f}%  (goal {lv.goal.repaired:g}%)"),
        ("harm", f"{sim.harm:.2f}  (limit {lv.goal.max_harm:g})"),
        ("  from", f"nerve/gum {sim.harm_parts[0]:.2f} · heat {sim.harm_parts[1]:.2f} · "
                   f"markers {sim.harm_parts[2]:.2f}"),
        ("time", f"{sim.time:.2f} s  (limit {lv.goal.time_limit:g} s)"),
        ("debugging", f"{_count(s.edits, 'edit')} · {_count(s.rewinds, 'rewind')} · "
                      f"{_count(s.breaks, 'break')}"),
    )
    for i, (label, value) in enumerate(rows):
        screen.text(label, (x + 10, ty + i * 8), size=6, color=C.TEXT_DIM, face="mono")
        screen.text(value, (x + 62, ty + i * 8), size=6, color=C.TEXT, face="mono")
    return _options(screen, items, s.menu_index, x + 10, ty + 44, "result")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def draw_error(screen: Screen, level_id: str, errors: list[str]) -> None:
    """The level could not be opened: say why, in the modder's terms."""
    lines = [part for error in errors[:6] for part in wrap(error, CARD_W + 90, 5.5, "mono")]
    height = 44 + len(lines) * 7.5
    x = (480 - CARD_W - 100) / 2
    y = max(20.0, (270 - height) / 2)
    panel(screen, (x, y, CARD_W + 100, height), accent=C.DANGER)
    screen.text(f"Level '{level_id}' cannot be opened", (x + 10, y + 7), size=9,
                color=C.DANGER, face="bold")
    for i, line in enumerate(lines):
        screen.text(line, (x + 10, y + 22 + i * 7.5), size=5.5, color=C.TEXT, face="mono")
    screen.text("enter: back", (x + 10, y + height - 12), size=6, color=C.CURSOR)


def draw_card(screen: Screen, s: DebugSession, veil: int = VEIL_ALPHA) -> list[FieldBox]:
    """The card the session's mode shows, if any (``veil``: see :data:`VEIL_ALPHA`)."""
    if s.mode is Mode.BRIEFING:
        return draw_briefing(screen, s, veil)
    if s.mode is Mode.MENU:
        return draw_menu(screen, s)
    if s.mode is Mode.RESULT:
        return draw_result(screen, s)
    return []
