"""Distance fields and the directions bots follow."""

from __future__ import annotations

import textwrap

from game.nanobots import flowfield
from game.nanobots.compile import FIELD, SEEK, FieldCache, compile_program
from game.nanobots.grid import parse_layout
from game.nanobots.rules import Program, make_rule


def test_distances_prefer_cheap_cells():
    # 5 x 3, target at the right; the middle row is expensive except a cheap detour
    cost = [1, 1, 1, 1, 1,
            1, 9, 9, 9, 1,
            1, 1, 1, 1, 1]
    dist = flowfield.distances(5, 3, [9], cost)
    assert dist[9] == 0
    assert dist[5] < 5 * 9 * 4  # went around, not through
    ux, uy = flowfield.slope(5, 3, dist, downhill=True)
    assert (ux[9], uy[9]) == (0.0, 0.0)
    assert ux[8] > 0  # next to the target, heading to it


def test_signed_distance_is_negative_inside():
    inside = [False, False, True, True, True, False]
    signed = flowfield.signed_distance(6, 1, inside)
    assert signed[3] < 0 < signed[0]
    assert signed[1] == 1.0 and signed[2] == -1.0


def test_an_avoid_line_reroutes_only_the_seek_lines_below_it():
    layout = """
    **........
    ..........
    PPPPPP....
    CC........
    """
    grid = parse_layout(textwrap.dedent(layout))
    avoid = make_rule("avoid", {"tissue": "pulp", "radius": 1, "gain": 60.0})
    seek = make_rule("seek")
    cache = FieldCache()

    def seek_field(program):
        compiled = compile_program(program, grid.width, grid.height, grid.tissue,
                                   grid.expression, cache)
        folded = next(op for op in compiled.ops if op.code == FIELD)
        return next(part for part in folded.parts if part.code == SEEK)

    below = seek_field(Program((seek, avoid)))
    above = seek_field(Program((avoid, seek)))
    # from (1, 1) the straight way down crosses the pulp; the informed route goes around it
    cell = 1 * grid.width + 1
    assert below.fy[cell] > 0.5
    assert above.fx[cell] > 0.5
