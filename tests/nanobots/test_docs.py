"""The modding guide covers every rule, parameter and physics key, and its example loads."""

from __future__ import annotations

import re
from pathlib import Path

from game.nanobots.levels import check_levels, load_level
from game.nanobots.physics import Physics
from game.nanobots.rules import KINDS

DOC = Path(__file__).resolve().parents[2] / "docs" / "modding-levels.md"


def test_every_rule_parameter_and_physics_key_is_documented():
    text = DOC.read_text(encoding="utf-8")
    for kind in KINDS.values():
        assert f"`{kind.name}`" in text, kind.name
        for spec in kind.params:
            assert f"`{spec.name}`" in text, f"{kind.name}.{spec.name}"
    for name in Physics.names():
        assert f"`{name}`" in text, name


def test_the_example_level_is_valid(tmp_path):
    text = DOC.read_text(encoding="utf-8")
    example = re.search(r"## A complete small level\s+```yaml\n(.*?)```", text, re.S).group(1)
    path = tmp_path / "first_filling.yaml"
    path.write_text(example, encoding="utf-8")
    assert check_levels([path]) == []
    assert load_level(path).title == "First Filling"
