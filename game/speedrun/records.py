"""Personal bests, best segments (golds), sum of best and the live delta.

One JSON file a category, ``<data folder>/speedrun/<campaign>/<category>.json``,
written atomically (a temporary file, fsync, rename), beside the personal best's
replay. Times are whole logic ticks.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.content.jsonread import JsonError, read_json
from game.content.textread import MiB

RECORDS_VERSION = 1
MAX_BYTES = 4 * MiB


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves the old file or the new one,
    never half of one: a temporary file beside it, flushed to disk, renamed over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    if hasattr(os, "O_DIRECTORY"):  # the rename itself reaches the disk (POSIX)
        with contextlib.suppress(OSError):
            fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def segment_durations(splits: list[int | None]) -> list[int | None]:
    """Each segment's own time from cumulative split times (None: not known, a skipped
    split or the one after it)."""
    out: list[int | None] = []
    previous: int | None = 0
    for time in splits:
        out.append(time - previous if time is not None and previous is not None else None)
        previous = time
    return out


@dataclass
class Records:
    """A category's records: its segments, the personal best, the golds."""

    campaign: str
    category: str
    segments: tuple[str, ...]
    pb: list[int | None] | None = None  # the PB's cumulative split times (last: final)
    golds: list[int | None] = field(default_factory=list)
    attempts: int = 0
    finished: int = 0
    pb_replay: str | None = None  # file name of the PB's replay, beside the records

    def __post_init__(self) -> None:
        if len(self.golds) != len(self.segments):
            self.golds = [None] * len(self.segments)

    @property
    def pb_time(self) -> int | None:
        return self.pb[-1] if self.pb else None

    @property
    def sum_of_best(self) -> int | None:
        """The sum of the golds: the best run possible from the best segments (None until
        every segment has one)."""
        if not self.golds or None in self.golds:
            return None
        return sum(g for g in self.golds if g is not None)

    def delta(self, segment: int, time: int) -> int | None:
        """``time`` (category time) against the PB's split at ``segment``; negative is
        ahead."""
        if self.pb is None or segment >= len(self.pb) or self.pb[segment] is None:
            return None
        pb_split = self.pb[segment]
        assert pb_split is not None
        return time - pb_split

    def add(self, splits: list[int | None], finished: bool) -> tuple[bool, list[int]]:
        """Count an attempt (practice runs are never added). Returns whether it is a new
        personal best and the segments it set a gold on."""
        self.attempts += 1
        golds = []
        for index, duration in enumerate(segment_durations(splits)[:len(self.segments)]):
            best = self.golds[index]
            if duration is not None and (best is None or duration < best):
                self.golds[index] = duration
                golds.append(index)
        new_pb = False
        if finished and len(splits) == len(self.segments) and splits[-1] is not None:
            self.finished += 1
            if self.pb_time is None or splits[-1] < self.pb_time:
                self.pb = list(splits)
                new_pb = True
        return new_pb, golds

    def to_data(self) -> dict[str, Any]:
        return {"version": RECORDS_VERSION, "campaign": self.campaign,
                "category": self.category, "segments": list(self.segments), "pb": self.pb,
                "golds": self.golds, "attempts": self.attempts, "finished": self.finished,
                "pb_replay": self.pb_replay}

    @classmethod
    def from_data(cls, data: dict[str, Any], campaign: str, category: str,
                  segments: tuple[str, ...]) -> Records:
        """Records read back; another list of segments (the content changed) starts the
        records afresh."""
        fresh = cls(campaign, category, segments)
        if list(data.get("segments", [])) != list(segments):
            return fresh

        def times(value: Any) -> list[int | None] | None:
            if not isinstance(value, list) or len(value) != len(segments):
                return None
            if not all(v is None or (type(v) is int and v >= 0) for v in value):
                return None
            return value

        fresh.pb = times(data.get("pb"))
        fresh.golds = times(data.get("golds")) or [None] * len(segments)
        for key in ("attempts", "finished"):
            value = data.get(key)
            if type(value) is int and value >= 0:
                setattr(fresh, key, value)
        replay = data.get("pb_replay")
        fresh.pb_replay = replay if isinstance(replay, str) and "/" not in replay \
            and "\\" not in replay else None
        return fresh


class RecordStore:
    """Where records and PB replays live: ``<root>/<campaign>/<category>.json``."""

    def __init__(self, root: Path | None = None) -> None:
        if root is None:
            from game.paths import user_data_dir

            root = user_data_dir() / "speedrun"
        self.root = root

    def folder(self, campaign: str) -> Path:
        return self.root / campaign

    def path(self, campaign: str, category: str) -> Path:
        return self.folder(campaign) / f"{_safe(category)}.json"

    def load(self, campaign: str, category: str, segments: tuple[str, ...]) -> Records:
        """The records (fresh ones when there are none; an unreadable file is set aside
        as ``.broken`` so a player never loses the game to it)."""
        path = self.path(campaign, category)
        if not path.exists():
            return Records(campaign, category, segments)
        try:
            data = read_json(path, max_bytes=MAX_BYTES, what="speedrun records")
        except JsonError:
            with contextlib.suppress(OSError):
                path.replace(path.with_name(path.name + ".broken"))
            return Records(campaign, category, segments)
        if not isinstance(data, dict):
            return Records(campaign, category, segments)
        return Records.from_data(data, campaign, category, segments)

    def save(self, records: Records) -> Path:
        path = self.path(records.campaign, records.category)
        text = json.dumps(records.to_data(), indent=1) + "\n"
        atomic_write(path, text.encode("utf-8"))
        return path


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name)
