"""Run the game's benchmarks and print their figures.

    python benchmarks/run.py [NAME ...] [--json FILE]

Each benchmark is a module ``benchmarks/bench_<name>.py`` with a function
``run() -> dict[str, float]`` returning figures named ``<name>.<what>``.
With ``--json`` the figures of every benchmark run are written as one flat
JSON object. Figures are measured, never asserted: docs/benchmarks.md keeps the
latest values and the machine they came from.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")


def available() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))


def machine() -> str:
    return f"{platform.machine()} {platform.processor() or ''} {os.cpu_count()} cpu, " \
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "names", nargs="*", help=f"benchmarks to run (default: all of {available()})"
    )
    parser.add_argument("--json", metavar="FILE", help="write all figures as one flat JSON object")
    args = parser.parse_args(argv)
    names = args.names or available()
    unknown = [n for n in names if n not in available()]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; known: {', '.join(available())}")
    figures: dict[str, float] = {}
    print(f"machine: {machine()}")
    for name in names:
        module = importlib.import_module(f"bench_{name}")
        results = module.run()
        for key, value in results.items():
            print(f"  {key:<48} {value:>12.4f}")
        figures.update(results)
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
