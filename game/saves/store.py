"""The save folder: one JSON file per slot, each with the previous version beside it.

Slots are named by id: ``"1"`` to ``"9"`` are the player's (``slot-3.json``);
``"quit"`` and ``"error"`` are the autosaves made on quitting and before the
error screen; ``"chapter-<campaign>-<chapter>"`` is the autosave made as that
chapter starts (kept per chapter: chapter select loads them). Every slot
``<file>`` may have ``<file>.bak``, the version it replaced.

:meth:`SaveStore.slots` reads the folder into :class:`SlotInfo` rows, a damaged
file reported with the reason and its backup offered when that one reads;
reading never raises for a bad file, only :meth:`SaveStore.read` does, with a
:class:`SaveError`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from game.content.textread import Unreadable, decode, read_bytes
from game.saves.atomic import Step, _nothing, backup_path, write_atomic
from game.saves.format import MAX_BYTES, SaveData, SaveError, SaveMeta
from game.saves.format import decode as decode_save
from game.saves.format import encode as encode_save

#: The player's slots, in menu order.
MANUAL_SLOTS = tuple(str(n) for n in range(1, 10))
QUIT, ERROR = "quit", "error"
_SAFE = re.compile(r"[^a-z0-9_]+")
_FILE = re.compile(r"^(slot-[1-9]|quit|error|chapter-[a-z0-9_]+-[a-z0-9_]+)\.json$")


def chapter_slot(campaign: str, chapter: str) -> str:
    """The autosave slot of a chapter start (ids made safe for a file name)."""
    return f"chapter-{_SAFE.sub('_', campaign.lower())}-{_SAFE.sub('_', chapter.lower())}"


def slot_file(slot: str) -> str:
    return f"slot-{slot}.json" if slot in MANUAL_SLOTS else f"{slot}.json"


@dataclass(frozen=True)
class SlotInfo:
    """A slot as the menus show it. ``meta`` is None when the file is missing or damaged
    (``problem`` says why); ``backup`` is the backup's meta when it reads."""

    slot: str
    meta: SaveMeta | None
    problem: str | None = None
    backup: SaveMeta | None = None
    backup_problem: str | None = None
    thumbnail: bytes | None = None
    exists: bool = True

    @property
    def ok(self) -> bool:
        return self.meta is not None

    @property
    def damaged(self) -> bool:
        return self.exists and self.meta is None

    @property
    def manual(self) -> bool:
        return self.slot in MANUAL_SLOTS

    @property
    def is_chapter(self) -> bool:
        return self.slot.startswith("chapter-")


def read_save(path: Path) -> SaveData:
    """The save in a file; :class:`SaveError` (a sentence for the player) if unusable."""
    try:
        text = decode(read_bytes(path, MAX_BYTES, "a save file"))
    except Unreadable as exc:
        if not path.exists():
            raise SaveError("the file is missing") from None
        raise SaveError(f"the file cannot be read: {exc.message}") from None
    return decode_save(text, path.name)


def _good(data: bytes) -> bool:
    try:
        decode_save(decode(data))
    except (SaveError, Unreadable):
        return False
    return True


class SaveStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        #: path -> (mtime_ns, size, what it read), so the title lists a folder cheaply.
        self._cache: dict[Path, tuple[int, int, SaveData | SaveError]] = {}

    def path(self, slot: str) -> Path:
        return self.folder / slot_file(slot)

    # --- reading ----------------------------------------------------------------------------
    def _load(self, path: Path) -> SaveData | SaveError | None:
        try:
            stat = path.stat()
        except OSError:
            self._cache.pop(path, None)
            return None
        cached = self._cache.get(path)
        if cached is not None and cached[:2] == (stat.st_mtime_ns, stat.st_size):
            return cached[2]
        try:
            result: SaveData | SaveError = read_save(path)
        except SaveError as exc:
            result = exc
        self._cache[path] = (stat.st_mtime_ns, stat.st_size, result)
        return result

    def info(self, slot: str) -> SlotInfo:
        path = self.path(slot)
        main, spare = self._load(path), self._load(backup_path(path))
        backup = spare.meta if isinstance(spare, SaveData) else None
        backup_problem = str(spare) if isinstance(spare, SaveError) else None
        if isinstance(main, SaveData):
            return SlotInfo(slot, main.meta, None, backup, backup_problem, main.thumbnail)
        if main is None:
            problem = "the file is missing" if spare is not None else None
            return SlotInfo(slot, None, problem, backup, backup_problem,
                            exists=spare is not None)
        return SlotInfo(slot, None, str(main), backup, backup_problem,
                        spare.thumbnail if isinstance(spare, SaveData) else None)

    def slots(self) -> list[SlotInfo]:
        """Every slot with a file or a backup: autosaves, chapter starts, then 1 to 9."""
        found: set[str] = set()
        try:
            names = os.listdir(self.folder)
        except OSError:
            names = []
        for name in names:
            base = name[:-4] if name.endswith(".bak") else name
            if _FILE.match(base):
                stem = base[:-5]
                found.add(stem[5:] if stem.startswith("slot-") else stem)
        order = [QUIT, ERROR, *sorted(s for s in found if s.startswith("chapter-")),
                 *MANUAL_SLOTS]
        return [self.info(slot) for slot in order if slot in found]

    def manual_slots(self) -> list[SlotInfo]:
        """Slots 1 to 9, empty ones included (``exists`` false)."""
        return [self.info(slot) for slot in MANUAL_SLOTS]

    def latest(self) -> SlotInfo | None:
        """The most recently saved slot that reads (what Continue loads)."""
        good = [info for info in self.slots() if info.meta is not None]
        return max(good, key=lambda info: info.meta.saved_at if info.meta else 0.0,
                   default=None)

    def chapters(self) -> list[SlotInfo]:
        """The chapter-start autosaves that read, by campaign and play order."""
        rows = [info for info in self.slots() if info.is_chapter and info.meta is not None]
        return sorted(rows, key=lambda i: (i.meta.campaign if i.meta else "",
                                           i.meta.play_ticks if i.meta else 0))

    def read(self, slot: str, *, backup: bool = False) -> SaveData:
        """The save in a slot (or its backup); :class:`SaveError` if it cannot be used."""
        path = self.path(slot)
        return read_save(backup_path(path) if backup else path)

    # --- writing ----------------------------------------------------------------------------
    def write(self, slot: str, save: SaveData, *, step: Step = _nothing) -> None:
        """Save to a slot atomically, keeping the version it replaces as the backup
        (unless that one is damaged: then the older backup stays). OSError if the disk
        refuses."""
        write_atomic(self.path(slot), encode_save(save), backup=_good, step=step)
