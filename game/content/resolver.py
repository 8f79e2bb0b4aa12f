"""The one content layer: every file the game reads is found here.

A :class:`Resolver` holds the *packs* of a run in priority order: the base game
first, then the mods kept for the campaign (after the library's lint decides
which mods are skipped), lowest priority first. A file is named by its
*pack-relative* path (``assets/portraits/rosa.png``, ``maps/clinic.tmx``) and
found in the highest-priority pack that has it, down to the base game; so a mod
replaces any asset by bringing a file at the same path.

Nothing outside the packs is ever read:

- pack-relative paths and ids from content are checked before use
  (:func:`~game.content.safepath.pack_reference`, :func:`~game.content.safepath.safe_name`):
  absolute paths, drives and ``..`` out of the pack are refused;
- a file found in a pack is used only if its real path (links resolved) lies
  inside that pack's root; a link that leads outside is refused, never skipped.

References between files (a map's tilesets, a tileset's image) are taken relative
to the referring file, made pack-relative (:meth:`Resolver.follow`) and then looked
up through the same overlay, so a map copied from the game into a mod finds the
game's tilesets, and a mod can replace a tileset by its path.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from game import paths
from game.content.errors import ContentError, Refused
from game.content.safepath import is_inside, list_files, pack_reference, safe_name
from game.diagnostics import Diagnostic

BASE = "base"


@dataclass(frozen=True, slots=True)
class Pack:
    """One folder of content: the base game's, or a mod's (``id`` is the mod id)."""

    id: str
    root: Path

    @classmethod
    def at(cls, pack_id: str, root: Path) -> Pack:
        return cls(pack_id, Path(root).resolve())

    def lookup(self, rel: str) -> Path | None:
        """This pack's file at ``rel`` (already pack-relative and checked), or None.

        :class:`Refused` when something is there but, links resolved, lies outside.
        """
        root = str(self.root)
        candidate = os.path.join(root, rel)
        if not os.path.lexists(candidate):
            return None
        # the root is resolved: only links below it can lead elsewhere
        here = root
        for part in rel.split("/"):
            here = os.path.join(here, part)
            if os.path.islink(here):
                if not is_inside(self.root, Path(candidate)):
                    raise Refused(f"{candidate} is a link that leads outside {self.root}")
                break
        return Path(candidate) if os.path.isfile(candidate) else None


@dataclass(frozen=True, slots=True)
class Found:
    """A file found through the overlay: its pack, pack-relative path and real location."""

    pack: Pack
    rel: str
    path: Path

    @property
    def folder(self) -> str:
        """The pack-relative folder of the file (what its references are relative to)."""
        parent = str(PurePosixPath(self.rel).parent)
        return "" if parent == "." else parent


class Resolver:
    """The packs of a run, base game first; later packs win."""

    def __init__(self, packs: Sequence[Pack]) -> None:
        if not packs:
            raise ValueError("a resolver needs at least one pack")
        self.packs: tuple[Pack, ...] = tuple(packs)

    # --- building --------------------------------------------------------------------------
    @classmethod
    def base_game(cls, root: Path | None = None) -> Resolver:
        """The game alone (``root`` defaults to the game's content folder)."""
        return cls([Pack.at(BASE, root if root is not None else paths.ROOT)])

    @classmethod
    def with_mods(cls, mods: Iterable[tuple[str, Path]], root: Path | None = None) -> Resolver:
        """The game with these mods ``(id, folder)``, in load order (later wins)."""
        base = cls.base_game(root).packs
        return cls([*base, *(Pack.at(mod_id, folder) for mod_id, folder in mods)])

    @classmethod
    def loose(cls, folder: Path) -> Resolver:
        """A folder of its own as the only pack (a map or tileset opened on its own)."""
        return cls([Pack.at("file", folder)])

    def with_pack(self, pack: Pack) -> Resolver:
        return Resolver([*self.packs, pack])

    @property
    def base(self) -> Pack:
        return self.packs[0]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Resolver) and other.packs == self.packs

    def __hash__(self) -> int:
        return hash(self.packs)

    def __repr__(self) -> str:
        return f"Resolver({', '.join(f'{p.id}={p.root}' for p in self.packs)})"

    # --- finding files ---------------------------------------------------------------------
    def find(self, rel: str) -> Found | None:
        """The highest-priority pack's file at the pack-relative path ``rel``, or None.

        :class:`Refused` if ``rel`` is not a pack-relative path, or the file that would
        be used is a link leading outside its pack.
        """
        checked = pack_reference("", rel)
        for pack in reversed(self.packs):
            path = pack.lookup(checked)
            if path is not None:
                return Found(pack, checked, path)
        return None

    def path(self, rel: str) -> Path | None:
        found = self.find(rel)
        return found.path if found else None

    def asset(self, folder: str, name: object, suffix: str, what: str = "asset") -> Path | None:
        """The file ``folder/<name><suffix>`` for an id from content (a portrait, a
        character, a sound cue...); :class:`Refused` if ``name`` is not an id."""
        return self.path(f"{folder}/{safe_name(name, what)}{suffix}")

    def follow(self, source: Found, reference: str) -> tuple[str, Found | None]:
        """A reference written in ``source`` (a tileset's ``source=``, an image's): its
        pack-relative path and the file the overlay gives for it (None: no pack has it).

        :class:`Refused` if the reference is absolute or leads out of the pack.
        """
        rel = pack_reference(source.folder, reference)
        return rel, self.find(rel)

    def listing(self, folder: str, suffix: str,
                diagnostics: list[Diagnostic] | None = None) -> dict[str, Found]:
        """Files ending in ``suffix`` directly in ``folder`` of every pack, by stem; a later
        pack's file replaces an earlier one's. Links leading outside are left out (and
        reported in ``diagnostics``)."""
        refused: list[Diagnostic] = diagnostics if diagnostics is not None else []
        found: dict[str, Found] = {}
        for pack in self.packs:
            for path in list_files(pack.root, folder, suffix, refused):
                found[path.stem] = Found(pack, f"{folder}/{path.name}", path)
        return found

    def pack(self, pack_id: str) -> Pack | None:
        return next((p for p in self.packs if p.id == pack_id), None)


__all__ = ["BASE", "ContentError", "Found", "Pack", "Refused", "Resolver"]
