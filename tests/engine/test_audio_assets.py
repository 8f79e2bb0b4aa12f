"""The generated sounds and music: tools/make_audio.py makes exactly the committed
files, byte for byte, every time; no file clips; every music loop repeats without a
seam and lasts 30-60 s."""

from __future__ import annotations

import importlib.util
import sys
import wave
from pathlib import Path

import numpy as np
import pytest

from tests.support.soak import SOAK

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets"
TOOLS = ROOT / "tools"


def _load_script(name: str):
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    spec = importlib.util.spec_from_file_location(f"tools_{name}", TOOLS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def audio_files(root: Path) -> list[Path]:
    return sorted(p.relative_to(root) for folder in ("sounds", "music")
                  for p in (root / folder).glob("*.wav"))


def read(path: Path) -> tuple[np.ndarray, int, int, int]:
    """Samples in [-1, 1], sample rate, channels and bytes per sample."""
    with wave.open(str(path), "rb") as w:
        data = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
        return data / 32768.0, w.getframerate(), w.getnchannels(), w.getsampwidth()


def test_the_generator_makes_exactly_the_committed_files(tmp_path):
    make_audio = _load_script("make_audio")
    assert make_audio.main(["--out", str(tmp_path)]) == 0
    made, committed = audio_files(tmp_path), audio_files(ASSETS)
    assert made == committed, "assets/sounds or assets/music differ from the generator's list"
    differ = [str(rel) for rel in made
              if (tmp_path / rel).read_bytes() != (ASSETS / rel).read_bytes()]
    assert differ == [], f"not what tools/make_audio.py makes now: {differ}"


@pytest.mark.skipif(not SOAK, reason="the committed-files test covers it; make soak runs it")
def test_the_generator_gives_the_same_bytes_twice():
    make_audio = _load_script("make_audio")
    from tools.audio import dsp
    from tools.audio.music import TRACKS

    first = {k: dsp.wav_bytes(v) for k, v in make_audio.sounds().items()}
    second = {k: dsp.wav_bytes(v) for k, v in make_audio.sounds().items()}
    assert first == second
    assert dsp.wav_bytes(TRACKS["showdown"]()) == dsp.wav_bytes(TRACKS["showdown"]())


@pytest.mark.parametrize("rel", audio_files(ASSETS), ids=str)
def test_no_file_clips(rel):
    x, rate, channels, width = read(ASSETS / rel)
    assert (rate, channels, width) == (22050, 1, 2)
    peak = float(np.max(np.abs(x)))
    assert 20 * np.log10(peak) <= -1.0, f"{rel} peaks at {20 * np.log10(peak):.2f} dBFS"
    assert abs(float(np.mean(x))) < 0.01, f"{rel} is off centre (a thump when it starts)"


@pytest.mark.parametrize("rel", [r for r in audio_files(ASSETS) if r.parts[0] == "music"]
                         + [Path("sounds/nanobot_hum.wav")], ids=str)
def test_loops_repeat_without_a_seam(rel):
    x, rate, _, _ = read(ASSETS / rel)
    if rel.parts[0] == "music":
        assert 30.0 <= len(x) / rate <= 60.0
    steps = np.abs(np.diff(x))
    jump = abs(float(x[0] - x[-1]))
    assert jump <= float(np.quantile(steps, 0.999)), f"{rel}: a click where it loops"
    # no fade in or out at the ends: the level runs on across the seam
    window = rate // 10
    head = np.sqrt(np.mean(x[:window] ** 2))
    tail = np.sqrt(np.mean(x[-window:] ** 2))
    assert 20 * abs(np.log10(head / tail)) < 9.0, f"{rel}: the level jumps where it loops"


def test_one_shot_effects_start_and_end_in_silence():
    for rel in audio_files(ASSETS):
        if rel.parts[0] != "sounds" or rel.stem == "nanobot_hum":
            continue
        x, *_ = read(ASSETS / rel)
        assert abs(x[0]) < 0.01 and abs(x[-1]) < 0.01, f"{rel} clicks at an end"
