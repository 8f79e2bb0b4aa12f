"""``python -m game levels``: list the nanobot debugger levels, or check level files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from game.diagnostics import printable

HELP = "list the nanobot debugger levels (id and title); --check validates level files"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", type=Path,
        help="level files or folders (default: the game's levels/ folder)",
    )
    parser.add_argument("--check", action="store_true",
                        help="print every problem as path:line:col: severity: message")


def _files(paths: list[Path]) -> list[Path]:
    from game.nanobots.levels import level_paths

    if not paths:
        return level_paths()
    out: list[Path] = []
    for path in paths:
        out.extend(sorted(path.glob("*.yaml")) if path.is_dir() else [path])
    return out


def run(args: argparse.Namespace) -> int:
    from game.nanobots.levels import LevelError, check_levels, load_level

    files = _files(list(getattr(args, "paths", []) or []))
    if getattr(args, "check", False):
        diagnostics = check_levels(files)
        for diagnostic in diagnostics:
            print(diagnostic.format())
        errors = sum(1 for d in diagnostics if d.is_error)
        print(f"{len(files)} level file(s), {errors} error(s), "
              f"{len(diagnostics) - errors} warning(s)", file=sys.stderr)
        return 1 if errors else 0
    if not files:
        print("no levels found")
        return 0
    broken = 0
    width = max(len(p.stem) for p in files)
    for path in files:
        try:
            level = load_level(path)
        except LevelError as exc:
            broken += 1
            first = exc.diagnostics[0] if exc.diagnostics else "unreadable"
            print(f"{printable(path.stem):<{width}}  (broken) {first}")
            continue
        where = printable(f"{level.campaign} {level.chapter}")
        print(f"{printable(level.id):<{width}}  {where:<16}  {printable(level.title)}")
    return 1 if broken else 0
