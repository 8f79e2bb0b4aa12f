"""Every kind of YAML file the game reads, as a small good file and the function that reads it.

Each good file holds ``NUMBER`` where a number is expected (after ``key:``) and at
least one indented line. :func:`located` finds where a piece of a file is.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from game.content import yamlread
from game.diagnostics import Diagnostic
from game.dialogue.manifest import parse_manifest, parse_mod_yaml
from game.dialogue.parse import parse_file
from game.dialogue.playtest import read_script
from game.nanobots.levels import check_levels

LEVEL = textwrap.dedent("""\
    id: test_level
    title: A test level
    campaign: test
    chapter: 1
    seed: 1
    bots: 20
    goal:
      repaired: 50
      max_harm: 5
      time_limit: 10
    layout: |
      ..**..
      ..CC..
      DDDDDD
    program:
      - rule: seek
        target: cavity
        gain: NUMBER
      - rule: deposit
        rate: 2.0
        edit: {rate: [1.0, 3.0]}
""")


@dataclass(frozen=True)
class Kind:
    name: str
    file_name: str
    text: str  # a good file with NUMBER where a number is expected, after `key: `
    key: str
    number: str  # what NUMBER is in the good file
    file_kind: yamlread.FileKind
    read_file: Callable[[Path, list[Diagnostic]], object]

    def write(self, folder: Path, text: str | bytes) -> Path:
        path = folder / self.file_name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    def good(self) -> str:
        return self.text.replace("NUMBER", self.number)

    def read(self, path: Path) -> list[Diagnostic]:
        diagnostics: list[Diagnostic] = []
        self.read_file(path, diagnostics)
        return diagnostics


def _level(path: Path, diagnostics: list[Diagnostic]) -> None:
    diagnostics.extend(check_levels([path]))


KINDS = [
    Kind("dialogue", "scene.yaml",
         "start:\n  - max: Hello.\n  - add: {trust: NUMBER}\n  - end\n",
         "trust", "2", yamlread.DIALOGUE, lambda p, d: parse_file(p, "base", d)),
    Kind("manifest", "campaign.yaml",
         "id: demo\ntitle: Demo\nplayer: max\nstart: {map: lobby, node: start}\n"
         "speakers:\n  max: Max\nvariables:\n  trust: NUMBER\n",
         "trust", "0", yamlread.MANIFEST, lambda p, d: parse_manifest(p, "base", d)),
    Kind("mod", "mod.yaml",
         "id: sample\nname: Sample\nversion: '1'\npriority: NUMBER\ncampaign:\n  - demo\n",
         "priority", "3", yamlread.MOD, parse_mod_yaml),
    Kind("level", "test_level.yaml", LEVEL, "gain", "30", yamlread.LEVEL, _level),
    Kind("playtest", "script.yaml",
         "start: start\nset: {trust: NUMBER}\nsteps:\n  - press\n",
         "trust", "1", yamlread.PLAYTEST, read_script),
]
IDS = [kind.name for kind in KINDS]


def located(text: str, piece: str) -> tuple[int, int]:
    """(line, column), from 1, where ``piece`` first starts in ``text``."""
    at = text.index(piece)
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


def at(diagnostics: list[Diagnostic], line: int, col: int) -> list[Diagnostic]:
    """The errors at (line, col)."""
    return [d for d in diagnostics if d.is_error and (d.line, d.col) == (line, col)]


def shown(diagnostics: list[Diagnostic]) -> list[str]:
    return [d.format() for d in diagnostics]
