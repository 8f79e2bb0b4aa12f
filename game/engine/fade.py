"""A fade to black and back, with something done while the screen is dark."""

from __future__ import annotations

from collections.abc import Callable

from game.engine.input import InputFrame
from game.engine.scene import Scene, SceneStack
from game.engine.screen import Screen


class Fade(Scene):
    """Darkens over ``out_ticks``, calls ``midpoint``, brightens over ``in_ticks``.

    It consumes input while it runs, so nothing below moves during a transition.
    """

    transparent = True

    def __init__(
        self,
        stack: SceneStack,
        midpoint: Callable[[], None] | None = None,
        out_ticks: int = 14,
        in_ticks: int = 14,
        color: tuple[int, int, int] = (6, 7, 14),
    ) -> None:
        self.stack = stack
        self.midpoint = midpoint
        self.out_ticks = max(1, out_ticks)
        self.in_ticks = max(1, in_ticks)
        self.color = color
        self.t = 0

    def update(self, inp: InputFrame) -> InputFrame | None:
        self.t += 1
        if self.t == self.out_ticks and self.midpoint is not None:
            self.midpoint()
        if self.t >= self.out_ticks + self.in_ticks:
            self.stack.pop(self)
        return None

    @property
    def darkness(self) -> float:
        if self.t < self.out_ticks:
            return self.t / self.out_ticks
        return max(0.0, 1.0 - (self.t - self.out_ticks) / self.in_ticks)

    def draw(self, screen: Screen, alpha: float) -> None:
        level = round(255 * self.darkness)
        if level >= 255:
            screen.fill(self.color)
        elif level > 0:
            screen.fill((*self.color, level))
