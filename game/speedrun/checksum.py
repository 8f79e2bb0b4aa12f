"""What a replay's checksums cover: the state of a run, in named parts.

A checksum is one short hash for each part, so a verifier that disagrees can say
what differed: ``run`` (seed, campaign, player, chapter, ticks, placements),
``story`` (variables, evidence, lines read), ``rng`` (the run's generator), ``world``
(the map, the player, the people and the map's generator), ``scenes`` (the scene
stack, the dialogue's position and a minigame's simulation) and ``input`` (every
input so far). Objects are read by their attributes, so this module draws nothing.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from game.engine.input import InputFrame

PARTS = ("run", "story", "rng", "world", "scenes", "input")
#: Hex digits kept of each part's SHA-256 in a checkpoint.
PART_DIGITS = 8


def _hash(data: Any) -> str:
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), default=repr)
    return hashlib.sha256(text.encode()).hexdigest()


class InputChain:
    """A running hash of every input frame, so any change to one shows."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256(b"enamel2045-input")

    def add(self, frame: InputFrame) -> None:
        self._digest.update(repr(frame.to_data()).encode())

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


def parts(game: Any, inputs: InputChain | None = None) -> dict[str, str]:
    """Full SHA-256 of each part of the running game's state."""
    state = game.state
    data = state.to_data()
    story = data.pop("story")
    rng = data.pop("rng")
    out = {"run": _hash(data), "story": _hash(story), "rng": _hash(rng),
           "world": _hash(_world(game)), "scenes": _hash(_scenes(game)),
           "input": inputs.hexdigest() if inputs is not None else ""}
    return out


def checksum(game: Any, inputs: InputChain | None = None) -> str:
    """The short checksum written every second: the parts' hashes, cut short, joined."""
    found = parts(game, inputs)
    return ".".join(found[name][:PART_DIGITS] for name in PARTS)


def final_hash(game: Any, inputs: InputChain | None = None) -> str:
    """One SHA-256 of every part: the state a run ends in."""
    found = parts(game, inputs)
    return hashlib.sha256(".".join(found[name] for name in PARTS).encode()).hexdigest()


def differing(expected: str, got: str) -> list[str]:
    """The parts two checksums disagree on."""
    a, b = expected.split("."), got.split(".")
    if len(a) != len(PARTS) or len(b) != len(PARTS):
        return ["the checksum itself (it is not one this game writes)"]
    return [name for name, x, y in zip(PARTS, a, b, strict=True) if x != y]


def _world(game: Any) -> Any:
    for scene in reversed(list(game.stack.scenes)):
        world = getattr(scene, "world", None)
        player = getattr(world, "player", None)
        if player is None:
            continue
        rng = getattr(world, "rng", None)
        return {
            "map": getattr(getattr(world, "world", None), "name", None),
            "player": [player.x, player.y, player.facing.name, player.character],
            "npcs": [[n.name, n.x, n.y, n.facing.name] for n in getattr(world, "npcs", [])],
            "rng": list(rng.getstate()[1]) if hasattr(rng, "getstate") else None,
        }
    return None


def _scenes(game: Any) -> Any:
    out = []
    for scene in game.stack.scenes:
        item: dict[str, Any] = {"scene": type(scene).__name__}
        runner = getattr(scene, "runner", None)
        if runner is not None and hasattr(runner, "snapshot"):
            item["dialogue"] = runner.snapshot()
        session = getattr(scene, "session", None)
        sim = getattr(session, "sim", None)
        if sim is not None and hasattr(sim, "state_hash"):
            item["simulation"] = sim.state_hash()
            item["mode"] = str(getattr(session, "mode", ""))
        out.append(item)
    return out
