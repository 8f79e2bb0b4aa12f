"""One logic tick plus one render of each map at internal resolution, and entering a map.

Figures: ``overworld.<map>.tick_render_ms_median`` and ``..._p99``. The player
walks and runs a fixed loop through the map so the camera scrolls and
collision is exercised; the render is the map view drawing the 480x270 canvas
(the window scaling is not part of it).

``overworld.<map>.enter_ms_median``: what a warp costs once the fade is dark — the
map read from disk (map, tilesets, collision) by a fresh map library, the player and
NPCs placed, the map view built and its first frame drawn (tile images already loaded,
as they are after the first map).

``overworld.warp_cpu_ms_max`` (and ``_p99``, ``warp_wall_ms_max``): the worst frame —
one tick plus the whole draw at 960x540, in thread CPU time (wall time) — over a walk
through every warp of the street, first visits and revisits, in the real game (the
director's scenes and the fade) with the background map loader done, as when the
player has walked for a second. ``overworld.warp_cold_cpu_ms_max``: the same without
the loader (each first visit reads and draws its map in the frame it is entered).
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


#: (map, spawn) in visiting order: every warp of the street, there and back, twice.
WARPS = [("street", "from_practice"), ("clinic", "from_street"), ("street", "from_clinic"),
         ("conference_hall", "from_street"), ("street", "from_conference"),
         ("practice", "from_street")] * 2


def measure_warps(preload: bool) -> tuple[list[float], list[float]]:
    from game.director import Director, StartOptions
    from game.engine.screen import Screen
    from game.gamestate import GameState
    from game.services import Game
    from game.world import view as view_module

    view_module._LAYERS.clear()
    window = pygame.display.set_mode((960, 540))
    game = Game(GameState(seed=1))
    director = Director(game, seed=1)
    director.begin(StartOptions("rejuvenation", map="practice", spawn="entry"))
    screen = Screen(window, game.images)
    if preload:
        game.preload_maps(first=["practice"])
        assert game.preloader is not None
        game.preloader.join()
    cpu, wall = [], []
    idle = InputFrame(Action.NONE, Action.NONE)
    for map_name, spawn in WARPS:
        director.overworld.warp(map_name, spawn)
        for _ in range(60):  # the fade, and a little after
            start_cpu, start_wall = time.thread_time(), time.perf_counter()
            game.tick(idle)
            screen.clear()
            game.stack.draw(screen, 1.0)
            pygame.display.flip()
            cpu.append((time.thread_time() - start_cpu) * 1000)
            wall.append((time.perf_counter() - start_wall) * 1000)
        assert director.overworld.world.world.name == map_name
    return cpu, wall


def run() -> dict[str, float]:
    pygame.display.init()
    figures: dict[str, float] = {}
    for preload, tag in ((True, "warp"), (False, "warp_cold")):
        cpu, wall = measure_warps(preload)
        figures[f"overworld.{tag}_cpu_ms_max"] = max(cpu)
        figures[f"overworld.{tag}_cpu_ms_p99"] = _percentile(cpu, 0.99)
        figures[f"overworld.{tag}_wall_ms_max"] = max(wall)
    pygame.display.set_mode((480, 270))
    library, images = MapLibrary(), ImageCache()
    for name in library.names():
        times = measure(name, library, images)
        figures[f"overworld.{name}.tick_render_ms_median"] = statistics.median(times)
        figures[f"overworld.{name}.tick_render_ms_p99"] = _percentile(times, 0.99)
        figures[f"overworld.{name}.enter_ms_median"] = \
            statistics.median(measure_enter(name, images))
    return figures
