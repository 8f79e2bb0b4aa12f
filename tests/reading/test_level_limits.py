"""Level files: an absurd file is refused quickly, an absurd grid before it is built, and
a number that is not finite never reaches the debugger.

Under both YAML loaders (tests/support/yaml_backends.py).
"""

from __future__ import annotations

import time
import types

import pygame
import pytest

from game.cli import main
from game.content.textread import size_text
from game.content.yamlread import LEVEL as LEVEL_FILE
from game.engine.images import ImageCache
from game.engine.input import Action, InputFrame
from game.engine.scene import SceneStack
from game.engine.screen import Screen
from game.nanobots.debugger import DebuggerScene, LevelResult
from game.nanobots.grid import MAX_CELLS, MAX_SIDE, LayoutError, parse_layout
from game.nanobots.levels import LevelError, check_levels, load_level
from tests.support.reading import LEVEL, at, located, shown
from tests.support.yaml_backends import yaml_backend  # noqa: F401

pytestmark = pytest.mark.usefixtures("yaml_backend")
GOOD = LEVEL.replace("NUMBER", "30")
LAYOUT = "  ..**..\n  ..CC..\n  DDDDDD\n"


def write(tmp_path, text: str):
    path = tmp_path / "test_level.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_60_mb_level_is_refused_quickly_at_the_top(tmp_path, capsys):
    row = "  " + "D" * 998 + "\n"
    path = tmp_path / "test_level.yaml"
    with open(path, "w", encoding="utf-8") as out:
        out.write(GOOD.replace(LAYOUT, "").split("program:")[0])
        for _ in range(60):
            out.write(row * 1000)
        out.write("program:" + GOOD.split("program:")[1])
    assert path.stat().st_size > 60_000_000
    start = time.perf_counter()
    found = check_levels([path])
    with pytest.raises(LevelError) as info:  # what the debugger does when it opens a level
        load_level(path)
    assert main(["levels", "--check", str(path)]) == 1
    assert time.perf_counter() - start < 2.0  # a stat, not a read
    assert [(d.severity, d.line, d.col) for d in found] == [("error", 1, 1)], shown(found)
    assert size_text(LEVEL_FILE.max_bytes) in found[0].message
    assert size_text(path.stat().st_size) in found[0].message
    assert [(d.line, d.col) for d in info.value.diagnostics] == [(1, 1)]
    out, err = capsys.readouterr()
    assert out.startswith(f"{path}:1:1: error: ") and "Traceback" not in out + err


def _layout(width: int, height: int) -> str:
    rows = ["." * width] * height
    rows[0] = "*" + rows[0][1:]
    rows[1] = "C" + rows[1][1:]
    return "".join(f"  {row}\n" for row in rows)


@pytest.mark.parametrize(("width", "height", "row", "col"), [
    (MAX_SIDE + 1, 3, 0, MAX_SIDE),  # too wide: the first cell past the limit
    (2, MAX_SIDE + 1, MAX_SIDE, 0),  # too tall: the first row past it
    (300, 300, MAX_CELLS // 300, 0),  # each side allowed, too many cells in all
], ids=["wide", "tall", "cells"])
def test_an_oversized_grid_is_a_located_error(tmp_path, capsys, width, height, row, col):
    text = GOOD.replace(LAYOUT, _layout(width, height))
    path = write(tmp_path, text)
    first = located(text, "layout: |")[0] + 1
    found = check_levels([path])
    assert at(found, first + row, 3 + col), shown(found)
    assert len([d for d in found if d.is_error]) == 1, shown(found)
    assert main(["levels", "--check", str(path)]) == 1
    out, err = capsys.readouterr()
    assert f"{path}:{first + row}:{3 + col}: error: " in out and "Traceback" not in out + err


def test_the_largest_grid_is_read(tmp_path):
    side = int(MAX_CELLS ** 0.5)
    level = load_level(write(tmp_path, GOOD.replace(LAYOUT, _layout(side, side))))
    assert (level.grid.width, level.grid.height) == (side, side)


@pytest.mark.parametrize(("text", "row", "col"), [
    ("*C" * (MAX_SIDE // 2) + ".\n" + "*C" * (MAX_SIDE // 2) + ".", 0, MAX_SIDE),
    ("\n".join(["*C"] * (MAX_SIDE + 1)), MAX_SIDE, 0),
], ids=["wide", "tall"])
def test_parse_layout_refuses_before_building_the_grid(text, row, col):
    with pytest.raises(LayoutError) as info:
        parse_layout(text)
    assert (info.value.row, info.value.column) == (row, col)


@pytest.mark.parametrize(("old", "new"), [
    ("gain: 30", "gain: .nan"),
    ("max_harm: 5", "max_harm: .nan"),
    ("time_limit: 10", "time_limit: .inf"),
    ("repaired: 50", "repaired: -.inf"),
    ("rate: [1.0, 3.0]", "rate: [1.0, .nan]"),
])
def test_a_number_that_is_not_finite_is_located_and_the_debugger_does_not_crash(
        tmp_path, capsys, screen, old, new):
    text = GOOD.replace(old, new)
    path = write(tmp_path, text)
    line, col = located(text, new.split()[-1].strip("[]"))
    assert main(["levels", "--check", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out.startswith(f"{path}:{line}:{col}: error: "), out
    assert out.count(": error: ") == 1 and "Traceback" not in out + err
    game = types.SimpleNamespace(stack=SceneStack(), images=ImageCache(), state=None)
    results: list[LevelResult] = []
    scene = DebuggerScene(game, "test_level", results.append, path=path)
    game.stack.push(scene)
    game.stack.draw(screen, 0.0)
    assert scene.errors and scene.errors[0].startswith(f"{path}:{line}:{col}: error: ")
    game.stack.update(InputFrame(Action.CONFIRM, Action.CONFIRM))
    assert results[0].won is False and results[0].metrics["reason"] == "level_error"


@pytest.fixture(scope="module")
def screen():
    pygame.display.init()
    window = pygame.display.set_mode((960, 540))
    yield Screen(window)
    pygame.display.quit()
