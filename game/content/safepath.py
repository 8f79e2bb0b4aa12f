"""Content paths that stay inside their pack (the base game's folder, or a mod's).

Every file the game reads lies inside a pack's root with every link resolved.
Names from content (map names, level ids, portrait and character ids...) are ids,
never paths: :func:`safe_name` refuses anything else. References between files
(a map's tilesets, a tileset's image) are relative paths, made pack-relative by
:func:`pack_reference`, which refuses absolute paths, drives and any ``..`` that
leaves the pack. Folders are read by :func:`list_files`, which refuses links
leading outside.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath, PureWindowsPath

from game.content.errors import Refused
from game.diagnostics import Diagnostic, Sink

__all__ = ["Refused", "inside_file", "is_inside", "list_files", "pack_reference",
           "refuse_link", "safe_join", "safe_name"]


def is_inside(root: Path, path: Path) -> bool:
    """Whether ``path``, with every link resolved, lies inside ``root``."""
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def _absolute(text: str) -> bool:
    return any(flavour.is_absolute() or bool(flavour.anchor)
               for flavour in (PurePosixPath(text), PureWindowsPath(text)))


def safe_join(root: Path, relative: str) -> Path | None:
    """``root / relative`` if that stays inside ``root``, else None."""
    if not relative or "\0" in relative or _absolute(relative):
        return None
    if ".." in PurePosixPath(relative).parts or ".." in PureWindowsPath(relative).parts:
        return None
    candidate = root / relative
    return candidate if is_inside(root, candidate) else None


def safe_name(name: object, what: str = "name") -> str:
    """``name`` if it can be one file name's stem (an id), else :class:`Refused`."""
    text = str(name) if name is not None else ""
    if not text or text.startswith(".") or "\0" in text or any(c in text for c in "/\\:"):
        raise Refused(f"{what} {text!r} is not an id: ids are names, not paths "
                      f"(no '/', '\\', ':', or leading '.')")
    return text


def pack_reference(base: str, reference: str) -> str:
    """The pack-relative path (``a/b/c.png``) that ``reference``, written in a file whose
    pack-relative folder is ``base``, points at; :class:`Refused` if it is absolute, has a
    drive, or leads out of the pack with ``..``."""
    if not reference or "\0" in reference:
        raise Refused("an empty or invalid path")
    if _absolute(reference):
        raise Refused("an absolute path (write it relative to the file it is in, inside "
                      "the game's or the mod's folder)")
    parts: list[str] = [p for p in base.split("/") if p not in ("", ".")]
    for part in reference.replace("\\", "/").split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if not parts:
                raise Refused("its '..' climbs out of the game's or the mod's folder")
            parts.pop()
        else:
            parts.append(part)
    if not parts:
        raise Refused("it names a folder, not a file")
    return "/".join(parts)


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
    # The walk never enters linked folders and ``base`` lies inside the root, so only
    # linked files and folders need their real path checked.
    for dirpath, dirnames, filenames in os.walk(base, followlinks=False):
        for name in list(dirnames):
            if os.path.islink(os.path.join(dirpath, name)):
                dirnames.remove(name)
                if not is_inside(root, Path(dirpath, name)):
                    refuse_link(Path(dirpath, name), root, diagnostics)
        dirnames.sort()
        for name in sorted(filenames):
            if not name.endswith(suffix) or name.startswith("."):
                continue
            path = Path(dirpath, name)
            if not os.path.islink(path) or is_inside(root, path):
                found.append(path)
            else:
                refuse_link(path, root, diagnostics)
        if not recursive:
            break
    return found


def inside_file(root: Path, relative: str) -> Path | None:
    """The file ``root/relative`` if it exists and lies inside ``root`` (links resolved)."""
    path = safe_join(root, relative)
    return path if path is not None and path.is_file() else None


def refuse_link(path: Path, root: Path, diagnostics: list[Diagnostic]) -> None:
    Sink(path, diagnostics).error(1, 1, f"refusing this link: it leads outside {root}")
