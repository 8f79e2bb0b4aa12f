"""The story so far: variables, evidence, what was read, where the player has been.

``StoryState`` is plain data. The dialogue runner changes it; the overworld
reads it to decide which map objects are present (see
``game.dialogue.check_condition``); saves store ``to_data()``.

- ``variables``: name -> bool, int, float or text. Flags are bool variables.
  A variable never set reads as 0 (false) unless the campaign declares a
  starting value.
- ``evidence``: the items the player holds, in the order gained, no repeats.
- ``seen``: ids of lines the player has read, in reading order.
- ``visited``: node id -> times entered, in order of first visit.
- ``once``: keys of ``once`` choices and blocks already used.
- ``programs``: level id -> the text of the program the player won that level with
  (a later ``minigame: {level: ..., program: <level id>}`` offers it again).
- ``variations``: how many times each text variation (``{a|b|c}`` in a line) was read,
  by ``<line id>#<n>`` (see :mod:`game.dialogue.textvars`).
- ``text_seed``: the seed of the text's shuffles (``{~a|b}``), drawn from the run's
  generator the first time a shuffle is shown; None until then.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Value = bool | int | float | str

VERSION = 1


@dataclass
class StoryState:
    variables: dict[str, Value] = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)
    seen_lines: dict[str, None] = field(default_factory=dict)
    visited: dict[str, int] = field(default_factory=dict)
    once: dict[str, None] = field(default_factory=dict)
    programs: dict[str, str] = field(default_factory=dict)
    variations: dict[str, int] = field(default_factory=dict)
    text_seed: int | None = None

    # --- variables -----------------------------------------------------------------------
    def get(self, name: str, default: Value = 0) -> Value:
        return self.variables.get(name, default)

    def set(self, name: str, value: Value) -> None:
        self.variables[name] = value

    def add(self, name: str, amount: int | float, start: Value = 0) -> None:
        """Add to a number variable (one never set starts from ``start``)."""
        current = self.variables.get(name, start)
        if isinstance(current, bool) or not isinstance(current, int | float):
            current = 0
        self.variables[name] = current + amount

    # --- evidence ------------------------------------------------------------------------
    def has(self, item: str) -> bool:
        return item in self.evidence

    def give(self, item: str) -> bool:
        """Add an item; False if the player already held it."""
        if item in self.evidence:
            return False
        self.evidence.append(item)
        return True

    def take(self, item: str) -> bool:
        """Remove an item; False if the player did not hold it."""
        if item not in self.evidence:
            return False
        self.evidence.remove(item)
        return True

    # --- reading and visiting ------------------------------------------------------------
    def mark_seen(self, line_id: str) -> None:
        self.seen_lines.setdefault(line_id, None)

    def seen_line(self, line_id: str) -> bool:
        return line_id in self.seen_lines

    def seen(self, line_or_node: str) -> bool:
        """The condition function ``seen(id)``: a line read or a node entered."""
        return line_or_node in self.seen_lines or line_or_node in self.visited

    def visit(self, node: str) -> None:
        self.visited[node] = self.visited.get(node, 0) + 1

    def has_visited(self, node: str) -> bool:
        return node in self.visited

    def use_once(self, key: str) -> bool:
        """Mark a ``once`` choice or block as used; False if it already was."""
        if key in self.once:
            return False
        self.once[key] = None
        return True

    # --- text variations -----------------------------------------------------------------
    def times_read(self, key: str) -> int:
        """How many times the variation with this key was read."""
        return self.variations.get(key, 0)

    def read_variation(self, key: str) -> None:
        self.variations[key] = self.variations.get(key, 0) + 1

    # --- copies and saves ----------------------------------------------------------------
    def copy(self) -> StoryState:
        return StoryState(dict(self.variables), list(self.evidence), dict(self.seen_lines),
                          dict(self.visited), dict(self.once), dict(self.programs),
                          dict(self.variations), self.text_seed)

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "version": VERSION,
            "variables": dict(self.variables),
            "evidence": list(self.evidence),
            "seen": list(self.seen_lines),
            "visited": dict(self.visited),
            "once": list(self.once),
        }
        if self.programs:  # (left out when empty: the data of older runs stays the same)
            data["programs"] = dict(self.programs)
        if self.variations:  # (the same)
            data["variations"] = dict(self.variations)
        if self.text_seed is not None:
            data["text_seed"] = self.text_seed
        return data

    @classmethod
    def from_data(cls, data: Any) -> StoryState:
        """Read ``to_data()`` output (of this or an older version); ValueError if malformed."""
        if not isinstance(data, dict):
            raise ValueError("story state: expected a mapping")
        data = _upgrade(dict(data))
        state = cls()
        for name, value in _mapping(data, "variables").items():
            if not isinstance(value, bool | int | float | str):
                raise ValueError(f"story state: variable {name!r} has a {type(value).__name__}")
            state.variables[str(name)] = value
        for item in _strings(data, "evidence"):
            state.give(item)
        state.seen_lines = dict.fromkeys(_strings(data, "seen"))
        for node, count in _mapping(data, "visited").items():
            if isinstance(count, bool) or not isinstance(count, int) or count < 0:
                raise ValueError(f"story state: visit count of {node!r} is not a count")
            state.visited[str(node)] = count
        state.once = dict.fromkeys(_strings(data, "once"))
        for level, text in _mapping(data, "programs").items():
            if not isinstance(text, str):
                raise ValueError(f"story state: the program of {level!r} is not a text")
            state.programs[str(level)] = text
        for key, count in _mapping(data, "variations").items():
            if isinstance(count, bool) or not isinstance(count, int) or count < 0:
                raise ValueError(f"story state: the count of variation {key!r} is not a count")
            state.variations[str(key)] = count
        seed = data.get("text_seed")
        if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)
                                 or not 0 <= seed < 2**64):
            raise ValueError("story state: text_seed is not a whole number (0 to 2**64)")
        state.text_seed = seed
        return state


#: Upgrades of saved data, by the version they upgrade *from*.
_UPGRADES: dict[int, Any] = {}


def _upgrade(data: dict[str, Any]) -> dict[str, Any]:
    version = data.get("version", VERSION)
    if not isinstance(version, int) or version > VERSION or version < 1:
        raise ValueError(f"story state: unknown version {version!r}")
    while version < VERSION:
        data = _UPGRADES[version](data)
        version += 1
    return data


def _mapping(data: dict[str, Any], key: str) -> dict[Any, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ValueError(f"story state: {key} should be a mapping")
    return value


def _strings(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"story state: {key} should be a list of texts")
    return value
