"""The state of one playthrough: what a save or a replay restores.

``GameState`` is plain data advanced only by logic ticks and input. It imports
nothing from pygame, so replays, saves and headless tools can use it alone; the
services that scenes need (scene stack, images, maps, audio) are in
``game.services``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from game.story.state import StoryState

DEFAULT_SEED = 2045
DEFAULT_PLAYER = "elena_rahmani"


@dataclass
class GameState:
    """Everything that makes one playthrough: advance it only from ticks and input."""

    seed: int = DEFAULT_SEED
    campaign: str | None = None
    player: str = DEFAULT_PLAYER  # character id of the controlled character
    story: StoryState = field(default_factory=StoryState)
    rng: random.Random = field(init=False, repr=False)
    ticks: int = 0  # logic ticks since the run started
    chapter: str | None = None  # id of the chapter being played

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def to_data(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "campaign": self.campaign,
            "player": self.player,
            "story": self.story.to_data(),
            "rng": _rng_to_data(self.rng),
            "ticks": self.ticks,
            "chapter": self.chapter,
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> GameState:
        state = cls(
            seed=int(data["seed"]),
            campaign=data.get("campaign"),
            player=str(data.get("player", DEFAULT_PLAYER)),
            story=StoryState.from_data(data["story"]),
        )
        state.rng.setstate(_rng_from_data(data["rng"]))
        state.ticks = int(data.get("ticks", 0))
        chapter = data.get("chapter")
        state.chapter = str(chapter) if chapter is not None else None
        return state


def _rng_to_data(rng: random.Random) -> list[Any]:
    version, internal, gauss = rng.getstate()
    return [version, list(internal), gauss]


def _rng_from_data(data: list[Any]) -> tuple[Any, ...]:
    version, internal, gauss = data
    return (version, tuple(internal), gauss)
