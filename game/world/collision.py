"""Pixel collision for characters' feet against a map's solid mask.

Positions are integers in subpixels (``SUB`` per pixel) so movement is exact and
the same on every machine. A move advances one pixel at a time and stops before
the first blocked pixel, so no speed can tunnel through a wall.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the title screen starts without numpy
    import numpy as np

SUB = 16  # subpixels per pixel
FEET_W, FEET_H = 10, 6  # the part of a character that collides, centred under it

Box = tuple[int, int, int, int]  # x, y, w, h in pixels


def feet_box(px: int, py: int) -> Box:
    """The collision box of a character whose feet point is at pixel (px, py)."""
    return (px - FEET_W // 2, py - FEET_H + 1, FEET_W, FEET_H)


def boxes_overlap(a: Box, b: Box) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


class Collider:
    """Answers "is this box free?" for one map and its obstacles."""

    def __init__(self, solid: np.ndarray, obstacles: Sequence[Box] = ()) -> None:
        self.solid = solid
        self.height, self.width = solid.shape
        self.obstacles = list(obstacles)

    def blocked(self, box: Box, ignore: Box | None = None) -> bool:
        x, y, w, h = box
        if x < 0 or y < 0 or x + w > self.width or y + h > self.height:
            return True
        if self.solid[y : y + h, x : x + w].any():
            return True
        return any(ob != ignore and boxes_overlap(box, ob) for ob in self.obstacles)

    def walkable(self, px: int, py: int) -> bool:
        return not self.blocked(feet_box(px, py))


def move_axis(
    pos: int, delta: int, other: int, horizontal: bool, is_free: Callable[[int, int], bool]
) -> tuple[int, bool]:
    """Move a subpixel coordinate by ``delta`` along one axis, pixel by pixel.

    ``is_free(px, py)`` says whether feet at that pixel fit. Returns the new
    coordinate and whether the move was cut short by an obstacle.
    """
    if delta == 0:
        return pos, False
    step = 1 if delta > 0 else -1
    px, target = pos // SUB, (pos + delta) // SUB
    other_px = other // SUB
    while px != target:
        nxt = px + step
        free = is_free(nxt, other_px) if horizontal else is_free(other_px, nxt)
        if not free:
            edge = px * SUB + (SUB - 1 if step > 0 else 0)
            return edge, True
        px = nxt
    return pos + delta, False
