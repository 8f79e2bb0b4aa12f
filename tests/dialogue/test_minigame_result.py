"""A minigame started from dialogue hands its result to the story: won / lost / gave up,
the simulation ticks, ``won_<level>``; a winning program is kept for a later level that
names it with ``program:``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pygame

from game import director as director_module
from game.dialogue import events as ev
from game.dialogue.steps.minigame import MinigameResult
from game.director import Director, StartOptions, minigame_result
from game.engine.input import Action, InputFrame
from game.gamestate import GameState
from game.services import Game
from tests.support.dialogue import errors, load_demo, runner_for, texts

NODES = """\
start:
  - minigame: bias
    win:
      - max: Fixed.
    lose:
      - max: Not yet.
  - if: minigame_result == "gave_up"
    then:
      - elena: I gave up.
  - if: won_bias
    then:
      - elena: Won it.
  - minigame: {level: bias, program: bias}
  - elena: Again.
"""


def test_the_story_holds_the_result_of_a_lost_or_abandoned_level(tmp_path):
    runner = runner_for(tmp_path, NODES)
    assert runner.current == ev.Minigame("bias")
    runner.resume(MinigameResult("gave_up", 311))
    assert texts(runner) == ["Not yet.", "I gave up."]
    story = runner.story
    assert (story.get("minigame_result"), story.get("minigame_ticks")) == ("gave_up", 311)
    assert not story.get("won_bias")


def test_a_won_level_is_recorded_and_its_program_offered_to_the_next(tmp_path):
    runner = runner_for(tmp_path, NODES)
    runner.resume(MinigameResult("won", 240, "seek target=cavity\n# avoid"))
    assert texts(runner) == ["Fixed.", "Won it."]
    assert runner.story.get("won_bias") is True
    assert runner.story.programs == {"bias": "seek target=cavity\n# avoid"}
    assert runner.current == ev.Minigame("bias", "bias", "seek target=cavity\n# avoid")
    runner.resume(MinigameResult("lost", 10))
    assert runner.story.get("minigame_result") == "lost"
    assert runner.story.get("won_bias") is True  # once won, it stays won
    assert runner.story.to_data()["programs"] == {"bias": "seek target=cavity\n# avoid"}


def test_a_bare_won_or_lost_still_works(tmp_path):
    runner = runner_for(tmp_path, NODES)
    runner.minigame_result(True)
    assert runner.story.get("minigame_result") == "won"
    assert runner.story.programs == {}  # nothing said which program won


def test_the_mapping_form_is_parsed_and_checked(tmp_path):
    nodes = """\
start:
  - minigame: {level: bias, program: nowhere}
  - minigame: {program: bias}
  - minigame: {level: bias, shader: x}
"""
    _, diagnostics = load_demo(tmp_path, nodes)
    found = errors(diagnostics, "main.yaml")
    assert any(":2:" in e and "unknown level for 'program:' 'nowhere'" in e for e in found)
    assert any(":3:" in e and "needs 'level:'" in e for e in found)
    assert any(":4:" in e and "unknown key 'shader'" in e for e in found)


def test_lint_knows_the_game_sets_the_result_variables(tmp_path):
    _, diagnostics = load_demo(tmp_path, NODES)
    messages = [d.message for d in diagnostics if "main.yaml" in d.path]
    assert not [m for m in messages if "minigame_result" in m or "won_bias" in m], messages


@dataclass
class FakeResult:
    level_id: str
    won: bool
    metrics: dict[str, Any] = field(default_factory=dict)


class FakeProgram:
    def text(self) -> str:
        return "seek gain=30"


class FakeScene:
    class session:  # stands in for a DebugSession
        program = FakeProgram()


def test_the_level_result_becomes_won_lost_or_gave_up_with_ticks_and_program():
    assert minigame_result(FakeResult("x", False, {"reason": "gave_up", "steps": 50})) == \
        MinigameResult("gave_up", 50)
    assert minigame_result(FakeResult("x", False, {"reason": "harm", "steps": 70})) == \
        MinigameResult("lost", 70)
    assert minigame_result(FakeResult("x", True, {"reason": "won", "steps": 90}),
                           FakeScene()) == MinigameResult("won", 90, "seek gain=30")


def test_the_debugger_is_offered_the_program_when_it_takes_one(tmp_path, monkeypatch):
    offered: list[Any] = []

    class Debugger:
        def __init__(self, game, level_id, on_result, *, path=None, offered_program=None,
                      offered_from=None):
            offered.append((level_id, offered_program, offered_from))

    import game.nanobots.debugger as debugger

    monkeypatch.setattr(debugger, "DebuggerScene", Debugger)
    hooks = director_module._Hooks.__new__(director_module._Hooks)
    hooks.director = type("D", (), {"campaign": None})()
    hooks.game = type("G", (), {"stack": type("S", (), {"push": lambda self, s: None})()})()
    hooks.minigame("live_demo", "safe_protocol", "seek gain=30", lambda result: None)
    hooks.minigame("live_demo", "safe_protocol", None, lambda result: None)  # never won it
    assert offered == [("live_demo", "seek gain=30", "safe_protocol"),
                       ("live_demo", None, None)]


def test_giving_up_in_the_real_debugger_reaches_the_story(tmp_path):
    mod = tmp_path / "flow_test"
    (mod / "dialogue" / "rejuvenation").mkdir(parents=True)
    (mod / "mod.yaml").write_text('id: flow_test\nname: Flow\nversion: "1"\n')
    (mod / "dialogue" / "rejuvenation" / "flow.yaml").write_text(
        "flow_minigame:\n  - minigame: efficiency_first\n  - \"The bots go quiet.\"\n")
    pygame.display.init()
    pygame.display.set_mode((480, 270))
    game = Game(GameState(seed=7))
    Director(game, seed=7, mods=(mod,)).begin(
        StartOptions("rejuvenation", map="clinic", node="flow_minigame"))
    game.tick(InputFrame())

    def tap(action: Action) -> None:
        game.tick(InputFrame(action, action))
        game.tick(InputFrame())

    tap(Action.CONFIRM)  # leave the briefing
    tap(Action.MENU)  # Resume, Restart, Hint, Give up
    for _ in range(3):
        tap(Action.DOWN)
    tap(Action.CONFIRM)
    story = game.state.story
    assert story.get("minigame_result") == "gave_up"
    assert isinstance(story.get("minigame_ticks"), int)
    assert not story.get("won_efficiency_first")
