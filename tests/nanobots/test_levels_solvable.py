"""Every story level: the program as shipped loses, the intended fix wins (headless)."""

from __future__ import annotations

import pytest

from game.nanobots.levels import level_paths, load_level_id
from game.nanobots.outcome import Verdict, new_simulation, play_out
from game.nanobots.rules import Program

# The fixes a player is meant to find, as edits: ("set", line, name, value),
# ("toggle", line) or ("move", line, delta); line numbers count from 0.
FIXES = {
    "efficiency_first": [
        ("toggle", 5), ("move", 5, -1), ("move", 4, -1), ("move", 3, -1), ("move", 2, -1),
        ("set", 0, "efficiency", 0.5),
    ],
    "safe_protocol": [
        ("toggle", 3), ("move", 3, -1), ("set", 2, "radius", 3), ("set", 2, "gain", 40),
        ("set", 0, "efficiency", 0.5),
    ],
    "marker_reaction": [
        ("move", 5, -1), ("move", 4, -1), ("move", 3, -1), ("move", 2, -1), ("move", 1, -1),
        ("set", 0, "threshold", 0.5),
    ],
    "live_demo": [("move", 3, -1), ("set", 0, "efficiency", 0.5)],
    "rebirth_redesign": [
        ("set", 0, "threshold", 0.5), ("set", 5, "rate", 2.5), ("set", 3, "gain", 12),
        ("set", 4, "speed", 12),
    ],
}


def apply(program: Program, edits) -> Program:
    for edit in edits:
        if edit[0] == "set":
            program = program.set_value(edit[1], edit[2], edit[3])
        elif edit[0] == "toggle":
            program = program.toggle(edit[1])
        else:
            program = program.move(edit[1], edit[2])
    return program


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
