"""The same run gives the same result in every process and on every machine.

Fingerprints of scripted playthroughs of both campaigns, the whole game driven from
the title, and long nanobot simulations (see ``tests/support/determinism.py``) are
computed in several processes with different ``PYTHONHASHSEED`` and compared with
each other and with the committed golden file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.support.determinism import GOLDEN, ROOT

HASH_SEEDS = ("0", "1", "4242")
REFRESH = ("If the change was meant to alter results (content, game logic, a locked "
           "dependency), refresh the golden file with `make golden` and say why in the commit.")


def fingerprints_in_processes() -> list[dict[str, str]]:
    runs = []
    for seed in HASH_SEEDS:
        env = {**os.environ, "PYTHONHASHSEED": seed, "SDL_VIDEODRIVER": "dummy",
               "SDL_AUDIODRIVER": "dummy"}
        runs.append(subprocess.Popen(
            [sys.executable, "-m", "tests.support.determinism"], cwd=ROOT, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        ))
    results = []
    for process in runs:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        results.append(json.loads(out))
    return results


def test_every_process_and_the_golden_file_agree():
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    first, *others = fingerprints_in_processes()
    for other in others:
        assert other == first, "results depend on PYTHONHASHSEED"
    assert sorted(first) == sorted(golden), f"the set of fingerprints changed. {REFRESH}"
    changed = sorted(name for name in golden if golden[name] != first[name])
    assert not changed, f"these results changed: {', '.join(changed)}. {REFRESH}"


def test_the_fingerprints_cover_both_campaigns_and_every_level():
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    kinds = {name.split("/")[0] for name in golden}
    assert kinds == {"playthrough", "game", "nanobots"}
    assert {"game/rejuvenation", "game/tooth_rebirth"} <= set(golden)
