"""``python -m game preview FILE[:LINE]``: the node holding the line, in the campaign the
file belongs to (the game's or a mod's); located errors for what cannot be previewed;
and the file watched while the game runs: a change on disk reloads, keeping the place."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game import paths
from game.app import App
from game.cli import main
from game.commands.preview import PreviewError, locate, split_line
from game.dialogue import events as ev
from game.dialogue.scene import DialogueScene
from game.director import Director, StartOptions
from game.engine.input import InputFrame
from game.gamestate import GameState
from game.services import Game

CLINIC = paths.ROOT / "dialogue" / "rejuvenation" / "people_clinic.yaml"

MOD_NODES = """\
# a comment before the first node
preview_first:
  - max_chen: The first node's line.

preview_second:
  - max_chen: The second node's first line.
  - max_chen: The second node's last line.
"""


def line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def preview_mod(tmp_path: Path) -> Path:
    mod = tmp_path / "preview_mod"
    (mod / "dialogue" / "rejuvenation").mkdir(parents=True)
    (mod / "mod.yaml").write_text('id: preview_mod\nname: Preview\nversion: "1"\n')
    path = mod / "dialogue" / "rejuvenation" / "preview.yaml"
    path.write_text(MOD_NODES)
    return path


def test_a_line_of_a_game_file_opens_the_node_that_holds_it():
    line = line_of(CLINIC, "They're taking the racks")  # inside ch3_max_clinic
    target = locate(f"{CLINIC}:{line}")
    assert (target.campaign, target.node, target.mods) == ("rejuvenation", "ch3_max_clinic", ())
    assert locate(str(CLINIC)).node == "clinic_max"  # no line: the file's first node
    assert locate(f"{CLINIC}:{line_of(CLINIC, 'clinic_max:')}").node == "clinic_max"


def test_a_mod_file_opens_in_its_campaign_with_its_mod_loaded(tmp_path):
    path = preview_mod(tmp_path)
    target = locate(f"{path}:{line_of(path, 'last line')}")
    assert (target.campaign, target.node) == ("rejuvenation", "preview_second")
    assert target.mods == (path.parents[2].resolve(),)
    assert locate(f"{path}:{line_of(path, 'preview_second:') - 1}").node == "preview_first"


@pytest.mark.parametrize("name, expected", [
    ("missing.yaml:3", "no such file"),
    ("clinic:3", "line 3 is in no node"),
    ("clinic:99999", "outside the file"),
    ("manifest", "the campaign's manifest, not a dialogue file"),
    ("readme", "not a dialogue file"),
    ("level", "not a dialogue file"),
])
def test_what_cannot_be_previewed_gets_a_located_error(name, expected, capsys):
    given = {
        "clinic:3": f"{CLINIC}:3",
        "clinic:99999": f"{CLINIC}:99999",
        "manifest": str(paths.ROOT / "dialogue" / "rejuvenation" / "campaign.yaml"),
        "readme": str(paths.ROOT / "README.md"),
        "level": str(paths.ROOT / "levels" / "efficiency_first.yaml"),
    }.get(name, name)
    with pytest.raises(PreviewError) as caught:
        locate(given)
    assert expected in str(caught.value)
    assert str(caught.value).split(":")[0].endswith(split_line(given)[0].rsplit("/")[-1])
    assert main(["preview", given, "--headless", "--ticks", "2"]) == 1
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err


def test_a_skipped_mod_is_named_with_its_errors(tmp_path):
    path = preview_mod(tmp_path)
    path.write_text(MOD_NODES + "  - goto: nowhere_at_all\n")
    with pytest.raises(PreviewError) as caught:
        locate(str(path))
    text = str(caught.value)
    assert "mod 'preview_mod' is skipped" in text and "nowhere_at_all" in text


def test_the_command_opens_the_node_headless(tmp_path, capsys):
    path = preview_mod(tmp_path)
    shot = tmp_path / "shot.png"
    line = line_of(path, "last line")
    assert main(["preview", f"{path}:{line}", "--headless", "--ticks", "30",
                 "--screenshot", str(shot)]) == 0
    out = capsys.readouterr().out
    assert "node 'preview_second' of campaign 'rejuvenation'" in out and shot.is_file()


def test_a_change_of_the_file_on_disk_reloads_and_keeps_the_place(tmp_path):
    path = preview_mod(tmp_path)
    target = locate(f"{path}:{line_of(path, 'last line')}")
    pygame.display.init()
    pygame.display.set_mode((480, 270))
    game = Game(GameState(seed=4))
    director = Director(game, seed=4, mods=target.mods)
    director.begin(StartOptions(target.campaign, node=target.node))
    app = App(game)
    app.watch(target.path)
    app.run_frames([InputFrame()] * 40)
    dialogue = game.stack.top
    assert isinstance(dialogue, DialogueScene)
    assert dialogue.runner.current.text == "The second node's first line."  # type: ignore[union-attr]
    path.write_text(MOD_NODES.replace("The second node's first line.", "Rewritten in the editor."))
    app.run_frames([InputFrame()] * 40)  # a few polls later: reloaded, same place
    assert game.stack.top is dialogue
    current = dialogue.runner.current
    assert isinstance(current, ev.Line) and current.text == "Rewritten in the editor."
    assert director.campaign is not None
    assert director.campaign.nodes["preview_second"].origin == "preview_mod"
