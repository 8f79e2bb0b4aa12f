"""The packs of a run, with the edits its mods' patches make to files of earlier packs.

A mod's patch changes a shipped file without replacing it (an NPC added to a map, a
level's time limit). The content layer knows nothing of what an edit is: it keeps
them by the pack-relative path of the file they change (``maps/clinic.tmx``), in
load order, for the reader of that kind of file to apply
(:func:`game.world.mappatch.patched`). Two runs with the same packs and different
edits are different content (a hot reload that changed a patch reads the maps again).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence

from game.content.resolver import Pack, Resolver


class EditedContent(Resolver):
    """A :class:`Resolver` whose files are changed by edits, by pack-relative path."""

    def __init__(self, packs: Sequence[Pack],
                 edits: Mapping[str, Sequence[Hashable]]) -> None:
        super().__init__(packs)
        self.edits: dict[str, tuple[Hashable, ...]] = {
            rel: tuple(items) for rel, items in edits.items() if items}

    def edits_for(self, rel: str) -> tuple[Hashable, ...]:
        """The edits of the file at pack-relative path ``rel``, in load order."""
        return self.edits.get(rel, ())

    def __eq__(self, other: object) -> bool:
        mine = self.edits
        theirs = other.edits if isinstance(other, EditedContent) else {}
        return isinstance(other, Resolver) and other.packs == self.packs and mine == theirs

    def __hash__(self) -> int:
        return hash(self.packs)

    def __repr__(self) -> str:
        return f"{super().__repr__()} with edits of {', '.join(sorted(self.edits))}"


def edits_of(content: Resolver, rel: str) -> tuple[Hashable, ...]:
    """The edits ``content`` makes to the file at ``rel`` (none for a plain resolver)."""
    return content.edits_for(rel) if isinstance(content, EditedContent) else ()
