"""The pause menu over whatever is playing, and the evidence screen it opens.

Resume, Save, Load, Evidence, History, Settings, Return to title, Quit game. The
director hands in what each needs; an item it does not hand in is greyed out (no
run to save, no evidence outside a campaign). Leaving the run with unsaved
progress asks first (``unsaved``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

import pygame

from game.engine.input import Action, InputFrame, Repeater
from game.engine.scene import Scene
from game.engine.screen import HEIGHT, WIDTH, Screen
from game.engine.text import wrap
from game.menus.saveload import ConfirmScene
from game.menus.settings_menu import SettingsScene
from game.services import Game
from game.ui import theme
from game.ui.menu import CANCELLED, Menu, MenuItem

RESUME, SAVE, LOAD, EVIDENCE, HISTORY, SETTINGS, TITLE, QUIT = range(8)

MakeScene = Callable[[], Scene]


class PauseScene(Scene):
    transparent = True

    def __init__(self, game: Game, to_title: Callable[[], None],
                 evidence: MakeScene | None = None, *, save: MakeScene | None = None,
                 load: MakeScene | None = None, history: MakeScene | None = None,
                 unsaved: Callable[[], bool] | None = None) -> None:
        """``evidence``, ``save``, ``load`` and ``history`` make their screens (without
        one the item is greyed out); ``unsaved`` says whether leaving should ask first."""
        self.game = game
        self.to_title = to_title
        self.evidence = evidence
        self.screens: dict[int, MakeScene | None] = {
            SAVE: save, LOAD: load, EVIDENCE: evidence, HISTORY: history,
            SETTINGS: lambda: SettingsScene(self.game),
        }
        self.unsaved = unsaved
        self.menu = Menu(
            [MenuItem("Resume"), MenuItem("Save", enabled=save is not None),
             MenuItem("Load", enabled=load is not None),
             MenuItem("Evidence", enabled=evidence is not None),
             MenuItem("History", enabled=history is not None),
             MenuItem("Settings"), MenuItem("Return to title"), MenuItem("Quit game")]
        )

    def update(self, inp: InputFrame) -> InputFrame | None:
        if inp.hit(Action.MENU):
            self.game.stack.pop(self)
            return None
        choice = self.menu.update(inp)
        if choice in (RESUME, CANCELLED):
            self.game.stack.pop(self)
        elif choice in self.screens:
            make = self.screens[choice]
            if make is not None:
                self.game.stack.push(make())
        elif choice == TITLE:
            self._leave("Return to the title?", self.to_title)
        elif choice == QUIT:
            self._leave("Quit the game?", self.game.request_quit)
        return None

    def _leave(self, question: str, then: Callable[[], None]) -> None:
        if self.unsaved is None or not self.unsaved():
            then()
            return
        self.game.stack.push(ConfirmScene(
            self.game, question, ["You have progress that is not saved: it will be lost."
                                  if then is self.to_title else
                                  "You have progress that is not saved; the autosave made "
                                  "on quitting keeps it."],
            "Leave" if then is self.to_title else "Quit", "Stay", then))

    def draw(self, screen: Screen, alpha: float) -> None:
        screen.fill((*theme.INK, 150))
        width = 150
        height = Menu.padding * 2 + Menu.row_height * len(self.menu.items)
        x = (WIDTH - width) / 2
        y = (HEIGHT - height) / 2 + 8
        screen.text("Paused", (WIDTH / 2, y - 14), size=theme.SIZE_TITLE, face="bold",
                    color=theme.TEAL_PALE, anchor="center", shadow=theme.SHADOW)
        self.menu.draw(screen, x, y, width)


class EvidenceLook(Protocol):
    """Names, descriptions and icons of a campaign's evidence (``DialogueLook``)."""

    def evidence_name(self, item: str) -> str: ...

    def evidence_description(self, item: str) -> str: ...

    def icon(self, item: str) -> Any: ...


#: The evidence screen's panel, its list and how many rows the list shows.
PANEL = (20, 16, WIDTH - 40, HEIGHT - 32)
ROW = 16
ROWS = 11
LIST_W = 176


class EvidenceScene(Scene):
    """What the player holds, in the order it was found: up and down pick an item (its
    icon, name and description show on the right); Back, cancel or the menu key
    return."""

    transparent = True

    def __init__(self, game: Game, look: EvidenceLook, items: Sequence[str]) -> None:
        self.game = game
        self.look = look
        self.items = list(items)
        self.index = 0  # the last row (len(items)) is "Back"
        self.top = 0  # the first row shown
        self.repeat = Repeater()

    @property
    def on_back(self) -> bool:
        return self.index == len(self.items)

    def update(self, inp: InputFrame) -> InputFrame | None:
        pulses = self.repeat.pulses(inp, Action.UP | Action.DOWN)
        count = len(self.items) + 1
        if pulses & Action.UP:
            self.index = (self.index - 1) % count
        if pulses & Action.DOWN:
            self.index = (self.index + 1) % count
        if inp.pointer is not None and inp.click:
            row = self.row_at(inp.pointer)
            if row is not None:
                self.index = row
                if self.on_back:
                    self.game.stack.pop(self)
                    return None
        self.top = min(max(self.top, self.index - ROWS + 1), self.index)
        if inp.hit(Action.CANCEL | Action.MENU) or (self.on_back and inp.hit(Action.CONFIRM)):
            self.game.stack.pop(self)
        return None

    def row_at(self, pos: tuple[int, int]) -> int | None:
        x, y = PANEL[0] + 6, PANEL[1] + 30
        row = int((pos[1] - y) // ROW) + self.top
        if x <= pos[0] < x + LIST_W and pos[1] >= y and row <= len(self.items) \
                and row - self.top < ROWS:
            return row
        return None

    def draw(self, screen: Screen, alpha: float) -> None:
        screen.fill((*theme.INK, 170))
        px, py, pw, ph = PANEL
        screen.frame(PANEL)
        screen.text("Evidence", (px + 12, py + 13), size=theme.SIZE_TITLE, face="bold",
                    color=theme.TEAL_PALE, anchor="midleft", shadow=theme.SHADOW)
        count = len(self.items)
        screen.text(f"{count} item{'' if count == 1 else 's'}", (px + pw - 12, py + 13),
                    size=theme.SIZE_SMALL + 0.5, color=theme.GREY, anchor="midright")
        screen.fill(theme.SLATE, (px + 8, py + 24, pw - 16, 1))
        top = py + 30
        rows = [*self.items, None][self.top:self.top + ROWS]
        for offset, item in enumerate(rows):
            row = self.top + offset
            y = top + offset * ROW
            selected = row == self.index
            if selected:
                screen.fill((*theme.TEAL, 70), (px + 6, y, LIST_W, ROW - 1))
                screen.fill(theme.TEAL_LIGHT, (px + 6, y, 2, ROW - 1))
            color = theme.TEAL_PALE if selected else theme.TEXT
            face = "bold" if selected else "sans"
            if item is None:
                screen.text("Back", (px + 14, y + ROW / 2), size=theme.SIZE_BODY, color=color,
                            anchor="midleft", face=face)
                continue
            icon = self.look.icon(item)
            if icon is not None:
                screen.blit(icon, (px + 12, y), static=True)
            screen.text(self.look.evidence_name(item), (px + 32, y + ROW / 2),
                        size=theme.SIZE_SMALL + 1, color=color, anchor="midleft", face=face)
        cx = px + 6 + LIST_W / 2
        if self.top > 0:  # more above: a small arrow pointing up
            for step in range(3):
                screen.fill(theme.GREY, (cx - step, top - 4 + step, 1 + 2 * step, 1))
        if self.top + ROWS < count + 1:  # more below
            for step in range(3):
                screen.fill(theme.GREY, (cx - step, top + ROWS * ROW + 3 - step,
                                         1 + 2 * step, 1))
        screen.fill(theme.SLATE, (px + LIST_W + 14, top, 1, ph - 52))
        self._draw_detail(screen, px + LIST_W + 24, top, pw - LIST_W - 36)
        screen.text("Up / Down choose  ·  X / Esc back", (px + pw - 10, py + ph - 8),
                    size=theme.SIZE_SMALL, color=theme.GREY, anchor="bottomright")

    def _draw_detail(self, screen: Screen, x: float, top: float, width: float) -> None:
        if not self.items:
            screen.text("You hold no evidence yet.", (x, top + 10), size=theme.SIZE_BODY,
                        face="italic", color=theme.GREY, anchor="midleft")
            return
        item = self.items[min(self.index, len(self.items) - 1)]
        icon = self.look.icon(item)
        screen.fill(theme.NIGHT, (x, top, 40, 40))
        screen.outline(theme.SLATE, (x - 1, top - 1, 42, 42))
        if icon is not None:
            screen.blit(pygame.transform.scale_by(icon, 2), (x + 4, top + 4), static=True)
        name_lines = wrap(self.look.evidence_name(item), width - 50, theme.SIZE_BODY + 1, "bold")
        for row, line in enumerate(name_lines[:2]):
            screen.text(line, (x + 50, top + 12 + row * 11), size=theme.SIZE_BODY + 1,
                        face="bold", color=theme.GOLD_PALE, anchor="midleft",
                        shadow=theme.SHADOW)
        y = top + 50
        for line in wrap(self.look.evidence_description(item), width, theme.SIZE_SMALL + 1):
            screen.text(line, (x, y), size=theme.SIZE_SMALL + 1, color=theme.MIST)
            y += 10
