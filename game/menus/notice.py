"""A message box over the game: a title and a few lines; any key closes it. And the
notice board: passing one-line notices drawn over every scene (a reload's result).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from game.engine.input import Action, InputFrame
from game.engine.scene import Scene
from game.engine.screen import WIDTH, Screen
from game.engine.text import text_width, wrap
from game.services import Game
from game.ui import theme

MAX_LINES = 14
#: The title of the box a reload shows its errors in (the next reload closes it).
RELOAD_TITLE = "Reload"


class NoticeScene(Scene):
    transparent = True

    def __init__(self, game: Game, title: str, lines: Sequence[str]) -> None:
        self.game = game
        self.title = title
        self.messages = list(lines)
        self.lines: list[str] = []  # wrapped to the box
        for line in lines:
            self.lines += wrap(line, WIDTH - 72, theme.SIZE_SMALL, "mono") or [""]
        self.lines = self.lines[:MAX_LINES]
        self.age = 0

    def reload_content(self) -> None:
        """F5 again: a box with the previous reload's errors goes (this reload says
        what it finds now)."""
        if self.title == RELOAD_TITLE:
            self.game.stack.pop(self)

    def update(self, inp: InputFrame) -> InputFrame | None:
        self.age += 1
        if self.age > 10 and inp.hit(Action.CONFIRM | Action.CANCEL | Action.MENU):
            self.game.stack.pop(self)
        return None

    def draw(self, screen: Screen, alpha: float) -> None:
        height = 44 + len(self.lines) * 9
        top = max(8, (270 - height) / 2)
        screen.fill((*theme.INK, 160))
        screen.frame((24, top, WIDTH - 48, height))
        screen.text(self.title, (36, top + 14), size=theme.SIZE_BODY, face="bold",
                    color=theme.GOLD, anchor="midleft", shadow=theme.SHADOW)
        for row, line in enumerate(self.lines):
            screen.text(line, (36, top + 26 + row * 9), size=theme.SIZE_SMALL, face="mono",
                        color=theme.MIST)
        screen.text("Z / X to close", (WIDTH - 36, top + height - 8), size=theme.SIZE_SMALL,
                    color=theme.GREY, anchor="midright")


#: How long a passing notice stays (ticks), how long it fades out, how many show at once.
NOTICE_TICKS = 300
NOTICE_FADE = 30
NOTICES_SHOWN = 3
_BAD = re.compile(r"\bNOT\b|\b[1-9]\d* error|cannot|failed")


class NoticeBoard:
    """One-line notices over every scene, at the top left, for a few seconds each: what
    systems below the scenes leave in ``game.notices`` (a reload's result, a setting
    that could not be saved). The app takes them as they come (:meth:`take`, after
    each tick) and draws the board after the scenes."""

    def __init__(self) -> None:
        self.items: list[tuple[str, int]] = []  # (text, tick it came)

    def take(self, game: Any) -> None:
        notices: list[str] = game.notices
        while notices:
            self.items.append((notices.pop(0), game.state.ticks))

    def shown(self, ticks: int) -> list[tuple[str, float]]:
        """The notices on screen at ``ticks``, with how opaque each is (0..1)."""
        self.items = [(text, at) for text, at in self.items if 0 <= ticks - at < NOTICE_TICKS]
        return [(text, min(1.0, (NOTICE_TICKS - (ticks - at)) / NOTICE_FADE))
                for text, at in self.items[-NOTICES_SHOWN:]]

    def draw(self, screen: Screen, ticks: int) -> None:
        for row, (text, fade) in enumerate(self.shown(ticks)):
            bad = bool(_BAD.search(text))
            shown = _fit(text, WIDTH - 40)
            width = text_width(shown, theme.SIZE_SMALL + 0.5) + 14
            y = 4 + row * 15
            screen.fill((*theme.INK, round(225 * fade)), (4, y, width, 13))
            accent = theme.CORAL if bad else theme.TEAL_LIGHT
            screen.fill((*accent, round(255 * fade)), (4, y, 2, 13))
            screen.text(shown, (11, y + 6.5), size=theme.SIZE_SMALL + 0.5,
                        color=tuple(round(c * fade) for c in (theme.MIST if not bad
                                                               else theme.GOLD_PALE)),
                        anchor="midleft")


def _fit(text: str, width: float) -> str:
    if text_width(text, theme.SIZE_SMALL + 0.5) <= width:
        return text
    while text and text_width(text + "…", theme.SIZE_SMALL + 0.5) > width:
        text = text[:-1]
    return text + "…"
