"""Tooth Rebirth, chapters 3-6, played headless from the scripts in ``later/``.

``ch3_4_*`` take their own branches through "Backlash" and "Crisis of Conscience" (the
latter played as Elena Cruz); ``ch5_6_*`` start at "Showdown and Redesign" with earlier
outcomes set and end on each ending.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.dialogue.model import Campaign
from game.dialogue.playtest import Playthrough
from game.story.state import StoryState
from tests.support.content import scripted_play, shipped_campaign

HERE = Path(__file__).resolve().parent / "later"
SCRIPTS = sorted(p.stem for p in HERE.glob("*.yaml"))


def campaign() -> Campaign:
    return shipped_campaign("tooth_rebirth")


def playthrough(name: str) -> tuple[Playthrough, StoryState]:
    return scripted_play("tooth_rebirth", HERE / f"{name}.yaml")


@pytest.mark.parametrize("name", SCRIPTS)
def test_every_script_fits_the_dialogue(name: str):
    result, _ = playthrough(name)
    assert result.problems == []


def test_the_staff_meeting_decides_and_every_branch_continues():
    decisions = set()
    for name in SCRIPTS:
        if name.startswith("ch3_4"):
            _, story = playthrough(name)
            decisions.add(story.get("staff_decision"))
            if story.get("ch4_done"):
                assert story.get("chapter") == 5, name
    assert {"halt", "screen", "continue"} <= decisions


def test_chapter_4_is_played_as_elena_cruz_and_hands_back_to_kade():
    result, _ = playthrough("ch3_4_tell_on_record_halt")
    switches = [t for t in result.transcript if t.startswith(("[playerswitch", "[chapterstart"))]
    chapter_4 = switches.index("[chapterstart crisis_of_conscience]")
    assert switches[chapter_4 + 1] == "[playerswitch elena_cruz]"
    assert "[playerswitch kade]" in switches[chapter_4 + 2:]


def test_both_endings_are_reached():
    endings = {playthrough(name)[1].get("ending") for name in SCRIPTS
               if name.startswith("ch5_6")}
    assert {"together", "too_late"} <= endings


def test_together_needs_a_halt_or_a_united_screening_and_the_redesign():
    for name in SCRIPTS:
        _, story = playthrough(name)
        if story.get("ending") == "together" and story.get("staff_decision"):
            assert story.has("redesign_plan"), name
            assert story.get("staff_decision") == "halt" or (
                story.get("staff_decision") == "screen" and story.get("united") >= 2), name
