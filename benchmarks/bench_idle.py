"""How much CPU the real-time loop uses while the player does nothing.

Figures: ``idle.title_cpu_fraction`` — process CPU time over wall time while the
title screen sits for a few seconds in the real loop (``App.run``, SDL's dummy
display: no vsync, so the frame cap alone paces it); ``idle.title_fps`` — frames
drawn a second in that time. 1.0 would be one core busy all the time.
"""

from __future__ import annotations

import os
import time

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

SECONDS = 4


def run() -> dict[str, float]:
    from game.app import App
    from game.director import Director
    from game.gamestate import GameState
    from game.services import Game

    game = Game(GameState(seed=1))
    Director(game, seed=1).title()
    app = App(game, scale=2)
    app.open()
    app.run(max_ticks=30)  # warm: fonts, images, first frames
    game.quit_requested = False  # (reaching max_ticks asked to quit)
    start_wall, start_cpu, drawn = time.perf_counter(), time.process_time(), app.frames_drawn
    app.run(max_ticks=game.state.ticks + SECONDS * 60)
    wall = time.perf_counter() - start_wall
    return {
        "idle.title_cpu_fraction": (time.process_time() - start_cpu) / wall,
        "idle.title_fps": (app.frames_drawn - drawn) / wall,
    }
