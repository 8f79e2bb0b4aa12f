"""What each mod's files do to the game: which files it adds, which it replaces, and
which files two mods both bring (a conflict: the later one wins).

Dialogue nodes are compared by id (see ``game.dialogue.library``); every other file
is compared by its pack-relative path, the same path the resolver looks up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from game.content.safepath import list_files
from game.diagnostics import Diagnostic

#: The folders whose files the resolver overlays by path.
ASSET_FOLDERS = ("assets", "maps", "levels")


@dataclass
class ModFiles:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)  # "path (from <who>)"


@dataclass(frozen=True)
class FileConflict:
    path: str
    loser: str
    winner: str


def pack_files(root: Path, diagnostics: list[Diagnostic]) -> list[str]:
    """The pack-relative paths of a pack's overlaid files, sorted; links that lead out of
    the pack are left out (and reported)."""
    files = []
    for folder in ASSET_FOLDERS:
        for path in list_files(root, folder, "", diagnostics, recursive=True):
            files.append(path.relative_to(root).as_posix())
    return sorted(files)


def file_changes(
    base_root: Path, mods: Sequence[tuple[str, Path]],
) -> tuple[dict[str, ModFiles], list[FileConflict]]:
    """For mods in load order (``(id, root)``, a later one wins): what each adds and
    replaces, and the files more than one mod brings."""
    refused: list[Diagnostic] = []
    owner = dict.fromkeys(pack_files(base_root, refused), "the base game")
    changes: dict[str, ModFiles] = {}
    conflicts: list[FileConflict] = []
    for mod_id, root in mods:
        mine = changes.setdefault(mod_id, ModFiles())
        for rel in pack_files(root, refused):
            before = owner.get(rel)
            if before is None:
                mine.added.append(rel)
            else:
                mine.replaced.append(f"{rel} (from {before})")
                if before != "the base game":
                    conflicts.append(FileConflict(rel, before, mod_id))
            owner[rel] = mod_id
    return changes, conflicts
