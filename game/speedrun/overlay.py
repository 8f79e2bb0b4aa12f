"""The timer and splits on screen (view side: draws through the game's ``Screen``).

Top left, over everything: the category's name, its time (``h:mm:ss.fff`` of logic
ticks), the segments with each split's time or, while running, the live delta
against the personal best (green ahead, red behind, gold for a best segment), the
sum of best and the file time; PRACTICE when the run is one. Drawn from the run
timer and the records alone; nothing here changes the run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.speedrun.records import segment_durations
from game.speedrun.session import Speedrun
from game.speedrun.timer import Phase
from game.speedrun.timing import format_delta, format_time
from game.ui import theme

if TYPE_CHECKING:
    from game.engine.screen import Screen

PANEL_W = 124
ROW = 9
AHEAD, BEHIND = (110, 220, 130), theme.CORAL
CURRENT, CURRENT_BEHIND = theme.TEAL_LIGHT, (255, 120, 100)


def rows(speedrun: Speedrun) -> list[tuple[str, str, tuple[int, int, int]]]:
    """(segment, time or delta, colour) for each segment, as the overlay shows them."""
    timer, records = speedrun.timer, speedrun.records
    if timer is None:
        return []
    out = []
    durations = segment_durations(list(timer.splits))
    for index, name in enumerate(timer.category.segments):
        if index < len(timer.splits):
            time = timer.splits[index]
            if time is None:
                out.append((name, "-", theme.GREY))
                continue
            delta = records.delta(index, time) if records is not None else None
            gold = records is not None and durations[index] is not None and \
                records.golds[index] == durations[index]
            if delta is None:
                out.append((name, format_time(time, short=True), theme.MIST))
            else:
                colour = theme.GOLD if gold else AHEAD if delta < 0 else BEHIND
                out.append((name, format_delta(delta), colour))
        elif index == len(timer.splits) and timer.running:
            delta = records.delta(index, timer.ticks) if records is not None else None
            if delta is not None and delta > 0:  # behind the PB's split: the live delta
                out.append((name, format_delta(delta), CURRENT_BEHIND))
            else:
                pb = records.pb[index] if records is not None and records.pb else None
                out.append((name, format_time(pb, short=True) if pb is not None else "",
                            CURRENT))
        else:
            pb = records.pb[index] if records is not None and records.pb else None
            out.append((name, format_time(pb, short=True) if pb is not None else "",
                        theme.GREY))
    return out


def draw_overlay(screen: Screen, speedrun: Speedrun | None, *, always: bool = False) -> None:
    """Draw the timer panel (``always``: even before a category starts)."""
    if speedrun is None or speedrun.timer is None:
        return
    timer = speedrun.timer
    if timer.phase is Phase.ABANDONED and not always:
        return
    lines = rows(speedrun)
    height = 30 + ROW * len(lines) + 20
    x, y = 4, 4
    screen.fill((*theme.INK, 200), (x, y, PANEL_W, height))
    screen.outline(theme.SLATE, (x, y, PANEL_W, height))
    title = timer.category.name + ("  PRACTICE" if timer.practice else "")
    screen.text(title, (x + 5, y + 3), size=theme.SIZE_SMALL, face="bold",
                color=theme.VIOLET if timer.practice else theme.TEAL_PALE)
    top = y + 13
    for name, value, colour in lines:
        current = colour in (CURRENT, CURRENT_BEHIND)
        screen.text(name, (x + 5, top), size=theme.SIZE_SMALL,
                    color=theme.TEAL_LIGHT if current else theme.SILVER)
        screen.text(value, (x + PANEL_W - 5, top), size=theme.SIZE_SMALL, color=colour,
                    anchor="topright")
        top += ROW
    colour = theme.GOLD_PALE if timer.finished else theme.WHITE if timer.running \
        else theme.GREY
    screen.text(format_time(timer.ticks), (x + PANEL_W - 5, top + 1), size=theme.SIZE_TITLE,
                face="bold", color=colour, anchor="topright", shadow=theme.SHADOW)
    records = speedrun.records
    best = records.sum_of_best if records is not None else None
    foot = f"SoB {format_time(best, short=True)}" if best is not None else "SoB -"
    screen.text(foot, (x + 5, top + 4), size=theme.SIZE_SMALL, color=theme.GREY)
    file_time = timer.file_time
    screen.text(f"file {format_time(file_time) if file_time is not None else '-'}",
                (x + 5, y + height - 8),
                size=theme.SIZE_SMALL - 1, color=theme.STEEL)
    if speedrun.messages:
        screen.text(speedrun.messages[-1], (x + PANEL_W - 5, y + height - 8),
                    size=theme.SIZE_SMALL - 1, color=theme.GOLD, anchor="topright")
