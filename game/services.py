"""The running game's services: what scenes need to do their work.

``Game`` bundles the current :class:`~game.gamestate.GameState` with the scene
stack, loaded content, images, the settings and audio. No display is needed to
create or tick a ``Game``.
"""

from __future__ import annotations

from typing import Any

from game.engine.audio import Audio
from game.engine.images import ImageCache
from game.engine.scene import SceneStack
from game.gamestate import GameState
from game.settings import Settings
from game.world.maps import MapLibrary


class Game:
    """Services shared by scenes. Created once per process; ``state`` changes per run."""

    def __init__(self, state: GameState | None = None, settings: Settings | None = None) -> None:
        self.state = state or GameState()
        self.settings = settings or Settings()
        self.stack = SceneStack()
        self.images = ImageCache()
        self.maps = MapLibrary()
        self.quit_requested = False
        #: Messages for the player from systems below the scenes (e.g. reload errors).
        self.notices: list[str] = []
        #: Splits the dialogue declared, as (name, tick), for the speedrun timer.
        self.splits: list[tuple[str, int]] = []
        self.audio = Audio()

    def new_run(self, state: GameState) -> None:
        self.state = state
        self.splits = []

    def request_quit(self) -> None:
        self.quit_requested = True

    def tick(self, inp: Any) -> None:
        """One logic tick of the whole game."""
        self.stack.update(inp)
        self.state.ticks += 1
