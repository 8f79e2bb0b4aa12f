"""A small campaign played through the real game: a mod that brings its own campaign
("trial") with one map ("hall"), so the director, the scene stack and the hooks run
exactly as in the game, on content these tests control.

The hall (tile coordinates; 16 px a tile)::

    ##############
    #............#
    #............#     entry spawn at 2,5; max (npc) at 3,2
    #.....##.....#     a wall in the middle (the walk must go around it)
    #.....##.....#     spots: stage_left 11,2 (facing down), podium 11,5
    #............#
    ##############
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pygame

from game.director import Director, StartOptions
from game.engine.input import Action, InputFrame
from game.gamestate import GameState
from game.services import Game
from tests.support.tmx import point, write_map

HALL = [
    "##############",
    "#............#",
    "#............#",
    "#.....##.....#",
    "#.....##.....#",
    "#............#",
    "##############",
]

CAMPAIGN = """\
id: trial
title: The Trial
blurb: A test campaign.
player: elena
start: {map: hall, spawn: entry, node: opening}
chapters:
  - {id: first, title: First Light, node: opening, map: hall, spawn: entry}
  - {id: second, title: The Hearing, node: hearing, map: hall, spawn: entry}
speakers:
  elena: {name: Dr. Elena}
  max: {name: Max}
  judge: {name: Judge}
evidence:
  memo: {name: Synthedent memo, description: The memo they hid., icon: memo}
  logs: {name: Bot logs, description: What the bots did., icon: bot_log}
variables:
  witnesses: 0
endings:
  good: {title: A Good End, description: Everyone goes home.}
  bad: {title: A Bad End, description: Nobody does.}
credits:
  - "# Story"
  - The test team
  - ""
  - Thank you for playing.
beats:
  - {id: opened, title: The opening, when: seen(opening)}
  - {id: memo, title: The memo, when: has(memo)}
  - {id: heard, title: The hearing, when: visited(hearing)}
"""


def trial_mod(tmp_path: Path, nodes: str, campaign: str = CAMPAIGN) -> Path:
    """The mod folder: ``nodes`` is the dialogue file (dedented)."""
    mod = tmp_path / "trial_mod"
    (mod / "dialogue" / "trial").mkdir(parents=True, exist_ok=True)
    (mod / "mod.yaml").write_text('id: trial_mod\nname: Trial\nversion: "1"\n')
    (mod / "dialogue" / "trial" / "campaign.yaml").write_text(campaign)
    (mod / "dialogue" / "trial" / "main.yaml").write_text(textwrap.dedent(nodes))
    write_map(mod / "maps", "hall", HALL, [
        point("spawn", "entry", 2 * 16 + 8, 5 * 16 + 12, facing="up"),
        point("npc", "max", 3 * 16 + 8, 2 * 16 + 12, character="max_chen", dialogue="talk_max"),
        point("spot", "stage_left", 11 * 16 + 8, 2 * 16 + 12, facing="down"),
        point("spot", "podium", 11 * 16 + 8, 5 * 16 + 12),
    ])
    return mod


def start(tmp_path: Path, nodes: str, node: str | None = None,
          campaign: str = CAMPAIGN) -> tuple[Game, Director]:
    """A game on the trial campaign, started at ``node`` (default: its start)."""
    pygame.display.init()
    pygame.display.set_mode((480, 270))
    game = Game(GameState(seed=3))
    director = Director(game, seed=3, mods=(trial_mod(tmp_path, nodes, campaign),))
    campaign_obj, diagnostics = director.library.load("trial")
    assert campaign_obj is not None and not [d for d in diagnostics if d.is_error], \
        [d.format() for d in diagnostics if d.is_error]
    director.begin(StartOptions("trial", node=node))
    return game, director


def tick(game: Game, frames: int = 1, action: Action = Action.NONE) -> None:
    """``frames`` ticks; ``action`` is pressed on the first and held on the others."""
    for i in range(frames):
        game.tick(InputFrame(action, action if i == 0 else Action.NONE))


def tap(game: Game, action: Action = Action.CONFIRM, after: int = 1) -> None:
    game.tick(InputFrame(action, action))
    tick(game, after)
