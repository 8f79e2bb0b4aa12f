"""The Practice menu and the personal bests screen (view side; imports the menu
widgets when a screen is opened).

Practice lists each campaign's speedrun categories (a full run from the category's
start) and every chapter (a practice run from the chapter's start to the next one),
and opens the personal bests. The personal bests screen shows, for each category, the
PB, the golds and the sum of best, and exports a LiveSplit ``.lss`` file with confirm.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.engine.input import Action, InputFrame
from game.engine.scene import Scene
from game.speedrun.categories import categories_of
from game.speedrun.lss import export_lss
from game.speedrun.records import RecordStore, segment_durations
from game.speedrun.timing import format_time
from game.ui import theme

if TYPE_CHECKING:
    from game.engine.screen import Screen

WIDTH, HEIGHT = 480, 270


@dataclass(frozen=True)
class Entry:
    label: str
    campaign: str
    category: str  # a category id, or chapter:<id>
    practice: bool


def practice_entries(director: Any) -> list[Entry]:
    """What the Practice menu offers, campaign by campaign."""
    out = []
    for campaign_id in director.library.campaign_ids():
        campaign, _ = director.library.load(campaign_id)
        if campaign is None:
            continue
        for category in categories_of(campaign):
            out.append(Entry(f"{category.name} ({campaign.title})", campaign_id, category.id,
                             False))
        for chapter in campaign.chapters:
            if chapter.map is not None:
                out.append(Entry(f"{campaign.title} {chapter.number}: {chapter.title}",
                                 campaign_id, f"chapter:{chapter.id}", True))
    return out


def open_practice(director: Any) -> None:
    """Push the Practice menu (the title screen's "Practice" item)."""
    from game.speedrun.play import start_category

    def start(entry: Entry) -> None:
        start_category(director, entry.campaign, entry.category, practice=entry.practice)

    director.game.stack.push(PracticeScene(director.game, practice_entries(director), start,
                                           lambda: open_records(director)))


def open_records(director: Any, store: RecordStore | None = None) -> None:
    rows = []
    for campaign_id in director.library.campaign_ids():
        campaign, _ = director.library.load(campaign_id)
        if campaign is not None:
            rows += [(campaign_id, c) for c in categories_of(campaign)]
    speedrun = getattr(director.game, "speedrun", None)
    store = store or getattr(speedrun, "store", None) or RecordStore()
    director.game.stack.push(RecordsScene(director.game, rows, store))


class PracticeScene(Scene):
    def __init__(self, game: Any, entries: list[Entry], start: Callable[[Entry], None],
                 records: Callable[[], None]) -> None:
        from game.ui.menu import Menu, MenuItem

        self.game = game
        self.entries = entries
        self.start = start
        self.records = records
        self.menu = Menu([*(MenuItem(e.label) for e in entries), MenuItem("Personal bests")])
        self.top = 0

    def update(self, inp: InputFrame) -> InputFrame | None:
        from game.ui.menu import CANCELLED

        choice = self.menu.update(inp)
        if choice == CANCELLED:
            self.game.stack.pop(self)
        elif choice is not None and choice < len(self.entries):
            self.game.stack.pop(self)
            self.start(self.entries[choice])
        elif choice == len(self.entries):
            self.records()
        return None

    def draw(self, screen: Screen, alpha: float) -> None:
        screen.fill(theme.NIGHT)
        screen.text("Practice", (WIDTH / 2, 18), size=theme.SIZE_TITLE, face="bold",
                    color=theme.TEAL_PALE, anchor="center", shadow=theme.SHADOW)
        visible = 14
        index = self.menu.index
        self.top = max(0, min(index - visible // 2, len(self.menu.items) - visible))
        for row, item in enumerate(self.menu.items[self.top:self.top + visible]):
            y = 34 + row * 15
            chosen = self.top + row == index
            entry = self.entries[self.top + row] if self.top + row < len(self.entries) else None
            if chosen:
                screen.fill((*theme.TEAL, 70), (90, y - 2, 300, 14))
                screen.fill(theme.TEAL_LIGHT, (90, y - 2, 2, 14))
            colour = theme.TEAL_PALE if chosen else theme.GOLD_PALE \
                if entry is not None and not entry.practice else theme.TEXT
            screen.text(item.label, (100, y), size=theme.SIZE_BODY, color=colour,
                        face="bold" if chosen else "sans", shadow=theme.SHADOW)
        screen.text("Categories are full runs (timed, kept as personal bests); chapters are "
                    "practice.", (WIDTH / 2, HEIGHT - 22), size=theme.SIZE_SMALL,
                    color=theme.GREY, anchor="center")
        screen.text("Z choose  ·  X back  ·  in a run: F8 restart, F6 save state, F7 load "
                    "state", (WIDTH / 2, HEIGHT - 10), size=theme.SIZE_SMALL, color=theme.GREY,
                    anchor="center")


class RecordsScene(Scene):
    """Personal bests: one category at a time (left/right), confirm exports a .lss."""

    def __init__(self, game: Any, rows: list[tuple[str, Any]], store: RecordStore) -> None:
        self.game = game
        self.rows = rows
        self.store = store
        self.index = 0
        self.note = ""

    def current(self) -> tuple[str, Any, Any] | None:
        if not self.rows:
            return None
        campaign, category = self.rows[self.index]
        return campaign, category, self.store.load(campaign, category.id, category.segments)

    def update(self, inp: InputFrame) -> InputFrame | None:
        if inp.hit(Action.CANCEL):
            self.game.stack.pop(self)
        elif self.rows and inp.hit(Action.LEFT | Action.RIGHT):
            step = 1 if inp.hit(Action.RIGHT) else -1
            self.index = (self.index + step) % len(self.rows)
            self.note = ""
        elif inp.hit(Action.CONFIRM) and (found := self.current()) is not None:
            campaign, category, records = found
            path = self.store.folder(campaign) / f"{category.id}.lss"
            try:
                self.note = f"wrote {export_lss(records, category.name, Path(path))}"
            except OSError as exc:
                self.note = f"cannot write {path}: {exc.strerror}"
        return None

    def draw(self, screen: Screen, alpha: float) -> None:
        screen.fill(theme.NIGHT)
        found = self.current()
        if found is None:
            screen.text("No speedrun categories", (WIDTH / 2, HEIGHT / 2), color=theme.GREY,
                        anchor="center")
            return
        campaign, category, records = found
        screen.text(f"{category.name}  ·  {campaign}", (WIDTH / 2, 16),
                    size=theme.SIZE_TITLE, face="bold", color=theme.TEAL_PALE,
                    anchor="center", shadow=theme.SHADOW)
        pb = records.pb or [None] * len(records.segments)
        own = segment_durations(list(pb)) if records.pb else [None] * len(pb)
        screen.text("segment", (60, 36), size=theme.SIZE_SMALL, color=theme.GREY)
        for x, label in ((260, "PB split"), (340, "PB segment"), (420, "gold")):
            screen.text(label, (x, 36), size=theme.SIZE_SMALL, color=theme.GREY,
                        anchor="topright")
        for row, name in enumerate(records.segments):
            y = 48 + row * 13
            gold = records.golds[row]
            screen.text(name, (60, y), size=theme.SIZE_BODY, color=theme.TEXT)
            for x, value, colour in ((260, pb[row], theme.MIST), (340, own[row], theme.MIST),
                                     (420, gold, theme.GOLD)):
                text = format_time(value, short=True) if value is not None else "-"
                screen.text(text, (x, y), size=theme.SIZE_BODY, color=colour,
                            anchor="topright")
        y = 56 + len(records.segments) * 13
        best = records.sum_of_best
        summary = (f"Personal best {format_time(records.pb_time) if records.pb_time else '-'}"
                   f"   ·   Sum of best {format_time(best) if best is not None else '-'}"
                   f"   ·   {records.finished} of {records.attempts} attempts finished")
        screen.text(summary, (WIDTH / 2, y), size=theme.SIZE_BODY, color=theme.GOLD_PALE,
                    anchor="center")
        if self.note:
            screen.text(self.note, (WIDTH / 2, y + 16), size=theme.SIZE_SMALL,
                        color=theme.TEAL_LIGHT, anchor="center")
        screen.text("Left / Right category  ·  Z export LiveSplit splits (.lss)  ·  X back",
                    (WIDTH / 2, HEIGHT - 10), size=theme.SIZE_SMALL, color=theme.GREY,
                    anchor="center")
