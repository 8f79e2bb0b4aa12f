"""Same level, seed and edits: the same state, in this process and in another one."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from game.nanobots.levels import load_level_id
from game.nanobots.outcome import new_simulation
from tests.support.without import run_without

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    from game.nanobots.levels import load_level_id
    from game.nanobots.outcome import new_simulation
    level = load_level_id("marker_reaction")
    program = level.program.move(5, -1).set_value(4, "threshold", 0.5)
    sim = new_simulation(level, program)
    sim.run(150)
    sim.set_program(program.set_value(4, "threshold", 0.45))
    sim.run(90)
    print(sim.state_hash())
""")


def run_here() -> str:
    level = load_level_id("marker_reaction")
    program = level.program.move(5, -1).set_value(4, "threshold", 0.5)
    sim = new_simulation(level, program)
    sim.run(150)
    sim.set_program(program.set_value(4, "threshold", 0.45))
    sim.run(90)
    return sim.state_hash()


def test_two_runs_in_one_process_hash_the_same():
    assert run_here() == run_here()


def test_another_process_hashes_the_same():
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, check=True,
        env={"PYTHONHASHSEED": "12345", "PATH": "", "SDL_VIDEODRIVER": "dummy"},
    )
    assert out.stdout.strip() == run_here()


def test_the_seed_matters():
    level = load_level_id("efficiency_first")
    a = new_simulation(level)
    b = new_simulation(level)
    b_seed = new_simulation(level.__class__(**{**level.__dict__, "seed": level.seed + 1}))
    a.run(30), b.run(30), b_seed.run(30)
    assert a.state_hash() == b.state_hash() != b_seed.state_hash()


def test_the_logic_never_imports_pygame():
    out = run_without(("pygame",), (
        "import game.nanobots.session, game.nanobots.reference, game.nanobots.levels\n"
        "from game.nanobots.levels import load_level_id\n"
        "from game.nanobots.session import DebugSession\n"
        "from game.engine.input import InputFrame, Action\n"
        "s = DebugSession(load_level_id('live_demo'))\n"
        "s.update(InputFrame(Action.CONFIRM, Action.CONFIRM))\n"
        "s.update(InputFrame(Action.PLAY, Action.PLAY))\n"
        "for _ in range(30): s.update(InputFrame())\n"
        "print(s.sim.steps, len(attempts))\n"
    ))
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["62", "0"]
