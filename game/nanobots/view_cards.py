"""Cards over the instrument: the briefing, the pause menu and the result."""

from __future__ import annotations

from game.engine.screen import Screen
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
from game.nanobots.view_hud import campaign_name
from game.nanobots.widgets import FieldBox, Type, panel, type_for

CARD_W = 250
#: A card's width at scale 1, where its text is larger.
COMPACT_CARD_W = 300
TEXT_SIZE = 6.5
#: How much a card's veil hides of the instrument behind it (255: all of it).
VEIL_ALPHA = 170
#: Where cards may go: below the top bar, above the key hints.
CARD_TOP, CARD_BOTTOM = 17.0, 256.0
OPTION_H = 12


def card_width(T: Type) -> float:
    return CARD_W if T.scale > 1 else COMPACT_CARD_W


def card_rect(T: Type, height: float, width: float | None = None) -> tuple[float, float,
                                                                            float, float]:
    """Where a card of ``height`` goes (centred, kept between the bars)."""
    w = width or card_width(T)
    height = min(height, CARD_BOTTOM - CARD_TOP)
    x = (480 - w) / 2
    y = max(20.0, (270 - height) / 2 - 6)
    y = max(CARD_TOP, min(y, CARD_BOTTOM - height))
    return (x, y, w, height)


def _card(screen: Screen, T: Type, height: float, title: str, accent,
          veil: int = VEIL_ALPHA) -> tuple[float, float, float, float]:
    screen.fill((*C.BACKDROP, veil), (0, 15, 480, 243))
    x, y, w, h = card_rect(T, height)
    panel(screen, (x, y, w, h), accent=accent)
    screen.fill(accent, (x + 1, y + 1, w - 2, 1))
    screen.text(T.fit(title, w - 20, 9, "bold"), (x + 10, y + 7), size=T.fs(9), color=accent,
                face="bold")
    return x, y, w, h


def _title_h(T: Type) -> float:
    """Where a card's text starts under its title."""
    return max(20.0, 7 + T.height(9, "bold") + 1)


def _lines(screen: Screen, T: Type, lines: list[str], x: float, y: float, color=C.TEXT,
           size: float = TEXT_SIZE, face: str = "sans") -> float:
    for line in lines:
        screen.text(line, (x, y), size=T.fs(size), color=color, face=face)
        y += T.line(size, face)
    return y


def _clip(T: Type, lines: list[str], room: float, width: float, size: float,
          face: str = "sans") -> list[str]:
    """The first of ``lines`` that fit ``room`` high, the last shortened with an ellipsis
    when some were left out."""
    keep = max(0, int(room // T.line(size, face)))
    if keep >= len(lines):
        return lines
    if keep == 0:
        return []
    return [*lines[:keep - 1], T.fit(lines[keep - 1] + " …", width, size, face)]


def _options(screen: Screen, T: Type, items, selected: int, x: float, y: float,
             owner: str, width: float = 150) -> list[FieldBox]:
    boxes = []
    size = T.fs(7)
    ty = (OPTION_H - 1 - T.height(7, "bold")) / 2
    for i, label in enumerate(items):
        rect = (x, y + i * OPTION_H, width, OPTION_H - 1)
        if i == selected:
            screen.fill((*C.ACCENT_DIM, 110), rect)
            screen.fill(C.CURSOR, (x, y + i * OPTION_H, 2, OPTION_H - 1))
        screen.text(T.fit(label, width - 9, 7, "bold"), (x + 7, y + i * OPTION_H + max(0.5, ty)),
                    size=size, color=C.TEXT if i == selected else C.TEXT_DIM, face="bold")
        boxes.append(FieldBox(-1, i, rect))
    return boxes


#: Size of the notes under an offered program's choices.
NOTE_SIZE = 5.5


def draw_briefing(screen: Screen, s: DebugSession, veil: int = VEIL_ALPHA) -> list[FieldBox]:
    """The level's briefing; with a program offered from an earlier level, the choice to
    load it or keep the shipped one, and what loading could not keep (the option boxes
    are returned for the pointer; without an offer, the whole card). A briefing too long
    for the screen is cut short."""
    T = type_for(screen.scale)
    lv = s.level
    w = card_width(T)
    inner = w - 20
    meta = T.wrap(f"{campaign_name(lv.campaign)} · chapter {lv.chapter} · {lv.bots} bots · "
                  f"seed {lv.seed}", inner, 5.5, "mono")
    goal_x = max(24.0, T.width("GOAL", 6, "mono_bold") + 6)
    goal = T.wrap(lv.goal.text(), inner - goal_x, 6)
    offer = s.offer
    notes = [line for note in offer.notes() for line in T.wrap(note, inner, NOTE_SIZE)] \
        if offer is not None else []
    asking = s.offer_open
    offer_label = T.wrap(f"PROGRAM FROM {offer.title.upper()}", inner, 6, "mono_bold") \
        if offer is not None else []
    items = offer_items(offer) if offer is not None and asking else ()
    prompt = "enter: choose · esc: keep the shipped program" if asking else \
        "enter / space: open the debugger"
    prompt = T.fit(prompt, inner, 6)
    top = _title_h(T)
    meta_h = len(meta) * T.line(5.5, "mono")
    fixed = top + meta_h + 2 + 4 + len(goal) * T.line(6) + max(0.0, 14 - T.line(6)) + \
        T.height(6) + 22
    extra = 0.0
    if offer is not None:
        extra = 12 + len(offer_label) * T.line(6, "mono_bold") - T.line(6, "mono_bold") + \
            (len(items) * OPTION_H + 4 if asking else 0) + len(notes) * T.line(NOTE_SIZE) + 4
    body = T.wrap(lv.briefing, inner, TEXT_SIZE)
    body = _clip(T, body, CARD_BOTTOM - CARD_TOP - fixed - extra, inner, TEXT_SIZE)
    height = fixed + len(body) * T.line(TEXT_SIZE) + extra
    x, y, w, h = _card(screen, T, height, lv.title, C.ACCENT, veil)
    ty = _lines(screen, T, meta, x + 10, y + top, C.TEXT_FAINT, 5.5, "mono") + 2
    ty = _lines(screen, T, body, x + 10, ty, C.TEXT, TEXT_SIZE)
    ty += 4
    screen.text("GOAL", (x + 10, ty), size=T.fs(6), color=C.ACCENT, face="mono_bold")
    ty = _lines(screen, T, goal, x + 10 + goal_x, ty, C.TEXT, 6)
    ty += max(0.0, 14 - T.line(6))
    boxes: list[FieldBox] = []
    if offer is not None:
        screen.fill(C.PANEL_EDGE, (x + 10, ty - 4, w - 20, 1))
        ty = _lines(screen, T, offer_label, x + 10, ty,
                    C.SYNTAX_VALUE if asking else C.WARN, 6, "mono_bold")
        ty += 10 - T.line(6, "mono_bold")
        if asking:
            boxes = _options(screen, T, items, s.menu_index, x + 10, ty, "offer",
                             width=w - 20)
            ty += len(boxes) * OPTION_H + 3
        ty = _lines(screen, T, notes, x + 10, ty, C.TEXT_DIM if asking else C.WARN, NOTE_SIZE)
        ty += 6
    screen.text(prompt, (x + w / 2, ty), size=T.fs(6), color=C.CURSOR, anchor="midtop")
    return boxes or [FieldBox(-1, 0, (x, y, w, h))]


def draw_menu(screen: Screen, s: DebugSession) -> list[FieldBox]:
    T = type_for(screen.scale)
    w = card_width(T)
    top = _title_h(T) + 2
    hint = T.wrap(s.level.hint, w - 20, TEXT_SIZE) if s.show_hint else []
    fixed = top + len(MENU_ITEMS) * OPTION_H + 12 + (12 if hint else 0)
    hint = _clip(T, hint, CARD_BOTTOM - CARD_TOP - fixed, w - 20, TEXT_SIZE)
    height = fixed + len(hint) * T.line(TEXT_SIZE) - (4 if hint else 0)
    x, y, w, _ = _card(screen, T, height, "Paused", C.ACCENT)
    boxes = _options(screen, T, MENU_ITEMS, s.menu_index, x + 10, y + top, "menu")
    if hint:
        _lines(screen, T, hint, x + 10, y + top + 4 + len(MENU_ITEMS) * OPTION_H,
               C.SYNTAX_VALUE, TEXT_SIZE)
    return boxes


def draw_result(screen: Screen, s: DebugSession,
                verdict: Verdict | None = None) -> list[FieldBox]:
    """The result card of the session's verdict (or of ``verdict``, to render it ahead)."""
    T = type_for(screen.scale)
    lv, sim, verdict = s.level, s.sim, verdict or s.verdict
    won = verdict is Verdict.WON
    title = "Treatment complete" if won else "Treatment stopped"
    reason = {Verdict.WON: "", Verdict.HARM: "The harm limit was passed.",
              Verdict.TIME: "Time ran out before the cavities were filled."}.get(verdict, "")
    w = card_width(T)
    inner = w - 20
    reasons = T.wrap(reason, inner, 6.5) if reason else []
    text = lv.win_text if won else lv.lose_text
    items = RESULT_WON if won else RESULT_LOST
    rows = (
        ("repaired", f"{repaired_percent(sim):.1f}%  (goal {lv.goal.repaired:g}%)"),
        ("harm", f"{sim.harm:.2f}  (limit {lv.goal.max_harm:g})"),
        ("  from", f"nerve/gum {sim.harm_parts[0]:.2f} · heat {sim.harm_parts[1]:.2f} · "
                   f"markers {sim.harm_parts[2]:.2f}"),
        ("time", f"{sim.time:.2f} s  (limit {lv.goal.time_limit:g} s)"),
        ("debugging", f"{_count(s.edits, 'edit')} · {_count(s.rewinds, 'rewind')} · "
                      f"{_count(s.breaks, 'break')}"),
    )
    value_x = max(52.0, max(T.width(label, 6, "mono") for label, _ in rows) + 6)
    pitch = max(8.0, T.height(6, "mono") - 0.5)
    values = [T.pack(value.split(" · "), " · ", inner - value_x, 6, "mono") for _, value in rows]
    rows_h = sum(len(parts) for parts in values) * pitch
    top = _title_h(T) + 1
    fixed = top + len(reasons) * T.line(6.5) + 5 + rows_h + 4 + len(items) * OPTION_H + 12
    body = _clip(T, T.wrap(text, inner, TEXT_SIZE), CARD_BOTTOM - CARD_TOP - fixed, inner,
                 TEXT_SIZE)
    height = fixed + len(body) * T.line(TEXT_SIZE)
    x, y, w, _ = _card(screen, T, height, title, C.GOOD if won else C.DANGER)
    ty = _lines(screen, T, reasons, x + 10, y + top, C.WARN, 6.5)
    ty = _lines(screen, T, body, x + 10, ty, C.TEXT, TEXT_SIZE) + 5
    for (label, _), parts in zip(rows, values, strict=True):
        screen.text(label, (x + 10, ty), size=T.fs(6), color=C.TEXT_DIM, face="mono")
        for part in parts:
            screen.text(part, (x + 10 + value_x, ty), size=T.fs(6), color=C.TEXT, face="mono")
            ty += pitch
    return _options(screen, T, items, s.menu_index, x + 10, ty + 4, "result")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def draw_error(screen: Screen, level_id: str, errors: list[str]) -> None:
    """The level could not be opened: say why, in the modder's terms."""
    T = type_for(screen.scale)
    w = min(460.0, card_width(T) + 100 + (60 if T.scale == 1 else 0))
    lines = [part for error in errors[:6] for part in T.wrap(error, w - 20, 5.5, "mono")]
    pitch = max(7.5, T.height(5.5, "mono"))
    top = _title_h(T) + 2
    room = CARD_BOTTOM - CARD_TOP - top - 16
    lines = lines[:max(0, int(room // pitch))]
    height = top + len(lines) * pitch + 16 + 6
    x, y, w, height = card_rect(T, height, w)
    panel(screen, (x, y, w, height), accent=C.DANGER)
    screen.text(T.fit(f"Level '{level_id}' cannot be opened", w - 20, 9, "bold"),
                (x + 10, y + 7), size=T.fs(9), color=C.DANGER, face="bold")
    for i, line in enumerate(lines):
        screen.text(line, (x + 10, y + top + i * pitch), size=T.fs(5.5), color=C.TEXT,
                    face="mono")
    screen.text("enter: back", (x + 10, y + height - 12 - max(0.0, T.height(6) - 9)),
                size=T.fs(6), color=C.CURSOR)


def draw_card(screen: Screen, s: DebugSession, veil: int = VEIL_ALPHA) -> list[FieldBox]:
    """The card the session's mode shows, if any (``veil``: see :data:`VEIL_ALPHA`)."""
    if s.mode is Mode.BRIEFING:
        return draw_briefing(screen, s, veil)
    if s.mode is Mode.MENU:
        return draw_menu(screen, s)
    if s.mode is Mode.RESULT:
        return draw_result(screen, s)
    return []
