"""The story state's rules: counting, evidence, visits, copies and reading saves."""

from __future__ import annotations

import pytest

from game.story import state as story_state
from game.story.state import StoryState


def test_add_counts_from_zero_or_from_the_declared_start():
    story = StoryState()
    story.add("trust", 2)
    assert story.get("trust") == 2
    story.add("score", 1, start=5)  # the campaign declares score: 5
    assert story.get("score") == 6
    story.add("score", -2, start=5)  # once set, the start no longer matters
    assert story.get("score") == 4


@pytest.mark.parametrize("value", [True, False, "calm"])
def test_add_to_a_flag_or_a_text_counts_from_zero(value):
    story = StoryState(variables={"x": value})
    story.add("x", 3)
    assert story.get("x") == 3
    assert type(story.get("x")) is int


def test_get_reads_unset_variables_as_the_default():
    story = StoryState(variables={"a": 0})
    assert story.get("missing") == 0
    assert story.get("missing", "none") == "none"
    assert story.get("a", 7) == 0


def test_give_and_take_say_whether_anything_changed():
    story = StoryState()
    assert story.give("logs") is True
    assert story.give("logs") is False
    assert story.take("logs") is True
    assert story.take("logs") is False
    assert story.evidence == []


def test_evidence_keeps_the_order_it_was_gained_in():
    story = StoryState()
    for item in ("c", "a", "b"):
        story.give(item)
    story.take("a")
    story.give("a")
    assert story.evidence == ["c", "b", "a"]


def test_visits_are_counted_per_node():
    story = StoryState()
    story.visit("a")
    story.visit("a")
    story.visit("b")
    story.visit("a")
    assert story.visited == {"a": 3, "b": 1}
    assert story.has_visited("b") and not story.has_visited("c")


def test_seen_means_a_line_read_or_a_node_entered():
    story = StoryState()
    story.mark_seen("max.1")
    story.mark_seen("max.1")
    story.visit("clinic")
    assert list(story.seen_lines) == ["max.1"]
    assert story.seen("max.1") and story.seen("clinic")
    assert story.seen_line("max.1") and not story.seen_line("clinic")
    assert not story.seen("elsewhere")


def test_use_once_is_true_only_the_first_time():
    story = StoryState()
    assert story.use_once("k") is True
    assert story.use_once("k") is False
    assert list(story.once) == ["k"]


def full_story() -> StoryState:
    story = StoryState()
    story.set("trust", 2)
    story.set("mood", "calm")
    story.give("logs")
    story.mark_seen("max.1")
    story.visit("clinic")
    story.visit("clinic")
    story.use_once("ask")
    return story


def test_a_copy_is_equal_and_independent():
    story = full_story()
    copy = story.copy()
    assert copy == story
    assert (copy.variables, copy.evidence, copy.seen_lines, copy.visited, copy.once) == (
        story.variables, story.evidence, story.seen_lines, story.visited, story.once)
    copy.set("trust", 9)
    copy.give("reports")
    copy.mark_seen("max.2")
    copy.visit("lab")
    copy.use_once("other")
    assert story == full_story()  # the original did not change


def test_to_data_and_back():
    story = full_story()
    data = story.to_data()
    assert data == {"version": 1, "variables": {"trust": 2, "mood": "calm"},
                    "evidence": ["logs"], "seen": ["max.1"], "visited": {"clinic": 2},
                    "once": ["ask"]}
    assert StoryState.from_data(data) == story


def test_a_save_without_version_or_sections_is_an_empty_story():
    assert StoryState.from_data({}) == StoryState()
    assert StoryState.from_data({"version": 1}) == StoryState()


def test_a_visit_count_of_zero_is_kept():
    assert StoryState.from_data({"visited": {"a": 0}}).visited == {"a": 0}


@pytest.mark.parametrize(("bad", "fragment"), [
    ({"visited": {"n": True}}, "visit count of 'n'"),
    ({"visited": {"n": "3"}}, "visit count of 'n'"),
    ({"visited": {"n": 1.5}}, "visit count of 'n'"),
    ({"visited": []}, "visited should be a mapping"),
    ({"seen": "max.1"}, "seen should be a list of texts"),
    ({"once": [None]}, "once should be a list of texts"),
    ({"variables": {"a": None}}, "variable 'a' has a NoneType"),
    ({"version": 0}, "unknown version 0"),
    ({"version": "1"}, "unknown version '1'"),
])
def test_malformed_saves_are_refused_with_the_reason(bad, fragment):
    with pytest.raises(ValueError, match=f"^story state: {fragment}"):
        StoryState.from_data(bad)


def test_older_saves_are_upgraded_one_version_at_a_time(monkeypatch):
    """How a save of version 1 will be read once the format moves on (to version 3 here)."""
    steps = []

    def one_to_two(data):
        steps.append(1)
        return {**data, "variables": {**data["variables"], "v2": True}}

    def two_to_three(data):
        steps.append(2)
        return {**data, "evidence": [*data["evidence"], "v3"]}

    monkeypatch.setattr(story_state, "VERSION", 3)
    monkeypatch.setattr(story_state, "_UPGRADES", {1: one_to_two, 2: two_to_three})
    story = StoryState.from_data({"version": 1, "variables": {"trust": 1}, "evidence": []})
    assert steps == [1, 2]
    assert story.variables == {"trust": 1, "v2": True}
    assert story.evidence == ["v3"]
    assert StoryState.from_data({"version": 3}) == StoryState()  # the current version: as is
    assert steps == [1, 2]
