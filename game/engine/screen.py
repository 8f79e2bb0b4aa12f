"""Drawing in internal pixels onto a window of any size.

The game is drawn in a 480x270 coordinate space, scaled by a whole number into
the window and centred with black bars. Pixel art is scaled with nearest
neighbour; text is rendered directly at window resolution so it stays crisp.
Scenes call these methods in order, so what is drawn later is on top, whatever
it is (art or text).
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Sequence

import pygame

from game.content.resolver import ContentError
from game.engine import text as textmod
from game.engine.images import ImageCache, nine_slice

WIDTH, HEIGHT = 480, 270

Color = tuple[int, int, int] | tuple[int, int, int, int]
Rect = tuple[float, float, float, float]

#: 9-slice frames in assets/ui: name -> corner size in pixels.
FRAMES = {"panel": 8, "nameplate": 6}


def fit_scale(window_size: tuple[int, int]) -> int:
    """The largest whole-number scale of the internal resolution that fits the window."""
    w, h = window_size
    return max(1, min(w // WIDTH, h // HEIGHT))


class Screen:
    def __init__(self, target: pygame.Surface, images: ImageCache | None = None) -> None:
        self.images = images or ImageCache()
        self._scaled: weakref.WeakKeyDictionary[pygame.Surface, tuple[int, pygame.Surface]] = (
            weakref.WeakKeyDictionary()
        )
        self._frames: dict[tuple[str, int, int, int], pygame.Surface] = {}
        self._shades: dict[tuple[int, int, Color], pygame.Surface] = {}
        self.target = target
        self.scale = 1
        self.origin = (0, 0)
        self.resize(target)

    # --- geometry ----------------------------------------------------------------------
    def resize(self, target: pygame.Surface) -> None:
        self.target = target
        self.scale = fit_scale(target.get_size())
        w, h = target.get_size()
        self.origin = ((w - WIDTH * self.scale) // 2, (h - HEIGHT * self.scale) // 2)
        self._shades.clear()

    def to_window(self, x: float, y: float) -> tuple[int, int]:
        return (self.origin[0] + round(x * self.scale), self.origin[1] + round(y * self.scale))

    def to_internal(self, pos: tuple[int, int]) -> tuple[int, int] | None:
        """Window pixel to internal pixel, or None outside the game area."""
        x = (pos[0] - self.origin[0]) // self.scale
        y = (pos[1] - self.origin[1]) // self.scale
        if 0 <= x < WIDTH and 0 <= y < HEIGHT:
            return (x, y)
        return None

    def window_rect(self, rect: Rect) -> pygame.Rect:
        x, y = self.to_window(rect[0], rect[1])
        x2, y2 = self.to_window(rect[0] + rect[2], rect[1] + rect[3])
        return pygame.Rect(x, y, x2 - x, y2 - y)

    # --- pixels ------------------------------------------------------------------------
    def clear(self, color: Color = (0, 0, 0)) -> None:
        self.target.fill(color)

    def blit(
        self,
        surface: pygame.Surface,
        pos: tuple[float, float],
        area: Rect | None = None,
        *,
        static: bool = False,
    ) -> None:
        """Draw ``surface`` (internal pixels) at ``pos``.

        ``static=True`` keeps the scaled copy for next time: use it for images
        that do not change (portraits, frames); leave it off for surfaces that
        are redrawn every frame (the map canvas).
        """
        if area is not None:
            surface = surface.subsurface(pygame.Rect(area))
        if self.scale == 1:
            self.target.blit(surface, self.to_window(*pos))
            return
        if not static and self._scale_into_target(surface, pos):
            return
        scaled = self._scaled_copy(surface) if static else self._scale(surface)
        self.target.blit(scaled, self.to_window(*pos))

    def _scale_into_target(self, surface: pygame.Surface, pos: tuple[float, float]) -> bool:
        """Scale an opaque surface straight into the window, with no new surface each
        frame (the map canvas, every frame); False when it has to be blended or is not
        wholly inside the window."""
        if surface.get_flags() & pygame.SRCALPHA or surface.get_colorkey() is not None:
            return False
        if surface.get_bitsize() != self.target.get_bitsize() or \
                surface.get_masks() != self.target.get_masks():
            return False
        w, h = surface.get_size()
        dest = pygame.Rect(self.to_window(*pos), (w * self.scale, h * self.scale))
        if not self.target.get_rect().contains(dest):
            return False
        pygame.transform.scale(surface, dest.size, self.target.subsurface(dest))
        return True

    def _scale(self, surface: pygame.Surface) -> pygame.Surface:
        w, h = surface.get_size()
        return pygame.transform.scale(surface, (w * self.scale, h * self.scale))

    def _scaled_copy(self, surface: pygame.Surface) -> pygame.Surface:
        cached = self._scaled.get(surface)
        if cached is None or cached[0] != self.scale:
            cached = (self.scale, self._scale(surface))
            self._scaled[surface] = cached
        return cached[1]

    def fill(self, color: Color, rect: Rect | None = None) -> None:
        """Fill a rectangle; a colour with alpha below 255 is blended."""
        target = self.window_rect(rect) if rect is not None else self.window_rect(
            (0, 0, WIDTH, HEIGHT)
        )
        if len(color) == 4 and color[3] < 255:
            key = (target.w, target.h, color)
            shade = self._shades.get(key)
            if shade is None:
                shade = pygame.Surface(target.size, pygame.SRCALPHA)
                shade.fill(color)
                if len(self._shades) > 64:
                    self._shades.clear()
                self._shades[key] = shade
            self.target.blit(shade, target.topleft)
        else:
            self.target.fill(color[:3], target)

    def outline(self, color: Color, rect: Rect, width: int = 1) -> None:
        pygame.draw.rect(self.target, color, self.window_rect(rect), width * self.scale)

    def line(
        self, color: Color, start: tuple[float, float], end: tuple[float, float], width: int = 1
    ) -> None:
        pygame.draw.line(
            self.target, color, self.to_window(*start), self.to_window(*end), width * self.scale
        )

    def frame(self, rect: Rect, style: str = "panel") -> None:
        """A 9-slice frame from ``assets/ui/<style>.png`` stretched over ``rect``."""
        x, y, w, h = (round(v) for v in rect)
        key = (style, w, h, id(self.images.content))  # a mod may bring its own frames
        surface = self._frames.get(key)
        if surface is None:
            image = self.images.asset("assets/ui", style, ".png", "frame style")
            if image is None:
                raise ContentError(f"assets/ui/{style}.png: this frame image is missing")
            surface = nine_slice(image, FRAMES.get(style, 8), w, h)
            self._frames[key] = surface
        self.blit(surface, (x, y), static=True)

    # --- text --------------------------------------------------------------------------
    def text(
        self,
        content: str,
        pos: tuple[float, float],
        *,
        size: float = 8,
        color: Color = (240, 240, 240),
        face: str = "sans",
        anchor: str = "topleft",
        shadow: Color | None = None,
    ) -> float:
        """Draw one line of text; ``pos`` and ``size`` are internal pixels.

        ``anchor`` is a pygame.Rect attribute name (``topleft``, ``center``,
        ``midtop``, ``topright``...). Returns the width in internal pixels.
        """
        if not content:
            return 0.0
        rendered = _render(content, face, max(1, round(size * self.scale)), color[:3])
        box = rendered.get_rect()
        setattr(box, anchor, self.to_window(*pos))
        if shadow is not None:
            dark = _render(content, face, max(1, round(size * self.scale)), shadow[:3])
            offset = max(1, self.scale // 2)
            self.target.blit(dark, (box.x + offset, box.y + offset))
        self.target.blit(rendered, box)
        return box.w / self.scale

    def spans(
        self,
        line: Sequence[textmod.Span],
        pos: tuple[float, float],
        *,
        size: float = 8,
        colors: dict[str, Color] | None = None,
        color: Color = (240, 240, 240),
        shadow: Color | None = None,
    ) -> float:
        """Draw one laid-out line of styled runs (see :func:`text.wrap_spans`)."""
        x, y = pos
        for content, style in line:
            face = textmod.STYLE_FACES.get(style, "sans")
            run_color = (colors or {}).get(style, color)
            self.text(content, (x, y), size=size, color=run_color, face=face, shadow=shadow)
            x += textmod.text_width(content, size, face)
        return x - pos[0]


@functools.lru_cache(maxsize=1024)
def _render(content: str, face: str, pixels: int, color: tuple[int, ...]) -> pygame.Surface:
    return textmod.font(face, pixels).render(content, True, color)


textmod.font_caches.append(_render)
