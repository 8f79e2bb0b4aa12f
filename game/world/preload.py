"""Reading and drawing maps before the player gets there, in a background thread.

Entering a map for the first time means reading it (the map model and its
collision), letting pytmx read it for drawing, and drawing its static layers: some
tens of milliseconds, far more than a frame. (The loader first imports the nanobot
debugger's modules, for the same reason: the tick that opens the first minigame
should not import numpy.) While the game runs in real time,
:class:`MapPreloader` does that work for every map of the run's packs in a
background thread, the map the player is on first; a warp then finds its map ready.

Nothing here changes what the game does: the map library and the drawn layers are
the same whichever thread made them, and if the player reaches a map before the
loader has, the loop reads it itself exactly as it would without a loader. Errors
are left for that moment, so they reach the player in the usual way.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

import pygame

from game.content.errors import ContentError
from game.engine.images import ImageCache
from game.world.maps import MapLibrary
from game.world.view import prepare_layers


class MapPreloader:
    def __init__(self, library: MapLibrary, images: ImageCache,
                 first: Iterable[str] = ()) -> None:
        self.library = library
        self.images = images
        order = [name for name in first if name in library.sources]
        self.names = order + [name for name in library.names() if name not in order]
        #: Maps read and drawn so far, in order.
        self.done: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="map-preloader", daemon=True)

    def start(self) -> MapPreloader:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop after the map in hand (the run's packs changed)."""
        self._stop.set()

    def join(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def _run(self) -> None:
        # the debugger's modules (numpy and the simulation) are imported here, not in
        # the tick that opens the first minigame
        import game.nanobots.debugger  # noqa: F401

        for name in self.names:
            if self._stop.is_set():
                return
            try:
                world = self.library.get(name)
                world.solid  # noqa: B018 - computed once, kept by the model
                prepare_layers(world, self.images)
            except (ContentError, OSError, ValueError, pygame.error):
                continue  # reported when the player gets there
            self.done.append(name)
