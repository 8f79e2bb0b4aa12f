"""Properties of the rules that hold for any program, swarm and seed."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from game.nanobots.physics import HARD_SPEED
from game.nanobots.rules import KINDS, EditError, EditSpec, ParamRange, Program, make_rule
from game.nanobots.sim import Simulation
from tests.support.nanobots import small_grid

kind_names = st.sampled_from(sorted(KINDS))


@st.composite
def rules(draw):
    kind = KINDS[draw(kind_names)]
    values = {}
    for spec in kind.params:
        if spec.type == "bool":
            values[spec.name] = draw(st.booleans())
        elif spec.type == "tissue":
            values[spec.name] = draw(st.sampled_from(spec.choices))
        elif spec.type == "int":
            values[spec.name] = draw(st.integers(int(spec.lo), int(spec.hi)))
        else:
            values[spec.name] = draw(st.floats(spec.lo, spec.hi, allow_nan=False))
    return make_rule(kind.name, values, enabled=draw(st.booleans()))


@given(st.lists(rules(), max_size=6), st.floats(1, 60), st.integers(0, 2**31),
       st.integers(1, 80))
def test_a_final_limit_line_is_never_exceeded(body, top, seed, bots):
    program = Program((*body, make_rule("limit", {"speed": top})))
    sim = Simulation(small_grid(), program, bots, seed)
    factor = 1.0
    for rule in body:  # a tradeoff line above scales the limit
        if rule.enabled and rule.kind == "tradeoff":
            factor = 0.5 + float(rule.get("efficiency"))
    for _ in range(30):
        sim.step()
        speed = np.sqrt(sim.vx**2 + sim.vy**2)
        assert speed.max() <= top * factor * (1 + 1e-12)


@given(st.lists(rules(), max_size=7), st.integers(0, 2**31), st.integers(1, 80))
def test_bots_stay_on_the_grid_and_under_the_hardware_limit(program_rules, seed, bots):
    sim = Simulation(small_grid(), Program(tuple(program_rules)), bots, seed)
    for _ in range(40):
        events = sim.step()
        assert np.all(sim.x >= 0) and np.all(sim.x < sim.width)
        assert np.all(sim.y >= 0) and np.all(sim.y < sim.height)
        assert np.all(np.isfinite(sim.vx)) and np.all(np.isfinite(sim.vy))
        assert np.sqrt(sim.vx**2 + sim.vy**2).max() <= HARD_SPEED * (1 + 1e-12)
        assert np.all((sim.cell >= 0) & (sim.cell < sim.size))
        assert list(events.entered_bots) == sorted(events.entered_bots)
    assert sim.harm >= 0 and np.all(sim.fill >= 0)


@given(st.floats(0, 1), st.sampled_from([0.01, 0.02, 0.05, 0.1, 0.25, 0.5]),
       st.lists(st.sampled_from([-1, 1]), max_size=40))
def test_nudges_stay_on_the_grid_of_steps_and_in_range(lo_frac, step, moves):
    lo, hi = round(lo_frac * 0.5, 2), 1.0
    rng = ParamRange(lo, hi, step)
    rule = make_rule("tradeoff", {"efficiency": lo}, edit=EditSpec(params=(("efficiency", rng),)))
    program = Program((rule,))
    for move in moves:
        program = program.nudge(0, "efficiency", move)
        value = program[0].get("efficiency")
        assert lo - 1e-9 <= value <= hi + 1e-9
        k = (value - lo) / step
        assert abs(k - round(k)) < 1e-6


def test_locked_values_refuse_edits():
    program = Program((make_rule("seek"),))
    for edit in (lambda p: p.nudge(0, "gain", 1), lambda p: p.toggle(0),
                 lambda p: p.move(0, 1), lambda p: p.set_value(0, "gain", 3.0)):
        try:
            edit(program)
        except EditError:
            continue
        raise AssertionError("a locked rule was edited")


def test_limit_only_caps_what_is_above_it():
    grid = small_grid()
    fast = Program((make_rule("limit", {"speed": 2.0}), make_rule("seek", {"gain": 120.0})))
    capped = Program((make_rule("seek", {"gain": 120.0}), make_rule("limit", {"speed": 2.0})))
    a, b = Simulation(grid, fast, 30, 1), Simulation(grid, capped, 30, 1)
    a.run(20), b.run(20)
    assert np.sqrt(b.vx**2 + b.vy**2).max() <= 2.0 + 1e-9
    assert np.sqrt(a.vx**2 + a.vy**2).max() > 2.0
