"""Walking around a map: pure logic, advanced one tick at a time from input.

The overworld moves the player with pixel collision, turns NPCs, and reports
what happened as events (the player talked to someone, stepped on a warp); the
scene decides what those events start.

The story can also move people (the ``move`` step): :meth:`Overworld.walk_npc`
finds a path on the map's collision (:func:`find_path`) and
:meth:`Overworld.advance_walks` moves them along it at walking speed, one tick at
a time; where the story put someone is kept (``placed``) so the map is rebuilt
with them there.

Split triggers (objects of kind ``split``: a rectangle with a ``split`` property) are
noted on the tick the player's feet enter one (:meth:`Overworld.take_splits`); the
speedrun object hands them to the same split path as the dialogue's ``split`` step,
once per run (:mod:`game.speedrun.session`).
"""

from __future__ import annotations

import heapq
import math
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from game.engine.input import Action, InputFrame
from game.world.actors import Actor, Facing
from game.world.collision import SUB, Box, Collider, boxes_overlap, feet_box, move_axis
from game.world.mapdata import SPLIT_KIND
from game.world.maps import MapObject, WorldMap

if TYPE_CHECKING:  # the title screen starts without numpy
    import numpy as np

WALK_SPEED = SUB  # subpixels per tick: 1 px/tick = 60 px/s
RUN_SPEED = 2 * SUB
#: Per-axis speed when moving diagonally (1/sqrt(2) of the straight speed).
DIAGONAL = {WALK_SPEED: 11, RUN_SPEED: 23}
#: How far past its feet the player reaches to talk or examine.
REACH = 10
#: How many pixels the player is nudged around a corner it walks into.
CORNER_ASSIST = 4
IDLE_TICKS = (150, 420)  # NPCs look around every few seconds


@dataclass(frozen=True)
class Interaction:
    """The player pressed the talk key facing ``target`` (an npc or inspect object)."""

    target: MapObject
    actor: Actor | None  # the NPC, if it is one


@dataclass(frozen=True)
class WarpStep:
    """The player stepped onto a warp."""

    warp: MapObject

    @property
    def target_map(self) -> str:
        return str(self.warp.prop("target_map", ""))

    @property
    def target_spawn(self) -> str | None:
        spawn = self.warp.prop("target_spawn")
        return str(spawn) if spawn else None


Event = Interaction | WarpStep


def trigger_split(obj: MapObject) -> str:
    """The split a split trigger makes (its ``split`` property; empty: none)."""
    return str(obj.prop("split", "") or "").strip()


def split_triggers(world: WorldMap) -> list[MapObject]:
    """The map's usable split triggers: rectangles that name a split."""
    return [obj for obj in world.objects_of(SPLIT_KIND)
            if obj.w > 0 and obj.h > 0 and trigger_split(obj)]

#: Where the story put people on a map: npc name -> (feet x, feet y, facing name).
Placements = Mapping[str, tuple[int, int, str]]
#: The grid (pixels) the path-finding searches on; paths are then straightened.
PATH_GRID = 4
#: Nodes the path-finding may look at before it gives up (a walled-off spot).
PATH_LIMIT = 200_000


@dataclass
class Walk:
    """Someone walking to a point the story named: the waypoints left, in pixels."""

    actor: Actor
    path: list[tuple[int, int]] = field(default_factory=list)


class Overworld:
    def __init__(
        self,
        world: WorldMap,
        player: Actor,
        npcs: list[Actor],
        rng: random.Random,
        present: Callable[[MapObject], bool] = lambda obj: True,
    ) -> None:
        self.world = world
        self.player = player
        self.npcs = npcs
        self.rng = rng
        #: Whether a map object is there for this run (campaign, condition): people and
        #: warps alike (a door of one campaign's story is a wall in the other's).
        self.present = present
        self.collider = Collider(world.solid, [npc.feet() for npc in npcs])
        self.frozen = False  # cutscenes and dialogue stop the player
        self.triggers = split_triggers(world)
        #: The triggers the player's feet were in at the last look (entering one splits).
        self._inside: set[int] = set()
        #: Splits of the triggers entered and not yet taken (:meth:`take_splits`).
        self.entered_splits: list[str] = []
        #: People the story is moving (the ``move`` step), in the order they started.
        self.walks: list[Walk] = []
        for npc in npcs:
            npc.idle = rng.randint(*IDLE_TICKS)

    @classmethod
    def enter(
        cls,
        world: WorldMap,
        character: str,
        spawn: str | None,
        rng: random.Random,
        present: Callable[[MapObject], bool] = lambda obj: True,
        placed: Placements | None = None,
    ) -> Overworld:
        """Place the player at a spawn and the NPCs that ``present`` admits (where the
        story ``placed`` them, or where the map puts them)."""
        point = world.spawn(spawn)
        facing = Facing.parse(point.prop("facing"), Facing.DOWN)
        player = Actor.at("player", character, point.feet, facing)
        npcs = []
        for obj in world.objects_of("npc"):
            if present(obj):
                facing_npc = Facing.parse(obj.prop("facing"))
                feet = obj.feet
                if placed and obj.name in placed:
                    x, y, facing_name = placed[obj.name]
                    feet, facing_npc = (x, y), Facing.parse(facing_name, facing_npc)
                npc = Actor.at(obj.name, str(obj.prop("character", "")), feet, facing_npc)
                npc.source = obj
                npcs.append(npc)
        return cls(world, player, npcs, rng, present)

    # --- ticking -----------------------------------------------------------------------
    def tick(self, inp: InputFrame) -> list[Event]:
        self.player.remember_position()
        for npc in self.npcs:
            npc.remember_position()
        self._idle_npcs()
        if self.frozen:
            self.player.moving = False
            return []
        events: list[Event] = []
        moved = self._move_player(inp)
        if self.triggers:
            self._enter_triggers()
        if moved:
            warp = self._warp_under_player()
            if warp is not None:
                events.append(WarpStep(warp))
                return events
        if inp.hit(Action.CONFIRM):
            interaction = self.facing_target()
            if interaction is not None:
                if interaction.actor is not None:
                    interaction.actor.facing = self.player.facing.opposite()
                    interaction.actor.idle = self.rng.randint(*IDLE_TICKS)
                events.append(interaction)
        return events

    def _move_player(self, inp: InputFrame) -> bool:
        player = self.player
        dx, dy = inp.direction()
        if dx == 0 and dy == 0:
            player.moving = False
            player.walked = 0
            return False
        player.facing = _facing_for(player.facing, dx, dy)
        speed = RUN_SPEED if inp.down(Action.RUN) else WALK_SPEED
        step = DIAGONAL[speed] if dx and dy else speed
        start = (player.x, player.y)
        free = self.collider.walkable
        player.x, hit_x = move_axis(player.x, dx * step, player.y, True, free)
        player.y, hit_y = move_axis(player.y, dy * step, player.x, False, free)
        if (hit_x and not dy) or (hit_y and not dx):
            self._corner_assist(dx, dy)
        moved = (player.x, player.y) != start
        player.moving = moved
        player.walked = player.walked + step if moved else 0
        return moved

    def _corner_assist(self, dx: int, dy: int) -> None:
        """Walking straight into a corner's edge slides the player around it."""
        px, py = self.player.px, self.player.py
        side_x, side_y = (0, 1) if dx else (1, 0)
        free = self.collider.walkable
        for offset in range(1, CORNER_ASSIST + 1):
            for sign in (-1, 1):
                ox, oy = side_x * offset * sign, side_y * offset * sign
                if free(px + ox, py + oy) and free(px + ox + dx, py + oy + dy):
                    nx, ny = px + side_x * sign, py + side_y * sign
                    if free(nx, ny):
                        self.player.x = nx * SUB + self.player.x % SUB
                        self.player.y = ny * SUB + self.player.y % SUB
                    return

    def _warp_under_player(self) -> MapObject | None:
        feet = self.player.feet()
        for warp in self.world.objects_of("warp"):
            if boxes_overlap(feet, warp.rect) and self.present(warp):
                return warp
        return None

    def _enter_triggers(self) -> None:
        """Note the split of each trigger the player's feet are in now and were not at
        the last look (standing in one at the first tick with control enters it)."""
        feet = self.player.feet()
        inside = {index for index, obj in enumerate(self.triggers)
                  if boxes_overlap(feet, obj.rect) and self.present(obj)}
        for index in sorted(inside - self._inside):
            self.entered_splits.append(trigger_split(self.triggers[index]))
        self._inside = inside

    def take_splits(self) -> list[str]:
        """The splits of the triggers entered since the last call (in order)."""
        found, self.entered_splits = self.entered_splits, []
        return found

    def _idle_npcs(self) -> None:
        for npc in self.npcs:
            if any(walk.actor is npc for walk in self.walks):
                continue
            npc.idle -= 1
            if npc.idle <= 0:
                npc.facing = Facing(self.rng.randrange(4))
                npc.idle = self.rng.randint(*IDLE_TICKS)

    # --- queries -----------------------------------------------------------------------
    def reach_box(self) -> Box:
        """The area in front of the player that the talk key reaches."""
        x, y, w, h = self.player.feet()
        facing = self.player.facing
        if facing is Facing.DOWN:
            return (x, y + h, w, REACH)
        if facing is Facing.UP:
            return (x, y - REACH - 6, w, REACH + 6)
        if facing is Facing.LEFT:
            return (x - REACH, y - 4, REACH, h + 4)
        return (x + w, y - 4, REACH, h + 4)

    def facing_target(self) -> Interaction | None:
        reach = self.reach_box()
        for npc in self.npcs:
            if boxes_overlap(reach, npc.body()) and npc.source is not None:
                return Interaction(npc.source, npc)
        for obj in self.world.objects_of("inspect"):
            if boxes_overlap(reach, obj.rect) and self.present(obj):
                return Interaction(obj, None)
        return None

    def actors(self) -> list[Actor]:
        return [self.player, *self.npcs]

    # --- people the story moves ------------------------------------------------------------
    def npc(self, name: str) -> Actor | None:
        """The NPC placed by the map object of this name, if it is on the map."""
        return next((npc for npc in self.npcs if npc.name == name), None)

    def place_npc(self, name: str, feet: tuple[int, int], facing: Facing | None = None) -> bool:
        """Put an NPC at a point at once; False if nobody of that name is on the map."""
        npc = self.npc(name)
        if npc is None:
            return False
        self.walks = [walk for walk in self.walks if walk.actor is not npc]
        npc.x, npc.y = feet[0] * SUB + SUB // 2, feet[1] * SUB + SUB // 2
        if facing is not None:
            npc.facing = facing
        npc.moving, npc.walked = False, 0
        npc.remember_position()
        self._update_obstacles()
        return True

    def walk_npc(self, name: str, feet: tuple[int, int]) -> bool:
        """Start an NPC walking to a point along a path around walls and people (placed
        there at once when no path exists); False if nobody of that name is on the map."""
        npc = self.npc(name)
        if npc is None:
            return False
        self.walks = [walk for walk in self.walks if walk.actor is not npc]
        start = (npc.px, npc.py)
        people = [other.feet() for other in self.actors() if other is not npc]
        path = find_path(self.world.solid, start, feet, people)
        if path is None:  # hemmed in by people: walk through them rather than not at all
            path = find_path(self.world.solid, start, feet)
        if path is None:
            return self.place_npc(name, feet)
        self.walks.append(Walk(npc, path))
        return True

    @property
    def walking(self) -> bool:
        return bool(self.walks)

    def advance_walks(self) -> bool:
        """Move everyone the story is moving by one tick; True while someone still walks."""
        for walk in self.walks:
            walk.actor.remember_position()
            _step_along(walk)
        arrived = [walk for walk in self.walks if not walk.path]
        if arrived:
            self.walks = [walk for walk in self.walks if walk.path]
            self._update_obstacles()
        return bool(self.walks)

    def finish_walks(self) -> None:
        """Everyone the story is moving arrives at once (the player skipped the walk)."""
        for walk in self.walks:
            x, y = walk.path[-1]
            walk.actor.x, walk.actor.y = x * SUB + SUB // 2, y * SUB + SUB // 2
            walk.actor.moving, walk.actor.walked = False, 0
            walk.actor.remember_position()
        self.walks = []
        self._update_obstacles()

    def _update_obstacles(self) -> None:
        """NPCs block the player where they now stand (except one the player overlaps,
        so nobody is shut in)."""
        mine = self.player.feet()
        self.collider.obstacles = [npc.feet() for npc in self.npcs
                                   if not boxes_overlap(npc.feet(), mine)]

    def place_player(self, feet: tuple[int, int], facing: Facing) -> None:
        self.player.x = feet[0] * SUB + SUB // 2
        self.player.y = feet[1] * SUB + SUB // 2
        self.player.facing = facing
        self.player.remember_position()


def _step_along(walk: Walk) -> None:
    """Move a walker one tick's worth of walking speed along its waypoints (integer
    subpixels: the same on every machine)."""
    actor = walk.actor
    budget = WALK_SPEED
    while budget > 0 and walk.path:
        tx, ty = (c * SUB + SUB // 2 for c in walk.path[0])
        dx, dy = tx - actor.x, ty - actor.y
        if dx or dy:
            actor.facing = _facing_toward(dx, dy)
        distance = math.isqrt(dx * dx + dy * dy)
        if distance <= budget:
            actor.x, actor.y = tx, ty
            budget -= distance
            walk.path.pop(0)
        else:
            actor.x += _scaled(dx, budget, distance)
            actor.y += _scaled(dy, budget, distance)
            budget = 0
    actor.moving = bool(walk.path)
    actor.walked = actor.walked + WALK_SPEED if actor.moving else 0


def _scaled(value: int, numerator: int, denominator: int) -> int:
    """``value * numerator / denominator`` rounded toward zero, in integers."""
    product = value * numerator
    return product // denominator if product >= 0 else -((-product) // denominator)


def _facing_toward(dx: int, dy: int) -> Facing:
    if abs(dx) > abs(dy):
        return Facing.RIGHT if dx > 0 else Facing.LEFT
    return Facing.DOWN if dy > 0 else Facing.UP


_STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (1, -1), (-1, 1), (-1, -1))


def find_path(solid: np.ndarray, start: tuple[int, int], goal: tuple[int, int],
              obstacles: list[Box] | tuple[Box, ...] = ()) -> list[tuple[int, int]] | None:
    """Waypoints (feet pixels, the goal last, the start left out) for a character's feet
    to go from ``start`` to ``goal`` without touching ``solid`` or ``obstacles``; None
    when there is no way.

    A* on a grid of ``PATH_GRID`` pixels laid from the start, eight directions, ties
    broken by the order nodes were found (so the same map gives the same path); then the
    path is straightened where the way is clear.
    """
    from game.world.mapcheck import walkable_mask  # (numpy: imported when first needed)

    free = walkable_mask(solid, [box for box in obstacles
                                 if not _covers(box, start) and not _covers(box, goal)])
    height, width = free.shape

    def ok(x: int, y: int) -> bool:
        return 0 <= x < width and 0 <= y < height and bool(free[y, x])

    if not ok(*goal):
        return None
    if start == goal:
        return [goal]
    if _clear(ok, start, goal):
        return [goal]
    grid = PATH_GRID
    sx, sy = start
    came: dict[tuple[int, int], tuple[int, int] | None] = {(0, 0): None}
    cost: dict[tuple[int, int], float] = {(0, 0): 0.0}
    order = 0
    todo: list[tuple[float, int, tuple[int, int]]] = [(0.0, order, (0, 0))]
    end: tuple[int, int] | None = None
    while todo and order < PATH_LIMIT:
        _, _, node = heapq.heappop(todo)
        px, py = sx + node[0] * grid, sy + node[1] * grid
        if max(abs(px - goal[0]), abs(py - goal[1])) <= grid and _clear(ok, (px, py), goal):
            end = node
            break
        for step_x, step_y in _STEPS:
            nxt = (node[0] + step_x, node[1] + step_y)
            nx, ny = sx + nxt[0] * grid, sy + nxt[1] * grid
            if not ok(nx, ny) or not _clear(ok, (px, py), (nx, ny)):
                continue
            new_cost = cost[node] + (1.4142 if step_x and step_y else 1.0)
            if new_cost < cost.get(nxt, math.inf):
                cost[nxt] = new_cost
                came[nxt] = node
                order += 1
                guess = math.hypot(nx - goal[0], ny - goal[1]) / grid
                heapq.heappush(todo, (new_cost + guess, order, nxt))
    if end is None:
        return None
    cells: list[tuple[int, int]] = []
    at: tuple[int, int] | None = end
    while at is not None:
        cells.append((sx + at[0] * grid, sy + at[1] * grid))
        at = came[at]
    points = [*reversed(cells), goal]
    return _straighten(ok, points)


def _covers(box: Box, point: tuple[int, int]) -> bool:
    """The feet box of someone at ``point`` overlaps ``box`` (they stand in the way)."""
    return boxes_overlap(box, feet_box(*point))


def _clear(ok: Callable[[int, int], bool], a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Every pixel on the straight line from a to b is walkable."""
    steps = max(abs(b[0] - a[0]), abs(b[1] - a[1]))
    for i in range(1, steps + 1):
        x = a[0] + _scaled(b[0] - a[0], i, steps) if steps else a[0]
        y = a[1] + _scaled(b[1] - a[1], i, steps) if steps else a[1]
        if not ok(x, y):
            return False
    return True


def _straighten(ok: Callable[[int, int], bool],
                points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop waypoints the walker can skip by going straight (the start is ``points[0]``
    and is left out of the result)."""
    out: list[tuple[int, int]] = []
    here = 0
    while here < len(points) - 1:
        far = len(points) - 1
        while far > here + 1 and not _clear(ok, points[here], points[far]):
            far -= 1
        out.append(points[far])
        here = far
    return out


def _facing_for(current: Facing, dx: int, dy: int) -> Facing:
    """Keep facing while it matches a held direction; otherwise turn to one that does."""
    wanted = []
    if dy:
        wanted.append(Facing.DOWN if dy > 0 else Facing.UP)
    if dx:
        wanted.append(Facing.RIGHT if dx > 0 else Facing.LEFT)
    return current if current in wanted else wanted[0]

