"""What the player hears comes from the game itself: a map's music on entering it,
footsteps while walking, a door on a warp, text blips, evidence and debate sounds
(the audio records what was asked for, device or not)."""

from __future__ import annotations

import pygame

from game.director import Director, StartOptions
from game.engine.audio import music_for
from game.engine.input import Action, InputFrame
from game.gamestate import GameState
from game.services import Game
from tests.dialogue.stage import start, tap, tick

NODES = """\
opening:
  - chapter: first
  - elena: A line with a few words in it.
  - give: memo
  - debate:
      credibility: 3
      claims:
        - max: The bots are perfect.
          present:
            memo:
              - elena: Not according to this.
  - elena: Done.
hearing:
  - elena: The hearing.
talk_max:
  - max: Hello.
"""


def on_map(map_name: str) -> Game:
    pygame.display.init()
    game = Game(GameState(seed=2))
    Director(game, seed=2).begin(StartOptions("rejuvenation", map=map_name))
    return game


def test_entering_a_map_plays_its_music_and_walking_its_footsteps():
    game = on_map("practice")
    assert game.audio.music_played[-1] == music_for("practice", None)
    for _ in range(40):
        game.tick(InputFrame(Action.RIGHT, Action.NONE))
    assert sum(cue.startswith("step_") for cue in game.audio.played) >= 2


def test_a_warp_opens_a_door_and_changes_the_music():
    game = on_map("street")
    overworld = game.stack.top
    overworld.warp("clinic", "from_street")
    for _ in range(40):
        game.tick(InputFrame())
    assert "door_open" in game.audio.played
    assert game.audio.music_played[-1] == music_for("clinic", None)


def test_lines_blip_evidence_chimes_and_the_right_evidence_hits(tmp_path):
    game, _ = start(tmp_path, NODES)
    tick(game, 12)
    tap(game, Action.CONFIRM, after=20)  # the chapter card
    tick(game, 40)  # the line types out
    assert any(cue.startswith("blip_") for cue in game.audio.played)
    tap(game, Action.CONFIRM, after=3)  # the next line
    assert "evidence_get" in game.audio.played
    assert game.audio.music_played[-1] == "debate"
    tick(game, 40)  # the claim types out
    tap(game, Action.DOWN)  # Present evidence
    tap(game, Action.CONFIRM)
    tap(game, Action.CONFIRM)  # the memo
    assert "debate_hit" in game.audio.played and "debate_miss" not in game.audio.played


def test_the_swarm_hums_while_it_runs_and_the_verdict_sounds():
    from game.nanobots.debugger import DebuggerScene
    from game.nanobots.session import Mode
    from tests.support.nanobots import FIXES, apply

    pygame.display.init()
    pygame.display.set_mode((480, 270))
    game = Game(GameState(seed=2))
    Director(game, seed=2).level_only("safe_protocol")
    scene = game.stack.top
    assert isinstance(scene, DebuggerScene)
    tap(game, Action.CONFIRM)  # the briefing
    scene.session._edit(lambda p: apply(p, FIXES["safe_protocol"]))
    for _ in range(8):
        tap(game, Action.FASTER)
    tap(game, Action.PLAY)
    tick(game, 5)
    assert game.audio.looping == "nanobot_hum"
    for _ in range(5000):
        if scene.session.mode is Mode.RESULT:
            break
        game.tick(InputFrame())
    assert scene.session.verdict is not None and scene.session.verdict.won
    assert "minigame_win" in game.audio.played and "nanobot_repair" in game.audio.played
    assert game.audio.looping is None  # the hum stops with the run
