"""What content exists besides dialogue: maps (with spawns and objects), levels,
portraits, icons and character sheets, in the packs of one campaign.

Lint checks dialogue against it. Maps are read by the game's own reader
(:mod:`game.world.tmx`) into the one map model, tilesets and their images
included, through the campaign's :class:`~game.content.resolver.Resolver`; so
lint sees exactly what the game will open, and refuses what it would refuse.

A mod's ``maps/``, ``levels/`` and ``assets/...`` overlay the base game's: same
name, the mod's file wins. A mod's files replace the game's by path too: a mod
that brings ``assets/tilesets/clinic.tsx`` changes the game's maps that use it,
so those are read again with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.content.resolver import BASE, Found, Pack, Refused, Resolver
from game.content.safepath import list_files
from game.diagnostics import Diagnostic
from game.world.mapdata import MapObject, WorldMap
from game.world.tmx import TilesetCache, read_map

#: The map model under the name lint has always used for it.
MapInfo = WorldMap

#: Folders listed into the catalog's tables: table name -> (folder, suffix).
TABLES = {
    "levels": ("levels", ".yaml"),
    "portraits": ("assets/portraits", ".png"),
    "icons": ("assets/icons", ".png"),
    "characters": ("assets/sprites/characters", ".png"),
}

#: The folders of a pack whose files the game finds by path (see docs/modding.md).
SERVED = ("assets", "maps", "levels")

__all__ = ["SERVED", "TABLES", "Catalog", "MapInfo", "MapObject"]


@dataclass
class Catalog:
    maps: dict[str, WorldMap] = field(default_factory=dict)
    levels: dict[str, str] = field(default_factory=dict)  # level id -> path
    portraits: dict[str, str] = field(default_factory=dict)  # portrait id -> path
    icons: dict[str, str] = field(default_factory=dict)  # evidence icon id -> path
    characters: dict[str, str] = field(default_factory=dict)  # character sheet id -> path
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: The packs all of it comes from (the base game, then the mods kept, in load order).
    content: Resolver = field(default_factory=Resolver.base_game)
    _tilesets: TilesetCache = field(default_factory=TilesetCache, repr=False)
    #: The mods' patches applied to this campaign, in load order
    #: (:class:`game.dialogue.patches.Applied`; its maps are patched already).
    patched: list[Any] = field(default_factory=list)

    @classmethod
    def scan(cls, content: Resolver) -> Catalog:
        """The content of these packs (the base game first, then mods in load order)."""
        catalog = cls(content=content)
        for pack in content.packs:
            catalog._add(pack)
        return catalog

    def overlay(self, packs: Sequence[Pack]) -> Catalog:
        """A copy with more packs laid over this one."""
        catalog = Catalog(dict(self.maps), dict(self.levels), dict(self.portraits),
                          dict(self.icons), dict(self.characters), list(self.diagnostics),
                          Resolver([*self.content.packs, *packs]), self._tilesets)
        for pack in packs:
            catalog._add(pack)
        return catalog

    def _add(self, pack: Pack) -> None:
        if pack.id != BASE:
            # any link in a mod's content folders that leads outside is an error, even
            # where nothing names it yet (a font, a sound, a UI image...)
            for folder in SERVED:
                list_files(pack.root, folder, "", self.diagnostics, recursive=True)
        for table, (folder, suffix) in TABLES.items():
            found = Resolver([pack]).listing(folder, suffix, self.diagnostics)
            getattr(self, table).update({stem: str(f.path) for stem, f in found.items()})
        new_maps = Resolver([pack]).listing("maps", ".tmx", self.diagnostics)
        for name, info in list(self.maps.items()):
            # a map of an earlier pack whose tilesets or images this pack replaces
            if name not in new_maps and _replaces(pack, info.files):
                self._read(name, Found(self.content.pack(info.origin) or pack,
                                       _rel(info), _path(info)))
        for name, found in new_maps.items():
            self._read(name, found)

    def _read(self, name: str, found: Found) -> None:
        world = read_map(found, self.content, self.diagnostics, self._tilesets)
        if world is None:
            self.maps.pop(name, None)  # a map that cannot be read is not there
        else:
            self.maps[name] = world


def _replaces(pack: Pack, files: Sequence[str]) -> bool:
    for rel in files:
        try:
            if pack.lookup(rel) is not None:
                return True
        except Refused:
            return True  # read again: the map's reading reports the link
    return False


def _rel(info: WorldMap) -> str:
    return f"maps/{info.name}.tmx"


def _path(info: WorldMap) -> Path:
    return Path(info.path)
