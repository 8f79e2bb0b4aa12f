"""Walks over a map's collision mask: where the player's feet may go, and the way there.

Positions are feet points in pixels (what :class:`~game.world.actors.Actor` ``px, py``
give). A walk is a list of waypoints, each on the same row or column as the one
before, so the player walks it with straight key presses: running moves exactly two
pixels a tick and walking one, so a straight walk ends exactly on its waypoint.

The search runs breadth-first over a lattice of points ``step`` pixels apart that
contains the start; an edge exists when every pixel between two points is free.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from typing import TypeVar

import numpy as np

from game.world.collision import FEET_H, FEET_W, Box
from game.world.mapcheck import walkable_mask

T = TypeVar("T")
Point = tuple[int, int]
#: Lattice spacings tried in turn: coarse is fast, fine finds narrow gaps.
STEPS = (4, 2, 1)


def feet_zone(rect: Box, shape: tuple[int, int]) -> tuple[slice, slice]:
    """The feet points whose feet box overlaps ``rect``, as slices ``[y, x]`` of a mask."""
    x, y, w, h = rect
    left, top = FEET_W // 2, FEET_H - 1
    # the feet box of (px, py) spans px - left .. px - left + FEET_W - 1, py - top .. py
    x0, x1 = x - FEET_W + 1 + left, x + w - 1 + left  # inclusive
    y0, y1 = y, y + h - 1 + top
    height, width = shape
    return (slice(max(0, y0), max(0, min(height, y1 + 1))),
            slice(max(0, x0), max(0, min(width, x1 + 1))))


def free_mask(solid: np.ndarray, obstacles: Iterable[Box], avoid: Iterable[Box]) -> np.ndarray:
    """Where the feet may stand: walkable with ``obstacles`` (people) in place, and not
    touching any rectangle of ``avoid`` (warps one must not step on)."""
    mask = walkable_mask(solid, obstacles)
    for rect in avoid:
        mask[feet_zone(rect, mask.shape)] = False
    return mask


def find_path(
    free: np.ndarray, start: Point, goal: Callable[[int, int], T | None],
    steps: Iterable[int] = STEPS,
) -> tuple[list[Point], T] | None:
    """The shortest walk from ``start`` to a point where ``goal`` answers something, and
    that answer; None when no lattice reaches one. ``start`` itself may be blocked
    (the player may stand where a new obstacle now stands)."""
    for step in steps:
        found = _search(free, start, goal, step)
        if found is not None:
            return found
    return None


def _search(free: np.ndarray, start: Point, goal: Callable[[int, int], T | None],
            step: int) -> tuple[list[Point], T] | None:
    height, width = free.shape
    sx, sy = start
    if not (0 <= sx < width and 0 <= sy < height):
        return None
    xs = np.arange(sx % step, width, step)
    ys = np.arange(sy % step, height, step)
    nx, ny = len(xs), len(ys)
    nodes = free[np.ix_(ys, xs)].copy()
    si, sj = (sx - sx % step) // step, (sy - sy % step) // step
    nodes[sj, si] = True
    # an edge to the right / downwards: both ends and every pixel between them free
    right = nodes[:, :-1] & nodes[:, 1:]
    down = nodes[:-1, :] & nodes[1:, :]
    for k in range(1, step):
        right &= free[np.ix_(ys, xs[:-1] + k)]
        down &= free[np.ix_(ys[:-1] + k, xs)]
    right_ok = np.zeros((ny, nx), dtype=bool)
    right_ok[:, :-1] = right
    down_ok = np.zeros((ny, nx), dtype=bool)
    down_ok[:-1, :] = down
    r, d = right_ok.ravel().tolist(), down_ok.ravel().tolist()
    parent = [-1] * (nx * ny)
    first = sj * nx + si
    parent[first] = first
    queue = deque([first])
    xs_list, ys_list = xs.tolist(), ys.tolist()
    while queue:
        here = queue.popleft()
        j, i = divmod(here, nx)
        answer = goal(xs_list[i], ys_list[j])
        if answer is not None:
            return _walk(here, parent, xs_list, ys_list, nx), answer
        for there, ok in ((here + 1, r[here]), (here - 1, i > 0 and r[here - 1]),
                          (here + nx, d[here]), (here - nx, j > 0 and d[here - nx])):
            if ok and parent[there] < 0:
                parent[there] = here
                queue.append(there)
    return None


def _walk(end: int, parent: list[int], xs: list[int], ys: list[int], nx: int) -> list[Point]:
    chain = [end]
    while parent[chain[-1]] != chain[-1]:
        chain.append(parent[chain[-1]])
    chain.reverse()
    points = [(xs[n % nx], ys[n // nx]) for n in chain]
    return straighten(points)


def straighten(points: list[Point]) -> list[Point]:
    """Only the corners of a walk (and its end): each waypoint on a straight line."""
    if len(points) <= 2:
        return points[1:] if len(points) == 2 else []
    out: list[Point] = []
    for prev, here, nxt in zip(points, points[1:], points[2:], strict=False):
        if (prev[0] == here[0]) != (here[0] == nxt[0]):
            out.append(here)
    out.append(points[-1])
    return out
