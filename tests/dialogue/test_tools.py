"""The writer's tools: graph, playtest and coverage, schemas, hot reload, story state."""

from __future__ import annotations

import argparse
import json

import pytest

from game import paths
from game.commands import graph as graph_command
from game.commands import playtest as playtest_command
from game.diagnostics import Diagnostic
from game.dialogue import events as ev
from game.dialogue.assign import parse_assignment
from game.dialogue.graph import render
from game.dialogue.library import ContentLibrary
from game.dialogue.manifest import parse_manifest
from game.dialogue.playtest import coverage, play, read_script
from game.dialogue.reload import hot_reload
from game.dialogue.runner import Runner
from game.dialogue.schema import SCHEMA_DIR, schemas
from game.dialogue.schema import render as render_schema
from game.story.state import StoryState
from tests.support.dialogue import demo_root, load_demo, write


def test_graph_dot_and_mermaid(tmp_path):
    campaign, _ = load_demo(tmp_path)
    dot = render(campaign, "dot")
    assert dot.startswith('digraph "demo" {')
    assert '"start" -> "showdown" [label="Accuse him"];' in dot
    assert '"start" -> "aside" [style=dashed];' in dot
    assert '"entry: campaign start" -> "start";' in dot
    assert '"entry: lobby: desk" -> "desk";' in dot
    mermaid = render(campaign, "mermaid")
    assert mermaid.startswith("flowchart LR")
    assert '-->|"Accuse him"|' in mermaid and "-.->" in mermaid


def test_graph_marks_missing_targets(tmp_path):
    campaign, _ = load_demo(tmp_path, "start:\n  - goto: nowhere\n")
    assert '"nowhere" [style=dashed, color=red' in render(campaign, "dot")
    assert "(missing)" in render(campaign, "mermaid")


def _run(module, argv, root, monkeypatch):
    monkeypatch.setattr("game.dialogue.cliargs.ContentLibrary",
                        lambda mods=(), user_mods=True: ContentLibrary(root, mods, user_mods))
    parser = argparse.ArgumentParser()
    module.configure(parser)
    return module.run(parser.parse_args(argv))


def test_graph_command(tmp_path, capsys, monkeypatch):
    root = demo_root(tmp_path)
    assert _run(graph_command, ["demo", "--format", "mermaid"], root, monkeypatch) == 0
    assert capsys.readouterr().out.startswith("flowchart LR")
    assert _run(graph_command, ["nope"], root, monkeypatch) == 1
    assert "unknown campaign 'nope'" in capsys.readouterr().err


SCRIPT = """\
set: {trust: 0}
steps:
  - choose: Accuse          # by text
  - press
  - move: 1
  - present: logs
  - present: reports
"""


def test_playtest_script_choices_and_debate(tmp_path):
    campaign, _ = load_demo(tmp_path)
    path = write(tmp_path, {"run.yaml": SCRIPT}) / "run.yaml"
    diagnostics: list[Diagnostic] = []
    script = read_script(path, diagnostics)
    assert script is not None and not diagnostics
    result = play(campaign, script)
    assert not result.problems
    assert "> Accuse him" in result.transcript
    assert "Mr. Vance: Completely safe." in result.transcript
    assert result.transcript[-1] == "Dr. Elena: These reports say otherwise."


def test_playtest_reports_a_script_that_does_not_fit(tmp_path):
    campaign, _ = load_demo(tmp_path)
    path = write(tmp_path, {"run.yaml": "- choose: 9\n"}) / "run.yaml"
    result = play(campaign, read_script(path, []))
    assert any("no option 9" in p for p in result.problems)
    path = write(tmp_path, {"run.yaml": "- present: logs\n"}) / "run.yaml"
    result = play(campaign, read_script(path, []))
    assert any("'present' given, but the dialogue shows a choice" in p for p in result.problems)


def test_playtest_script_errors_have_positions(tmp_path):
    path = write(tmp_path, {"run.yaml": "steps:\n  - choose: 1\n  - dance: 2\n"}) / "run.yaml"
    diagnostics: list[Diagnostic] = []
    assert read_script(path, diagnostics) is None
    assert (diagnostics[0].line, diagnostics[0].col) == (3, 5)


def test_coverage_adds_up_over_runs(tmp_path):
    campaign, _ = load_demo(tmp_path)
    first = play(campaign)
    cover = coverage(campaign, first.reached)
    assert 0 < cover.reached < cover.total
    (path, (hit, total)), = cover.per_file.items()
    assert path.endswith("main.yaml") and (hit, total) == (cover.reached, cover.total)
    lose = write(tmp_path, {"lose.yaml": "- choose: Say nothing\n- minigame: lose\n"})
    second = play(campaign, read_script(lose / "lose.yaml", []))
    both = coverage(campaign, set(first.reached) | set(second.reached))
    assert both.reached > cover.reached
    assert any(text == "Try again later." for *_, text in cover.unreached)


def test_playtest_command(tmp_path, capsys, monkeypatch):
    root = demo_root(tmp_path)
    script = write(tmp_path, {"s.yaml": SCRIPT}) / "s.yaml"
    code = _run(playtest_command, ["demo", "--script", str(script), "--unreached",
                                   "--transcript", "--set", "trust=1"], root, monkeypatch)
    out = capsys.readouterr().out
    assert code == 0, out
    assert "coverage: " in out and "unreached" in out and "> Accuse him" in out
    code = _run(playtest_command, ["demo", "--node", "desk"], root, monkeypatch)
    assert code == 0 and "1/" in capsys.readouterr().out


@pytest.mark.parametrize(("text", "expected"), [
    ("trust=2", ("trust", 2)), ("met=true", ("met", True)), ("score=-1.5", ("score", -1.5)),
    ("mood=angry", ("mood", "angry")), ("x = False", ("x", False)),
])
def test_set_assignments(text, expected):
    assert parse_assignment(text) == expected


@pytest.mark.parametrize("text", ["trust", "=2", "has=1", "if=1", "a b=1"])
def test_bad_set_assignments(text):
    with pytest.raises(ValueError, match="expected name=value with a variable name"):
        parse_assignment(text)


@pytest.mark.parametrize("text", ["x=1" + "0" * 400 + ".0", "x=-" + "9" * 400 + ".5"])
def test_a_number_too_large_to_use_is_refused(text):
    with pytest.raises(ValueError, match="too large"):
        parse_assignment(text)


def test_committed_schemas_match_the_parser():
    for name, schema in schemas().items():
        assert (SCHEMA_DIR / name).read_text(encoding="utf-8") == render_schema(schema), (
            f"{name} is stale: run python -m game.dialogue.schema")


def test_schema_knows_every_step_keyword():
    from game.dialogue.parse import STEP_KEYS

    definitions = schemas()["dialogue.schema.json"]["definitions"]
    kinds = {k.removeprefix("step_") for k in definitions if k.startswith("step_")}
    assert kinds - {"line", "object"} == set(STEP_KEYS)
    for kind, keys in STEP_KEYS.items():
        assert set(definitions[f"step_{kind}"]["properties"]) == keys | {kind}


def test_hot_reload_swaps_content_and_keeps_the_position(tmp_path):
    root = demo_root(tmp_path, "start:\n  - max: One.\n  - max: Two.\n")
    campaign, _ = ContentLibrary(root, user_mods=False).load("demo")
    runner = Runner(campaign, StoryState())
    runner.start("start")
    runner.advance()
    write(root, {"dialogue/demo/main.yaml": "start:\n  - max: One.\n  - max: Two, fixed.\n"})
    result = hot_reload(campaign, runner)
    assert result.reloaded and result.rebind
    assert runner.current.text == "Two, fixed."
    assert result.campaign.nodes["start"].steps[1].text == "Two, fixed."
    assert result.messages()[0].startswith("dialogue reloaded")


def test_hot_reload_keeps_the_old_content_when_the_manifest_breaks(tmp_path):
    root = demo_root(tmp_path)
    campaign, _ = ContentLibrary(root, user_mods=False).load("demo")
    write(root, {"dialogue/demo/campaign.yaml": "id: [\n"})
    result = hot_reload(campaign)
    assert not result.reloaded and result.campaign is campaign
    assert any("YAML syntax" in line for line in result.messages())


def test_hot_reload_reports_a_vanished_node(tmp_path):
    root = demo_root(tmp_path, "start:\n  - max: One.\n")
    campaign, _ = ContentLibrary(root, user_mods=False).load("demo")
    runner = Runner(campaign, StoryState())
    runner.start("start")
    write(root, {"dialogue/demo/main.yaml": "other:\n  - max: One.\n"})
    result = hot_reload(campaign, runner)
    assert result.reloaded and not result.rebind
    assert isinstance(runner.current, ev.Line)  # still on the old content


def test_story_state_round_trip():
    story = StoryState()
    story.set("trust", 2)
    story.add("trust", 1)
    story.set("met", True)
    assert story.give("b") and story.give("a") and not story.give("b")
    story.mark_seen("x.1")
    story.mark_seen("x.0")
    story.visit("n")
    story.use_once("k")
    data = json.loads(json.dumps(story.to_data()))
    assert data["version"] == 1
    again = StoryState.from_data(data)
    assert again == story
    assert again.evidence == ["b", "a"] and list(again.seen_lines) == ["x.1", "x.0"]
    copy = story.copy()
    copy.give("c")
    assert not story.has("c")


@pytest.mark.parametrize(("bad", "problem"), [
    (None, "expected a mapping"),
    ([], "expected a mapping"),
    ({"version": 9}, "unknown version 9"),
    ({"variables": []}, "variables should be a mapping"),
    ({"variables": {"a": [1]}}, "variable 'a' has a list"),
    ({"evidence": [1]}, "evidence should be a list of texts"),
    ({"visited": {"n": -1}}, "visit count of 'n' is not a count"),
])
def test_story_state_refuses_malformed_data(bad, problem):
    with pytest.raises(ValueError, match=f"^story state: {problem}"):
        StoryState.from_data(bad)


@pytest.mark.parametrize("campaign_id", ["rejuvenation", "tooth_rebirth"])
def test_shipped_manifests_are_valid(campaign_id):
    diagnostics: list[Diagnostic] = []
    manifest = parse_manifest(paths.DIALOGUE / campaign_id / "campaign.yaml", "base",
                              diagnostics)
    assert not diagnostics and manifest is not None
    # chapters not written yet are commented out in the manifest (the plan stays as comments)
    assert manifest.id == campaign_id and 2 <= len(manifest.chapters) <= 6
    assert manifest.player in manifest.speakers
    assert manifest.start is not None and manifest.start.node == manifest.chapters[0].node


def test_shipped_campaigns_cast():
    library = ContentLibrary(user_mods=False)
    assert library.base_campaign_ids() == ["rejuvenation", "tooth_rebirth"]
    rejuvenation, _ = library.load("rejuvenation")
    tooth, _ = library.load("tooth_rebirth")
    assert {"elena_rahmani", "max_chen", "anya", "sam", "victor_hale"} <= set(
        rejuvenation.speakers)
    assert {"kade", "elena_cruz", "mateo", "saira_almasi", "ivy_liu", "noor"} <= set(
        tooth.speakers)


def test_playtest_counts_the_first_line_of_a_node_started_by_the_script(tmp_path):
    campaign, _ = load_demo(tmp_path)
    script = "start: desk\nsteps:\n  - start: desk\n"
    path = write(tmp_path, {"run.yaml": script}) / "run.yaml"
    result = play(campaign, read_script(path, []))
    desk_line = next(step.line_id for step in campaign.nodes["desk"].steps[0].branches[0][1])
    assert desk_line in result.reached
    assert result.transcript.count("A desk covered in paper.") == 2
