"""The fixed tick at its edges: exact tick counts, the cap and what it drops, alpha, the format."""

from __future__ import annotations

import pytest

from game.engine.clock import MAX_FRAME_SECONDS, TICK_HZ, FixedClock, ticks_to_clock


def test_a_new_clock_owes_nothing():
    clock = FixedClock()
    assert (clock.accumulator, clock.dropped, clock.alpha) == (0.0, 0.0, 0.0)
    assert clock.step == pytest.approx(1 / TICK_HZ)
    assert clock.max_frame == MAX_FRAME_SECONDS


# hz=4 and frames in eighths of a second: every sum below is exact in binary floating point
def test_ticks_come_in_whole_steps_and_the_rest_carries_over():
    clock = FixedClock(hz=4, max_frame=1.0)
    assert clock.advance(0.625) == 2
    assert clock.accumulator == 0.125
    assert clock.alpha == 0.5
    assert clock.advance(0.125) == 1  # the carried half step plus this one
    assert (clock.accumulator, clock.alpha) == (0.0, 0.0)


def test_less_than_a_step_runs_no_tick_but_moves_alpha():
    clock = FixedClock(hz=4, max_frame=1.0)
    assert clock.advance(0.125) == 0
    assert clock.alpha == 0.5


def test_a_frame_of_exactly_the_cap_is_not_cut():
    clock = FixedClock(hz=4, max_frame=0.5)
    assert clock.advance(0.5) == 2
    assert clock.dropped == 0.0


def test_the_cap_drops_the_excess_and_counts_it_across_frames():
    clock = FixedClock(hz=4, max_frame=0.5)
    assert clock.advance(2.0) == 2  # only 0.5 s is run
    assert clock.dropped == 1.5
    assert clock.advance(0.75) == 2
    assert clock.dropped == 1.75  # 1.5 + 0.25, added up
    clock.advance(0.125)
    assert clock.dropped == 1.75  # under the cap: nothing more dropped


def test_a_negative_frame_is_no_time_at_all():
    clock = FixedClock(hz=4, max_frame=1.0)
    clock.advance(0.125)
    assert clock.advance(-1.0) == 0
    assert clock.accumulator == 0.125


@pytest.mark.parametrize(("ticks", "text"), [
    (59, "0:00.983"),
    (60 * 59 + 59, "0:59.983"),
    (60 * 60, "1:00.000"),
    (60 * 600, "10:00.000"),
    (60 * 3599, "59:59.000"),
    (60 * 3600, "1:00:00.000"),
    (60 * 3600 * 12 + 1, "12:00:00.016"),
])
def test_clock_format_at_its_borders(ticks, text):
    assert ticks_to_clock(ticks) == text
