"""The save and load menus, the yes/no question they ask, and the screen's thumbnail.

:class:`SaveLoadScene` lists slots on the left (a small picture, the name, the
campaign, chapter and play time) and the chosen one on the right (a larger
picture, the place, when it was saved). A damaged save is shown as damaged, with
the reason; when its backup reads, choosing it offers the backup. Saving over a
slot asks first; loading during a run with unsaved progress asks first.
"""

from __future__ import annotations

import io
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pygame

from game.engine.input import Action, InputFrame, Repeater
from game.engine.scene import Scene
from game.engine.screen import HEIGHT, WIDTH, Screen
from game.engine.text import wrap
from game.saves.format import SaveMeta
from game.saves.store import ERROR, MANUAL_SLOTS, QUIT, SaveStore, SlotInfo
from game.services import Game
from game.ui import theme
from game.ui.menu import CANCELLED, Menu, MenuItem

#: The thumbnail's size in pixels (a third of the screen), and the list's small one.
THUMB = (160, 90)
SMALL = (40, 22)
PANEL = (12, 10, WIDTH - 24, HEIGHT - 20)
ROW = 26
LIST_W = 236
ROWS = 8

#: Save (False: that slot's save failed, with the reason) or load a slot (``backup``).
SaveAction = Callable[[str], str | None]
LoadAction = Callable[[str, bool], None]


def capture_thumbnail(game: Game, below: Scene | None = None) -> bytes | None:
    """A small PNG of the game as it is drawn under ``below`` (the pause menu): the
    save's picture. None if it cannot be drawn (a save does not need one)."""
    scenes = list(game.stack.scenes)
    if below is not None and below in scenes:
        scenes = scenes[:scenes.index(below)]
    start = max((i for i, s in enumerate(scenes) if not s.transparent), default=0)
    try:
        surface = pygame.Surface((WIDTH, HEIGHT))
        screen = Screen(surface, game.images)
        for scene in scenes[start:]:
            scene.draw(screen, 1.0)
        thumb = pygame.transform.smoothscale(surface, THUMB)
        # through a file path: pygame-ce keeps a reference to every file object it
        # saves to, so a BytesIO here would stay in memory for good
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "thumbnail.png"
            pygame.image.save(thumb, str(path))
            return path.read_bytes()
    except Exception:  # anything a scene's drawing throws: the save goes on without it
        return None


def slot_label(slot: str) -> str:
    if slot in MANUAL_SLOTS:
        return f"Slot {slot}"
    if slot == QUIT:
        return "Autosave: on quitting"
    if slot == ERROR:
        return "Autosave: before an error"
    return "Chapter start"


def saved_when(meta: SaveMeta) -> str:
    if meta.saved_at <= 0:
        return ""
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(meta.saved_at))


def meta_line(meta: SaveMeta) -> str:
    parts = [meta.campaign_title or meta.campaign, meta.chapter_title, meta.play_time]
    return "  ·  ".join(p for p in parts if p)


class _Thumbnails:
    """Decoded pictures of the saves, large and small, by their bytes."""

    def __init__(self) -> None:
        self._cache: dict[bytes, tuple[pygame.Surface, pygame.Surface] | None] = {}

    def get(self, data: bytes | None, small: bool) -> pygame.Surface | None:
        if data is None:
            return None
        if data not in self._cache:
            try:
                image = pygame.image.load(io.BytesIO(data), "thumbnail.png")
                if pygame.display.get_surface() is not None:
                    image = image.convert()
            except (pygame.error, ValueError, OSError):
                image = None
            if image is not None and image.get_size() != THUMB:
                image = pygame.transform.smoothscale(image, THUMB)
            self._cache[data] = None if image is None else (
                image, pygame.transform.smoothscale(image, SMALL))
        pair = self._cache[data]
        return None if pair is None else pair[1 if small else 0]


class SaveLoadScene(Scene):
    """Save to a slot (``mode="save"``) or load one (``mode="load"``)."""

    transparent = True

    def __init__(self, game: Game, store: SaveStore, mode: str, *,
                 save: SaveAction | None = None, load: LoadAction | None = None,
                 ask_before_load: Sequence[str] = ()) -> None:
        self.game = game
        self.store = store
        self.mode = mode
        self.save = save
        self.load = load
        #: Asked before loading (e.g. unsaved progress), or nothing to ask.
        self.ask_before_load = list(ask_before_load)
        self.index = 0
        self.top = 0
        self.repeat = Repeater()
        self.thumbnails = _Thumbnails()
        self.status = ""
        self.rows: list[SlotInfo] = []
        self.refresh()

    def refresh(self) -> None:
        self.rows = self.store.manual_slots() if self.mode == "save" else self.store.slots()
        self.index = min(self.index, max(0, len(self.rows) - 1))

    @property
    def current(self) -> SlotInfo | None:
        return self.rows[self.index] if self.rows else None

    def on_uncover(self) -> None:
        self.refresh()

    # --- input -----------------------------------------------------------------------------
    def update(self, inp: InputFrame) -> InputFrame | None:
        pulses = self.repeat.pulses(inp, Action.UP | Action.DOWN)
        count = len(self.rows)
        if count and pulses & Action.UP:
            self.index = (self.index - 1) % count
        if count and pulses & Action.DOWN:
            self.index = (self.index + 1) % count
        self.top = min(max(self.top, self.index - ROWS + 1), self.index)
        if inp.hit(Action.CANCEL | Action.MENU):
            self.game.stack.pop(self)
            return None
        if inp.pointer is not None and inp.click:
            row = self.row_at(inp.pointer)
            if row is not None:
                self.index = row
                self.choose()
                return None
        if inp.hit(Action.CONFIRM) and self.current is not None:
            self.choose()
        return None

    def row_at(self, pos: tuple[int, int]) -> int | None:
        x, y = PANEL[0] + 6, PANEL[1] + 30
        row = int((pos[1] - y) // ROW) + self.top
        if x <= pos[0] < x + LIST_W and pos[1] >= y and row < len(self.rows) \
                and row - self.top < ROWS:
            return row
        return None

    def choose(self) -> None:
        info = self.current
        if info is None:
            return
        if self.mode == "save":
            if info.exists:
                what = "a damaged save" if info.damaged else f"\"{info.meta.name}\"" \
                    if info.meta else "a save"
                self.game.stack.push(ConfirmScene(
                    self.game, f"Save over {slot_label(info.slot).lower()}?",
                    [f"It holds {what}; the one it replaces is kept as its backup."],
                    "Save here", "Cancel", lambda: self._save(info.slot)))
            else:
                self._save(info.slot)
            return
        if info.ok:
            self._load(info.slot, False, self.ask_before_load)
        elif info.backup is not None:
            self.game.stack.push(ConfirmScene(
                self.game, "This save is damaged",
                [f"{slot_label(info.slot)}: {info.problem}.",
                 f"Its backup reads: \"{info.backup.name}\", {meta_line(info.backup)}, "
                 f"saved {saved_when(info.backup)}.", *self.ask_before_load],
                "Load the backup", "Cancel", lambda: self._load(info.slot, True, ())))
        else:
            reason = info.problem or "the file is missing"
            backup = f" Its backup cannot be used either ({info.backup_problem})." \
                if info.backup_problem else " There is no backup."
            self.status = f"This save cannot be loaded: {reason}.{backup}"

    def _save(self, slot: str) -> None:
        if self.save is None:
            return
        problem = self.save(slot)
        self.refresh()
        self.status = f"Saved in {slot_label(slot).lower()}." if problem is None \
            else f"Not saved: {problem}"

    def _load(self, slot: str, backup: bool, ask: Sequence[str]) -> None:
        if self.load is None:
            return
        load = self.load
        if ask:
            self.game.stack.push(ConfirmScene(self.game, "Load this save?", list(ask), "Load",
                                              "Cancel", lambda: load(slot, backup)))
            return
        load(slot, backup)

    # --- drawing ---------------------------------------------------------------------------
    def draw(self, screen: Screen, alpha: float) -> None:
        screen.fill((*theme.INK, 180))
        px, py, pw, ph = PANEL
        screen.frame(PANEL)
        title = "Save" if self.mode == "save" else "Load"
        screen.text(title, (px + 12, py + 13), size=theme.SIZE_TITLE, face="bold",
                    color=theme.TEAL_PALE, anchor="midleft", shadow=theme.SHADOW)
        screen.fill(theme.SLATE, (px + 8, py + 24, pw - 16, 1))
        top = py + 30
        if not self.rows:
            screen.text("No saves yet.", (px + 14, top + 10), size=theme.SIZE_BODY,
                        face="italic", color=theme.GREY, anchor="midleft")
        for offset, info in enumerate(self.rows[self.top:self.top + ROWS]):
            self._draw_row(screen, info, px + 6, top + offset * ROW,
                           self.top + offset == self.index)
        if self.top > 0 or self.top + ROWS < len(self.rows):
            screen.text(f"{self.index + 1}/{len(self.rows)}", (px + 6 + LIST_W, py + 13),
                        size=theme.SIZE_SMALL, color=theme.GREY, anchor="midright")
        screen.fill(theme.SLATE, (px + LIST_W + 12, top, 1, ph - 50))
        if self.current is not None:
            self._draw_detail(screen, self.current, px + LIST_W + 22, top, pw - LIST_W - 34)
        hint = "Up / Down choose  ·  Z / Enter " + ("save" if self.mode == "save" else "load") \
            + "  ·  X / Esc back"
        if self.status:
            screen.text(self.status, (px + 10, py + ph - 8), size=theme.SIZE_SMALL,
                        color=theme.GOLD_PALE, anchor="bottomleft", shadow=theme.SHADOW)
        else:
            screen.text(hint, (px + pw - 10, py + ph - 8), size=theme.SIZE_SMALL,
                        color=theme.GREY, anchor="bottomright")

    def _draw_row(self, screen: Screen, info: SlotInfo, x: float, y: float,
                  selected: bool) -> None:
        if selected:
            screen.fill((*theme.TEAL, 70), (x, y, LIST_W, ROW - 2))
            screen.fill(theme.TEAL_LIGHT, (x, y, 2, ROW - 2))
        screen.fill(theme.NIGHT, (x + 5, y + 1, *SMALL))
        picture = self.thumbnails.get(info.thumbnail, small=True)
        if picture is not None:
            screen.blit(picture, (x + 5, y + 1), static=True)
        tx = x + 10 + SMALL[0]
        label = slot_label(info.slot)
        color = theme.TEAL_PALE if selected else theme.TEXT
        if info.meta is not None:
            screen.text(f"{label}: {info.meta.name}", (tx, y + 7), size=theme.SIZE_SMALL + 1,
                        color=color, anchor="midleft", face="bold" if selected else "sans")
            screen.text(meta_line(info.meta), (tx, y + 17), size=theme.SIZE_SMALL,
                        color=theme.SILVER, anchor="midleft")
        elif info.damaged:
            what = "damaged" if "damaged" in (info.problem or "") or "empty" in \
                (info.problem or "") else "cannot be loaded"
            screen.text(f"{label}: {what}", (tx, y + 7), size=theme.SIZE_SMALL + 1,
                        color=theme.CORAL, anchor="midleft", face="bold")
            extra = "backup available" if info.backup is not None else "no backup"
            screen.text(extra, (tx, y + 17), size=theme.SIZE_SMALL,
                        color=theme.GOLD_PALE if info.backup is not None else theme.GREY,
                        anchor="midleft")
        else:
            screen.text(f"{label}: empty", (tx, y + 11), size=theme.SIZE_SMALL + 1,
                        color=theme.GREY, anchor="midleft", face="italic")

    def _draw_detail(self, screen: Screen, info: SlotInfo, x: float, top: float,
                     width: float) -> None:
        screen.fill(theme.NIGHT, (x, top, *THUMB))
        screen.outline(theme.SLATE, (x - 1, top - 1, THUMB[0] + 2, THUMB[1] + 2))
        picture = self.thumbnails.get(info.thumbnail, small=False)
        if picture is not None:
            screen.blit(picture, (x, top), static=True)
        y = top + THUMB[1] + 8
        meta = info.meta
        if meta is None and info.damaged:
            problem = info.problem or "it cannot be read"
            lines = [(f"{problem[0].upper()}{problem[1:]}.", theme.CORAL)]
            if info.backup is not None:
                lines.append((f"Backup: {info.backup.name}, {meta_line(info.backup)}, "
                              f"saved {saved_when(info.backup)}. Choose it to load "
                              "the backup.", theme.GOLD_PALE))
            elif info.backup_problem:
                lines.append((f"The backup is damaged too: {info.backup_problem}.", theme.GREY))
            for text, color in lines:
                for line in wrap(text, width, theme.SIZE_SMALL + 0.5)[:4]:
                    screen.text(line, (x, y), size=theme.SIZE_SMALL + 0.5, color=color)
                    y += 9
            return
        if meta is None:
            screen.text("An empty slot.", (x, y), size=theme.SIZE_BODY, face="italic",
                        color=theme.GREY)
            return
        for line in wrap(meta.name, width, theme.SIZE_BODY + 1, "bold")[:2]:
            screen.text(line, (x, y), size=theme.SIZE_BODY + 1, face="bold",
                        color=theme.GOLD_PALE, shadow=theme.SHADOW)
            y += 11
        playing = f"Playing as {meta.player}" if meta.player else ""
        for text in (meta.campaign_title or meta.campaign, meta.chapter_title, playing,
                     meta.place, f"Play time {meta.play_time}", f"File time {meta.file_time}",
                     f"Saved {saved_when(meta)}"):
            if text:
                screen.text(text, (x, y), size=theme.SIZE_SMALL + 0.5, color=theme.MIST)
                y += 9


class ConfirmScene(Scene):
    """A question with two answers over the game; cancel is the second answer."""

    transparent = True

    def __init__(self, game: Game, title: str, lines: Sequence[str], yes: str, no: str,
                 on_yes: Callable[[], None], on_no: Callable[[], None] | None = None) -> None:
        self.game = game
        self.title = title
        self.lines: list[str] = []
        for line in lines:
            self.lines += wrap(line, 268, theme.SIZE_SMALL + 0.5)
        self.on_yes = on_yes
        self.on_no = on_no
        self.menu = Menu([MenuItem(yes), MenuItem(no)])

    def update(self, inp: InputFrame) -> InputFrame | None:
        choice = self.menu.update(inp)
        if choice == 0:
            self.game.stack.pop(self)
            self.on_yes()
        elif choice in (1, CANCELLED):
            self.game.stack.pop(self)
            if self.on_no is not None:
                self.on_no()
        return None

    def draw(self, screen: Screen, alpha: float) -> None:
        screen.fill((*theme.INK, 150))
        width = 290
        height = 70 + len(self.lines) * 9
        x, y = (WIDTH - width) / 2, (HEIGHT - height) / 2
        screen.frame((x, y, width, height))
        screen.text(self.title, (x + 11, y + 13), size=theme.SIZE_BODY + 1, face="bold",
                    color=theme.GOLD, anchor="midleft", shadow=theme.SHADOW)
        for row, line in enumerate(self.lines):
            screen.text(line, (x + 11, y + 24 + row * 9), size=theme.SIZE_SMALL + 0.5,
                        color=theme.MIST)
        self.menu.draw(screen, x + width / 2 - 60, y + height - 42, 120, align="center")
