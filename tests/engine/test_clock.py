"""The fixed tick: whole ticks from real time, a cap, interpolation."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from game.engine.clock import FixedClock, ticks_to_clock


def test_sixty_ticks_per_second_of_frames():
    clock = FixedClock()
    total = sum(clock.advance(1 / 144) for _ in range(144))
    assert total in (59, 60)


def test_a_long_stall_runs_at_most_the_cap():
    clock = FixedClock(max_frame=0.25)
    assert clock.advance(5.0) == 15
    assert clock.dropped > 4.7


@given(st.lists(st.floats(min_value=0, max_value=0.1), max_size=200))
def test_alpha_stays_between_zero_and_one(frames):
    clock = FixedClock()
    for dt in frames:
        clock.advance(dt)
        assert 0.0 <= clock.alpha <= 1.0


def test_clock_format():
    assert ticks_to_clock(0) == "0:00.000"
    assert ticks_to_clock(61) == "0:01.016"
    assert ticks_to_clock(60 * 3725) == "1:02:05.000"
