"""Characters on a map: where they stand, which way they face, how far they walked."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from game.world.collision import SUB, Box, feet_box
from game.world.maps import MapObject


class Facing(enum.IntEnum):
    """Also the row of a character sheet."""

    DOWN = 0
    LEFT = 1
    RIGHT = 2
    UP = 3

    @property
    def vector(self) -> tuple[int, int]:
        return _VECTORS[self]

    @classmethod
    def parse(cls, text: object, default: Facing | None = None) -> Facing:
        try:
            return cls[str(text).upper()]
        except KeyError:
            return default if default is not None else cls.DOWN

    def opposite(self) -> Facing:
        return {Facing.DOWN: Facing.UP, Facing.UP: Facing.DOWN,
                Facing.LEFT: Facing.RIGHT, Facing.RIGHT: Facing.LEFT}[self]


_VECTORS = {Facing.DOWN: (0, 1), Facing.LEFT: (-1, 0), Facing.RIGHT: (1, 0), Facing.UP: (0, -1)}

#: The walk cycle's sheet columns, one step per ``STRIDE`` pixels walked.
WALK_CYCLE = (1, 0, 2, 0)
STRIDE = 8 * SUB
#: The part of a character one can talk to, relative to the feet point.
BODY_W, BODY_H = 14, 22


@dataclass
class Actor:
    name: str
    character: str  # sprite sheet id
    x: int  # feet position in subpixels
    y: int
    facing: Facing = Facing.DOWN
    moving: bool = False
    walked: int = 0  # subpixels walked since the last stop, for the walk cycle
    prev_x: int = 0
    prev_y: int = 0
    source: MapObject | None = None  # the map object that placed this actor
    idle: int = 0  # ticks until an idle NPC looks around

    def __post_init__(self) -> None:
        self.prev_x, self.prev_y = self.x, self.y

    @classmethod
    def at(cls, name: str, character: str, feet: tuple[int, int], facing: Facing) -> Actor:
        return cls(name, character, feet[0] * SUB + SUB // 2, feet[1] * SUB + SUB // 2, facing)

    @property
    def px(self) -> int:
        return self.x // SUB

    @property
    def py(self) -> int:
        return self.y // SUB

    def feet(self) -> Box:
        return feet_box(self.px, self.py)

    def body(self) -> Box:
        return (self.px - BODY_W // 2, self.py - BODY_H + 1, BODY_W, BODY_H)

    def sheet_cell(self) -> tuple[int, int]:
        """(row, column) of the frame to draw."""
        column = WALK_CYCLE[(self.walked // STRIDE) % len(WALK_CYCLE)] if self.moving else 0
        return (int(self.facing), column)

    def remember_position(self) -> None:
        self.prev_x, self.prev_y = self.x, self.y

    def draw_position(self, alpha: float) -> tuple[float, float]:
        """Feet position in pixels between the last two ticks."""
        x = self.prev_x + (self.x - self.prev_x) * alpha
        y = self.prev_y + (self.y - self.prev_y) * alpha
        return (x / SUB, y / SUB)
