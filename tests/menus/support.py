"""The real game at its title, driven by input frames; a screen that records what it
is asked to draw (text and fills with their colours), so tests assert on what a view
was told to show rather than on pixels."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from game.director import Director
from game.engine.input import Action, InputFrame
from game.engine.screen import Screen
from game.gamestate import GameState
from game.services import Game
from game.settings import Settings

if TYPE_CHECKING:
    from game.app import App


class RecordingScreen(Screen):
    def __init__(self, game: Game) -> None:
        super().__init__(pygame.display.get_surface(), game.images)
        self.texts: list[tuple[str, tuple[int, ...]]] = []
        self.fills: list[tuple[tuple[int, ...], Any]] = []

    def text(self, content: str, pos: tuple[float, float], **kwargs: Any) -> float:
        self.texts.append((content, tuple(kwargs.get("color", (240, 240, 240)))))
        return super().text(content, pos, **kwargs)

    def fill(self, color: Any, rect: Any = None) -> None:
        self.fills.append((tuple(color), rect))
        super().fill(color, rect)

    def drawn(self) -> str:
        return "\n".join(text for text, _ in self.texts)

    def color_of(self, content: str) -> tuple[int, ...]:
        return next(color for text, color in self.texts if text == content)


def draw(game: Game) -> RecordingScreen:
    screen = RecordingScreen(game)
    game.stack.draw(screen, 1.0)
    return screen


def title_game(settings: Settings | None = None) -> tuple[Game, Director]:
    """The game at its title, as the player starts it (saves in the data folder)."""
    pygame.display.init()
    pygame.display.set_mode((480, 270))
    game = Game(GameState(seed=5), settings)
    game.use_player_data()
    director = Director(game, seed=5)
    director.title()
    tick(game)
    return game, director


def tick(game: Game, count: int = 1) -> None:
    for _ in range(count):
        game.tick(InputFrame())


def tap(game: Game, action: Action, after: int = 1) -> None:
    game.tick(InputFrame(action, action))
    tick(game, after)


def press_key(game: Game, name: str, device: str = "key") -> None:
    """A key (or pad button) going down, as the input mapper reports it."""
    game.tick(InputFrame(raw=(f"{device}:{name}",)))
    tick(game)


def choose(game: Game, label: str) -> None:
    """On a menu scene (its ``menu``), down to ``label`` and confirm."""
    menu = game.stack.top.menu  # type: ignore[attr-defined]
    for _ in range(len(menu.items)):
        if menu.current.label == label:
            break
        tap(game, Action.DOWN)
    assert menu.current.label == label, [item.label for item in menu.items]
    tap(game, Action.CONFIRM)


def to_row(game: Game, label: str) -> None:
    """On the settings or controls screen: down to the row called ``label``."""
    scene: Any = game.stack.top
    for _ in range(len(scene.rows) + 1):
        row = scene.rows[scene.index]
        name = getattr(row, "label", None) or row_label(row)
        if name == label:
            return
        tap(game, Action.DOWN)
    raise AssertionError(f"no row {label!r}")


def row_label(row: Any) -> str:
    from game.engine.input import ACTION_LABELS

    if isinstance(row, Action):
        return ACTION_LABELS[row]
    return {"reset": "Reset to defaults", "back": "Back"}.get(row, str(row))


def press_f5(app: App) -> None:
    """F5 goes down and up, as the window's loop reads it (pygame's events, one tick each)."""
    for kind in (pygame.KEYDOWN, pygame.KEYUP):
        pygame.event.post(pygame.event.Event(kind, key=pygame.K_F5, mod=0, unicode="",
                                             scancode=0))
        app.step()


def shown(app: App) -> str:
    """Everything the app draws now (the scenes and the notices over them)."""
    screen = RecordingScreen(app.game)
    app.screen = screen
    app.draw(1.0)
    return screen.drawn()
