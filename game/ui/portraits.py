"""Character portraits: 64x64 busts in a strip of expressions."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pygame

from game.engine.images import ImageCache
from game.paths import ASSETS

SIZE = 64
EXPRESSIONS = ("neutral", "worried", "angry", "happy")
PORTRAIT_DIR = ASSETS / "portraits"


class Portraits:
    """Portrait strips by id, from ``root`` or, for ids in ``paths``, from those files
    (how a campaign's mods bring portraits of their own)."""

    def __init__(self, images: ImageCache, root: Path = PORTRAIT_DIR,
                 paths: Mapping[str, str] | None = None) -> None:
        self.images = images
        self.root = root
        self.paths = dict(paths or {})
        self._cache: dict[tuple[str, str], pygame.Surface | None] = {}

    def get(self, portrait: str, expression: str = "neutral") -> pygame.Surface | None:
        """The portrait for an expression (neutral if that one is missing), or None."""
        key = (portrait, expression)
        if key not in self._cache:
            self._cache[key] = self._load(portrait, expression)
        return self._cache[key]

    def _load(self, portrait: str, expression: str) -> pygame.Surface | None:
        path = Path(self.paths[portrait]) if portrait in self.paths else \
            self.root / f"{portrait}.png"
        if not path.is_file():
            return None
        strip = self.images.load(path)
        # frames are squares as tall as the strip; other sizes are scaled to fit the box
        side = strip.get_height()
        count = strip.get_width() // side if side else 0
        if count == 0:
            return None
        index = EXPRESSIONS.index(expression) if expression in EXPRESSIONS else 0
        frame = strip.subsurface((index * side if index < count else 0, 0, side, side))
        return frame if side == SIZE else pygame.transform.scale(frame, (SIZE, SIZE))
