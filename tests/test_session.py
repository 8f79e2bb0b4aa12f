"""GameState round-trips through plain data: what a save or replay restores."""

from __future__ import annotations

import json

from game.gamestate import GameState


def played_state() -> GameState:
    state = GameState(seed=11, campaign="rejuvenation", player="elena_rahmani")
    for _ in range(37):
        state.rng.random()
    state.ticks = 1234
    state.chapter = "ch2"
    state.story.set("trust_max", 2)
    state.story.give("bot_log")
    return state


def test_restored_state_continues_exactly_where_it_was():
    state = played_state()
    restored = GameState.from_data(json.loads(json.dumps(state.to_data())))
    # The generator continues from the same point, not from the seed.
    assert [restored.rng.random() for _ in range(5)] == [state.rng.random() for _ in range(5)]
    assert restored.chapter == "ch2"
    assert restored.ticks == 1234
    assert (restored.seed, restored.campaign, restored.player) == (11, "rejuvenation",
                                                                   "elena_rahmani")
    assert restored.story.to_data() == state.story.to_data()


def test_restored_generator_is_not_a_fresh_one():
    state = played_state()
    restored = GameState.from_data(state.to_data())
    fresh = GameState(seed=11)
    assert restored.rng.random() != fresh.rng.random()
