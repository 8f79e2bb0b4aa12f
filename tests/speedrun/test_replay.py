"""Replays: the committed Showdown% run verifies, the same in several processes;
tampering and other content are caught with the tick; the command's exit codes."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.engine.input import Action, InputFrame
from game.speedrun.replay import (
    ReplayError,
    decode_inputs,
    encode_inputs,
    read_replay,
)

ROOT = Path(__file__).resolve().parents[2]
SHOWDOWN = ROOT / "replays" / "showdown_any.enamelreplay"
RERECORD = ("the committed replay no longer matches the game: if the content or logic "
            "changed on purpose, record it again with `python -m game.speedrun.record "
            "replays/showdown.route.yaml replays/showdown_any.enamelreplay`")


@pytest.fixture(scope="module")
def showdown():
    return read_replay(SHOWDOWN)


@pytest.fixture(scope="module")
def verified(showdown):
    from game.speedrun.play import verify

    return verify(showdown)


def test_input_run_length_encoding_round_trips():
    frames = [InputFrame()] * 5 + [InputFrame(Action.CONFIRM, Action.CONFIRM),
                                   InputFrame(Action.CONFIRM)] * 2 + \
        [InputFrame(Action.NONE, Action.NONE, (10, -1), True, -2)]
    text = encode_inputs(frames)
    assert text.startswith("5*0.0 ")
    assert decode_inputs(text) == frames


def test_a_damaged_input_string_is_named():
    with pytest.raises(ReplayError, match="input run 2"):
        decode_inputs("3*0.0 x.1")


def test_the_committed_showdown_replay_verifies(showdown, verified):
    assert verified.ok, f"{verified.message}. {RERECORD}"
    assert verified.finished and showdown.header.category == "showdown"
    assert not showdown.header.practice
    assert verified.category_ticks == showdown.result.category_ticks
    assert [name for name, _ in verified.splits] == ["Provocation", "Panel 1", "Panel 2",
                                                     "Demo", "Vision", "Finale"]
    assert all(t is not None for _, t in verified.splits)
    assert verified.final_hash == showdown.result.final_hash
    assert SHOWDOWN.stat().st_size < 64 * 1024


def test_changing_one_input_fails_at_the_next_checksum(showdown, verified):
    from game.speedrun.play import verify

    frames = list(showdown.frames)
    index = 200
    frames[index] = InputFrame(frames[index].held | Action.LEFT, frames[index].pressed)
    broken = dataclasses.replace(showdown, frames=frames)
    verdict = verify(broken)
    tick = showdown.header.first_tick + index + 1  # the run tick that input played on
    assert not verdict.ok and verdict.failed_tick is not None
    assert tick <= verdict.failed_tick < tick + showdown.header.checkpoint_every
    assert "input" in verdict.differed


def test_changing_a_checksum_fails_at_its_tick(showdown):
    from game.speedrun.play import verify

    tick, value = showdown.checkpoints[3]
    changed = ("0" if value[0] != "0" else "1") + value[1:]
    checkpoints = list(showdown.checkpoints)
    checkpoints[3] = (tick, changed)
    verdict = verify(dataclasses.replace(showdown, checkpoints=checkpoints))
    assert not verdict.ok and verdict.failed_tick == tick and verdict.differed == ["run"]


def test_changing_the_content_hash_is_refused(showdown):
    from game.speedrun.play import verify

    content = {"base": {**showdown.header.content["base"], "dialogue": "1" * 64}}
    header = dataclasses.replace(showdown.header, content_hash="0" * 64, content=content)
    verdict = verify(dataclasses.replace(showdown, header=header))
    assert not verdict.ok and verdict.refused and verdict.failed_tick == 0
    assert "other content" in verdict.message
    assert "the game's dialogue differ" in verdict.message


def test_another_logic_version_is_refused(showdown):
    from game.speedrun.play import verify

    header = dataclasses.replace(showdown.header, logic_version=99, game_version="9.9")
    verdict = verify(dataclasses.replace(showdown, header=header))
    assert verdict.refused and "logic version 99" in verdict.message


def test_a_claimed_time_that_is_not_the_run_s_fails(showdown):
    from game.speedrun.play import verify

    result = dataclasses.replace(showdown.result, category_ticks=1)
    verdict = verify(dataclasses.replace(showdown, result=result))
    assert not verdict.ok and "in-game time" in verdict.message


def _verify_in_process(hashseed: str, path: Path) -> tuple[int, str]:
    env = {**os.environ, "PYTHONHASHSEED": hashseed, "SDL_VIDEODRIVER": "dummy",
           "SDL_AUDIODRIVER": "dummy"}
    done = subprocess.run([sys.executable, "-m", "game", "replay", "verify", str(path)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    lines = [line for line in done.stdout.splitlines() if not line.startswith("verified in")]
    return done.returncode, "\n".join(lines)


def test_the_replay_verifies_the_same_in_three_processes():
    results = [_verify_in_process(seed, SHOWDOWN) for seed in ("0", "1", "4242")]
    assert all(code == 0 for code, _ in results), results[0][1]
    assert len({out for _, out in results}) == 1
    assert results[0][1].rstrip().endswith("ok") and "final state " in results[0][1]


def test_the_command_exits_non_zero_on_a_tampered_or_damaged_file(tmp_path, showdown):
    data = showdown.to_data()
    data["checkpoints"][1][1] = "f" * 8 + data["checkpoints"][1][1][8:]
    bad = tmp_path / "bad.enamelreplay"
    bad.write_text(json.dumps(data), encoding="utf-8")
    code, out = _verify_in_process("0", bad)
    assert code == 1 and f"tick {data['checkpoints'][1][0]}" in out
    junk = tmp_path / "junk.enamelreplay"
    junk.write_text("{}", encoding="utf-8")
    assert _verify_in_process("0", junk)[0] == 2
