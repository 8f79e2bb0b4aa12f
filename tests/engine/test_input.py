"""Input: actions sampled per tick, scripts, repeat."""

from __future__ import annotations

import pytest

from game.engine.input import (
    Action,
    InputFrame,
    InputMapper,
    Repeater,
    frames_from_script,
    parse_actions,
)


def test_a_tap_between_two_ticks_is_still_pressed_once():
    mapper = InputMapper()
    mapper.key("z", True)
    mapper.key("z", False)
    first = mapper.sample()
    assert first.hit(Action.CONFIRM) and not first.down(Action.CONFIRM)
    assert not mapper.sample().hit(Action.CONFIRM)


def test_holding_a_key_presses_once_and_stays_held():
    mapper = InputMapper()
    mapper.key("left shift", True)
    mapper.key("right", True)
    a, b = mapper.sample(), mapper.sample()
    assert a.hit(Action.RIGHT) and a.down(Action.RUN)
    assert b.down(Action.RIGHT) and not b.hit(Action.RIGHT)
    assert b.direction() == (1, 0)


def test_two_sources_of_one_action_release_independently():
    mapper = InputMapper()
    mapper.key("up", True)
    mapper.pad_button("dpup", True)
    mapper.key("up", False)
    assert mapper.sample().down(Action.UP)
    mapper.pad_button("dpup", False)
    assert not mapper.sample().down(Action.UP)


def test_stick_gives_directions_past_the_deadzone():
    mapper = InputMapper()
    mapper.stick(0.2, -0.9)
    assert mapper.sample().held == Action.UP
    mapper.stick(0.0, 0.0)
    assert mapper.sample().held == Action.NONE


def test_frames_round_trip_through_plain_data():
    frames = [
        InputFrame(Action.UP | Action.RUN, Action.UP),
        InputFrame(pointer=(10, 20), click=True, wheel=-2),
        InputFrame(),
    ]
    assert [InputFrame.from_data(f.to_data()) for f in frames] == frames


def test_script_holds_ranges_and_presses_on_their_first_tick():
    frames = frames_from_script("0-2:right+run; 4:confirm  # talk", 6)
    assert [f.down(Action.RIGHT) for f in frames] == [True, True, True, False, False, False]
    assert [f.hit(Action.RIGHT) for f in frames] == [True, False, False, False, False, False]
    assert frames[4].hit(Action.CONFIRM) and not frames[5].down(Action.CONFIRM)


@pytest.mark.parametrize("bad", ["x:right", "3:jump", "5-2:up", "right"])
def test_bad_script_items_are_named_in_the_error(bad):
    with pytest.raises(ValueError, match="input script item"):
        frames_from_script(bad, 10)


def test_parse_actions_names_unknown_words():
    assert parse_actions("Up + run") == Action.UP | Action.RUN
    with pytest.raises(ValueError, match="unknown action 'fly'"):
        parse_actions("fly")


def test_repeater_pulses_after_a_delay_then_at_an_interval():
    repeater = Repeater(delay=3, interval=2)
    held = [InputFrame(Action.DOWN, Action.DOWN)] + [InputFrame(Action.DOWN)] * 7
    pulses = [bool(repeater.pulses(f) & Action.DOWN) for f in held]
    assert pulses == [True, False, False, False, True, False, True, False]
