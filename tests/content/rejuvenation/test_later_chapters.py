"""Rejuvenation, chapters 3-6, played headless from the scripts in ``later/``.

``ch3_4_*`` start at chapter 3 with chapter-2 outcomes set, and each takes its own
branch through "Cover-up" and "Safe Protocol" into the showdown; ``ch5_6_*`` start at
the showdown (the Showdown% start) and end on each of the three endings.
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
SPLITS = ["Hall", "Provocation", "Panel 1", "Panel 2", "Demo", "Vision"]


def campaign() -> Campaign:
    return shipped_campaign("rejuvenation")


def playthrough(name: str) -> tuple[Playthrough, StoryState]:
    return scripted_play("rejuvenation", HERE / f"{name}.yaml")


@pytest.mark.parametrize("name", [n for n in SCRIPTS if n.startswith("ch3_4")])
def test_every_chapter_3_route_reaches_the_showdown(name: str):
    result, story = playthrough(name)
    assert result.problems == []
    assert story.get("ch3_done") is True and story.get("ch4_done") is True
    assert story.get("chapter") == 5
    assert story.has("internal_memo") and story.has("recall_notice")
    assert story.get("stage_plan") in ("demo_first", "evidence_first", "together")


def test_the_chapter_3_routes_take_different_decisions():
    decided = {name: (playthrough(name)[1].get("anya_choice"),
                      playthrough(name)[1].get("exec_response"),
                      playthrough(name)[1].get("max_signed"))
               for name in SCRIPTS if name.startswith("ch3_4")}
    assert len(set(decided.values())) >= 3, decided
    assert {"public", "wait", "out"} >= {a for a, _, _ in decided.values()}


def test_consent_decides_whether_danis_testimony_exists():
    for name in SCRIPTS:
        if not name.startswith("ch3_4"):
            continue
        _, story = playthrough(name)
        if story.get("elena_pushed"):
            assert not story.has("dani_testimony"), name
        if story.has("dani_testimony"):
            assert story.get("dani_consent") is True, name


@pytest.mark.parametrize(("name", "ending"), [("ch5_6_reform", "reform"),
                                              ("ch5_6_fastest", "settlement"),
                                              ("ch5_6_bitter", "bitter")])
def test_each_showdown_route_ends_on_its_ending_after_every_split(name: str, ending: str):
    result, story = playthrough(name)
    assert result.problems == []
    assert story.get("ending") == ending
    splits = [t.removeprefix("[split ").removesuffix("]") for t in result.transcript
              if t.startswith("[split ")]
    assert splits == SPLITS


def test_the_fastest_showdown_route_is_short():
    result, _ = playthrough("ch5_6_fastest")
    lines = [t for t in result.transcript if not t.startswith("[")]
    vision = next(i for i, t in enumerate(result.transcript) if t == "[split Vision]")
    assert len([t for t in result.transcript[:vision] if not t.startswith("[")]) <= 110
    assert lines


def test_after_chapter_4_closes_elena_walks_home_and_rosa_hands_over_to_chapter_5():
    result, story = playthrough("ch3_4_b")
    assert result.problems == []
    lines = result.transcript
    closed = next(i for i, t in enumerate(lines) if t.startswith("-- start ")
                  and i > lines.index("[minigame safe_protocol: win]"))
    handover = lines.index("[chapterstart showdown]")
    walk = lines[closed:handover]
    # the people of the clinic still answer in chapter 4, with their goodnights
    assert any("It just says \"BACK\" now." in t for t in walk), walk
    assert "Max Chen: Go home, Doctor. I'll lock up." in walk
    # and only Rosa, at the practice, moves the story on to the hall
    assert walk.index("-- start practice_rosa") < walk.index("[warp conference_hall:entry]")
    assert "rej_ch4_end" in result.reached
    assert story.get("chapter") == 5
