"""A campaign's story beats (the manifest's ``beats:``) and which of them are reached.

A beat is ``{id, title, when}``: ``when`` is a condition that becomes true once the
beat has been played (``seen(ch3_dani_exam)``, ``has(internal_memo)``). The campaign
model carries them (:mod:`game.dialogue.beats`); a test may hand the driver its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from game.dialogue import beats as model_beats
from game.dialogue.conditions import Condition, ConditionError, parse_condition
from game.dialogue.model import Campaign
from game.story.state import StoryState


@dataclass(frozen=True)
class Beat:
    id: str
    title: str
    when: str  # the condition's text
    path: str = ""
    line: int = 0
    col: int = 0


def campaign_beats(campaign: Campaign) -> list[Beat]:
    """The campaign's beats, in story order."""
    return [Beat(b.id, b.title, b.when.condition.source, b.path, b.line, b.col)
            for b in model_beats.beats(campaign)]


class BeatWatch:
    """Which beats hold, checked after every tick; remembers the tick each was reached."""

    def __init__(self, beats: Sequence[Beat], campaign: Campaign) -> None:
        self.beats = list(beats)
        self.defaults = campaign.defaults()
        self.conditions: dict[str, Condition] = {}
        self.problems: list[str] = []
        for beat in self.beats:
            cond = parse_condition(beat.when)
            if isinstance(cond, ConditionError):
                where = f"{beat.path}:{beat.line}:{beat.col}: " if beat.path else ""
                self.problems.append(f"{where}beat '{beat.id}': {cond.message}")
            else:
                self.conditions[beat.id] = cond
        self.reached: dict[str, int] = {}

    def ids(self) -> list[str]:
        return [b.id for b in self.beats]

    def title(self, beat_id: str) -> str:
        return next((b.title for b in self.beats if b.id == beat_id), beat_id)

    def check(self, story: StoryState, tick: int) -> list[Beat]:
        """The beats reached since the last check, in story order."""
        new = []
        for beat in self.beats:
            if beat.id in self.reached:
                continue
            cond = self.conditions.get(beat.id)
            if cond is not None and cond(story, self.defaults):
                self.reached[beat.id] = tick
                new.append(beat)
        return new
