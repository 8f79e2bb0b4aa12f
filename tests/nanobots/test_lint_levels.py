"""`python -m game lint` checks nanobot levels too: the shipped ones and a mod's."""

from __future__ import annotations

import re
from pathlib import Path

from game.cli import main
from game.paths import LEVELS

PROBLEM = re.compile(r"(?P<path>.+?):\d+:\d+: (error|warning): ")


def test_shipped_levels_have_no_problems(capsys):
    assert main(["lint", "--no-user-mods"]) == 0  # no errors anywhere in the shipped game
    lines = capsys.readouterr().out.splitlines()
    # nor a warning in a level; paths print relative to the working folder, or whole
    # when outside it, so each is resolved against where the test runs from
    problems = [m for m in map(PROBLEM.match, lines) if m]
    in_levels = [m.string for m in problems
                 if Path(m["path"]).resolve().is_relative_to(LEVELS.resolve())]
    assert in_levels == []


def test_a_broken_level_in_a_mod_is_reported_with_its_place(tmp_path, capsys):
    mod = tmp_path / "bad_mod"
    (mod / "levels").mkdir(parents=True)
    (mod / "mod.yaml").write_text('id: bad_mod\nname: Bad\nversion: "1"\npriority: 5\n')
    (mod / "levels" / "broken.yaml").write_text("id: broken\ntitle: Broken\nbots: many\n")
    assert main(["lint", "--no-user-mods", "--mod", str(mod)]) == 1
    out = capsys.readouterr().out
    assert "broken.yaml:1:1: error: missing required key 'seed'" in out
    assert "broken.yaml:3:7: error" in out
