"""Drive the debugger scene headless through input frames, as a player would."""

from __future__ import annotations

import types

import pygame
import pytest

from game.engine.images import ImageCache
from game.engine.input import Action, InputFrame
from game.engine.scene import SceneStack
from game.engine.screen import Screen
from game.nanobots.debugger import DebuggerScene, LevelResult
from game.nanobots.session import Mode
from game.nanobots.view_hud import timeline_rect
from tests.support.nanobots import FIXES, apply


@pytest.fixture(scope="module")
def screen():
    pygame.display.init()
    window = pygame.display.set_mode((960, 540))
    yield Screen(window)
    pygame.display.quit()


class Harness:
    def __init__(self, screen: Screen, level_id: str = "efficiency_first") -> None:
        self.screen = screen
        self.game = types.SimpleNamespace(stack=SceneStack(), images=ImageCache(), state=None)
        self.results: list[LevelResult] = []
        self.scene = DebuggerScene(self.game, level_id, self.results.append)
        self.game.stack.push(self.scene)
        self.s = self.scene.session

    def tick(self, frame: InputFrame | None = None, draw: bool = False) -> None:
        self.game.stack.update(frame or InputFrame())
        if draw:
            self.game.stack.draw(self.screen, 0.0)

    def press(self, action: Action, held: Action = Action.NONE, draw: bool = True) -> None:
        self.tick(InputFrame(action | held, action), draw)
        self.tick(InputFrame(held), draw)

    def idle(self, ticks: int) -> None:
        for _ in range(ticks):
            self.tick()

    def until(self, predicate, limit: int = 5000) -> None:
        for _ in range(limit):
            if predicate():
                return
            self.tick()
        raise AssertionError("condition never met")


def test_edit_play_step_slow_motion_and_rewind(screen):
    h = Harness(screen)
    h.tick(draw=True)
    assert h.s.mode is Mode.BRIEFING
    h.press(Action.CONFIRM)
    assert h.s.mode is Mode.DEBUG
    # edit: tradeoff.efficiency 0.95 -> 0.50 with shift+left, nine times
    h.press(Action.RIGHT)
    for _ in range(9):
        h.press(Action.LEFT, held=Action.RUN, draw=False)
    assert h.s.program[0].get("efficiency") == 0.5
    assert h.s.edits == 9 and h.s.sim.steps == 0
    # edit mode: enter on a value, up/down change it, enter leaves
    h.press(Action.CONFIRM)
    assert h.s.mode is Mode.EDIT
    h.press(Action.UP)
    h.press(Action.CONFIRM)
    assert h.s.mode is Mode.DEBUG and h.s.program[0].get("efficiency") == 0.55
    # play at normal speed: two steps per tick
    h.tick(InputFrame(Action.PLAY, Action.PLAY))
    h.idle(29)
    assert h.s.playing and h.s.sim.steps == 60
    h.press(Action.PLAY)
    assert not h.s.playing
    paused_at = h.s.sim.steps
    h.press(Action.STEP)
    assert h.s.sim.steps == paused_at + 1
    h.press(Action.STEP, held=Action.RUN)
    assert h.s.sim.steps == paused_at + 11
    mark, mark_hash = h.s.sim.steps, h.s.sim.state_hash()
    # slow motion: 1/4x is one step every other tick
    h.press(Action.SLOWER)
    h.press(Action.SLOWER)
    h.tick(InputFrame(Action.PLAY, Action.PLAY))
    h.idle(7)
    assert h.s.sim.steps == mark + 4
    h.press(Action.FASTER)
    h.press(Action.FASTER)
    h.idle(40)
    h.press(Action.PLAY)
    assert h.s.sim.steps > mark + 60
    # hold rewind until we are back before the mark, then step forward to it
    h.tick(InputFrame(Action.REWIND, Action.REWIND), draw=True)
    while h.s.sim.steps > mark:
        h.tick(InputFrame(Action.REWIND))
    h.tick()
    assert h.s.rewinds >= 1
    while h.s.sim.steps < mark:
        h.press(Action.STEP, draw=False)
    assert h.s.sim.state_hash() == mark_hash


def test_breakpoint_on_the_nerve_pauses_and_selects_the_bot(screen):
    h = Harness(screen)
    h.press(Action.CONFIRM)
    for _ in range(len(h.s.program)):
        h.press(Action.DOWN, draw=False)
    assert not h.s.is_rule(h.s.cursor.line)
    h.press(Action.CONFIRM)  # switch on "a bot enters pulp"
    assert h.s.breakpoints[0].enabled
    h.tick(InputFrame(Action.PLAY, Action.PLAY))
    h.until(lambda: not h.s.playing)
    assert h.s.mode is Mode.DEBUG and h.s.last_hit is not None
    bot = h.s.selected
    assert bot == h.s.last_hit.bot
    assert int(h.s.sim.tissue[h.s.sim.cell[bot]]) == 3  # the pulp
    h.tick(draw=True)
    rows = h.s.contributions()
    assert rows[0].label == "drag"
    assert [r.line for r in rows[1:]] == [1, 2, 3, 4]  # line 0, tradeoff, moves nothing


def test_losing_then_giving_up_reports_to_the_caller(screen):
    h = Harness(screen)
    h.press(Action.CONFIRM)
    for _ in range(3):
        h.press(Action.FASTER, draw=False)
    h.tick(InputFrame(Action.PLAY, Action.PLAY))
    h.until(lambda: h.s.mode is Mode.RESULT)
    h.tick(draw=True)
    assert not h.s.verdict.won
    h.press(Action.DOWN)
    h.press(Action.DOWN)
    h.press(Action.CONFIRM)
    assert len(h.results) == 1
    result = h.results[0]
    assert result.level_id == "efficiency_first" and result.won is False
    assert result.metrics["reason"] == "harm"
    assert result.metrics["harm"] > h.scene.level.goal.max_harm
    assert h.scene not in h.game.stack.scenes


def test_rewind_and_debug_then_fix_and_win(screen):
    h = Harness(screen, "live_demo")
    h.press(Action.CONFIRM)
    h.tick(InputFrame(Action.PLAY, Action.PLAY))
    h.until(lambda: h.s.mode is Mode.RESULT)
    h.press(Action.CONFIRM)  # "Rewind and debug"
    assert h.s.mode is Mode.DEBUG
    # restart with the same seed (shift + rewind), then apply the fix by keys:
    h.tick(InputFrame(Action.REWIND | Action.RUN, Action.REWIND))
    h.tick()
    assert h.s.sim.steps == 0 and h.s.restarts == 1
    h.s.select(3, 0)  # the avoid line: move it above seek with shift+up
    h.press(Action.UP, held=Action.RUN)
    assert h.s.program[2].kind == "avoid"
    h.s.select(0, 1)
    for _ in range(10):
        h.press(Action.LEFT, held=Action.RUN, draw=False)
    assert h.s.program == apply(h.scene.level.program, FIXES["live_demo"])
    h.tick(InputFrame(Action.PLAY, Action.PLAY))
    h.until(lambda: h.s.mode is Mode.RESULT)
    assert h.s.verdict.won
    h.tick(draw=True)
    h.press(Action.CONFIRM)  # "Finish"
    assert h.results and h.results[0].won and h.results[0].metrics["edits"] >= 11


def test_menu_restart_hint_and_give_up(screen):
    h = Harness(screen, "marker_reaction")
    h.press(Action.CONFIRM)
    h.idle(3)
    h.press(Action.MENU)
    assert h.s.mode is Mode.MENU
    h.press(Action.DOWN)
    h.press(Action.DOWN)
    h.press(Action.CONFIRM)
    assert h.s.show_hint
    h.press(Action.DOWN)
    h.press(Action.CONFIRM)
    assert h.results and not h.results[0].won and h.results[0].metrics["reason"] == "gave_up"


def test_pointer_selects_bots_fields_and_scrubs(screen):
    h = Harness(screen, "safe_protocol")
    h.tick(InputFrame(pointer=(100, 100), click=True))
    assert h.s.mode is Mode.DEBUG
    h.tick(draw=True)
    h.tick(InputFrame(Action.PLAY, Action.PLAY))
    h.idle(60)
    h.press(Action.PLAY)
    x0, y0 = h.scene.view_rect[:2]
    bx, by = float(h.s.sim.x[7]), float(h.s.sim.y[7])
    h.tick(InputFrame(pointer=(int(x0 + bx * 4), int(y0 + by * 4)), click=True))
    chosen = h.s.selected
    assert chosen is not None
    assert (h.s.sim.x[chosen] - bx) ** 2 + (h.s.sim.y[chosen] - by) ** 2 <= 0.6
    h.tick(draw=True)
    box = next(b for b in h.scene._fields if b.line == 0 and b.field == 1)
    center = (int(box.rect[0] + box.rect[2] / 2), int(box.rect[1] + box.rect[3] / 2))
    h.tick(InputFrame(pointer=center, wheel=-1))
    assert h.s.program[0].get("efficiency") == 0.75
    tx, ty, tw, _ = timeline_rect(h.scene.layout)
    h.tick(InputFrame(pointer=(int(tx + 8), int(ty + 3)), click=True))
    assert h.s.sim.steps == round(8 / tw * h.scene.level.goal.time_limit * 120)


def test_every_overlay_and_probe_draws(screen):
    h = Harness(screen, "rebirth_redesign")
    h.press(Action.CONFIRM)
    h.tick(InputFrame(Action.PLAY, Action.PLAY))
    h.idle(30)
    for _ in range(5):
        h.press(Action.OVERLAY)
    h.press(Action.LEFT)  # past the first field: into the view
    assert h.s.mode is Mode.PROBE
    h.tick(InputFrame(Action.DOWN, Action.DOWN), draw=True)
    assert h.s.selected is not None
    h.press(Action.CANCEL)
    assert h.s.mode is Mode.DEBUG


def test_a_missing_level_shows_an_error_and_reports_back(screen):
    game = types.SimpleNamespace(stack=SceneStack(), images=ImageCache(), state=None)
    results: list[LevelResult] = []
    scene = DebuggerScene(game, "no_such_level", results.append)
    game.stack.push(scene)
    game.stack.draw(screen, 0.0)
    assert scene.errors and "no_such_level" in scene.errors[0]
    game.stack.update(InputFrame(Action.CONFIRM, Action.CONFIRM))
    assert results[0].won is False and results[0].metrics["reason"] == "level_error"
    assert scene not in game.stack.scenes
