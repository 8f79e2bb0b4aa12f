"""How fast a replay verifies: the committed Showdown% run, headless, drawing off.

Figures:
- ``replay.verify_x`` — game time / the whole verification (reading the campaign,
  hashing the content, the ticks), the median of several runs in this process;
- ``replay.ticks_x`` — game time / the ticks alone (what a longer run tends to);
- ``replay.verify_s`` — seconds for the whole verification;
- ``replay.igt_s`` — the replay's in-game time, for scale;
- ``replay.sim_ceiling_x`` — game time / the thread CPU time of the simulation steps
  alone (the live demo's), the most any verification of this run can reach while the
  simulation steps at its speed; ``replay.sim_steps`` how many steps that is.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPLAY = ROOT / "replays" / "showdown_any.enamelreplay"
RUNS = 5


def run() -> dict[str, float]:
    from game.speedrun.play import verify
    from game.speedrun.replay import read_replay
    from game.speedrun.timing import TICKS_PER_SECOND

    replay = read_replay(REPLAY)
    verify(replay)  # warm: imports, the first reading of the content
    from simtime import simulation_time

    with simulation_time() as spent:
        verdicts = [verify(replay) for _ in range(RUNS)]
    bad = [v.message for v in verdicts if not v.ok]
    if bad:
        raise RuntimeError(f"the replay does not verify: {bad[0]}")
    return {
        "replay.verify_x": statistics.median(v.speed for v in verdicts),
        "replay.ticks_x": statistics.median(v.play_speed for v in verdicts),
        "replay.verify_s": statistics.median(v.seconds for v in verdicts),
        "replay.igt_s": (verdicts[0].category_ticks or 0) / TICKS_PER_SECOND,
        "replay.sim_ceiling_x": (verdicts[0].category_ticks or 0) / TICKS_PER_SECOND
        / (spent.seconds / RUNS),
        "replay.sim_steps": spent.steps / RUNS,
    }


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    for name, value in run().items():
        print(f"{name} {value:.3f}")
