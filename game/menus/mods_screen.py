"""The Mods screen (from the title): what ``python -m game mods`` reports, in the game.

Each mod found is a row on the left: its load order, id and whether it is kept. The
right shows the selected mod: for each campaign it applies to, kept (and what it adds
or replaces there, worded as ``game mods`` words it) or skipped, with every error of
the mod at its place (``file:line:col``, the file relative to the mod's folder); the
files it adds and replaces; the conflicts it takes part in. A folder whose mod.yaml
cannot be read is listed too, with why. The data is the content library's own
(``ContentLibrary.load``, ``game.content.overlay.file_changes`` and the mods command's
wording of a campaign's changes), gathered by :func:`mods_report`.

Up and down pick a mod (the mouse too), left and right (or the wheel) scroll its
details, back leaves.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from game.commands import mods as mods_command
from game.content.overlay import file_changes
from game.diagnostics import Diagnostic, display_path, printable, sort_unique
from game.dialogue.library import ContentLibrary
from game.dialogue.mods import applies_to
from game.engine.audio import ui_sound
from game.engine.input import Action, InputFrame, Repeater
from game.engine.scene import Scene
from game.engine.screen import HEIGHT, WIDTH, Screen
from game.engine.text import text_width, wrap
from game.services import Game
from game.ui import theme

KEPT, SKIPPED, PARTLY, UNUSED, UNREADABLE = (
    "kept", "skipped", "partly skipped", "applies to no campaign", "unreadable")


@dataclass(frozen=True)
class CampaignStatus:
    campaign: str
    kept: bool
    #: Kept: what the mod adds and replaces in this campaign. Skipped: "".
    changes: str
    #: Skipped: each error at its place, ``file:line:col: message``.
    errors: tuple[str, ...] = ()


@dataclass(frozen=True)
class ModEntry:
    id: str
    name: str
    version: str
    priority: int
    folder: str
    campaigns: tuple[CampaignStatus, ...] = ()
    added: tuple[str, ...] = ()  # files the mod adds
    replaced: tuple[str, ...] = ()  # "path (from <who>)"
    conflicts: tuple[str, ...] = ()
    #: Set when the mod could not be read at all (its mod.yaml): why.
    unreadable: str = ""
    #: Set when the mod was read but skipped before any campaign loads (a newer game, a
    #: requirement missing or skipped, a load-order cycle, a misspelt campaign): why.
    not_loaded: str = ""
    #: The located errors of mod.yaml (or of its folders) that made it skip.
    errors: tuple[str, ...] = ()

    @property
    def status(self) -> str:
        if self.unreadable:
            return UNREADABLE
        if self.not_loaded:
            return SKIPPED
        if not self.campaigns:
            return UNUSED
        kept = [c.kept for c in self.campaigns]
        return KEPT if all(kept) else SKIPPED if not any(kept) else PARTLY

    @property
    def skipped(self) -> bool:
        return self.status in (SKIPPED, PARTLY, UNREADABLE)


@dataclass(frozen=True)
class ModsReport:
    mods: tuple[ModEntry, ...]

    @property
    def skipped(self) -> list[ModEntry]:
        return [mod for mod in self.mods if mod.skipped]


_reports: weakref.WeakKeyDictionary[ContentLibrary, ModsReport] = weakref.WeakKeyDictionary()


def mods_report(library: ContentLibrary, *, fresh: bool = False) -> ModsReport:
    """What the mods of ``library`` do, for each campaign (kept once per library; ``fresh``
    reads everything again: a mod may have been fixed while the game runs)."""
    if not fresh and library in _reports:
        return _reports[library]
    report = _build(library)
    _reports[library] = report
    return report


def has_mods(library: ContentLibrary | None) -> bool:
    return library is not None and bool(library.scan.mods or library.scan.skipped)


def _build(library: ContentLibrary) -> ModsReport:
    mods = library.scan.mods
    if not mods and not library.scan.skipped:
        return ModsReport(())
    loaded = {cid: library.load(cid) for cid in library.campaign_ids()}
    campaigns = {cid: campaign for cid, (campaign, _) in loaded.items()}
    # what loading found: a mod skipped when the mods were scanned is still checked
    # whole with each campaign it names, and its files' errors are among these
    found = sort_unique([d for _, diagnostics in loaded.values() for d in diagnostics
                         if d.is_error])
    skipped = {cid: dict((mod.id, diags) for mod, diags in library.skipped.get(cid, []))
               for cid in campaigns}
    files, file_conflicts = file_changes(library.root, [(mod.id, mod.root) for mod in mods])
    entries = []
    for mod in mods:
        statuses = []
        for cid, campaign in campaigns.items():
            if mod.id in skipped[cid]:
                errors = tuple(_place(d, mod.root) for d in skipped[cid][mod.id] if d.is_error)
                statuses.append(CampaignStatus(cid, False, "", errors))
            elif campaign is not None and mod in campaign.mods:
                summary = mods_command.changes_summary(campaign, mod.id)
                statuses.append(CampaignStatus(cid, True, summary))
            elif applies_to(mod, cid) and campaign is None:
                statuses.append(CampaignStatus(cid, False, "", ("the campaign does not load",)))
        conflicts = [f"{cid}: {c.kind} '{c.name}' is defined by '{c.loser}' and "
                     f"'{c.winner}': '{c.winner}' wins"
                     for cid, campaign in campaigns.items() if campaign
                     for c in campaign.conflicts if mod.id in (c.loser, c.winner)]
        conflicts += [f"file '{c.path}' is brought by '{c.loser}' and '{c.winner}': "
                      f"'{c.winner}' wins" for c in file_conflicts
                      if mod.id in (c.loser, c.winner)]
        mine = files[mod.id]
        entries.append(ModEntry(mod.id, mod.name, mod.version, mod.priority,
                                display_path(str(mod.root)), tuple(statuses),
                                tuple(mine.added), tuple(mine.replaced), tuple(conflicts)))
    scan = library.scan
    read = {mod.root.resolve(): mod for mod in (*getattr(scan, "unmet", ()),
                                                 *getattr(scan, "checked", ()))}
    for folder, why in scan.skipped:
        errors = tuple(dict.fromkeys(_place(d, folder) for d in [*scan.diagnostics, *found]
                                     if d.is_error and _inside(d.path, folder)))
        info = read.get(Path(folder).resolve())
        if info is None or not (info.name or info.version):  # its mod.yaml did not read
            entries.append(ModEntry(folder.name, "", "", 0, display_path(str(folder)),
                                    unreadable=why, errors=errors))
        else:
            entries.append(ModEntry(info.id, info.name, info.version, info.priority,
                                    display_path(str(folder)), not_loaded=why or "errors",
                                    errors=errors))
    return ModsReport(tuple(entries))


def _inside(path: str, folder: os.PathLike[str]) -> bool:
    try:
        return Path(path).resolve().is_relative_to(Path(folder).resolve())
    except (OSError, ValueError):
        return False


def _place(diagnostic: Diagnostic, root: os.PathLike[str]) -> str:
    """``file:line:col: message`` with the file relative to the mod's folder."""
    try:
        rel = os.path.relpath(diagnostic.path, root)
    except ValueError:
        rel = diagnostic.path
    if rel.startswith(".."):
        rel = display_path(diagnostic.path)
    return printable(f"{rel}:{diagnostic.line}:{diagnostic.col}: {diagnostic.message}")


# --- the screen -----------------------------------------------------------------------

PANEL = (12, 8, WIDTH - 24, HEIGHT - 16)
LIST_W = 140  # the mods column
ROW = 13
DETAIL_LINE = 8.5
DETAIL_SIZE = theme.SIZE_SMALL


def status_color(status: str) -> tuple[int, int, int]:
    return {KEPT: theme.TEAL_LIGHT, PARTLY: theme.GOLD, UNUSED: theme.TEXT_DIM}.get(
        status, theme.CORAL)


class ModsScene(Scene):
    transparent = True

    def __init__(self, game: Game, library: ContentLibrary) -> None:
        self.game = game
        self.library = library
        self.report = mods_report(library, fresh=True)
        self.index = 0
        self.scroll = 0  # detail lines scrolled
        self.repeat = Repeater()
        self._pointer: tuple[int, int] | None = None
        self._lines: dict[int, list[tuple[str, tuple[int, int, int], str]]] = {}

    # --- logic -------------------------------------------------------------------------
    def reload_content(self) -> None:
        """F5: the report as the mods read now (the title below has just read them)."""
        self.report = mods_report(self.library)
        self.index = min(self.index, max(0, len(self.report.mods) - 1))
        self.scroll = 0
        self._lines.clear()

    def update(self, inp: InputFrame) -> InputFrame | None:
        pulses = self.repeat.pulses(inp)
        count = max(1, len(self.report.mods))
        before = self.index
        if pulses & Action.UP:
            self.index = (self.index - 1) % count
        if pulses & Action.DOWN:
            self.index = (self.index + 1) % count
        if inp.pointer is not None and (inp.click or inp.pointer != self._pointer):
            hit = self.row_at(inp.pointer)
            if hit is not None:
                self.index = hit
        self._pointer = inp.pointer
        if self.index != before:
            self.scroll = 0
            ui_sound("move")
        step = (1 if pulses & Action.RIGHT else -1 if pulses & Action.LEFT else 0) * 4
        step -= inp.wheel * 2
        if step:
            most = max(0, len(self.detail_lines()) - self.visible_lines())
            self.scroll = max(0, min(most, self.scroll + step))
        if inp.hit(Action.CANCEL | Action.MENU | Action.CONFIRM):
            ui_sound("back")
            self.game.stack.pop(self)
        return None

    def row_at(self, pos: tuple[int, int]) -> int | None:
        x, y, _, _ = PANEL
        row = int((pos[1] - y - 30) // ROW)
        if x <= pos[0] < x + LIST_W and pos[1] >= y + 30 and 0 <= row < len(self.report.mods):
            return row
        return None

    # --- what the right side says --------------------------------------------------------
    @staticmethod
    def visible_lines() -> int:
        return int((PANEL[3] - 30 - 22) // DETAIL_LINE)

    def detail_lines(self) -> list[tuple[str, tuple[int, int, int], str]]:
        """(text, colour, face) lines of the selected mod's details, wrapped."""
        if self.index in self._lines:
            return self._lines[self.index]
        lines: list[tuple[str, tuple[int, int, int], str]] = []
        if not self.report.mods:
            self._lines[self.index] = lines
            return lines
        mod = self.report.mods[self.index]
        width = PANEL[2] - LIST_W - 44  # (a margin: fonts draw a little wider at some scales)

        def add(text: str, color: tuple[int, int, int] = theme.MIST, face: str = "sans",
                indent: str = "") -> None:
            for n, line in enumerate(wrap(text, width - text_width(indent, DETAIL_SIZE),
                                          DETAIL_SIZE, face) or [""]):
                lines.append(((indent if n == 0 else indent + "  ") + line, color, face))

        if mod.unreadable or mod.not_loaded:
            _skipped_whole(mod, add)
            self._lines[self.index] = lines
            return lines
        add(f"{mod.name} · version {mod.version} · priority {mod.priority}", theme.TEXT, "bold")
        add(mod.folder, theme.TEXT_DIM)
        if not mod.campaigns:
            add("It applies to no campaign: nothing of it is used.", theme.GOLD)
        for status in mod.campaigns:
            if status.kept:
                add(f"{status.campaign}: kept", theme.TEAL_LIGHT, "bold")
                add(status.changes, theme.MIST, "sans", "  ")
            else:
                count = len(status.errors)
                add(f"{status.campaign}: skipped, {count} error{'s' if count != 1 else ''}",
                    theme.CORAL, "bold")
                for error in status.errors:
                    add(error, theme.MIST, "mono", "  ")
        add(f"Files: adds {len(mod.added)}, replaces {len(mod.replaced)}", theme.TEXT, "bold")
        for name in mod.added:
            add(f"+ {name}", theme.MIST, "sans", "  ")
        for name in mod.replaced:
            add(f"~ {name}", theme.MIST, "sans", "  ")
        if mod.conflicts:
            add(f"Conflicts: {len(mod.conflicts)}", theme.GOLD, "bold")
            for conflict in mod.conflicts:
                add(conflict, theme.MIST, "sans", "  ")
        self._lines[self.index] = lines
        return lines

    # --- drawing -----------------------------------------------------------------------
    def draw(self, screen: Screen, alpha: float) -> None:
        screen.fill((*theme.INK, theme.SCRIM))
        x, y, width, height = PANEL
        screen.frame(PANEL)
        skipped = len(self.report.skipped)
        screen.text("Mods", (x + 12, y + 13), size=theme.SIZE_TITLE, face="bold",
                    color=theme.TEAL_PALE, anchor="midleft", shadow=theme.SHADOW)
        total = len(self.report.mods)
        summary = (f"{total} found, in load order (a later one wins)  ·  "
                   f"{skipped} skipped" if total else "No mods found.")
        screen.text(summary, (x + width - 12, y + 13), size=theme.SIZE_SMALL,
                    color=theme.CORAL if skipped else theme.TEXT_DIM, anchor="midright")
        for row, mod in enumerate(self.report.mods):
            top = y + 30 + row * ROW
            if top + ROW > y + height - 20:
                break
            selected = row == self.index
            if selected:
                screen.fill(theme.SELECTED_FILL, (x + 6, top, LIST_W - 6, ROW - 1))
                screen.fill(theme.HIGHLIGHT, (x + 6, top, 2, ROW - 1))
            color = status_color(mod.status)
            screen.fill(color, (x + 12, top + ROW // 2 - 2, 4, 4))
            screen.text(_cut(f"{row + 1}. {mod.id}", LIST_W - 60), (x + 20, top + ROW // 2),
                        size=theme.SIZE_SMALL + 0.5, face="bold" if selected else "sans",
                        color=theme.SELECTED_TEXT if selected else theme.TEXT, anchor="midleft")
            screen.text(mod.status if mod.status != UNUSED else "unused",
                        (x + LIST_W - 4, top + ROW // 2), size=theme.SIZE_SMALL, color=color,
                        anchor="midright")
        screen.fill(theme.SLATE, (x + LIST_W + 6, y + 28, 1, height - 50))
        lines = self.detail_lines()
        left = x + LIST_W + 14
        for row, (text, color, face) in enumerate(
                lines[self.scroll:self.scroll + self.visible_lines()]):
            screen.text(text, (left, y + 30 + row * DETAIL_LINE), size=DETAIL_SIZE, face=face,
                        color=color)
        more = len(lines) - self.scroll - self.visible_lines()
        keys = self.game.settings.controls
        hint = (f"{keys.describe(Action.UP, limit=1)}/{keys.describe(Action.DOWN, limit=1)}: mod"
                f"  ·  {keys.describe(Action.LEFT, limit=1)}/"
                f"{keys.describe(Action.RIGHT, limit=1)} or wheel: scroll"
                f"{f' ({more} more lines)' if more > 0 else ''}"
                f"  ·  {keys.describe(Action.CANCEL, limit=1)}: back"
                "  ·  the same report: python -m game mods")
        screen.text(_cut(hint, width - 24), (x + 12, y + height - 10), size=theme.SIZE_SMALL,
                    color=theme.TEXT_DIM, anchor="midleft")


def _skipped_whole(mod: ModEntry, add: Callable[..., None]) -> None:
    """The details of a mod skipped before any campaign loads: why, and its errors."""
    if mod.unreadable:
        add(f"{mod.folder}", theme.TEXT_DIM)
        add("Not loaded: its mod.yaml cannot be read.", theme.CORAL, "bold")
        for error in mod.errors or (mod.unreadable,):
            add(error, theme.MIST, "mono", "  ")
        return
    add(f"{mod.name} · version {mod.version} · priority {mod.priority}", theme.TEXT, "bold")
    add(mod.folder, theme.TEXT_DIM)
    # its errors follow, located; without them, the reason is all there is to say
    add("Skipped for every campaign" + ("; its errors:" if mod.errors
                                        else f": {mod.not_loaded}"), theme.CORAL, "bold")
    for error in mod.errors:
        add(error, theme.MIST, "mono", "  ")


def _cut(text: str, width: float, size: float = theme.SIZE_SMALL + 0.5) -> str:
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"


__all__ = ["ModEntry", "ModsReport", "ModsScene", "has_mods", "mods_report"]
