"""Seconds from starting the process to the first drawn title frame.

Figure: ``startup.title_s`` — the median of several cold-ish starts of
``python -m game --headless --ticks 1 --screenshot FILE`` (a headless run draws only
for a screenshot) with the game printing a marker when it has drawn its first frame
(``ENAMEL_STARTUP_PROBE``).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7


def one_start() -> float:
    env = dict(os.environ, ENAMEL_STARTUP_PROBE="1", SDL_VIDEODRIVER="dummy",
               SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "game", "--headless", "--ticks", "1", "--screenshot",
         str(Path(tempfile.gettempdir()) / "enamel2045-startup.png")],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("first-frame"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError("the game never drew its first frame")
    proc.wait()
    return elapsed


def run() -> dict[str, float]:
    one_start()  # warm the disk cache
    return {"startup.title_s": statistics.median(one_start() for _ in range(RUNS))}
