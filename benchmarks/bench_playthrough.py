"""How fast a recorded playthrough replays headless with drawing off.

Each chapter 1-2 route of both campaigns (``playthroughs/<campaign>/ch1_2_*.yaml``) is
played once by the playthrough driver through the real game, with every input frame
recorded; then the frames are fed to a fresh game from the title screen (the same
seed and settings), drawing nothing, and timed. That second run is what verifying a
replay costs.

Figures: ``playthrough.x_realtime`` — the game time of all the recordings over the wall
time their replays took (the slowest of three replays each); ``playthrough.cpu_x_realtime``
the same in thread CPU time; ``playthrough.<route>.ticks``; ``playthrough.sim_ceiling_x``
the game time over the thread CPU time of the simulation steps alone (the most a replay
can reach while the simulation steps at its speed) and ``playthrough.sim_steps``.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

ROOT = Path(__file__).resolve().parent.parent
ROUTES = [("rejuvenation", "ch1_2_trusting"), ("tooth_rebirth", "ch1_2_kind")]
REPEATS = 3


def record(campaign: str, name: str) -> list:
    """The input frames of one route, as the driver played it."""
    from game.engine.input import InputFrame
    from game.playthrough.driver import Driver
    from game.playthrough.route import read_programs, read_route
    from game.services import Game

    diagnostics: list = []
    route = read_route(ROOT / "playthroughs" / campaign / f"{name}.yaml", campaign, diagnostics)
    programs = read_programs(ROOT / "playthroughs" / "programs.yaml", diagnostics)
    assert route is not None and not diagnostics, diagnostics
    frames: list = []
    real_tick = Game.tick

    def tick(self: Game, inp: InputFrame) -> None:  # records, as a replay would
        frames.append(inp)
        real_tick(self, inp)

    Game.tick = tick  # type: ignore[method-assign]
    try:
        report = Driver(route, programs=programs).run()
    finally:
        Game.tick = real_tick  # type: ignore[method-assign]
    assert report.ok, report.failure
    return frames


def replay(frames: list) -> tuple[float, float]:
    """Wall and thread CPU seconds to run ``frames`` from the title, drawing nothing."""
    from game.director import Director
    from game.gamestate import GameState
    from game.playthrough.driver import SEED
    from game.services import Game
    from game.settings import Settings

    game = Game(GameState(seed=SEED), Settings(text_speed="instant"))
    Director(game, seed=SEED).title()
    wall, cpu = time.perf_counter(), time.thread_time()
    for frame in frames:
        game.tick(frame)
    return time.perf_counter() - wall, time.thread_time() - cpu


def run() -> dict[str, float]:
    import pygame

    pygame.display.init()
    pygame.display.set_mode((480, 270))
    figures: dict[str, float] = {}
    from simtime import simulation_time

    game_s = wall_s = cpu_s = sim_s = 0.0
    steps = 0
    for campaign, name in ROUTES:
        frames = record(campaign, name)
        times = [replay(frames) for _ in range(REPEATS)]
        with simulation_time() as spent:  # apart: the timing adds to the replays' time
            replay(frames)
        sim_s += spent.seconds
        steps += spent.steps
        figures[f"playthrough.{campaign}.{name}.ticks"] = len(frames)
        game_s += len(frames) / 60
        wall_s += max(w for w, _ in times)
        cpu_s += max(c for _, c in times)
    figures["playthrough.x_realtime"] = game_s / wall_s
    figures["playthrough.cpu_x_realtime"] = game_s / cpu_s
    figures["playthrough.sim_ceiling_x"] = game_s / sim_s
    figures["playthrough.sim_steps"] = steps
    return figures
