"""Rejuvenation, chapters 1-2, played headless from the scripts in this folder.

Each script takes its own branch through "Obsolete" and "Uneasy Alliance"; together they
check that every path reaches the end of chapter 2 and hands over to chapter 3, that the
chapter-1 choices change what happens in chapter 2, and, with the scripts of the later
chapters (``later/``, tested in test_later_chapters.py), that the scripts between them
reach the campaign's lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.dialogue.library import load_campaign
from game.dialogue.model import Campaign
from game.dialogue.playtest import Playthrough, coverage, play, read_script
from game.story.state import StoryState
from tests.support.content import scripted_play, shipped_campaign

HERE = Path(__file__).resolve().parent
SCRIPTS = sorted(p.stem for p in HERE.glob("*.yaml"))
END = "rej_ch2_end"


def campaign() -> Campaign:
    return shipped_campaign("rejuvenation")


def playthrough(name: str) -> tuple[Playthrough, StoryState]:
    return scripted_play("rejuvenation", HERE / f"{name}.yaml")


def test_the_campaign_lints_clean():
    _, diagnostics = load_campaign("rejuvenation", user_mods=False)
    assert [d.format() for d in diagnostics] == []


def test_there_are_scripts_for_several_branches():
    assert {"trusting_path", "stubborn_path", "middle_path", "key_path",
            "chapter2_start"} <= set(SCRIPTS)


@pytest.mark.parametrize("name", SCRIPTS)
def test_every_script_fits_and_reaches_the_end_of_chapter_two(name: str):
    result, story = playthrough(name)
    assert result.problems == []
    assert END in result.reached
    assert story.get("ch2_done") is True
    assert story.get("chapter") == 3  # chapter 2's closing hands over to chapter 3
    for item in ("patient_records", "bot_logs", "efficiency_weighting"):
        assert story.has(item), item


def test_honesty_with_rosa_brings_her_x_rays_into_the_debate():
    trusting, story = playthrough("trusting_path")
    assert story.has("baseline_charts")
    assert "rej_rosa_brings_xrays" in trusting.reached
    stubborn, story = playthrough("stubborn_path")
    assert not story.has("baseline_charts")
    assert "rej_rosa_texts" in stubborn.reached
    assert "rej_rosa_brings_xrays" not in stubborn.reached


def test_mr_lindqvist_is_the_patient_in_pod_two_only_if_elena_let_him_go():
    trusting, _ = playthrough("trusting_path")
    assert "rej_stranger_in_pod" in trusting.reached
    assert "rej_lindqvist_in_pod" not in trusting.reached
    for name in ("stubborn_path", "middle_path"):
        result, _ = playthrough(name)
        assert "rej_lindqvist_in_pod" in result.reached, name
        assert "rej_stranger_in_pod" not in result.reached, name


def test_trust_decides_how_elena_gets_into_the_servers_and_how_max_ends_up():
    trusting, story = playthrough("trusting_path")
    assert story.get("max_key") is True
    assert "rej_max_gives_key" in trusting.reached
    assert "rej_tomas_password" not in trusting.reached
    assert "rej_max_all_in" in trusting.reached
    stubborn, story = playthrough("stubborn_path")
    assert story.get("trust") < 0
    assert "rej_max_gives_key" not in stubborn.reached
    assert "rej_tomas_password" in stubborn.reached
    assert "rej_max_grudging" in stubborn.reached


def test_sam_writes_only_if_elena_gave_him_her_card():
    assert "rej_sam_message" in playthrough("trusting_path")[0].reached
    assert "rej_sam_message" not in playthrough("stubborn_path")[0].reached


def test_a_lost_debate_starts_over_and_a_lost_replay_can_be_retried():
    stubborn, _ = playthrough("stubborn_path")
    assert "rej_debate_restart" in stubborn.reached
    for name in ("trusting_path", "middle_path"):
        result, _ = playthrough(name)
        assert "rej_replay_lost" in result.reached, name
        assert "[minigame efficiency_first: lose]" in result.transcript
        assert result.transcript.count("[minigame efficiency_first: win]") == 1


def test_witnesses_follow_who_elena_listened_to():
    assert playthrough("trusting_path")[1].get("witnesses") >= 2
    assert playthrough("key_path")[1].get("witnesses") == 1
    assert playthrough("chapter2_start")[1].get("witnesses") == 0


def test_the_scripts_reach_most_of_the_campaign():
    reached: set[str] = set()
    for name in SCRIPTS:
        reached |= set(playthrough(name)[0].reached)
    for path in sorted((HERE / "later").glob("*.yaml")):
        diagnostics: list = []
        script = read_script(path, diagnostics)
        assert script is not None, [d.format() for d in diagnostics]
        reached |= set(play(campaign(), script, story=StoryState()).reached)
    cover = coverage(campaign(), reached)
    assert cover.reached / cover.total >= 0.8, [u[3][:50] for u in cover.unreached]
