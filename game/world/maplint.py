"""What lint says about the maps of a campaign's packs (no numpy unless a mod brings maps).

Every NPC names a character sheet by id; every split trigger is a rectangle that
names its split; and every map a mod adds or replaces gets the checks the game's own
maps get in the tests (:mod:`game.world.mapcheck`: people on the floor, all floor
reachable). :func:`trigger_splits` gives the splits the maps make, which a speedrun
category may name.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from game.content.safepath import Refused, safe_name
from game.diagnostics import Diagnostic, Sink
from game.world.mapdata import SPLIT_KIND, MapObject, WorldMap
from game.world.overworld import trigger_split

if TYPE_CHECKING:
    from game.dialogue.catalog import Catalog

BASE = "base"


class Problem(NamedTuple):
    obj: MapObject | None  # what it is about (None: the map)
    severity: str  # "error" or "warning"
    message: str
    prop: str | None = None  # the property at fault, if one is

    def place(self, world: WorldMap) -> tuple[int, int]:
        if self.obj is None:
            return world.entry_line, 1
        if self.prop is not None:
            return self.obj.prop_line(self.prop), 1
        return self.obj.line, self.obj.col


def character_problems(world: WorldMap, campaign: str | None,
                       characters: Iterable[str]) -> list[Problem]:
    """NPCs (of ``campaign``, or all) whose ``character`` is not an id, or names no sheet."""
    known = set(characters)
    problems: list[Problem] = []
    for npc in world.objects_of("npc"):
        if campaign is not None and not npc.in_campaign(campaign):
            continue
        character = npc.prop("character")
        if not character:
            problems.append(Problem(npc, "warning", f"npc {npc.name!r} has no 'character' "
                                                    "property (it is drawn as a stand-in)"))
            continue
        try:
            safe_name(character, "character")
        except Refused as exc:
            problems.append(Problem(npc, "error", f"npc {npc.name!r}: {exc}", "character"))
            continue
        if character not in known:
            problems.append(Problem(npc, "warning", f"npc {npc.name!r}: no character sheet "
                                                    f"'{character}' (assets/sprites/characters/"
                                                    f"{character}.png); it is drawn as a "
                                                    "stand-in", "character"))
    return problems


def point_problems(world: WorldMap) -> list[Problem]:
    """Spots (and spawns) that share a name: the story can move people only to the first
    (spawns first, then spots in file order)."""
    problems: list[Problem] = []
    seen: set[str] = set(world.spawns)
    for spot in world.objects_of("spot"):
        if spot.name in seen:
            problems.append(Problem(spot, "warning", f"spot {spot.name!r}: another spawn or "
                                                     "spot has this name; 'move' uses the first"))
        seen.add(spot.name)
    return problems


def trigger_problems(world: WorldMap) -> list[Problem]:
    """Split triggers that cannot split: no ``split`` property, or not a rectangle."""
    problems: list[Problem] = []
    for obj in world.objects_of(SPLIT_KIND):
        if not trigger_split(obj):
            problems.append(Problem(obj, "error", f"split trigger {obj.name!r} has no 'split' "
                                                  "property naming the split it makes"))
        if obj.w <= 0 or obj.h <= 0:
            problems.append(Problem(obj, "error", f"split trigger {obj.name!r} is not a "
                                                  "rectangle (draw it with the rectangle tool; "
                                                  "the player's feet enter it)"))
    return problems


def trigger_splits(maps: Iterable[WorldMap], campaign: str | None) -> set[str]:
    """The splits the maps' triggers (of ``campaign``, or all) make."""
    return {name for world in maps for obj in world.objects_of(SPLIT_KIND)
            if (campaign is None or obj.in_campaign(campaign))
            and obj.w > 0 and obj.h > 0 and (name := trigger_split(obj))}


def lint_maps(campaign: str, catalog: Catalog) -> list[Diagnostic]:
    """What lint adds about the maps of a campaign's packs: every NPC names a character
    sheet; and every map a mod adds or replaces gets the checks the shipped maps get in
    the tests (people on the floor, all floor reachable)."""
    diagnostics: list[Diagnostic] = []
    for world in catalog.maps.values():
        problems = character_problems(world, campaign, catalog.characters)
        problems += point_problems(world)
        problems += trigger_problems(world)
        if world.origin != BASE:
            from game.world.mapcheck import floor_problems  # numpy: only for mods' maps

            problems += floor_problems(world, campaign)
        sink = Sink(world.path, diagnostics)
        for problem in problems:
            report = sink.error if problem.severity == "error" else sink.warning
            report(*problem.place(world), problem.message)
    return diagnostics

