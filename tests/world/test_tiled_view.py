"""Drawing maps: pytmx reads the map the model confined, and loads only the images the
model resolved (game/world/tiled.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pygame
import pytest

from game.content.resolver import ContentError, Resolver
from game.engine.images import ImageCache
from game.world.mapdata import FLIP_H, MapError
from game.world.maps import MapLibrary, load_map
from game.world.tiled import tiled_map
from game.world.view import CharacterSprites, MapView
from tests.support.content import GAME, make_mod, outside_files, recording, room

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")


@pytest.fixture(autouse=True)
def _display():
    pygame.display.init()
    pygame.display.set_mode((1, 1))
    yield


def model_tile(world, gid: int) -> pygame.Surface:
    """What the map model says tile ``gid`` looks like: its rectangle of its image."""
    path, rect, flags = world.tile_source(gid)
    tile = pygame.image.load(str(path)).subsurface(pygame.Rect(rect))
    if flags.flipped_horizontally:
        tile = pygame.transform.flip(tile, True, False)
    return tile


def same(a: pygame.Surface, b: pygame.Surface) -> bool:
    return a.get_size() == b.get_size() and \
        pygame.image.tobytes(a, "RGBA") == pygame.image.tobytes(b, "RGBA")


@pytest.mark.parametrize("name", MapLibrary().names())
def test_every_tile_of_a_shipped_map_is_drawn_as_the_model_places_it(name):
    library = MapLibrary()
    world = library.get(name)
    tiled = tiled_map(world, ImageCache().load)
    checked = 0
    for layer, ours in zip(tiled.visible_tile_layers, world.layers, strict=True):
        theirs = tiled.layers[layer]
        for (x, y, image), row_y in ((cell, cell[1]) for cell in theirs.tiles()):
            gid = ours.gids[row_y][x]
            assert same(image, model_tile(world, gid)), (name, ours.name, x, y)
            checked += 1
    assert checked > 100


def test_a_flipped_tile_is_drawn_mirrored(tmp_path):
    text = room().replace("1,1,1,1,1,1", f"1,{1 | FLIP_H},1,1,1,1", 1)
    folder = make_mod(tmp_path / "mods", "mirror", {"maps/mirror.tmx": text})
    content = Resolver.with_mods([("mirror", folder)])
    world = load_map(folder / "maps" / "mirror.tmx", content)
    view = MapView(world, ImageCache(content), CharacterSprites(ImageCache(content)))
    drawn = view.below.subsurface((16, 0, 16, 16))
    assert same(drawn, model_tile(world, 1 | FLIP_H))
    assert not same(drawn, model_tile(world, 1))


def test_pytmx_never_opens_a_file_the_model_did_not_resolve(tmp_path, monkeypatch):
    mod = make_mod(tmp_path / "mods", "lunch", {"maps/lunch.tmx": room()})
    content = Resolver.with_mods([("lunch", mod)])
    world = MapLibrary(content).get("lunch")
    with recording(monkeypatch) as reads:
        MapView(world, ImageCache(content), CharacterSprites(ImageCache(content)))
    allowed = {Path(world.path).resolve(),
               *(Path(used.tileset.path).resolve() for used in world.tilesets),
               *(used.tileset.image.resolve() for used in world.tilesets)}
    assert set(reads.paths) <= allowed
    assert Path(world.path).resolve() in reads.paths


def test_a_map_changed_on_disk_after_it_was_read_cannot_make_pytmx_read_elsewhere(
        tmp_path, monkeypatch):
    outside = outside_files(tmp_path)
    path = tmp_path / "loose" / "room.tmx"
    path.parent.mkdir()
    path.write_text(room(str(GAME / "assets" / "tilesets" / "practice.tsx")), encoding="utf-8")
    (path.parent / "practice.tsx").write_text(
        (GAME / "assets" / "tilesets" / "practice.tsx").read_text(encoding="utf-8"),
        encoding="utf-8")
    path.write_text(room("practice.tsx"), encoding="utf-8")
    (path.parent / "practice.png").write_bytes(
        (GAME / "assets" / "tilesets" / "practice.png").read_bytes())
    world = load_map(path)
    # then, before it is drawn, the file gains an image layer pointing outside
    hostile = room("practice.tsx").replace(
        " <objectgroup", f' <imagelayer id="5" name="bg"><image source='
                         f'"{outside / "secret.png"}"/></imagelayer>\n <objectgroup', 1)
    path.write_text(hostile, encoding="utf-8")
    with recording(monkeypatch) as reads, pytest.raises(ContentError):
        tiled_map(world, ImageCache(Resolver.loose(path.parent)).load)
    assert reads.under(outside) == []


def test_an_image_layer_is_an_error_at_its_place(tmp_path):
    text = room().replace(" <objectgroup", ' <imagelayer id="5" name="bg"><image source='
                                           '"../assets/tilesets/practice.png"/></imagelayer>\n'
                                           ' <objectgroup', 1)
    path = tmp_path / "maps" / "bg.tmx"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    with pytest.raises(MapError) as raised:
        load_map(path)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "<imagelayer" in row)
    assert any(d.line == line and d.is_error for d in raised.value.diagnostics)


@pytest.mark.parametrize("size", [(129, 5), (6, 129)])
def test_a_map_over_the_size_cap_is_an_error_not_a_huge_picture(tmp_path, size):
    path = tmp_path / "maps" / "huge.tmx"
    path.parent.mkdir()
    text = room(width=size[0], height=size[1])
    path.write_text(text, encoding="utf-8")
    with pytest.raises(MapError) as raised:
        load_map(path)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith("<map"))
    assert [d.line for d in raised.value.diagnostics if d.is_error] == [line]
