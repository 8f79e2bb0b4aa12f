"""Reading the nodes of a level file, in the level files' words.

Level files are read like every other YAML file, by
:mod:`game.content.yamlread` (size, UTF-8, nesting, tags, merge keys, syntax
errors and numbers are checked there); :class:`Report` is its
:class:`~game.content.yamlread.Reader` with the messages level files use
(``goal.repaired must be a number, not text 'lots'``), collecting
:class:`Diagnostic` records that print as ``path:line:col: error: message``.
"""

from __future__ import annotations

from yaml.nodes import Node

from game.content.yamlread import Reader, describe, number_text
from game.diagnostics import Diagnostic, Sink

__all__ = ["Diagnostic", "Report"]

Where = Node | tuple[int, int] | None


class Report(Reader):
    """Reads the nodes of one level file and collects its diagnostics."""

    __slots__ = ()

    def __init__(self, path: str) -> None:
        super().__init__(Sink(path))

    @property
    def items(self) -> list[Diagnostic]:
        return self.sink.diagnostics

    @property
    def failed(self) -> bool:
        return any(d.is_error for d in self.sink.diagnostics)

    # --- reporting -----------------------------------------------------------------------
    def error(self, where: Where, message: str) -> None:  # type: ignore[override]
        """At a node, at a 0-based (line, column) pair, or (None) at the top of the file."""
        self.sink.error(*position(where), message)

    def warning(self, where: Where, message: str) -> None:  # type: ignore[override]
        self.sink.warning(*position(where), message)

    def _say_wrong(self, node: Node, what: str, wanted: str) -> str:
        return f"{what} must be {wanted}, not {describe(node)}"

    def _say_range(self, what: str, value: float, lo: float | None, hi: float | None) -> str:
        return (f"{what} must be between {number_text(lo)} and {number_text(hi)}, "
                f"not {number_text(value)}")

    def _say_duplicate(self, key: str, first: Node, what: str) -> str:
        return f"{what}: key {key!r} appears twice (first on line {first.start_mark.line + 1})"

    # --- structure -----------------------------------------------------------------------
    def fields(self, node: Node, what: str) -> dict[str, tuple[Node, Node]]:
        """Keys of a mapping to (key node, value node); {} after reporting a non-mapping."""
        return {key: (key_node, value) for key, key_node, value in self.mapping(node, what) or ()}

    def items_of(self, node: Node, what: str) -> list[Node]:
        """The items of a list; [] after reporting a non-list."""
        return list(self.sequence(node, what) or ())


def position(where: Where) -> tuple[int, int]:
    """1-based (line, column) of a node, or of a 0-based (line, column) pair."""
    if where is None:
        return 1, 1
    if isinstance(where, tuple):
        return where[0] + 1, where[1] + 1
    mark = where.start_mark
    return mark.line + 1, mark.column + 1

