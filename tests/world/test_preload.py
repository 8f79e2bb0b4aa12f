"""The background map loader: maps read and drawn before the player gets there, the
same maps the loop would read itself, and errors left for the player to see."""

from __future__ import annotations

import os

import pygame
import pytest

from game.content.resolver import Resolver
from game.engine.images import ImageCache
from game.gamestate import GameState
from game.services import Game
from game.world import view
from game.world.maps import MapError, MapLibrary
from game.world.preload import MapPreloader
from game.world.view import CharacterSprites, MapView
from tests.support.content import make_mod, room

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")


@pytest.fixture(autouse=True)
def _display():
    pygame.display.init()
    pygame.display.set_mode((1, 1))


def test_every_map_is_read_and_drawn_and_the_loop_then_draws_nothing(monkeypatch):
    library, images = MapLibrary(), ImageCache()
    loader = MapPreloader(library, images, first=["clinic"]).start()
    loader.join(timeout=60)
    assert loader.done[0] == "clinic"
    assert sorted(loader.done) == library.names()
    drawn: list[object] = []
    monkeypatch.setattr(view, "_Layers", lambda *args: drawn.append(args))
    for name in library.names():
        world = library.get(name)
        assert "solid" in vars(world)  # the collision mask is ready too
        MapView(world, images, CharacterSprites(images))
    assert drawn == []


def test_a_broken_map_is_left_for_the_loop_to_report(tmp_path):
    broken = room().replace('width="6"', 'width="x"', 1)
    mod = make_mod(tmp_path / "mods", "broken", {"maps/broken.tmx": broken,
                                                  "maps/fine.tmx": room()})
    library = MapLibrary(Resolver.with_mods([("broken", mod)]))
    loader = MapPreloader(library, ImageCache(library.content)).start()
    loader.join(timeout=60)
    assert "fine" in loader.done and "broken" not in loader.done
    with pytest.raises(MapError):
        library.get("broken")


def test_only_the_real_time_loop_loads_in_the_background(tmp_path):
    mod = make_mod(tmp_path / "mods", "extra", {"maps/extra.tmx": room()})
    game = Game(GameState(seed=3))
    assert game.preloader is None  # headless runs and tests read maps when entered
    game.preload_maps(first=["street"])
    first = game.preloader
    assert first is not None and first.library is game.maps
    game.use_content(Resolver.with_mods([("extra", mod)]))  # a campaign starts
    first.join(timeout=60)
    assert game.preloader is not first and game.preloader.library is game.maps
    game.preloader.join(timeout=60)
    assert "extra" in game.preloader.done
