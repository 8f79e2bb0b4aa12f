"""The vectorised simulation and its plain-Python reference agree."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.nanobots.levels import level_paths, load_level
from game.nanobots.pcg64 import PCG64
from game.nanobots.reference import ReferenceSimulation
from game.nanobots.rules import Program, make_rule
from game.nanobots.sim import Simulation
from tests.support.nanobots import SOAK, assert_same, full_program, small_grid
from tests.support.soak import examples


def run_both(sim: Simulation, steps: int) -> None:
    ref = ReferenceSimulation(sim)
    for _ in range(steps):
        fast, slow = sim.step(), ref.step()
        assert fast.entered() == slow.entered
        assert fast.filled == slow.filled
        assert fast.harm_crossed == slow.harm_crossed
    assert_same(sim, ref)


def test_pcg64_matches_numpy():
    gen = np.random.Generator(np.random.PCG64(99))
    mine = PCG64.from_numpy_state(gen.bit_generator.state)
    assert [mine.random() for _ in range(1000)] == gen.random(1000).tolist()


def test_fifty_bots_two_hundred_steps_every_rule():
    sim = Simulation(small_grid(), full_program(), 50, seed=11, harm_marks=(0.5, 1.0, 5.0))
    run_both(sim, 200)
    assert sim.repaired > 0  # the deposit path was exercised


@pytest.mark.parametrize("path", level_paths(), ids=lambda p: p.stem)
def test_story_levels_agree_at_fifty_bots(path):
    level = load_level(path)
    sim = Simulation(level.grid, level.program, 50, level.seed, level.physics,
                     harm_marks=(1.0, 2.0))
    run_both(sim, 200 if SOAK else 120)


def test_program_edit_midway_agrees():
    sim = Simulation(small_grid(), full_program(), 40, seed=3)
    ref = ReferenceSimulation(sim)
    for _ in range(50):
        sim.step(), ref.step()
    edited = Program((*full_program().rules[:-2], make_rule("deposit", {"rate": 2.0})))
    sim.set_program(edited)
    ref.set_program(edited)
    for _ in range(50):
        sim.step(), ref.step()
    assert_same(sim, ref)


kinds = st.sampled_from(["seek", "avoid", "separate", "wander", "limit", "tradeoff",
                         "check_marker", "deposit"])


@examples(12 / 60)
@given(st.lists(kinds, min_size=1, max_size=6), st.integers(0, 2**32), st.integers(1, 30))
def test_random_programs_agree(order, seed, bots):
    program = Program(tuple(make_rule(kind) for kind in order))
    sim = Simulation(small_grid(), program, bots, seed)
    run_both(sim, 40)
