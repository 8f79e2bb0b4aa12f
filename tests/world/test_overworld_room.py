"""What the map draws makes room for what is over it (game/world/scene.py): the
place-name card ends when a dialogue or a menu comes up, the dialogue box never hides
the player, and the objective banner steps aside for someone standing under it.
Driven through the director and the real scene stack, drawn at scale 1."""

from __future__ import annotations

import pygame

from game.dialogue import view
from game.director import Director, StartOptions
from game.engine.input import Action, InputFrame
from game.engine.scene import Scene
from game.engine.screen import HEIGHT, WIDTH, Screen
from game.gamestate import GameState
from game.services import Game
from game.ui import theme
from game.world.actors import Actor
from game.world.scene import OverworldScene
from game.world.view import FRAME_H, FRAME_W, CharacterSprites

MARK = (255, 0, 255)  # a colour nothing else on screen has


class Marked(CharacterSprites):
    """Sheets as usual, except ``who`` is a solid block of :data:`MARK`."""

    def __init__(self, images, who: str) -> None:
        super().__init__(images)
        self.who = who

    def frame(self, actor: Actor) -> pygame.Surface:
        if actor.name != self.who:
            return super().frame(actor)
        figure = pygame.Surface((FRAME_W, FRAME_H))
        figure.fill(MARK)
        return figure


def start(options: StartOptions) -> tuple[Game, OverworldScene]:
    pygame.display.init()
    pygame.display.set_mode((WIDTH, HEIGHT))
    game = Game(GameState(seed=3))
    director = Director(game, seed=3)
    director.begin(options)
    assert director.overworld is not None
    return game, director.overworld


def draw(game: Game) -> pygame.Surface:
    screen = Screen(pygame.display.get_surface(), game.images)
    game.stack.draw(screen, 1.0)
    return screen.target


def mark(scene: OverworldScene, who: str) -> None:
    scene.sprites = Marked(scene.game.images, who)
    scene.view = None


def marked(surface: pygame.Surface) -> list[tuple[int, int]]:
    return [(x, y) for y in range(HEIGHT) for x in range(WIDTH)
            if tuple(surface.get_at((x, y)))[:3] == MARK]


def idle(game: Game, ticks: int) -> None:
    for _ in range(ticks):
        game.tick(InputFrame())


class Menu(Scene):
    transparent = True


def test_the_place_card_ends_when_a_menu_or_dialogue_comes_up():
    game, _ = start(StartOptions("rejuvenation", map="practice"))
    idle(game, 30)
    card = (1, 20)  # the card's bar, at the left edge
    assert tuple(draw(game).get_at(card))[:3] == theme.TEAL_LIGHT
    menu = Menu()
    game.stack.push(menu)
    assert tuple(draw(game).get_at(card))[:3] != theme.TEAL_LIGHT
    game.stack.pop(menu)
    idle(game, 2)
    assert tuple(draw(game).get_at(card))[:3] != theme.TEAL_LIGHT  # it does not come back


def test_the_dialogue_box_never_hides_the_player():
    # arriving by the front door, at the bottom of the room, Rosa calls out
    game, overworld = start(StartOptions("rejuvenation", map="practice", spawn="from_street",
                                         node="practice_rosa"))
    mark(overworld, "player")
    idle(game, 90)
    assert game.stack.top is not overworld  # the dialogue is on screen
    shown = marked(draw(game))
    player = overworld.world.player
    assert overworld.view is not None
    following = overworld.view.camera(player.draw_position(1.0))
    assert len(shown) == FRAME_W * FRAME_H, "part of the player is hidden"
    bottom = max(y for _, y in shown)
    assert bottom < HEIGHT - view.covered_bottom()
    assert player.py - following[1] >= HEIGHT - view.covered_bottom(), \
        "following her as usual, the box would have hidden her"
    # the conversation over, the camera follows her as before
    for _ in range(40):
        game.tick(InputFrame(Action.CONFIRM, Action.CONFIRM))
        idle(game, 4)
        if game.stack.top is overworld:
            break
    assert game.stack.top is overworld
    idle(game, 30)
    assert max(y for _, y in marked(draw(game))) == player.py - following[1]


def banner(frame: pygame.Surface) -> tuple[int, int] | None:
    """Where the objective banner's gold edge is: (x, top), or None."""
    for top in (6, HEIGHT - 20):
        for x in range(WIDTH // 3, WIDTH):
            if all(tuple(frame.get_at((x, top + dy)))[:3] == theme.GOLD for dy in range(14)):
                return x, top
    return None


def test_the_objective_steps_aside_for_someone_under_it():
    game, overworld = start(StartOptions("rejuvenation", map="clinic"))
    game.state.story.set("objective", "Find Max before the panel starts on the main stage")
    idle(game, 200)  # the place card is gone
    world = overworld.world
    npc = world.npcs[0]
    mark(overworld, npc.name)
    at = banner(draw(game))
    assert at is not None and at[1] == 6  # at the top right
    assert overworld.view is not None
    camera = overworld.view.camera(world.player.draw_position(1.0))
    # someone walks up under it
    under = (camera[0] + WIDTH - 30, camera[1] + 24)
    assert world.place_npc(npc.name, under)
    frame = draw(game)
    top_banner = pygame.Rect(at[0], 6, WIDTH - at[0], 14)
    overlap = [p for p in figure_box(under, camera) if top_banner.collidepoint(p)]
    assert overlap and any(tuple(frame.get_at(p))[:3] == MARK for p in overlap)
    moved = banner(frame)
    assert moved is not None and moved[1] == HEIGHT - 20  # now at the bottom right
    # where it was, the map shows as it does with no objective at all
    shown = [tuple(frame.get_at(p)) for p in overlap]
    game.state.story.set("objective", "")
    bare = draw(game)
    assert shown == [tuple(bare.get_at(p)) for p in overlap]


def figure_box(feet: tuple[int, int], camera: tuple[int, int]) -> list[tuple[int, int]]:
    left, top = feet[0] - FRAME_W // 2 - camera[0], feet[1] - FRAME_H + 1 - camera[1]
    return [(left + dx, top + dy) for dy in range(FRAME_H) for dx in range(FRAME_W)
            if 0 <= left + dx < WIDTH and 0 <= top + dy < HEIGHT]
