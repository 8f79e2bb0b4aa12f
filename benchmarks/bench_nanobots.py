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
"""

from __future__ import annotations

import os
import statistics
import time
from dataclasses import replace

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

import pygame

from game.nanobots.levels import Level, level_paths, load_level
from game.nanobots.reference import ReferenceSimulation
from game.nanobots.render import SwarmView
from game.nanobots.rules import Program, make_rule
from game.nanobots.sim import Simulation

SIZES = (1000, 5000, 10000, 20000)
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


def run() -> dict[str, float]:
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


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:<40} {value:10.4f}")
