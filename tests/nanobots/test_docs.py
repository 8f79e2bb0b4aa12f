"""The modding guide covers every rule, parameter and physics key, and its example loads."""

from __future__ import annotations

import re
from pathlib import Path

from game.nanobots.levels import check_levels, load_level
from game.nanobots.outcome import Verdict, new_simulation, play_out
from game.nanobots.physics import Physics
from game.nanobots.rules import KINDS
from tests.support.nanobots import apply

DOC = Path(__file__).resolve().parents[2] / "docs" / "modding-levels.md"


def test_every_rule_parameter_and_physics_key_is_documented():
    text = DOC.read_text(encoding="utf-8")
    for kind in KINDS.values():
        assert f"`{kind.name}`" in text, kind.name
        for spec in kind.params:
            assert f"`{spec.name}`" in text, f"{kind.name}.{spec.name}"
    for name in Physics.names():
        assert f"`{name}`" in text, name


def example_level(tmp_path: Path) -> Path:
    text = DOC.read_text(encoding="utf-8")
    example = re.search(r"## A complete small level\s+```yaml\n(.*?)```", text, re.S).group(1)
    path = tmp_path / "first_filling.yaml"
    path.write_text(example, encoding="utf-8")
    return path


def test_the_example_level_is_valid(tmp_path):
    path = example_level(tmp_path)
    assert check_levels([path]) == []
    assert load_level(path).title == "First Filling"


def test_the_example_level_loses_as_shipped_and_its_hint_wins(tmp_path):
    """As the docs advise: the shipped program loses, the fix the hint names (the avoid
    line moved above the seek line) wins, each by a margin."""
    level = load_level(example_level(tmp_path))
    assert "avoid line above the seek line" in level.hint
    shipped = new_simulation(level)
    verdict = play_out(shipped, level.goal)
    assert verdict is not None and not verdict.won
    assert shipped.harm > level.goal.max_harm and shipped.repaired_fraction < 0.5
    fixed = new_simulation(level, apply(level.program, [("move", 1, -1)]))
    assert play_out(fixed, level.goal) is Verdict.WON
    assert fixed.harm <= level.goal.max_harm / 2
    assert fixed.time <= level.goal.time_limit / 2
