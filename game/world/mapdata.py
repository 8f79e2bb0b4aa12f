"""The one map model: what a Tiled map holds, as plain data (no pygame, no images).

:mod:`game.world.tmx` reads ``.tmx`` and ``.tsx`` files into it; the overworld
logic, lint (through the content catalog), the map checks and the map view all
use the same objects.

Conventions (docs/art.md has the full list, for map makers):
- tile layers draw in file order; a layer with the bool property ``above`` draws
  over the characters;
- a tile blocks if its tileset gives it ``solid = true`` or collision rectangles;
  rectangles in an object layer named ``collision`` block too; so do map edges and
  cells where no layer below the characters has a tile;
- objects in other object layers are entities by ``type`` (or Tiled 1.9's
  ``class``): ``spawn``, ``npc``, ``warp``, ``inspect``, ``spot`` (a named point the
  story moves people to, see the ``move`` step), ``split`` (a rectangle whose ``split``
  property names the speedrun split it makes when the player first enters it) (see
  :class:`MapObject`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from game.content.resolver import ContentError

if TYPE_CHECKING:  # numpy is imported only when collision is first needed (lint never is)
    import numpy as np

ENTITY_KINDS = ("spawn", "npc", "warp", "inspect", "spot", "split")
#: The kind of a split trigger (docs/speedrun.md: Splits on the map).
SPLIT_KIND = "split"
COLLISION_LAYER = "collision"
DEFAULT_ENTRY = "entry"
TILE_SIZE = 16

#: Tiled's flip bits in a global tile id (the rest is the id).
FLIP_H, FLIP_V, FLIP_D, ROTATE_HEX = 0x80000000, 0x40000000, 0x20000000, 0x10000000
GID_MASK = 0x0FFFFFFF


class MapError(ContentError):
    """A map that cannot be used; the message starts with the file's path (and place)."""


def flag(value: object) -> bool:
    """A property read as a boolean the way Tiled writes one (``true``/``false``, 1/0)."""
    text = str(value).strip().lower()
    return bool(text) and text[0] in "1yt"


@dataclass(frozen=True, slots=True)
class MapObject:
    """An object of an object layer: a spawn, npc, warp, inspect object or anything else.

    ``props`` holds its custom properties as written (text); ``line`` and ``col`` place
    the object in its file and ``prop_lines`` each property.
    """

    kind: str
    name: str
    x: float = 0.0
    y: float = 0.0
    w: float = 0.0
    h: float = 0.0
    props: Mapping[str, Any] = field(default_factory=dict)
    object_id: str = ""
    line: int = 1
    col: int = 1
    prop_lines: Mapping[str, int] = field(default_factory=dict)
    #: The file that placed the object when it is not the map's own: a mod's patch
    #: (game.world.mappatch); ``line`` and ``col`` are then in that file.
    source: str = ""

    def prop(self, key: str, default: Any = None) -> Any:
        return self.props.get(key, default)

    def prop_line(self, key: str) -> int:
        return self.prop_lines.get(key, self.line)

    def in_campaign(self, campaign: str | None) -> bool:
        """Whether the object exists in this campaign (one without a ``campaign``
        property belongs to every campaign)."""
        owner = self.prop("campaign")
        return not owner or owner == campaign

    @property
    def feet(self) -> tuple[int, int]:
        """Where a character placed by this object stands (point, or rect bottom-centre)."""
        if self.w == 0 and self.h == 0:
            return (int(self.x), int(self.y))
        return (int(self.x + self.w / 2), int(self.y + self.h) - 1)

    @property
    def rect(self) -> tuple[int, int, int, int]:
        return (int(self.x), int(self.y), max(1, int(self.w)), max(1, int(self.h)))


@dataclass(frozen=True, eq=False)
class TileLayer:
    """A tile layer: its cells are read from the file's text when first used."""

    name: str
    above: bool
    read_rows: Callable[[], tuple[tuple[int, ...], ...]] = field(repr=False)
    #: The distinct global ids it uses (with flip bits; 0 = empty).
    ids: frozenset[int] = frozenset()
    line: int = 1

    @functools.cached_property
    def gids(self) -> tuple[tuple[int, ...], ...]:
        """Rows of global tile ids (with Tiled's flip bits), 0 = empty."""
        return self.read_rows()


class Tile(NamedTuple):
    """What a tileset says about one of its tiles."""

    props: Mapping[str, str]
    colliders: tuple[tuple[float, float, float, float], ...] = ()  # x, y, w, h
    animation: tuple[tuple[int, int], ...] = ()  # (tile id in the tileset, duration ms)
    image: Path | None = None  # image-collection tilesets: the tile's own image
    image_size: tuple[int, int] = (0, 0)


@dataclass(frozen=True, eq=False)
class Tileset:
    """A tileset as read from its ``.tsx`` (or from the map, when embedded).

    ``path``, ``line`` and ``col`` place it (the ``.tsx``, not the map using it);
    ``image`` is the resolved sheet (None for image-collection tilesets). The reader
    checks every tile when it reads the file; for sheet tilesets it builds ``tiles``
    only when something first asks for them (lint of the game's own maps never does).
    """

    name: str
    path: str
    line: int
    col: int
    tile_w: int
    tile_h: int
    tilecount: int
    columns: int
    margin: int
    spacing: int
    image: Path | None
    image_size: tuple[int, int]
    image_line: int
    read_tiles: Callable[[], Mapping[int, Tile]] = field(repr=False)
    #: Pack-relative paths of the images it uses (what a mod could replace).
    refs: tuple[str, ...] = ()

    @functools.cached_property
    def tiles(self) -> Mapping[int, Tile]:
        """What the tileset says about its tiles, by tile id (tiles it says nothing of
        are not there)."""
        return self.read_tiles()

    def rect(self, tile_id: int) -> tuple[int, int, int, int]:
        """Where tile ``tile_id`` lies in the sheet (or in its own image)."""
        tile = self.tiles.get(tile_id)
        if tile is not None and tile.image is not None:
            return (0, 0, *tile.image_size)
        columns = max(1, self.columns)
        col, row = tile_id % columns, tile_id // columns
        return (self.margin + col * (self.tile_w + self.spacing),
                self.margin + row * (self.tile_h + self.spacing), self.tile_w, self.tile_h)


@dataclass(frozen=True, slots=True)
class MapTileset:
    """A tileset as one map uses it: from ``firstgid`` on."""

    firstgid: int
    tileset: Tileset
    rel: str  # the pack-relative path it was found at ("" when embedded in the map)


@dataclass(frozen=True, slots=True)
class TileFlags:
    flipped_horizontally: bool
    flipped_vertically: bool
    flipped_diagonally: bool


NO_FLAGS = TileFlags(False, False, False)


@dataclass(eq=False)
class WorldMap:
    """A map: tile layers, tilesets, objects, and (computed on first use) its collision."""

    name: str
    path: str  # the .tmx file
    title: str
    entry: str
    entry_line: int
    width: int  # tiles
    height: int
    tile_w: int
    tile_h: int
    layers: list[TileLayer]
    tilesets: list[MapTileset]
    objects: list[MapObject]
    collision: list[MapObject]  # rectangles of the ``collision`` object layers
    origin: str = "base"  # the pack the map comes from
    #: Pack-relative paths of the tilesets and images the map uses.
    files: tuple[str, ...] = ()

    @property
    def pixel_size(self) -> tuple[int, int]:
        return (self.width * self.tile_w, self.height * self.tile_h)

    def objects_of(self, kind: str) -> Iterator[MapObject]:
        return (obj for obj in self.objects if obj.kind == kind)

    @functools.cached_property
    def spawns(self) -> dict[str, MapObject]:
        """Spawn points by name (the first of a name counts)."""
        spawns: dict[str, MapObject] = {}
        for obj in self.objects_of("spawn"):
            spawns.setdefault(obj.name, obj)
        return spawns

    def point(self, name: str) -> MapObject | None:
        """A spawn or spot by name (where the story can move a person), or None."""
        spawn = self.spawns.get(name)
        if spawn is not None:
            return spawn
        return next((obj for obj in self.objects_of("spot") if obj.name == name), None)

    def spawn(self, name: str | None) -> MapObject:
        spawns = self.spawns
        key = name or self.entry
        if key not in spawns:
            known = ", ".join(sorted(spawns)) or "none"
            raise MapError(f"{self.path}: no spawn {key!r} (spawns: {known})")
        return spawns[key]

    # --- tiles -----------------------------------------------------------------------------
    def tileset_of(self, gid: int) -> tuple[MapTileset, int] | None:
        """The tileset holding global id ``gid`` (flip bits ignored) and the local id."""
        plain = gid & GID_MASK
        found = None
        for used in self.tilesets:
            if used.firstgid <= plain:
                found = used
            else:
                break
        if found is None or plain - found.firstgid >= found.tileset.tilecount:
            return None
        return found, plain - found.firstgid

    def tile(self, gid: int) -> Tile | None:
        hit = self.tileset_of(gid)
        return hit[0].tileset.tiles.get(hit[1]) if hit else None

    def tile_source(self, gid: int) -> tuple[Path, tuple[int, int, int, int], TileFlags] | None:
        """The image file, the rectangle in it and the flips of a tile, or None."""
        hit = self.tileset_of(gid)
        if hit is None:
            return None
        used, local = hit
        tile = used.tileset.tiles.get(local)
        image = tile.image if tile is not None and tile.image is not None else used.tileset.image
        if image is None:
            return None
        flags = NO_FLAGS if gid <= GID_MASK else TileFlags(
            bool(gid & FLIP_H), bool(gid & FLIP_V), bool(gid & FLIP_D))
        return image, used.tileset.rect(local), flags

    def tile_frames(self, gid: int) -> list[tuple[int, int]]:
        """Animation frames ``(gid, duration_ms)`` of an animated tile, else []."""
        hit = self.tileset_of(gid)
        if hit is None:
            return []
        used, local = hit
        tile = used.tileset.tiles.get(local)
        if tile is None:
            return []
        return [(used.firstgid + frame, duration) for frame, duration in tile.animation]

    # --- collision -------------------------------------------------------------------------
    @functools.cached_property
    def solid(self) -> np.ndarray:
        """One bool per pixel, ``[y, x]``: where a character's feet may not be."""
        import numpy as np

        tw, th = self.tile_w, self.tile_h
        height, width = self.height, self.width
        floor = np.zeros((height, width), dtype=bool)
        full = np.zeros((height, width), dtype=bool)
        mask = np.zeros((height * th, width * tw), dtype=bool)
        tile_masks: dict[int, np.ndarray | None] = {}
        for layer in self.layers:
            if layer.above or len(layer.gids) != height:
                continue
            plain = np.array(layer.gids, dtype=np.int64) & GID_MASK
            floor |= plain != 0
            for gid in np.unique(plain):
                gid = int(gid)
                if not gid:
                    continue
                if gid not in tile_masks:
                    tile_masks[gid] = self._tile_mask(gid)
                tile = tile_masks[gid]
                if tile is None:
                    continue
                cells = plain == gid
                if tile.all():
                    full |= cells
                    continue
                for ty, tx in zip(*np.nonzero(cells), strict=True):
                    mask[ty * th : (ty + 1) * th, tx * tw : (tx + 1) * tw] |= tile
        # where no layer has a tile there is nothing to stand on
        blocked = full | ~floor
        mask |= np.repeat(np.repeat(blocked, th, axis=0), tw, axis=1)
        for obj in self.collision:
            x0, y0 = max(0, int(obj.x)), max(0, int(obj.y))
            mask[y0 : int(obj.y + obj.h), x0 : int(obj.x + obj.w)] = True
        return mask

    def _tile_mask(self, gid: int) -> np.ndarray | None:
        import numpy as np

        tile = self.tile(gid)
        tw, th = self.tile_w, self.tile_h
        if tile is None:
            return None
        if flag(tile.props.get("solid", "")):
            return np.ones((th, tw), dtype=bool)
        if not tile.colliders:
            return None
        out = np.zeros((th, tw), dtype=bool)
        for x, y, w, h in tile.colliders:
            out[max(0, int(y)) : int(y + h), max(0, int(x)) : int(x + w)] = True
        return out if out.any() else None
