"""The overworld scene: ticks the walking logic, starts what its events ask for,
and draws the map view."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.content.resolver import ContentError
from game.engine.fade import Fade
from game.engine.input import Action, InputFrame
from game.engine.scene import Scene
from game.engine.screen import WIDTH, Screen
from game.engine.text import text_width
from game.menus.notice import NoticeScene
from game.services import Game
from game.ui import theme
from game.ui.toast import Toasts
from game.world.maps import MapObject
from game.world.overworld import Interaction, Overworld, WarpStep
from game.world.view import CharacterSprites, MapView

TITLE_CARD_TICKS = 150
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
        if inp.hit(Action.RELOAD):
            (self.on_reload or self.reload)()
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
        canvas = self.view.draw(world.actors(), world.player, alpha, ticks)
        screen.blit(canvas, (0, 0))
        if self.title_card > 0:
            self._draw_title_card(screen)
        objective = self.game.state.story.get(OBJECTIVE, "")
        if isinstance(objective, str) and objective and self.game.stack.top is self:
            self._draw_objective(screen, objective)
        if self.toasts and self.game.stack.top is self:
            self.toasts.draw(screen, 26 if objective else 8)

    def _draw_objective(self, screen: Screen, objective: str) -> None:
        width = text_width(objective, theme.SIZE_SMALL + 0.5) + 16
        x = WIDTH - width - 6
        screen.fill((*theme.INK, 150), (x, 6, width, 14))
        screen.fill(theme.GOLD, (x, 6, 2, 14))
        screen.text(objective, (x + 9, 13), size=theme.SIZE_SMALL + 0.5, color=theme.GOLD_PALE,
                    anchor="midleft", shadow=theme.SHADOW)

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
