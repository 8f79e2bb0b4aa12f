"""Character portraits: 64x64 busts in a strip of expressions."""

from __future__ import annotations

import pygame

from game.content.resolver import Refused, Resolver
from game.engine.images import ImageCache

SIZE = 64
EXPRESSIONS = ("neutral", "worried", "angry", "happy")
#: Where portraits are, in every pack: ``<folder>/<portrait id>.png``.
PORTRAIT_FOLDER = "assets/portraits"


class Portraits:
    """Portrait strips by id, found through a campaign's packs (the base game and the
    mods kept for it: a mod's portrait replaces the game's of the same id)."""

    def __init__(self, images: ImageCache, content: Resolver | None = None) -> None:
        self.images = images
        self.content = content or images.content
        self._cache: dict[tuple[str, str], pygame.Surface | None] = {}

    def get(self, portrait: str, expression: str = "neutral") -> pygame.Surface | None:
        """The portrait for an expression (neutral if that one is missing), or None."""
        key = (portrait, expression)
        if key not in self._cache:
            self._cache[key] = self._load(portrait, expression)
        return self._cache[key]

    def _load(self, portrait: str, expression: str) -> pygame.Surface | None:
        try:
            path = self.content.asset(PORTRAIT_FOLDER, portrait, ".png", "portrait")
        except Refused:  # not an id (lint says so); nothing is read
            return None
        if path is None:
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
