"""Colours readable for colour-blind players; bots drawn into a shared pixel array."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pygame
import pytest

from game.nanobots import colors as C
from game.nanobots.overlay import Overlay
from game.nanobots.render import SwarmView, pack, tissue_patterns
from game.nanobots.sim import Simulation
from game.nanobots.tissues import Tissue
from tests.support.nanobots import full_program, small_grid

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("vision", C.VISIONS)
def test_tissue_colours_stay_apart_for_every_vision(vision):
    distance, a, b = C.min_distance({t: c[0] for t, c in C.TISSUE_COLORS.items()}, vision)
    assert distance >= 18.0, (vision, a, b, distance)


def test_every_tissue_has_its_own_pattern():
    tiles = tissue_patterns(4)
    seen = {tile.tobytes() for tissue, tile in tiles.items() if tissue != Tissue.ENAMEL}
    assert len(seen) == len(tiles) - 1
    assert not tiles[Tissue.ENAMEL].any()  # the plain one


def test_ramps_rise_in_lightness():
    for ramp in (C.HEAT_RAMP, C.DENSITY_RAMP):
        values = [C.lightness(c) for c in ramp]
        assert values == sorted(values)


def test_colours_come_from_the_game_palette():
    path = ROOT / "tools" / "art" / "palette.py"
    if not path.exists():
        pytest.skip("no game palette yet")
    spec = importlib.util.spec_from_file_location("palette_under_test", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    palette = dict(module.COLOURS)
    for name, value in C.PALETTE.items():
        assert palette.get(name, "").lower() == value.lower(), name


def test_bots_land_in_the_shared_pixels():
    pygame.display.init()
    grid = small_grid()
    sim = Simulation(grid, full_program(), 200, 4)
    sim.run(10)
    view = SwarmView(grid.width, grid.height, 4)
    surface = view.render(sim)
    assert surface.get_size() == (grid.width * 4, grid.height * 4)
    i = 17
    px, py = int(sim.x[i] * 4), int(sim.y[i] * 4)
    colour = tuple(surface.get_at((px, py)))[:3]
    assert colour in (C.BOT_ONE, C.BOT_MANY)
    view.frame[0, 0] = np.uint32(pack((1, 2, 3)))  # the surface shares the array's memory
    assert tuple(surface.get_at((0, 0)))[:3] == (1, 2, 3)
    for overlay in Overlay:
        view.overlay = overlay
        view.render(sim)
