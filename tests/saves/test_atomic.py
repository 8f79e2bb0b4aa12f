"""Nothing a player saved is lost by a crash mid-write: the writer is stopped at every
step of its sequence (temporary file, flush, fsync, backup, rename, folder sync), and
afterwards the slot loads either the old save or the new one."""

from __future__ import annotations

import multiprocessing
import os
import sys

import pytest

from game.saves.atomic import STEPS, backup_path, temp_path
from game.saves.format import SaveError
from game.saves.store import SaveStore
from tests.saves.support import sample_save

OLD = sample_save("old save", saved_at=1.0, ticks=60)
NEW = sample_save("new save", saved_at=2.0, ticks=120)


class Killed(Exception):
    """The writer dies here (as the process would at a crash or power cut)."""


def kill_at(name: str):
    seen: list[str] = []

    def step(current: str) -> None:
        seen.append(current)
        if current == name:
            raise Killed(current)

    return step, seen


def test_the_writer_goes_through_every_step(tmp_path):
    store = SaveStore(tmp_path)
    store.write("1", OLD)
    seen: list[str] = []
    store.write("1", NEW, step=seen.append)
    assert seen == list(STEPS)
    assert store.read("1").meta.name == "new save"
    assert store.read("1", backup=True).meta.name == "old save"
    assert not temp_path(store.path("1")).exists()


@pytest.mark.parametrize("step", STEPS)
def test_a_crash_at_any_step_leaves_the_old_or_the_new_save(tmp_path, step):
    store = SaveStore(tmp_path)
    store.write("1", OLD)
    hook, seen = kill_at(step)
    with pytest.raises(Killed):
        store.write("1", NEW, step=hook)
    assert seen[-1] == step
    loaded = store.read("1")  # never a SaveError: the slot is whole, old or new
    assert loaded.meta.name in ("old save", "new save")
    if STEPS.index(step) < STEPS.index("renamed"):
        assert loaded.meta.name == "old save"
    else:
        assert loaded.meta.name == "new save"
        assert store.read("1", backup=True).meta.name == "old save"
    info = store.info("1")
    assert info.ok and not info.damaged
    store.write("1", NEW)  # the next save goes through, leftovers or not
    assert store.read("1").meta.name == "new save"


@pytest.mark.parametrize("step", [s for s in STEPS if not s.startswith("backup")])
def test_a_crash_while_writing_a_first_save_leaves_no_broken_slot(tmp_path, step):
    store = SaveStore(tmp_path)
    hook, _ = kill_at(step)
    with pytest.raises(Killed):
        store.write("1", NEW, step=hook)
    info = store.info("1")
    if info.exists:
        assert store.read("1").meta.name == "new save"
    else:
        assert [i.slot for i in store.slots()] == []
        with pytest.raises(SaveError, match="missing"):
            store.read("1")


def test_a_damaged_save_never_replaces_a_good_backup(tmp_path):
    store = SaveStore(tmp_path)
    store.write("1", OLD)
    store.write("1", NEW)  # backup: old
    store.path("1").write_bytes(store.path("1").read_bytes()[:50])  # damaged on disk
    assert store.info("1").damaged and store.info("1").backup.name == "old save"
    store.write("1", sample_save("newest", saved_at=3.0))
    assert store.read("1").meta.name == "newest"
    assert store.read("1", backup=True).meta.name == "old save"


def test_a_full_disk_leaves_the_old_save_and_no_temporary_file(tmp_path, monkeypatch):
    store = SaveStore(tmp_path)
    store.write("1", OLD)

    def refuse(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", refuse)
    with pytest.raises(OSError):
        store.write("1", NEW)
    assert store.read("1").meta.name == "old save"
    assert not temp_path(store.path("1")).exists()
    assert not backup_path(store.path("1")).exists()


def _die_at(folder: str, step: str) -> None:
    def hook(current: str) -> None:
        if current == step:
            os._exit(9)  # no cleanup, no flushing of Python buffers: a real kill

    SaveStore(__import__("pathlib").Path(folder)).write("1", NEW, step=hook)
    os._exit(0)


@pytest.mark.skipif(sys.platform != "linux", reason="forks a writer and kills it (Linux)")
def test_a_writer_process_killed_at_every_step_leaves_a_loadable_save(tmp_path):
    context = multiprocessing.get_context("fork")
    for step in STEPS:
        folder = tmp_path / step.replace(" ", "_")
        store = SaveStore(folder)
        store.write("1", OLD)
        process = context.Process(target=_die_at, args=(str(folder), step))
        process.start()
        process.join(30)
        assert process.exitcode == 9, step
        assert store.read("1").meta.name in ("old save", "new save"), step
