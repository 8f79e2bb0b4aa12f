#!/usr/bin/env python3
"""Regenerate every sound effect (assets/sounds/) and music loop (assets/music/).

Usage: python tools/make_audio.py [--out DIR] [--only sounds,music] [--report]

numpy only. Every random draw comes from a generator seeded by the file's name, so
a rerun reproduces every file byte for byte. The files are 16-bit mono WAV at
22050 Hz (pygame-ce reads OGG but cannot write it). ``--report`` prints each
file's length, peak and loudness and, for the loops, how smoothly the end runs
into the start.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.audio import dsp  # noqa: E402
from tools.audio.effects import EFFECTS, finish  # noqa: E402
from tools.audio.music import TRACKS  # noqa: E402

PARTS = ("sounds", "music")


def sounds() -> dict[str, np.ndarray]:
    return {f"sounds/{cue}.wav": finish(effect, effect.render(dsp.seeded(cue)))
            for cue, effect in EFFECTS.items()}


def music(only: set[str] | None = None) -> dict[str, np.ndarray]:
    return {f"music/{name}.wav": make() for name, make in TRACKS.items()
            if only is None or name in only}


def seam_jump(x: np.ndarray) -> tuple[float, float]:
    """How far the last sample is from the first, and the 99.9th percentile of the
    steps between neighbouring samples inside the loop (a click would stand out)."""
    steps = np.abs(np.diff(x))
    return float(abs(x[0] - x[-1])), float(np.quantile(steps, 0.999))


def describe(rel: str, x: np.ndarray, data: bytes, loops: bool) -> str:
    pcm = dsp.to_pcm16(x).astype(np.float64) / 32767.0
    line = (f"{rel:28s} {len(x) / dsp.SR:6.2f} s {len(data) / 1024:7.1f} KiB  "
            f"peak {dsp.peak_db(pcm):6.2f} dBFS  rms {dsp.rms_db(pcm):6.2f} dBFS")
    if loops:
        jump, typical = seam_jump(pcm)
        line += f"  seam {jump:.4f} (99.9% of steps <= {typical:.4f})"
    return line


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "assets",
                    help="assets folder to write into (default: the repo's assets/)")
    ap.add_argument("--only", default=",".join(PARTS),
                    help="comma-separated subset of: " + ", ".join(PARTS))
    ap.add_argument("--report", action="store_true", help="print each file's measurements")
    args = ap.parse_args(argv)
    only = {p.strip() for p in args.only.split(",") if p.strip()}
    unknown = only - set(PARTS)
    if unknown:
        ap.error(f"unknown parts: {sorted(unknown)}")
    made: dict[str, np.ndarray] = {}
    if "sounds" in only:
        made.update(sounds())
    if "music" in only:
        made.update(music())
    for rel, x in made.items():
        path: Path = args.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        data = dsp.wav_bytes(x)
        path.write_bytes(data)
        if args.report:
            cue = Path(rel).stem
            loops = rel.startswith("music/") or (cue in EFFECTS and EFFECTS[cue].loops)
            print(describe(rel, x, data, loops))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
