"""A tooth cross-section as a grid of tissue cells, parsed from an ASCII layout.

Cells are stored row-major in flat tuples (index = ``y * width + x``); a bot at
position ``(x, y)`` (in cells, floats) is in cell ``(floor(x), floor(y))``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from game.nanobots.tissues import DEFAULT_LEGEND, LegendEntry, Tissue

#: The widest and tallest layout, and the most cells one may have. The story levels
#: are 64 x 44 (2,816 cells); the debugger draws every cell 4 pixels wide. The cell cap
#: is four story levels (128 x 88): a re-plan of the flow fields (every 24 steps while
#: cavities fill) grows with the cells, and ``benchmarks/bench_nanobots.py`` measures it
#: at this size (``nanobots.replan_ms.11264``); docs/modding.md says why.
MAX_SIDE = 512
MAX_CELLS = 11_264


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
    first, and the layout at most :data:`MAX_SIDE` cells wide and tall and
    :data:`MAX_CELLS` cells in all. Raises :class:`LayoutError` naming the row and
    column of a problem.
    """
    table = dict(DEFAULT_LEGEND)
    if legend:
        table.update(legend)
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    rows = [line.rstrip() for line in lines[filled[0] : filled[-1] + 1]] if filled else []
    if not rows:
        raise LayoutError("the layout is empty")
    width = len(rows[0])
    _check_size(rows, width)
    for y, row in enumerate(rows):  # the first problem in reading order
        if len(row) != width:
            raise LayoutError(
                f"layout row {y + 1} is {len(row)} cells wide, expected {width} like the first",
                y,
                min(len(row), width),
            )
        if not table.keys() >= set(row):
            x = next(x for x, char in enumerate(row) if char not in table)
            known = "".join(sorted(table))
            raise LayoutError(f"unknown layout character {row[x]!r} (legend: {known})", y, x)
    cells = "".join(rows)
    tissue = {char: int(entry.tissue) for char, entry in table.items()}
    expression = {char: float(entry.expression) for char, entry in table.items()}
    spawns = {char for char, entry in table.items() if entry.spawn}
    spawn = tuple(i for i, char in enumerate(cells) if char in spawns)
    if width < 2 or len(rows) < 2:
        raise LayoutError("a layout needs at least 2 rows of at least 2 cells")
    if not spawn:
        raise LayoutError("the layout has no spawn cells (mark where bots enter with '*')")
    return TissueGrid(width, len(rows), tuple(map(tissue.__getitem__, cells)),
                      tuple(map(expression.__getitem__, cells)), spawn)


def _check_size(rows: list[str], width: int) -> None:
    """Refuse a layout too large to simulate and draw, before reading a cell of it."""
    if width > MAX_SIDE:
        raise LayoutError(f"layout row 1 is {width} cells wide; a layout may be at most "
                          f"{MAX_SIDE} cells wide", 0, MAX_SIDE)
    if len(rows) > MAX_SIDE:
        raise LayoutError(f"the layout has {len(rows)} rows; a layout may have at most "
                          f"{MAX_SIDE}", MAX_SIDE, 0)
    if width * len(rows) > MAX_CELLS:
        row = MAX_CELLS // width  # the first row past the limit
        raise LayoutError(f"the layout is {width} x {len(rows)} = {width * len(rows)} cells; a "
                          f"layout may have at most {MAX_CELLS} cells", row, 0)
