"""The game's own levels are found through the resolver too: by id, inside the game's
folder; a link that leads out of it is left out."""

from __future__ import annotations

import os
import sys

import pytest

from game import paths
from game.nanobots.levels import find_level, level_paths


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_a_link_out_of_the_game_is_not_a_level(tmp_path, monkeypatch):
    root = tmp_path / "game"
    levels = root / "levels"
    levels.mkdir(parents=True)
    shipped = level_paths()[0]
    (levels / shipped.name).write_bytes(shipped.read_bytes())
    outside = tmp_path / "outside.yaml"
    outside.write_bytes(shipped.read_bytes())
    os.symlink(outside, levels / "stolen.yaml")
    monkeypatch.setattr(paths, "ROOT", root)
    assert [p.stem for p in level_paths()] == [shipped.stem]
    with pytest.raises(FileNotFoundError, match="stolen"):
        find_level("stolen")


def test_the_shipped_levels_are_found_by_id():
    found = level_paths()
    assert found and [p.stem for p in found] == sorted(p.stem for p in found)
    assert all(p.is_relative_to(paths.ROOT / "levels") for p in found)
    assert find_level(found[-1].stem) == found[-1]
