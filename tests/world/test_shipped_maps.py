"""The maps the game ships: they load without a display, their doors lead somewhere,
people stand on the floor, all floor is reachable, and each one renders."""

from __future__ import annotations

import pygame
import pytest

from game.cli import main
from game.world.mapcheck import check_map
from game.world.maps import MapLibrary, map_names

CAMPAIGNS = ("rejuvenation", "tooth_rebirth")
LIBRARY = MapLibrary()
NAMES = map_names()


def test_the_game_ships_its_maps():
    assert {"clinic", "conference_hall", "practice", "street", "sam_flat",
            "synthedent_suite", "new_clinic"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_map_is_playable(name):
    spawns = {other: list(LIBRARY.get(other).spawns) for other in NAMES}
    assert check_map(LIBRARY.get(name), spawns, CAMPAIGNS) == []


@pytest.mark.parametrize("name", NAMES)
def test_every_npc_names_a_character_sheet_and_a_campaign(name):
    from game.paths import ASSETS

    for npc in LIBRARY.get(name).objects_of("npc"):
        assert npc.prop("campaign") in CAMPAIGNS, npc.name
        sheet = ASSETS / "sprites" / "characters" / f"{npc.prop('character')}.png"
        assert sheet.is_file(), f"{name}: {npc.name} uses missing sheet {sheet.name}"


@pytest.mark.parametrize("name", NAMES)
def test_headless_run_of_each_map_draws_a_real_picture(name, tmp_path):
    shot = tmp_path / f"{name}.png"
    assert main(["--headless", "--ticks", "30", "--map", name, "--screenshot", str(shot)]) == 0
    image = pygame.image.load(str(shot))
    assert image.get_size() == (960, 540)
    colours = {tuple(image.get_at((x, y)))[:3] for x in range(0, 960, 7) for y in range(0, 540, 7)}
    assert len(colours) > 24, "the frame is (nearly) blank"
