"""The running game's services: what scenes need to do their work.

``Game`` bundles the current :class:`~game.gamestate.GameState` with the scene
stack, loaded content, images, the settings and audio. No display is needed to
create or tick a ``Game``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from game.content.resolver import Resolver
from game.engine import text
from game.engine.audio import Audio
from game.engine.images import ImageCache
from game.engine.scene import SceneStack
from game.gamestate import GameState
from game.settings import Settings
from game.world.maps import MapLibrary

if TYPE_CHECKING:
    from game.world.preload import MapPreloader


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
        #: Reads and draws maps in the background while the game runs in real time
        #: (see :meth:`preload_maps`); None in headless runs and tests.
        self.preloader: MapPreloader | None = None

    def preload_maps(self, first: Iterable[str] = ()) -> None:
        """Read and draw every map of the run's packs in the background, ``first``
        first, so entering one costs no frame (the real-time loop asks for this)."""
        from game.world.preload import MapPreloader

        if self.preloader is not None:
            self.preloader.stop()
        self.preloader = MapPreloader(self.maps, self.images, first).start()

    def use_content(self, content: Resolver) -> None:
        """Read every file from these packs from now on (maps, images, fonts, sounds)."""
        if content == self.content:
            return
        self.content = content
        self.images.content = content
        self.maps = MapLibrary(content)
        self.audio.use_content(content)
        text.use_fonts(content)
        if self.preloader is not None:
            self.preload_maps()

    def new_run(self, state: GameState) -> None:
        self.state = state
        self.splits = []

    def request_quit(self) -> None:
        self.quit_requested = True

    def tick(self, inp: Any) -> None:
        """One logic tick of the whole game."""
        self.stack.update(inp)
        self.state.ticks += 1
