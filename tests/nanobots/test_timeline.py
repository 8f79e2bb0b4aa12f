"""Snapshots and rewinds are exact: going back lands on the very state the run had."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from game.nanobots.rules import Program, make_rule
from game.nanobots.sim import Simulation
from game.nanobots.timeline import SNAPSHOT_EVERY, Timeline
from tests.support.nanobots import full_program, small_grid
from tests.support.soak import examples


def recorded_run(steps: int):
    sim = Simulation(small_grid(), full_program(), 60, seed=5)
    timeline = Timeline(sim)
    hashes = [sim.state_hash()]
    for _ in range(steps):
        timeline.advance()
        hashes.append(sim.state_hash())
    return timeline, hashes


def test_seek_back_and_forth_is_exact():
    timeline, hashes = recorded_run(3 * SNAPSHOT_EVERY + 17)
    for target in (0, 1, SNAPSHOT_EVERY - 1, SNAPSHOT_EVERY, 2 * SNAPSHOT_EVERY + 5, 77, 3, 190):
        timeline.seek(target)
        assert timeline.sim.state_hash() == hashes[target], target
    timeline.seek(len(hashes) - 1)
    assert timeline.sim.state_hash() == hashes[-1]


def test_scrubbing_back_one_step_at_a_time_is_exact():
    timeline, hashes = recorded_run(2 * SNAPSHOT_EVERY + 3)
    for target in range(len(hashes) - 1, -1, -7):
        timeline.rewind(timeline.step - target)
        assert timeline.sim.state_hash() == hashes[target]


def test_playing_again_after_a_rewind_repeats_history():
    timeline, hashes = recorded_run(150)
    timeline.seek(40)
    for step in range(41, 151):
        timeline.advance()
        assert timeline.sim.state_hash() == hashes[step]


def test_an_edit_branches_and_the_old_future_is_gone():
    timeline, hashes = recorded_run(130)
    timeline.seek(70)
    edited = Program((*timeline.sim.program.rules[:-1], make_rule("deposit", {"rate": 1.0})))
    timeline.branch(edited)
    assert timeline.head == 70
    assert all(step <= 70 for step in timeline.snapshot_steps)
    branch_hashes = {70: timeline.sim.state_hash()}
    for _ in range(40):
        timeline.advance()
        branch_hashes[timeline.step] = timeline.sim.state_hash()
    assert branch_hashes[110] != hashes[110]
    timeline.seek(75)
    assert timeline.sim.state_hash() == branch_hashes[75]
    timeline.seek(30)  # before the edit: the old program ran then
    assert timeline.sim.state_hash() == hashes[30]
    assert timeline.sim.program == full_program()


def test_restart_keeps_the_seed_and_uses_the_current_program():
    timeline, hashes = recorded_run(50)
    timeline.restart(timeline.sim.program)
    assert timeline.step == 0 and timeline.sim.state_hash() == hashes[0]


@examples(25 / 60)
@given(st.lists(st.integers(0, 200), min_size=1, max_size=8))
def test_any_sequence_of_seeks_is_exact(targets):
    timeline, hashes = recorded_run(200)
    for target in targets:
        timeline.seek(target)
        assert timeline.sim.state_hash() == hashes[target]
