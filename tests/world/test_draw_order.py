"""Who is drawn in front of whom: people and furniture by how far down the map they
stand (game/world/view.py). Someone behind a counter is hidden by it, someone in
front of it is drawn whole over it, whatever layer each of its tiles is in."""

from __future__ import annotations

import os

import pygame
import pytest

from game.engine.images import ImageCache
from game.engine.screen import HEIGHT, WIDTH
from game.world.actors import Actor, Facing
from game.world.collision import Collider, feet_box
from game.world.maps import MapLibrary, WorldMap
from game.world.view import FRAME_H, FRAME_W, CharacterSprites, MapView, depth_cells

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

FIGURE = (255, 0, 255)  # a colour no tile has


@pytest.fixture(autouse=True)
def _display():
    pygame.display.init()
    pygame.display.set_mode((1, 1))
    yield


class SolidFigures(CharacterSprites):
    """Every character is a solid block of one colour, so each of its pixels shows."""

    def frame(self, actor: Actor) -> pygame.Surface:
        figure = pygame.Surface((FRAME_W, FRAME_H))
        figure.fill(FIGURE)
        return figure


def cells_of(world: WorldMap, obj: str) -> dict[tuple[int, int], tuple[int, int]]:
    """(column, row) on the map of each tile of the object named ``obj`` (tiles are
    named ``<object>_r<row>c<col>``) -> (row, column) in the object."""
    found = {}
    for layer in world.layers:
        for ty, row in enumerate(layer.gids):
            for tx, gid in enumerate(row):
                tile = world.tile(gid) if gid else None
                name = tile.props.get("name", "") if tile is not None else ""
                if name == obj:
                    found[(tx, ty)] = (0, 0)
                elif name.startswith(f"{obj}_r") and "c" in name[len(obj) + 2:]:
                    r, c = name[len(obj) + 2:].split("c")
                    found[(tx, ty)] = (int(r), int(c))
    assert found, f"no {obj} on {world.name}"
    return found


def first_object(world: WorldMap, obj: str) -> tuple[int, int, int, int]:
    """Top-left tile and size in tiles of the first (top-left) ``obj`` on the map."""
    cells = cells_of(world, obj)
    x0, y0 = min((pos for pos, (r, c) in cells.items() if (r, c) == (0, 0)),
                 key=lambda p: (p[1], p[0]))
    mine = [pos for pos in cells if x0 <= pos[0] < x0 + 8 and y0 <= pos[1] < y0 + 8]
    return x0, y0, max(p[0] for p in mine) - x0 + 1, max(p[1] for p in mine) - y0 + 1


def standing(world: WorldMap, x: int, y: int, step: int) -> int:
    """The feet y nearest ``y`` going by ``step`` where someone at ``x`` may stand."""
    collider = Collider(world.solid)
    while collider.blocked(feet_box(x, y)):
        y += step
    return y


def draw(world: WorldMap, feet: tuple[int, int]) -> tuple[pygame.Surface, pygame.Surface,
                                                          tuple[int, int]]:
    """The map drawn with a figure at ``feet`` and without it, and the camera."""
    images = ImageCache()
    view = MapView(world, images, SolidFigures(images))
    camera = (max(0, feet[0] - WIDTH // 2), max(0, feet[1] - HEIGHT // 2))
    person = Actor.at("player", "elena_rahmani", feet, Facing.UP)
    person.x, person.y = person.prev_x, person.prev_y = feet[0] * 16, feet[1] * 16
    with_person = view.draw([person], person, 1.0, 0, camera=camera).copy()
    without = view.draw([], person, 1.0, 0, camera=camera).copy()
    return with_person, without, camera


def figure_pixels(feet: tuple[int, int], camera: tuple[int, int]) -> list[tuple[int, int]]:
    left, top = feet[0] - FRAME_W // 2 - camera[0], feet[1] - FRAME_H + 1 - camera[1]
    return [(left + dx, top + dy) for dy in range(FRAME_H) for dx in range(FRAME_W)]


def test_someone_in_front_of_a_counter_is_drawn_whole_over_it():
    world = MapLibrary().get("practice")
    x0, y0, w, h = first_object(world, "reception_desk")
    x = x0 * 16 + w * 8
    feet = (x, standing(world, x, (y0 + h - 1) * 16, 1))  # pressed against its front
    assert feet[1] < (y0 + h) * 16, "the figure should overlap the counter's front"
    drawn, bare, camera = draw(world, feet)
    counter_top = pygame.Rect(x0 * 16 - camera[0], y0 * 16 - camera[1], w * 16, 16)
    overlap = [p for p in figure_pixels(feet, camera) if counter_top.collidepoint(p)]
    assert overlap, "the figure should reach up into the counter's top row"
    assert all(drawn.get_at(p)[:3] == FIGURE for p in overlap)
    assert all(drawn.get_at(p)[:3] == FIGURE for p in figure_pixels(feet, camera))
    assert any(bare.get_at(p)[:3] != drawn.get_at(p)[:3] for p in overlap)


def test_someone_behind_a_counter_is_hidden_by_it():
    world = MapLibrary().get("practice")
    x0, y0, w, h = first_object(world, "reception_desk")
    x = x0 * 16 + w * 8
    feet = (x, standing(world, x, (y0 + h - 1) * 16, -1))  # pressed against its back
    drawn, bare, camera = draw(world, feet)
    desk = pygame.Rect(x0 * 16 - camera[0], y0 * 16 - camera[1], w * 16, h * 16)
    images = ImageCache()
    empty = pygame.Surface((desk.w, desk.h))
    empty.blit(MapView(world, images, SolidFigures(images)).below, (0, 0),
               (x0 * 16, y0 * 16, desk.w, desk.h))
    hidden = [p for p in figure_pixels(feet, camera) if desk.collidepoint(p)
              and bare.get_at(p) != empty.get_at((p[0] - desk.x, p[1] - desk.y))]
    assert hidden, "the counter should overlap the figure"
    assert all(drawn.get_at(p) == bare.get_at(p) for p in hidden)


def object_pixel(world: WorldMap, obj: str, x: int, y: int) -> bool:
    """Whether a tile of ``obj`` has an opaque pixel at map pixel (x, y)."""
    tx, ty = x // 16, y // 16
    for layer in world.layers:
        gid = layer.gids[ty][tx]
        tile = world.tile(gid) if gid else None
        if tile is None or not str(tile.props.get("name", "")).startswith(f"{obj}_r"):
            continue
        path, rect, _ = world.tile_source(gid)
        image = pygame.image.load(str(path))
        if image.get_at((rect[0] + x % 16, rect[1] + y % 16)).a:
            return True
    return False


def test_the_front_of_a_chair_is_drawn_over_someone_behind_it():
    """The chair's lower tiles are not in the ``above`` layer, and someone behind it
    reaches into them: they still hide her feet."""
    world = MapLibrary().get("practice")
    x0, y0, w, h = first_object(world, "classic_chair")
    checked = 0
    for x in range(x0 * 16 + 6, (x0 + w) * 16 - 6, 3):
        feet = (x, standing(world, x, (y0 + h - 1) * 16, -1))
        # where she overlaps the chair's second and third rows, and the chair is there
        front = [(px, py) for px in range(x - FRAME_W // 2, x + FRAME_W // 2)
                 for py in range(max(feet[1] - FRAME_H + 1, (y0 + 1) * 16), feet[1] + 1)
                 if object_pixel(world, "classic_chair", px, py)]
        if not front:
            continue
        drawn, bare, camera = draw(world, feet)
        for px, py in front:
            spot = (px - camera[0], py - camera[1])
            assert drawn.get_at(spot)[:3] != FIGURE, (feet, (px, py))
            assert drawn.get_at(spot) == bare.get_at(spot)
            checked += 1
    assert checked > 20, "someone behind the chair should overlap its front"


def test_a_light_hanging_from_a_truss_stays_over_everyone():
    world = MapLibrary().get("conference_hall")
    lights = cells_of(world, "truss_light")
    depth = depth_cells(world)
    assert lights and not set(lights) & set(depth)
    tx, ty = min(lights)
    feet = (tx * 16 + 8, ty * 16 + 30)  # standing just under it
    drawn, bare, camera = draw(world, feet)
    light = pygame.Rect(tx * 16 - camera[0], ty * 16 - camera[1], 16, 16)
    spots = [p for p in figure_pixels(feet, camera) if light.collidepoint(p)
             and drawn.get_at(p)[:3] != FIGURE]
    assert spots and all(drawn.get_at(p) == bare.get_at(p) for p in spots)


def test_furniture_base_lines_are_the_bottom_of_its_collision():
    world = MapLibrary().get("practice")
    x0, y0, w, h = first_object(world, "reception_desk")
    depth = depth_cells(world)
    collider_bottom = max(y for y in range(y0 * 16, (y0 + h) * 16)
                          if world.solid[y, x0 * 16 + 8]) + 1
    for tx in range(x0, x0 + w):
        for ty in range(y0, y0 + h):
            assert depth[(tx, ty)].base == collider_bottom
