"""Shared helpers of the nanobot tests (imported by name; pytest puts this folder on sys.path)."""

from __future__ import annotations

import os

from game.nanobots.grid import parse_layout
from game.nanobots.rules import EditSpec, ParamRange, Program, make_rule

SOAK = os.environ.get("ENAMEL_SOAK") == "1"

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
