"""Drawing a map and its characters at internal resolution.

The static tile layers are drawn once into two big surfaces (below and above the
characters); each frame blits the camera's window of them, the animated tiles,
and the characters sorted by how far down the map their feet are.
"""

from __future__ import annotations

import threading
import weakref

import pygame
import pytmx

from game.content.resolver import Refused
from game.engine.images import ImageCache, cut_sheet
from game.engine.screen import HEIGHT, WIDTH
from game.world.actors import Actor
from game.world.mapdata import flag
from game.world.maps import WorldMap
from game.world.tiled import tiled_map

FRAME_W, FRAME_H = 16, 24
#: Where character sheets are, in every pack: ``<folder>/<character id>.png``.
SHEET_FOLDER = "assets/sprites/characters"
_SHADOW_COLOR = (12, 14, 28, 90)


class CharacterSprites:
    """Character sheets by id, found through the run's packs (a mod's sheet replaces
    the game's); an id without a sheet, or one that is not an id, gets a plain
    stand-in figure."""

    def __init__(self, images: ImageCache) -> None:
        self.images = images
        self._frames: dict[str, list[list[pygame.Surface]]] = {}
        #: Ids drawn as stand-ins, with why.
        self.missing: list[str] = []

    def frames(self, character: str) -> list[list[pygame.Surface]]:
        frames = self._frames.get(character)
        if frames is None:
            try:
                sheet = self.images.asset(SHEET_FOLDER, character, ".png", "character")
            except Refused as exc:
                sheet = None
                self.missing.append(f"{character} ({exc})")
            else:
                if sheet is None:
                    self.missing.append(character)
            frames = cut_sheet(sheet, FRAME_W, FRAME_H) if sheet is not None else []
            if not frames or not frames[0]:
                frames = _stand_in()
            self._frames[character] = frames
        return frames

    def frame(self, actor: Actor) -> pygame.Surface:
        row, col = actor.sheet_cell()
        frames = self.frames(actor.character)
        return frames[min(row, len(frames) - 1)][min(col, len(frames[0]) - 1)]


def _stand_in() -> list[list[pygame.Surface]]:
    figure = pygame.Surface((FRAME_W, FRAME_H), pygame.SRCALPHA)
    pygame.draw.ellipse(figure, (120, 128, 150), (4, 1, 8, 8))
    pygame.draw.rect(figure, (90, 98, 124), (3, 9, 10, 13), border_radius=3)
    return [[figure] * 3 for _ in range(4)]


def _shadow() -> pygame.Surface:
    shadow = pygame.Surface((12, 4), pygame.SRCALPHA)
    pygame.draw.ellipse(shadow, _SHADOW_COLOR, shadow.get_rect())
    return shadow


class MapView:
    def __init__(self, world: WorldMap, images: ImageCache, sprites: CharacterSprites) -> None:
        self.world = world
        self.images = images
        self.sprites = sprites
        self.canvas = pygame.Surface((WIDTH, HEIGHT))
        self.shadow = _shadow()
        layers = prepare_layers(world, images)
        self.below, self.above, self.animated = layers.below, layers.above, layers.animated

    # --- camera ------------------------------------------------------------------------
    def camera(self, focus: tuple[float, float]) -> tuple[int, int]:
        """Top-left of the view following ``focus``, kept inside the map."""
        map_w, map_h = self.world.pixel_size
        return (_clamp_axis(focus[0], WIDTH, map_w), _clamp_axis(focus[1] - 8, HEIGHT, map_h))

    # --- drawing -----------------------------------------------------------------------
    def draw(self, actors: list[Actor], focus: Actor, alpha: float, ticks: int) -> pygame.Surface:
        cam_x, cam_y = self.camera(focus.draw_position(alpha))
        canvas = self.canvas
        canvas.fill((10, 12, 22))
        canvas.blit(self.below, (-cam_x, -cam_y))
        millis = ticks * 1000 // 60
        self._draw_animated(canvas, cam_x, cam_y, millis, above=False)
        placed = sorted(((a.draw_position(alpha), a) for a in actors), key=lambda p: p[0][1])
        for (fx, fy), actor in placed:
            x, y = round(fx) - cam_x, round(fy) - cam_y
            canvas.blit(self.shadow, (x - 6, y - 2))
            canvas.blit(self.sprites.frame(actor), (x - FRAME_W // 2, y - FRAME_H + 1))
        canvas.blit(self.above, (-cam_x, -cam_y))
        self._draw_animated(canvas, cam_x, cam_y, millis, above=True)
        return canvas

    def _draw_animated(self, canvas: pygame.Surface, cam_x: int, cam_y: int, millis: int,
                       above: bool) -> None:
        for x, y, frames, on_top in self.animated:
            if on_top != above or not (-16 < x - cam_x < WIDTH and -16 < y - cam_y < HEIGHT):
                continue
            total = sum(d for _, d in frames) or 1
            t = millis % total
            for surface, duration in frames:
                if t < duration:
                    canvas.blit(surface, (x - cam_x, y - cam_y))
                    break
                t -= duration


class _Layers:
    """A map's static tile layers drawn once: below and above the characters, and the
    animated tiles. Kept per map (see ``_LAYERS``), so going back to a map costs no
    drawing; a reload reads the map into a new model, which gets new layers."""

    def __init__(self, world: WorldMap, images: ImageCache) -> None:
        self.images = images
        size = world.pixel_size
        self.below = pygame.Surface(size)
        self.above = pygame.Surface(size, pygame.SRCALPHA)
        self.below.fill((10, 12, 22))
        self.above.fill((0, 0, 0, 0))
        #: (x, y, [(surface, duration_ms)], above) of tiles that animate.
        self.animated: list[tuple[int, int, list[tuple[pygame.Surface, int]], bool]] = []
        tiled = tiled_map(world, images.load)
        tw, th = world.tile_w, world.tile_h
        for layer in tiled.layers:
            if not isinstance(layer, pytmx.TiledTileLayer):
                continue
            above = flag(layer.properties.get("above", ""))
            target = self.above if above else self.below
            for tx, ty, gid in layer.iter_data():
                if not gid:
                    continue
                frames = (tiled.get_tile_properties_by_gid(gid) or {}).get("frames")
                if frames:
                    animation = [(tiled.images[frame.gid], frame.duration) for frame in frames]
                    self.animated.append((tx * tw, ty * th, animation, above))
                image = tiled.images[gid]
                if image is not None:
                    target.blit(image, (tx * tw, ty * th))


#: Drawn layers by map model, for as long as the model lives (the map library keeps
#: the models of a run until a reload).
_LAYERS: weakref.WeakKeyDictionary[WorldMap, _Layers] = weakref.WeakKeyDictionary()
#: Held while layers are drawn, so the loop and the background loader
#: (:mod:`game.world.preload`) never draw the same map twice.
_DRAWING = threading.Lock()


def prepare_layers(world: WorldMap, images: ImageCache) -> _Layers:
    """The drawn layers of ``world``: drawn now, unless they were already."""
    with _DRAWING:
        layers = _LAYERS.get(world)
        if layers is None or layers.images is not images:
            layers = _Layers(world, images)
            _LAYERS[world] = layers
        return layers


def _clamp_axis(center: float, view: int, size: int) -> int:
    if size <= view:
        return -((view - size) // 2)
    return max(0, min(round(center) - view // 2, size - view))
