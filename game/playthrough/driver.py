"""Plays a route through the real game, tick by tick, with the keys a player would press.

The driver starts at the title screen and chooses New Game and the campaign; from
then on it looks at the scene on top of the stack, as a player looks at the screen,
and decides which keys are held during the next tick:

- on the map it walks (straight key presses along a path found over the map's
  collision mask, people in the way included) to the person or thing the route names,
  turns to face it and presses confirm; or walks onto the warp that leads towards the
  map the route names;
- in a dialogue it confirms lines, moves the menu cursor to the route's option, and
  plays debates (press, move, present with the evidence picker);
- in the nanobot debugger it keeps the shipped program when the briefing offers one won
  in an earlier level (or loads it, for a step with ``load: true``), makes the program
  edits of the winning program with the cursor keys, speeds the run up, plays it and
  finishes on the result card;
- fades and notices are waited out or closed.

Nothing is called behind the game's back: every change to the run comes from an
:class:`~game.engine.input.InputFrame` fed to ``Game.tick``. The same route gives the
same frames, so the same ticks, on every run.

View side: it drives the scenes (and so imports pygame).
"""

from __future__ import annotations

import dataclasses
import os
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game import paths
from game.content.resolver import ContentError
from game.dialogue import events as ev
from game.dialogue import model as m
from game.dialogue.library import ContentLibrary
from game.engine.input import Action, InputFrame
from game.playthrough.beats import Beat, BeatWatch
from game.playthrough.pathfind import Point, find_path, free_mask
from game.playthrough.route import Edit, Route, Step
from game.world.actors import Actor, Facing
from game.world.collision import SUB
from game.world.maps import MapObject, WorldMap
from game.world.overworld import Overworld

SEED = 2045
#: Ticks a route may take at most (90 minutes of game time).
MAX_TICKS = 60 * 60 * 90
#: Ticks without any change on screen before the run is called stuck.
STALL_TICKS = 60 * 30
#: Ticks an unknown scene (a title card, the credits) is left alone before confirm is tapped.
UNKNOWN_PATIENCE = 240
#: How far (pixels) from a target the walk looks for a place to stand.
NEAR = 48
TICKS_PER_SECOND = 60

DIRECTION_KEYS = {Facing.UP: Action.UP, Facing.DOWN: Action.DOWN,
                  Facing.LEFT: Action.LEFT, Facing.RIGHT: Action.RIGHT}


class RouteFailure(Exception):
    """The route cannot go on; the message says where and why."""


@dataclass
class Report:
    """What one run did."""

    route: Route
    ok: bool = False
    failure: str = ""
    ticks: int = 0  # game ticks from New Game (the run's own clock)
    frames: int = 0  # every tick fed, the title screen included
    seconds: float = 0.0  # real time the run took
    beats: list[tuple[int, Beat]] = field(default_factory=list)
    missed: list[Beat] = field(default_factory=list)
    ending: str | None = None
    lines: set[str] = field(default_factory=set)
    splits: list[tuple[str, int]] = field(default_factory=list)
    chapters: list[tuple[str, int]] = field(default_factory=list)  # (chapter id, start tick)

    @property
    def speed(self) -> float:
        """How many times faster than real time the run went."""
        return self.frames / TICKS_PER_SECOND / self.seconds if self.seconds > 0 else 0.0


def game_time(ticks: int) -> str:
    """``m:ss.cc`` of ``ticks`` at 60 a second."""
    minutes, rest = divmod(ticks, 60 * TICKS_PER_SECOND)
    return f"{minutes}:{rest / TICKS_PER_SECOND:05.2f}"


class Keys:
    """Frames from the keys held each tick, as the input mapper samples them: a key is
    pressed on the first tick it is held."""

    def __init__(self) -> None:
        self.held = Action.NONE

    def frame(self, held: Action) -> InputFrame:
        frame = InputFrame(held, held & ~self.held)
        self.held = held
        return frame

    def tap(self, action: Action) -> Action:
        """Press ``action`` this tick, or let it go first if it is held from the last one."""
        return Action.NONE if self.held & action else action


@dataclass
class _Walk:
    """A walk under way for a talk, inspect or go step."""

    step: Step
    map_name: str
    waypoints: list[Point]
    facing: Facing | None = None  # talk / inspect: which way to face at the end
    target: MapObject | None = None
    goal_map: str | None = None  # go: the map the step asks for
    replans: int = 0
    last: Point | None = None
    still: int = 0
    turned: bool = False


@dataclass
class _Program:
    """A minigame being played for a route step."""

    step: Step
    level: str
    edits: list[Edit]
    queue: list[tuple[str, int, str | None, Any]] = field(default_factory=list)
    check: Callable[[], str | None] | None = None
    last: tuple[int, str, Any] | None = None  # set: (line, name, value) before the last tap


class Driver:
    def __init__(
        self, route: Route, *, programs: dict[str, tuple[Edit, ...]],
        beats: Sequence[Beat] | None = None, mods: Sequence[Path] = (),
        user_mods: bool = False, seed: int = SEED, max_ticks: int = MAX_TICKS,
        out: Callable[[str], None] | None = None, root: Path | None = None,
        trace: bool = False, shots: Path | None = None,
    ) -> None:
        self.route = route
        self.programs = programs
        self.beats_override = list(beats) if beats is not None else None
        self.mods = tuple(mods)
        self.user_mods = user_mods
        self.seed = seed
        self.max_ticks = max_ticks
        self.out = out or (lambda text: None)
        self.root = root or paths.ROOT
        self.trace = trace
        self.shots = shots
        self.shot_names: set[str] = set()
        self.shot_screen: Any = None
        self.report = Report(route)
        self.steps = list(route.steps)
        self.keys = Keys()
        self.watch: BeatWatch | None = None
        self.started = False
        self.finished = False
        self.walk: _Walk | None = None
        self.program: _Program | None = None
        self.choice_plan: tuple[object, list[Action]] | None = None
        self.auto_debate: str | None = None
        self.debate_progress: tuple[Step, int] | None = None
        self.first_sight: object = None
        self.unknown_since: tuple[object, int] | None = None
        self.signature: tuple[Any, ...] = ()
        self.changed_at = 0
        self.notices: list[str] = []
        self.pending_interaction: Step | None = None

    # --- the run ---------------------------------------------------------------------------
    def run(self) -> Report:
        os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
        os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
        os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
        import pygame

        from game.director import Director
        from game.engine.screen import HEIGHT, WIDTH
        from game.gamestate import GameState
        from game.services import Game
        from game.settings import Settings

        pygame.display.init()
        if self.shots is not None:
            pygame.font.init()
            pygame.display.set_mode((WIDTH * 2, HEIGHT * 2))
        elif pygame.display.get_surface() is None:
            pygame.display.set_mode((WIDTH, HEIGHT))
        # fixed settings, not the player's: instant text, so a confirm turns each page
        self.game = Game(GameState(seed=self.seed), Settings(text_speed="instant"))
        self.director = Director(self.game, seed=self.seed)
        self.director.library = ContentLibrary(self.root, self.mods, self.user_mods)
        self.game.use_content(self.director.library.resolver())
        if self.shots is not None:
            from game.engine.screen import Screen

            self.shot_screen = Screen(pygame.display.get_surface(), self.game.images)
        began = time.perf_counter()
        try:
            self._play()
            self.report.ok = True
        except RouteFailure as exc:
            self.report.failure = str(exc)
        self.report.seconds = time.perf_counter() - began
        self._finish_report()
        return self.report

    def _play(self) -> None:
        """The route from New Game (the title), or from its chapter start."""
        if self.route.start is None:
            self.director.title()
        else:
            self._begin_at_chapter()
        self._loop()

    def _begin_at_chapter(self) -> None:
        """Start the run at a chapter's start instead of New Game: the chapter's node on
        its map and spawn, with the route's variables set (``--map --spawn --node --set``)."""
        from game.director import StartError, StartOptions

        start = self.route.start
        assert start is not None
        try:
            campaign = self.director.load(self.route.campaign)
        except StartError as exc:
            raise RouteFailure(f"{start.where}: {exc}") from None
        chapter = campaign.chapter(start.chapter)
        if chapter is None:
            known = ", ".join(c.id for c in campaign.chapters) or "none"
            raise RouteFailure(f"{start.where}: start: the campaign has no chapter "
                               f"{start.chapter!r} (chapters: {known})")
        if chapter.map is None:
            raise RouteFailure(f"{start.where}: start: chapter {chapter.id!r} names no map "
                               "to start on")
        try:
            self.director.begin(StartOptions(self.route.campaign, map=chapter.map,
                                             spawn=chapter.spawn, node=chapter.node,
                                             variables=start.variables))
        except StartError as exc:
            raise RouteFailure(f"{start.where}: {exc}") from None
        self.started = True
        self._start_watch()

    def _loop(self) -> None:
        game = self.game
        while not self.finished:
            if self.report.frames >= self.max_ticks:
                raise RouteFailure(f"gave up after {self.max_ticks} ticks "
                                   f"({self._where()})")
            held = self.decide()
            if self.finished:
                break
            if self.shot_screen is not None and self.pending_interaction is not None and \
                    held & Action.CONFIRM:
                self._shoot_map(self.pending_interaction)
            game.tick(self.keys.frame(held))
            self.report.frames += 1
            self._after_tick()
            if self.shot_screen is not None:
                self._shoot()

    def _after_tick(self) -> None:
        state = self.game.state
        if self.watch is not None and self.started:
            for beat in self.watch.check(state.story, state.ticks):
                self.report.beats.append((state.ticks, beat))
                self.out(f"  [{state.ticks:>7}] beat {beat.id}: {beat.title}")
        if state.chapter and (
                not self.report.chapters or self.report.chapters[-1][0] != state.chapter):
            self.report.chapters.append((state.chapter, state.ticks))
        ending = state.story.get("ending", "") if self.started else ""
        if isinstance(ending, str) and ending and ending != self.report.ending:
            self.report.ending = ending
            self.out(f"  [{state.ticks:>7}] ending {ending}")
        signature = self._signature()
        if signature != self.signature:
            self.signature = signature
            self.changed_at = self.report.frames
        elif self.report.frames - self.changed_at > STALL_TICKS:
            raise RouteFailure(f"nothing has changed for {STALL_TICKS} ticks "
                               f"({self._where()})")

    # --- screenshots (--shots): what a player would have seen at a few moments -------------
    def _shoot(self) -> None:
        """Save the window at the moments worth looking at: each map the first time the
        player has control there in a chapter, each debate (its first claim, then its
        first refutation), each nanobot level (the briefing when it offers a program, the
        program edited and running, its result card), every title card (chapters, the
        ending) and the credits. Drawing changes nothing in the run: the same route gives
        the same ticks with or without shots."""
        from game.dialogue.scene import CardScene, CreditsScene, DialogueScene
        from game.nanobots.debugger import DebuggerScene
        from game.nanobots.session import Mode
        top = self.game.stack.top
        name = None
        if isinstance(top, DialogueScene) and isinstance(top.runner.current, ev.Debate) \
                and top.typewriter is not None and top.typewriter.done:
            event = top.runner.current
            refuted = event.refuted_count > 0
            name = f"debate_{event.debate_id}_{'later' if refuted else 'first'}"
        elif isinstance(top, DebuggerScene) and top.session is not None:
            s = top.session
            if s.mode is Mode.BRIEFING and s.offer is not None:
                name = f"level_{top.level_id}_offer"
            elif s.mode is Mode.RESULT:
                name = f"level_{top.level_id}_result_{self.report.frames}"
                if any(n.startswith(f"level_{top.level_id}_result") and
                       self.report.frames - int(n.rsplit("_", 1)[1]) < 600
                       for n in self.shot_names):
                    name = None
            elif s.playing and s.sim.steps >= 120:
                name = f"level_{top.level_id}_running"
        elif isinstance(top, CardScene) and top.age >= 1:
            name = f"card_{top.title}"
        elif isinstance(top, CreditsScene) and top.age >= 15:
            name = "credits"
        if name is None or name in self.shot_names:
            return
        self.shot_names.add(name)
        self._save(name, top)

    def _shoot_map(self, step: Step) -> None:
        """The map as the player walks up to talk or look: once per map and chapter (in
        the chapter 5 hall, at every stop)."""
        top = self.game.stack.top
        chapter = self.game.state.chapter or "none"
        name = f"map_{chapter}_{top.world.world.name}"  # type: ignore[union-attr]
        if name in self.shot_names and chapter == "showdown":
            name = f"{name}_{step.value}"
        if name not in self.shot_names:
            self.shot_names.add(name)
            self._save(name, top)

    def _save(self, name: str, top: Any) -> None:
        import pygame

        from game.dialogue.scene import CardScene

        screen = self.shot_screen
        age = getattr(top, "age", None)
        if isinstance(top, CardScene):
            top.age = max(top.age, top.FADE)  # drawn fully faded in (the view only)
        try:
            screen.clear()
            self.game.stack.draw(screen, 1.0)
        finally:
            if isinstance(top, CardScene) and age is not None:
                top.age = age
        assert self.shots is not None
        self.shots.mkdir(parents=True, exist_ok=True)
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in name)
        path = self.shots / f"{len(self.shot_names):03d}_{safe}.png"
        pygame.image.save(pygame.display.get_surface(), str(path))

    def _signature(self) -> tuple[Any, ...]:
        from game.dialogue.scene import DialogueScene
        from game.world.scene import OverworldScene

        top = self.game.stack.top
        extra: Any = None
        if isinstance(top, DialogueScene):
            extra = (top.runner.current, top.debate_action, top.picker is not None and
                     top.picker.index)
        elif isinstance(top, OverworldScene):
            player = top.world.player
            extra = (top.world.world.name, player.x, player.y, player.facing)
        else:
            session = getattr(top, "session", None)
            if session is not None:
                extra = (session.mode, session.sim.steps, session.cursor.line,
                         session.cursor.field, session.program, session.speed, session.menu_index)
            else:
                extra = getattr(top, "t", None) or getattr(top, "age", None)
        return (id(top), len(self.game.stack), len(self.steps), extra)

    def _finish_report(self) -> None:
        state = self.game.state if hasattr(self, "game") else None
        if state is not None and self.started:
            self.report.ticks = state.ticks
            self.report.lines = set(state.story.seen_lines)
            self.report.splits = list(self.game.splits)
        if self.watch is not None:
            wanted = [s.value for s in self.route.beats()]
            self.report.missed = [b for b in self.watch.beats
                                  if b.id in wanted and b.id not in self.watch.reached]
            if self.report.missed and self.report.ok:
                self.report.ok = False
                self.report.failure = "missed " + ", ".join(
                    f"beat {b.id} ({b.title})" for b in self.report.missed)
        if self.report.ok and self.route.ending and self.report.ending != self.route.ending:
            self.report.ok = False
            self.report.failure = f"the ending {self.route.ending} was not reached"

    # --- what to press ---------------------------------------------------------------------
    def decide(self) -> Action:
        """The keys to hold during the next tick, judged from the scene on top."""
        from game.dialogue.scene import DialogueScene
        from game.engine.fade import Fade
        from game.menus.notice import NoticeScene
        from game.menus.title import CampaignSelect, TitleScene
        from game.nanobots.debugger import DebuggerScene
        from game.world.scene import OverworldScene

        top = self.game.stack.top
        if top is None:
            raise RouteFailure("the game has no scene left")
        if not isinstance(top, DialogueScene):
            self.debate_progress = None
        if not isinstance(top, OverworldScene):
            self.pending_interaction = None
        if isinstance(top, TitleScene):
            return self._title()
        if isinstance(top, CampaignSelect):
            return self._campaign_select(top)
        if isinstance(top, Fade):
            return Action.NONE
        if isinstance(top, NoticeScene):
            text = f"{top.title}: {' / '.join(top.messages)}"
            if text not in self.notices:
                self.notices.append(text)
                self.out(f"  [{self.game.state.ticks:>7}] notice {text}")
            return self.keys.tap(Action.CONFIRM) if top.age > 10 else Action.NONE
        if isinstance(top, DialogueScene):
            return self._dialogue(top)
        if isinstance(top, DebuggerScene):
            return self._minigame(top)
        if isinstance(top, OverworldScene):
            return self._overworld(top)
        return self._unknown(top)

    def _step(self) -> Step | None:
        return self.steps[0] if self.steps else None

    def _done(self, step: Step) -> None:
        if self.steps and self.steps[0] is step:
            self.steps.pop(0)
            if self.trace:
                self.out(f"  [{self.game.state.ticks:>7}] {step.describe()}  "
                         f"(line {step.line})")

    def _fail(self, step: Step | None, message: str) -> RouteFailure:
        where = f"{step.where}: {step.describe()}: " if step is not None else ""
        return RouteFailure(f"{where}{message}")

    def _where(self) -> str:
        step = self._step()
        top = type(self.game.stack.top).__name__
        doing = f"next step {step.where} {step.describe()}" if step else "after the last step"
        return f"{doing}, on screen: {top}"

    # --- title and campaign choice -------------------------------------------------------------
    def _title(self) -> Action:
        if not self.started:
            return self.keys.tap(Action.CONFIRM)  # New game, the first item
        self._checks()
        step = self._step()
        if step is not None and step.kind == "ending":
            ending = self.game.state.story.get("ending", "")
            if ending != step.value:
                raise self._fail(step, f"back at the title with ending {ending or 'none'!r}")
            self._done(step)
            self._check_rest()
            self.finished = True
            return Action.NONE
        why = f" ({'; '.join(self.notices)})" if self.notices else ""
        raise self._fail(step, f"the game went back to the title{why}")

    def _campaign_select(self, scene: Any) -> Action:
        ids = [c.id for c in scene.campaigns]
        if self.route.campaign not in ids:
            raise RouteFailure(f"the title screen does not offer campaign "
                               f"{self.route.campaign!r} (offers: {', '.join(ids)})")
        want = ids.index(self.route.campaign)
        if scene.index != want:
            return self.keys.tap(Action.RIGHT)
        return self.keys.tap(Action.CONFIRM)

    def _start_watch(self) -> None:
        campaign = self.director.campaign
        assert campaign is not None
        beats = self.beats_override
        if beats is None:
            from game.playthrough.beats import campaign_beats

            beats = campaign_beats(campaign)
        self.watch = BeatWatch(list(beats), campaign)
        known = set(self.watch.ids())
        for step in self.route.beats():
            if step.value not in known:
                listed = ", ".join(self.watch.ids()) or "none: the campaign declares no beats"
                raise self._fail(step, f"the campaign has no beat {step.value!r} "
                                       f"(beats: {listed})")

    # --- unknown scenes (title cards, credits...) ------------------------------------------------
    def _unknown(self, top: Any) -> Action:
        guard = getattr(top, "GUARD", None)
        if isinstance(guard, int) and isinstance(getattr(top, "age", None), int):
            # a title card or the credits: confirm closes them once they take it
            return self.keys.tap(Action.CONFIRM) if top.age > guard else Action.NONE
        if self.unknown_since is None or self.unknown_since[0] is not top:
            self.unknown_since = (top, self.report.frames)
        if self.report.frames - self.unknown_since[1] < UNKNOWN_PATIENCE:
            return Action.NONE
        return self.keys.tap(Action.CONFIRM)

    # --- the map ----------------------------------------------------------------------------------
    def _overworld(self, scene: Any) -> Action:
        if not self.started:
            self.started = True
            self._start_watch()
        if self.pending_interaction is not None:
            step, self.pending_interaction = self.pending_interaction, None
            raise self._fail(step, "confirm was pressed facing it, and nothing started "
                                   "(no dialogue for it now)")
        while True:
            step = self._step()
            if step is None:
                self._check_rest()
                self.finished = True
                return Action.NONE
            if step.kind in ("expect_beat", "expect"):
                self._check(step)
                self._done(step)
                continue
            if step.kind in ("talk", "inspect", "go"):
                return self._walking(scene, step)
            if step.kind == "ending":
                raise self._fail(step, "the dialogue ended on the map without an ending "
                                       "(the credits did not roll)")
            raise self._fail(step, "no dialogue is on screen: the last one ended before this "
                                   "step was needed")

    def _check(self, step: Step) -> None:
        story = self.game.state.story
        if step.kind == "expect_beat":
            assert self.watch is not None
            if step.value not in self.watch.reached:
                raise self._fail(step, f"missed beat {step.value} "
                                       f"({self.watch.title(step.value)})")
            return
        campaign = self.director.campaign
        assert campaign is not None
        if not campaign.check(step.value, story):
            raise self._fail(step, "the condition is false")

    def _check_rest(self) -> None:
        """Checks left after the last action still run (the route may end on them)."""
        for step in list(self.steps):
            if step.kind in ("expect_beat", "expect"):
                self._check(step)
                self._done(step)

    def _walking(self, scene: Any, step: Step) -> Action:
        world: Overworld = scene.world
        walk = self.walk
        if walk is not None and walk.step is not step:
            walk = self.walk = None
        if walk is not None and walk.map_name != world.world.name:
            # a warp was taken: arrived, or a map on the way
            if step.kind == "go" and world.world.name == walk.goal_map:
                self._done(step)
                self.walk = None
                return self._overworld(scene)
            walk = self.walk = None
        if walk is None:
            walk = self.walk = self._plan(world, step)
        player = world.player
        here = (player.px, player.py)
        if walk.waypoints:
            if walk.last == here:
                walk.still += 1
                if walk.still > 3:
                    return self._replan(world, step, walk)
            else:
                walk.still = 0
            walk.last = here
            return self._toward(here, walk)
        if step.kind == "go":
            raise self._fail(step, f"walked to the warp at {here} but nothing happened")
        assert walk.facing is not None and walk.target is not None
        if player.facing is not walk.facing and not walk.turned:
            walk.turned = True
            return DIRECTION_KEYS[walk.facing]
        hit = world.facing_target()
        if hit is None or hit.target is not walk.target:
            return self._replan(world, step, walk)
        if self.keys.held & Action.CONFIRM:
            return Action.NONE
        self._done(step)
        self.walk = None
        self.pending_interaction = step
        return Action.CONFIRM

    def _toward(self, here: Point, walk: _Walk) -> Action:
        while walk.waypoints and walk.waypoints[0] == here:
            walk.waypoints.pop(0)
        if not walk.waypoints:
            return Action.NONE
        tx, ty = walk.waypoints[0]
        dx, dy = tx - here[0], ty - here[1]
        if dx and dy:  # off the planned line (pushed aside): plan again
            walk.waypoints.clear()
            walk.still = 99
            return Action.NONE
        distance = abs(dx) + abs(dy)
        if dx:
            key = Action.RIGHT if dx > 0 else Action.LEFT
        else:
            key = Action.DOWN if dy > 0 else Action.UP
        return key | Action.RUN if distance >= 2 else key

    def _replan(self, world: Overworld, step: Step, walk: _Walk) -> Action:
        if walk.replans >= 3:
            raise self._fail(step, f"cannot get there on {world.world.name} from "
                                   f"{(world.player.px, world.player.py)}")
        fresh = self._plan(world, step)
        fresh.replans = walk.replans + 1
        self.walk = fresh
        return Action.NONE

    def _plan(self, world: Overworld, step: Step) -> _Walk:
        here = (world.player.px, world.player.py)
        obstacles = [npc.feet() for npc in world.npcs]
        warps = list(world.world.objects_of("warp"))
        if step.kind == "go":
            warp, goal_map = self._next_warp(world.world, step)
            free = free_mask(world.world.solid, obstacles,
                             [w.rect for w in warps if w is not warp])
            x, y, w, h = warp.rect
            from game.world.collision import boxes_overlap, feet_box

            found = find_path(free, here, lambda px, py: True if boxes_overlap(
                feet_box(px, py), (x, y, w, h)) else None)
            if found is None:
                raise self._fail(step, f"no way to the warp {warp.name!r} on "
                                       f"{world.world.name} from {here}")
            return _Walk(step, world.world.name, found[0], goal_map=goal_map)
        target = self._target(world, step)
        free = free_mask(world.world.solid, obstacles, [w.rect for w in warps])
        goal = self._facing_goal(world, target)
        found_facing = find_path(free, here, goal)
        if found_facing is None:
            raise self._fail(step, f"no place on {world.world.name} to stand and face "
                                   f"{target.name!r} that can be walked to from {here}")
        path, facing = found_facing
        return _Walk(step, world.world.name, path, facing, target)

    def _target(self, world: Overworld, step: Step) -> MapObject:
        name = step.value
        if step.kind == "talk":
            for npc in world.npcs:
                if npc.name == name and npc.source is not None:
                    return npc.source
            here = ", ".join(sorted(n.name for n in world.npcs)) or "nobody"
            raise self._fail(step, f"nobody called {name!r} is on {world.world.name} now "
                                   f"(here: {here})")
        for obj in world.world.objects_of("inspect"):
            if obj.name == name:
                return obj
        things = ", ".join(sorted(o.name for o in world.world.objects_of("inspect")))
        raise self._fail(step, f"no inspect object {name!r} on {world.world.name} "
                               f"(there: {things or 'none'})")

    def _facing_goal(self, world: Overworld,
                     target: MapObject) -> Callable[[int, int], Facing | None]:
        """Which way to face at a feet point to talk to ``target`` there (None: no way)."""
        npcs = [dataclasses.replace(npc) for npc in world.npcs]
        probe = Overworld(world.world, Actor("probe", "", (0, 0), Facing.DOWN), npcs,
                          random.Random(0), world.present)
        tx, ty, tw, th = target.rect
        for npc in world.npcs:
            if npc.source is target:
                tx, ty, tw, th = npc.body()

        def goal(x: int, y: int) -> Facing | None:
            if x < tx - NEAR or x > tx + tw + NEAR or y < ty - NEAR or y > ty + th + NEAR:
                return None
            probe.player.x, probe.player.y = x * SUB + SUB // 2, y * SUB + SUB // 2
            for facing in (Facing.UP, Facing.LEFT, Facing.RIGHT, Facing.DOWN):
                probe.player.facing = facing
                hit = probe.facing_target()
                if hit is not None and hit.target is target:
                    return facing
            return None

        return goal

    # --- warps between maps ---------------------------------------------------------------------
    def _next_warp(self, world: WorldMap, step: Step) -> tuple[MapObject, str]:
        """The warp to take next on the way to the step's map (or the warp it names), and
        the map the step wants."""
        warps = list(world.objects_of("warp"))
        named = [w for w in warps if w.name == step.value]
        if named:
            return named[0], str(named[0].prop("target_map", ""))
        maps = self.game.maps
        if step.value == world.name:
            raise self._fail(step, f"already on {world.name}")
        if step.value not in maps.names():
            raise self._fail(step, f"no map called {step.value!r} (maps: "
                                   f"{', '.join(maps.names())}; or name a warp here: "
                                   f"{', '.join(w.name for w in warps) or 'none'})")
        # breadth-first over the maps' warps: the first warp of a shortest way
        first: dict[str, MapObject] = {}
        frontier = [world.name]
        seen = {world.name}
        while frontier:
            following = []
            for name in frontier:
                try:
                    here = world if name == world.name else maps.get(name)
                except ContentError as exc:
                    raise self._fail(step, f"map {name} cannot be read: {exc}") from None
                for warp in here.objects_of("warp"):
                    target = str(warp.prop("target_map", ""))
                    if target in seen or target not in maps.names():
                        continue
                    seen.add(target)
                    first[target] = first.get(name, warp) if name != world.name else warp
                    if target == step.value:
                        return first[target], step.value
                    following.append(target)
            frontier = following
        raise self._fail(step, f"no warps lead from {world.name} to {step.value}")

    # --- dialogue ---------------------------------------------------------------------------------
    def _dialogue(self, scene: Any) -> Action:
        event = scene.runner.current
        if isinstance(event, ev.Line):
            return self.keys.tap(Action.CONFIRM)
        if isinstance(event, ev.Choice):
            return self._choice(scene, event)
        if isinstance(event, ev.Debate):
            return self._debate(scene, event)
        if isinstance(event, ev.Wait):
            return Action.SKIP
        return Action.NONE

    def _checks(self) -> None:
        """Run the checks before the next action: they hold once the actions before them
        are done, when the game asks for the next one."""
        while self.steps and self.steps[0].kind in ("expect_beat", "expect"):
            self._check(self.steps[0])
            self._done(self.steps[0])

    def _expect(self, kinds: Sequence[str], showing: str) -> Step:
        self._checks()
        step = self._step()
        if step is None or step.kind not in kinds:
            shown = f"the dialogue shows {showing}"
            if step is None:
                raise RouteFailure(f"{self.route.path}: {shown}, but the route has no "
                                   "steps left")
            raise self._fail(step, f"{shown} here")
        return step

    def _choice(self, scene: Any, event: ev.Choice) -> Action:
        enabled = [o for o in event.options if o.enabled]
        listed = "; ".join(f"{i}. {o.text}" for i, o in enumerate(enabled, 1))
        step = self._expect(("choose",), f"a choice ({listed})")
        if self.choice_plan is None or self.choice_plan[0] is not event:
            matches = self._pick(enabled, step)
            if not matches:
                raise self._fail(step, f"no such option among: {listed}")
            if len(matches) > 1:
                which = "; ".join(f"{enabled.index(o) + 1}. {o.text}" for o in matches)
                raise self._fail(step, f"more than one option contains it ({which}): write "
                                       "more of the option's text, or its number")
            option = matches[0]
            taps = [Action.DOWN] * enabled.index(option) + [Action.CONFIRM]
            self.choice_plan = (event, taps)
        taps = self.choice_plan[1]
        key = self.keys.tap(taps[0])
        if key:
            taps.pop(0)
            if not taps:
                self._done(step)
                self.choice_plan = None
        return key

    @staticmethod
    def _pick(enabled: list[ev.Option], step: Step) -> list[ev.Option]:
        """The options the step names: the one at its number, the one whose text it is,
        else every one whose text contains it (more than one is an error)."""
        value = step.value
        if isinstance(value, int):
            return [enabled[value - 1]] if value <= len(enabled) else []
        text = str(value).casefold()
        exact = [o for o in enabled if o.text.casefold() == text]
        return exact[:1] or [o for o in enabled if text in o.text.casefold()]

    # --- debates ----------------------------------------------------------------------------------
    def _debate(self, scene: Any, event: ev.Debate) -> Action:
        if self.first_sight is not event:
            self.first_sight = event  # let the scene set the claim up for a tick
            return Action.NONE
        if self.auto_debate != event.debate_id:
            step = self._expect(("press", "move", "present", "debate"),
                                f"debate {event.debate_id!r} (claim {event.claim_index + 1} of "
                                f"{event.claim_count}: {event.text!r})")
            if step.kind == "debate":
                self.auto_debate = event.debate_id
                self._done(step)
            else:
                return self._debate_step(scene, event, step)
        return self._debate_auto(scene, event)

    def _debate_step(self, scene: Any, event: ev.Debate, step: Step) -> Action:
        if step.kind == "move":
            done = self.debate_progress[1] if self.debate_progress and \
                self.debate_progress[0] is step else 0
            key = self.keys.tap(Action.RIGHT if step.value > 0 else Action.LEFT)
            if key:
                done += 1
                self.debate_progress = (step, done)
                if done >= abs(step.value):
                    self._done(step)
                    self.debate_progress = None
            return key
        if step.kind == "press":
            if not event.can_press:
                raise self._fail(step, f"claim {event.claim_index + 1} ({event.text!r}) has "
                                       "nothing more to say when pressed")
            return self._act(scene, step, 0, None)
        item = str(step.value)
        if item not in event.evidence:
            raise self._fail(step, f"the player does not hold {item!r} (holds: "
                                   f"{', '.join(event.evidence) or 'nothing'})")
        return self._act(scene, step, 1, item)

    def _act(self, scene: Any, step: Step | None, action: int, item: str | None) -> Action:
        """Press (action 0) or present ``item`` (action 1) on the claim on screen."""
        picker = scene.picker
        if picker is not None:
            if item is None:
                return self.keys.tap(Action.CANCEL)
            want = picker.items.index(item)
            if picker.index != want:
                return self.keys.tap(Action.DOWN)
            key = self.keys.tap(Action.CONFIRM)
            if key and step is not None:
                self._done(step)
            return key
        if scene.debate_action != action:
            return self.keys.tap(Action.DOWN)
        writer = scene.typewriter
        key = self.keys.tap(Action.CONFIRM)
        ready = writer is not None and writer.page_done and writer.last_page
        if key and ready and action == 0 and step is not None:
            self._done(step)
        return key

    def _debate_auto(self, scene: Any, event: ev.Debate) -> Action:
        """Present held evidence that refutes the claim on screen, or move to one it can."""
        debate = scene.runner.current_step
        assert isinstance(debate, m.DebateStep)
        held = set(event.evidence)
        claim = debate.claims[event.step_index()]
        item = next((a.item for a in claim.answers if a.item in held), None)
        if item is not None and not event.refuted:
            return self._act(scene, None, 1, item)
        if scene.picker is not None:
            return self.keys.tap(Action.CANCEL)
        for offset in range(1, event.claim_count):
            other = debate.claims[event.step_index(offset)]
            if any(a.item in held for a in other.answers):
                return self.keys.tap(Action.RIGHT)
        raise RouteFailure(f"stuck in debate {event.debate_id!r}: no held evidence refutes "
                           f"an open claim (holds: {', '.join(event.evidence) or 'nothing'})")

    # --- the nanobot debugger ---------------------------------------------------------------------
    def _minigame(self, scene: Any) -> Action:
        from game.nanobots.session import MENU_ITEMS, SPEED_EIGHTHS, Mode

        step = self._expect(("minigame",), f"the nanobot level {scene.level_id!r}")
        if scene.session is None:
            raise self._fail(step, f"level {scene.level_id!r} cannot open: "
                                   + "; ".join(scene.errors))
        plan = self._program_for(scene, step)
        s = scene.session
        if s.mode is Mode.BRIEFING:
            return self._briefing(s, plan, step)
        if plan.check is not None:
            problem, plan.check = plan.check(), None
            if problem:
                raise self._fail(step, problem)
        if step.value == "give_up":
            if s.mode is not Mode.MENU:
                return self.keys.tap(Action.MENU)
            return self._menu_to(s, MENU_ITEMS.index("Give up"), step)
        if s.mode in (Mode.EDIT, Mode.PROBE, Mode.MENU):
            return self.keys.tap(Action.CANCEL)
        if s.mode is Mode.RESULT:
            return self._result_card(s, plan, step)
        if plan.edits:
            return self._edit(s, plan, step)
        if s.speed < len(SPEED_EIGHTHS) - 1:
            return self.keys.tap(Action.FASTER)
        if not s.playing:
            return self.keys.tap(Action.PLAY)
        return Action.NONE

    def _briefing(self, s: Any, plan: _Program, step: Step) -> Action:
        """Leave the briefing: with a program offered, load it if the step says so (the
        cursor to "Load...", confirm), else keep the shipped one (cancel)."""
        from game.nanobots.session import OFFER_LOAD

        if not s.offer_open:
            if step.load:
                why = f" (it cannot be loaded: {s.offer.refused})" if s.offer is not None \
                    else " (its minigame step names no program, or the story keeps none)"
                raise self._fail(step, f"the route loads the program offered, but level "
                                       f"{plan.level!r} offers none{why}")
            return self.keys.tap(Action.CONFIRM)
        if not step.load:
            return self.keys.tap(Action.CANCEL)
        if s.menu_index != OFFER_LOAD:
            return self.keys.tap(Action.UP)
        key = self.keys.tap(Action.CONFIRM)
        if key:
            plan.check = lambda: None if s.loaded_from is not None else \
                "confirm on \"Load...\" did not load the program offered"
        return key

    def _program_for(self, scene: Any, step: Step) -> _Program:
        """The edits to make for this step: the route's, else the table's for the level."""
        plan = self.program
        if plan is not None and plan.step is step:
            return plan
        edits: list[Edit] = []
        if step.value == "win":
            chosen = step.edits if step.edits is not None else self.programs.get(scene.level_id)
            if chosen is None:
                raise self._fail(step, f"no winning program for level {scene.level_id!r}: "
                                       "add it to playthroughs/programs.yaml or write "
                                       "minigame: {win: [edits]}")
            edits = list(chosen)
        self.program = _Program(step, scene.level_id, edits)
        return self.program

    def _result_card(self, s: Any, plan: _Program, step: Step) -> Action:
        from game.nanobots.outcome import Verdict

        won = s.verdict is Verdict.WON
        if step.value == "win":
            if not won:
                verdict = s.verdict.value if s.verdict else "lost"
                raise self._fail(step, f"level {plan.level!r} was not won with this program "
                                       f"({verdict}): {s.program.text()!r}")
            return self._menu_to(s, s.result_items.index("Finish"), step)
        if won:
            raise self._fail(step, f"level {plan.level!r} was won, but the route expects to "
                                   "lose it")
        return self._menu_to(s, s.result_items.index("Give up"), step)

    def _menu_to(self, s: Any, index: int, step: Step) -> Action:
        if s.menu_index != index:
            return self.keys.tap(Action.DOWN)
        key = self.keys.tap(Action.CONFIRM)
        if key:
            self._done(step)
            self.program = None
        return key

    def _edit(self, s: Any, plan: _Program, step: Step) -> Action:
        """Keys towards the first edit left: the cursor to its line and value, then the
        change (confirm switches a line, run+up/down moves it, run+left/right steps a value)."""
        edit = plan.edits[0]
        index = edit.line - 1
        if index >= len(s.program):
            raise self._fail(step, f"{edit.describe()}: the program has {len(s.program)} "
                                   "lines")
        rule = s.program[index]
        field_index, name, value = 0, "", None
        if edit.kind == "set":
            missing = [k for k, _ in edit.values if k not in rule.spec.param_names]
            if missing:
                raise self._fail(step, f"{edit.describe()}: line {edit.line} ({rule.kind}) has "
                                       f"no value {missing[0]!r} "
                                       f"({', '.join(rule.spec.param_names)})")
            pending = [(k, v) for k, v in edit.values if not _same(rule.get(k), v)]
            if not pending:
                plan.edits.pop(0)
                plan.last = None
                return Action.NONE
            name, value = pending[0]
            field_index = 1 + [k for k, _ in rule.values].index(name)
        if s.cursor.line != index:
            return self.keys.tap(Action.DOWN if s.cursor.line < index else Action.UP)
        if s.cursor.field != field_index:
            return self.keys.tap(Action.RIGHT if s.cursor.field < field_index else Action.LEFT)
        if edit.kind == "toggle":
            key = self.keys.tap(Action.CONFIRM)
            if key:
                before = rule.enabled
                plan.edits.pop(0)
                plan.check = lambda: None if s.program[index].enabled != before else \
                    f"{edit.describe()}: the level does not let line {edit.line} be switched"
            return key
        if edit.kind == "move":
            return self._move_line(s, plan, edit, index)
        return self._step_value(plan, step, edit, index, name, rule.get(name), value)

    def _move_line(self, s: Any, plan: _Program, edit: Edit, index: int) -> Action:
        key = self.keys.tap(Action.RUN | (Action.UP if edit.by < 0 else Action.DOWN))
        if key:
            target = index + (-1 if edit.by < 0 else 1)
            remaining = edit.by + (1 if edit.by < 0 else -1)
            plan.edits[0] = dataclasses.replace(edit, line=target + 1, by=remaining)
            if remaining == 0:
                plan.edits.pop(0)
            plan.check = lambda: None if s.cursor.line == target else \
                f"{edit.describe()}: the level does not let line {edit.line} move there"
        return key

    def _step_value(self, plan: _Program, step: Step, edit: Edit, index: int, name: str,
                    current: Any, value: Any) -> Action:
        numeric = _number(value) and _number(current)
        last = plan.last[2] if plan.last is not None and plan.last[:2] == (index, name) \
            else None
        if last is not None and _same(last, current):
            raise self._fail(step, f"{edit.describe()}: {name} stays at {current} (locked, or "
                                   "at the end of its range)")
        if numeric and last is not None and (last - value) * (current - value) < 0:
            raise self._fail(step, f"{edit.describe()}: {name} steps past {value} "
                                   f"({last} -> {current})")
        up = not (numeric and value < current)
        key = self.keys.tap(Action.RUN | (Action.RIGHT if up else Action.LEFT))
        if key:
            plan.last = (index, name, current)
        return key


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool) or not isinstance(a, int | float) or \
            not isinstance(b, int | float):
        return a == b
    return abs(a - b) < 1e-9
