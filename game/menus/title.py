"""The title screen: New game (choose a campaign), Quit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pygame

from game import __version__
from game.engine.input import Action, InputFrame
from game.engine.scene import Scene
from game.engine.screen import HEIGHT, WIDTH, Screen
from game.engine.text import wrap
from game.menus.settings_menu import SettingsScene
from game.services import Game
from game.ui import theme
from game.ui.menu import CANCELLED, Menu, MenuItem
from game.ui.portraits import Portraits


@dataclass(frozen=True)
class CampaignChoice:
    """What the title screen shows for a campaign and what starting it needs."""

    id: str
    title: str
    blurb: str
    player: str  # character id (also the portrait shown)


StartCampaign = Callable[[str], None]


class TitleScene(Scene):
    def __init__(self, game: Game, campaigns: Sequence[CampaignChoice],
                 start: StartCampaign) -> None:
        self.game = game
        self.campaigns = list(campaigns)
        self.start = start
        self.menu = Menu(
            [
                MenuItem("New game", enabled=bool(self.campaigns)),
                MenuItem("Settings"),
                MenuItem("Quit"),
            ],
            cancellable=False,
        )
        self.age = 0

    def update(self, inp: InputFrame) -> InputFrame | None:
        self.age += 1
        choice = self.menu.update(inp)
        if choice == 0:
            self.game.stack.push(CampaignSelect(self.game, self.campaigns, self.start))
        elif choice == 1:
            self.game.stack.push(SettingsScene(self.game))
        elif choice == 2:
            self.game.request_quit()
        return None

    def draw(self, screen: Screen, alpha: float) -> None:
        draw_backdrop(screen, self.game)
        logo = _image(self.game, "logo")
        if logo is not None:
            screen.blit(logo, ((WIDTH - logo.get_width()) // 2, 34), static=True)
        else:
            screen.text("ENAMEL 2045", (WIDTH / 2, 60), size=28, face="bold",
                        color=theme.TEAL_PALE, anchor="center", shadow=theme.SHADOW)
        screen.text("a story of teeth, trust and tiny machines", (WIDTH / 2, 104),
                    size=theme.SIZE_BODY, face="italic", color=theme.MIST, anchor="center",
                    shadow=theme.SHADOW)
        self.menu.draw(screen, WIDTH / 2 - 60, 160, 120, align="center")
        screen.text(f"v{__version__}", (WIDTH - 6, HEIGHT - 6), size=theme.SIZE_SMALL,
                    color=theme.GREY, anchor="bottomright", shadow=theme.SHADOW)
        screen.text("Arrows move  ·  Z / Enter choose  ·  X / Esc back", (6, HEIGHT - 6),
                    size=theme.SIZE_SMALL, color=theme.GREY, anchor="bottomleft",
                    shadow=theme.SHADOW)


class CampaignSelect(Scene):
    """Two campaigns side by side: who you play, what it is about."""

    def __init__(self, game: Game, campaigns: Sequence[CampaignChoice],
                 start: StartCampaign) -> None:
        self.game = game
        self.campaigns = list(campaigns)
        self.start = start
        self.index = 0
        self.portraits = Portraits(game.images)

    def update(self, inp: InputFrame) -> InputFrame | None:
        count = len(self.campaigns)
        if inp.hit(Action.LEFT | Action.UP):
            self.index = (self.index - 1) % count
        if inp.hit(Action.RIGHT | Action.DOWN):
            self.index = (self.index + 1) % count
        if inp.hit(Action.CONFIRM):
            self.start(self.campaigns[self.index].id)
        elif inp.hit(Action.CANCEL):
            self.game.stack.pop(self)
        return None

    def draw(self, screen: Screen, alpha: float) -> None:
        draw_backdrop(screen, self.game)
        screen.fill((*theme.INK, 120))
        screen.text("Choose a story", (WIDTH / 2, 26), size=theme.SIZE_TITLE, face="bold",
                    color=theme.TEAL_PALE, anchor="center", shadow=theme.SHADOW)
        count = len(self.campaigns)
        card_w, gap = 200, 16
        left = (WIDTH - (card_w * count + gap * (count - 1))) / 2
        for i, campaign in enumerate(self.campaigns):
            self._draw_card(screen, campaign, left + i * (card_w + gap), 46, card_w,
                            selected=i == self.index)
        screen.text("Left / Right choose  ·  Z / Enter begin  ·  X / Esc back",
                    (WIDTH / 2, HEIGHT - 10), size=theme.SIZE_SMALL, color=theme.GREY,
                    anchor="center", shadow=theme.SHADOW)

    def _draw_card(self, screen: Screen, campaign: CampaignChoice, x: float, y: float,
                   width: float, selected: bool) -> None:
        height = 200
        screen.frame((x, y, width, height))
        if selected:
            screen.outline(theme.TEAL_LIGHT, (x + 2, y + 2, width - 4, height - 4))
        portrait = self.portraits.get(campaign.player)
        if portrait is not None:
            screen.fill(theme.NIGHT, (x + 10, y + 10, 64, 64))
            screen.blit(portrait, (x + 10, y + 10), static=True)
        screen.text(campaign.title, (x + 82, y + 16), size=theme.SIZE_TITLE, face="bold",
                    color=theme.GOLD_PALE if selected else theme.TEXT, shadow=theme.SHADOW)
        who = campaign.player.replace("_", " ").title()
        screen.text(f"You play {who}", (x + 82, y + 34), size=theme.SIZE_SMALL,
                    color=theme.TEAL_LIGHT, face="italic", shadow=theme.SHADOW)
        top = y + 84
        for line in wrap(campaign.blurb, width - 20, theme.SIZE_SMALL + 0.5):
            screen.text(line, (x + 10, top), size=theme.SIZE_SMALL + 0.5, color=theme.MIST,
                        shadow=theme.SHADOW)
            top += 10


def draw_backdrop(screen: Screen, game: Game) -> None:
    background = _image(game, "title_bg")
    if background is not None:
        screen.blit(background, (0, 0), static=True)
    else:
        screen.fill(theme.NIGHT)


def _image(game: Game, name: str) -> pygame.Surface | None:
    return game.images.asset("assets/ui", name, ".png")




__all__ = ["CANCELLED", "CampaignChoice", "CampaignSelect", "TitleScene"]
