"""One logic tick plus one render of each map at internal resolution, and entering a map.

Figures: ``overworld.<map>.tick_render_ms_median`` and ``..._p99``. The player
walks and runs a fixed loop through the map so the camera scrolls and
collision is exercised; the render is the map view drawing the 480x270 canvas
(the window scaling is not part of it).

``overworld.<map>.enter_ms_median``: what a warp costs once the fade is dark — the
map read from disk (map, tilesets, collision) by a fresh map library, the player and
NPCs placed, the map view built and its first frame drawn (tile images already loaded,
as they are after the first map).
"""

from __future__ import annotations

import random
import statistics
import time

import pygame

from game.engine.images import ImageCache
from game.engine.input import Action, InputFrame
from game.world.maps import MapLibrary
from game.world.overworld import Overworld
from game.world.view import CharacterSprites, MapView

TICKS = 1200
PATTERN = [Action.RIGHT | Action.RUN] * 90 + [Action.DOWN] * 60 + [Action.LEFT | Action.RUN] * 90 \
    + [Action.UP] * 60


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(map_name: str, library: MapLibrary, images: ImageCache) -> list[float]:
    world_map = library.get(map_name)
    world = Overworld.enter(world_map, "elena_rahmani", None, random.Random(1),
                            lambda obj: obj.in_campaign("rejuvenation"))
    view = MapView(world_map, images, CharacterSprites(images))
    times = []
    for i in range(TICKS):
        held = PATTERN[i % len(PATTERN)]
        frame = InputFrame(held, held if i % len(PATTERN) == 0 else Action.NONE)
        start = time.perf_counter()
        world.tick(frame)
        view.draw(world.actors(), world.player, 0.5, i)
        times.append((time.perf_counter() - start) * 1000)
    return times[60:]  # leave out the first second (caches filling)


ENTER_REPEATS = 15


def measure_enter(map_name: str, images: ImageCache) -> list[float]:
    times = []
    for _ in range(ENTER_REPEATS):
        start = time.perf_counter()
        world_map = MapLibrary().get(map_name)
        world = Overworld.enter(world_map, "elena_rahmani", None, random.Random(1),
                                lambda obj: obj.in_campaign("rejuvenation"))
        view = MapView(world_map, images, CharacterSprites(images))
        view.draw(world.actors(), world.player, 0.5, 0)
        times.append((time.perf_counter() - start) * 1000)
    return times[1:]  # the first one loads the tile images


def run() -> dict[str, float]:
    pygame.display.init()
    pygame.display.set_mode((480, 270))
    library, images = MapLibrary(), ImageCache()
    figures: dict[str, float] = {}
    for name in library.names():
        times = measure(name, library, images)
        figures[f"overworld.{name}.tick_render_ms_median"] = statistics.median(times)
        figures[f"overworld.{name}.tick_render_ms_p99"] = _percentile(times, 0.99)
        figures[f"overworld.{name}.enter_ms_median"] = \
            statistics.median(measure_enter(name, images))
    return figures
