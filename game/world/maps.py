"""Maps by name for the game: the map files of the run's packs, read into the map model.

The model (:class:`WorldMap`, :class:`MapObject`...) lives in :mod:`game.world.mapdata`
and the reading in :mod:`game.world.tmx`; neither needs pygame or any image. Map
files, their tilesets and the tilesets' images are all found through the run's
:class:`~game.content.resolver.Resolver` (the base game and the mods kept for the
campaign), so a map opens nothing outside those packs.
"""

from __future__ import annotations

import threading
from pathlib import Path

from game.content.resolver import Found, Resolver
from game.diagnostics import Diagnostic
from game.world.mapdata import (
    COLLISION_LAYER,
    ENTITY_KINDS,
    MapError,
    MapObject,
    TileFlags,
    TileLayer,
    WorldMap,
)
from game.world.mappatch import patched
from game.world.tmx import TilesetCache, read_map

__all__ = ["COLLISION_LAYER", "ENTITY_KINDS", "MapError", "MapLibrary", "MapObject", "TileFlags",
           "TileLayer", "WorldMap", "load_map", "map_names"]


def map_names(content: Resolver | None = None) -> list[str]:
    """The names of the maps of these packs (default: the base game's)."""
    return sorted((content or Resolver.base_game()).listing("maps", ".tmx"))


def load_found(found: Found, content: Resolver, cache: TilesetCache | None = None) -> WorldMap:
    """Read one map; :class:`MapError` (located, ``path:line:col: ...``) on any problem."""
    diagnostics: list[Diagnostic] = []
    world = read_map(found, content, diagnostics, cache)
    if world is None or any(d.is_error for d in diagnostics):
        raise MapError(diagnostics or f"{found.path}: this map cannot be used")
    if world.entry not in world.spawns:
        raise MapError(f"{found.path}: the entry spawn {world.entry!r} is not on the map")
    return world


def load_map(path: Path, content: Resolver | None = None) -> WorldMap:
    """Read the map file ``path``, which must lie in one of the packs of ``content``.

    Without ``content``: the game's packs for a map inside the game's folder; otherwise
    the map's own folder is its only pack (its tilesets and images must lie in it).
    """
    path = Path(path)
    if content is None:
        content = Resolver.base_game()
        if content.base.root not in path.resolve().parents:
            content = Resolver.loose(path.parent)
            if not path.is_file():
                raise MapError(f"{path}: no such map file")
            return load_found(Found(content.base, path.name, content.base.root / path.name),
                              content)
    absolute = path.resolve()
    for pack in reversed(content.packs):
        try:
            rel = absolute.relative_to(pack.root).as_posix()
        except ValueError:
            continue
        found = content.find(rel)
        if found is None:
            raise MapError(f"{path}: no such map file")
        return load_found(found, content)
    raise MapError(f"{path}: not inside the game or its mods")


class MapLibrary:
    """Loads the run's maps by name once; ``reload`` drops them so the next use reads
    the disk again.

    ``sources`` lists the map files the game may use, name -> file: every pack's
    ``maps/*.tmx``, a later pack's map replacing an earlier one's of the same name.
    """

    def __init__(self, content: Resolver | None = None) -> None:
        self.content = content or Resolver.base_game()
        #: Links that lead out of a pack, found while listing (lint reports them too).
        self.refused: list[Diagnostic] = []
        self.sources: dict[str, Found] = self.content.listing("maps", ".tmx", self.refused)
        self._maps: dict[str, WorldMap] = {}
        self._tilesets = TilesetCache()
        #: The background loader (game.world.preload) reads maps too.
        self._lock = threading.RLock()

    def names(self) -> list[str]:
        return sorted(self.sources)

    def get(self, name: str) -> WorldMap:
        world = self._maps.get(name)
        if world is None:
            with self._lock:
                world = self._maps.get(name)
                if world is None:
                    found = self.sources.get(name)
                    if found is None:
                        known = ", ".join(self.names()) or "none"
                        raise MapError(f"unknown map {name!r} (maps: {known})")
                    world = load_found(found, self.content, self._tilesets)
                    world = patched(world, self.content)  # what the mods' patches change
                    self._maps[name] = world
        return world

    def reload(self) -> None:
        with self._lock:
            self._maps.clear()
            self._tilesets.clear()
            self.sources = self.content.listing("maps", ".tmx", self.refused)
