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
  Dijkstra's distances, and :func:`distance_update` for how a field is found
  from an older one when a cavity fills). The slope does the same
  floating-point operations per cell in the same order, element-wise.

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
    cheapest path cost, which is what Dijkstra returns. (Any start that is at least the
    true distance everywhere, and 0 on the sources, reaches the same fixed point:
    :func:`distance_update` starts from most of an older field.)

    Relaxation works on whole lines (rows, columns, diagonals): along a line in step
    order the cheapest arrival at a cell from anywhere behind it is
    ``C[k] + min(d[j] - C[j] for j <= k)`` with ``C`` the running sum of entry costs, a
    ``minimum.accumulate``; then the same backwards, after which the line is settled
    (going back and forth along a line never pays). Every edge of the grid lies on one
    line, so when no line is left whose cells changed since it was last settled, every
    edge is relaxed. Only those lines are worked on, so late passes are small.
    """
    size = width * height
    dist = np.full(size + 1, INF, dtype=np.int64)
    sources = np.asarray(sources, dtype=np.int64)
    if not sources.size:
        return dist[:size]
    dist[sources] = 0
    _relax(dist, _plans(width, height, cell_cost), sources)
    return dist[:size]


#: :func:`distance_update` gives up when more than this share of the cells would change.
UPDATE_SHARE = 0.125


def distance_update(width: int, height: int, old: np.ndarray, old_sources: np.ndarray,
                    old_cost: np.ndarray, sources: np.ndarray,
                    cell_cost: np.ndarray) -> np.ndarray | None:
    """:func:`distance_array` of ``sources`` and ``cell_cost``, found from ``old`` (that of
    ``old_sources`` and ``old_cost``) when only a part of it can have changed; None when
    the change is not one this handles (then compute it whole).

    It handles changes that can only make distances grow: sources removed and cells made
    costlier, none added or made cheaper (a cavity cell filling does exactly that to the
    fields that seek cavities). A cell's distance then stays the same unless every one of
    its old cheapest paths starts at a removed source or enters a changed cell; those
    cells, ``W``, are found by relaxing (in the old costs) from the removed sources at 0
    and from each changed cell at its old distance, keeping only values that equal the
    old distance (a path through a cell at more than its old distance is no cheapest
    path anywhere after it, so nothing is lost by dropping it). A cell outside ``W`` has
    an old cheapest path that is still there at the same cost, and distances cannot
    fall, so its old value is its new one. (When ``W`` grows past :data:`UPDATE_SHARE`
    of the cells, this gives up: then the two relaxations cost more than one of the
    whole field.) Then ``W`` is set to ``INF`` and relaxed in
    the new costs from the lines through it: every value starts at least at its new
    distance and the sources at 0, which is all :func:`distance_array`'s argument needs,
    and an edge between two cells outside ``W`` can improve neither (both are exact), so
    only the lines through ``W`` have to be worked on. Both relaxations touch only the
    lines near the change."""
    size = width * height
    before = np.zeros(size, dtype=bool)
    before[old_sources] = True
    now = np.zeros(size, dtype=bool)
    now[sources] = True
    if (now & ~before).any() or (cell_cost < old_cost).any():
        return None
    removed = np.flatnonzero(before & ~now)
    # no cheapest path enters a source (starting there is cheaper), so what a source
    # costs to enter changes nothing
    dearer = np.flatnonzero((cell_cost > old_cost) & (old < INF) & ~now)
    if not removed.size and not dearer.size:
        return old
    if not now.any():
        return np.full(size, INF, dtype=np.int64)
    # W: the cells some old cheapest path of which starts at a removed source or enters a
    # dearer cell (a value above the old distance is never kept: ``bound``)
    reach = np.full(size + 1, INF, dtype=np.int64)
    reach[dearer] = old[dearer]
    reach[removed] = 0
    bound = np.empty(size + 1, dtype=np.int64)
    bound[:size] = old
    bound[size] = -1  # the padding slot is never written
    if not _relax(reach, _plans(width, height, old_cost), np.concatenate([removed, dearer]),
                  bound, limit=int(size * UPDATE_SHARE)):
        return None  # most of the field changes: working it out whole is cheaper
    changed = np.flatnonzero(reach[:size] <= old)
    dist = np.empty(size + 1, dtype=np.int64)
    dist[:size] = old
    dist[size] = INF
    dist[changed] = INF
    dist[sources] = 0
    _relax(dist, _plans(width, height, cell_cost), changed)
    return dist[:size]


class _Plan:
    """One axis of a relaxation: the running sums of entry costs along its lines, up to
    and including each cell (``ahead``) and up to the cell before it (``behind``), worked
    out for the lines relaxed (for all of them at once when many are), and which of its
    lines are to be relaxed."""

    def __init__(self, axis: _Axis, cost: np.ndarray) -> None:
        self.axis = axis
        self.cost = cost
        self.dirty = np.zeros(axis.index.shape[0], dtype=bool)
        self._sums: tuple[np.ndarray, np.ndarray] | None = None

    def sums(self, rows: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """``(ahead, behind)`` of the lines ``rows`` (None: all of them)."""
        if self._sums is None and (rows is None or 4 * rows.size >= len(self.dirty)):
            self._sums = self._work(self.axis.index)
        if self._sums is not None:
            ahead, behind = self._sums
            return (ahead, behind) if rows is None else (ahead[rows], behind[rows])
        return self._work(self.axis.index[rows])

    def _work(self, index: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        enter = self.cost[index] * self.axis.weight  # the cost of stepping into each cell
        ahead = np.cumsum(enter, axis=1)  # entry costs up to and including each cell
        return ahead, ahead - enter


def _plans(width: int, height: int, cell_cost: np.ndarray) -> list[_Plan]:
    size = width * height
    cost = np.empty(size + 1, dtype=np.int64)
    cost[:size] = cell_cost
    cost[size] = INF  # the padding: entering it costs more than any path, so it stays INF
    return [_Plan(axis, cost) for axis in _axes(width, height)]


def _relax(dist: np.ndarray, plans: list[_Plan], seeds: np.ndarray,
           bound: np.ndarray | None = None, limit: int | None = None) -> bool:
    """Relax ``dist`` (cells and the padding slot) along the lines through ``seeds`` and
    every line whose cells change on the way, until no line is left to relax (see
    :func:`distance_array`); with ``bound``, a cell is only ever lowered to at most its
    value there. With ``limit``, gives up (returns False, ``dist`` half done) once more
    than that many values were lowered."""
    for plan in plans:
        plan.dirty[plan.axis.line_of[seeds]] = True
    lowered = 0
    busy = True
    while busy:
        busy = False
        for plan in plans:
            dirty = plan.dirty
            rows = np.flatnonzero(dirty)
            if not rows.size:
                continue
            dirty[:] = False
            if rows.size < len(dirty):
                index = plan.axis.index[rows]
                ahead, behind = plan.sums(rows)
            else:
                index = plan.axis.index
                ahead, behind = plan.sums(None)
            line = dist[index]
            # forwards: the cheapest of staying (j = k) and arriving from any j < k
            best = np.subtract(line, ahead)
            np.minimum.accumulate(best, axis=1, out=best)
            best += ahead
            # backwards, the same from any j >= k (j = k keeps the forward value)
            best += behind
            back = best[:, ::-1]
            np.minimum.accumulate(back, axis=1, out=back)
            best -= behind
            better = best < line
            if bound is not None:
                better &= best <= bound[index]
            changed = index[better]
            if changed.size:
                dist[changed] = best[better]
                lowered += changed.size
                if limit is not None and lowered > limit:
                    return False
                for other in plans:
                    if other is not plan:
                        other.dirty[other.axis.line_of[changed]] = True
                busy = True
    return True


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


def slope_update(width: int, height: int, field: np.ndarray, old: np.ndarray,
                 old_ux: np.ndarray, old_uy: np.ndarray, *,
                 downhill: bool) -> tuple[np.ndarray | None, np.ndarray | None]:
    """:func:`slope_arrays` of ``field`` from those of ``old`` (``old_ux``, ``old_uy``): a
    cell's direction depends only on it and its eight neighbours, so only the box around
    the cells that changed is worked out again (as a grid of its own with a margin of one
    cell, whose edges are the grid's only where they are). ``(None, None)`` when that box
    is most of the grid."""
    changed = np.flatnonzero(field != old)
    if not changed.size:
        return old_ux, old_uy
    ys, xs = np.divmod(changed, width)
    y0, y1 = max(0, int(ys.min()) - 1), min(height, int(ys.max()) + 2)  # to work out
    x0, x1 = max(0, int(xs.min()) - 1), min(width, int(xs.max()) + 2)
    if (y1 - y0) * (x1 - x0) * 2 > width * height:
        return None, None
    my0, my1, mx0, mx1 = max(0, y0 - 1), min(height, y1 + 1), max(0, x0 - 1), min(width, x1 + 1)
    box = field.reshape(height, width)[my0:my1, mx0:mx1]
    bw, bh = mx1 - mx0, my1 - my0
    ux, uy = slope_arrays(bw, bh, np.ascontiguousarray(box), downhill=downhill)
    inner = (slice(y0 - my0, y1 - my0), slice(x0 - mx0, x1 - mx0))
    out_x, out_y = old_ux.copy(), old_uy.copy()
    out_x.reshape(height, width)[y0:y1, x0:x1] = ux.reshape(bh, bw)[inner]
    out_y.reshape(height, width)[y0:y1, x0:x1] = uy.reshape(bh, bw)[inner]
    return out_x, out_y


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
