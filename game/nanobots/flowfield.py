"""Distance fields over the tissue grid and the directions that follow them.

Distances use the 5/7 chamfer metric over eight neighbours: an orthogonal step
costs 5, a diagonal one 7, times the (integer) cost of the cell entered, so
every distance is an exact integer.

Each field has two implementations that give bit-identical results:

* the plain-Python reference, :func:`distances` (Dijkstra with a heap),
  :func:`slope` and :func:`signed_distance`, cell by cell; the plain-Python
  simulation (:mod:`game.nanobots.reference`) plans with these;
* the numpy one the game plans with, :func:`distance_array`,
  :func:`slope_arrays` and :func:`signed_distance_array` (see
  :func:`distance_array` for why its integer relaxation reaches exactly
  Dijkstra's distances). The slope does the same floating-point operations
  per cell in the same order, element-wise.

``tests/nanobots/test_fastfield.py`` holds the two to the same bits.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

INF = 1 << 50
ORTHO = 5
DIAG = 7
_NEIGHBOURS = (
    (1, 0, ORTHO), (-1, 0, ORTHO), (0, 1, ORTHO), (0, -1, ORTHO),
    (1, 1, DIAG), (-1, 1, DIAG), (1, -1, DIAG), (-1, -1, DIAG),
)  # fmt: skip


def distances(
    width: int, height: int, sources: Sequence[int], cell_cost: Sequence[int]
) -> list[int]:
    """Cheapest path cost from every cell to the nearest source cell (``INF`` if none)."""
    dist = [INF] * (width * height)
    heap: list[tuple[int, int]] = []
    for cell in sources:
        dist[cell] = 0
        heap.append((0, cell))
    heapq.heapify(heap)
    while heap:
        d, cell = heapq.heappop(heap)
        if d > dist[cell]:
            continue
        y, x = divmod(cell, width)
        for dx, dy, w in _NEIGHBOURS:
            nx, ny = x + dx, y + dy
            if 0 <= nx < width and 0 <= ny < height:
                n = ny * width + nx
                nd = d + w * cell_cost[n]
                if nd < dist[n]:
                    dist[n] = nd
                    heapq.heappush(heap, (nd, n))
    return dist


def slope(
    width: int, height: int, field: Sequence[float], *, downhill: bool
) -> tuple[list[float], list[float]]:
    """Unit vectors per cell along (``downhill``) or against the field's gradient.

    Along each axis the direction takes the drop towards each lower neighbour
    (an upwind difference; a missing neighbour counts as the cell itself), so a
    costly cell beside the path does not bend it; where neither axis drops, it
    goes to the steepest of the eight neighbours; where nothing is lower it is
    zero. Cells whose value is 0 (the sources, going downhill) or ``INF`` get 0.
    """
    size = width * height
    ux = [0.0] * size
    uy = [0.0] * size
    sign = 1 if downhill else -1
    for cell in range(size):
        here = field[cell]
        if here >= INF or (downhill and here == 0):
            continue
        y, x = divmod(cell, width)
        left = _value(field, width, height, x - 1, y, here)
        right = _value(field, width, height, x + 1, y, here)
        up = _value(field, width, height, x, y - 1, here)
        down = _value(field, width, height, x, y + 1, here)
        # upwind: only neighbours that are downhill count, so a costly cell beside the
        # path does not push the direction off it
        gx = max(0.0, (here - right) * sign) - max(0.0, (here - left) * sign)
        gy = max(0.0, (here - down) * sign) - max(0.0, (here - up) * sign)
        if gx == 0 and gy == 0:
            gx, gy = _steepest(field, width, height, x, y, here, sign)
        if gx == 0 and gy == 0:
            continue
        norm = math.sqrt(float(gx) * float(gx) + float(gy) * float(gy))
        ux[cell] = float(gx) / norm
        uy[cell] = float(gy) / norm
    return ux, uy


def _value(field: Sequence[float], width: int, height: int, x: int, y: int,
           here: float) -> float:
    if 0 <= x < width and 0 <= y < height:
        value = field[y * width + x]
        return here if value >= INF else value
    return here


def _steepest(field: Sequence[float], width: int, height: int, x: int, y: int, here: float,
              sign: int) -> tuple[int, int]:
    best = (0, 0)
    best_drop = 0.0
    for dx, dy, _ in _NEIGHBOURS:
        value = _value(field, width, height, x + dx, y + dy, here)
        drop = (here - value) * sign
        if drop > best_drop:
            best, best_drop = (dx, dy), drop
    return best


def signed_distance(width: int, height: int, inside: Sequence[bool]) -> list[float]:
    """Distance in cells to the region's edge: positive outside it, negative inside."""
    ones = [1] * (width * height)
    inner = [i for i, flag in enumerate(inside) if flag]
    outer = [i for i, flag in enumerate(inside) if not flag]
    to_region = distances(width, height, inner, ones)
    to_outside = distances(width, height, outer, ones)
    out: list[float] = []
    for cell, flag in enumerate(inside):
        if flag:
            d = to_outside[cell]
            out.append(-1e6 if d >= INF else -(d / ORTHO))
        else:
            d = to_region[cell]
            out.append(1e6 if d >= INF else d / ORTHO)
    return out


# --- the numpy implementation -------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Axis:
    """The grid cut into straight lines along one of the four axes a step can take."""

    index: np.ndarray  # (lines, length): each row one line of cells in step order, padded
    weight: int  # the chamfer weight of a step along it
    line_of: np.ndarray  # (cells,): the row of ``index`` that holds each cell


@lru_cache(maxsize=16)
def _axes(width: int, height: int) -> tuple[_Axis, ...]:
    """Rows, columns and both diagonals as lines. Lines are padded with ``width * height``,
    a slot that stays ``INF`` (see :func:`distance_array`); running sums along a line add
    at most ``MAX_SIDE`` padding costs of ``INF`` (2**59 with 512), far inside int64."""
    size = width * height
    cells = np.arange(size, dtype=np.int64).reshape(height, width)
    ys = np.arange(height)
    indices = [(cells, ORTHO), (np.ascontiguousarray(cells.T), ORTHO)]
    for flip in (False, True):  # x - y constant (steps of (1, 1)); x + y constant (-1, 1)
        index = np.full((width + height - 1, height), size, dtype=np.int64)
        for k in range(width + height - 1):
            xs = (k - ys) if flip else (k - (height - 1) + ys)
            ok = (xs >= 0) & (xs < width)
            index[k, ok] = ys[ok] * width + xs[ok]
        indices.append((index, DIAG))
    axes = []
    for index, weight in indices:
        line_of = np.empty(size + 1, dtype=np.int64)
        line_of[index] = np.arange(index.shape[0])[:, None]
        line_of = line_of[:size]
        for array in (index, line_of):
            array.setflags(write=False)
        axes.append(_Axis(index, weight, line_of))
    return tuple(axes)


def distance_array(width: int, height: int, sources: np.ndarray,
                   cell_cost: np.ndarray) -> np.ndarray:
    """:func:`distances` with numpy: an int64 array, ``INF`` where no source is reachable.

    Exact by construction: distances start at 0 on the sources and ``INF`` elsewhere and
    only ever fall to the cost of some real path (every value is a sum of integer step
    costs, with no rounding), and the loop stops only when no cell can be improved from
    any neighbour: that fixed point of ``d(n) = min(d(n), d(c) + w * cost(n))`` is the
    cheapest path cost, which is what Dijkstra returns.

    Relaxation works on whole lines (rows, columns, diagonals): along a line in step
    order the cheapest arrival at a cell from anywhere behind it is
    ``C[k] + min(d[j] - C[j] for j <= k)`` with ``C`` the running sum of entry costs, a
    ``minimum.accumulate``; then the same backwards, after which the line is settled
    (going back and forth along a line never pays). Every edge of the grid lies on one
    line, so when no line is left whose cells changed since it was last settled, every
    edge is relaxed. Only those lines are worked on, so late passes are small.
    """
    size = width * height
    cost = np.empty(size + 1, dtype=np.int64)
    cost[:size] = cell_cost
    cost[size] = INF  # the padding: entering it costs more than any path, so it stays INF
    dist = np.full(size + 1, INF, dtype=np.int64)
    sources = np.asarray(sources, dtype=np.int64)
    if not sources.size:
        return dist[:size]
    dist[sources] = 0
    axes = _axes(width, height)
    plans = []
    for axis in axes:
        enter = cost[axis.index] * axis.weight  # the cost of stepping into each cell
        ahead = np.cumsum(enter, axis=1)  # entry costs up to and including each cell
        dirty = np.zeros(axis.index.shape[0], dtype=bool)
        dirty[axis.line_of[sources]] = True
        plans.append((axis, ahead, ahead - enter, dirty))
    busy = True
    while busy:
        busy = False
        for number, (axis, ahead, behind, dirty) in enumerate(plans):
            rows = np.flatnonzero(dirty)
            if not rows.size:
                continue
            dirty[:] = False
            index = axis.index
            if rows.size < len(dirty):
                index, ahead, behind = index[rows], ahead[rows], behind[rows]
            line = dist[index]
            best = np.minimum.accumulate(line - ahead, axis=1) + ahead  # forwards
            np.minimum(best, line, out=best)
            best += behind
            back = np.minimum.accumulate(best[:, ::-1], axis=1)[:, ::-1] - behind  # backwards
            np.minimum(back, best - behind, out=back)
            better = back < line
            if better.any():
                changed = index[better]
                dist[changed] = back[better]
                for other, (other_axis, _, _, other_dirty) in enumerate(plans):
                    if other != number:
                        other_dirty[other_axis.line_of[changed]] = True
                busy = True
    return dist[:size]


def slope_arrays(width: int, height: int, field: np.ndarray, *,
                 downhill: bool) -> tuple[np.ndarray, np.ndarray]:
    """:func:`slope` with numpy, for an int64 (distances) or float64 (signed) field.

    The same operations per cell as the reference: integer differences stay integers
    until the norm (so they convert to the same floats), float ones are the same IEEE
    subtractions; ``max(0.0, v)`` is ``v`` only when ``v > 0``; the fallback takes the
    first of the eight neighbours with the largest drop, as the reference's loop does.
    A neighbour off the grid or unreached counts as the cell itself there (no drop);
    here it is a value that never drops (``INF`` downhill, ``-INF`` uphill), which gives
    the same results, since only drops above 0 count anywhere."""
    here = np.asarray(field).reshape(height, width)
    sign = 1 if downhill else -1
    reached = here < INF
    padded = np.full((height + 2, width + 2), INF if downhill else -INF, dtype=here.dtype)
    padded[1:-1, 1:-1] = here if downhill else np.where(reached, here, -INF)

    def rise(dx: int, dy: int) -> np.ndarray:
        """max(0, (here - neighbour) * sign), as the reference's upwind terms."""
        drop = (here - padded[1 + dy:1 + dy + height, 1 + dx:1 + dx + width]) * sign
        return np.where(drop > 0, drop, 0)

    gx = rise(1, 0) - rise(-1, 0)
    gy = rise(0, 1) - rise(0, -1)
    skip = ~reached
    if downhill:
        skip |= here == 0
    gx = gx.astype(np.float64).ravel()
    gy = gy.astype(np.float64).ravel()
    flat = np.flatnonzero((gx == 0) & (gy == 0) & ~skip.ravel())
    if flat.size:  # no upwind drop: the steepest of the eight neighbours, if any drops
        ys, xs = np.divmod(flat, width)
        level = here.ravel()[flat]
        drops = np.stack([(level - padded[ys + 1 + dy, xs + 1 + dx]) * sign
                          for dx, dy, _ in _NEIGHBOURS])
        pick = np.argmax(drops, axis=0)  # the first of the largest, as the reference
        steep = drops[pick, np.arange(flat.size)] > 0
        gx[flat[steep]] = _STEPS[pick[steep], 0]
        gy[flat[steep]] = _STEPS[pick[steep], 1]
    moving = ~skip.ravel() & ((gx != 0) | (gy != 0))
    norm = np.sqrt(gx * gx + gy * gy)
    ux = np.divide(gx, norm, out=np.zeros(gx.size), where=moving)
    uy = np.divide(gy, norm, out=np.zeros(gy.size), where=moving)
    return ux, uy


_STEPS = np.array([(dx, dy) for dx, dy, _ in _NEIGHBOURS], dtype=np.float64)


def signed_distance_array(width: int, height: int, inside: np.ndarray) -> np.ndarray:
    """:func:`signed_distance` with numpy (the same divisions, so the same floats)."""
    inside = np.asarray(inside, dtype=bool)
    ones = np.ones(width * height, dtype=np.int64)
    to_region = distance_array(width, height, np.flatnonzero(inside), ones)
    to_outside = distance_array(width, height, np.flatnonzero(~inside), ones)
    out_in = np.where(to_outside >= INF, -1e6, -(to_outside / ORTHO))
    out_out = np.where(to_region >= INF, 1e6, to_region / ORTHO)
    return np.where(inside, out_in, out_out)
