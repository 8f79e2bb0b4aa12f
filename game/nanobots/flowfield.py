"""Distance fields over the tissue grid and the directions that follow them.

Pure Python with integer path costs, so the result is exact and identical for
the vectorised simulation and its plain-Python reference (both read these
fields; neither computes them differently). Distances use the 5/7 chamfer
metric over eight neighbours: an orthogonal step costs 5, a diagonal one 7,
times the cost of the cell entered.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence

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
