"""A map that cannot be used, met while playing — on New Game, through a door, by a
dialogue's warp, or when its tiles are first drawn — takes the player back to the title
with the reason on a notice; never a traceback. On the command line it is a usage error."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pygame
import pytest

from game import paths
from game.cli import main
from game.director import Director, StartOptions, _Hooks
from game.engine.input import Action, InputFrame
from game.engine.screen import Screen
from game.gamestate import GameState
from game.menus.notice import NoticeScene
from game.menus.title import TitleScene
from game.services import Game
from tests.support.content import GAME, make_mod

BROKEN_SOURCE = "../assets/tilesets/missing.tsx"


@pytest.fixture
def game_copy(tmp_path, monkeypatch) -> Path:
    """A copy of the game whose street map names a tileset that does not exist."""
    root = tmp_path / "game"
    for folder in ("assets", "dialogue", "levels", "maps"):
        shutil.copytree(GAME / folder, root / folder)
    street = root / "maps" / "street.tmx"
    text = street.read_text(encoding="utf-8")
    street.write_text(text.replace("../assets/tilesets/street.tsx", BROKEN_SOURCE, 1),
                      encoding="utf-8")
    monkeypatch.setattr(paths, "ROOT", root)
    return root


def broken_line(root: Path) -> int:
    lines = (root / "maps" / "street.tmx").read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if BROKEN_SOURCE in line)


def make_game(mods=()) -> tuple[Game, Director]:
    pygame.display.init()
    pygame.display.set_mode((480, 270))
    game = Game(GameState(seed=11))
    return game, Director(game, seed=11, mods=list(mods))


def tick(game: Game, ticks: int, held: Action = Action.NONE) -> None:
    for _ in range(ticks):
        game.tick(InputFrame(held, Action.NONE))


def tap(game: Game, action: Action, after: int = 1) -> None:
    game.tick(InputFrame(action, action))
    tick(game, after)


def assert_back_at_the_title_saying(game: Game, *needles: str) -> None:
    scenes = game.stack.scenes
    assert isinstance(scenes[0], TitleScene), scenes
    notice = scenes[-1]
    assert isinstance(notice, NoticeScene), scenes
    said = "\n".join(notice.messages)
    for needle in needles:
        assert needle in said, said


def test_a_broken_start_map_on_new_game(game_copy):
    campaign = game_copy / "dialogue" / "rejuvenation" / "campaign.yaml"
    text = campaign.read_text(encoding="utf-8")
    campaign.write_text(text.replace("start: {map: practice,", "start: {map: street,"),
                        encoding="utf-8")
    game, director = make_game()
    director.title()
    tap(game, Action.CONFIRM)  # New game
    tap(game, Action.CONFIRM, after=60)  # the first campaign (rejuvenation), then the fade
    assert_back_at_the_title_saying(game, "street.tmx", f":{broken_line(game_copy)}:")
    tap(game, Action.CONFIRM, after=2)  # the notice closes; the title works
    assert isinstance(game.stack.top, TitleScene)


def test_walking_through_a_door_to_a_broken_map(game_copy):
    game, director = make_game()
    director.begin(StartOptions("rejuvenation", map="practice", spawn="from_street"))
    tick(game, 90, Action.DOWN)  # onto the door to the street, then the fade
    assert_back_at_the_title_saying(game, "street.tmx", f":{broken_line(game_copy)}:")


def test_a_dialogue_warp_to_a_broken_map(game_copy):
    game, director = make_game()
    director.begin(StartOptions("rejuvenation", map="practice"))
    finished = []
    _Hooks(director).warp("street", None, lambda: finished.append(True))
    tick(game, 60)
    assert finished == []
    assert_back_at_the_title_saying(game, "street.tmx", f":{broken_line(game_copy)}:")


def test_a_tile_image_that_will_not_load_when_the_map_is_first_drawn(tmp_path):
    """A tileset image with a good PNG header and nothing after it: lint cannot tell
    (it reads headers only), the game finds out when it draws the map."""
    mod = make_mod(tmp_path / "mods", "torn", {})
    good = (GAME / "assets" / "tilesets" / "practice.png").read_bytes()
    torn = mod / "assets" / "tilesets" / "practice.png"
    torn.parent.mkdir(parents=True)
    torn.write_bytes(good[:40])
    game, director = make_game([mod])
    director.begin(StartOptions("rejuvenation"))
    screen = Screen(pygame.display.get_surface(), game.images)
    game.stack.draw(screen, 1.0)
    tick(game, 2)
    assert_back_at_the_title_saying(game, "practice")


@pytest.mark.parametrize("args", [
    ["--map", "street"],
    ["--map", "no_such_map"],
    ["--node", "rejuvenation:no_such_node"],
    ["--node", "rejuvenation:ch1_obsolete", "--map", "street"],
])
def test_the_command_line_gives_a_usage_error_with_the_reason(game_copy, args, capsys):
    assert main(["--headless", "--ticks", "2", *args]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert ("street.tmx" in err and f":{broken_line(game_copy)}:" in err) or \
        "no_such" in err, err


def test_a_map_with_a_doctype_is_a_usage_error_on_the_command_line(tmp_path, capsys):
    text = (GAME / "maps" / "practice.tmx").read_text(encoding="utf-8")
    text = text.replace("<map ", '<!DOCTYPE map [<!ENTITY x "y">]>\n<map ', 1)
    mod = make_mod(tmp_path / "mods", "dtd", {"maps/dtd.tmx": textwrap.dedent(text)})
    assert main(["--headless", "--ticks", "2", "--mod", str(mod), "--map", "dtd"]) == 2
    assert "dtd" in capsys.readouterr().err
