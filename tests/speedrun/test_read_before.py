"""Fast-forward skips lines read in earlier playthroughs; a recorded run keeps which
ones (fixed when it began) so verifying it skips the same, and speedrun mode keeps none."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pygame

from game.director import Director, StartOptions
from game.gamestate import GameState
from game.saves.readtext import ReadText
from game.services import Game
from game.speedrun.play import _headless_game
from game.speedrun.replay import read_replay

ROOT = Path(__file__).resolve().parents[2]
SHOWDOWN = ROOT / "replays" / "showdown_any.enamelreplay"


def new_run(tmp_path: Path, *, speedrun_mode: bool) -> Game:
    pygame.display.init()
    read = ReadText(tmp_path / "read.json")
    read.add("rejuvenation", ["ch1_obsolete.aaaaaa", "ch1_obsolete.bbbbbb"])
    game = Game(GameState(seed=4))
    game.settings.speedrun = speedrun_mode
    game.read_text = read
    Director(game, seed=4).begin(StartOptions("rejuvenation"))
    return game


def test_a_run_keeps_the_lines_read_before_it_began_in_its_replay(tmp_path):
    game = new_run(tmp_path, speedrun_mode=False)
    assert game.speedrun.recording.header.read_before == ["ch1_obsolete.aaaaaa",
                                                          "ch1_obsolete.bbbbbb"]
    game.read_text.add("rejuvenation", ["ch1_obsolete.cccccc"])  # read during this run
    assert game.read_before("rejuvenation", "ch1_obsolete.aaaaaa")
    assert not game.read_before("rejuvenation", "ch1_obsolete.cccccc")  # not before it


def test_speedrun_mode_skips_nothing_a_player_read_before(tmp_path):
    game = new_run(tmp_path, speedrun_mode=True)
    assert game.speedrun.recording.header.read_before == []
    assert not game.read_before("rejuvenation", "ch1_obsolete.aaaaaa")


def test_verifying_plays_with_the_lines_the_replay_says_were_read():
    showdown = read_replay(SHOWDOWN)
    header = dataclasses.replace(showdown.header, read_before=["ch5_showdown.123456"])
    game, director = _headless_game(dataclasses.replace(showdown, header=header), ())
    director.begin(StartOptions(header.campaign))
    assert game.read_before(header.campaign, "ch5_showdown.123456")
    assert not game.read_before(header.campaign, "ch5_showdown.654321")
