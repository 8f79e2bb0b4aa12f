"""Long runs: the reference keeps agreeing, rewinds stay exact, nothing drifts or blows up.

`make test` runs a short version; `make soak` (ENAMEL_SOAK=1) runs the long one.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from game.nanobots.levels import level_paths, load_level
from game.nanobots.reference import ReferenceSimulation
from game.nanobots.rules import KINDS, Program, make_rule
from game.nanobots.sim import Simulation
from game.nanobots.timeline import Timeline
from tests.support.nanobots import SOAK, assert_same

pytestmark = pytest.mark.soak


def scale(bounded: int, long: int) -> int:
    return long if SOAK else bounded


def random_program(rng: random.Random) -> Program:
    rules = []
    for _ in range(rng.randint(1, 8)):
        kind = KINDS[rng.choice(sorted(KINDS))]
        values = {}
        for spec in kind.params:
            if spec.type == "bool":
                values[spec.name] = rng.random() < 0.5
            elif spec.type == "tissue":
                values[spec.name] = rng.choice(spec.choices)
            elif spec.type == "int":
                values[spec.name] = rng.randint(int(spec.lo), int(spec.hi))
            else:
                values[spec.name] = rng.uniform(spec.lo, spec.hi)
        rules.append(make_rule(kind.name, values, enabled=rng.random() < 0.85))
    return Program(tuple(rules))


def test_reference_agrees_over_long_runs_of_random_programs():
    rng = random.Random(2045)
    levels = [load_level(p) for p in level_paths()]
    for _ in range(scale(2, 20)):
        level = rng.choice(levels)
        sim = Simulation(level.grid, random_program(rng), rng.randint(5, 60), rng.randrange(2**32),
                         level.physics)
        ref = ReferenceSimulation(sim)
        for step in range(scale(150, 1200)):
            if step % 97 == 96:  # the player edits mid-run
                program = random_program(rng)
                sim.set_program(program)
                ref.set_program(program)
            a, b = sim.step(), ref.step()
            assert a.entered() == b.entered and a.filled == b.filled
        assert_same(sim, ref)


def test_random_seeks_over_a_long_timeline_are_exact():
    rng = random.Random(7)
    level = load_level(level_paths()[0])
    sim = Simulation(level.grid, level.program, 200, level.seed, level.physics)
    timeline = Timeline(sim)
    steps = scale(400, 4000)
    hashes = [sim.state_hash()]
    for _ in range(steps):
        timeline.advance()
        hashes.append(sim.state_hash())
    for _ in range(scale(15, 200)):
        target = rng.randint(0, steps)
        timeline.seek(target)
        assert sim.state_hash() == hashes[target]


def test_states_stay_finite_and_bounded_with_many_bots():
    level = load_level(level_paths()[-1])
    sim = Simulation(level.grid, level.program, scale(3000, 20000), 1, level.physics)
    for _ in range(scale(240, 2400)):
        sim.step()
    for array in (sim.pos, sim.vel, sim.heat, sim.fill, sim.harm_field):
        assert np.all(np.isfinite(array))
    assert np.all(sim.heat >= 0) and sim.harm >= 0
