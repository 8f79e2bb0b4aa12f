"""Loading images once, and cutting sheets into frames."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.content.resolver import Resolver


class ImageCache:
    """Loads each image file once. Surfaces are converted for fast blits when a
    display exists; without one (headless logic, tests) they are kept as loaded.

    ``content`` is the run's packs (the base game and its kept mods): images named by
    their pack-relative path (:meth:`asset`) are found through it, so a mod's file
    replaces the game's. ``Game.use_content`` sets it when a campaign starts.
    """

    def __init__(self, content: Resolver | None = None) -> None:
        self._images: dict[Path, pygame.Surface] = {}
        #: Where each name was found (None: nowhere), so a frame asks the disk nothing.
        self._found: dict[tuple[str, ...], Path | None] = {}
        self._content = content or Resolver.base_game()

    @property
    def content(self) -> Resolver:
        return self._content

    @content.setter
    def content(self, content: Resolver) -> None:
        if content != self._content:
            self._found.clear()
        self._content = content

    def asset(self, folder: str, name: object, suffix: str = ".png",
              what: str = "image") -> pygame.Surface | None:
        """The image ``folder/<name><suffix>`` of the highest-priority pack that has it,
        or None. ``name`` is an id from content; :class:`~game.content.resolver.Refused`
        if it is not one (a path), and nothing is read."""
        key = (folder, str(name), suffix) if isinstance(name, str) else None
        if key is not None and key in self._found:
            path = self._found[key]
        else:
            path = self.content.asset(folder, name, suffix, what)
            if key is not None:
                self._found[key] = path
        return self.load(path) if path is not None else None

    def file(self, rel: str) -> pygame.Surface | None:
        """The image at the pack-relative path ``rel`` (e.g. ``assets/ui/panel.png``)."""
        key = (rel,)
        if key not in self._found:
            self._found[key] = self.content.path(rel)
        path = self._found[key]
        return self.load(path) if path is not None else None

    def load(self, path: Path) -> pygame.Surface:
        image = self._images.get(path)  # paths come from the resolver: already real
        if image is None:
            key = path.resolve()
            image = self._images.get(key)
            if image is None:
                image = pygame.image.load(str(key))
                if pygame.display.get_init() and pygame.display.get_surface() is not None:
                    image = image.convert_alpha()
                self._images[key] = image
            self._images[path] = image
        return image

    def clear(self) -> None:
        """Forget every image and where it was found (a reload reads them again)."""
        self._images.clear()
        self._found.clear()


def cut_sheet(sheet: pygame.Surface, frame_w: int, frame_h: int) -> list[list[pygame.Surface]]:
    """Rows of frames, left to right, top to bottom."""
    cols = sheet.get_width() // frame_w
    rows = sheet.get_height() // frame_h
    return [
        [sheet.subsurface((c * frame_w, r * frame_h, frame_w, frame_h)) for c in range(cols)]
        for r in range(rows)
    ]


def nine_slice(image: pygame.Surface, corner: int, width: int, height: int) -> pygame.Surface:
    """Stretch a framed image to ``width`` x ``height`` keeping its corners intact.

    Edges and centre are tiled, not scaled, so pixel art stays crisp.
    """
    width = max(width, corner * 2)
    height = max(height, corner * 2)
    src_w, src_h = image.get_size()
    out = pygame.Surface((width, height), pygame.SRCALPHA)
    mid_w, mid_h = src_w - 2 * corner, src_h - 2 * corner
    # (destination start, source start, destination span) for the three bands of each axis
    xs = [(0, 0, corner), (corner, corner, width - 2 * corner),
          (width - corner, src_w - corner, corner)]
    ys = [(0, 0, corner), (corner, corner, height - 2 * corner),
          (height - corner, src_h - corner, corner)]
    for dst_y, src_y, span_h in ys:
        for dst_x, src_x, span_w in xs:
            piece_w = corner if src_x != corner else mid_w
            piece_h = corner if src_y != corner else mid_h
            piece = image.subsurface((src_x, src_y, piece_w, piece_h))
            for ty in range(dst_y, dst_y + span_h, max(1, piece_h)):
                for tx in range(dst_x, dst_x + span_w, max(1, piece_w)):
                    w = min(piece_w, dst_x + span_w - tx)
                    h = min(piece_h, dst_y + span_h - ty)
                    out.blit(piece, (tx, ty), (0, 0, w, h))
    return out
