"""Evidence given in dialogue shows a short "Received" notice that does not stop the
dialogue and outlives it; the pause menu opens the evidence screen, which the keyboard
or a pad moves through and Back leaves."""

from __future__ import annotations

import pygame

from game.dialogue.scene import DialogueScene
from game.engine.input import Action
from game.engine.screen import Screen
from game.menus.pause import EvidenceScene, PauseScene
from game.ui.toast import LIFE
from game.world.scene import OverworldScene
from tests.dialogue.stage import start, tap, tick

NODES = """\
opening:
  - give: memo
  - elena: I have it.
  - give: logs
  - elena: And this.
talk_max:
  - max: Hi.
hearing:
  - judge: Order.
"""


def draw(game) -> None:
    game.stack.draw(Screen(pygame.display.get_surface(), game.images), 1.0)


def texts_of(director) -> list[str]:
    return [toast.text for toast in director.toasts.items]


def test_a_notice_shows_for_evidence_given_and_the_dialogue_goes_on(tmp_path):
    game, director = start(tmp_path, NODES)
    tick(game, 2)
    assert texts_of(director) == ["Synthedent memo"]  # given before the first line
    assert director.dialogue.runner.current.text == "I have it."  # not stopped
    draw(game)
    tap(game)
    tap(game)
    assert texts_of(director) == ["Synthedent memo", "Bot logs"]
    assert director.dialogue.runner.current.text == "And this."


def test_the_notice_goes_away_by_itself_even_after_the_dialogue_ends(tmp_path):
    game, director = start(tmp_path, NODES)
    tick(game, 2)
    for _ in range(4):
        tap(game)
    assert director.dialogue is None and isinstance(game.stack.top, OverworldScene)
    assert game.stack.top.toasts.items  # the map shows what is left
    draw(game)
    tick(game, LIFE + 5)
    assert not director.toasts.items


def test_no_notice_for_evidence_already_held(tmp_path):
    game, director = start(tmp_path, NODES.replace("  - give: logs\n", "  - give: memo\n"))
    tick(game, 2)
    tap(game)
    tap(game)
    assert texts_of(director) == ["Synthedent memo"]


def open_evidence(tmp_path):
    game, director = start(tmp_path, NODES)
    tick(game, 2)
    for _ in range(4):
        tap(game)
    assert isinstance(game.stack.top, OverworldScene)
    tap(game, Action.MENU)
    pause = game.stack.top
    assert isinstance(pause, PauseScene)
    tap(game, Action.DOWN)  # Resume, Evidence...
    tap(game, Action.CONFIRM)
    return game, director, pause


def test_the_pause_menu_opens_the_evidence_screen(tmp_path):
    game, _, _ = open_evidence(tmp_path)
    screen = game.stack.top
    assert isinstance(screen, EvidenceScene)
    assert screen.items == ["memo", "logs"]
    draw(game)


def test_up_and_down_move_through_the_items_and_back(tmp_path):
    game, _, pause = open_evidence(tmp_path)
    screen = game.stack.top
    assert screen.index == 0
    tap(game, Action.DOWN)
    assert screen.index == 1
    draw(game)
    tap(game, Action.DOWN)
    assert screen.on_back
    tap(game, Action.DOWN)  # wraps around
    assert screen.index == 0
    tap(game, Action.UP)
    assert screen.on_back
    tap(game, Action.CONFIRM)  # Back
    assert game.stack.top is pause


def test_cancel_leaves_the_evidence_screen(tmp_path):
    game, _, pause = open_evidence(tmp_path)
    tap(game, Action.CANCEL)
    assert game.stack.top is pause


def test_with_nothing_held_the_screen_says_so(tmp_path):
    game, _ = start(tmp_path, NODES.replace("  - give: memo\n", "").replace(
        "  - give: logs\n", ""))
    tick(game, 2)
    for _ in range(4):
        tap(game)
    tap(game, Action.MENU)
    tap(game, Action.DOWN)
    tap(game, Action.CONFIRM)
    screen = game.stack.top
    assert isinstance(screen, EvidenceScene) and screen.items == [] and screen.on_back
    draw(game)
    tap(game, Action.CONFIRM)
    assert isinstance(game.stack.top, PauseScene)
    assert not isinstance(game.stack.find(DialogueScene), DialogueScene)
