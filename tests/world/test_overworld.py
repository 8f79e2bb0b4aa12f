"""Walking, collision, talking and warps on small test maps (no display)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.engine.input import Action, InputFrame
from game.world.actors import Facing
from game.world.collision import SUB, boxes_overlap
from game.world.maps import MapError, load_map
from game.world.overworld import Interaction, Overworld, WarpStep
from tests.support.soak import examples
from tests.support.tmx import point, rect, write_map

ROOM = [
    "##########",
    "#........#",
    "#........#",
    "#...#....#",
    "#...#..h.#",
    "#........#",
    "##########",
]


@pytest.fixture
def room(tmp_path):
    objects = [
        point("spawn", "entry", 40, 40, facing="right"),
        point("npc", "max", 120, 40, character="max_chen", dialogue="clinic_max"),
        rect("inspect", "poster", 128, 80, 16, 16, dialogue="clinic_poster"),
        rect("warp", "door", 16, 80, 8, 16, target_map="hall", target_spawn="entry"),
    ]
    return load_map(write_map(tmp_path, "room", ROOM, objects))


def hold(actions: Action, ticks: int) -> list[InputFrame]:
    return [InputFrame(actions, actions if i == 0 else Action.NONE) for i in range(ticks)]


def tap(actions: Action) -> InputFrame:
    return InputFrame(actions, actions)


def run(world: Overworld, frames: list[InputFrame]) -> list:
    events = []
    for frame in frames:
        events += world.tick(frame)
    return events


def test_map_loads_its_solid_tiles_and_half_tiles(room):
    assert room.solid.shape == (7 * 16, 10 * 16)
    assert room.solid[0:16, 0:16].all()  # corner wall
    assert not room.solid[16:32, 16:32].any()  # floor
    half = room.solid[4 * 16 : 5 * 16, 7 * 16 : 8 * 16]
    assert half[8:].all() and not half[:8].any()  # the "h" tile blocks its lower half
    assert set(room.spawns) == {"entry"}


def test_walking_stops_flush_against_a_wall(room):
    world = Overworld.enter(room, "elena_rahmani", None, random.Random(1))
    run(world, hold(Action.UP, 60))
    feet = world.player.feet()
    assert feet[1] == 16  # the top row of floor pixels, right below the wall
    assert world.player.facing is Facing.UP


def test_running_is_twice_as_fast_as_walking(room):
    walker = Overworld.enter(room, "a", None, random.Random(1))
    runner = Overworld.enter(room, "a", None, random.Random(1))
    run(walker, hold(Action.DOWN, 10))
    run(runner, hold(Action.DOWN | Action.RUN, 10))
    start = room.spawns["entry"].feet[1]
    assert walker.player.py - start == 10
    assert runner.player.py - start == 20


def test_talking_to_the_npc_one_faces(room):
    world = Overworld.enter(room, "a", None, random.Random(1))
    run(world, hold(Action.RIGHT, 80))  # walk up to Max
    events = run(world, [tap(Action.CONFIRM)])
    assert len(events) == 1 and isinstance(events[0], Interaction)
    assert events[0].target.prop("dialogue") == "clinic_max"
    assert events[0].actor is not None and events[0].actor.facing is Facing.LEFT


def test_npcs_block_the_way(room):
    world = Overworld.enter(room, "a", None, random.Random(1))
    run(world, hold(Action.RIGHT, 200))
    npc = world.npcs[0]
    assert not boxes_overlap(world.player.feet(), npc.feet())
    assert world.player.px < npc.px


def test_examining_an_object(room):
    world = Overworld.enter(room, "a", None, random.Random(1))
    world.place_player((136, 70), Facing.DOWN)
    events = run(world, [tap(Action.CONFIRM)])
    assert [e.target.name for e in events if isinstance(e, Interaction)] == ["poster"]


def test_walking_into_a_warp_reports_its_target(room):
    world = Overworld.enter(room, "a", None, random.Random(1))
    world.place_player((40, 92), Facing.LEFT)
    events = run(world, hold(Action.LEFT, 30))
    warps = [e for e in events if isinstance(e, WarpStep)]
    assert warps and warps[0].target_map == "hall" and warps[0].target_spawn == "entry"


def test_corner_assist_slides_around_an_edge(room):
    world = Overworld.enter(room, "a", None, random.Random(1))
    # the pillar is the tile at column 4, rows 3-4; stand left of it, feet 3 px below its top
    world.place_player((58, 3 * 16 + 2), Facing.RIGHT)
    before_y = world.player.py
    run(world, hold(Action.RIGHT, 20))
    assert world.player.py != before_y  # nudged up past the pillar's corner
    assert world.player.px > 58


def _overlaps_solid(world: Overworld) -> bool:
    x, y, w, h = world.player.feet()
    solid = world.world.solid
    return x < 0 or y < 0 or bool(solid[y : y + h, x : x + w].any())


moves = st.lists(
    st.tuples(
        st.sampled_from([Action.UP, Action.DOWN, Action.LEFT, Action.RIGHT,
                         Action.UP | Action.LEFT, Action.DOWN | Action.RIGHT,
                         Action.UP | Action.RIGHT, Action.DOWN | Action.LEFT]),
        st.booleans(),
        st.integers(min_value=1, max_value=40),
    ),
    min_size=1,
    max_size=25,
)


@examples(40 / 60)
@given(moves)
def test_no_input_sequence_walks_through_walls(tmp_path_factory, sequence):
    folder = tmp_path_factory.mktemp("maze")
    rows = ["##########", "#..#.....#", "#..#.##..#", "#.....#..#", "##########"]
    maze = load_map(write_map(folder, "maze", rows, [point("spawn", "entry", 24, 28)]))
    world = Overworld.enter(maze, "a", None, random.Random(0))
    for direction, running, ticks in sequence:
        actions = direction | (Action.RUN if running else Action.NONE)
        for _ in range(ticks):
            world.tick(InputFrame(actions))
            assert not _overlaps_solid(world)


def test_same_seed_and_input_give_the_same_state(room):
    def play(seed: int) -> tuple:
        world = Overworld.enter(room, "a", None, random.Random(seed))
        script = hold(Action.DOWN, 30) + hold(Action.RIGHT | Action.RUN, 40) + [tap(Action.CONFIRM)]
        script += [InputFrame()] * 900  # long enough for NPCs to look around
        run(world, script)
        return (world.player.x, world.player.y, world.player.facing,
                tuple(n.facing for n in world.npcs), world.rng.getstate())

    assert play(7) == play(7)


def test_positions_are_whole_subpixels(room):
    world = Overworld.enter(room, "a", None, random.Random(1))
    run(world, hold(Action.DOWN | Action.RIGHT, 13))
    assert isinstance(world.player.x, int) and isinstance(world.player.y, int)
    assert world.player.x % 1 == 0 and SUB == 16


def test_a_missing_spawn_is_a_clear_error(room):
    with pytest.raises(MapError, match="no spawn 'nowhere'"):
        Overworld.enter(room, "a", "nowhere", random.Random(1))


def test_a_broken_map_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.tmx"
    bad.write_text("<map><layer>")
    with pytest.raises(MapError, match=r"bad\.tmx"):
        load_map(bad)


def test_map_check_finds_sealed_floor_and_bad_warps(tmp_path):
    from game.world.mapcheck import check_map

    rows = ["#######", "#..#..#", "#..#..#", "#######"]
    objects = [point("spawn", "entry", 24, 28),
               rect("warp", "door", 16, 16, 8, 8, target_map="nowhere", target_spawn="x"),
               point("npc", "ghost", 8, 8, character="sam")]
    world = load_map(write_map(tmp_path, "sealed", rows, objects))
    problems = check_map(world, {"sealed": ["entry"]})
    assert any("cannot be reached from the entry" in p and "tile 4,1" in p for p in problems)
    assert any("unknown map 'nowhere'" in p for p in problems)
    assert any("npc 'ghost' stands where nobody can stand" in p for p in problems)


def test_map_check_passes_an_open_room(room):
    from game.world.mapcheck import check_map

    assert check_map(room, {"room": ["entry"], "hall": ["entry"]}) == []


# --- people the story moves (the ``move`` step) ---------------------------------------------
from game.world.overworld import find_path  # noqa: E402


def test_a_path_goes_around_walls_and_ends_on_the_goal(room):
    start, goal = (40, 40), (104, 72)  # the wall at tile 4, rows 3-4 stands between
    path = find_path(room.solid, start, goal)
    assert path is not None and path[-1] == goal
    mask_free = ~room.solid
    previous = start
    for point_ in path:  # every leg is walkable pixel by pixel
        steps = max(abs(point_[0] - previous[0]), abs(point_[1] - previous[1]))
        for i in range(steps + 1):
            x = previous[0] + (point_[0] - previous[0]) * i // max(steps, 1)
            y = previous[1] + (point_[1] - previous[1]) * i // max(steps, 1)
            assert mask_free[y, x]
        previous = point_


def test_no_path_into_a_wall(room):
    assert find_path(room.solid, (40, 40), (72, 60)) is None  # inside the wall tile


def test_an_npc_walks_at_walking_speed_and_arrives(room):
    world = Overworld.enter(room, "elena_rahmani", None, random.Random(1))
    assert world.walk_npc("max", (40, 88))
    npc = world.npc("max")
    ticks = 0
    while world.advance_walks():
        ticks += 1
        assert npc.moving
        assert ticks < 1000
    assert (npc.px, npc.py) == (40, 88) and not npc.moving
    straight = abs(120 - 40) + abs(40 - 88)
    assert 80 <= ticks <= straight + 5  # one pixel a tick, along a fairly direct path


def test_walks_are_the_same_every_time(room):
    def walk() -> list[tuple[int, int]]:
        world = Overworld.enter(room, "elena_rahmani", None, random.Random(1))
        world.walk_npc("max", (136, 88))
        trail = []
        while world.advance_walks():
            trail.append((world.npc("max").x, world.npc("max").y))
        return trail

    assert walk() == walk()


def test_a_walk_can_be_finished_at_once_and_the_npc_then_blocks_the_player(room):
    world = Overworld.enter(room, "elena_rahmani", None, random.Random(1))
    world.walk_npc("max", (56, 40))  # right in front of the player
    world.finish_walks()
    assert not world.walking and (world.npc("max").px, world.npc("max").py) == (56, 40)
    run(world, hold(Action.RIGHT, 30))
    assert world.player.px < 56 - 8  # stopped by Max where he now stands


def test_placing_and_unknown_people(room):
    world = Overworld.enter(room, "elena_rahmani", None, random.Random(1))
    assert not world.walk_npc("nobody", (40, 88))
    assert world.place_npc("max", (136, 88), Facing.LEFT)
    assert (world.npc("max").px, world.npc("max").facing) == (136, Facing.LEFT)


def test_a_map_is_rebuilt_with_people_where_the_story_put_them(room):
    placed = {"max": (136, 88, "left")}
    world = Overworld.enter(room, "elena_rahmani", None, random.Random(1), placed=placed)
    npc = world.npc("max")
    assert (npc.px, npc.py, npc.facing) == (136, 88, Facing.LEFT)
    assert world.collider.blocked((136 - 5, 88 - 5, 10, 6))  # and blocks the way there
