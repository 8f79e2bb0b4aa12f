"""Character portraits: 64x64 busts in a strip of expressions."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.engine.images import ImageCache
from game.paths import ASSETS

SIZE = 64
EXPRESSIONS = ("neutral", "worried", "angry", "happy")
PORTRAIT_DIR = ASSETS / "portraits"


class Portraits:
    def __init__(self, images: ImageCache, root: Path = PORTRAIT_DIR) -> None:
        self.images = images
        self.root = root
        self._cache: dict[tuple[str, str], pygame.Surface | None] = {}

    def get(self, portrait: str, expression: str = "neutral") -> pygame.Surface | None:
        """The portrait for an expression (neutral if that one is missing), or None."""
        key = (portrait, expression)
        if key not in self._cache:
            self._cache[key] = self._load(portrait, expression)
        return self._cache[key]

    def _load(self, portrait: str, expression: str) -> pygame.Surface | None:
        path = self.root / f"{portrait}.png"
        if not path.is_file():
            return None
        strip = self.images.load(path)
        index = EXPRESSIONS.index(expression) if expression in EXPRESSIONS else 0
        if (index + 1) * SIZE > strip.get_width():
            index = 0
        return strip.subsurface((index * SIZE, 0, SIZE, SIZE))
