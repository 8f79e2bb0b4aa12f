"""Layout and small drawing helpers of the debugger's instrument look.

Everything is in internal pixels (480x270); :class:`~game.engine.screen.Screen`
scales it. Panels are drawn here rather than with the 9-slice UI frame, so the
debugger has its own darker, sharper look.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pygame

from game.engine import text as textmod
from game.engine.screen import Screen
from game.nanobots import colors as C

Rect = tuple[float, float, float, float]

TOP_BAR: Rect = (0, 0, 480, 14)
VIEW_POS = (8, 18)  # the swarm view's top-left; its size comes from the grid (4 px a cell)
TIMELINE_H = 9
PROGRAM: Rect = (272, 18, 202, 134)
INSPECTOR: Rect = (272, 156, 202, 98)
HINT_Y = 258
MONO = 6.4  # code size
LINE_H = 8.5  # program line pitch


@dataclass(frozen=True)
class FieldBox:
    """Where one field of one program line is drawn (for the pointer)."""

    line: int
    field: int
    rect: Rect


class Kept:
    """A part of the window drawn once and copied back each frame while what it shows
    (``key``) is the same: text and panels that change only on input.

    ``paint`` must draw only inside ``rect``, over what was drawn before it in the frame
    (which must itself be the same each frame while the key is); the copy is taken
    right after it paints."""

    def __init__(self) -> None:
        self.key: object = None
        self.copy: pygame.Surface | None = None
        self.value: Any = None

    def draw(self, screen: Screen, rect: Rect, key: object, paint: Callable[[], Any]) -> Any:
        target = screen.target
        box = screen.window_rect(rect).clip(target.get_rect())
        key = (key, screen.scale, screen.origin, target.get_size(), id(target))
        if self.copy is not None and key == self.key:
            target.blit(self.copy, box)
            return self.value
        self.value = paint()
        self.copy = target.subsurface(box).copy()
        self.key = key
        return self.value


def mono_text(screen: Screen, content: str, pos: tuple[float, float], *, size: float,
              color: tuple[int, ...], face: str = "mono", anchor: str = "topleft") -> float:
    """:meth:`Screen.text` for text that changes every frame (clock, counters, gauges), in a
    monospaced face: put together from kept glyphs, with the same pixels as a whole render,
    instead of rendering a new line each frame. Returns the width in internal pixels."""
    if not content:
        return 0.0
    glyphs = textmod.glyphs(face, max(1, round(size * screen.scale)), tuple(color[:3]))
    pieces = glyphs.line(content)
    if pieces is None:
        return screen.text(content, pos, size=size, color=color, face=face, anchor=anchor)
    box = pygame.Rect(0, 0, glyphs.advance * len(content), glyphs.height)
    setattr(box, anchor, screen.to_window(*pos))
    step = glyphs.advance
    screen.target.blits([(piece, (box.x + i * step, box.y)) for i, piece in enumerate(pieces)
                         if piece is not None], doreturn=False)
    return box.w / screen.scale


def warm_glyphs(screen: Screen, size: float, color: tuple[int, ...], face: str = "mono",
                characters: str = "0123456789.,:;-+/()%#xst ") -> None:
    """Render the glyphs :func:`mono_text` will need for numbers, ahead of need."""
    textmod.glyphs(face, max(1, round(size * screen.scale)), tuple(color[:3])).line(characters)


def inside(rect: Rect, pos: tuple[int, int]) -> bool:
    x, y, w, h = rect
    return x <= pos[0] < x + w and y <= pos[1] < y + h


def panel(screen: Screen, rect: Rect, title: str = "", *, accent=C.ACCENT_DIM) -> None:
    """A dark instrument panel with a thin edge, corner ticks and an optional tab title."""
    x, y, w, h = rect
    screen.fill(C.PANEL, rect)
    screen.outline(C.PANEL_EDGE, rect)
    for cx, cy, dx, dy in ((x, y, 1, 1), (x + w - 1, y, -1, 1), (x, y + h - 1, 1, -1),
                           (x + w - 1, y + h - 1, -1, -1)):
        screen.line(accent, (cx, cy), (cx + 3 * dx, cy))
        screen.line(accent, (cx, cy), (cx, cy + 3 * dy))
    if title:
        screen.fill(C.PANEL_RAISED, (x + 1, y + 1, w - 2, 9))
        screen.line(C.PANEL_EDGE, (x + 1, y + 10), (x + w - 2, y + 10))
        screen.text(title, (x + 5, y + 1.5), size=6, color=C.TEXT_DIM, face="mono_bold")


def gauge(screen: Screen, rect: Rect, fraction: float, color, *, mark: float | None = None,
          mark_color=C.TEXT) -> None:
    """A horizontal bar filled to ``fraction`` (0..1) with an optional goal mark."""
    x, y, w, h = rect
    screen.fill(C.GUTTER, rect)
    fill = max(0.0, min(1.0, fraction))
    if fill > 0:
        screen.fill(color, (x, y, max(1.0, round(w * fill)), h))
    for i in range(1, 10):  # faint tenth ticks
        tx = x + round(w * i / 10)
        screen.line(C.PANEL, (tx, y + h - 1), (tx, y + h - 1))
    if mark is not None:
        mx = x + round(w * max(0.0, min(1.0, mark)))
        screen.line(mark_color, (mx, y - 1), (mx, y + h))
    screen.outline(C.PANEL_EDGE, rect)


def play_icon(screen: Screen, x: float, y: float, color) -> None:
    for i in range(5):
        screen.line(color, (x + i, y + i * 0.5), (x + i, y + 5 - i * 0.5))


def pause_icon(screen: Screen, x: float, y: float, color) -> None:
    screen.fill(color, (x, y, 2, 5))
    screen.fill(color, (x + 3, y, 2, 5))


def rewind_icon(screen: Screen, x: float, y: float, color) -> None:
    for k in (0, 3):
        for i in range(3):
            screen.line(color, (x + k + 2 - i, y + 1 + i * 0.5 - 0.5), (x + k + 2 - i, y + 4 - i))


def arrow(screen: Screen, origin: tuple[float, float], vec: tuple[float, float], color) -> None:
    """A short vector with a tiny head."""
    ox, oy = origin
    ex, ey = ox + vec[0], oy + vec[1]
    screen.line(color, (ox, oy), (ex, ey))
    length = (vec[0] ** 2 + vec[1] ** 2) ** 0.5
    if length >= 2.5:
        ux, uy = vec[0] / length, vec[1] / length
        for side in (1, -1):
            hx = ex - 2 * ux + side * 1.4 * -uy
            hy = ey - 2 * uy + side * 1.4 * ux
            screen.line(color, (ex, ey), (hx, hy))
