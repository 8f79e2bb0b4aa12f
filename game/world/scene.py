"""The overworld scene: ticks the walking logic, starts what its events ask for,
and draws the map view.

What it draws makes room for what is over it: the place-name card ends as soon as a
dialogue or a menu covers the map; while a dialogue box covers the bottom of the
screen the camera slides (only as far as needed) so the player and whoever speaks
stand above the box; the objective banner steps down to the bottom corner when
someone stands under it.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.content.resolver import ContentError
from game.engine.fade import Fade
from game.engine.input import Action, InputFrame
from game.engine.scene import Scene
from game.engine.screen import HEIGHT, WIDTH, Screen
from game.engine.text import text_width
from game.menus.notice import NoticeScene
from game.services import Game
from game.ui import theme
from game.ui.toast import Toasts
from game.world.actors import Actor
from game.world.maps import MapObject
from game.world.overworld import Interaction, Overworld, WarpStep
from game.world.view import FRAME_H, FRAME_W, CharacterSprites, MapView

TITLE_CARD_TICKS = 150
#: How fast the camera slides to make room for a dialogue box, in pixels a tick.
CAMERA_SLIDE = 4
#: The story variable whose text the overworld shows as the current objective.
OBJECTIVE = "objective"

#: Decides what talking to an object starts: a scene to push, or None for nothing.
InteractionHandler = Callable[[Interaction], Scene | None]
#: What to do when a map cannot be used (a warp to a broken map, a tile image that
#: will not load): the director goes back to the title with the reason.
ErrorHandler = Callable[[Exception], None]


class OverworldScene(Scene):
    def __init__(self, game: Game, map_name: str, spawn: str | None = None,
                 present: Callable[[MapObject], bool] | None = None) -> None:
        self.game = game
        #: Which map objects exist in this run; by default those of the run's campaign.
        self.present = present or (lambda obj: obj.in_campaign(game.state.campaign))
        self.sprites = CharacterSprites(game.images)
        self.view: MapView | None = None
        #: Notices the dialogue handed on ("Received: ..."), shown until they run out.
        self.toasts = Toasts()
        self.world: Overworld = self._build(map_name, spawn)
        self.game.audio.music_for_map(map_name)
        self.title_card = TITLE_CARD_TICKS
        #: What talking to someone starts (the director's dialogue); None: nothing.
        self.on_interaction: InteractionHandler | None = None
        self.on_pause: Callable[[], None] | None = None
        self.on_reload: Callable[[], None] | None = None
        #: Called with the error when a map cannot be used; without it, the error is raised.
        self.on_error: ErrorHandler | None = None
        #: The person the player is talking to (kept in view while a dialogue is open).
        self._partner: str | None = None
        #: How far the camera is moved to make room for a box (pixels), and when it was
        #: last drawn (ticks), so it slides at the same speed at any frame rate.
        self._camera_shift = 0.0
        self._camera_drawn: int | None = None

    # --- map changes ---------------------------------------------------------------------
    def _build(self, map_name: str, spawn: str | None) -> Overworld:
        state = self.game.state
        return Overworld.enter(
            self.game.maps.get(map_name), state.player, spawn, state.rng, self.present,
            state.placements.get(map_name),
        )

    def change_map(self, map_name: str, spawn: str | None) -> bool:
        """Move to another map; False (and ``on_error`` told) if that map cannot be used."""
        try:
            self.world = self._build(map_name, spawn)
        except ContentError as exc:
            self._fail(exc)
            return False
        self.game.audio.music_for_map(map_name)
        self.view = None
        self.title_card = TITLE_CARD_TICKS
        self._camera_drawn = None  # a new place: the camera starts where it belongs
        return True

    def _fail(self, error: Exception) -> None:
        if self.on_error is None:
            raise error
        self.on_error(error)

    def warp(self, map_name: str, spawn: str | None) -> None:
        """Fade out, move to another map, fade in."""
        self.game.audio.play("door_open")
        self.game.stack.push(Fade(self.game.stack, lambda: self.change_map(map_name, spawn)))

    def reload(self) -> None:
        """Re-read maps from disk, keeping the player where they stand; a map that no
        longer loads is reported, and the one on screen stays."""
        self.game.maps.reload()
        self.game.images.clear()  # images may have changed, or be new
        self.sprites = CharacterSprites(self.game.images)  # sheets may have changed too
        self.view = None
        try:
            self.refresh_people()
        except ContentError as exc:
            self.game.stack.push(NoticeScene(self.game, "Reload", [str(exc)]))

    def reload_content(self) -> None:
        """F5 (the scene stack calls this, whatever is on top): the run's content is read
        again by ``on_reload`` (the director: the campaign, then this map), else the maps."""
        (self.on_reload or self.reload)()

    def refresh_people(self) -> None:
        """Rebuild the map's people (presence conditions may have changed), keeping
        the player where they stand."""
        player = self.world.player
        feet, facing = (player.px, player.py), player.facing
        self.world = self._build(self.world.world.name, None)
        self.world.place_player(feet, facing)

    # --- ticking -------------------------------------------------------------------------
    def update(self, inp: InputFrame) -> InputFrame | None:
        self.toasts.tick()
        if self.title_card > 0:
            self.title_card -= 1
        if inp.hit(Action.MENU) and self.on_pause is not None:
            self.on_pause()
            return None
        events = self.world.tick(inp)
        self.game.audio.walking(self.world.world.name, self.world.player.walked)
        for event in events:
            if isinstance(event, WarpStep):
                self.warp(event.target_map, event.target_spawn)
            elif isinstance(event, Interaction):
                self.interact(event)
        return None

    def interact(self, event: Interaction) -> None:
        scene = self.on_interaction(event) if self.on_interaction is not None else None
        if scene is not None:
            self._partner = event.actor.name if event.actor is not None else None
            self.game.stack.push(scene)

    # --- drawing -------------------------------------------------------------------------
    def draw(self, screen: Screen, alpha: float) -> None:
        if self.view is None or self.view.world is not self.world.world:
            try:
                self.view = MapView(self.world.world, self.game.images, self.sprites)
            except (ContentError, pygame.error, OSError) as exc:  # a tile image is broken
                screen.fill((10, 12, 22))
                self._fail(ContentError(f"{self.world.world.path}: cannot draw this map: {exc}")
                           if not isinstance(exc, ContentError) else exc)
                return
        world, ticks = self.world, self.game.state.ticks
        over = self._over()
        if any(not isinstance(scene, Fade) for scene in over):
            self.title_card = 0  # a dialogue or a menu came up: the card has had its turn
        if not over:
            self._partner = None
        actors = world.actors()
        camera = self._camera(actors, over, alpha, ticks)
        canvas = self.view.draw(actors, world.player, alpha, ticks, camera=camera)
        screen.blit(canvas, (0, 0))
        if self.title_card > 0:
            self._draw_title_card(screen)
        objective = self.game.state.story.get(OBJECTIVE, "")
        shown = isinstance(objective, str) and bool(objective) and not over
        low = False
        if shown:
            low = self._draw_objective(screen, str(objective), actors, camera, alpha)
        if self.toasts and not over:
            self.toasts.draw(screen, 26 if shown and not low else 8)

    def _over(self) -> list[Scene]:
        """The scenes drawn over this one."""
        scenes = self.game.stack.scenes
        return list(scenes[scenes.index(self) + 1:]) if self in scenes else []

    def _camera(self, actors: list[Actor], over: list[Scene], alpha: float,
                ticks: int) -> tuple[int, int]:
        """Where the view is: following the player, slid up or down while a box covers
        the bottom of the screen so the people of the conversation stand above it."""
        assert self.view is not None
        player = self.world.player
        camera = self.view.camera(player.draw_position(alpha))
        covered = max((_covered(scene) for scene in over), default=0)
        target = 0.0
        if covered:
            people = [player.draw_position(alpha)]
            speakers = {name for scene in over for name in _speakers(scene)}
            sight = pygame.Rect(camera, (WIDTH, HEIGHT))
            for actor in actors:
                if actor is player or not (actor.name == self._partner or actor.name in speakers
                                           or actor.character in speakers):
                    continue
                feet = actor.draw_position(alpha)
                if sight.collidepoint(feet):  # someone far off is not chased
                    people.append(feet)
            target = self.view.camera_clear_of(camera, people, covered)[1] - camera[1]
        if self._camera_drawn is None or theme.reduced_motion():
            self._camera_shift = target
        else:
            step = CAMERA_SLIDE * max(0, ticks - self._camera_drawn)
            self._camera_shift += max(-step, min(step, target - self._camera_shift))
        self._camera_drawn = ticks
        return (camera[0], camera[1] + round(self._camera_shift))

    def _draw_objective(self, screen: Screen, objective: str, actors: list[Actor],
                        camera: tuple[int, int], alpha: float) -> bool:
        """The objective at the top right, or at the bottom right while someone stands
        under it; True when it is at the bottom."""
        width = text_width(objective, theme.SIZE_SMALL + 0.5) + 16
        x = WIDTH - width - 6
        y = 6
        figures = [pygame.Rect(round(fx) - camera[0] - FRAME_W // 2,
                               round(fy) - camera[1] - FRAME_H + 1, FRAME_W, FRAME_H)
                   for fx, fy in (actor.draw_position(alpha) for actor in actors)]
        low = pygame.Rect(x, y, width, 14).collidelist(figures) >= 0
        if low and pygame.Rect(x, HEIGHT - 20, width, 14).collidelist(figures) < 0:
            y = HEIGHT - 20
        else:
            low = False
        screen.fill((*theme.INK, 150 if not low else 190), (x, y, width, 14))
        screen.fill(theme.GOLD, (x, y, 2, 14))
        screen.text(objective, (x + 9, y + 7), size=theme.SIZE_SMALL + 0.5,
                    color=theme.GOLD_PALE, anchor="midleft", shadow=theme.SHADOW)
        return low

    def _draw_title_card(self, screen: Screen) -> None:
        fade = min(1.0, self.title_card / 30, (TITLE_CARD_TICKS - self.title_card) / 15)
        if fade <= 0:
            return
        title = self.world.world.title
        width = text_width(title, theme.SIZE_BODY, "bold") + 24
        screen.fill((*theme.INK, round(170 * fade)), (0, 12, width, 18))
        screen.fill(theme.TEAL_LIGHT, (0, 12, 3, 18))
        shade = tuple(round(c * fade) for c in theme.TEXT)
        screen.text(title, (10, 21), size=theme.SIZE_BODY, face="bold", color=shade,
                    anchor="midleft")


def _covered(scene: Scene) -> int:
    """How many pixels at the bottom of the screen ``scene`` covers with a box (a
    dialogue says so through ``covered_bottom``; other scenes cover none)."""
    ask = getattr(scene, "covered_bottom", None)
    value = ask() if callable(ask) else 0
    return value if isinstance(value, int) else 0


def _speakers(scene: Scene) -> tuple[str, ...]:
    """Who is speaking in ``scene`` (a dialogue says so through ``speaking_now``)."""
    ask = getattr(scene, "speaking_now", None)
    value = ask() if callable(ask) else None
    return (value,) if isinstance(value, str) and value else ()


class WalkScene(Scene):
    """People the story moves walk while the dialogue waits (the ``move`` step); confirm,
    or holding skip, has them arrive at once. Then ``done``."""

    transparent = True

    def __init__(self, game: Game, overworld: OverworldScene, done: Callable[[], None]) -> None:
        self.game = game
        self.overworld = overworld
        self.done = done

    def update(self, inp: InputFrame) -> InputFrame | None:
        world = self.overworld.world
        if inp.hit(Action.CONFIRM) or inp.down(Action.SKIP) or inp.click:
            world.finish_walks()
        elif world.advance_walks():
            return None
        self.game.stack.pop(self)
        self.done()
        return None
