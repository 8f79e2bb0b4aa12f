"""Drawing a map and its characters at internal resolution.

The static tile layers are drawn once into two big surfaces (below and above the
characters) and a set of furniture *pieces*; each frame blits the camera's window
of the surfaces, the animated tiles, and the characters and pieces sorted by how
far down the map they stand.

Depth: a piece of furniture (the cells of a tall object: its ``above`` tiles and the
tiles that collide with part of their cell, with what lies on them) is drawn over a
character whose feet are above its *base line* (the bottom of its collision), and
under one whose feet are on or below it. So a character behind a counter is hidden
by the whole counter, front and top, and one in front of it is drawn whole over it.
Tiles of an ``above`` layer that belong to nothing that collides (lights hanging
from a truss) stay over everyone.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import pygame
import pytmx

from game.content.resolver import Refused
from game.engine.images import ImageCache, cut_sheet
from game.engine.screen import HEIGHT, WIDTH
from game.world.actors import Actor
from game.world.mapdata import GID_MASK, flag
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
        self.pieces = layers.pieces

    # --- camera ------------------------------------------------------------------------
    def camera(self, focus: tuple[float, float]) -> tuple[int, int]:
        """Top-left of the view following ``focus``, kept inside the map."""
        map_w, map_h = self.world.pixel_size
        return (_clamp_axis(focus[0], WIDTH, map_w), _clamp_axis(focus[1] - 8, HEIGHT, map_h))

    def camera_clear_of(self, camera: tuple[int, int], people: Sequence[tuple[float, float]],
                        covered: int, top: int = 4) -> tuple[int, int]:
        """``camera`` moved up or down only as far as needed for everyone in ``people``
        (feet points) to stand clear of a box covering the bottom ``covered`` pixels of
        the screen (and ``top`` pixels below its top edge). When they cannot all fit,
        the first (the player) is kept clear. The map may slide past its edge: the box
        covers what lies beyond it."""
        cam_x, cam_y = camera
        if covered <= 0 or not people:
            return camera
        visible = HEIGHT - covered
        for group in (people, people[:1]):
            low = max(round(y) for _, y in group) + CLEARANCE - visible
            high = min(round(y) for _, y in group) - FRAME_H - top
            if low <= high:
                return (cam_x, min(max(cam_y, low), high))
        return camera

    # --- drawing -----------------------------------------------------------------------
    def draw(self, actors: list[Actor], focus: Actor, alpha: float, ticks: int,
             camera: tuple[int, int] | None = None) -> pygame.Surface:
        """The map with ``actors`` on it, the camera following ``focus`` (or at ``camera``,
        the view's top-left in map pixels, when given)."""
        cam_x, cam_y = camera if camera is not None else self.camera(focus.draw_position(alpha))
        canvas = self.canvas
        canvas.fill((10, 12, 22))
        canvas.blit(self.below, (-cam_x, -cam_y))
        millis = ticks * 1000 // 60
        self._draw_animated(canvas, self.animated, cam_x, cam_y, millis, above=False)
        # people and furniture by depth: a piece is drawn before whoever stands on or
        # below its base line, after whoever stands above it
        order: list[tuple[int, int, float, int, Actor | _Piece]] = []
        view = pygame.Rect(cam_x, cam_y, WIDTH, HEIGHT)
        for index, piece in enumerate(self.pieces):
            if view.colliderect(piece.rect):
                order.append((piece.base, 0, 0.0, index, piece))
        for index, actor in enumerate(actors):
            fx, fy = actor.draw_position(alpha)
            order.append((round(fy), 1, fy, index, actor))
        order.sort(key=lambda entry: entry[:4])
        for *_, thing in order:
            if isinstance(thing, _Piece):
                at = (thing.rect.x - cam_x, thing.rect.y - cam_y)
                canvas.blit(thing.low, at)
                self._draw_animated(canvas, thing.animated, cam_x, cam_y, millis, above=False)
                if thing.high is not None:
                    canvas.blit(thing.high, at)
                self._draw_animated(canvas, thing.animated, cam_x, cam_y, millis, above=True)
                continue
            fx, fy = thing.draw_position(alpha)
            x, y = round(fx) - cam_x, round(fy) - cam_y
            canvas.blit(self.shadow, (x - 6, y - 2))
            canvas.blit(self.sprites.frame(thing), (x - FRAME_W // 2, y - FRAME_H + 1))
        canvas.blit(self.above, (-cam_x, -cam_y))
        self._draw_animated(canvas, self.animated, cam_x, cam_y, millis, above=True)
        return canvas

    @staticmethod
    def _draw_animated(canvas: pygame.Surface, animated: list[_Animated], cam_x: int,
                       cam_y: int, millis: int, above: bool) -> None:
        for x, y, frames, on_top in animated:
            if on_top != above or not (-16 < x - cam_x < WIDTH and -16 < y - cam_y < HEIGHT):
                continue
            total = sum(d for _, d in frames) or 1
            t = millis % total
            for surface, duration in frames:
                if t < duration:
                    canvas.blit(surface, (x - cam_x, y - cam_y))
                    break
                t -= duration


#: An animated tile: (x, y) in map pixels, its frames (surface, ms), drawn above or not.
_Animated = tuple[int, int, list[tuple[pygame.Surface, int]], bool]
#: How far above the box the lowest person's feet stay (see ``MapView.camera_clear_of``).
CLEARANCE = 6


class _Piece(NamedTuple):
    """Furniture drawn between the characters: the cells of one base line that touch.
    Drawn as the map's layers are: its tiles of layers below the characters, their
    animations, its tiles of ``above`` layers, their animations."""

    base: int  # feet at or below this map y are in front of it
    rect: pygame.Rect  # where it is drawn, in map pixels
    low: pygame.Surface
    high: pygame.Surface | None
    animated: list[_Animated]


class DepthCell(NamedTuple):
    """A map cell drawn as part of a piece of furniture."""

    first_layer: int  # the cell's tiles of this layer and those above it are the piece's
    base: int  # the piece's base line, in map pixels


def depth_cells(world: WorldMap) -> dict[tuple[int, int], DepthCell]:
    """The cells of ``world`` that are furniture drawn by depth, by (column, row).

    A multi-tile object (tiles named ``<object>_r<row>c<col>``, docs/art.md) that
    collides anywhere is furniture, all its cells, with the bottom of its collision
    as base line (a counter's front, a tree's trunk, a billboard's post). Any other
    tile is furniture when it is in an ``above`` layer or collides with part of its
    cell; its base line is the bottom of the collision found going down its column
    through such cells. Tiles that find none (a light hanging from a truss) are not
    furniture: their ``above`` tiles stay over everyone. Walls never stand in front of
    anyone: a tile that fills its cell is not furniture by itself.
    """
    th = world.tile_h
    objects: dict[tuple[int, str, int, int], _Object] = {}
    loose: dict[tuple[int, int], int] = {}  # cell -> first layer
    loose_rows: dict[tuple[int, int], set[int]] = {}
    shapes: dict[int, _Shape] = {}
    for index, layer in enumerate(world.layers):
        grid = layer.gids
        if len(grid) != world.height:
            continue  # as for collision (mapdata): a layer of the wrong size is ignored
        for ty, row in enumerate(grid):
            for tx, gid in enumerate(row[: world.width]):
                if not gid:
                    continue
                plain = gid & GID_MASK
                if plain not in shapes:
                    shapes[plain] = _shape(world, plain)
                shape = shapes[plain]
                rows = set() if layer.above else shape.rows  # above tiles never block
                if shape.obj is not None:
                    key = (shape.tileset, shape.obj, tx - shape.col, ty - shape.row)
                    part = objects.setdefault(key, _Object({}, None))
                    part.cells.setdefault((tx, ty), index)
                    if rows:
                        bottom = ty * th + max(rows) + 1
                        part.bottom = bottom if part.bottom is None else max(part.bottom, bottom)
                elif layer.above or (rows and not shape.whole):
                    loose.setdefault((tx, ty), index)
                    loose_rows.setdefault((tx, ty), set()).update(rows)
    return _merge(objects, _loose_bases(loose, loose_rows, th))


def _loose_bases(loose: dict[tuple[int, int], int], rows: dict[tuple[int, int], set[int]],
                 th: int) -> dict[tuple[int, int], DepthCell]:
    """Depth of the furniture cells that are no part of a named object, by column."""
    cells: dict[tuple[int, int], DepthCell] = {}
    for tx, ty in sorted(loose):
        if (tx, ty - 1) not in loose:  # the top of a run down the column
            for cell, base in _column_bases(loose, rows, tx, ty, th).items():
                cells[cell] = DepthCell(loose[cell], base)
    return cells


def _merge(objects: dict[tuple[int, str, int, int], _Object],
           loose: dict[tuple[int, int], DepthCell]) -> dict[tuple[int, int], DepthCell]:
    """Every furniture cell once: an object's base line wins over a loose tile's, the
    lowest first layer of both counts."""
    cells: dict[tuple[int, int], DepthCell] = {}
    for part in objects.values():
        if part.bottom is None:
            continue
        for cell, first in part.cells.items():
            known = cells.get(cell)
            cells[cell] = DepthCell(min(first, known.first_layer), known.base) if known \
                else DepthCell(first, part.bottom)
    for cell, spot in loose.items():
        known = cells.get(cell)
        cells[cell] = DepthCell(min(spot.first_layer, known.first_layer), known.base) \
            if known else spot
    return cells


@dataclass
class _Object:
    """One placed multi-tile object: its cells (-> first layer) and collision bottom."""

    cells: dict[tuple[int, int], int]
    bottom: int | None


class _Shape(NamedTuple):
    """What depth needs of a tile."""

    tileset: int  # first global id of its tileset
    obj: str | None  # the object it is part of, or None
    row: int  # its row and column in that object
    col: int
    rows: set[int]  # its pixel rows that collide
    whole: bool  # it collides all over


_PART = re.compile(r"^(?P<object>.+)_r(?P<row>\d+)c(?P<col>\d+)$")


def _shape(world: WorldMap, gid: int) -> _Shape:
    hit = world.tileset_of(gid)
    tile = world.tile(gid)
    if hit is None or tile is None:
        return _Shape(0, None, 0, 0, set(), False)
    match = _PART.match(str(tile.props.get("name", "")))
    obj, r, c = (match["object"], int(match["row"]), int(match["col"])) if match else (None, 0, 0)
    tw, th = world.tile_w, world.tile_h
    if flag(tile.props.get("solid", "")):
        return _Shape(hit[0].firstgid, obj, r, c, set(range(th)), True)
    covered: set[int] = set()
    area = 0
    for x, y, w, h in tile.colliders:
        x0, x1 = max(0, int(x)), min(tw, int(x + w))
        y0, y1 = max(0, int(y)), min(th, int(y + h))
        if x1 > x0 and y1 > y0:
            covered.update(range(y0, y1))
            area += (x1 - x0) * (y1 - y0)
    return _Shape(hit[0].firstgid, obj, r, c, covered, area >= tw * th)


def _column_bases(first: dict[tuple[int, int], int], rows: dict[tuple[int, int], set[int]],
                  tx: int, ty: int, th: int) -> dict[tuple[int, int], int]:
    """Base lines of the run of furniture cells going down column ``tx`` from row ``ty``:
    the end of the first collision below each cell's top (or, below the last one, the
    last one's end)."""
    run: list[tuple[int, int]] = []
    while (tx, ty + len(run)) in first:
        run.append((tx, ty + len(run)))
    segments: list[list[int]] = []  # [start, end) in pixels from the run's top
    for r in sorted(r + k * th for k, cell in enumerate(run) for r in rows.get(cell, ())):
        if segments and r <= segments[-1][1]:
            segments[-1][1] = r + 1
        else:
            segments.append([r, r + 1])
    if not segments:
        return {}
    bases = {}
    for k, cell in enumerate(run):
        end = next((end for _, end in segments if end > k * th), segments[-1][1])
        bases[cell] = ty * th + end
    return bases


class _Layers:
    """A map's static tile layers drawn once: below and above the characters, the
    furniture pieces drawn between them by depth, and the animated tiles. Kept per map
    (see ``_LAYERS``), so going back to a map costs no drawing; a reload reads the map
    into a new model, which gets new layers."""

    def __init__(self, world: WorldMap, images: ImageCache) -> None:
        self.images = images
        size = world.pixel_size
        self.below = pygame.Surface(size)
        self.above = pygame.Surface(size, pygame.SRCALPHA)
        self.below.fill((10, 12, 22))
        self.above.fill((0, 0, 0, 0))
        #: (x, y, [(surface, duration_ms)], above) of tiles that animate.
        self.animated: list[_Animated] = []
        tiled = tiled_map(world, images.load)
        tw, th = world.tile_w, world.tile_h
        tile_layers = [layer for layer in tiled.layers if isinstance(layer, pytmx.TiledTileLayer)]
        # pytmx's layers are the model's, in the same order; if not, nothing is by depth
        depth = depth_cells(world) if len(tile_layers) == len(world.layers) else {}
        cells: dict[tuple[int, int, bool], pygame.Surface] = {}
        cell_animated: dict[tuple[int, int], list[_Animated]] = {}
        for index, layer in enumerate(tile_layers):
            above = flag(layer.properties.get("above", ""))
            for tx, ty, gid in layer.iter_data():
                if not gid:
                    continue
                spot = depth.get((tx, ty))
                in_piece = spot is not None and index >= spot.first_layer
                frames = (tiled.get_tile_properties_by_gid(gid) or {}).get("frames")
                if frames:
                    animation = [(tiled.images[frame.gid], frame.duration) for frame in frames]
                    if in_piece:
                        cell_animated.setdefault((tx, ty), []).append(
                            (tx * tw, ty * th, animation, above))
                    else:
                        self.animated.append((tx * tw, ty * th, animation, above))
                image = tiled.images[gid]
                if image is None:
                    continue
                if in_piece:
                    cell = cells.get((tx, ty, above))
                    if cell is None:
                        cell = pygame.Surface((tw, th), pygame.SRCALPHA)
                        cells[(tx, ty, above)] = cell
                    cell.blit(image, (0, 0))
                else:
                    (self.above if above else self.below).blit(image, (tx * tw, ty * th))
        self.pieces = _pieces(depth, cells, cell_animated, tw, th)


def _pieces(depth: dict[tuple[int, int], DepthCell],
            cells: dict[tuple[int, int, bool], pygame.Surface],
            animated: dict[tuple[int, int], list[_Animated]], tw: int, th: int) -> list[_Piece]:
    """The drawn cells joined into pieces: touching cells of the same base line."""
    pieces: list[_Piece] = []
    left = {(tx, ty) for tx, ty, _ in cells} | set(animated)
    while left:
        start = min(left, key=lambda c: (c[1], c[0]))
        base = depth[start].base
        group, todo = [], [start]
        left.discard(start)
        while todo:
            tx, ty = todo.pop()
            group.append((tx, ty))
            for near in ((tx - 1, ty), (tx + 1, ty), (tx, ty - 1), (tx, ty + 1)):
                if near in left and depth[near].base == base:
                    left.discard(near)
                    todo.append(near)
        x0 = min(c[0] for c in group)
        y0 = min(c[1] for c in group)
        x1 = max(c[0] for c in group) + 1
        y1 = max(c[1] for c in group) + 1
        size = ((x1 - x0) * tw, (y1 - y0) * th)
        low = pygame.Surface(size, pygame.SRCALPHA)
        high: pygame.Surface | None = None
        moving: list[_Animated] = []
        for tx, ty in sorted(group, key=lambda c: (c[1], c[0])):
            at = ((tx - x0) * tw, (ty - y0) * th)
            if (tx, ty, False) in cells:
                low.blit(cells[(tx, ty, False)], at)
            if (tx, ty, True) in cells:
                if high is None:
                    high = pygame.Surface(size, pygame.SRCALPHA)
                high.blit(cells[(tx, ty, True)], at)
            moving += animated.get((tx, ty), [])
        pieces.append(_Piece(base, pygame.Rect((x0 * tw, y0 * th), size), low, high, moving))
    pieces.sort(key=lambda piece: (piece.base, piece.rect.x))
    return pieces


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
