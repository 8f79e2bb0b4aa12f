"""What lint says about the maps of a campaign's packs (no numpy unless a mod brings maps).

Every NPC names a character sheet by id; and every map a mod adds or replaces gets
the checks the game's own maps get in the tests (:mod:`game.world.mapcheck`: people
on the floor, all floor reachable).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from game.content.safepath import Refused, safe_name
from game.diagnostics import Diagnostic, Sink
from game.world.mapdata import MapObject, WorldMap

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


def lint_maps(campaign: str, catalog: Catalog) -> list[Diagnostic]:
    """What lint adds about the maps of a campaign's packs: every NPC names a character
    sheet; and every map a mod adds or replaces gets the checks the shipped maps get in
    the tests (people on the floor, all floor reachable)."""
    diagnostics: list[Diagnostic] = []
    for world in catalog.maps.values():
        problems = character_problems(world, campaign, catalog.characters)
        problems += point_problems(world)
        if world.origin != BASE:
            from game.world.mapcheck import floor_problems  # numpy: only for mods' maps

            problems += floor_problems(world, campaign)
        sink = Sink(world.path, diagnostics)
        for problem in problems:
            report = sink.error if problem.severity == "error" else sink.warning
            report(*problem.place(world), problem.message)
    return diagnostics

