"""Saves for the tests: small but complete, built without a display."""

from __future__ import annotations

from game.gamestate import GameState
from game.saves.format import (
    BacklogLine,
    DialoguePlace,
    NpcPlace,
    SaveData,
    SaveMeta,
    WorldPlace,
)

#: A real 2x2 black PNG.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a73"
    "0000000b4944415408996360400600000e0001b19aea060000000049454e44ae426082"
)


def sample_save(name: str = "Chapter 1 — Clinic", *, saved_at: float = 1000.0,
                ticks: int = 3600, seed: int = 7, line: str = "intro.1") -> SaveData:
    state = GameState(seed=seed, campaign="rejuvenation", player="elena_rahmani")
    state.chapter = "obsolete"
    state.ticks = ticks
    state.story.set("chapter", 1)
    state.story.give("memo")
    state.story.mark_seen(line)
    state.story.visit("intro")
    state.place("clinic", "max", (100, 120), "left")
    state.rng.random()
    meta = SaveMeta(name, "manual", "rejuvenation", "Rejuvenation", "obsolete",
                    "Chapter 1: Obsolete", "The clinic", "clinic", ticks, saved_at, "0.1.0")
    world = WorldPlace("clinic", 1601, 2002, "up", (NpcPlace("max", 1600, 1920, "left", 30),))
    runner = {"version": 1, "campaign": "rejuvenation",
              "frames": [{"node": "intro", "path": [], "pc": 2, "debates": {}}]}
    backlog = (BacklogLine("Max", (("Hello ", "plain"), ("there", "em")), (200, 100, 50)),)
    return SaveData(meta, state.to_data(), world, DialoguePlace(runner, backlog), PNG)
