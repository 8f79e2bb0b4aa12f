"""Every story level: the program as shipped loses, the intended fix wins (headless)."""

from __future__ import annotations

import pytest

from game.nanobots.levels import level_paths, load_level_id
from game.nanobots.outcome import Verdict, new_simulation, play_out
from tests.support.nanobots import FIXES, apply


def test_every_shipped_level_has_a_known_fix():
    assert sorted(p.stem for p in level_paths()) == sorted(FIXES)


@pytest.mark.parametrize("level_id", sorted(FIXES))
def test_the_shipped_program_loses(level_id):
    level = load_level_id(level_id)
    verdict = play_out(new_simulation(level), level.goal)
    assert verdict is not None and not verdict.won


@pytest.mark.parametrize("level_id", sorted(FIXES))
def test_the_known_fix_wins(level_id):
    level = load_level_id(level_id)
    sim = new_simulation(level, apply(level.program, FIXES[level_id]))
    verdict = play_out(sim, level.goal)
    assert verdict is Verdict.WON, (verdict, sim.time, sim.harm, sim.harm_parts,
                                    sim.repaired_fraction)
    assert sim.harm <= level.goal.max_harm


def test_the_fixes_use_only_allowed_edits():
    # apply() goes through Program's edit checks, so a locked value would raise EditError
    for level_id, edits in FIXES.items():
        apply(load_level_id(level_id).program, edits)
