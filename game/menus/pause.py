"""The pause menu over whatever is playing."""

from __future__ import annotations

from collections.abc import Callable

from game.engine.input import Action, InputFrame
from game.engine.scene import Scene
from game.engine.screen import HEIGHT, WIDTH, Screen
from game.menus.settings_menu import SettingsScene
from game.services import Game
from game.ui import theme
from game.ui.menu import CANCELLED, Menu, MenuItem

RESUME, SETTINGS, TITLE, QUIT = range(4)


class PauseScene(Scene):
    transparent = True

    def __init__(self, game: Game, to_title: Callable[[], None]) -> None:
        self.game = game
        self.to_title = to_title
        self.menu = Menu(
            [MenuItem("Resume"), MenuItem("Settings"), MenuItem("Return to title"),
             MenuItem("Quit game")]
        )

    def update(self, inp: InputFrame) -> InputFrame | None:
        if inp.hit(Action.MENU):
            self.game.stack.pop(self)
            return None
        choice = self.menu.update(inp)
        if choice in (RESUME, CANCELLED):
            self.game.stack.pop(self)
        elif choice == SETTINGS:
            self.game.stack.push(SettingsScene(self.game))
        elif choice == TITLE:
            self.to_title()
        elif choice == QUIT:
            self.game.request_quit()
        return None

    def draw(self, screen: Screen, alpha: float) -> None:
        screen.fill((*theme.INK, 150))
        width = 150
        x = (WIDTH - width) / 2
        y = HEIGHT / 2 - 40
        screen.text("Paused", (WIDTH / 2, y - 14), size=theme.SIZE_TITLE, face="bold",
                    color=theme.TEAL_PALE, anchor="center", shadow=theme.SHADOW)
        self.menu.draw(screen, x, y, width)
