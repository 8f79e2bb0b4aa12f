"""Pixel collision: the feet box, overlaps, the map's edges and walls, moves along one axis."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.world.collision import FEET_H, FEET_W, SUB, Collider, boxes_overlap, feet_box, move_axis
from tests.support.soak import examples


def test_the_feet_box_is_centred_on_the_feet_and_ends_on_their_row():
    x, y, w, h = feet_box(100, 50)
    assert (w, h) == (FEET_W, FEET_H) == (10, 6)
    assert (x, y) == (95, 45)
    assert y + h - 1 == 50  # the bottom row of the box is the feet's row


def _pixels(box):
    x, y, w, h = box
    return {(px, py) for px in range(x, x + w) for py in range(y, y + h)}


BOXES = st.tuples(st.integers(-6, 6), st.integers(-6, 6), st.integers(1, 5), st.integers(1, 5))


@examples(0.5)
@given(BOXES, BOXES)
def test_boxes_overlap_exactly_when_they_share_a_pixel(a, b):
    assert boxes_overlap(a, b) == bool(_pixels(a) & _pixels(b))


@pytest.mark.parametrize(("b", "overlap"), [
    ((10, 0, 4, 2), False),  # touching on the right
    ((9, 0, 4, 2), True),
    ((-4, 0, 4, 2), False),  # touching on the left
    ((-3, 0, 4, 2), True),
    ((0, 6, 2, 4), False),  # touching below
    ((0, 5, 2, 4), True),
    ((0, -4, 2, 4), False),  # touching above
    ((0, -3, 2, 4), True),
])
def test_touching_boxes_do_not_overlap(b, overlap):
    a = (0, 0, 10, 6)
    assert boxes_overlap(a, b) is overlap
    assert boxes_overlap(b, a) is overlap


def open_room(width=20, height=10):
    return np.zeros((height, width), dtype=bool)


@pytest.mark.parametrize(("box", "blocked"), [
    ((0, 0, 5, 5), False),  # the top-left corner fits
    ((15, 5, 5, 5), False),  # so does the bottom-right one: x + w == width, y + h == height
    ((-1, 0, 5, 5), True),
    ((0, -1, 5, 5), True),
    ((16, 0, 5, 5), True),
    ((0, 6, 5, 5), True),
    ((15, 0, 10, 3), True),  # wider than the room's remaining width
    ((0, 5, 3, 9), True),  # taller than its remaining height
])
def test_the_map_edges_block(box, blocked):
    assert Collider(open_room()).blocked(box) is blocked


def test_a_solid_pixel_blocks_every_box_that_covers_it():
    solid = open_room()
    solid[4, 7] = True
    collider = Collider(solid)
    assert collider.blocked((7, 4, 1, 1))
    assert collider.blocked((3, 2, 5, 3))
    assert not collider.blocked((8, 4, 3, 3))  # just right of it
    assert not collider.blocked((0, 5, 10, 2))  # just below it


def test_obstacles_block_unless_ignored():
    npc = (10, 2, 4, 4)
    collider = Collider(open_room(), [npc])
    assert collider.blocked((12, 3, 2, 2))
    assert not collider.blocked((12, 3, 2, 2), ignore=npc)  # an NPC does not block itself
    assert not collider.blocked((14, 2, 2, 2))  # touching is not overlapping


def test_walkable_checks_the_feet_box():
    solid = open_room(40, 30)
    solid[20, 20] = True
    collider = Collider(solid)
    assert not collider.walkable(20, 20)
    assert not collider.walkable(24, 25)  # the box reaches 4 pixels left and 5 rows up
    assert collider.walkable(26, 20)
    assert collider.walkable(20, 19)


def free_in(lo, hi, *, horizontal=True, other=None):
    """is_free for a corridor of free pixels lo..hi along the axis; anything outside fails
    the test at once (so a move that runs the wrong way cannot loop for ever)."""

    def is_free(px, py):
        along, across = (px, py) if horizontal else (py, px)
        if other is not None:
            assert across == other, (px, py)
        assert lo - 2 <= along <= hi + 2, f"looked at pixel {along}, outside {lo}..{hi}"
        return lo <= along <= hi

    return is_free


def test_no_move_is_no_move():
    assert move_axis(5 * SUB + 3, 0, 0, True, free_in(0, 10)) == (5 * SUB + 3, False)


@pytest.mark.parametrize("delta", [1, 5, SUB - 1, SUB, 3 * SUB + 7, -1, -5, -SUB, -3 * SUB - 7])
def test_a_free_move_goes_exactly_delta_subpixels(delta):
    pos = 5 * SUB + 8
    assert move_axis(pos, delta, 0, True, free_in(0, 10)) == (pos + delta, False)


def test_a_move_within_one_pixel_asks_nothing():
    def never(px, py):
        raise AssertionError("no new pixel was entered")

    assert move_axis(5 * SUB, SUB - 1, 0, True, never) == (6 * SUB - 1, False)
    assert move_axis(5 * SUB + 9, -9, 0, False, never) == (5 * SUB, False)


def test_one_subpixel_across_a_pixel_border():
    assert move_axis(2 * SUB - 1, 1, 0, True, free_in(0, 10)) == (2 * SUB, False)
    assert move_axis(2 * SUB, -1, 0, True, free_in(0, 10)) == (2 * SUB - 1, False)


def test_moving_right_into_a_wall_stops_on_the_last_subpixel_before_it():
    # pixels 0..7 free, 8 is wall: from pixel 5 a long move ends at 7 * SUB + 15
    assert move_axis(5 * SUB + 2, 10 * SUB, 0, True, free_in(0, 7)) == (8 * SUB - 1, True)


def test_moving_left_into_a_wall_stops_on_the_first_subpixel_after_it():
    assert move_axis(5 * SUB + 9, -10 * SUB, 0, True, free_in(3, 10)) == (3 * SUB, True)


def test_a_wall_right_next_to_the_feet_stops_them_where_they_are_in_that_pixel():
    assert move_axis(7 * SUB + 4, SUB, 0, True, free_in(0, 7)) == (7 * SUB + 15, True)
    assert move_axis(3 * SUB + 4, -SUB, 0, True, free_in(3, 10)) == (3 * SUB, True)


def test_the_axes_ask_is_free_in_x_y_order():
    # the other coordinate is row 9 (horizontal move) or column 9 (vertical move)
    other = 9 * SUB + 5
    horizontal = free_in(0, 7, horizontal=True, other=9)
    vertical = free_in(0, 7, horizontal=False, other=9)
    assert move_axis(2 * SUB, 20 * SUB, other, True, horizontal) == (8 * SUB - 1, True)
    assert move_axis(2 * SUB, 20 * SUB, other, False, vertical) == (8 * SUB - 1, True)
