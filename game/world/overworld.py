"""Walking around a map: pure logic, advanced one tick at a time from input.

The overworld moves the player with pixel collision, turns NPCs, and reports
what happened as events (the player talked to someone, stepped on a warp); the
scene decides what those events start.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from game.engine.input import Action, InputFrame
from game.world.actors import Actor, Facing
from game.world.collision import SUB, Box, Collider, boxes_overlap, move_axis
from game.world.maps import MapObject, WorldMap

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


class Overworld:
    def __init__(
        self,
        world: WorldMap,
        player: Actor,
        npcs: list[Actor],
        rng: random.Random,
    ) -> None:
        self.world = world
        self.player = player
        self.npcs = npcs
        self.rng = rng
        self.collider = Collider(world.solid, [npc.feet() for npc in npcs])
        self.frozen = False  # cutscenes and dialogue stop the player
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
    ) -> Overworld:
        """Place the player at a spawn and the NPCs that ``present`` admits."""
        point = world.spawn(spawn)
        facing = Facing.parse(point.prop("facing"), Facing.DOWN)
        player = Actor.at("player", character, point.feet, facing)
        npcs = []
        for obj in world.objects_of("npc"):
            if present(obj):
                facing_npc = Facing.parse(obj.prop("facing"))
                npc = Actor.at(obj.name, str(obj.prop("character", "")), obj.feet, facing_npc)
                npc.source = obj
                npcs.append(npc)
        return cls(world, player, npcs, rng)

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
            if boxes_overlap(feet, warp.rect):
                return warp
        return None

    def _idle_npcs(self) -> None:
        for npc in self.npcs:
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
            if boxes_overlap(reach, obj.rect):
                return Interaction(obj, None)
        return None

    def actors(self) -> list[Actor]:
        return [self.player, *self.npcs]

    def place_player(self, feet: tuple[int, int], facing: Facing) -> None:
        self.player.x = feet[0] * SUB + SUB // 2
        self.player.y = feet[1] * SUB + SUB // 2
        self.player.facing = facing
        self.player.remember_position()


def _facing_for(current: Facing, dx: int, dy: int) -> Facing:
    """Keep facing while it matches a held direction; otherwise turn to one that does."""
    wanted = []
    if dy:
        wanted.append(Facing.DOWN if dy > 0 else Facing.UP)
    if dx:
        wanted.append(Facing.RIGHT if dx > 0 else Facing.LEFT)
    return current if current in wanted else wanted[0]

