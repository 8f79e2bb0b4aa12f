"""Content paths that stay inside their pack or mod folder.

Every file the dialogue system reads is found by listing a folder of a pack or
mod, and is used only if its real path (links resolved) lies inside that
root. Names from content (map names, level ids...) are ids, never paths; where
a relative path is needed, :func:`safe_join` refuses absolute paths, drives and
``..``.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath, PureWindowsPath

from game.diagnostics import Diagnostic, Sink


def is_inside(root: Path, path: Path) -> bool:
    """Whether ``path``, with every link resolved, lies inside ``root``."""
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def safe_join(root: Path, relative: str) -> Path | None:
    """``root / relative`` if that stays inside ``root``, else None."""
    if not relative or "\0" in relative:
        return None
    for flavour in (PurePosixPath(relative), PureWindowsPath(relative)):
        if flavour.is_absolute() or flavour.anchor or ".." in flavour.parts:
            return None
    candidate = root / relative
    return candidate if is_inside(root, candidate) else None


def list_files(
    root: Path, folder: str, suffix: str, diagnostics: list[Diagnostic], *, recursive: bool = False
) -> list[Path]:
    """Files ending in ``suffix`` under ``root/folder``, sorted, each inside ``root``.

    Linked files or folders that lead outside the root are refused with an error.
    """
    base = safe_join(root, folder) if folder else root
    if base is None or not base.is_dir():
        return []
    found = []
    for dirpath, dirnames, filenames in os.walk(base, followlinks=False):
        here = Path(dirpath)
        for name in list(dirnames):
            if (here / name).is_symlink():
                dirnames.remove(name)
                if not is_inside(root, here / name):
                    _refuse(here / name, root, diagnostics)
        dirnames.sort()
        for name in sorted(filenames):
            path = here / name
            if not name.endswith(suffix) or name.startswith("."):
                continue
            if is_inside(root, path):
                found.append(path)
            else:
                _refuse(path, root, diagnostics)
        if not recursive:
            break
    return found


def _refuse(path: Path, root: Path, diagnostics: list[Diagnostic]) -> None:
    Sink(path, diagnostics).error(1, 1, f"refusing this link: it leads outside {root}")
