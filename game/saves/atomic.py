"""Writing a file so that a crash or a power cut at any moment leaves a readable one.

:func:`write_atomic` writes the new bytes to ``<name>.tmp``, flushes and syncs
them to the disk, copies the file it replaces to ``<name>.bak`` (through
``<name>.bak.tmp``, synced, then renamed), renames the new file over the old one
and syncs the folder. At every moment ``<name>`` is either the old file or the
new one, whole; the backup is the previous good version.

``step`` is called with the name of each step as it is done (:data:`STEPS`);
tests raise there to stop the writer at every point, as a crash would.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

Step = Callable[[str], None]

#: The steps of a write, in order.
STEPS = (
    "temp opened", "temp half written", "temp written", "temp flushed", "temp synced",
    "temp closed", "backup written", "backup synced", "backup renamed", "renamed",
    "folder synced",
)


def _nothing(step: str) -> None:
    pass


def temp_path(path: Path) -> Path:
    return path.with_name(path.name + ".tmp")


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def write_atomic(path: Path, data: bytes, *, backup: Callable[[bytes], bool] | None = None,
                 step: Step = _nothing) -> None:
    """Replace ``path`` by ``data`` atomically.

    ``backup`` decides whether the file being replaced becomes ``<name>.bak`` (given
    its bytes: a damaged file must not replace a good backup); None keeps no backup.
    OSError if the disk refuses (the old file and backup are then untouched).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(path)
    try:
        _write_synced(tmp, data, step, halves=True)
        step("temp closed")
        if backup is not None:
            _keep_backup(path, backup, step)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    step("renamed")
    sync_folder(path.parent)
    step("folder synced")


def _write_synced(path: Path, data: bytes, step: Step, *, halves: bool = False) -> None:
    with open(path, "wb") as stream:
        prefix = "temp" if halves else "backup"
        if halves:
            step("temp opened")
            half = len(data) // 2
            stream.write(data[:half])
            step("temp half written")
            stream.write(data[half:])
        else:
            stream.write(data)
        step(f"{prefix} written")
        stream.flush()
        if halves:
            step("temp flushed")
        os.fsync(stream.fileno())
        step(f"{prefix} synced")


def _keep_backup(path: Path, good: Callable[[bytes], bool], step: Step) -> None:
    try:
        old = path.read_bytes()
    except FileNotFoundError:
        return
    if not good(old):
        return
    staging = path.with_name(path.name + ".bak.tmp")
    _write_synced(staging, old, step)
    os.replace(staging, backup_path(path))
    step("backup renamed")


def sync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable (where the system allows opening a folder)."""
    if not hasattr(os, "O_DIRECTORY"):
        return  # Windows: renames are durable once the call returns
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
