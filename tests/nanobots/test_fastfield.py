"""The numpy planner against the plain-Python reference: the same bits, field by field.

Distances are integers and must be equal; directions and folded fields are floats and
must be bit-identical (compared as their int64 bit patterns, so -0.0 and 0.0 differ).
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from game.nanobots import flowfield
from game.nanobots.compile import ARRAYS, FIELD, PLAIN, FieldCache, Op, compile_program
from game.nanobots.grid import TissueGrid
from game.nanobots.levels import level_paths, load_level
from game.nanobots.rules import Program, make_rule
from game.nanobots.tissues import TISSUE_NAMES, Tissue
from tests.support.nanobots import FIXES, apply, full_program, small_grid

COSTS = st.sampled_from([1, 1, 1, 2, 3, 4, 8, 10, 25, 200])


def bits(values) -> list[int]:
    return np.asarray(values, dtype=np.float64).view(np.int64).tolist()


@st.composite
def grids(draw, max_side: int = 14):
    width = draw(st.integers(1, max_side))
    height = draw(st.integers(1, max_side))
    costs = draw(st.lists(COSTS, min_size=width * height, max_size=width * height))
    cells = st.integers(0, width * height - 1)
    sources = sorted(set(draw(st.lists(cells, max_size=4))))
    return width, height, costs, sources


@settings(max_examples=300, deadline=None)
@given(grids())
def test_distances_and_slopes_match_the_reference(case):
    width, height, costs, sources = case
    plain = flowfield.distances(width, height, sources, costs)
    fast = flowfield.distance_array(width, height, np.array(sources, dtype=np.int64),
                                    np.array(costs, dtype=np.int64))
    assert fast.dtype == np.int64
    assert fast.tolist() == plain
    for downhill in (True, False):
        ux, uy = flowfield.slope(width, height, plain, downhill=downhill)
        vx, vy = flowfield.slope_arrays(width, height, fast, downhill=downhill)
        assert bits(vx) == bits(ux) and bits(vy) == bits(uy)


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 14), st.integers(1, 14), st.data())
def test_signed_distances_and_their_slopes_match_the_reference(width, height, data):
    inside = data.draw(st.lists(st.booleans(), min_size=width * height,
                                max_size=width * height))
    plain = flowfield.signed_distance(width, height, inside)
    fast = flowfield.signed_distance_array(width, height, np.array(inside))
    assert bits(fast) == bits(plain)
    for downhill in (True, False):
        ux, uy = flowfield.slope(width, height, plain, downhill=downhill)
        vx, vy = flowfield.slope_arrays(width, height, fast, downhill=downhill)
        assert bits(vx) == bits(ux) and bits(vy) == bits(uy)


def test_a_winding_route_needs_many_sweeps_and_still_matches():
    # a serpentine of cheap corridors through walls: the route turns at every wall,
    # so line relaxation must go round many times before it settles
    width, height = 31, 29
    costs = [1] * (width * height)
    for row in range(1, height - 1, 2):
        gap = 1 if (row // 2) % 2 else width - 2
        for x in range(width):
            if x != gap:
                costs[row * width + x] = 500
    sources = [0]
    plain = flowfield.distances(width, height, sources, costs)
    fast = flowfield.distance_array(width, height, np.array(sources), np.array(costs))
    assert fast.tolist() == plain
    assert 5 * 20 * (height // 2) < plain[-1] < 3000  # the long way round, through no wall


def test_unreachable_and_sourceless_fields_are_inf():
    fast = flowfield.distance_array(4, 3, np.array([], dtype=np.int64), np.ones(12, np.int64))
    assert fast.tolist() == [flowfield.INF] * 12
    ux, uy = flowfield.slope_arrays(4, 3, fast, downhill=True)
    assert not ux.any() and not uy.any()


@st.composite
def growths(draw, max_side: int = 14):
    """A grid, then the same with some sources dropped and some cells made costlier (a
    cavity filling does both), or, now and then, with any change at all."""
    width, height, costs, sources = draw(grids(max_side))
    size = width * height
    cells = st.integers(0, size - 1)
    later = [c for c in sources if not draw(st.booleans())]
    new_costs = list(costs)
    for cell in draw(st.lists(cells, max_size=6)):
        new_costs[cell] += draw(st.sampled_from([1, 2, 7, 300]))
    anything = draw(st.integers(0, 9)) == 0
    if anything:  # a cheaper cell or a new source: not a growth
        new_costs[draw(cells)] = draw(COSTS)
        later = sorted(set(later) | {draw(cells)})
    return width, height, costs, sources, new_costs, later


@settings(max_examples=400, deadline=None)
@given(growths())
def test_a_field_found_from_an_older_one_is_the_field_worked_out_afresh(case):
    width, height, costs, sources, new_costs, new_sources = case
    old = flowfield.distance_array(width, height, np.array(sources, dtype=np.int64),
                                   np.array(costs, dtype=np.int64))
    fresh = flowfield.distances(width, height, new_sources, new_costs)

    def update():
        return flowfield.distance_update(
            width, height, old, np.array(sources, dtype=np.int64),
            np.array(costs, dtype=np.int64), np.array(new_sources, dtype=np.int64),
            np.array(new_costs, dtype=np.int64))

    found = update()  # None when most of the field changes: it is worked out whole then
    assert found is None or found.tolist() == fresh
    share = flowfield.UPDATE_SHARE
    flowfield.UPDATE_SHARE = 1.0  # never give up: the update itself is what is tested
    try:
        found = update()
    finally:
        flowfield.UPDATE_SHARE = share
    grew = set(new_sources) <= set(sources) and all(
        b >= a for a, b in zip(costs, new_costs, strict=True))
    if not grew:
        assert found is None  # worked out whole instead
        return
    assert found is not None and found.tolist() == fresh
    for downhill in (True, False):
        old_x, old_y = flowfield.slope_arrays(width, height, old, downhill=downhill)
        ux, uy = flowfield.slope(width, height, fresh, downhill=downhill)
        vx, vy = flowfield.slope_update(width, height, found, old, old_x, old_y,
                                        downhill=downhill)
        if vx is not None:
            assert bits(vx) == bits(ux) and bits(vy) == bits(uy)


def nearest_sources(width: int, height: int, sources: list[int], costs: list[int],
                    dist: list[int]) -> list[int]:
    """The lowest-numbered source nearest to each cell (-1 where none is reachable), with
    the plain-Python reference: the first source whose own field reaches the cell at
    its distance."""
    label = [-1] * (width * height)
    for source in sorted(sources, reverse=True):
        alone = flowfield.distances(width, height, [source], costs)
        for cell, d in enumerate(alone):
            if d == dist[cell] < flowfield.INF:
                label[cell] = source
    return label


def coded_bits(width: int, height: int, coded) -> tuple[list[int], list[int]]:
    shift = max(1, (width * height - 1).bit_length())
    label = [-1 if v >= flowfield.INF else v & ((1 << shift) - 1) for v in coded.tolist()]
    return flowfield.decoded(coded).tolist(), label


@settings(max_examples=300, deadline=None)
@given(grids())
def test_a_coded_field_holds_the_distances_and_the_nearest_source(case):
    width, height, costs, sources = case
    plain = flowfield.distances(width, height, sources, costs)
    coded = flowfield.distance_coded(width, height, np.array(sources, dtype=np.int64),
                                     np.array(costs, dtype=np.int64))
    assert coded is not None and coded.dtype == np.int64
    dist, label = coded_bits(width, height, coded)
    assert dist == plain
    assert label == nearest_sources(width, height, sources, costs, plain)


@settings(max_examples=200, deadline=None)
@given(grids(max_side=24), st.sampled_from([1, 3, 200]))
def test_fields_in_one_cost_everywhere_match_the_reference(case, cost):
    width, height, _, sources = case
    costs = [cost] * (width * height)
    plain = flowfield.distances(width, height, sources, costs)
    arrays = np.array(sources, dtype=np.int64), np.array(costs, dtype=np.int64)
    assert flowfield.distance_array(width, height, *arrays).tolist() == plain
    coded = flowfield.distance_coded(width, height, *arrays)
    assert coded_bits(width, height, coded) == (
        plain, nearest_sources(width, height, sources, costs, plain))


@st.composite
def fills(draw, max_side: int = 14):
    """A grid, then the same with some sources dropped and made costlier (cavities
    filling), now and then with another cell made costlier, cheaper or a source."""
    width, height, costs, sources = draw(grids(max_side))
    cells = st.integers(0, width * height - 1)
    later = [c for c in sources if not draw(st.booleans())]
    new_costs = list(costs)
    for cell in set(sources) - set(later):
        new_costs[cell] += draw(st.sampled_from([0, 1, 7, 300]))
    other = draw(st.integers(0, 5))
    if other == 0:
        new_costs[draw(cells)] += draw(st.sampled_from([1, 300]))
    elif other == 1:
        new_costs[draw(cells)] = draw(COSTS)
    elif other == 2:
        later = sorted(set(later) | {draw(cells)})
    return width, height, costs, sources, new_costs, later


@settings(max_examples=400, deadline=None)
@given(fills())
def test_a_coded_field_found_from_an_older_one_is_the_one_worked_out_afresh(case):
    width, height, costs, sources, new_costs, new_sources = case
    arrays = [np.array(v, dtype=np.int64) for v in (sources, costs, new_sources, new_costs)]
    old = flowfield.distance_coded(width, height, arrays[0], arrays[1])
    found = flowfield.coded_update(width, height, old, *arrays)
    fresh = flowfield.distance_coded(width, height, arrays[2], arrays[3])
    assert fresh is not None
    plain = flowfield.distances(width, height, new_sources, new_costs)
    assert coded_bits(width, height, fresh) == (
        plain, nearest_sources(width, height, new_sources, new_costs, plain))
    removed = set(sources) - set(new_sources)
    fill = set(new_sources) <= set(sources) and all(
        b == a or (b > a and cell in removed)
        for cell, (a, b) in enumerate(zip(costs, new_costs, strict=True)))
    if fill:
        assert found is not None
    if found is not None:
        assert found.tolist() == fresh.tolist()


def test_costs_too_high_to_code_are_left_to_the_plain_field():
    costs = np.full(12, 1 << 40, dtype=np.int64)
    sources = np.array([0], dtype=np.int64)
    assert flowfield.distance_coded(4, 3, sources, costs) is None
    assert flowfield.distance_array(4, 3, sources, costs).tolist() == flowfield.distances(
        4, 3, [0], costs.tolist())


def test_cavities_filling_one_by_one_plan_the_same_as_afresh():
    level = load_level(next(p for p in level_paths() if p.stem == "safe_protocol"))
    program = apply(level.program, FIXES[level.id])
    tissue = np.array(level.grid.tissue)
    cache = FieldCache()
    args = (program, level.grid.width, level.grid.height)
    for cell in np.flatnonzero(tissue == Tissue.CAVITY)[::3]:
        tissue[cell] = Tissue.FILLED
        kept = compile_program(*args, tissue, level.grid.expression, cache, ARRAYS)
        fresh = compile_program(*args, tissue, level.grid.expression, FieldCache(), ARRAYS)
        assert compiled_bits(kept) == compiled_bits(fresh)
    # the seek line's last field, which each plan starts from (and the last signed
    # distances to each avoided tissue)
    assert [key[0] for key in cache.bases].count("seek") == 1


def compiled_bits(compiled) -> list[object]:
    """Everything a compiled program hands the simulations, floats as bit patterns."""

    def of(op: Op) -> tuple:
        return (op.code, op.line, bits([op.coef, op.limit, op.threshold]), op.crowd, op.anchor,
                bits(op.fx), bits(op.fy), [of(part) for part in op.parts])

    return [of(op) for op in compiled.ops] + [compiled.needs_hard_limit]


def both(program: Program, grid: TissueGrid, tissue=None) -> tuple[list, list]:
    tissue = grid.tissue if tissue is None else tissue
    args = (program, grid.width, grid.height, tissue, grid.expression)
    plain = compile_program(*args, FieldCache(), PLAIN)
    fast = compile_program(*args, FieldCache(), ARRAYS)
    assert plain.key[0] == fast.key[0]
    return compiled_bits(plain), compiled_bits(fast)


def test_every_shipped_level_compiles_the_same_with_both_planners():
    for path in level_paths():
        level = load_level(path)
        for program in (level.program, apply(level.program, FIXES[level.id])):
            plain, fast = both(program, level.grid)
            assert fast == plain, level.id
            assert any(op[0] == FIELD for op in fast)


RULES = st.sampled_from(["seek", "avoid", "tradeoff", "check_marker", "limit", "deposit",
                         "separate"])


@settings(max_examples=60, deadline=None)
@given(st.lists(RULES, min_size=1, max_size=6), st.data())
def test_random_programs_on_random_tissue_compile_the_same(kinds, data):
    grid = small_grid()
    rules = []
    for kind in kinds:
        values: dict[str, object] = {}
        if kind == "seek":
            values["target"] = data.draw(st.sampled_from(["cavity", "marker", "pulp", "gum"]))
            values["gain"] = data.draw(st.sampled_from([0.0, 10.0, 30.0]))
        elif kind == "avoid":
            values["tissue"] = data.draw(st.sampled_from(TISSUE_NAMES))
            values["radius"] = data.draw(st.integers(1, 8))
            values["gain"] = data.draw(st.sampled_from([0.0, 1.0, 40.0, 200.0]))
        elif kind == "tradeoff":
            values["efficiency"] = data.draw(st.sampled_from([0.0, 0.3, 0.95, 1.0]))
        elif kind == "check_marker":
            values["threshold"] = data.draw(st.sampled_from([0.0, 0.5, 0.9]))
        rules.append(make_rule(kind, values))
    # some cavities filled, as after a few re-plans
    tissue = list(grid.tissue)
    for cell in data.draw(st.lists(st.integers(0, grid.size - 1), max_size=6)):
        if tissue[cell] == Tissue.CAVITY:
            tissue[cell] = int(Tissue.FILLED)
    plain, fast = both(Program(tuple(rules)), grid, tissue)
    assert fast == plain


def test_the_full_program_compiles_the_same():
    plain, fast = both(full_program(), small_grid())
    assert fast == plain
