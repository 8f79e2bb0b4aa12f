"""A tooth cross-section as a grid of tissue cells, parsed from an ASCII layout.

Cells are stored row-major in flat tuples (index = ``y * width + x``); a bot at
position ``(x, y)`` (in cells, floats) is in cell ``(floor(x), floor(y))``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from game.nanobots.tissues import DEFAULT_LEGEND, LegendEntry, Tissue


class LayoutError(ValueError):
    """A layout that cannot be parsed; ``row`` and ``column`` are 0-based within the layout."""

    def __init__(self, message: str, row: int = 0, column: int = 0) -> None:
        super().__init__(message)
        self.row = row
        self.column = column


@dataclass(frozen=True)
class TissueGrid:
    width: int
    height: int
    tissue: tuple[int, ...]  # Tissue values per cell
    expression: tuple[float, ...]  # marker expression per cell (0..1)
    spawn: tuple[int, ...]  # cell indices where bots are injected, ascending

    @property
    def size(self) -> int:
        return self.width * self.height

    def at(self, x: int, y: int) -> Tissue:
        return Tissue(self.tissue[y * self.width + x])

    def count(self, tissue: Tissue) -> int:
        return sum(1 for t in self.tissue if t == tissue)

    def rows(self) -> list[str]:
        """The layout back as text rows, one character per tissue (for debugging)."""
        chars: dict[int, str] = {}
        for char, entry in DEFAULT_LEGEND.items():
            if not entry.spawn:
                chars.setdefault(int(entry.tissue), char)
        w = self.width
        return [
            "".join(chars[t] for t in self.tissue[y * w : (y + 1) * w]) for y in range(self.height)
        ]


def parse_layout(text: str, legend: Mapping[str, LegendEntry] | None = None) -> TissueGrid:
    """Parse rows of legend characters into a grid.

    Leading/trailing blank lines are ignored; every row must be as wide as the
    first. Raises :class:`LayoutError` naming the row and column of a problem.
    """
    table = dict(DEFAULT_LEGEND)
    if legend:
        table.update(legend)
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    rows = [line.rstrip() for line in lines]
    if not rows:
        raise LayoutError("the layout is empty")
    width = len(rows[0])
    tissue: list[int] = []
    expression: list[float] = []
    spawn: list[int] = []
    for y, row in enumerate(rows):
        if len(row) != width:
            raise LayoutError(
                f"layout row {y + 1} is {len(row)} cells wide, expected {width} like the first",
                y,
                min(len(row), width),
            )
        for x, char in enumerate(row):
            entry = table.get(char)
            if entry is None:
                known = "".join(sorted(table))
                raise LayoutError(f"unknown layout character {char!r} (legend: {known})", y, x)
            if entry.spawn:
                spawn.append(y * width + x)
            tissue.append(int(entry.tissue))
            expression.append(float(entry.expression))
    if width < 2 or len(rows) < 2:
        raise LayoutError("a layout needs at least 2 rows of at least 2 cells")
    if not spawn:
        raise LayoutError("the layout has no spawn cells (mark where bots enter with '*')")
    return TissueGrid(width, len(rows), tuple(tissue), tuple(expression), tuple(spawn))
