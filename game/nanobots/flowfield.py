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
  Dijkstra's distances, :func:`distance_coded` for the same with each cell's
  nearest source, and :func:`coded_update` for how such a field is found from
  an older one when a cavity fills). The slope does the same floating-point
  operations per cell in the same order, element-wise.

``tests/nanobots/test_fastfield.py`` holds the two to the same bits.
"""

from __future__ import annotations

import heapq
import math
from collections import OrderedDict
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

    index: np.ndarray  # (lines, length): each row one or two lines of cells in step order
    weight: int  # the chamfer weight of a step along it
    line_of: np.ndarray  # (cells,): the row of ``index`` that holds each cell
    #: (lines, length) or None: True where a row's second line starts (no step is taken
    #: into it from the cell before, nor out of it to that cell)
    joint: np.ndarray | None = None


@lru_cache(maxsize=16)
def _axes(width: int, height: int) -> tuple[_Axis, ...]:
    """Rows, columns and both diagonals as lines. The diagonals shorter than the longest
    (``min(width, height)`` cells) come in pairs whose lengths add up to it, one pair per
    row, with no padding: the step between the two lines of a row costs ``INF`` (see
    :class:`_Sums`), so no path takes it."""
    size = width * height
    cells = np.arange(size, dtype=np.int64).reshape(height, width)
    axes = [_Axis(cells, ORTHO, cells.ravel() // width),
            _Axis(np.ascontiguousarray(cells.T), ORTHO, cells.ravel() % width)]
    longest = min(width, height)
    for grid in (cells, cells[:, ::-1]):  # x - y constant (steps of (1, 1)); x + y constant
        lines = [np.diagonal(grid, k) for k in range(-(height - 1), width)]
        full = [line for line in lines if line.size == longest]
        short = sorted((line for line in lines if line.size < longest), key=len)
        pairs = [(short[i], short[-1 - i]) for i in range(len(short) // 2)]
        index = np.array([*full, *(np.concatenate(pair) for pair in pairs)],
                         dtype=np.int64).reshape(-1, longest)
        joint = np.zeros(index.shape, dtype=bool)
        joint[np.arange(len(full), index.shape[0]), [first.size for first, _ in pairs]] = True
        line_of = np.empty(size, dtype=np.int64)
        line_of[index] = np.arange(index.shape[0])[:, None]
        axes.append(_Axis(index, DIAG, line_of, joint))
    for axis in axes:
        for array in (axis.index, axis.line_of, axis.joint):
            if array is not None:
                array.setflags(write=False)
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
    _relax(dist, _plans(width, height, cell_cost), sources, rounds=_uniform(cell_cost))
    return dist[:size]


def _uniform(cell_cost: np.ndarray) -> int | None:
    """1 when every cell costs the same, else None: the rounds of relaxation from the
    sources alone (:func:`_relax`) that reach the fixed point. With one cost everywhere
    some cheapest path from a source to a cell is a straight run along its row or column
    and then one along a diagonal (``5 * (long - short) + 7 * short`` steps' worth, the
    least any path of eight-neighbour steps pays); a round relaxes the rows and columns
    through the sources, then the diagonals through every cell reached, so it leaves no
    cell above that path's cost."""
    cell_cost = np.asarray(cell_cost)
    return 1 if cell_cost.size and cell_cost.min() == cell_cost.max() else None


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


def _code_shift(size: int) -> int:
    """Bits for a cell number: the low bits of a coded distance (see :func:`distance_coded`)."""
    return max(1, (size - 1).bit_length())


def distance_coded(width: int, height: int, sources: np.ndarray,
                   cell_cost: np.ndarray) -> np.ndarray | None:
    """:func:`distance_array` with a label: ``distance << shift | source`` per cell (see
    :func:`decoded`), where ``source`` is the lowest-numbered of the sources nearest to it,
    ``INF`` where none is reachable; None when codes could overflow (costs too high).

    Exact for the same reason: this is :func:`distance_array` in costs ``cost << shift``
    from the sources at their own numbers, and the cheapest of ``d * 2**shift + s`` over
    the sources ``s`` is the cheapest ``d`` with the lowest ``s`` of those (``s`` stays
    below ``2**shift``). Every cell on that cheapest path from ``s`` is labelled ``s``
    too (a lower source as near to one of them would be as near to the cell): so
    :func:`coded_update` knows which cells a removed source served without a search."""
    size = width * height
    shift = _code_shift(size)
    cell_cost = np.asarray(cell_cost, dtype=np.int64)
    if not _codable(size, cell_cost):
        return None
    dist = np.full(size, INF, dtype=np.int64)
    sources = np.asarray(sources, dtype=np.int64)
    if sources.size:
        dist[sources] = sources
        _relax(dist, _plans(width, height, cell_cost << shift), sources,
               rounds=_uniform(cell_cost))
    return dist


def decoded(coded: np.ndarray) -> np.ndarray:
    """The distances of a :func:`distance_coded` field (``INF`` stays ``INF``)."""
    return np.where(coded >= INF, INF, coded >> _code_shift(coded.size))


def _codable(size: int, *costs: np.ndarray) -> bool:
    """Whether the codes of fields in these costs stay far inside int64: the dearest path
    visits every cell once (the running sums add at most two joint costs of ``INF``)."""
    dearest = max((int(cost.max()) for cost in costs if cost.size), default=0)
    return (dearest * DIAG * size + 1) << _code_shift(size) < INF >> 2


def coded_update(width: int, height: int, old: np.ndarray, old_sources: np.ndarray,
                 old_cost: np.ndarray, sources: np.ndarray,
                 cell_cost: np.ndarray) -> np.ndarray | None:
    """:func:`distance_coded` of ``sources`` and ``cell_cost`` from ``old`` (that of
    ``old_sources`` and ``old_cost``), relaxing only around what changed; None when that
    would take about as long as working it out whole (then do that).

    The cells whose code can change, ``W``, are set to ``INF``: those labelled with a
    removed source, and those some cheapest path (in codes) of which enters a cell made
    costlier that is no source now. Any other cell has a labelled cheapest path that
    starts at a kept source (no cheapest path goes through a source: starting there is
    cheaper) and enters no costlier cell, so it costs what it did or less. Added sources
    start at their codes. Every value then starts at least at its new code, the sources
    at theirs, and every edge not on a line through ``W``, an added source or a cell made
    cheaper already holds (it did in the old costs, and its cell's cost is the same); so
    relaxing from those lines reaches the new codes, as :func:`distance_array` argues.
    The cells a costlier cell can affect are found as :func:`distance_update` finds
    them (relaxing from it at its old code, in the old costs, never above the old codes);
    when they are more than :data:`UPDATE_SHARE` of the cells, this gives up."""
    size = width * height
    shift = _code_shift(size)
    old_cost = np.asarray(old_cost, dtype=np.int64)
    cell_cost = np.asarray(cell_cost, dtype=np.int64)
    before = np.zeros(size, dtype=bool)
    before[old_sources] = True
    now = np.zeros(size, dtype=bool)
    now[sources] = True
    if not now.any():
        return np.full(size, INF, dtype=np.int64)
    if not _codable(size, old_cost, cell_cost):
        return None
    removed = before & ~now
    added = np.flatnonzero(now & ~before)
    reached = old < INF
    dearer = np.flatnonzero((cell_cost > old_cost) & ~now & ~removed & reached)
    cheaper = np.flatnonzero(cell_cost < old_cost)
    if not removed.any() and not added.size and not dearer.size and not cheaper.size:
        return old
    gone = removed[np.where(reached, old & ((1 << shift) - 1), 0)] & reached
    if dearer.size:
        reach = np.full(size, INF, dtype=np.int64)
        reach[dearer] = old[dearer]
        if not _relax(reach, _plans(width, height, old_cost << shift), dearer, old,
                      limit=int(size * UPDATE_SHARE)):
            return None
        gone |= reach <= old
    changed = np.flatnonzero(gone)
    dist = old.copy()
    dist[changed] = INF
    back = np.flatnonzero(gone & now)  # a source labelled with a lower one (costs of 0)
    dist[back] = back
    dist[added] = np.minimum(dist[added], added)
    _relax(dist, _plans(width, height, cell_cost << shift, old_cost << shift),
           np.concatenate([changed, added, cheaper]))
    return dist


class _Plan:
    """One axis of a relaxation: the running sums of entry costs along its lines (see
    :class:`_Sums`, worked out when first needed) and which of its lines are to be
    relaxed."""

    __slots__ = ("_costs", "_i", "axis", "dirty")

    def __init__(self, axis: _Axis, costs: _Costs, i: int) -> None:
        self.axis = axis
        self._costs = costs
        self._i = i
        self.dirty = np.zeros(axis.index.shape[0], dtype=bool)

    @property
    def sums(self) -> _Sums:
        return self._costs.sums(self._i, self.axis)


class _Sums:
    """The running sums of entry costs along every line of one axis, up to and including
    each cell (``ahead``), up to the cell before it (``behind``), and the two added
    (``both``)."""

    __slots__ = ("ahead", "behind", "both")

    def __init__(self, ahead: np.ndarray, behind: np.ndarray, both: np.ndarray) -> None:
        self.ahead, self.behind, self.both = ahead, behind, both

    @staticmethod
    def work(axis: _Axis, rows: np.ndarray | slice,
             cost: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The sums of the lines ``rows``: stepping into a cell costs its cost times the
        axis' weight, except across a joint (``INF`` both ways): forwards into the first
        cell of a row's second line, backwards into the last of its first."""
        enter = cost[axis.index[rows]]
        enter *= axis.weight
        back = enter
        if axis.joint is not None:
            joint = axis.joint[rows]
            back = enter.copy()
            back[:, :-1][joint[:, 1:]] = INF
            enter[joint] = INF
        ahead = np.cumsum(enter, axis=1)  # forward entry costs up to and including each cell
        behind = np.cumsum(back, axis=1)
        behind -= back  # backward entry costs of the cells before each one
        return ahead, behind, ahead + behind


class _Costs:
    """One cost array and the sums along each axis made from it, worked out when first
    asked for. With ``base`` (an array that differs in few cells, ``differ``), an axis'
    sums are the base's, taken over (the base works them out again if it needs them),
    with only the lines through the cells that differ worked out again."""

    __slots__ = ("_sums", "base", "cost", "differ")

    def __init__(self, cost: np.ndarray, base: _Costs | None = None,
                 differ: np.ndarray | None = None) -> None:
        self.cost = cost
        self.base = base
        self.differ = differ
        self._sums: list[_Sums | None] = [None] * 4

    def sums(self, i: int, axis: _Axis) -> _Sums:
        found = self._sums[i]
        if found is not None:
            return found
        base = self.base._sums[i] if self.base is not None else None
        if base is None:
            found = _Sums(*_Sums.work(axis, slice(None), self.cost))
        else:
            self.base._sums[i] = None
            found = base
            if self.differ.size:
                rows = axis.line_of[self.differ]
                found.ahead[rows], found.behind[rows], found.both[rows] = _Sums.work(
                    axis, rows, self.cost)
        self._sums[i] = found
        return found


#: The last few cost arrays relaxed in, by grid size and bytes, with their sums.
_COSTS: OrderedDict[tuple[int, int, bytes], _Costs] = OrderedDict()
_COSTS_KEPT = 8


def _plans(width: int, height: int, cell_cost: np.ndarray,
           like: np.ndarray | None = None) -> list[_Plan]:
    """The axes of a relaxation in ``cell_cost``, with their sums if they were worked out
    for these costs lately, else from those of ``like`` (costs that may differ from these
    in a few cells) if they were."""
    key = (width, height, np.asarray(cell_cost, dtype=np.int64).tobytes())
    costs = _COSTS.get(key)
    if costs is not None:
        _COSTS.move_to_end(key)
    else:
        # a copy the cache owns: the caller's array may change after this call
        cell_cost = np.array(cell_cost, dtype=np.int64)
        cell_cost.setflags(write=False)
        base = differ = None
        if like is not None:
            base = _COSTS.get((width, height, np.asarray(like, dtype=np.int64).tobytes()))
        if base is not None:
            differ = np.flatnonzero(base.cost != cell_cost)
            if differ.size * 16 > cell_cost.size:
                base = differ = None
        costs = _COSTS[key] = _Costs(cell_cost, base, differ)
        if len(_COSTS) > _COSTS_KEPT:
            _COSTS.popitem(last=False)
    return [_Plan(axis, costs, i) for i, axis in enumerate(_axes(width, height))]


def _relax(dist: np.ndarray, plans: list[_Plan], seeds: np.ndarray,
           bound: np.ndarray | None = None, limit: int | None = None,
           rounds: int | None = None) -> bool:
    """Relax ``dist`` (the cells, perhaps with a spare slot after them that no line holds)
    along the lines through ``seeds`` and every line whose cells change on the way, until
    no line is left to relax (see :func:`distance_array`); with ``bound``, a cell is only
    ever lowered to at most its value there. With ``limit``, gives up (returns False,
    ``dist`` half done) once more than that many values were lowered. With ``rounds``,
    stops after that many passes over the four axes (see :func:`_uniform`).

    Each pass over an axis works on the run of its lines from the first to be relaxed to
    the last (slices, no copies) unless most of that run is settled (then on those lines
    alone): relaxing a settled line changes nothing."""
    for plan in plans:
        plan.dirty[plan.axis.line_of[seeds]] = True
    lowered = 0
    busy = True
    while busy and rounds != 0:
        busy = False
        if rounds is not None:
            rounds -= 1
        for plan in plans:
            dirty = plan.dirty
            lo = int(dirty.argmax())
            if not dirty[lo]:
                continue
            hi = len(dirty) - int(dirty[::-1].argmax())
            sums = plan.sums
            if hi - lo <= 2 * np.count_nonzero(dirty[lo:hi]):
                rows = slice(lo, hi)
            else:
                rows = np.flatnonzero(dirty)
            dirty[lo:hi] = False
            index = plan.axis.index[rows]
            ahead = sums.ahead[rows]
            line = dist[index]
            # forwards: the cheapest of staying (j = k) and arriving from any j < k
            best = np.subtract(line, ahead)
            np.minimum.accumulate(best, axis=1, out=best)
            # backwards, the same from any j >= k (j = k keeps the forward value)
            best += sums.both[rows]
            back = best[:, ::-1]
            np.minimum.accumulate(back, axis=1, out=back)
            best -= sums.behind[rows]
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
    return _signed(inside, to_region, to_outside)


def _signed(inside: np.ndarray, to_region: np.ndarray, to_outside: np.ndarray) -> np.ndarray:
    out_in = np.where(to_outside >= INF, -1e6, -(to_outside / ORTHO))
    out_out = np.where(to_region >= INF, 1e6, to_region / ORTHO)
    return np.where(inside, out_in, out_out)


#: What :func:`signed_distance_update` starts from: the region and the coded distances
#: to it and to the cells outside it.
SignedBase = tuple[np.ndarray, np.ndarray, np.ndarray]


def signed_distance_update(width: int, height: int, inside: np.ndarray,
                           base: SignedBase | None) -> tuple[np.ndarray, SignedBase | None]:
    """:func:`signed_distance_array` of ``inside``, found from ``base`` (that of another
    region) with :func:`coded_update` when there is one; with the base to find the next
    one from (None when the grid is too large to code its distances)."""
    inside = np.asarray(inside, dtype=bool)
    size = width * height
    ones = np.ones(size, dtype=np.int64)
    if not _codable(size, ones):
        return signed_distance_array(width, height, inside), None
    fields = []
    for region in (inside, ~inside):
        sources = np.flatnonzero(region)
        coded = None
        if base is not None:
            old_region = base[0] if region is inside else ~base[0]
            old = base[1] if region is inside else base[2]
            coded = coded_update(width, height, old, np.flatnonzero(old_region), ones,
                                 sources, ones)
        if coded is None:
            coded = distance_coded(width, height, sources, ones)
        fields.append(coded)
    to_region, to_outside = (decoded(coded) for coded in fields)
    return _signed(inside, to_region, to_outside), (inside, fields[0], fields[1])
