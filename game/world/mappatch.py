"""Map patches: objects a mod adds to, moves on or removes from a map it does not bring.

A patch entry ``map: clinic`` (see :mod:`game.dialogue.patches` and docs/modding.md,
"Patches") becomes a :class:`MapPatch`. It is applied to the map model
(:class:`~game.world.mapdata.WorldMap`) wherever a campaign's maps are read: in the
campaign's catalog, which lint and the dialogue use, and in the game's map library
(:class:`game.world.maps.MapLibrary`), which finds the patches of the run in its
:class:`~game.content.edited.EditedContent`. The map file itself is never changed:
the view draws its tiles as they are, and the people and things on it come from the
patched model.

Places are in tiles: a person (``npc``, ``spawn``, ``spot``) stands in the middle of
the tile, feet near its bottom edge, as on the shipped maps; a ``warp`` or ``inspect``
area has its top-left corner at the tile and ``w`` by ``h`` tiles (default 1).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from game.content.edited import edits_of
from game.content.resolver import Resolver
from game.diagnostics import Diagnostic, Sink, did_you_mean, known_list
from game.world.mapdata import ENTITY_KINDS, TILE_SIZE, MapObject, WorldMap

#: Where a person's feet stand in their tile (the shipped maps' spawns and NPCs).
FEET_X, FEET_Y = TILE_SIZE // 2, 12
#: Objects placed by their feet; the others are areas.
PERSON_KINDS = frozenset({"npc", "spawn", "spot"})
#: The properties the game reads from map objects (others are kept, with a warning).
KNOWN_PROPERTIES = frozenset({"campaign", "character", "condition", "dialogue", "facing",
                              "target_map", "target_spawn"})
#: Keys of an added object that are not properties.
PLACE_KEYS = ("type", "name", "x", "y", "w", "h")


@dataclass(frozen=True)
class Move:
    name: str
    x: float  # tiles
    y: float
    line: int
    col: int


@dataclass(frozen=True)
class Removal:
    name: str
    line: int
    col: int


@dataclass(frozen=True)
class MapPatch:
    """One ``map:`` entry of a mod's patch file, for one campaign."""

    map: str
    campaign: str
    mod: str
    path: str
    line: int
    col: int
    add: tuple[MapObject, ...] = ()
    move: tuple[Move, ...] = ()
    remove: tuple[Removal, ...] = ()

    def __hash__(self) -> int:  # objects hold their properties in dicts
        return hash((self.map, self.campaign, self.mod, self.path, self.line, self.col))

    @property
    def rel(self) -> str:
        """The map file the patch edits (pack-relative)."""
        return f"maps/{self.map}.tmx"

    def touches(self) -> list[tuple[str, str, int, int]]:
        """(operation, object name, line, col) of everything the patch does."""
        return ([("remove", r.name, r.line, r.col) for r in self.remove]
                + [("move", m.name, m.line, m.col) for m in self.move]
                + [("add", o.name, o.line, o.col) for o in self.add])


def place(kind: str, x: float, y: float, w: float = 1, h: float = 1) -> dict[str, float]:
    """Pixel geometry of an object of ``kind`` placed at tile ``x``, ``y``."""
    if kind in PERSON_KINDS:
        return {"x": x * TILE_SIZE + FEET_X, "y": y * TILE_SIZE + FEET_Y, "w": 0.0, "h": 0.0}
    return {"x": x * TILE_SIZE, "y": y * TILE_SIZE, "w": w * TILE_SIZE, "h": h * TILE_SIZE}


def apply(world: WorldMap, patches: Iterable[MapPatch],
          diagnostics: list[Diagnostic] | None = None) -> WorldMap:
    """A copy of ``world`` with ``patches`` applied in order (``world`` is not changed).

    A patch naming an object the map does not have (in the patch's campaign) is an
    error at the patch, and that operation is left out.
    """
    out = diagnostics if diagnostics is not None else []
    objects = list(world.objects)
    changed = False
    for patch in patches:
        sink = Sink(patch.path, out)

        def find(name: str, line: int, col: int, doing: str, patch: MapPatch = patch,
                 sink: Sink = sink) -> int | None:
            for index, obj in enumerate(objects):
                if obj.name == name and obj.in_campaign(patch.campaign):
                    return index
            names = sorted({o.name for o in objects if o.in_campaign(patch.campaign)})
            sink.error(line, col, f"map '{patch.map}' has no object '{name}' to {doing}"
                                  f"{did_you_mean(name, names)} (objects: {known_list(names)})")
            return None

        for removal in patch.remove:
            index = find(removal.name, removal.line, removal.col, "remove")
            if index is not None:
                del objects[index]
                changed = True
        for move in patch.move:
            index = find(move.name, move.line, move.col, "move")
            if index is not None:
                obj = objects[index]
                geometry = place(obj.kind, move.x, move.y, obj.w / TILE_SIZE or 1,
                                 obj.h / TILE_SIZE or 1)
                if obj.kind not in PERSON_KINDS:
                    geometry = {"x": geometry["x"], "y": geometry["y"]}
                objects[index] = dataclasses.replace(obj, **geometry, source=patch.path,
                                                     line=move.line, col=move.col)
                changed = True
        for obj in patch.add:
            twin = next((o for o in objects if o.name == obj.name and o.kind == obj.kind
                         and o.in_campaign(patch.campaign)), None)
            if twin is not None:
                sink.error(obj.line, obj.col, f"map '{patch.map}' already has a {obj.kind} "
                                              f"named '{obj.name}': move it, or choose "
                                              "another name")
                continue
            objects.append(obj)
            changed = True
    if not changed:
        return world
    patched = dataclasses.replace(world, objects=objects)
    if "solid" in vars(world):  # collision does not depend on objects: keep it
        vars(patched)["solid"] = vars(world)["solid"]
    return patched


def patched(world: WorldMap, content: Resolver) -> WorldMap:
    """``world`` with the patches that ``content`` (the run's packs) holds for it."""
    patches = [p for p in edits_of(content, f"maps/{world.name}.tmx")
               if isinstance(p, MapPatch)]
    return apply(world, patches) if patches else world


def by_map(patches: Iterable[MapPatch]) -> dict[str, list[Hashable]]:
    """Patches by the pack-relative path of the map they edit, in order."""
    out: dict[str, list[Hashable]] = {}
    for patch in patches:
        out.setdefault(patch.rel, []).append(patch)
    return out


def placement_problems(world: WorldMap, patches: Sequence[MapPatch],
                       diagnostics: list[Diagnostic]) -> None:
    """People a patch adds or moves must stand on the floor (an error for a spawn, a
    warning for an NPC or spot, as for a mod's own maps)."""
    touched = {(t[1], t[2], t[3]): p for p in patches for t in p.touches() if t[0] != "remove"}
    people = [o for o in world.objects if o.kind in PERSON_KINDS and o.source
              and (o.name, o.line, o.col) in touched]
    if not people:
        return
    from game.world.mapcheck import walkable_mask  # numpy: only for patched maps

    mask = walkable_mask(world.solid)
    for obj in people:
        px, py = obj.feet
        if 0 <= py < mask.shape[0] and 0 <= px < mask.shape[1] and mask[py, px]:
            continue
        sink = Sink(obj.source, diagnostics)
        report = sink.error if obj.kind == "spawn" else sink.warning
        report(obj.line, obj.col, f"{obj.kind} '{obj.name}' stands where nobody can stand on "
                                  f"map '{world.name}' (tile {px // TILE_SIZE},"
                                  f"{py // TILE_SIZE})")


def object_kinds() -> tuple[str, ...]:
    """The kinds of map object a patch can add."""
    return tuple(kind for kind in ENTITY_KINDS)
