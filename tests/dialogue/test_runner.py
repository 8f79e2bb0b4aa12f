"""The runner, step by step: what the UI sees and what each input does."""

from __future__ import annotations

import json

import pytest

from game.dialogue import events as ev
from game.dialogue.runner import Runner
from game.story.state import StoryState
from tests.support.dialogue import load_demo, runner_for, texts

ALL_KINDS = """
start:
  - chapter: one
  - "The clinic hums."
  - max: Welcome, *Doctor*.
  - elena worried: Is it **safe**?
  - wait: 30
  - wait: 0.5s
  - sound: chime
  - split: intro done
  - warp: lab
  - warp: {map: lobby, spawn: door}
  - player: elena
  - minigame: bias
  - end
"""


def test_lines_carry_speaker_name_expression_and_spans(tmp_path):
    runner = runner_for(tmp_path, ALL_KINDS)
    assert runner.current == ev.ChapterStart("one")
    runner.advance()
    narration = runner.current
    assert isinstance(narration, ev.Line)
    assert (narration.speaker, narration.name, narration.expression) == (None, None, None)
    assert narration.spans == (("The clinic hums.", "plain"),)
    runner.advance()
    line = runner.current
    assert isinstance(line, ev.Line)
    assert (line.speaker, line.name, line.expression) == ("max", "Max", "neutral")
    assert line.text == "Welcome, Doctor."
    assert line.spans == (("Welcome, ", "plain"), ("Doctor", "em"), (".", "plain"))
    runner.advance()
    assert runner.current.expression == "worried"
    assert ("safe", "strong") in runner.current.spans


def test_every_event_kind_in_order(tmp_path):
    runner = runner_for(tmp_path, ALL_KINDS)
    seen = []
    while not isinstance(runner.current, ev.Minigame):
        seen.append(runner.current)
        runner.advance()
    kinds = [type(e).__name__ for e in seen]
    assert kinds == ["ChapterStart", "Line", "Line", "Line", "Wait", "Wait", "Sound", "Split",
                     "Warp", "Warp", "PlayerSwitch"]
    assert seen[4:8] == [ev.Wait(30), ev.Wait(30), ev.Sound("chime"), ev.Split("intro done")]
    assert seen[8] == ev.Warp("lab", "entry")  # no spawn: the map's entry
    assert seen[9] == ev.Warp("lobby", "door")
    assert seen[10] == ev.PlayerSwitch("elena")
    runner.minigame_result(True)
    assert runner.current == ev.End()
    assert runner.finished


def test_chapter_sets_the_chapter_variable(tmp_path):
    story = StoryState()
    runner_for(tmp_path, ALL_KINDS, story=story)
    assert story.get("chapter") == 1


def test_a_line_is_seen_once_the_player_moves_past_it(tmp_path):
    story = StoryState()
    runner = runner_for(tmp_path, ALL_KINDS, story=story)
    runner.advance()
    line_id = runner.current.line_id
    assert not story.seen_line(line_id)
    runner.advance()
    assert story.seen_line(line_id)
    assert list(story.seen_lines) == [line_id]


CHOICES = """
start:
  - choice:
      - option: Ask
        do:
          - max: You asked.
      - option: Hidden
        if: trust > 5
      - option: Greyed
        enabled_if: has(reports)
      - option: Nod
  - max: After the choice.
"""


def test_hidden_options_are_left_out_and_disabled_ones_shown(tmp_path):
    runner = runner_for(tmp_path, CHOICES)
    choice = runner.current
    assert isinstance(choice, ev.Choice)
    assert [(o.index, o.text, o.enabled) for o in choice.options] == [
        (0, "Ask", True), (2, "Greyed", False), (3, "Nod", True)]
    with pytest.raises(ValueError, match="not an enabled option"):
        runner.choose(2)  # greyed out
    with pytest.raises(ValueError, match="not an enabled option"):
        runner.choose(1)  # hidden


def test_option_steps_run_then_the_dialogue_continues(tmp_path):
    runner = runner_for(tmp_path, CHOICES)
    runner.choose(0)
    assert texts(runner) == ["You asked.", "After the choice."]


def test_option_without_steps_carries_on_and_counts_as_seen(tmp_path):
    story = StoryState()
    runner = runner_for(tmp_path, CHOICES, story=story)
    nod = runner.current.options[-1]
    runner.choose(nod.index)
    assert texts(runner) == ["After the choice."]
    assert story.seen_line(nod.line_id)


def test_enabled_if_becomes_true(tmp_path):
    story = StoryState(evidence=["reports"])
    runner = runner_for(tmp_path, CHOICES, story=story)
    assert [o.enabled for o in runner.current.options] == [True, True, True]


def test_choice_with_nothing_to_pick_is_skipped(tmp_path):
    runner = runner_for(tmp_path, """
        start:
          - choice:
              - option: Never
                if: false
          - max: Skipped.
        """)
    assert texts(runner) == ["Skipped."]


ONCE = """
start:
  - once:
      - max: First time only.
  - choice:
      - option: Ask about the logs
        once: true
        do:
          - max: Logs.
      - option: Leave
        do:
          - end
  - goto: start
"""


def test_once_option_and_block_are_offered_once(tmp_path):
    story = StoryState()
    runner = runner_for(tmp_path, ONCE, story=story)
    assert texts(runner) == ["First time only."]
    assert [o.text for o in runner.current.options] == ["Ask about the logs", "Leave"]
    runner.choose(0)
    assert texts(runner) == ["Logs."]
    assert [o.text for o in runner.current.options] == ["Leave"]
    runner.choose(1)
    assert runner.finished
    again = Runner(runner.campaign, story)
    again.start("start")
    assert isinstance(again.current, ev.Choice)  # the once block stays done in the story


BRANCHES = """
start:
  - if: trust >= 2
    then:
      - max: High.
  - elif: trust == 1
    then:
      - max: One.
  - else:
      - max: Low.
  - max: Done.
"""


@pytest.mark.parametrize(("trust", "first"), [(3, "High."), (1, "One."), (0, "Low.")])
def test_if_elif_else(tmp_path, trust, first):
    story = StoryState(variables={"trust": trust})
    assert texts(runner_for(tmp_path, BRANCHES, story=story)) == [first, "Done."]


def test_if_without_else_falls_through(tmp_path):
    runner = runner_for(tmp_path, """
        start:
          - if: false
            then:
              - max: No.
          - max: Yes.
        """)
    assert texts(runner) == ["Yes."]


def test_set_add_give_take_change_the_story(tmp_path):
    story = StoryState()
    runner = runner_for(tmp_path, """
        start:
          - set: {met_max: true, mood: calm}
          - add: {trust: 2, score: -1.5}
          - give: [logs, reports]
          - take: logs
          - if: met_max and trust == 2 and has(reports) and not has(logs) and mood == "calm"
            then:
              - max: All true.
        """, story=story)
    assert texts(runner) == ["All true."]
    assert story.variables == {"met_max": True, "mood": "calm", "trust": 2, "score": -1.5}
    assert story.evidence == ["reports"]


def test_add_starts_from_the_declared_value(tmp_path):
    campaign, _ = load_demo(tmp_path, "start:\n  - add: {trust: 1}\n  - end\n")
    story = StoryState()
    Runner(campaign, story).start("start")
    assert story.get("trust") == 1  # the demo declares trust: 0


CALLS = """
start:
  - max: Before.
  - call: aside
  - max: After.
  - goto: finale
  - max: Never.
aside:
  - if: true
    then:
      - max: Inside.
      - return
  - max: Not reached.
finale:
  - call: falls_off
  - max: Finale.
falls_off:
  - max: Falling off the end returns too.
"""


def test_call_return_goto(tmp_path):
    story = StoryState()
    runner = runner_for(tmp_path, CALLS, story=story)
    assert texts(runner) == ["Before.", "Inside.", "After.",
                             "Falling off the end returns too.", "Finale."]
    assert runner.finished
    assert list(story.visited) == ["start", "aside", "finale", "falls_off"]


def test_end_inside_a_call_ends_everything(tmp_path):
    runner = runner_for(tmp_path, """
        start:
          - call: inner
          - max: Never.
        inner:
          - end
        """)
    assert texts(runner) == []
    assert runner.finished


def test_minigame_branches_on_the_result(tmp_path):
    nodes = """
        start:
          - minigame: bias
            win:
              - max: Won.
            lose:
              - max: Lost.
          - max: Then.
        """
    won = runner_for(tmp_path / "a", nodes)
    won.minigame_result(True)
    assert texts(won) == ["Won.", "Then."]
    lost = runner_for(tmp_path / "b", nodes)
    assert lost.current == ev.Minigame("bias")
    lost.minigame_result(False)
    assert texts(lost) == ["Lost.", "Then."]


DEBATE = """
start:
  - give: [logs, reports]
  - debate:
      id: panel
      credibility: 2
      claims:
        - vance: Our bots are safe.
          press:
            - vance: Completely safe.
          present:
            reports:
              - elena: These reports say otherwise.
        - vance angry: Nobody complained.
          present:
            logs:
              - elena: The logs show complaints.
          wrong:
            - vance: Not that.
        - vance: We follow every rule.
      wrong:
        - vance: Irrelevant.
      fail:
        - "The room turns against you."
  - max: You won.
"""


def test_debate_shows_everything_the_screen_needs(tmp_path):
    runner = runner_for(tmp_path, DEBATE)
    d = runner.current
    assert isinstance(d, ev.Debate)
    assert (d.debate_id, d.claim_index, d.claim_count) == ("panel", 0, 3)
    assert (d.speaker, d.name, d.expression, d.text) == ("vance", "Mr. Vance", "neutral",
                                                        "Our bots are safe.")
    assert d.can_press and not d.refuted
    assert (d.refuted_count, d.to_refute) == (0, 2)
    assert (d.credibility, d.max_credibility) == (2, 2)
    assert d.evidence == ("logs", "reports")


def test_debate_press_and_move(tmp_path):
    runner = runner_for(tmp_path, DEBATE)
    runner.press()
    assert texts(runner) == ["Completely safe."]
    assert runner.current.claim_index == 0
    runner.debate_move(1)
    assert runner.current.text == "Nobody complained."
    assert not runner.current.can_press
    runner.press()  # nothing more to say: nothing happens
    assert runner.current.claim_index == 1
    runner.debate_move(2)
    assert runner.current.claim_index == 0  # wraps around
    runner.debate_move(-1)
    assert runner.current.claim_index == 2


def test_debate_wrong_evidence_costs_credibility(tmp_path):
    runner = runner_for(tmp_path, DEBATE)
    runner.present("logs")
    assert texts(runner) == ["Irrelevant."]
    assert runner.current.credibility == 1
    runner.debate_move(1)
    runner.present("reports")
    assert texts(runner) == ["The room turns against you."]  # credibility 0: fail steps


def test_debate_restarts_with_full_credibility_at_zero(tmp_path):
    runner = runner_for(tmp_path, DEBATE)
    runner.present("reports")  # refutes claim 0
    texts(runner)
    assert runner.current.refuted_count == 1
    runner.present("reports")  # wrong on claim 1 (its own wrong steps)
    assert texts(runner) == ["Not that."]
    runner.present("reports")
    assert texts(runner) == ["The room turns against you."]
    d = runner.current
    assert (d.claim_index, d.credibility, d.refuted_count) == (0, 2, 0)


def test_debate_won_when_every_answerable_claim_is_refuted(tmp_path):
    runner = runner_for(tmp_path, DEBATE)
    runner.present("reports")
    assert texts(runner) == ["These reports say otherwise."]
    assert runner.current.claim_index == 1  # moved on to the next open claim
    runner.present("logs")
    assert texts(runner) == ["The logs show complaints.", "You won."]
    assert runner.finished


def test_presenting_on_a_refuted_claim_does_nothing(tmp_path):
    runner = runner_for(tmp_path, DEBATE)
    runner.present("reports")
    texts(runner)
    runner.debate_move(-1)
    assert runner.current.refuted
    before = runner.current
    runner.present("logs")
    assert runner.current == before


def test_presenting_evidence_not_held_is_refused(tmp_path):
    runner = runner_for(tmp_path, DEBATE.replace("give: [logs, reports]",
                                                 "give: [logs, reports]\n  - take: reports"))
    with pytest.raises(ValueError, match="does not hold evidence 'reports'"):
        runner.present("reports")


def test_inputs_that_do_not_fit_the_event_are_refused(tmp_path):
    runner = runner_for(tmp_path, ALL_KINDS)
    for name, call in (("choose", lambda: runner.choose(0)), ("press", runner.press),
                       ("present", lambda: runner.present("logs")),
                       ("debate_move", lambda: runner.debate_move(1)),
                       ("minigame_result", lambda: runner.minigame_result(True))):
        with pytest.raises(ValueError, match=rf"^{name}\(\) does not apply to "):
            call()


def _play(runner: Runner, moves: list) -> list:
    """Apply moves, recording every event."""
    log = [runner.current]
    for move in moves:
        getattr(runner, move[0])(*move[1:])
        log.append(runner.current)
    return log


DEBATE_MOVES = [("press",), ("advance",), ("present", "logs"), ("advance",),
                ("present", "reports"), ("advance",), ("present", "logs"), ("advance",)]


@pytest.mark.parametrize("cut", range(len(DEBATE_MOVES)))
def test_snapshot_restore_mid_debate(tmp_path, cut):
    story = StoryState()
    runner = runner_for(tmp_path, DEBATE, story=story)
    expected = _play(runner, DEBATE_MOVES)
    story2 = StoryState()
    replay = Runner(runner.campaign, story2)
    replay.start("start")
    _play(replay, DEBATE_MOVES[:cut])
    data = json.loads(json.dumps(replay.snapshot()))
    saved_story = json.loads(json.dumps(story2.to_data()))
    restored = Runner.restore(runner.campaign, StoryState.from_data(saved_story), data)
    assert restored.current == replay.current
    assert _play(restored, DEBATE_MOVES[cut:]) == expected[cut:]


def test_snapshot_restore_inside_nested_blocks_and_calls(tmp_path):
    runner = runner_for(tmp_path, """
        start:
          - call: inner
          - max: Back home.
        inner:
          - if: true
            then:
              - choice:
                  - option: Go
                    do:
                      - max: Deep one.
                      - max: Deep two.
          - max: Inner end.
        """)
    runner.choose(0)
    snap = runner.snapshot()
    assert len(snap["frames"]) == 2
    restored = Runner.restore(runner.campaign, runner.story.copy(), snap)
    assert texts(restored) == ["Deep one.", "Deep two.", "Inner end.", "Back home."]


def test_restore_refuses_garbage(tmp_path):
    campaign, _ = load_demo(tmp_path)
    for bad, problem in (
        (None, "malformed dialogue snapshot"),
        ({}, "malformed dialogue snapshot"),
        ({"version": 1, "frames": [{"node": "nope", "path": [], "pc": 0, "debates": {}}]},
         "cannot restore the dialogue position"),
        ({"version": 99}, "unknown snapshot version 99"),
    ):
        with pytest.raises(ValueError, match=problem):
            Runner.restore(campaign, StoryState(), bad)


def test_rebind_keeps_the_position_and_shows_edited_text(tmp_path):
    nodes = "start:\n  - max: One.\n  - max: Two.\n  - max: Three.\n"
    runner = runner_for(tmp_path / "a", nodes)
    runner.advance()
    edited, _ = load_demo(tmp_path / "b", nodes.replace("Two.", "Two, edited."))
    assert runner.rebind(edited)
    assert runner.current.text == "Two, edited."


def test_rebind_clamps_when_steps_disappear(tmp_path):
    nodes = "start:\n  - if: true\n    then:\n      - max: A.\n      - max: B.\n  - max: C.\n"
    runner = runner_for(tmp_path / "a", nodes)
    runner.advance()
    assert runner.current.text == "B."
    shorter, _ = load_demo(tmp_path / "b", "start:\n  - max: A.\n  - max: C.\n")
    result = runner.rebind(shorter)
    assert result and "moved" in result.message
    assert isinstance(runner.current, ev.Line)


def test_rebind_fails_when_the_node_is_gone(tmp_path):
    runner = runner_for(tmp_path / "a", "start:\n  - max: One.\n")
    other, _ = load_demo(tmp_path / "b", "elsewhere:\n  - max: Hi.\n")
    result = runner.rebind(other)
    assert not result and "start" in result.message
    assert runner.current.text == "One."  # unchanged


def test_missing_node_ends_with_a_problem(tmp_path):
    campaign, _ = load_demo(tmp_path)
    runner = Runner(campaign, StoryState())
    runner.start("no_such_node")
    assert runner.finished
    assert "no_such_node" in runner.problems[0]


def test_endless_loop_is_stopped(tmp_path):
    campaign, _ = load_demo(tmp_path, "start:\n  - goto: start\n")
    runner = Runner(campaign, StoryState())
    runner.start("start")
    assert runner.finished
    assert "endless" in runner.problems[0]


def test_the_demo_campaign_plays_the_same_twice(tmp_path):
    from game.dialogue.playtest import play

    campaign, _ = load_demo(tmp_path)
    first, second = play(campaign), play(campaign)
    assert first.transcript == second.transcript
    assert not first.problems
