"""Splits on the map: a ``split`` rectangle splits on the tick the player's feet first
enter it, once per run, through the same path as the dialogue's ``split`` step (the
timer, the LiveSplit links, the replay); lint knows trigger splits."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.dialogue.library import load_campaign
from game.engine.input import Action, InputFrame
from game.world.collision import boxes_overlap
from tests.support.content import make_mod, room

#: Two triggers across a 14-tile corridor: Doorway at x 96-111, Exit at x 176-191.
TRIGGERS = """
  <object id="20" name="door_line" type="split" x="96" y="0" width="16" height="80">
   <properties><property name="split" value="Doorway"/></properties>
  </object>
  <object id="21" name="exit_line" type="split" x="176" y="0" width="16" height="80">
   <properties><property name="split" value="Exit"/></properties>
  </object>"""

CAMPAIGN = """id: trial
title: Trial
player: elena_rahmani
start: {map: trial_room, spawn: entry}
speakers:
  elena_rahmani: Dr. Elena Rahmani
categories:
  - id: any
    name: Any%
    end: {split: Exit}
    splits: [Doorway]
    finish: Exit
    seed: 7
"""


def trial_mod(tmp_path: Path, triggers: str = TRIGGERS, campaign: str = CAMPAIGN) -> Path:
    return make_mod(tmp_path / "mods", "trial", {
        "dialogue/trial/campaign.yaml": campaign,
        "maps/trial_room.tmx": room(objects=triggers, width=14),
    }, campaign=None)


class Recorder:
    """A link that keeps what it is told (as LiveSplit would be)."""

    def __init__(self) -> None:
        self.commands: list[tuple[str, int]] = []

    def send(self, command: str, ticks: int = 0) -> None:
        self.commands.append((command, ticks))

    def close(self) -> None:
        pass


@pytest.fixture
def director(tmp_path):
    from game.director import Director
    from game.gamestate import GameState
    from game.services import Game
    from game.settings import Settings
    from game.speedrun.session import Speedrun

    pygame.display.init()
    pygame.display.set_mode((480, 270))
    game = Game(GameState(seed=7), Settings(text_speed="instant"))
    game.speedrun = Speedrun(store=None, links=[Recorder()])
    return Director(game, seed=7, mods=[trial_mod(tmp_path)])


def walk(director, action: Action, ticks: int) -> list[int]:
    """Hold a direction; the ticks on which the player's feet entered a trigger."""
    from game.speedrun.play import tick

    entered = []
    for _ in range(ticks):
        world = director.overworld.world
        before = {o.name for o in world.triggers if boxes_overlap(world.player.feet(), o.rect)}
        tick(director.game, InputFrame(action, Action.NONE))
        world = director.overworld.world
        now = {o.name for o in world.triggers if boxes_overlap(world.player.feet(), o.rect)}
        if now - before:
            entered.append(director.game.state.ticks)
    return entered


def test_entering_a_trigger_splits_once_and_the_end_trigger_finishes(director, tmp_path):
    from game.speedrun.play import start_category, verify, wait_for_start

    start_category(director, "trial", "any")
    wait_for_start(director.game)
    speedrun = director.game.speedrun
    assert speedrun.category is not None and speedrun.category.id == "any"
    first = walk(director, Action.RIGHT, 70)  # into Doorway, and past it
    assert len(first) == 1
    assert director.game.splits == [("Doorway", first[0])]
    timer = speedrun.timer
    assert timer is not None and timer.splits == [timer.ticks - (director.game.state.ticks
                                                                 - first[0])]
    back = walk(director, Action.LEFT, 50) + walk(director, Action.RIGHT, 50)
    assert back  # the player walked out and in again...
    assert director.game.splits == [("Doorway", first[0])]  # ...and it split once
    walk(director, Action.RIGHT, 100)  # on to Exit: the category's end
    assert timer.finished
    assert [name for name, _ in director.game.splits] == ["Doorway", "Exit"]
    commands = [c for c, _ in speedrun.links[0].commands if c != "gametime"]
    assert commands == ["start", "split", "finish"]
    _, replay = speedrun.finished_runs[0]
    assert [name for name, _ in replay.result.splits] == ["Doorway", "Exit"]
    assert replay.result.splits[0][1] == timer.splits[0]
    verdict = verify(replay, mods=[tmp_path / "mods" / "trial"])
    assert verdict.ok, verdict.message
    assert verdict.splits == replay.result.splits


def test_lint_accepts_trigger_splits_and_checks_the_triggers(tmp_path):
    campaign, diagnostics = load_campaign("trial", [trial_mod(tmp_path / "good")],
                                          user_mods=False)
    assert campaign is not None
    assert not [d.format() for d in diagnostics if d.is_error]
    bad = TRIGGERS.replace('value="Doorway"', 'value=""').replace(
        'width="16" height="80">\n   <properties><property name="split" value="Exit"/>',
        'width="0" height="0">\n   <properties><property name="split" value="Exit"/>')
    _, diagnostics = load_campaign("trial", [trial_mod(tmp_path / "bad", bad)],
                                   user_mods=False)
    errors = [d for d in diagnostics if d.is_error]
    messages = " | ".join(d.message for d in errors)
    assert "'door_line' has no 'split' property" in messages
    assert "'exit_line' is not a rectangle" in messages
    assert "names split 'Doorway', but no split step or map trigger" in messages
    assert all(d.path.endswith(("trial_room.tmx", "campaign.yaml")) and d.line > 1
               for d in errors)
