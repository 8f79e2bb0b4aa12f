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
    #: Where the story moved people (the ``move`` step), until the next chapter starts:
    #: map name -> npc name -> (feet x, feet y, facing name).
    placements: dict[str, dict[str, tuple[int, int, str]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def place(self, map_name: str, npc: str, feet: tuple[int, int], facing: str) -> None:
        """Remember that the story put someone here (kept until the next chapter)."""
        self.placements.setdefault(map_name, {})[npc] = (int(feet[0]), int(feet[1]), facing)

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "seed": self.seed,
            "campaign": self.campaign,
            "player": self.player,
            "story": self.story.to_data(),
            "rng": _rng_to_data(self.rng),
            "ticks": self.ticks,
            "chapter": self.chapter,
        }
        if self.placements:  # (left out when empty: older runs' data stays the same)
            data["placements"] = {name: {npc: list(where) for npc, where in people.items()}
                                  for name, people in self.placements.items()}
        return data

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
        for name, people in dict(data.get("placements", {})).items():
            for npc, (x, y, facing) in dict(people).items():
                state.place(str(name), str(npc), (int(x), int(y)), str(facing))
        return state


def _rng_to_data(rng: random.Random) -> list[Any]:
    version, internal, gauss = rng.getstate()
    return [version, list(internal), gauss]


def _rng_from_data(data: list[Any]) -> tuple[Any, ...]:
    version, internal, gauss = data
    return (version, tuple(internal), gauss)
