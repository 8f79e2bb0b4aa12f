"""Split triggers in the overworld logic: entering one notes its split, standing in it
does not again, leaving and entering does; a trigger of another campaign is not there."""

from __future__ import annotations

import random

from game.engine.input import Action, InputFrame
from game.world.maps import load_map
from game.world.overworld import Overworld
from tests.support.tmx import point, rect, write_map

ROOM = [
    "############",
    "#..........#",
    "#..........#",
    "############",
]


def walk(world: Overworld, action: Action, ticks: int) -> list[str]:
    for _ in range(ticks):
        world.tick(InputFrame(action, Action.NONE))
    return world.take_splits()


def test_entering_a_trigger_notes_its_split_each_time_it_is_entered(tmp_path):
    objects = [
        point("spawn", "entry", 24, 40),
        rect("split", "line", 96, 16, 16, 32, split="Doorway"),
        rect("split", "theirs", 144, 16, 16, 32, split="Other", campaign="tooth_rebirth"),
        rect("split", "nameless", 40, 16, 8, 32),  # no split property: nothing
    ]
    world_map = load_map(write_map(tmp_path, "hall", ROOM, objects))
    world = Overworld.enter(world_map, "a", None, random.Random(1),
                            present=lambda obj: obj.in_campaign("rejuvenation"))
    assert walk(world, Action.RIGHT, 40) == []  # not there yet (and past the nameless one)
    assert walk(world, Action.RIGHT, 40) == ["Doorway"]  # entered, then stood and walked on
    assert walk(world, Action.RIGHT, 60) == []  # the other campaign's trigger is not there
    assert walk(world, Action.LEFT, 60) == ["Doorway"]  # entered again from the other side
    world.frozen = True
    assert walk(world, Action.LEFT, 60) == []  # frozen: nobody moves, nothing enters
