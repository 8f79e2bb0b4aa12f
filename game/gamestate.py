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
    def from_data(cls, data: Any) -> GameState:
        """Read ``to_data()`` output; ValueError (saying what) if it is malformed."""
        if not isinstance(data, dict):
            raise ValueError("game state: expected a mapping")
        seed = data.get("seed")
        if isinstance(seed, bool) or not isinstance(seed, int):
            raise ValueError("game state: the seed is not a whole number")
        state = cls(
            seed=seed,
            campaign=_optional_text(data, "campaign"),
            player=_optional_text(data, "player") or DEFAULT_PLAYER,
            story=StoryState.from_data(data.get("story")),
        )
        state.rng.setstate(_rng_from_data(data.get("rng")))
        ticks = data.get("ticks", 0)
        if isinstance(ticks, bool) or not isinstance(ticks, int) or ticks < 0:
            raise ValueError("game state: ticks is not a count")
        state.ticks = ticks
        state.chapter = _optional_text(data, "chapter")
        placements = data.get("placements", {})
        if not isinstance(placements, dict):
            raise ValueError("game state: placements should be a mapping")
        for name, people in placements.items():
            if not isinstance(people, dict):
                raise ValueError(f"game state: the people placed on {name!r} are not a mapping")
            for npc, where in people.items():
                if not (isinstance(where, list) and len(where) == 3
                        and all(isinstance(v, int) and not isinstance(v, bool)
                                for v in where[:2]) and isinstance(where[2], str)):
                    raise ValueError(f"game state: the place of {npc!r} is not [x, y, facing]")
                state.place(str(name), str(npc), (where[0], where[1]), where[2])
        return state


def _optional_text(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"game state: {key} is not a text")
    return value


def _rng_to_data(rng: random.Random) -> list[Any]:
    version, internal, gauss = rng.getstate()
    return [version, list(internal), gauss]


def _rng_from_data(data: Any) -> tuple[Any, ...]:
    """The generator's state as ``random.setstate`` takes it; ValueError if it is not one."""
    if not (isinstance(data, list) and len(data) == 3 and data[0] == 3
            and isinstance(data[1], list) and len(data[1]) == 625
            and all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 2**32
                    for v in data[1])
            and (data[2] is None or isinstance(data[2], float))):
        raise ValueError("game state: the random generator's state is not one")
    version, internal, gauss = data
    return (version, tuple(internal), gauss)
