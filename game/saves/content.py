"""What a save names that the content no longer provides (a mod removed or changed).

A save names a campaign, a map, a chapter, dialogue nodes (where the conversation
stands) and evidence items. :func:`missing_content` lists those the loaded content
lacks, in words for the player, so loading says what is missing instead of failing.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from game.saves.format import SaveData


@dataclass(frozen=True)
class KnownContent:
    """The names the run's content provides."""

    nodes: Collection[str]
    maps: Collection[str]
    evidence: Collection[str]
    chapters: Collection[str]


def missing_content(save: SaveData, known: KnownContent) -> list[str]:
    """One line per missing thing, e.g. "map 'lab' (where you stood)"; [] when all is there."""
    missing: list[str] = []
    if save.world is not None and save.world.map not in known.maps:
        missing.append(f"map '{save.world.map}' (where you stood)")
    chapter = save.state.get("chapter")
    if isinstance(chapter, str) and chapter not in known.chapters:
        missing.append(f"chapter '{chapter}'")
    if save.dialogue is not None:
        frames = save.dialogue.runner.get("frames", [])
        for node in dict.fromkeys(str(f.get("node")) for f in frames if isinstance(f, dict)):
            if node not in known.nodes:
                missing.append(f"dialogue node '{node}' (the conversation in progress)")
    story = save.state.get("story")
    evidence = story.get("evidence", []) if isinstance(story, dict) else []
    for item in evidence:
        if item not in known.evidence:
            missing.append(f"evidence '{item}'")
    return missing
