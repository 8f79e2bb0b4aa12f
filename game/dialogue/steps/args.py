"""The value of a step keyword: how it is read from YAML, and its JSON Schema.

An argument type reads the value node of ``- <keyword>: <value>`` with the file's
:class:`~game.dialogue.yamlsource.Reader` (which reports problems at their line
and column) and describes the same shape for editors, so the parser and the
schema cannot drift apart. ``read`` returns None when the value is unusable:
the problem is reported and the step left out.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass
from typing import Any

from yaml.nodes import Node, ScalarNode

from game.dialogue.conditions import CONSTANTS, FUNCTIONS, Value
from game.dialogue.yamlsource import ID_RE, Reader, describe, position

Schema = dict[str, Any]
#: JSON Schema pattern of an id (node, map, evidence...).
ID = "^[A-Za-z0-9_][A-Za-z0-9_-]*$"
#: Names a story variable cannot have (conditions could not read them).
RESERVED_NAMES = frozenset(CONSTANTS) | frozenset(FUNCTIONS) | frozenset(keyword.kwlist)


def ref(name: str, **extra: Any) -> Schema:
    """A reference to a definition of the dialogue schema (``id``, ``ids``, ``block``...)."""
    return {"$ref": f"#/definitions/{name}", **extra}


class Arg:
    """An argument type; subclasses read one shape of value."""

    def read(self, r: Reader, node: Node, step: str) -> Any:
        """The value, or None (after reporting why) when the step cannot be built."""
        raise NotImplementedError

    def schema(self) -> Schema:
        raise NotImplementedError


class Ident(Arg):
    """An id (letters, digits, ``_`` and ``-``): a node, map, level, cue..."""

    def __init__(self, what: str) -> None:
        self.what = what  # for messages: "expected <what>, found a list"

    def read(self, r: Reader, node: Node, step: str) -> str | None:
        return r.ident(node, self.what)

    def schema(self) -> Schema:
        return ref("id")


class Text(Arg):
    """Any text, as written."""

    def __init__(self, what: str) -> None:
        self.what = what

    def read(self, r: Reader, node: Node, step: str) -> str | None:
        return r.text(node, self.what)

    def schema(self) -> Schema:
        return {"type": "string"}


class Nothing(Arg):
    """No value: ``- end`` (``end:`` and ``end: true`` are accepted too)."""

    def read(self, r: Reader, node: Node, step: str) -> bool:
        if not (isinstance(node, ScalarNode) and node.value in ("", "true")):
            r.error(node, f"'{step}' takes no value: write '- {step}'")
        return True

    def schema(self) -> Schema:
        return {"type": ["null", "boolean"]}


@dataclass(slots=True)
class ItemRef:
    """An id in a list, with where it was written."""

    item: str
    line: int
    col: int


class Ids(Arg):
    """One id or a list of ids; a bad id is reported and left out."""

    def __init__(self, what: str) -> None:
        self.what = what

    def read(self, r: Reader, node: Node, step: str) -> tuple[ItemRef, ...]:
        return tuple(ItemRef(item, *position(n)) for item, n in r.ident_list(node, self.what))

    def schema(self) -> Schema:
        return ref("ids")


@dataclass(slots=True)
class Assignment:
    name: str
    value: Value
    line: int
    col: int


class Assignments(Arg):
    """``{name: value, ...}`` of story variables (only numbers when ``numbers``)."""

    def __init__(self, numbers: bool) -> None:
        self.numbers = numbers

    def read(self, r: Reader, node: Node, step: str) -> tuple[Assignment, ...]:
        entries = r.mapping(node, f"a mapping of variable names to values ({step}: "
                                  "{name: value})")
        out = []
        for name, key_node, value_node in entries or ():
            if not ID_RE.match(name) or name.startswith("__") or name in RESERVED_NAMES:
                r.error(key_node, f"'{name}' cannot be a variable name")
                continue
            value = r.value(value_node, f"a value for '{name}'")
            if value is None:
                continue
            if self.numbers and (isinstance(value, bool) or not isinstance(value, int | float)):
                r.error(value_node, f"'{step}' needs a number for '{name}', found "
                                    f"{describe(value_node)}")
                continue
            out.append(Assignment(name, value, *position(key_node)))
        return tuple(out)

    def schema(self) -> Schema:
        value = {"type": "number"} if self.numbers else {"type": ["string", "number", "boolean"]}
        return {"type": "object", "propertyNames": {"pattern": ID}, "additionalProperties": value}
