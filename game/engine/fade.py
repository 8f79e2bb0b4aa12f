"""A fade to black and back, with something done while the screen is dark.

With reduced motion (the settings; :func:`game.ui.theme.reduced_motion`) the screen
does not ramp: it cuts to dark for the fade's length and cuts back. The fade's ticks
are the same either way, so a run (and its replay) does not depend on the setting.
"""

from __future__ import annotations

from collections.abc import Callable

from game.engine.input import InputFrame
from game.engine.scene import Scene, SceneStack
from game.engine.screen import Screen
from game.ui import theme


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

    def drawn_darkness(self) -> float:
        """How dark the screen is drawn now: the ramp, or with reduced motion a cut."""
        if theme.reduced_motion():
            return 1.0 if self.t < self.out_ticks + self.in_ticks else 0.0
        return self.darkness

    def draw(self, screen: Screen, alpha: float) -> None:
        level = round(255 * self.drawn_darkness())
        if level >= 255:
            screen.fill(self.color)
        elif level > 0:
            screen.fill((*self.color, level))
