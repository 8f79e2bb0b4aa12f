"""The runner's rules in the corners content reaches: declared starting values, skipped
choices, once blocks, warps, debates (next claim, failing, reloads) and positions that
survive a reload or a save."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from game.dialogue import events as ev
from game.dialogue.library import load_campaign
from game.dialogue.model import Campaign
from game.dialogue.runner import Runner
from game.story.state import StoryState
from tests.support.dialogue import demo_root, errors, load_demo, runner_for, texts


def campaign_with(tmp: Path, nodes: str, variables: str) -> Campaign:
    """The demo campaign with these nodes and these declared variables (YAML lines)."""
    root = demo_root(tmp, nodes)
    manifest = root / "dialogue" / "demo" / "campaign.yaml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace("variables:\n  trust: 0\n", f"variables:\n{variables}"),
                        encoding="utf-8")
    campaign, diagnostics = load_campaign("demo", root=root, user_mods=False)
    assert campaign is not None, [d.format() for d in diagnostics]
    assert not errors(diagnostics, "main.yaml"), errors(diagnostics, "main.yaml")
    return campaign


def started(campaign: Campaign, story: StoryState | None = None, node: str = "start") -> Runner:
    runner = Runner(campaign, story or StoryState())
    runner.start(node)
    return runner


def broken(tmp: Path, nodes: str) -> Runner:
    """A runner on content that lint refuses but that still loads (a mod, a half-edited file)."""
    campaign, diagnostics = load_demo(tmp, nodes)
    assert errors(diagnostics, "main.yaml")
    return started(campaign)


# --- before anything runs -----------------------------------------------------------------
def test_a_runner_that_was_never_started_is_finished(tmp_path):
    campaign, _ = load_demo(tmp_path)
    runner = Runner(campaign, StoryState())
    assert runner.current == ev.End() and runner.finished
    assert runner.node is None and runner.current_step is None
    assert runner.snapshot() == {"version": 1, "campaign": "demo", "frames": []}
    runner.advance()  # nothing to move past: nothing happens
    assert runner.finished


@pytest.mark.parametrize(("call", "name"), [
    (lambda r: r.advance(), "advance()"),
    (lambda r: r.press(), "press()"),
    (lambda r: r.debate_move(1), "debate_move()"),
])
def test_an_input_for_another_event_names_itself_and_the_event(tmp_path, call, name):
    runner = runner_for(tmp_path, "start:\n  - choice:\n      - option: Go\n")
    with pytest.raises(ValueError, match=rf"^{re.escape(name)} does not apply to Choice$"):
        call(runner)


# --- declared starting values ---------------------------------------------------------------
VARIABLES = "  trust: 3\n  mood: calm\n"


def test_if_reads_declared_starting_values(tmp_path):
    campaign = campaign_with(tmp_path, """
        start:
          - if: trust == 3 and mood == "calm"
            then:
              - max: Declared.
          - else:
              - max: Not declared.
        """, VARIABLES)
    assert texts(started(campaign)) == ["Declared."]


def test_choice_conditions_read_declared_starting_values(tmp_path):
    campaign = campaign_with(tmp_path, """
        start:
          - choice:
              - option: Shown
                if: trust == 3
              - option: Enabled
                enabled_if: mood == "calm"
              - option: Hidden
                if: trust != 3
        """, VARIABLES)
    choice = started(campaign).current
    assert [(o.text, o.enabled) for o in choice.options] == [("Shown", True), ("Enabled", True)]


def test_add_counts_on_from_the_declared_start(tmp_path):
    campaign = campaign_with(tmp_path, """
        start:
          - add: {trust: 2, other: 1}
          - end
        """, VARIABLES)
    story = StoryState()
    started(campaign, story)
    assert story.variables == {"trust": 5, "other": 1}


def test_after_a_reload_the_new_starting_values_count(tmp_path):
    nodes = """
        start:
          - max: Wait.
          - add: {trust: 1}
          - if: trust == 11
            then:
              - max: New start.
        """
    runner = started(campaign_with(tmp_path / "a", nodes, VARIABLES))
    story = runner.story
    result = runner.rebind(campaign_with(tmp_path / "b", nodes, "  trust: 10\n"))
    assert result and result.message == ""  # nothing moved
    runner.advance()
    assert texts(runner) == ["New start."]
    assert story.get("trust") == 11


# --- steps that run without showing anything ----------------------------------------------
def test_a_skipped_choice_carries_on_after_itself(tmp_path):
    runner = runner_for(tmp_path, """
        start:
          - max: One.
          - max: Two.
          - choice:
              - option: Never
                if: false
          - max: Three.
        """)
    assert texts(runner) == ["One.", "Two.", "Three."]
    assert runner.finished


def test_a_minigame_without_branches_carries_on_with_the_next_step(tmp_path):
    runner = runner_for(tmp_path, """
        start:
          - minigame: bias
          - max: One.
          - max: Two.
        """)
    runner.minigame_result(False)
    assert texts(runner) == ["One.", "Two."]


def test_every_once_block_is_its_own(tmp_path):
    story = StoryState()
    nodes = """
        start:
          - once:
              - max: First block.
          - once:
              - max: Second block.
          - max: Always.
        """
    assert texts(runner_for(tmp_path, nodes, story=story)) == [
        "First block.", "Second block.", "Always."]
    again = Runner(runner_for(tmp_path / "b", nodes).campaign, story)
    again.start("start")
    assert texts(again) == ["Always."]


def test_a_warp_to_a_map_outside_the_catalogue_has_no_spawn(tmp_path):
    # lint refuses this content; a mod or a half-edited file can still bring it to the runner
    runner = broken(tmp_path, """
        start:
          - warp: nowhere
          - warp: {map: lab, spawn: back_door}
        """)
    assert runner.current == ev.Warp("nowhere", None)
    runner.advance()
    assert runner.current == ev.Warp("lab", "back_door")  # the named spawn, not the entry


# --- problems -----------------------------------------------------------------------------
def test_problems_say_where_they_happened(tmp_path):
    runner = broken(tmp_path, """
        start:
          - max: Hello.
          - goto: nowhere
        """)
    runner.advance()
    assert runner.finished
    (problem,) = runner.problems
    assert problem.endswith("in node 'start': no node 'nowhere'; dialogue ended")
    assert problem.split(":")[0].endswith("main.yaml")


def test_an_endless_loop_is_reported_in_its_node(tmp_path):
    campaign, _ = load_demo(tmp_path, "start:\n  - goto: start\n")
    runner = started(campaign)
    assert runner.finished
    (problem,) = runner.problems
    assert "in node 'start': " in problem and "endless loop" in problem


def test_a_missing_start_node_is_reported_without_a_place(tmp_path):
    campaign, _ = load_demo(tmp_path)
    runner = started(campaign, node="nowhere")
    assert runner.problems == ["no node 'nowhere'; dialogue ended"]


# --- debates ------------------------------------------------------------------------------
THREE_ANSWERABLE = """
start:
  - give: [logs, reports]
  - debate:
      id: panel
      claims:
        - vance: Claim A.
          present:
            logs:
              - vance: A refuted.
        - vance: Claim B.
          present:
            logs:
              - vance: B refuted.
        - vance: Claim C.
          present:
            logs:
              - vance: C refuted.
  - max: Won.
"""


def test_after_a_refutation_the_debate_moves_forward_to_the_next_open_claim(tmp_path):
    runner = runner_for(tmp_path, THREE_ANSWERABLE)
    runner.present("logs")
    assert texts(runner) == ["A refuted."]
    assert runner.current.claim_index == 1
    runner.present("logs")
    texts(runner)
    assert runner.current.claim_index == 2
    runner.present("logs")
    assert texts(runner) == ["C refuted.", "Won."]


def test_claims_nothing_refutes_are_passed_over(tmp_path):
    runner = runner_for(tmp_path, """
        start:
          - give: [logs]
          - debate:
              id: panel
              claims:
                - vance: Claim A.
                  present:
                    logs:
                      - vance: A refuted.
                - vance: Claim B, nothing to present.
                - vance: Claim C.
                  present:
                    logs:
                      - vance: C refuted.
        """)
    runner.present("logs")
    texts(runner)
    assert (runner.current.claim_index, runner.current.to_refute) == (2, 2)


def test_a_debate_with_nothing_to_refute_is_skipped(tmp_path):
    runner = broken(tmp_path, """
        start:
          - debate:
              id: talk
              claims:
                - vance: Just talk.
          - max: After.
        """)
    assert texts(runner) == ["After."]


def test_a_debate_with_one_claim_to_refute_is_held(tmp_path):
    runner = runner_for(tmp_path, """
        start:
          - give: [logs]
          - debate:
              id: one
              claims:
                - vance: The *only* claim.
                  present:
                    logs:
                      - vance: Refuted.
          - max: After.
        """)
    debate = runner.current
    assert isinstance(debate, ev.Debate) and debate.to_refute == 1
    assert ("only", "em") in debate.spans
    runner.press()  # nothing more to say, but now it counts as read
    assert runner.story.seen_line(debate.line_id)
    runner.present("logs")
    assert texts(runner) == ["Refuted.", "After."]


def test_moving_away_from_a_claim_marks_it_read(tmp_path):
    runner = runner_for(tmp_path, THREE_ANSWERABLE)
    first = runner.current.line_id
    runner.debate_move(1)
    assert runner.story.seen_line(first)
    assert not runner.story.seen_line(runner.current.line_id)


def test_without_fail_steps_a_lost_debate_shows_the_wrong_steps_and_starts_over(tmp_path):
    runner = runner_for(tmp_path, """
        start:
          - give: [logs, reports]
          - debate:
              id: panel
              credibility: 1
              claims:
                - vance: Claim A.
                  present:
                    logs:
                      - vance: A refuted.
                  wrong:
                    - vance: Wrong on A.
        """)
    runner.present("reports")
    assert texts(runner) == ["Wrong on A."]
    d = runner.current
    assert (d.claim_index, d.credibility, d.refuted_count) == (0, 1, 0)


def test_a_save_during_the_fail_steps_restores(tmp_path):
    runner = runner_for(tmp_path, """
        start:
          - give: [logs, reports]
          - debate:
              id: panel
              credibility: 1
              claims:
                - vance: Claim A.
                  present:
                    logs:
                      - vance: A refuted.
              fail:
                - vance: You lose this round.
                - vance: Again.
        """)
    runner.present("reports")
    assert runner.current.text == "You lose this round."
    data = json.loads(json.dumps(runner.snapshot()))
    restored = Runner.restore(runner.campaign, runner.story.copy(), data)
    assert texts(restored) == ["You lose this round.", "Again."]
    assert (restored.current.claim_index, restored.current.credibility) == (0, 1)


def test_a_debate_inside_blocks_keeps_its_progress_in_the_save(tmp_path):
    runner = runner_for(tmp_path, """
        start:
          - give: [logs]
          - if: true
            then:
              - max: Before.
              - if: true
                then:
                  - debate:
                      id: panel
                      credibility: 3
                      claims:
                        - vance: Claim A.
                          present:
                            logs:
                              - vance: A refuted.
                        - vance: Claim B.
                          present:
                            logs:
                              - vance: B refuted.
        """)
    texts(runner)
    runner.present("logs")
    texts(runner)
    snap = runner.snapshot()
    (frame,) = snap["frames"]
    assert frame["debates"] == {"1.0/1.0/0": {"claim": 1, "credibility": 3, "refuted": [0],
                                              "won": False, "max_credibility": 3,
                                              "shown": [0, 1], "failures": 0}}
    restored = Runner.restore(runner.campaign, runner.story.copy(), json.loads(json.dumps(snap)))
    assert restored.current == runner.current
    assert restored.current.refuted_count == 1


# --- reloading ----------------------------------------------------------------------------
def test_a_reload_that_removes_claims_goes_back_to_the_first(tmp_path):
    debate = """
        start:
          - give: [logs]
          - debate:
              id: panel
              claims:
                - vance: Claim A.
                  present:
                    logs:
                      - vance: A refuted.
                - vance: Claim B.
                  present:
                    logs:
                      - vance: B refuted.
                - vance: Claim C.
                  present:
                    logs:
                      - vance: C refuted.
        """
    runner = runner_for(tmp_path / "a", debate)
    runner.debate_move(2)
    assert runner.current.claim_index == 2
    shorter, _ = load_demo(tmp_path / "b", debate.split("        - vance: Claim C.")[0])
    assert runner.rebind(shorter)
    assert (runner.current.claim_index, runner.current.claim_count) == (0, 2)


def test_a_reload_keeps_a_caller_whose_call_was_its_last_step(tmp_path):
    nodes = """
        start:
          - max: Before.
          - call: inner
        inner:
          - max: Inside.
          - max: Inside again.
        """
    runner = runner_for(tmp_path / "a", nodes)
    runner.advance()
    assert runner.current.text == "Inside."
    same, _ = load_demo(tmp_path / "b", nodes)
    result = runner.rebind(same)
    assert result and result.message == ""
    assert texts(runner) == ["Inside.", "Inside again."]
    assert runner.finished


def test_a_reload_that_shortens_a_node_ends_it_cleanly(tmp_path):
    runner = runner_for(tmp_path / "a", """
        start:
          - max: A.
          - max: B.
          - max: C.
          - max: D.
        """)
    for _ in range(3):
        runner.advance()
    assert runner.current.text == "D."
    shorter, _ = load_demo(tmp_path / "b", "start:\n  - max: A.\n  - max: B.\n")
    result = runner.rebind(shorter)
    assert result and "the position in node 'start' moved: its steps changed" in result.message
    assert runner.finished


def test_a_reload_that_removes_the_block_the_position_was_in(tmp_path):
    runner = runner_for(tmp_path / "a", """
        start:
          - if: true
            then:
              - max: Inside.
          - max: After.
        """)
    assert runner.current.text == "Inside."
    flat, _ = load_demo(tmp_path / "b", "start:\n  - max: Now a line.\n  - max: After.\n")
    result = runner.rebind(flat)
    assert result and "moved" in result.message
    assert texts(runner) == ["Now a line.", "After."]  # back to the step the block was


def test_a_reload_that_removes_the_last_step_with_the_block_in_it(tmp_path):
    runner = runner_for(tmp_path / "a", """
        start:
          - max: A.
          - max: B.
          - if: true
            then:
              - max: Inside.
        """)
    runner.advance()
    runner.advance()
    assert runner.current.text == "Inside."
    shorter, _ = load_demo(tmp_path / "b", "start:\n  - max: A.\n  - max: B.\n")
    result = runner.rebind(shorter)
    assert result and "moved" in result.message
    assert runner.finished


def test_a_reload_keeps_a_position_two_blocks_deep(tmp_path):
    nodes = """
        start:
          - if: true
            then:
              - if: true
                then:
                  - max: Deep.
                  - max: Deeper.
          - max: Out.
        """
    runner = runner_for(tmp_path / "a", nodes)
    runner.advance()
    edited, _ = load_demo(tmp_path / "b", nodes.replace("Deeper.", "Deeper, edited."))
    result = runner.rebind(edited)
    assert result and result.message == ""
    assert texts(runner) == ["Deeper, edited.", "Out."]


def test_the_snapshot_names_its_campaign(tmp_path):
    runner = runner_for(tmp_path, "start:\n  - max: Hi.\n")
    snap = runner.snapshot()
    assert snap["campaign"] == runner.campaign.id == "demo"
    assert snap["frames"] == [{"node": "start", "path": [], "pc": 0, "debates": {}}]


def test_an_undeclared_speaker_is_shown_by_their_id(tmp_path):
    runner = broken(tmp_path, """
        start:
          - give: [logs]
          - stranger: Hello.
          - debate:
              id: panel
              claims:
                - stranger: A claim.
                  present:
                    logs:
                      - stranger: Refuted.
        """)
    line = runner.current
    assert (line.speaker, line.name, line.text) == ("stranger", "stranger", "Hello.")
    runner.advance()
    debate = runner.current
    assert isinstance(debate, ev.Debate)
    assert (debate.speaker, debate.name) == ("stranger", "stranger")


def test_a_reload_that_removes_the_inner_of_two_blocks(tmp_path):
    runner = runner_for(tmp_path / "a", """
        start:
          - if: true
            then:
              - max: Outer.
              - if: true
                then:
                  - max: Inner.
              - max: Outer again.
          - max: Out.
        """)
    runner.advance()
    assert runner.current.text == "Inner."
    edited, _ = load_demo(tmp_path / "b", """
        start:
          - if: true
            then:
              - max: Outer.
              - max: Where the inner block was.
              - max: Outer again.
          - max: Out.
        """)
    result = runner.rebind(edited)
    assert result and "moved" in result.message
    assert runner.snapshot()["frames"][0]["path"] == [[0, "0"]]
    assert texts(runner) == ["Where the inner block was.", "Outer again.", "Out."]
