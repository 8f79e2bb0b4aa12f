"""Text read in any playthrough, remembered across playthroughs (as Ren'Py does).

A small JSON file in the data folder (``read.json``) holds, per campaign, the
ids of the lines the player has read in any run; the dialogue's fast-forward
skips those even in a new game. It is only a comfort: replays, headless runs
and the speedrun timer never consult it (the game uses it only in a real-time
window), and a file that cannot be read is set aside and started afresh.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from pathlib import Path

from game.content.jsonread import JsonError, read_json
from game.content.textread import MiB
from game.saves.atomic import write_atomic

VERSION = 1
MAX_BYTES = 16 * MiB
FILE_NAME = "read.json"


class ReadText:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._read: dict[str, set[str]] = {}
        self._dirty = False
        #: Why the file could not be used, when it could not.
        self.problem: str | None = None
        self._load()

    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            data = read_json(self.path, max_bytes=MAX_BYTES, what="the read-text file")
            campaigns = data.get("campaigns") if isinstance(data, dict) else None
            if not isinstance(campaigns, dict):
                raise JsonError(self.path, 1, 1, "expected {\"campaigns\": {...}}")
        except JsonError as exc:
            self.problem = str(exc)
            with contextlib.suppress(OSError):
                self.path.replace(self.path.with_name(self.path.name + ".broken"))
            return
        for campaign, lines in campaigns.items():
            if isinstance(lines, list):
                self._read[str(campaign)] = {line for line in lines if isinstance(line, str)}

    def has(self, campaign: str | None, line_id: str) -> bool:
        return line_id in self._read.get(campaign or "", ())

    def ids(self, campaign: str | None) -> frozenset[str]:
        """The lines of ``campaign`` read in any playthrough so far."""
        return frozenset(self._read.get(campaign or "", ()))

    def add(self, campaign: str | None, line_ids: Iterable[str]) -> None:
        known = self._read.setdefault(campaign or "", set())
        before = len(known)
        known.update(line_ids)
        self._dirty = self._dirty or len(known) != before

    def count(self) -> int:
        return sum(len(lines) for lines in self._read.values())

    def clear(self) -> None:
        """Forget everything read (the settings' "forget read text")."""
        self._read.clear()
        self._dirty = True
        self.save()

    def save(self) -> None:
        """Write the file if anything changed; OSError if the disk refuses."""
        if not self._dirty:
            return
        data = {"version": VERSION,
                "campaigns": {c: sorted(lines) for c, lines in sorted(self._read.items())}}
        write_atomic(self.path, json.dumps(data, separators=(",", ":")).encode("utf-8"))
        self._dirty = False
