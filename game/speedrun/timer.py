"""The run timer: file time, category time and the segments of the category.

The timer is told, once per logic tick, whether that tick counts (the pause menu was
not up) and whether the player had control when it began; splits and the end come
from the dialogue as they happen. It never reads a clock: the same ticks give the
same times.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from game.dialogue.model import Category


class Phase(enum.Enum):
    WAITING = "waiting"  # the run began; the category's timer has not started yet
    RUNNING = "running"
    FINISHED = "finished"
    ABANDONED = "abandoned"  # reset or left before the end


@dataclass
class RunTimer:
    category: Category
    practice: bool = False  # a practice run (practice start, a state loaded): never a PB
    phase: Phase = Phase.WAITING
    file_ticks: int = 0  # every counting tick of the run
    #: File time before the run began: a loaded save's (None: unknown, an older save).
    file_before: int | None = 0
    ticks: int = 0  # category time: counting ticks since the category's start
    started_at: int | None = None  # the run tick the category time started on
    ended_at: int | None = None  # the run tick it ended on
    #: category time at the end of each segment taken so far (None: skipped)
    splits: list[int | None] = field(default_factory=list)

    @property
    def segment(self) -> int:
        """Index of the segment being run (``len(segments)`` once finished)."""
        return len(self.splits)

    @property
    def file_time(self) -> int | None:
        """File time: the campaign's counting ticks, the run's added to what came before
        it (None: unknown, a run loaded from a save that did not keep it)."""
        return None if self.file_before is None else self.file_before + self.file_ticks

    @property
    def running(self) -> bool:
        return self.phase is Phase.RUNNING

    @property
    def finished(self) -> bool:
        return self.phase is Phase.FINISHED

    def tick(self, run_tick: int, *, counting: bool, control: bool) -> list[str]:
        """One logic tick of the run; returns ``["start"]`` on the tick the category's
        time starts. ``control``: the player could move when the tick began."""
        events = []
        if counting:
            self.file_ticks += 1
        if self.phase is Phase.WAITING and (self.category.starts_on == "run" or control):
            self.phase = Phase.RUNNING
            self.started_at = run_tick
            events.append("start")
        if self.phase is Phase.RUNNING and counting:
            self.ticks += 1
        return events

    def tick_finished(self, *, counting: bool) -> None:
        """A tick after the category ended: file time goes on (the whole campaign)."""
        if counting and self.phase is Phase.FINISHED:
            self.file_ticks += 1

    def split(self, name: str) -> list[str]:
        """A split step named ``name`` was reached: the segments up to it end now (those
        before it that were not split are skipped). Returns the events: ``skip`` for
        each skipped segment and ``split``; nothing if the name is not ahead."""
        names = self.category.splits
        if not self.running or name not in names[self.segment:]:
            return []
        target = names.index(name, self.segment)
        events = []
        while self.segment < target:
            self.splits.append(None)
            events.append("skip")
        self.splits.append(self.ticks)
        events.append("split")
        return events

    def finish(self, run_tick: int) -> list[str]:
        """The category's end: the last segment ends (segments not split are skipped)."""
        if not self.running:
            return []
        events = []
        while self.segment < len(self.category.splits):
            self.splits.append(None)
            events.append("skip")
        self.splits.append(self.ticks)
        self.phase = Phase.FINISHED
        self.ended_at = run_tick
        events.append("finish")
        return events

    def abandon(self) -> list[str]:
        if self.phase in (Phase.WAITING, Phase.RUNNING):
            started = self.phase is Phase.RUNNING
            self.phase = Phase.ABANDONED
            return ["reset"] if started else []
        return []
