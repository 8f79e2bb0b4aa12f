"""``warp``: move the player to a map (its entry spawn, or the one named)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from yaml.nodes import MappingNode, Node

from game.dialogue.steps.args import Arg, Schema, ref
from game.dialogue.steps.registry import StepKind, register
from game.dialogue.yamlsource import Reader

if TYPE_CHECKING:
    from game.dialogue.lint import Linter
    from game.dialogue.runner import Runner


@dataclass(slots=True)
class WarpStep:
    line: int
    col: int
    map: str
    spawn: str | None  # None: the map's entry spawn


@dataclass(frozen=True, slots=True)
class Warp:
    """``advance()`` once the map has changed."""

    map: str
    spawn: str | None  # None: the map's entry spawn


class Place(Arg):
    """``clinic`` or ``{map: clinic, spawn: lab}``: (map, spawn or None)."""

    KEYS = frozenset({"map", "spawn"})

    def read(self, r: Reader, node: Node, step: str) -> tuple[str, str | None] | None:
        if not isinstance(node, MappingNode):
            target = r.ident(node, "map name")
            return None if target is None else (target, None)
        entries = r.mapping(node, "a warp ({map: name, spawn: name})") or []
        r.unknown_keys(entries, self.KEYS, "a warp")
        where = {key: v for key, _, v in entries}
        if "map" not in where:
            r.error(node, "a warp needs 'map:'")
            return None
        target = r.ident(where["map"], "map name")
        spawn = r.ident(where["spawn"], "spawn name") if "spawn" in where else None
        return None if target is None else (target, spawn)

    def schema(self) -> Schema:
        place = {"type": "object", "properties": {"map": ref("id"), "spawn": ref("id")},
                 "required": ["map"], "additionalProperties": False}
        return {"anyOf": [ref("id"), place]}


def _run(runner: Runner, step: WarpStep) -> Warp:
    spawn = step.spawn
    catalog = runner.campaign.catalog
    if spawn is None and catalog is not None and step.map in catalog.maps:
        spawn = catalog.maps[step.map].entry
    return Warp(step.map, spawn)


def _lint(check: Linter, step: WarpStep) -> None:
    check.warp_to(step.map, step.spawn, step.line, step.col)


WARP = register(StepKind(
    "warp", WarpStep, Place(), "Move to a map.",
    build=lambda line, col, place: WarpStep(line, col, *place),
    run=_run, lint=_lint, event=Warp, hook="warp", waits=True, barrier=True,
    describe=lambda event: f"warp {event.map}:{event.spawn}",
))
