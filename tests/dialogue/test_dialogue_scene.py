"""The dialogue box as a player drives it: typewriter, pages, skip, choices, backlog,
rollback, hooks for warps/minigames/sounds, and the debate with its evidence picker."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np
import pygame
import pytest

from game.content.resolver import Resolver
from game.dialogue import Runner, load_campaign, view
from game.dialogue import events as ev
from game.dialogue.scene import BacklogScene, DialogueScene
from game.dialogue.view import DialogueLook
from game.engine.input import Action, InputFrame
from game.engine.screen import Screen
from game.gamestate import GameState
from game.services import Game
from game.ui.portraits import Portraits
from tests.support.dialogue import GOOD


class Hooks:
    def __init__(self) -> None:
        self.calls: list[tuple] = []
        self.pending: list[Callable] = []

    def warp(self, map_name, spawn, done):
        self.calls.append(("warp", map_name, spawn))
        self.pending.append(done)

    def minigame(self, level, program, program_text, done):
        self.calls.append(("minigame", level))
        self.pending.append(lambda: done(True))

    def switch_player(self, character):
        self.calls.append(("player", character))

    def chapter(self, chapter_id, done):
        self.calls.append(("chapter", chapter_id))
        done()

    def move(self, who, to, instant, done):
        self.calls.append(("move", who, to, instant))
        done()

    def ending(self, ending_id, done):
        self.calls.append(("ending", ending_id))

    def split(self, name):
        self.calls.append(("split", name))

    def sound(self, cue):
        self.calls.append(("sound", cue))

    def finished(self):
        self.calls.append(("finished",))


class Player:
    """Feeds input frames to the game the way a player's keys would."""

    def __init__(self) -> None:
        pygame.display.init()
        pygame.display.set_mode((960, 540))
        campaign, _ = load_campaign("demo", root=GOOD, user_mods=False)
        assert campaign is not None
        self.game = Game(GameState(campaign="demo"))
        self.hooks = Hooks()
        runner = Runner(campaign, self.game.state.story)
        runner.start("start")
        self.backlog: list = []
        self.scene = DialogueScene(self.game, runner, DialogueLook(self.game.images, campaign),
                                   self.hooks, self.backlog)
        self.game.stack.push(self.scene)

    @property
    def event(self) -> ev.Event:
        return self.scene.runner.current

    def idle(self, ticks: int = 1, held: Action = Action.NONE) -> None:
        for _ in range(ticks):
            self.game.tick(InputFrame(held))

    def press(self, action: Action) -> None:
        self.game.tick(InputFrame(action, action))
        self.game.tick(InputFrame())

    def confirm_until(self, done: Callable[[], bool], limit: int = 60) -> None:
        for _ in range(limit):
            if done():
                return
            self.press(Action.CONFIRM)
        raise AssertionError(f"never got there; now at {self.event}")

    def draw(self) -> pygame.Surface:
        screen = Screen(pygame.display.get_surface(), self.game.images)
        self.game.stack.draw(screen, 1.0)
        return screen.target


@pytest.fixture
def player() -> Player:
    return Player()


def test_text_types_out_then_confirm_completes_then_advances(player):
    player.idle(1)
    assert isinstance(player.event, ev.Line) and player.event.text == "The clinic hums."
    writer = player.scene.typewriter
    assert writer is not None and 0 < writer.shown < len("The clinic hums.")
    player.press(Action.CONFIRM)  # completes the line
    assert writer.page_done and player.event.text == "The clinic hums."
    player.press(Action.CONFIRM)  # moves on
    assert player.event.speaker == "max"
    assert player.backlog[-1].spans == (("The clinic hums.", "plain"),)


def test_fast_forward_skips_only_seen_lines(player):
    player.idle(40, held=Action.SKIP)
    assert player.event.text == "The clinic hums."  # unseen: holding skip does nothing
    player.scene.runner.story.mark_seen(player.event.line_id)
    player.scene.typewriter = None  # as if the line were shown anew
    player.idle(10, held=Action.SKIP)
    assert player.event.speaker == "max"


def test_auto_advance_moves_on_by_itself(player):
    player.press(Action.AUTO)
    player.idle(200)
    assert player.scene.auto
    assert [entry.spans[0][0] for entry in player.backlog[:2]] == ["The clinic hums.", "Welcome, "]


def test_choices_hide_and_grey_out_options_and_picking_one_runs_it(player):
    player.confirm_until(lambda: isinstance(player.event, ev.Choice))
    labels = [o.text for o in player.event.options]
    assert "Leave" not in labels  # its `if` is false
    assert player.scene.game.state.story.get("trust") == 1
    player.press(Action.CONFIRM)  # the first option, "Ask about the bots"
    assert player.event.text.startswith("They're")
    assert player.backlog[-1].name == "You"
    player.confirm_until(lambda: not player.event.text.startswith("They're"))
    assert player.scene.game.state.story.get("trust") == 2
    assert player.event.text == "I trust you."


def test_rollback_returns_to_the_previous_choice_and_undoes_it(player):
    player.confirm_until(lambda: isinstance(player.event, ev.Choice))
    backlog_at_choice = len(player.backlog)
    player.press(Action.CONFIRM)
    player.confirm_until(lambda: player.event.text == "I trust you." if isinstance(
        player.event, ev.Line) else False)
    player.press(Action.ROLLBACK)
    assert isinstance(player.event, ev.Choice)
    assert player.scene.game.state.story.get("trust") == 1
    assert len(player.backlog) == backlog_at_choice


def test_backlog_opens_over_the_dialogue(player):
    player.confirm_until(lambda: isinstance(player.event, ev.Choice))
    player.press(Action.LOG)
    assert isinstance(player.game.stack.top, BacklogScene)
    player.draw()
    player.press(Action.CANCEL)
    assert player.game.stack.top is player.scene


def _to_the_debate(player: Player) -> None:
    player.confirm_until(lambda: isinstance(player.event, ev.Choice))
    player.press(Action.CONFIRM)
    for _ in range(200):
        if isinstance(player.event, ev.Debate):
            return
        if player.hooks.pending:
            player.hooks.pending.pop(0)()
        player.press(Action.CONFIRM)
    raise AssertionError(f"no debate; at {player.event}")


def test_world_events_go_through_the_hooks_in_order(player):
    _to_the_debate(player)
    kinds = player.hooks.calls
    assert ("sound", "chime") in kinds and ("split", "intro done") in kinds
    assert any(call[:2] == ("warp", "lab") for call in kinds)
    assert ("minigame", "bias") in kinds
    assert kinds.index(("chapter", "one")) < kinds.index(("chapter", "two"))
    assert ("player", "elena") in kinds


def test_a_debate_is_won_by_presenting_the_right_evidence(player):
    _to_the_debate(player)
    debate = player.event
    assert isinstance(debate, ev.Debate) and debate.credibility == 2
    player.idle(80)  # let the claim type out
    # present the wrong item on the first claim: "logs" is the first held item
    player.press(Action.DOWN)  # "Present evidence"
    player.press(Action.CONFIRM)
    assert player.scene.picker is not None
    player.draw()
    player.press(Action.CONFIRM)  # logs: wrong here
    player.confirm_until(lambda: isinstance(player.event, ev.Debate))
    assert player.event.credibility == 1
    player.idle(80)
    player.press(Action.CONFIRM)  # open the picker again (the action stays on Present)
    player.press(Action.DOWN)  # reports
    player.press(Action.CONFIRM)
    player.confirm_until(lambda: isinstance(player.event, ev.Debate))
    assert player.event.refuted_count == 1
    player.draw()


def _changed(before: pygame.Surface, after: pygame.Surface) -> list[tuple[int, int]]:
    """Window pixels (x, y) whose colour differs between two frames."""
    differ = (pygame.surfarray.array3d(before) != pygame.surfarray.array3d(after)).any(axis=2)
    return [(int(x), int(y)) for x, y in np.argwhere(differ)]


def _internal_box(screen: Screen, pixels: list[tuple[int, int]]) -> tuple[int, int, int, int]:
    """The internal-pixel bounds (left, top, right, bottom) of window pixels."""
    points = [screen.to_internal(p) for p in pixels]
    assert None not in points
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def test_the_box_draws_name_portrait_and_text(player, tmp_path):
    # Max gets a portrait where every pixel is different, so we can find each one on screen
    strip = pygame.Surface((4 * 64, 64))
    for i in range(64):
        for j in range(64):
            strip.set_at((i, j), (4 * i, 4 * j, 90))
    (tmp_path / "assets" / "portraits").mkdir(parents=True)
    pygame.image.save(strip, str(tmp_path / "assets" / "portraits" / "max.png"))
    look = player.scene.look
    look.portraits = Portraits(player.game.images, Resolver.loose(tmp_path))
    player.idle(1)
    player.press(Action.CONFIRM)
    player.press(Action.CONFIRM)  # Max's line
    player.idle(60)
    assert player.event.speaker == "max" and player.scene.typewriter.page_done
    frame = player.draw().copy()
    screen = Screen(pygame.display.get_surface(), player.game.images)

    # the portrait: each of its pixels, in place, at the window's scale
    px, py = view.PORTRAIT_POS
    misplaced = [(i, j) for i in range(64) for j in range(64)
                 if tuple(frame.get_at(screen.to_window(px + i, py + j)))[:3] != (4 * i, 4 * j, 90)]
    assert misplaced == []

    # the name: drawn in the speaker's colour on the plate above the box, and nowhere else
    speaking = look.speaking
    look.speaking = lambda *args: replace(speaking(*args), color=(255, 0, 255))
    recoloured = player.draw().copy()
    look.speaking = speaking
    changed = _changed(frame, recoloured)
    assert changed, "the speaker's colour is not drawn anywhere"
    left, top, _, bottom = _internal_box(screen, changed)
    assert left >= view.TEXT_X - 4 and view.BOX[1] - 12 <= top and bottom < view.BOX[1] + 4

    # the text: with nothing typed yet, the first text row of the box is left empty
    player.scene.typewriter.shown = 0
    untyped = player.draw().copy()
    typed = [p for p in _changed(untyped, frame)
             if view.TEXT_Y <= screen.to_internal(p)[1] < view.TEXT_Y + view.LINE_STEP]
    assert typed
    assert _internal_box(screen, typed)[0] >= view.TEXT_X


def test_a_long_claim_shows_each_page_whole_before_the_next(player, monkeypatch):
    monkeypatch.setattr(view, "NARRATION_WIDTH", 40)  # "Our bots are safe." needs pages
    monkeypatch.setattr(view, "TEXT_LINES", 1)
    _to_the_debate(player)
    player.scene.typewriter = None
    player.idle(1)
    writer = player.scene.typewriter
    assert writer is not None and len(writer.pages) > 1 and not writer.page_done
    player.press(Action.CONFIRM)
    assert (writer.page, writer.page_done) == (0, True)
    player.press(Action.CONFIRM)
    assert writer.page == 1
