"""The running game: its state (what a save or replay restores) and its services.

``GameState`` is pure data advanced only by logic ticks. ``Game`` bundles it with
what scenes need to do their work: the scene stack, loaded content, images, the
settings. No display is needed to create or tick a ``Game``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from game.engine.audio import Audio
from game.engine.images import ImageCache
from game.engine.scene import SceneStack
from game.settings import Settings
from game.story.state import StoryState
from game.world.maps import MapLibrary

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


class Game:
    """Services shared by scenes. Created once per process; ``state`` changes per run."""

    def __init__(self, state: GameState | None = None, settings: Settings | None = None) -> None:
        self.state = state or GameState()
        self.settings = settings or Settings()
        self.stack = SceneStack()
        self.images = ImageCache()
        self.maps = MapLibrary()
        self.quit_requested = False
        #: Messages for the player from systems below the scenes (e.g. reload errors).
        self.notices: list[str] = []
        #: Splits the dialogue declared, as (name, tick), for the speedrun timer.
        self.splits: list[tuple[str, int]] = []
        self.audio = Audio()

    def new_run(self, state: GameState) -> None:
        self.state = state
        self.splits = []

    def request_quit(self) -> None:
        self.quit_requested = True

    def tick(self, inp: Any) -> None:
        """One logic tick of the whole game."""
        self.stack.update(inp)
        self.state.ticks += 1
