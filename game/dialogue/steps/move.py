"""``move``: a person on the current map walks to a spawn or spot; the dialogue waits.

    - move: {who: max, to: stage_left}                 # walks there (path-finding)
    - move: {who: max, to: stage_left, instant: true}  # is placed there at once

``who`` is the name of an ``npc`` object of the map the player is on, ``to`` the
name of a ``spawn`` or ``spot`` object of that map. The game does the walking
(the director's ``move`` hook); nodes are not tied to one map, so lint checks the
names against every map of the campaign.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from yaml.nodes import Node

from game.diagnostics import did_you_mean
from game.dialogue.steps.args import Arg, Schema, ref
from game.dialogue.steps.registry import StepKind, register
from game.dialogue.yamlsource import Reader

if TYPE_CHECKING:
    from game.dialogue.lint import Linter

#: Map objects a person can be moved to.
TARGET_KINDS = ("spawn", "spot")


@dataclass(slots=True)
class MoveStep:
    line: int
    col: int
    who: str
    to: str
    instant: bool


@dataclass(frozen=True, slots=True)
class Move:
    """``advance()`` once the person stands there."""

    who: str
    to: str
    instant: bool


class Movement(Arg):
    """``{who: npc, to: spot, instant: false}``: (who, to, instant)."""

    KEYS = frozenset({"who", "to", "instant"})

    def read(self, r: Reader, node: Node, step: str) -> tuple[str, str, bool] | None:
        entries = r.mapping(node, "a move ({who: npc name, to: spot or spawn name})")
        if entries is None:
            return None
        r.unknown_keys(entries, self.KEYS, "a move")
        where = {key: value for key, _, value in entries}
        missing = [key for key in ("who", "to") if key not in where]
        if missing:
            r.error(node, f"a move needs {' and '.join(repr(k + ':') for k in missing)}")
            return None
        who = r.ident(where["who"], "npc name")
        to = r.ident(where["to"], "spot or spawn name")
        instant = r.boolean(where["instant"], "instant") if "instant" in where else False
        if who is None or to is None or instant is None:
            return None
        return who, to, instant

    def schema(self) -> Schema:
        return {"type": "object", "properties": {
            "who": ref("id", description="An npc object of the current map."),
            "to": ref("id", description="A spawn or spot object of the current map."),
            "instant": {"type": "boolean",
                        "description": "Place them at once instead of walking."}},
            "required": ["who", "to"], "additionalProperties": False}


def _lint(check: Linter, step: MoveStep) -> None:
    """Unknown names are warnings: the node may run on a map lint cannot tell."""
    maps = check.campaign_maps()
    if not maps:
        return
    people = {obj.name for info in maps for obj in info.objects
              if obj.kind == "npc" and obj.in_campaign(check.campaign.id)}
    homes = [info for info in maps
             if any(o.kind == "npc" and o.name == step.who and o.in_campaign(check.campaign.id)
                    for o in info.objects)]
    if step.who not in people:
        check.warning(step.line, step.col, f"move: no map has an npc named '{step.who}'"
                                           f"{did_you_mean(step.who, people)}")
        homes = maps
    targets = {obj.name for info in homes for obj in info.objects if obj.kind in TARGET_KINDS}
    if step.to not in targets:
        where = "the maps" if step.who not in people else f"a map with '{step.who}' on it"
        check.warning(step.line, step.col, f"move: {where} has no spawn or spot named "
                                           f"'{step.to}'{did_you_mean(step.to, targets)}")


MOVE = register(StepKind(
    "move", MoveStep, Movement(), "A person on this map walks to a spawn or spot.",
    build=lambda line, col, arg: MoveStep(line, col, *arg),
    run=lambda runner, step: Move(step.who, step.to, step.instant), lint=_lint,
    event=Move, hook="move", waits=True,
    describe=lambda event: f"move {event.who} -> {event.to}"
                           + (" (instant)" if event.instant else ""),
))
