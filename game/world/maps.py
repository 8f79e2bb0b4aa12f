"""Tiled maps loaded with pytmx into what the overworld needs.

Maps are parsed without loading any image: pytmx's default loader leaves a
``(filename, rect, flags)`` reference per tile, which the map view turns into
pixels later. So logic and tests load maps with no display.

Conventions (docs/art.md has the full list, for map makers):
- tile layers draw in file order; a layer with the bool property ``above`` draws
  over the characters;
- a tile blocks if its tileset gives it ``solid = true`` or collision rectangles;
  rectangles in an object layer named ``collision`` block too; so do map edges and
  cells where no layer below the characters has a tile;
- objects in other object layers are entities by ``type``: ``spawn``, ``npc``,
  ``warp``, ``inspect`` (see :class:`MapObject`).
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pytmx

from game.paths import MAPS

ENTITY_KINDS = ("spawn", "npc", "warp", "inspect")
COLLISION_LAYER = "collision"


class MapError(Exception):
    """A map that cannot be used; the message starts with the file's path."""


@dataclass(frozen=True)
class MapObject:
    kind: str
    name: str
    x: float
    y: float
    w: float
    h: float
    props: Mapping[str, Any] = field(default_factory=dict)

    def prop(self, key: str, default: Any = None) -> Any:
        return self.props.get(key, default)

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


@dataclass(frozen=True)
class TileLayer:
    name: str
    above: bool
    gids: tuple[tuple[int, ...], ...]  # rows of global tile ids, 0 = empty


@dataclass
class WorldMap:
    name: str
    path: Path
    title: str
    entry: str
    width: int  # tiles
    height: int
    tile_w: int
    tile_h: int
    layers: list[TileLayer]
    solid: np.ndarray  # bool, one per pixel, [y, x]
    objects: list[MapObject]
    tmx: pytmx.TiledMap = field(repr=False)

    @property
    def pixel_size(self) -> tuple[int, int]:
        return (self.width * self.tile_w, self.height * self.tile_h)

    def objects_of(self, kind: str) -> Iterator[MapObject]:
        return (obj for obj in self.objects if obj.kind == kind)

    @property
    def spawns(self) -> dict[str, MapObject]:
        return {obj.name: obj for obj in self.objects_of("spawn")}

    def spawn(self, name: str | None) -> MapObject:
        spawns = self.spawns
        key = name or self.entry
        if key not in spawns:
            known = ", ".join(sorted(spawns)) or "none"
            raise MapError(f"{self.path}: no spawn {key!r} (spawns: {known})")
        return spawns[key]

    def tile_image_ref(self, gid: int) -> Any:
        """pytmx's lazy image reference ``(filename, rect, flags)`` for a tile."""
        return self.tmx.images[gid]

    def tile_frames(self, gid: int) -> list[tuple[int, int]]:
        """Animation frames ``(gid, duration_ms)`` of an animated tile, else []."""
        props = self.tmx.get_tile_properties_by_gid(gid) or {}
        return [(frame.gid, frame.duration) for frame in props.get("frames") or []]


def map_names(root: Path = MAPS) -> list[str]:
    return sorted(p.stem for p in root.glob("*.tmx"))


def load_map(path: Path) -> WorldMap:
    """Parse a .tmx file; raises :class:`MapError` with the path on any problem."""
    if not path.is_file():
        raise MapError(f"{path}: no such map file")
    try:
        tmx = pytmx.TiledMap(str(path))
    except ElementTree.ParseError as exc:
        line, col = exc.position
        raise MapError(f"{path}:{line}:{col}: not valid XML: {exc}") from None
    except Exception as exc:  # pytmx raises many kinds; every one means "bad map file"
        raise MapError(f"{path}: cannot load map: {exc}") from None
    if (tmx.tilewidth, tmx.tileheight) != (16, 16):
        raise MapError(f"{path}: tiles must be 16x16, not {tmx.tilewidth}x{tmx.tileheight}")
    props = tmx.properties or {}
    layers = [_tile_layer(layer) for layer in tmx.layers if isinstance(layer, pytmx.TiledTileLayer)]
    objects = list(_entities(tmx))
    world = WorldMap(
        name=path.stem,
        path=path,
        title=str(props.get("title", path.stem.replace("_", " ").title())),
        entry=str(props.get("entry", "entry")),
        width=tmx.width,
        height=tmx.height,
        tile_w=tmx.tilewidth,
        tile_h=tmx.tileheight,
        layers=layers,
        solid=_solid_mask(tmx, layers),
        objects=objects,
        tmx=tmx,
    )
    if world.entry not in world.spawns:
        raise MapError(f"{path}: the entry spawn {world.entry!r} is not on the map")
    return world


def _tile_layer(layer: pytmx.TiledTileLayer) -> TileLayer:
    above = bool((layer.properties or {}).get("above", False))
    return TileLayer(layer.name, above, tuple(tuple(row) for row in layer.data))


def _object_kind(obj: pytmx.TiledObject) -> str:
    # Tiled 1.9 saved an object's class as "class"; other versions as "type".
    return str(obj.type or getattr(obj, "class", "") or "")


def _entities(tmx: pytmx.TiledMap) -> Iterator[MapObject]:
    for group in tmx.objectgroups:
        if group.name == COLLISION_LAYER:
            continue
        for obj in group:
            kind = _object_kind(obj)
            if kind not in ENTITY_KINDS:
                continue
            yield MapObject(
                kind=kind,
                name=str(obj.name or f"{kind}_{obj.id}"),
                x=float(obj.x),
                y=float(obj.y),
                w=float(obj.width or 0),
                h=float(obj.height or 0),
                props=dict(obj.properties or {}),
            )


def _solid_mask(tmx: pytmx.TiledMap, layers: list[TileLayer]) -> np.ndarray:
    tw, th = tmx.tilewidth, tmx.tileheight
    mask = np.zeros((tmx.height * th, tmx.width * tw), dtype=bool)
    floor = np.zeros((tmx.height, tmx.width), dtype=bool)
    tile_masks: dict[int, np.ndarray | None] = {}
    for layer in layers:
        if layer.above:
            continue
        for ty, row in enumerate(layer.gids):
            for tx, gid in enumerate(row):
                if not gid:
                    continue
                floor[ty, tx] = True
                if gid not in tile_masks:
                    tile_masks[gid] = _tile_mask(tmx, gid)
                tile = tile_masks[gid]
                if tile is not None:
                    mask[ty * th : (ty + 1) * th, tx * tw : (tx + 1) * tw] |= tile
    # where no layer has a tile there is nothing to stand on
    mask |= np.repeat(np.repeat(~floor, th, axis=0), tw, axis=1)
    for group in tmx.objectgroups:
        if group.name != COLLISION_LAYER:
            continue
        for obj in group:
            x0, y0 = max(0, int(obj.x)), max(0, int(obj.y))
            mask[y0 : int(obj.y + obj.height), x0 : int(obj.x + obj.width)] = True
    return mask


def _tile_mask(tmx: pytmx.TiledMap, gid: int) -> np.ndarray | None:
    props = tmx.get_tile_properties_by_gid(gid) or {}
    tw, th = tmx.tilewidth, tmx.tileheight
    if props.get("solid"):
        return np.ones((th, tw), dtype=bool)
    colliders = props.get("colliders")
    if not colliders:
        return None
    tile = np.zeros((th, tw), dtype=bool)
    for rect in colliders:
        x0, y0 = max(0, int(rect.x)), max(0, int(rect.y))
        tile[y0 : int(rect.y + rect.height), x0 : int(rect.x + rect.width)] = True
    return tile if tile.any() else None


class MapLibrary:
    """Loads maps by name once; ``reload`` drops them so the next use reads the disk.

    ``sources`` lists the map files the game may use, name -> path (the base game's
    maps with mods' maps laid over them, see :meth:`overlay`).
    """

    def __init__(self, root: Path = MAPS) -> None:
        self.sources: dict[str, Path] = {p.stem: p for p in sorted(root.glob("*.tmx"))}
        self._maps: dict[str, WorldMap] = {}

    def overlay(self, files: list[Path]) -> None:
        """Use these map files too; a file replaces the map of the same name."""
        for path in files:
            self.sources[path.stem] = path
        self._maps.clear()

    def names(self) -> list[str]:
        return sorted(self.sources)

    def get(self, name: str) -> WorldMap:
        world = self._maps.get(name)
        if world is None:
            if name not in self.sources:
                known = ", ".join(self.names()) or "none"
                raise MapError(f"unknown map {name!r} (maps: {known})")
            world = load_map(self.sources[name])
            self._maps[name] = world
        return world

    def reload(self) -> None:
        self._maps.clear()
