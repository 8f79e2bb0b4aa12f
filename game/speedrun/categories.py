"""The speedrun categories a campaign declares (``categories:`` in its manifest)."""

from __future__ import annotations

from pathlib import Path

from game.dialogue.model import Campaign, Category


def categories_of(campaign: Campaign) -> tuple[Category, ...]:
    """The campaign's categories: those the library put on it, else its manifest's."""
    if campaign.categories:
        return campaign.categories
    from game.dialogue.manifest import parse_manifest

    path = Path(campaign.manifest_path)
    if not path.is_file():
        return ()
    manifest = parse_manifest(path, "base", [])
    return manifest.categories if manifest is not None else ()


def find_category(campaign: Campaign, category_id: str) -> Category | None:
    return next((c for c in categories_of(campaign) if c.id == category_id), None)


def new_game_category(campaign: Campaign) -> Category | None:
    """The category New Game starts (the first one that begins at New Game)."""
    return next((c for c in categories_of(campaign) if c.chapter is None), None)


def practice_category(campaign: Campaign, chapter_id: str) -> Category:
    """A practice run of one chapter: from its start to the next chapter (or the end),
    splitting at every split step on the way."""
    chapter = campaign.chapter(chapter_id)
    title = chapter.title if chapter is not None else chapter_id
    return Category(f"chapter:{chapter_id}", f"Practice: {title}", chapter_id, "control",
                    "chapter", "", (), "Chapter", None, campaign.manifest_path, 0, 0)
