"""The view's reading of a map: pytmx, given only what the map model has confined.

The map model (:mod:`game.world.tmx`) has already found the map, its tilesets and
their images through the run's packs and checked them. pytmx would follow any
tileset ``source=`` and image ``source=`` on its own, relative to a file name, so
it never gets one: :func:`tiled_map` hands it the map's XML with every external
tileset written inline (the very ``.tsx`` the model found) and every image source
replaced by the file the model resolved, and its image loader loads only those
files, through the game's image cache. pytmx does the rest: global ids, flips,
animations, layer properties.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pygame
import pytmx
from pytmx.util_pygame import handle_transformation

from game.content.resolver import Refused
from game.diagnostics import Diagnostic, Sink
from game.world.mapdata import MapError, Tileset, WorldMap
from game.world.tmx import parse_file

LoadImage = Callable[[Path], pygame.Surface]


def tiled_map(world: WorldMap, load_image: LoadImage) -> pytmx.TiledMap:
    """pytmx's map of ``world``, its tile images loaded by ``load_image``.

    Raises :class:`MapError` naming the file when the map or a tileset changed on
    disk since the model read it, or pytmx cannot use it.
    """
    allowed: dict[str, Path] = {}
    root = _inline(world, allowed)
    tiled = pytmx.TiledMap(image_loader=_loader(world, allowed, load_image))
    tiled.filename = world.path  # images are never looked up next to it: see _inline
    try:
        tiled.parse_xml(root)
    except (MapError, Refused):
        raise
    except Exception as exc:  # pytmx raises bare Exception, KeyError, ValueError...
        raise MapError(f"{world.path}: the map cannot be drawn: {exc}") from None
    return tiled


def _inline(world: WorldMap, allowed: dict[str, Path]) -> ElementTree.Element:
    """The map's XML, self-contained: tilesets inline, image sources resolved."""
    root = _read(Path(world.path))
    by_firstgid = {used.firstgid: used.tileset for used in world.tilesets}
    for index, element in enumerate(list(root)):
        if element.tag != "tileset":
            continue
        tileset = by_firstgid.get(int(element.get("firstgid", "0")))
        if tileset is None:
            raise MapError(f"{world.path}: tileset {element.get('source')!r} changed since "
                           "the map was read")
        if element.get("source") is not None:
            inline = _read(Path(tileset.path))
            inline.set("firstgid", element.get("firstgid", ""))
            root[index] = element = inline
        _resolve_images(element, tileset, allowed)
    return root


def _read(path: Path) -> ElementTree.Element:
    problems: list[Diagnostic] = []
    root = parse_file(path, Sink(path, problems), positions=False)
    if root is None:
        raise MapError(problems)
    assert isinstance(root, ElementTree.Element)
    return copy.copy(root)


def _resolve_images(element: ElementTree.Element, tileset: Tileset,
                    allowed: dict[str, Path]) -> None:
    """Point each ``<image source>`` of a tileset at the file the model resolved."""
    sheet = element.find("image")
    if sheet is not None:
        _point(sheet, tileset.image, tileset, allowed)
        return
    for tile in element.findall("tile"):
        image = tile.find("image")
        if image is not None:
            known = tileset.tiles.get(int(tile.get("id", "-1")))
            _point(image, known.image if known else None, tileset, allowed)


def _point(image: ElementTree.Element, path: Path | None, tileset: Tileset,
           allowed: dict[str, Path]) -> None:
    if path is None:
        raise MapError(f"{tileset.path}: image {image.get('source')!r} changed since the "
                       "map was read")
    key = str(path)
    allowed[key] = path
    image.set("source", key)


def _loader(world: WorldMap, allowed: dict[str, Path], load_image: LoadImage) -> Any:
    """pytmx's image loader: ``loader(filename, colorkey, **kwargs)`` returns a
    function of ``(rect, flags)`` that gives the tile's surface."""

    def load(filename: str, colorkey: str | None = None, **_: Any) -> Any:
        path = allowed.get(filename)
        if path is None:  # nothing the model resolved: never read
            raise Refused(f"{world.path}: the map asks for {filename!r}, which is not one of "
                          "its tilesets' images")
        image = load_image(path)
        if colorkey:
            image = image.copy()
            image.set_colorkey(pygame.Color(f"#{colorkey.lstrip('#')}"))

        def extract(rect: tuple[int, int, int, int] | None = None,
                    flags: pytmx.TileFlags | None = None) -> pygame.Surface:
            if rect is None:
                return image
            if not image.get_rect().contains(pygame.Rect(rect)):
                raise MapError(f"{path}: tile {tuple(rect)} lies outside the image "
                               f"({image.get_width()}x{image.get_height()})")
            tile = image.subsurface(pygame.Rect(rect))
            if flags is not None and (flags.flipped_horizontally or flags.flipped_vertically
                                      or flags.flipped_diagonally):
                tile = handle_transformation(tile, flags)  # Tiled's order: diagonal first
            return tile

        return extract

    return load

