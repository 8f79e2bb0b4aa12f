"""Tooth Rebirth, chapters 1 and 2: the scripted playthroughs in this folder reach the end
of chapter 2, the chapter 1 choices change what chapter 2 shows, and together the scripts
reach at least 80% of the campaign's lines.

Each script is played with the playtest API. A script's ``start:`` steps (talking to a map
object once the previous conversation ended) are played as separate ``play()`` calls on
one shared story, exactly as the overworld starts a node: the command-line player, after
a ``start:``, advances past the first line of the new node without recording it, which
would leave every conversation's opening line uncounted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from game.diagnostics import Diagnostic
from game.dialogue.library import ContentLibrary
from game.dialogue.model import Campaign
from game.dialogue.playtest import Action, Script, coverage, play, read_script
from game.story.state import StoryState

HERE = Path(__file__).parent
SCRIPTS = ("kind_path", "stubborn_path", "mixed_path")
CLOSING = "tr2_continues"  # the banners across the road, then chapter 3 begins


@dataclass
class Run:
    story: StoryState
    reached: set[str] = field(default_factory=set)
    transcript: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def campaign() -> Campaign:
    loaded, diagnostics = ContentLibrary(user_mods=False).load("tooth_rebirth")
    assert loaded is not None, [d.format() for d in diagnostics if d.is_error]
    return loaded


@pytest.fixture(scope="module")
def runs(campaign: Campaign) -> dict[str, Run]:
    return {name: _play(campaign, name) for name in SCRIPTS}


def _play(campaign: Campaign, name: str) -> Run:
    diagnostics: list[Diagnostic] = []
    path = HERE / f"{name}.yaml"
    script = read_script(path, diagnostics)
    assert script is not None and not diagnostics, [d.format() for d in diagnostics]
    # split at each `start:`: (node to start, the decisions used in that conversation)
    segments: list[tuple[str | None, list[Action]]] = [(script.start, [])]
    for action in script.actions:
        if action.kind == "start":
            segments.append((str(action.value), []))
        else:
            segments[-1][1].append(action)
    story = StoryState()
    run = Run(story)
    for index, (node, actions) in enumerate(segments):
        part = Script(str(path), actions=actions)
        if index == 0:
            part.variables, part.evidence = script.variables, script.evidence
        result = play(campaign, part, start=node, story=story)
        run.reached.update(result.reached)
        run.transcript += [f"-- start {node}", *result.transcript]
        run.problems += result.problems
    return run


@pytest.mark.parametrize("name", SCRIPTS)
def test_script_reaches_the_end_of_chapter_2(runs: dict[str, Run], name: str) -> None:
    run = runs[name]
    assert not run.problems
    assert CLOSING in run.reached
    assert run.story.get("chapter") == 3  # chapter 2's closing hands over to chapter 3
    assert {"colour_reports", "ivy_photos", "marker_correlation", "trial_data"} <= set(
        run.story.evidence)


def test_minigame_lost_then_retried(runs: dict[str, Run]) -> None:
    for name in ("kind_path", "stubborn_path"):
        played = [line for line in runs[name].transcript if line.startswith("[minigame")]
        assert played == ["[minigame marker_reaction: lose]",
                          "[minigame marker_reaction: win]"], name
        assert runs[name].story.get("replay_fails") == 1


def test_debate_outcomes(runs: dict[str, Run]) -> None:
    kind, stubborn, mixed = runs["kind_path"], runs["stubborn_path"], runs["mixed_path"]
    # a clean debate, with Mateo pressed: he starts to doubt and calls the patients back
    assert kind.story.get("fumbles") == 0 and kind.story.get("mateo_doubt") >= 2
    assert "tr2_mateo_message" in kind.reached
    # wrong items until credibility runs out, then the debate starts over
    assert "tr2_debate_fail" in stubborn.reached and stubborn.story.get("fumbles") >= 3
    assert "tr2_mateo_message" not in stubborn.reached
    # one wrong item: a wobble, not a failure
    assert mixed.story.get("fumbles") == 1 and "tr2_debate_fail" not in mixed.reached


def test_chapter_1_choices_change_chapter_2(runs: dict[str, Run]) -> None:
    kind, stubborn, mixed = runs["kind_path"], runs["stubborn_path"], runs["mixed_path"]
    # Ivy: examined in chapter 1 -> she comes to Kade; flattered -> she hides until shown
    # the follow-ups
    assert "tr2_ivy_ally_open" in kind.reached and "tr2_ivy_ally_open" in mixed.reached
    assert "tr2_ivy_guarded_open" not in kind.reached
    assert "tr2_ivy_guarded_open" in stubborn.reached
    assert "tr2_ivy_ally_open" not in stubborn.reached
    # Saira: took the title -> she hands over the trial; objected -> she refuses it
    assert "tr2_saira_gives_trial" in kind.reached and "tr2_saira_refuses" not in kind.reached
    assert "tr2_saira_refuses" in stubborn.reached and "tr2_saira_refuses" in mixed.reached
    # Elena named TR-40 when asked -> the servers find it at once; otherwise browse
    assert "tr2_servers_shortcut" in stubborn.reached
    assert "tr2_servers_browse_open" in mixed.reached
    assert "tr2_servers_shortcut" not in mixed.reached
    # Mrs. Varga checked in chapter 1 -> her family clue in chapter 2
    assert "tr2_varga_sister" in kind.reached and "tr2_varga_sister" not in stubborn.reached


def test_combined_line_coverage(campaign: Campaign, runs: dict[str, Run]) -> None:
    """With the scripts of chapters 3-6 (later/, tested in test_later_chapters.py)."""
    reached = set().union(*(run.reached for run in runs.values()))
    for path in sorted((HERE / "later").glob("*.yaml")):
        diagnostics: list[Diagnostic] = []
        script = read_script(path, diagnostics)
        assert script is not None, [d.format() for d in diagnostics]
        reached |= set(play(campaign, script, story=StoryState()).reached)
    cover = coverage(campaign, reached)
    assert cover.total > 300
    assert cover.reached / cover.total >= 0.8, (
        f"{cover.reached}/{cover.total}: " + "; ".join(
            f"{Path(p).name}:{line}" for p, line, _, _ in cover.unreached[:40]))
