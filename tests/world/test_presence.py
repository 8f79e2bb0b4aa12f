"""Who stands on a map follows the story: a map object's ``condition`` and ``campaign``
decide whether the director places it, checked through a real campaign and a mod map."""

from __future__ import annotations

import pygame
import pytest

from game.director import Director, StartOptions
from game.engine.input import Action, InputFrame
from game.gamestate import GameState
from game.services import Game
from game.world.maps import MapObject
from tests.support.tmx import point, rect, write_map

ROWS = ["#########", "#.......#", "#.......#", "#.......#", "#########"]
MOD_YAML = "id: presence\nname: Presence\nversion: '1'\npriority: 1\n"
#: The mod declares the variable its map's conditions read (a variable read and never set
#: is an error, and would skip the mod).
MANIFEST_YAML = "variables:\n  door_key: false\n"


def write_mod(mod) -> None:
    mod.mkdir(parents=True)
    (mod / "mod.yaml").write_text(MOD_YAML, encoding="utf-8")
    (mod / "dialogue" / "rejuvenation").mkdir(parents=True)
    (mod / "dialogue" / "rejuvenation" / "campaign.yaml").write_text(MANIFEST_YAML,
                                                                      encoding="utf-8")


@pytest.fixture
def director(tmp_path) -> Director:
    mod = tmp_path / "mods" / "presence"
    write_mod(mod)
    pygame.display.init()
    write_map(mod / "maps", "presence_room", ROWS, [
        point("spawn", "entry", 40, 40, facing="right"),
        point("npc", "always", 72, 40, character="max_chen"),
        point("npc", "after_key", 104, 40, character="max_chen", condition="door_key"),
        point("npc", "before_key", 72, 56, character="max_chen", condition="not door_key"),
        point("npc", "elsewhere", 104, 56, character="max_chen", campaign="tooth_rebirth"),
    ])
    game = Game(GameState(seed=3))
    return Director(game, seed=3, mods=(mod,))


def people(director: Director) -> set[str]:
    assert director.overworld is not None
    return {npc.name for npc in director.overworld.world.npcs}


def test_conditions_and_campaign_decide_who_is_placed(director):
    director.begin(StartOptions("rejuvenation", map="presence_room"))
    assert people(director) == {"always", "before_key"}

    director.game.state.story.set("door_key", True)
    director.overworld.refresh_people()
    assert people(director) == {"always", "after_key"}


def test_is_present_reads_the_story_state(director):
    director.begin(StartOptions("rejuvenation", map="presence_room"))
    gated = MapObject("npc", "gated", 0, 0, 0, 0, {"condition": "chapter >= 3"})
    director.game.state.story.set("chapter", 2)
    assert not director.is_present(gated)
    director.game.state.story.set("chapter", 3)
    assert director.is_present(gated)
    other = MapObject("npc", "other", 0, 0, 0, 0, {"campaign": "tooth_rebirth"})
    assert not director.is_present(other)


@pytest.mark.parametrize(("key", "moved"), [(False, False), (True, True)])
def test_a_warp_with_a_condition_leads_somewhere_only_while_it_holds(tmp_path, key, moved):
    mod = tmp_path / "mods" / "presence"
    write_mod(mod)
    write_map(mod / "maps", "door_room", ROWS, [
        point("spawn", "entry", 40, 40, facing="right"),
        rect("warp", "locked_door", 64, 24, 16, 32, target_map="practice",
             target_spawn="entry", condition="door_key"),
    ])
    pygame.display.init()
    game = Game(GameState(seed=3))
    director = Director(game, seed=3, mods=(mod,))
    director.begin(StartOptions("rejuvenation", map="door_room",
                                variables=(("door_key", key),)))
    for _ in range(90):  # walk right, over the door, then wait out any fade
        game.tick(InputFrame(Action.RIGHT, Action.RIGHT))
    for _ in range(60):
        game.tick(InputFrame())
    assert (director.overworld.world.world.name == "practice") is moved
