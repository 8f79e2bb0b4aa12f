"""Shared helpers of the nanobot tests."""

from __future__ import annotations

import math

import numpy as np

from game.nanobots.grid import parse_layout
from game.nanobots.reference import ReferenceSimulation
from game.nanobots.rules import EditSpec, ParamRange, Program, make_rule
from game.nanobots.sim import Simulation
from tests.support.soak import SOAK  # noqa: F401  (re-exported for the nanobot tests)

SMALL_LAYOUT = """
..........**..........
......................
....EEEEEE..EEEEEE....
...EDDDDCCCCDDDDDE....
...EDDDDDCCDDMMDDE....
...EDDPPPPPPPPDDDE....
GGGEDDPPPPPPPPDDDEGGGG
GGGGDDDDDDDDDDDDDGGGGG
BBBBBBBBBBBBBBBBBBBBBB
"""


def small_grid():
    return parse_layout(SMALL_LAYOUT)


def full_program() -> Program:
    """Every rule kind once, in an order that exercises all of them."""
    return Program((
        make_rule("tradeoff", {"efficiency": 0.7}),
        make_rule("check_marker", {"threshold": 0.5}),
        make_rule("avoid", {"tissue": "pulp", "radius": 2, "gain": 30.0}),
        make_rule("seek", {"target": "cavity", "gain": 30.0}),
        make_rule("separate", {"gain": 8.0, "crowd": 3}),
        make_rule("wander", {"gain": 12.0}),
        make_rule("limit", {"speed": 14.0}),
        make_rule("deposit", {"rate": 8.0, "anchor": True}),
    ))


def editable(kind: str, values: dict, **ranges) -> object:
    params = tuple((k, v) for k, v in ranges.items())
    return make_rule(kind, values, edit=EditSpec(True, True, params))


def float_range(lo: float, hi: float, step: float) -> ParamRange:
    return ParamRange(lo, hi, step)


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


def assert_same(sim: Simulation, ref: ReferenceSimulation) -> None:
    for name in ("x", "y", "vx", "vy", "heat", "fill", "harm_field"):
        a = getattr(sim, name)
        b = np.array(getattr(ref, name))
        assert np.max(np.abs(a - b), initial=0.0) <= 1e-12, name
    assert sim.cell.tolist() == ref.cell
    assert sim.tissue.tolist() == ref.tissue
    assert sim.steps == ref.steps
    assert sim.repaired == ref.repaired
    assert math.isclose(sim.harm, ref.harm, rel_tol=0, abs_tol=1e-12)
    assert sim.rng.bit_generator.state["state"] == ref.rng.numpy_state()["state"]
