"""The running game's services: what scenes need to do their work.

``Game`` bundles the current :class:`~game.gamestate.GameState` with the scene
stack, loaded content, images, the settings and audio. No display is needed to
create or tick a ``Game``.
"""

from __future__ import annotations

from typing import Any

from game.content.resolver import Resolver
from game.engine import text
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
        #: The packs every file comes from: the base game, and once a campaign starts,
        #: the mods kept for it (see :meth:`use_content`).
        self.content = Resolver.base_game()
        self.images = ImageCache(self.content)
        self.maps = MapLibrary(self.content)
        self.quit_requested = False
        #: Messages for the player from systems below the scenes (e.g. reload errors).
        self.notices: list[str] = []
        #: Splits the dialogue declared, as (name, tick), for the speedrun timer.
        self.splits: list[tuple[str, int]] = []
        self.audio = Audio(self.content)
        text.use_fonts(self.content)

    def use_content(self, content: Resolver) -> None:
        """Read every file from these packs from now on (maps, images, fonts, sounds)."""
        if content == self.content:
            return
        self.content = content
        self.images.content = content
        self.maps = MapLibrary(content)
        self.audio.use_content(content)
        text.use_fonts(content)

    def new_run(self, state: GameState) -> None:
        self.state = state
        self.splits = []

    def request_quit(self) -> None:
        self.quit_requested = True

    def tick(self, inp: Any) -> None:
        """One logic tick of the whole game."""
        self.stack.update(inp)
        self.state.ticks += 1
