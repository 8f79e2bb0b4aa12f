#!/usr/bin/env python3
"""Regenerate every PNG (and the tileset .tsx files) under assets/ except fonts.

Usage: python tools/make_art.py [--out DIR] [--only tilesets,characters,...]

All randomness is seeded; rerunning reproduces every file pixel for pixel.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from art import characters, icons, palette, portraits, tiles, ui  # noqa: E402

PARTS = ("palette", "tilesets", "characters", "portraits", "ui", "icons")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "assets",
                    help="assets folder to write into (default: the repo's assets/)")
    ap.add_argument("--only", default=",".join(PARTS),
                    help="comma-separated subset of: " + ", ".join(PARTS))
    args = ap.parse_args(argv)
    out: Path = args.out
    only = {p.strip() for p in args.only.split(",") if p.strip()}
    unknown = only - set(PARTS)
    if unknown:
        ap.error(f"unknown parts: {sorted(unknown)}")
    out.mkdir(parents=True, exist_ok=True)
    if "palette" in only:
        (out / "palette.gpl").write_text(palette.gpl_text(), encoding="utf-8")
        ui.palette_swatches().save(out / "palette.png")
    if "tilesets" in only:
        for ts in tiles.build_all():
            ts.save(out / "tilesets")
    if "characters" in only:
        characters.write_all(out / "sprites" / "characters")
    if "portraits" in only:
        portraits.write_all(out / "portraits")
    if "ui" in only:
        ui.write_all(out / "ui")
    if "icons" in only:
        icons.write_all(out / "icons")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
