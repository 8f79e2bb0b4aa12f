"""Nanobot swarm: one 1/120 s step at several swarm sizes, drawing, the reference, and
what separation costs per bot.

Measured on the shipped level with the most rules, every line switched on.
Targets: 10,000 bots step <= 2.5 ms and draw <= 1 ms; 20,000 bots step < 8.3 ms
(real time at 120 Hz); the vectorised step >= 50x faster than the reference.

Separation reads a density grid, so its cost per bot stays flat as the swarm grows
(pairs of bots would make it grow with the swarm). ``nanobots.separate_ns_per_bot.<bots>``
times a step whose program is one ``separate`` line, divided by the bots: thread CPU time
(``time.thread_time``, what this process did) and wall time, median, p99 and max.
``nanobots.separate_rule_ns_per_bot.<bots>.cpu_median`` is that step less a step with an
empty program, the line's own share; ``nanobots.separate_per_bot_growth.<a>_to_<b>`` is the
per-bot CPU median at b bots over that at a bots: about 1 or below when the cost is
linear (the fixed per-cell work spreads thinner), near b/a if it were quadratic.

The worst frame, which is what a player sees drop (thread CPU time and wall time):

* ``nanobots.level.<id>.frame_cpu_ms_max`` / ``_p99`` (``frame_wall_ms_*`` alike): every
  shipped level played to the win with its known fix (``tests/support/nanobots.FIXES``)
  in the debugger scene at 1x, one 60 Hz tick plus the full draw into a 960x540 window
  (SDL dummy drivers) per frame, re-plans included, the opening frame left out;
  ``nanobots.level.<id>.fastest_frame_cpu_ms_max`` the same at the fastest speed;
* ``nanobots.level.<id>.edit_cpu_ms_max``: one program edit of the fix (a re-compile and
  the branch of the timeline) plus the full draw; ``nanobots.edit_cpu_ms_max`` over all;
* ``nanobots.debugger_open_tick_ms_max``: the worst tick of opening a level with the text
  caches cold, as for the first level of a run: the tick that builds the scene and draws
  it, every tick of the briefing card read for half a second (``BRIEFING_TICKS``), and
  the tick that confirms it and draws the debugger; ``..._warm`` with the caches warm;
  worst over the shipped levels;
* ``nanobots.replan_ms.<cells>``: one re-plan of the flow fields after cavities filled
  (a re-compile of the fixed program, the fields that did not change taken from the
  cache, the others found from the last ones where they can be), median, ``.p90`` and
  ``.max`` over every re-plan of every level played to the win with its fix (the fills
  as the swarm made them), on the shipped grid and a 2x2 tiling of it (4x the cells, the
  same fills in each tile); ``.whole`` the same with every changed field worked out
  afresh.

The whole step stays linear in the swarm: ``nanobots.step_ns_per_bot.<bots>`` is the
median thread CPU time of one step of the busiest level's program (every line on) per
bot at 10,000, 50,000 and 100,000 bots, and ``nanobots.step_per_bot_growth.10000_to_100000``
the ratio of the last to the first (about 1 or below when linear).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

import numpy as np
import pygame

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from game.nanobots.grid import TissueGrid
from game.nanobots.levels import Level, level_paths, load_level
from game.nanobots.physics import FLOW_REFRESH_STEPS
from game.nanobots.reference import ReferenceSimulation
from game.nanobots.render import SwarmView
from game.nanobots.rules import Program, make_rule
from game.nanobots.sim import Simulation

SIZES = (1000, 5000, 10000, 20000)
LINEAR_SIZES = (10_000, 50_000, 100_000)
LINEAR_STEPS = 20
LINEAR_ROUNDS = 5
BRIEFING_TICKS = 30  # half a second of reading the briefing card
SEPARATION_SIZES = (2000, 5000, 20000, 50000)
SEPARATION_STEPS = 200


def busiest_level() -> tuple[Level, Program]:
    levels = [load_level(p) for p in level_paths()]
    level = max(levels, key=lambda lv: (len(lv.program), len({r.kind for r in lv.program.rules})))
    program = Program(tuple(replace(rule, enabled=True) for rule in level.program.rules))
    return level, program


def median_ms(action, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000.0


def simulation(level: Level, program: Program, bots: int) -> Simulation:
    sim = Simulation(level.grid, program, bots, level.seed, level.physics)
    sim.run(60)  # past the first flow-field plans and the spawn burst
    return sim


def run_steps() -> dict[str, float]:
    level, program = busiest_level()
    figures: dict[str, float] = {}
    for bots in SIZES:
        sim = simulation(level, program, bots)
        figures[f"nanobots.step_ms.{bots}"] = median_ms(sim.step, 200)
    pygame.display.init()
    sim = simulation(level, program, 10000)
    view = SwarmView(level.grid.width, level.grid.height)
    target = pygame.Surface((view.pw, view.ph))

    def draw() -> None:
        target.blit(view.render(sim), (0, 0))

    draw()
    figures["nanobots.render_ms.10000"] = median_ms(draw, 100)
    vec_ms, ref_ms = paired_step_ms(simulation(level, program, 1000), samples=24)
    figures["nanobots.reference_step_ms.1000"] = ref_ms
    figures["nanobots.speedup_vs_reference.1000"] = ref_ms / vec_ms
    figures.update(separation(level))
    figures.update(linear(level, program))
    return figures


def linear(level: Level, program: Program) -> dict[str, float]:
    """A whole step per bot at 10k, 50k and 100k bots (thread CPU): the median of
    ``LINEAR_STEPS`` steps, in ``LINEAR_ROUNDS`` rounds that go through the sizes in turn,
    the quietest round kept (this machine's speed drifts)."""
    sims = {bots: simulation(level, program, bots) for bots in LINEAR_SIZES}
    per_bot = {bots: float("inf") for bots in LINEAR_SIZES}
    for _ in range(LINEAR_ROUNDS):
        for bots, sim in sims.items():
            times = [timed_step(sim)[0] for _ in range(LINEAR_STEPS)]
            per_bot[bots] = min(per_bot[bots], statistics.median(times) / bots)
    figures = {f"nanobots.step_ns_per_bot.{bots}": value * 1e9 for bots, value in per_bot.items()}
    low, high = LINEAR_SIZES[0], LINEAR_SIZES[-1]
    figures[f"nanobots.step_per_bot_growth.{low}_to_{high}"] = per_bot[high] / per_bot[low]
    return figures


def run() -> dict[str, float]:
    figures = run_steps()
    figures.update(replans())
    figures.update(debugger_frames())
    return figures


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed_step(sim: Simulation) -> tuple[float, float]:
    """(thread CPU seconds, wall seconds) of one step."""
    cpu, wall = time.thread_time(), time.perf_counter()
    sim.step()
    return time.thread_time() - cpu, time.perf_counter() - wall


def separation(level: Level) -> dict[str, float]:
    """Separation's cost per bot at several swarm sizes (see the module docstring)."""
    figures: dict[str, float] = {}
    separate, empty = Program((make_rule("separate"),)), Program(())
    per_bot: dict[int, float] = {}
    for bots in SEPARATION_SIZES:
        with_line = simulation(level, separate, bots)
        without = simulation(level, empty, bots)
        cpu, wall, base = [], [], []
        for _ in range(SEPARATION_STEPS):  # interleaved, so drift touches both alike
            step_cpu, step_wall = timed_step(with_line)
            cpu.append(step_cpu)
            wall.append(step_wall)
            base.append(timed_step(without)[0])
        ns = 1e9 / bots
        key = f"nanobots.separate_ns_per_bot.{bots}"
        for kind, times in (("cpu", cpu), ("wall", wall)):
            figures[f"{key}.{kind}_median"] = statistics.median(times) * ns
            figures[f"{key}.{kind}_p99"] = _percentile(times, 0.99) * ns
            figures[f"{key}.{kind}_max"] = max(times) * ns
        figures[f"nanobots.separate_rule_ns_per_bot.{bots}.cpu_median"] = (
            statistics.median(cpu) - statistics.median(base)) * ns
        per_bot[bots] = statistics.median(cpu) / bots
    low, high = SEPARATION_SIZES[0], SEPARATION_SIZES[-1]
    figures[f"nanobots.separate_per_bot_growth.{low}_to_{high}"] = per_bot[high] / per_bot[low]
    return figures


def paired_step_ms(sim: Simulation, samples: int) -> tuple[float, float]:
    """Median step times of both implementations from the same states, interleaved,
    so a slow patch of the machine affects both alike."""
    vec, ref = [], []
    for _ in range(samples):
        snap = sim.snapshot()
        twin = ReferenceSimulation(sim)
        start = time.perf_counter()
        twin.step()
        ref.append(time.perf_counter() - start)
        best = float("inf")
        for _ in range(5):
            sim.restore(snap)
            start = time.perf_counter()
            sim.step()
            best = min(best, time.perf_counter() - start)
        vec.append(best)
        sim.run(4)
    return statistics.median(vec) * 1000.0, statistics.median(ref) * 1000.0


# --- the worst frame ------------------------------------------------------------------------



def tiled(grid: TissueGrid, times: int = 2) -> TissueGrid:
    """``grid`` repeated ``times`` x ``times`` (``times``² as many cells)."""
    w, h = grid.width, grid.height
    tissue = np.tile(np.array(grid.tissue).reshape(h, w), (times, times)).ravel()
    expression = np.tile(np.array(grid.expression).reshape(h, w), (times, times)).ravel()
    spawn = tuple(y * w * times + x for cell in grid.spawn for y, x in [divmod(cell, w)])
    return TissueGrid(w * times, h * times, tuple(int(t) for t in tissue),
                      tuple(float(e) for e in expression), spawn)


def played_plan_grids(level: Level, program: Program) -> list[np.ndarray]:
    """The plan grids (``flow_tissue``) of every re-plan of ``level`` played with
    ``program`` until it is judged, in order: the cavities fill where the swarm fills
    them, a few cells at a time."""
    from game.nanobots.outcome import judge

    sim = Simulation(level.grid, program, level.bots, level.seed, level.physics)
    grids = []
    while judge(sim, level.goal) is None and sim.steps < 120 * 120:
        sim.step()
        if sim.steps % FLOW_REFRESH_STEPS == 0 and not np.array_equal(
                grids[-1] if grids else level.grid.tissue, sim.flow_tissue):
            grids.append(sim.flow_tissue.copy())
    return grids


def replans() -> dict[str, float]:
    """Every re-plan of every shipped level played to the win with its fix, timed again on
    a fresh simulation in the same order (so the field cache holds what it held in play):
    on the level's grid, and on the grid tiled 2x2 with the same fills in every tile.
    ``replan_ms`` as the game does it; ``.whole`` with every changed field worked out
    afresh (a new field cache each time)."""
    from game.nanobots.compile import FieldCache
    from tests.support.nanobots import FIXES, apply

    times: dict[tuple[int, str], tuple[list[float], list[float]]] = {}
    for path in level_paths():
        level = load_level(path)
        program = apply(level.program, FIXES[level.id])
        played = played_plan_grids(level, program)
        w, h = level.grid.width, level.grid.height
        for times_tiled, grid in ((1, level.grid), (2, tiled(level.grid))):
            states = [np.tile(state.reshape(h, w), (times_tiled, times_tiled)).ravel()
                      for state in played]
            for how in ("", ".whole"):
                sim = Simulation(grid, program, 64, level.seed, level.physics)
                sim.compiled = sim._compile()
                cpu, wall = times.setdefault((grid.size, how), ([], []))
                for state in states:
                    sim.flow_tissue = state.copy()
                    if how:
                        sim.cache = FieldCache()
                    c, w0 = time.thread_time(), time.perf_counter()
                    sim.compiled = sim._compile()
                    cpu.append(time.thread_time() - c)
                    wall.append(time.perf_counter() - w0)
    figures: dict[str, float] = {}
    for (cells, how), (cpu, wall) in sorted(times.items()):
        key = f"nanobots.replan_ms.{cells}{how}"
        figures[key] = statistics.median(cpu) * 1000.0
        figures[f"{key}.p90"] = _percentile(cpu, 0.9) * 1000.0
        figures[f"{key}.max"] = max(cpu) * 1000.0
        figures[f"{key}.wall_max"] = max(wall) * 1000.0
        figures[f"{key}.count"] = len(cpu)
    return figures


class _Frames:
    """The debugger scene in a 960x540 window, timed frame by frame."""

    def __init__(self, screen) -> None:
        from game.engine.images import ImageCache
        from game.engine.scene import SceneStack

        self.screen = screen
        self.game = SimpleNamespace(stack=SceneStack(), images=ImageCache(), state=None)

    def frame(self, action) -> tuple[float, float]:
        """(thread CPU ms, wall ms) of ``action`` (a tick) plus one full draw."""
        c, w = time.thread_time(), time.perf_counter()
        action()
        self.screen.clear()
        self.game.stack.draw(self.screen, 0.0)
        return (time.thread_time() - c) * 1000.0, (time.perf_counter() - w) * 1000.0


def play_level(screen, level_id: str, speed: int, *, cold: bool) -> dict[str, object]:
    """Open ``level_id``, make its known fix edit by edit, play it to the win at ``speed``."""
    from game.engine import text as textmod
    from game.engine.input import Action, InputFrame
    from game.nanobots.debugger import DebuggerScene
    from game.nanobots.session import Mode
    from tests.support.nanobots import FIXES, apply

    if cold:
        for cache in textmod.font_caches:
            cache.cache_clear()
    f = _Frames(screen)
    scene: list[DebuggerScene] = []

    def open_level() -> None:
        scene.append(DebuggerScene(f.game, level_id))
        f.game.stack.push(scene[0])
        f.game.stack.update(InputFrame())

    opened = [f.frame(open_level)]
    session = scene[0].session
    for _ in range(BRIEFING_TICKS):  # the player reads the briefing card, then confirms
        opened.append(f.frame(lambda: f.game.stack.update(InputFrame())))
    opened.append(f.frame(lambda: f.game.stack.update(InputFrame(Action.CONFIRM,
                                                                 Action.CONFIRM))))
    assert session.mode is Mode.DEBUG
    edits = [f.frame(lambda e=edit: session._edit(lambda p: apply(p, [e])))
             for edit in FIXES[level_id]]
    session.speed = speed
    frames: list[tuple[float, float]] = []
    for _ in range(200_000):
        if session.mode is Mode.RESULT:
            break
        if not session.playing:
            session.toggle_play()  # resume after a breakpoint
        frames.append(f.frame(lambda: f.game.stack.update(InputFrame())))
    assert session.verdict is not None and session.verdict.won, (level_id, session.verdict)
    worst_open = max(opened)
    return {"open": worst_open, "open_first": opened[0], "edits": edits, "frames": frames}


def debugger_frames() -> dict[str, float]:
    from game.engine.screen import Screen
    from game.nanobots.session import NORMAL_SPEED, SPEED_EIGHTHS

    pygame.display.init()
    screen = Screen(pygame.display.set_mode((960, 540)))
    figures: dict[str, float] = {}
    cold, warm, edits, first = [], [], [], []
    for path in level_paths():
        level_id = path.stem
        key = f"nanobots.level.{level_id}"
        played = play_level(screen, level_id, NORMAL_SPEED, cold=True)
        cold.append(played["open"][0])
        first.append(played["open_first"][0])
        frames = played["frames"]
        for kind, index in (("cpu", 0), ("wall", 1)):
            values = [frame[index] for frame in frames]
            figures[f"{key}.frame_{kind}_ms_max"] = max(values)
            figures[f"{key}.frame_{kind}_ms_p99"] = _percentile(values, 0.99)
        figures[f"{key}.frames_over_8ms"] = sum(1 for frame in frames if frame[0] > 8.3)
        figures[f"{key}.edit_cpu_ms_max"] = max(e[0] for e in played["edits"])
        edits += [e[0] for e in played["edits"]]
        fastest = play_level(screen, level_id, len(SPEED_EIGHTHS) - 1, cold=False)
        warm.append(fastest["open"][0])
        values = [frame[0] for frame in fastest["frames"]]
        figures[f"{key}.fastest_frame_cpu_ms_max"] = max(values)
        figures[f"{key}.fastest_frame_wall_ms_max"] = max(frame[1] for frame in fastest["frames"])
    figures["nanobots.edit_cpu_ms_max"] = max(edits)
    figures["nanobots.debugger_open_tick_ms_max"] = max(cold)
    figures["nanobots.debugger_open_first_tick_ms_max"] = max(first)
    figures["nanobots.debugger_open_tick_ms_max_warm"] = max(warm)
    return figures


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:<40} {value:10.4f}")
