"""A message box over the game: a title and a few lines; any key closes it."""

from __future__ import annotations

from collections.abc import Sequence

from game.engine.input import Action, InputFrame
from game.engine.scene import Scene
from game.engine.screen import WIDTH, Screen
from game.engine.text import wrap
from game.services import Game
from game.ui import theme

MAX_LINES = 14


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
