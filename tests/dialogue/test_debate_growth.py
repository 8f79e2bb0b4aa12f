"""Debates that grow with what the player earned: credibility from an expression, claims
that are in the debate only when their ``if:`` holds, wrong items counted in a variable,
and a short ``fail_again`` after the first failure; restarts stay deterministic."""

from __future__ import annotations

import json

from game.dialogue import events as ev
from game.dialogue.runner import Runner
from game.dialogue.schema import schemas
from game.story.state import StoryState
from tests.support.dialogue import errors, load_demo, runner_for, texts

PANEL = """\
start:
  - give: [logs, reports]
  - debate:
      id: panel
      credibility: "1 + trust + has(logs)"
      fumbles: fumbles
      claims:
        - vance: The bots are safe.
          present:
            logs:
              - elena: Not according to their logs.
        - vance: Nobody complained.
          if: trust >= 3
          present:
            reports:
              - elena: Forty-one complaints.
        - vance: We love our patients.
      wrong:
        - vance: Irrelevant.
      fail:
        - max: Let's take that from the top, slowly.
        - max: Breathe, Doctor.
      fail_again:
        - max: Again.
  - elena: Done.
  - if: fumbles >= 1
    then:
      - elena: That was clumsy.
"""


def panel(tmp_path, trust: int) -> Runner:
    story = StoryState()
    story.set("trust", trust)
    return runner_for(tmp_path, PANEL, story=story)


def test_credibility_is_worked_out_from_the_story_when_the_debate_starts(tmp_path):
    runner = panel(tmp_path, trust=2)
    assert (runner.current.credibility, runner.current.max_credibility) == (4, 4)  # 1+2+1
    runner.story.set("trust", 9)  # earning more during the debate changes nothing
    runner.debate_move(1)
    assert runner.current.max_credibility == 4


def test_credibility_is_at_least_one(tmp_path):
    story = StoryState()
    story.set("trust", -7)
    runner = runner_for(tmp_path, PANEL.replace('"1 + trust + has(logs)"', '"trust"'),
                        story=story)
    assert runner.current.credibility == 1


def test_a_credibility_that_is_not_a_number_starts_with_the_default_and_says_why(tmp_path):
    story = StoryState()
    story.set("trust", "lots")
    runner = runner_for(tmp_path, PANEL.replace('"1 + trust + has(logs)"', '"trust"'),
                        story=story)
    assert runner.current.credibility == 5
    assert any("credibility 'trust' is not a number" in p for p in runner.problems)


def test_a_claim_whose_condition_fails_is_not_in_the_debate(tmp_path):
    runner = panel(tmp_path, trust=1)
    debate = runner.current
    assert isinstance(debate, ev.Debate)
    assert debate.claim_count == 2 and debate.claim_ids == (0, 2)
    assert debate.to_refute == 1
    runner.debate_move(1)
    assert runner.current.text == "We love our patients."
    runner.debate_move(1)  # wraps past the missing claim
    assert runner.current.text == "The bots are safe."
    runner.present("logs")
    assert texts(runner) == ["Not according to their logs.", "Done."]  # won with one claim


def test_a_claim_whose_condition_holds_must_be_refuted_too(tmp_path):
    runner = panel(tmp_path, trust=3)
    assert runner.current.claim_count == 3 and runner.current.to_refute == 2
    runner.present("logs")
    texts(runner)
    assert runner.current.text == "Nobody complained."  # on to the next open claim
    runner.present("reports")
    assert texts(runner) == ["Forty-one complaints.", "Done."]


def test_fumbles_count_every_wrong_item_across_restarts(tmp_path):
    runner = panel(tmp_path, trust=0)  # credibility 2
    runner.debate_move(1)  # "We love our patients.": nothing refutes it
    runner.present("reports")
    assert texts(runner) == ["Irrelevant."]
    runner.debate_move(1)
    runner.present("reports")  # credibility 0: the debate starts over
    assert runner.story.get("fumbles") == 2
    texts(runner)
    runner.present("logs")
    assert texts(runner)[-2:] == ["Done.", "That was clumsy."]


def test_fail_plays_the_first_time_and_fail_again_every_later_time(tmp_path):
    runner = panel(tmp_path, trust=0)  # credibility 2: two wrong items fail

    def fail_once() -> list[str]:
        runner.present("reports")
        texts(runner)
        runner.present("reports")
        return texts(runner)

    runner.debate_move(1)
    assert fail_once() == ["Let's take that from the top, slowly.", "Breathe, Doctor."]
    assert fail_once() == ["Again."]
    assert fail_once() == ["Again."]


def test_a_restart_keeps_the_credibility_and_claims_it_started_with(tmp_path):
    runner = panel(tmp_path, trust=1)  # credibility 3, claims 0 and 2
    runner.story.set("trust", 5)  # would add a claim and credibility, were it worked out again
    runner.debate_move(1)
    for _ in range(3):
        runner.present("reports")
        texts(runner)
    debate = runner.current
    assert (debate.claim_index, debate.credibility, debate.max_credibility) == (0, 3, 3)
    assert debate.claim_ids == (0, 2)


def test_the_same_inputs_give_the_same_debate(tmp_path):
    def play(tmp) -> list[str]:
        runner = panel(tmp, trust=1)
        out = []
        for action in ["move", "wrong", "wrong", "wrong", "move", "wrong", "right"]:
            if action == "move":
                runner.debate_move(1)
            else:
                runner.present("logs" if action == "right" else "reports")
            out += texts(runner)
            if isinstance(runner.current, ev.Debate):
                out.append(f"{runner.current.claim_index}:{runner.current.credibility}")
        return out

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert play(tmp_path / "a") == play(tmp_path / "b")


def test_a_saved_position_keeps_the_claims_credibility_and_failures(tmp_path):
    runner = panel(tmp_path, trust=1)
    runner.debate_move(1)
    for _ in range(3):  # one failure
        runner.present("reports")
        texts(runner)
    snap = json.loads(json.dumps(runner.snapshot()))
    story = runner.story.copy()
    story.set("trust", 5)
    restored = Runner.restore(runner.campaign, story, snap)
    assert restored.current == runner.current
    restored.debate_move(1)
    for _ in range(2):
        restored.present("reports")
        texts(restored)
    restored.present("reports")
    assert texts(restored) == ["Again."]  # it remembered the first failure


def test_lint_reads_the_expression_and_conditions_and_checks_their_names(tmp_path):
    nodes = PANEL.replace('"1 + trust + has(logs)"', '"1 + has(memo)"').replace(
        "if: trust >= 3", "if: seen(nowhere)")
    _, diagnostics = load_demo(tmp_path, nodes)
    found = errors(diagnostics, "main.yaml")
    assert any(":5:" in e and "unknown evidence 'memo'" in e for e in found), found
    assert any(":13:" in e and "seen('nowhere')" in e for e in found), found


def test_a_broken_credibility_expression_is_a_located_error(tmp_path):
    nodes = PANEL.replace('"1 + trust + has(logs)"', '"1 +"')
    _, diagnostics = load_demo(tmp_path, nodes)
    found = errors(diagnostics, "main.yaml")
    assert [e for e in found if ":5:" in e and "invalid condition" in e], found


def test_a_fumbles_name_must_be_a_variable_name(tmp_path):
    _, diagnostics = load_demo(tmp_path, PANEL.replace("fumbles: fumbles", "fumbles: has"))
    assert any(":6:" in e and "'has' cannot be a variable name" in e
               for e in errors(diagnostics, "main.yaml"))


def test_lint_warns_when_every_answerable_claim_is_conditional(tmp_path):
    nodes = """\
start:
  - give: logs
  - debate:
      claims:
        - vance: Safe.
          if: trust > 1
          present:
            logs: []
        - vance: Loved.
  - elena: Done.
"""
    _, diagnostics = load_demo(tmp_path / "lint", nodes)
    warnings = [d.format() for d in diagnostics if not d.is_error and "main.yaml" in d.path]
    assert any("every claim that accepts evidence has an 'if:'" in w for w in warnings)
    runner = runner_for(tmp_path / "run", nodes)
    assert texts(runner) == ["Done."]  # nothing to refute: the debate is skipped


def test_fail_again_without_fail_is_a_warning(tmp_path):
    nodes = PANEL.replace("""      fail:
        - max: Let's take that from the top, slowly.
        - max: Breathe, Doctor.
""", "")
    _, diagnostics = load_demo(tmp_path, nodes)
    assert any("'fail_again' without 'fail'" in d.message for d in diagnostics)


def test_the_schema_describes_the_new_keys():
    definitions = schemas()["dialogue.schema.json"]["definitions"]
    body = definitions["step_debate"]["properties"]["debate"]["properties"]
    assert {"fumbles", "fail_again"} <= set(body)
    assert {"type": "string"} in body["credibility"]["anyOf"]
    claim = definitions["step_debate"]["properties"]["debate"]["properties"]["claims"]["items"]
    assert "if" in claim["properties"]
