"""The chapter-4 protocol carried into the chapter-5 demo through the real game: the
dialogue runs ``minigame: safe_protocol``, the debugger is won with the known fix, the
story keeps the program, and ``minigame: {level: live_demo, program: safe_protocol}``
offers it on the briefing card (keys, pad and pointer alike); loading it gives the
mapped program, which wins the demo; declining keeps the shipped program; a hostile
program in the story is refused on the card, never with a traceback."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.director import Director, StartOptions
from game.engine.input import Action, InputFrame
from game.engine.screen import Screen
from game.gamestate import GameState
from game.nanobots.debugger import DebuggerScene
from game.nanobots.session import Mode
from game.services import Game
from tests.nanobots.test_carry import PROTOCOL_ON_STAGE
from tests.support.nanobots import FIXES, apply

NODES = """\
bench:
  - "Max's bench, late at night."
  - minigame: safe_protocol
  - "The stage."
  - minigame: {level: live_demo, program: safe_protocol}
  - "The hall goes quiet."
stage:
  - "The stage."
  - minigame: {level: live_demo, program: safe_protocol}
  - "The hall goes quiet."
"""


@pytest.fixture()
def screen():
    pygame.display.init()
    window = pygame.display.set_mode((960, 540))
    yield Screen(window)


def start(tmp_path: Path, node: str, programs: dict[str, object] | None = None) -> Game:
    mod = tmp_path / "carry_test"
    (mod / "dialogue" / "rejuvenation").mkdir(parents=True)
    (mod / "mod.yaml").write_text('id: carry_test\nname: Carry\nversion: "1"\n')
    (mod / "dialogue" / "rejuvenation" / "carry.yaml").write_text(NODES)
    game = Game(GameState(seed=7))
    Director(game, seed=7, mods=(mod,)).begin(StartOptions("rejuvenation", map="clinic",
                                                           node=node))
    game.state.story.programs.update(programs or {})  # (before the minigame step runs)
    game.tick(InputFrame())
    return game


def tap(game: Game, action: Action) -> None:
    game.tick(InputFrame(action, action))
    game.tick(InputFrame())


def debugger(game: Game) -> DebuggerScene:
    top = game.stack.top
    for _ in range(20):
        if isinstance(top, DebuggerScene):
            return top
        tap(game, Action.CONFIRM)  # the line before the minigame
        top = game.stack.top
    raise AssertionError(f"no debugger on top, but {type(top).__name__}")


def win(game: Game, scene: DebuggerScene) -> int:
    """Play the level at full speed to its result card and finish; the steps it took."""
    s = scene.session
    for _ in range(8):
        tap(game, Action.FASTER)
    tap(game, Action.PLAY)
    for _ in range(5000):
        if s.mode is Mode.RESULT:
            break
        game.tick(InputFrame())
    assert s.mode is Mode.RESULT and s.verdict is not None
    assert s.verdict.won, (s.verdict, s.program.text())
    steps = s.sim.steps
    tap(game, Action.CONFIRM)  # Finish
    assert game.stack.top is not scene
    return steps


def test_the_protocol_won_in_chapter_4_is_offered_loaded_and_wins_the_demo(tmp_path, screen):
    pygame.display.init()
    game = start(tmp_path, "bench")
    bench = debugger(game)
    assert bench.level_id == "safe_protocol" and bench.session.offer is None
    tap(game, Action.CONFIRM)  # no offer: the briefing opens the debugger
    s = bench.session
    s._edit(lambda p: apply(p, FIXES["safe_protocol"]))  # the known fix, as edits
    win(game, bench)
    story = game.state.story
    assert story.get("won_safe_protocol") is True
    protocol = story.programs["safe_protocol"]
    assert protocol == apply(bench.level.program, FIXES["safe_protocol"]).text()

    stage = debugger(game)
    s = stage.session
    assert stage.level_id == "live_demo" and s.offer_open
    assert (s.offer.source, s.offer.title) == ("safe_protocol", "Safe Protocol")
    game.stack.draw(screen, 0.0)  # the card with the offer draws
    tap(game, Action.CONFIRM)  # "Load the program you won Safe Protocol with"
    assert s.mode is Mode.DEBUG and s.loaded_from == "safe_protocol"
    assert s.program.text() == PROTOCOL_ON_STAGE and s.edits == 1
    assert win(game, stage) == 592  # as loaded, no edits: 4.93 of 8 simulated seconds
    assert story.get("minigame_result") == "won" and story.get("won_live_demo") is True
    assert story.programs["live_demo"] == PROTOCOL_ON_STAGE


@pytest.mark.parametrize("keys", [[Action.CANCEL], [Action.DOWN, Action.CONFIRM]])
def test_declining_the_offer_keeps_the_shipped_program(tmp_path, keys):
    protocol = apply(*_safe_protocol()).text()
    game = start(tmp_path, "stage", {"safe_protocol": protocol})
    scene = debugger(game)
    assert scene.session.offer_open
    for key in keys:
        tap(game, key)
    s = scene.session
    assert s.mode is Mode.DEBUG and s.program == scene.level.program and s.edits == 0


def test_the_pointer_picks_on_the_card(tmp_path, screen):
    game = start(tmp_path, "stage", {"safe_protocol": apply(*_safe_protocol()).text()})
    scene = debugger(game)
    game.stack.draw(screen, 0.0)
    keep = scene._options[1].rect
    middle = (int(keep[0] + keep[2] / 2), int(keep[1] + keep[3] / 2))
    game.tick(InputFrame(pointer=middle))
    assert scene.session.menu_index == 1 and scene.session.offer_open  # hover: highlighted
    game.tick(InputFrame(pointer=middle, click=True))
    assert scene.session.mode is Mode.DEBUG and scene.session.program == scene.level.program


HOSTILE = ["rm -rf /", "seek gain=nan\n" * 3, "tradeoff efficiency=0.5\n" * 5000,
           "\x00\x01", "avoid tissue=../../../etc/passwd", ""]


@pytest.mark.parametrize("text", HOSTILE)
def test_a_hostile_program_in_the_story_is_refused_on_the_card(tmp_path, screen, text):
    game = start(tmp_path, "stage", {"safe_protocol": text})
    scene = debugger(game)
    s = scene.session
    assert s.offer is not None and s.offer.program is None and not s.offer_open
    game.stack.draw(screen, 0.0)  # the card says why, in a note
    tap(game, Action.CONFIRM)
    assert s.mode is Mode.DEBUG and s.program == scene.level.program


def _safe_protocol():
    from game.nanobots.levels import load_level_id

    return load_level_id("safe_protocol").program, FIXES["safe_protocol"]
