"""The step registry: a step declared once is parsed, linted, run, hooked, described in the
JSON Schema, drawn in the graph and played by playtest, with no other module touched.

Three steps are declared here and registered only for the tests that use them:

- ``flash: red`` — a plain step: an argument lint checks, a state change, an event
  and a host hook;
- ``verdict: jury`` with ``guilty:`` / ``innocent:`` blocks — the game decides
  which block runs (like ``minigame``);
- ``detour: node`` — a step that leads to a node and comes back (like ``call``).

The last tests check that every registered step is documented in docs/modding.md
and that the director handles every hook the game's own steps name.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path

import pygame
import pytest

from game.diagnostics import Diagnostic
from game.dialogue import events as ev
from game.dialogue.graph import render
from game.dialogue.library import load_campaign
from game.dialogue.lint import Linter
from game.dialogue.model import Steps
from game.dialogue.parse import parse_file
from game.dialogue.playtest import coverage, play, read_script
from game.dialogue.runner import Runner
from game.dialogue.scene import DialogueScene
from game.dialogue.schema import schemas
from game.dialogue.steps import KEYWORDS, StepKind, get, kinds, register, registered
from game.dialogue.steps.args import Ident
from game.dialogue.view import DialogueLook
from game.engine.input import InputFrame
from game.gamestate import GameState
from game.services import Game
from game.story.state import StoryState
from tests.support.dialogue import demo_root, load_demo, runner_for, texts, write

DOC = Path(__file__).parents[2] / "docs" / "modding.md"
COLOURS = ("red", "white")


# --- the steps under test -----------------------------------------------------------------
@dataclass(slots=True)
class FlashStep:
    line: int
    col: int
    colour: str


@dataclass(frozen=True, slots=True)
class Flash:
    colour: str


def _lint_flash(check: Linter, step: FlashStep) -> None:
    if step.colour not in COLOURS:
        check.error(step.line, step.col, f"unknown flash colour '{step.colour}'")


def _run_flash(runner: Runner, step: FlashStep) -> Flash:
    runner.story.set("last_flash", step.colour)
    return Flash(step.colour)


FLASH = StepKind("flash", FlashStep, Ident("flash colour"), "Flash the screen.",
                 run=_run_flash, lint=_lint_flash, event=Flash, hook="flash")


@dataclass(slots=True)
class VerdictStep:
    line: int
    col: int
    jury: str
    guilty: Steps | None
    innocent: Steps | None


@dataclass(frozen=True, slots=True)
class Verdict:
    jury: str


VERDICT = StepKind("verdict", VerdictStep, Ident("jury id"), "The jury decides.",
                   run=lambda runner, step: Verdict(step.jury), blocks=("guilty", "innocent"),
                   event=Verdict, hook="verdict", waits=True, barrier=True,
                   label=lambda step, key: f"{step.jury}: {key}")


@dataclass(slots=True)
class DetourStep:
    line: int
    col: int
    node: str


DETOUR = StepKind("detour", DetourStep, Ident("node id"), "Visit a node, then come back.",
                  run=lambda runner, step: runner.call_node(step.node),
                  links=lambda step: (("call", step.node),))


@pytest.fixture
def new_steps() -> Iterator[None]:
    with registered(FLASH, VERDICT, DETOUR):
        yield


COURT = """\
start:
  - flash: red
  - verdict: jury
    guilty:
      - max: Guilty!
      - goto: cell
    innocent:
      - detour: hallway
      - max: Free to go.
  - max: Court adjourned.
cell:
  - "Bars."
hallway:
  - "Chatter in the hallway."
"""


def _main_errors(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.is_error and d.path.endswith("main.yaml")]


# --- parse ----------------------------------------------------------------------------------
def test_the_parser_reads_a_registered_step_with_its_argument_and_blocks(tmp_path, new_steps):
    path = write(tmp_path, {"court.yaml": COURT}) / "court.yaml"
    diagnostics: list[Diagnostic] = []
    start, *_ = parse_file(path, "base", diagnostics)
    assert diagnostics == []
    flash, verdict, after = start.steps
    assert flash == FlashStep(2, 5, "red")
    assert isinstance(verdict, VerdictStep) and verdict.jury == "jury"
    assert [s.text for s in verdict.guilty[:1]] == ["Guilty!"]
    assert isinstance(verdict.innocent[0], DetourStep)
    assert verdict.innocent[0].node == "hallway"
    assert after.text == "Court adjourned."


def test_a_step_exists_only_while_it_is_registered(tmp_path):
    path = write(tmp_path, {"f.yaml": "start:\n  - flash: red\n"}) / "f.yaml"
    with registered(FLASH):
        assert "flash" in KEYWORDS
        assert isinstance(parse_file(path, "base", [])[0].steps[0], FlashStep)
    assert "flash" not in KEYWORDS and get("flash") is None
    line = parse_file(path, "base", [])[0].steps[0]
    assert (line.speaker, line.text) == ("flash", "red")  # a speaker again


def test_a_keyword_cannot_be_registered_twice():
    with pytest.raises(ValueError, match="already a step keyword"):
        register(StepKind("warp", FlashStep, Ident("x"), "", run=_run_flash))
    with pytest.raises(ValueError, match="already a step keyword"):
        register(StepKind("choice", FlashStep, Ident("x"), "", run=_run_flash))


# --- lint -----------------------------------------------------------------------------------
BAD_FLASHES = """\
start:
  - flash: red
  - flash: blue
  - flash: [red]
  - flash: red
    speed: 2
  - verdict: jury
    guilty:
      - maxx: Who am I?
  - detour: nowhere
"""


def test_lint_reports_bad_arguments_at_their_file_line_and_column(tmp_path, new_steps):
    _, diagnostics = load_demo(tmp_path, BAD_FLASHES)
    found = {(d.line, d.col): d.message for d in _main_errors(diagnostics)}
    assert set(found) == {(3, 5), (4, 12), (6, 5), (9, 9), (10, 5)}, found
    assert "unknown flash colour 'blue'" in found[(3, 5)]  # the step's own lint check
    assert "flash colour" in found[(4, 12)]  # its argument's shape, at the value
    assert "'speed'" in found[(6, 5)] and "'flash'" in found[(6, 5)]  # not one of its keys
    assert "'maxx'" in found[(9, 9)]  # lint walks the step's blocks
    assert found[(10, 5)].startswith("detour to unknown node 'nowhere'")  # its links


def test_a_node_reached_only_through_a_registered_step_is_reached(tmp_path, new_steps):
    _, diagnostics = load_demo(tmp_path, COURT)
    unreached = [d.message for d in diagnostics if "is never reached" in d.message]
    assert not any("'hallway'" in m or "'cell'" in m for m in unreached), unreached
    assert not _main_errors(diagnostics)


# --- runner ---------------------------------------------------------------------------------
def test_the_runner_yields_the_event_and_changes_the_state(tmp_path, new_steps):
    story = StoryState()
    runner = runner_for(tmp_path, COURT, story=story)
    assert runner.current == Flash("red")
    assert story.get("last_flash") == "red"
    assert isinstance(runner.current, ev.ADVANCING)
    runner.advance()
    assert runner.current == Verdict("jury")
    with pytest.raises(ValueError):
        runner.advance()  # a verdict waits for its outcome
    with pytest.raises(ValueError):
        runner.resume("maybe")
    runner.resume("innocent")  # the detour runs the hallway node, then comes back
    assert texts(runner) == ["Chatter in the hallway.", "Free to go.", "Court adjourned."]


def test_the_outcome_picks_the_block_and_a_position_inside_it_survives_a_save(
        tmp_path, new_steps):
    runner = runner_for(tmp_path, COURT)
    runner.advance()
    runner.resume("guilty")
    assert runner.current.text == "Guilty!"
    again = Runner.restore(runner.campaign, runner.story, runner.snapshot())
    assert again.current.text == "Guilty!"
    again.advance()
    assert texts(again) == ["Bars."]


# --- the dialogue scene and its hooks ------------------------------------------------------
class Hooks:
    def __init__(self) -> None:
        self.calls: list[tuple] = []
        self.done: Callable[..., None] | None = None

    def flash(self, colour: str) -> None:
        self.calls.append(("flash", colour))

    def verdict(self, jury: str, done: Callable[..., None]) -> None:
        self.calls.append(("verdict", jury))
        self.done = done

    def finished(self) -> None:
        self.calls.append(("finished",))


def test_the_scene_calls_the_host_hooks_and_waits_for_the_outcome(tmp_path, new_steps):
    pygame.display.init()
    pygame.display.set_mode((480, 270))
    campaign, _ = load_demo(tmp_path, COURT)
    game = Game(GameState(campaign="demo"))
    runner = Runner(campaign, game.state.story)
    runner.start("start")
    hooks = Hooks()
    scene = DialogueScene(game, runner, DialogueLook(game.images, campaign), hooks, [])
    game.stack.push(scene)
    game.tick(InputFrame())
    assert hooks.calls == [("flash", "red"), ("verdict", "jury")]
    assert scene.waiting and hooks.done is not None
    for _ in range(5):
        game.tick(InputFrame())
    assert isinstance(scene.runner.current, Verdict)  # still waiting for the game
    hooks.done("innocent")
    assert not scene.waiting
    assert scene.runner.current.text == "Chatter in the hallway."


# --- JSON Schema ----------------------------------------------------------------------------
def test_the_json_schema_describes_a_registered_step(new_steps):
    definitions = schemas()["dialogue.schema.json"]["definitions"]
    assert definitions["step_flash"] == {
        "type": "object", "description": "Flash the screen.",
        "properties": {"flash": {"$ref": "#/definitions/id"}},
        "required": ["flash"], "additionalProperties": False}
    verdict = definitions["step_verdict"]["properties"]
    assert verdict == {"verdict": {"$ref": "#/definitions/id"},
                       "guilty": {"$ref": "#/definitions/block"},
                       "innocent": {"$ref": "#/definitions/block"}}
    dispatch = definitions["step_object"]["allOf"]
    assert {"if": {"required": ["flash"]}, "then": {"$ref": "#/definitions/step_flash"}} \
        in dispatch
    line_rule = dispatch[-1]["if"]["not"]["anyOf"]  # what is not a keyword is a line
    assert {"required": ["detour"]} in line_rule
    speakers = schemas()["campaign.schema.json"]["properties"]["speakers"]
    assert "flash" in speakers["propertyNames"]["not"]["enum"]


def test_an_unregistered_step_is_not_in_the_schema():
    assert "step_flash" not in schemas()["dialogue.schema.json"]["definitions"]


# --- graph and playtest ---------------------------------------------------------------------
def test_the_graph_draws_links_and_labels_edges_inside_blocks(tmp_path, new_steps):
    campaign, _ = load_demo(tmp_path, COURT)
    dot = render(campaign, "dot")
    assert '"start" -> "cell" [label="jury: guilty"];' in dot
    assert '"start" -> "hallway" [label="jury: innocent", style=dashed];' in dot


def test_playtest_records_the_step_and_decides_its_outcome(tmp_path, new_steps):
    campaign, _ = load_demo(tmp_path, COURT)
    first = play(campaign)
    assert not first.problems
    assert first.transcript[:3] == ["[flash red]", "[verdict jury: guilty]", "Max: Guilty!"]
    script = write(tmp_path, {"s.yaml": "- verdict: innocent\n"}) / "s.yaml"
    second = play(campaign, read_script(script, []))
    assert not second.problems
    assert "Max: Free to go." in second.transcript
    cover = coverage(campaign, [*first.reached, *second.reached])
    assert cover.reached == cover.total  # lines inside the blocks count too
    assert any(t == "Free to go." for *_, t in coverage(campaign, first.reached).unreached)


def test_playtest_scripts_name_only_outcomes_the_step_has(tmp_path, new_steps):
    path = write(tmp_path, {"s.yaml": "- verdict: maybe\n"}) / "s.yaml"
    diagnostics: list[Diagnostic] = []
    assert read_script(path, diagnostics) is None
    assert [(d.line, d.col) for d in diagnostics if d.is_error] == [(1, 12)]
    assert "guilty" in diagnostics[0].message and "innocent" in diagnostics[0].message


# --- the game's own steps -------------------------------------------------------------------
def _documented_steps(doc: str) -> set[str]:
    """Step keywords named in the first column of the table of steps, or shown in its
    examples as ``- <keyword>``."""
    table = doc.split("### Steps", 1)[1].split("\n#", 1)[0]
    names: set[str] = set()
    for row in table.splitlines():
        cells = row.split("|")
        if len(cells) < 4 or set(cells[1].strip()) <= {"-"}:
            continue
        names.update(name.strip() for name in cells[1].split(" / "))
        names.update(re.findall(r"`- ([a-z_]+)\b", cells[2]))
    return names


def test_every_step_is_documented_in_the_modding_guide():
    documented = _documented_steps(DOC.read_text(encoding="utf-8"))
    registered_names = {kind.name for kind in kinds()}
    assert registered_names, "no registered steps"
    missing = sorted(name for name in KEYWORDS if name not in documented)
    assert not missing, f"docs/modding.md's table of steps does not describe: {missing}"


def test_the_director_handles_every_hook_of_the_game_steps():
    from game.director import _Hooks

    for kind in kinds():
        if kind.hook is None:
            continue
        method = getattr(_Hooks, kind.hook, None)
        assert method is not None, f"the director has no hook '{kind.hook}' for '{kind.name}'"
        wanted = len(fields(kind.event)) + (1 if kind.waits else 0)
        params = list(inspect.signature(method).parameters)[1:]  # without self
        assert len(params) == wanted, f"'{kind.hook}' should take {wanted} arguments"


def test_the_demo_pack_still_plays_with_the_new_steps_registered(tmp_path, new_steps):
    campaign, diagnostics = load_campaign("demo", root=demo_root(tmp_path), user_mods=False)
    assert campaign is not None and not _main_errors(diagnostics)
    assert not play(campaign).problems
