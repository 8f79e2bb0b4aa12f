"""The title screen: Continue, New game (choose a campaign), Load, Chapter select,
Settings, Quit.

The saves come from ``game.saves`` (none for tools and tests that keep nothing):
Continue loads the latest, Load opens the load menu, Chapter select the chapters
reached (their chapter-start autosaves). Items are dispatched by their ``value``,
so another entry (Mods) slots in before Quit without renumbering anything.
"""

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
from game.saves.store import SlotInfo
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


@dataclass(frozen=True)
class TitleSaves:
    """What the title asks of the director about saves."""

    continue_latest: Callable[[], None]
    load_menu: Callable[[], Scene]
    #: Load a chapter-start autosave (the chapter select's rows).
    load_slot: Callable[[str], None]


CONTINUE, NEW, LOAD, CHAPTERS, PRACTICE, SETTINGS, QUIT = (
    "continue", "new", "load", "chapters", "practice", "settings", "quit")


class TitleScene(Scene):
    def __init__(self, game: Game, campaigns: Sequence[CampaignChoice],
                 start: StartCampaign, saves: TitleSaves | None = None,
                 practice: Callable[[], None] | None = None) -> None:
        self.game = game
        self.campaigns = list(campaigns)
        self.start = start
        self.saves = saves
        #: Opens the speedrun Practice menu (categories and chapter starts).
        self.practice = practice
        self.latest: SlotInfo | None = None
        self.chapters: list[SlotInfo] = []
        self.menu = Menu([], cancellable=False)
        self._listed: object = False  # the store the menu was made from
        self.refresh()
        self.age = 0

    def refresh(self) -> None:
        """Read the save folder again (it may have changed, or been turned on)."""
        store = self.game.saves if self.saves is not None else None
        same_store = self._listed is store  # (else the cursor starts afresh: on Continue)
        self._listed = store
        any_save = False
        if store is not None:
            self.latest = store.latest()
            self.chapters = store.chapters()
            any_save = bool(store.slots())
        else:
            self.latest, self.chapters = None, []
        current = self.menu.current.value if self.menu.items and same_store else None
        items = [
            MenuItem("Continue", enabled=self.latest is not None, value=CONTINUE),
            MenuItem("New game", enabled=bool(self.campaigns), value=NEW),
            MenuItem("Load", enabled=any_save, value=LOAD),
            MenuItem("Chapter select", enabled=bool(self.chapters), value=CHAPTERS),
            MenuItem("Practice", enabled=self.practice is not None and bool(self.campaigns),
                     value=PRACTICE),
            MenuItem("Settings", value=SETTINGS),
            MenuItem("Quit", value=QUIT),
        ]
        index = next((i for i, item in enumerate(items)
                      if item.value == current and item.enabled), 0)
        self.menu = Menu(items, index=index, cancellable=False)

    def on_uncover(self) -> None:
        self.refresh()

    def update(self, inp: InputFrame) -> InputFrame | None:
        self.age += 1
        if self._listed is not (self.game.saves if self.saves is not None else None):
            self.refresh()
        choice = self.menu.update(inp)
        if choice is None or choice < 0:
            return None
        value = self.menu.items[choice].value
        if value == CONTINUE and self.saves is not None:
            self.saves.continue_latest()
        elif value == NEW:
            self.game.stack.push(CampaignSelect(self.game, self.campaigns, self.start))
        elif value == LOAD and self.saves is not None:
            self.game.stack.push(self.saves.load_menu())
        elif value == CHAPTERS and self.saves is not None:
            self.game.stack.push(ChapterSelect(self.game, self.chapters, self.saves.load_slot))
        elif value == PRACTICE and self.practice is not None:
            self.practice()
        elif value == SETTINGS:
            self.game.stack.push(SettingsScene(self.game))
        elif value == QUIT:
            self.game.request_quit()
        return None

    def draw(self, screen: Screen, alpha: float) -> None:
        draw_backdrop(screen, self.game)
        logo = _image(self.game, "logo")
        if logo is not None:
            screen.blit(logo, ((WIDTH - logo.get_width()) // 2, 30), static=True)
        else:
            screen.text("ENAMEL 2045", (WIDTH / 2, 56), size=28, face="bold",
                        color=theme.TEAL_PALE, anchor="center", shadow=theme.SHADOW)
        screen.text("a story of teeth, trust and tiny machines", (WIDTH / 2, 98),
                    size=theme.SIZE_BODY, face="italic", color=theme.MIST, anchor="center",
                    shadow=theme.SHADOW)
        top = 132
        meta = self.latest.meta if self.latest is not None else None
        if meta is not None and self.menu.current.value == CONTINUE:
            parts = [meta.campaign_title, meta.chapter_title, meta.place, meta.play_time]
            screen.text("  ·  ".join(p for p in parts if p), (WIDTH / 2, 120),
                        size=theme.SIZE_SMALL + 0.5, color=theme.GOLD_PALE, anchor="center",
                        shadow=theme.SHADOW)
        self.menu.draw(screen, WIDTH / 2 - 60, top, 120, align="center")
        screen.text(f"v{__version__}", (WIDTH - 6, HEIGHT - 6), size=theme.SIZE_SMALL,
                    color=theme.GREY, anchor="bottomright", shadow=theme.SHADOW)
        screen.text("Arrows move  ·  Z / Enter choose  ·  X / Esc back", (6, HEIGHT - 6),
                    size=theme.SIZE_SMALL, color=theme.GREY, anchor="bottomleft",
                    shadow=theme.SHADOW)


class ChapterSelect(Scene):
    """The chapters reached (their chapter-start autosaves): choosing one plays it
    from its start."""

    transparent = True

    def __init__(self, game: Game, chapters: Sequence[SlotInfo],
                 load: Callable[[str], None]) -> None:
        self.game = game
        self.rows = [info for info in chapters if info.meta is not None]
        self.load = load
        items = []
        for info in self.rows:
            assert info.meta is not None
            items.append(MenuItem(f"{info.meta.campaign_title}  ·  {info.meta.chapter_title}"))
        self.menu = Menu([*items, MenuItem("Back")])

    def update(self, inp: InputFrame) -> InputFrame | None:
        choice = self.menu.update(inp)
        if choice == CANCELLED or choice == len(self.rows) or inp.hit(Action.MENU):
            self.game.stack.pop(self)
        elif choice is not None:
            self.load(self.rows[choice].slot)
        return None

    def draw(self, screen: Screen, alpha: float) -> None:
        screen.fill((*theme.INK, 170))
        width = 300
        height = 16 + Menu.row_height * len(self.menu.items)
        y = max(34, (HEIGHT - height) / 2)
        screen.text("Chapter select", (WIDTH / 2, y - 14), size=theme.SIZE_TITLE, face="bold",
                    color=theme.TEAL_PALE, anchor="center", shadow=theme.SHADOW)
        self.menu.draw(screen, (WIDTH - width) / 2, y, width)
        screen.text("Each chapter plays from its start, as you first reached it.",
                    (WIDTH / 2, HEIGHT - 10), size=theme.SIZE_SMALL, color=theme.GREY,
                    anchor="center", shadow=theme.SHADOW)


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




__all__ = ["CANCELLED", "CampaignChoice", "CampaignSelect", "ChapterSelect", "TitleSaves",
           "TitleScene"]
