"""The title screen: Continue, New game (choose a campaign), Load, Chapter select,
Practice, Settings, Mods, Quit.

The saves come from ``game.saves`` (none for tools and tests that keep nothing):
Continue loads the latest, Load opens the load menu, Chapter select the chapters
reached (their chapter-start autosaves). Items are dispatched by their ``value``.

Mods opens what ``python -m game mods`` reports (:mod:`game.menus.mods_screen`) for the
content library the title is given; when a mod was skipped for its errors the title
says so under its menu. The campaign select shows each campaign's cast, blurb and
chapters, and the chosen card stands out (a gold frame, the others dimmed).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import pygame

from game import __version__
from game.engine.audio import ui_sound
from game.engine.input import Action, InputFrame
from game.engine.scene import Scene
from game.engine.screen import HEIGHT, WIDTH, Screen
from game.engine.text import text_width, wrap
from game.menus.mods_screen import ModsScene, has_mods, mods_report
from game.menus.settings_menu import SettingsScene
from game.saves.store import SlotInfo
from game.services import Game
from game.ui import theme
from game.ui.menu import CANCELLED, Menu, MenuItem
from game.ui.portraits import Portraits

if TYPE_CHECKING:
    from game.dialogue.library import ContentLibrary
    from game.dialogue.manifest import Manifest

#: Cast portraits shown on a campaign's card, and chapters listed before "... more".
CAST_SHOWN = 5
CHAPTERS_SHOWN = 6


@dataclass(frozen=True)
class CampaignChoice:
    """What the title screen shows for a campaign and what starting it needs."""

    id: str
    title: str
    blurb: str
    player: str  # character id (also the portrait shown)
    #: The player's name as the campaign's speakers give it ("" : from the id).
    player_name: str = ""
    #: The chapters' titles, in order.
    chapters: tuple[str, ...] = ()
    #: Portrait ids of the main cast (the first speakers after the player).
    cast: tuple[str, ...] = ()

    @classmethod
    def from_manifest(cls, campaign_id: str, info: Manifest, default_player: str
                      ) -> CampaignChoice:
        """Everything a card shows, from a campaign's manifest."""
        player = info.player or default_player
        speaker = info.speakers.get(player)
        cast = []
        for sid, other in info.speakers.items():
            if sid != player and other.portrait and other.portrait not in cast:
                cast.append(other.portrait)
        return cls(campaign_id, info.title or campaign_id, info.blurb, player,
                   speaker.name if speaker else "",
                   tuple(chapter.title for chapter in info.chapters), tuple(cast[:CAST_SHOWN]))

    @property
    def portrait(self) -> str:
        return self.player

    def who(self) -> str:
        return self.player_name or self.player.replace("_", " ").title()


StartCampaign = Callable[[str], None]


@dataclass(frozen=True)
class TitleSaves:
    """What the title asks of the director about saves."""

    continue_latest: Callable[[], None]
    load_menu: Callable[[], Scene]
    #: Load a chapter-start autosave (the chapter select's rows).
    load_slot: Callable[[str], None]


CONTINUE, NEW, LOAD, CHAPTERS, PRACTICE, SETTINGS, MODS, QUIT = (
    "continue", "new", "load", "chapters", "practice", "settings", "mods", "quit")


class TitleScene(Scene):
    def __init__(self, game: Game, campaigns: Sequence[CampaignChoice],
                 start: StartCampaign, saves: TitleSaves | None = None,
                 practice: Callable[[], None] | None = None,
                 mods: ContentLibrary | None = None) -> None:
        self.game = game
        theme.follow(game.settings)  # the comfort settings, from the first frame
        self.campaigns = list(campaigns)
        self.start = start
        self.saves = saves
        #: Opens the speedrun Practice menu (categories and chapter starts).
        self.practice = practice
        #: The content library whose mods the Mods entry reports: the director's (with
        #: any --mod folders), else the game's with the player's mods folder.
        self.mods = mods if mods is not None else _player_library()
        #: Mods skipped for their errors, for the notice under the menu.
        self.skipped_mods = len(mods_report(self.mods).skipped) if has_mods(self.mods) else 0
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
            MenuItem("Mods", value=MODS),
            MenuItem("Quit", value=QUIT),
        ]
        index = next((i for i, item in enumerate(items)
                      if item.value == current and item.enabled), 0)
        self.menu = Menu(items, index=index, cancellable=False)
        self.menu.row_height = 12  # eight entries and the mods notice under them

    def on_uncover(self) -> None:
        self.refresh()

    def reload_content(self) -> None:
        """F5 on the title: the mods are checked again (one fixed, or broken, since the
        game started), so the notice under the menu and the Mods screen say what they
        do now; the result is a passing notice."""
        if not has_mods(self.mods):
            self.game.notices.append("reloaded: no mods to check (no story is running)")
            return
        report = mods_report(self.mods, fresh=True)
        self.skipped_mods = len(report.skipped)
        count = len(report.mods)
        self.game.notices.append(f"mods checked again: {count} found, "
                                 f"{self.skipped_mods} skipped")

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
        elif value == MODS:
            self.game.stack.push(ModsScene(self.game, self.mods))
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
        top = 126
        meta = self.latest.meta if self.latest is not None else None
        if meta is not None and self.menu.current.value == CONTINUE:
            parts = [meta.campaign_title, meta.chapter_title, meta.place, meta.play_time]
            screen.text("  ·  ".join(p for p in parts if p), (WIDTH / 2, 120),
                        size=theme.SIZE_SMALL + 0.5, color=theme.GOLD_PALE, anchor="center",
                        shadow=theme.SHADOW)
        self.menu.draw(screen, WIDTH / 2 - 60, top, 120, align="center")
        if self.skipped_mods:
            count = self.skipped_mods
            notice = (f"{count} mod{'s were' if count > 1 else ' was'} skipped for errors: "
                      "see Mods")
            width = text_width(notice, theme.SIZE_SMALL + 0.5) + 16
            bottom = top + self.menu.padding * 2 + self.menu.row_height * len(self.menu.items)
            screen.fill((*theme.INK, 210), ((WIDTH - width) / 2, bottom + 4, width, 13))
            screen.fill(theme.CORAL, ((WIDTH - width) / 2, bottom + 4, 2, 13))
            screen.text(notice, (WIDTH / 2, bottom + 10.5), size=theme.SIZE_SMALL + 0.5,
                        color=theme.CORAL, anchor="center")
        screen.text(f"v{__version__}", (WIDTH - 6, HEIGHT - 6), size=theme.SIZE_SMALL,
                    color=theme.TEXT_DIM, anchor="bottomright", shadow=theme.SHADOW)
        keys = self.game.settings.controls
        screen.text(f"{keys.describe(Action.UP, limit=1)} / {keys.describe(Action.DOWN, limit=1)}"
                    f" move  ·  {keys.describe(Action.CONFIRM)} choose  ·  "
                    f"{keys.describe(Action.CANCEL, limit=1)} back  ·  mouse: click",
                    (6, HEIGHT - 6), size=theme.SIZE_SMALL, color=theme.TEXT_DIM,
                    anchor="bottomleft", shadow=theme.SHADOW)


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
    """The campaigns side by side: who you play and with whom, what it is about, its
    chapters. The chosen card has a gold frame and a "begin" bar; the others are dimmed.
    Left and right (or up and down, the wheel, the mouse moving onto a card) choose;
    confirm or a click on the chosen card begins."""

    CARD_W, GAP, TOP, CARD_H = 206, 12, 38, 212

    def __init__(self, game: Game, campaigns: Sequence[CampaignChoice],
                 start: StartCampaign) -> None:
        self.game = game
        self.campaigns = [_with_details(game, choice) for choice in campaigns]
        self.start = start
        self.index = 0
        self.portraits = Portraits(game.images)
        self._small: dict[str, pygame.Surface | None] = {}
        self._pointer: tuple[int, int] | None = None

    def update(self, inp: InputFrame) -> InputFrame | None:
        count = len(self.campaigns)
        if not count:
            if inp.hit(Action.CANCEL | Action.CONFIRM):
                self.game.stack.pop(self)
            return None
        before = self.index
        if inp.hit(Action.LEFT | Action.UP) or inp.wheel > 0:
            self.index = (self.index - 1) % count
        if inp.hit(Action.RIGHT | Action.DOWN) or inp.wheel < 0:
            self.index = (self.index + 1) % count
        if inp.pointer is not None and (inp.click or inp.pointer != self._pointer):
            hit = self.card_at(inp.pointer)
            if hit is not None:
                self.index = hit
                if inp.click:
                    self.start(self.campaigns[hit].id)
                    return None
        self._pointer = inp.pointer
        if self.index != before:
            ui_sound("move")
        if inp.hit(Action.CONFIRM):
            ui_sound("confirm")
            self.start(self.campaigns[self.index].id)
        elif inp.hit(Action.CANCEL):
            ui_sound("back")
            self.game.stack.pop(self)
        return None

    def card_left(self, index: int) -> float:
        count = len(self.campaigns)
        left = (WIDTH - (self.CARD_W * count + self.GAP * (count - 1))) / 2
        return left + index * (self.CARD_W + self.GAP)

    def card_at(self, pos: tuple[int, int]) -> int | None:
        for i in range(len(self.campaigns)):
            x = self.card_left(i)
            if x <= pos[0] < x + self.CARD_W and self.TOP <= pos[1] < self.TOP + self.CARD_H:
                return i
        return None

    def draw(self, screen: Screen, alpha: float) -> None:
        draw_backdrop(screen, self.game)
        screen.fill((*theme.INK, 120))
        screen.text("Choose a story", (WIDTH / 2, 20), size=theme.SIZE_TITLE, face="bold",
                    color=theme.TEAL_PALE, anchor="center", shadow=theme.SHADOW)
        for i, campaign in enumerate(self.campaigns):
            self._draw_card(screen, campaign, self.card_left(i), self.TOP, self.CARD_W,
                            selected=i == self.index)
        keys = self.game.settings.controls
        screen.text(f"{keys.describe(Action.LEFT, limit=1)} / "
                    f"{keys.describe(Action.RIGHT, limit=1)} choose  ·  "
                    f"{keys.describe(Action.CONFIRM)} begin  ·  "
                    f"{keys.describe(Action.CANCEL, limit=1)} back  ·  mouse: click a card",
                    (WIDTH / 2, HEIGHT - 9), size=theme.SIZE_SMALL, color=theme.TEXT_DIM,
                    anchor="center", shadow=theme.SHADOW)

    def _draw_card(self, screen: Screen, campaign: CampaignChoice, x: float, y: float,
                   width: float, selected: bool) -> None:
        height = self.CARD_H
        screen.frame((x, y, width, height))
        portrait = self.portraits.get(campaign.portrait)
        screen.fill(theme.NIGHT, (x + 10, y + 10, 64, 64))
        if portrait is not None:
            screen.blit(portrait, (x + 10, y + 10), static=True)
        screen.text(campaign.title, (x + 82, y + 12), size=theme.SIZE_TITLE, face="bold",
                    color=theme.GOLD_PALE if selected else theme.TEXT, shadow=theme.SHADOW)
        screen.text(f"You play {campaign.who()}", (x + 82, y + 30), size=theme.SIZE_SMALL,
                    color=theme.TEAL_LIGHT, face="italic", shadow=theme.SHADOW)
        if campaign.cast:
            screen.text("With", (x + 82, y + 43), size=theme.SIZE_SMALL, color=theme.TEXT_DIM)
            for n, cast in enumerate(campaign.cast[:CAST_SHOWN]):
                small = self._small_portrait(cast)
                left = x + 82 + n * 23
                screen.fill(theme.NIGHT, (left, y + 53, 21, 21))
                if small is not None:
                    screen.blit(small, (left, y + 53), static=True)
        top = y + 84
        for line in wrap(campaign.blurb, width - 20, theme.SIZE_SMALL + 0.5)[:5]:
            screen.text(line, (x + 10, top), size=theme.SIZE_SMALL + 0.5, color=theme.MIST,
                        shadow=theme.SHADOW)
            top += 10
        if campaign.chapters:
            top += 4
            screen.fill(theme.SLATE, (x + 10, top, width - 20, 1))
            count = len(campaign.chapters)
            screen.text(f"{count} chapter{'s' if count != 1 else ''}", (x + 10, top + 4),
                        size=theme.SIZE_SMALL, face="bold", color=theme.TEXT_DIM)
            top += 14
            shown = campaign.chapters[:CHAPTERS_SHOWN]
            for number, chapter in enumerate(shown, 1):
                if top > y + height - 26:
                    break
                screen.text(f"{number}.", (x + 18, top), size=theme.SIZE_SMALL,
                            color=theme.TEXT_DIM, anchor="topright")
                screen.text(chapter, (x + 22, top), size=theme.SIZE_SMALL,
                            color=theme.SILVER if not theme.high_contrast() else theme.MIST)
                top += 8.5
            if count > len(shown):
                screen.text(f"… and {count - len(shown)} more", (x + 22, top),
                            size=theme.SIZE_SMALL, color=theme.TEXT_DIM)
        if selected:
            screen.outline(theme.GOLD, (x - 2, y - 2, width + 4, height + 4), 2)
            screen.fill(theme.GOLD, (x + 4, y + height - 17, width - 8, 13))
            keys = self.game.settings.controls
            screen.text(f"Chosen  ·  {keys.describe(Action.CONFIRM, limit=1)} to begin",
                        (x + width / 2, y + height - 10.5), size=theme.SIZE_SMALL + 0.5,
                        face="bold", color=theme.INK, anchor="center")
        else:
            screen.fill((*theme.INK, 90 if theme.high_contrast() else 150), (x, y, width, height))

    def _small_portrait(self, portrait: str) -> pygame.Surface | None:
        if portrait not in self._small:
            full = self.portraits.get(portrait)
            self._small[portrait] = (pygame.transform.smoothscale(full, (21, 21))
                                     if full is not None else None)
        return self._small[portrait]


def _player_library() -> ContentLibrary:
    from game import paths
    from game.dialogue.library import ContentLibrary

    return ContentLibrary(paths.ROOT, [])


def _with_details(game: Game, choice: CampaignChoice) -> CampaignChoice:
    """A choice with its chapters and cast: as the director gave it, or read from the
    campaign's manifest among the game's files when it came without them."""
    if choice.chapters:
        return choice
    from game.dialogue.manifest import parse_manifest
    from game.dialogue.mods import MANIFEST
    from game.gamestate import DEFAULT_PLAYER

    path = game.content.path(f"dialogue/{choice.id}/{MANIFEST}")
    info = parse_manifest(path, "base", []) if path is not None else None
    if info is None:
        return choice
    full = CampaignChoice.from_manifest(choice.id, info, DEFAULT_PLAYER)
    return replace(full, title=choice.title, blurb=choice.blurb, player=choice.player)


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
