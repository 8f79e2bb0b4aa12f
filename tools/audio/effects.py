"""The sound effects: one function per cue, each from its own seeded generator.

Cue ids are the file names under ``assets/sounds/`` (what :mod:`game.engine.audio`
and the dialogue's ``sound`` step name). Levels are set per cue by a target peak,
so a footstep sits under a confirm and a confirm under a debate hit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from tools.audio import instruments as ins
from tools.audio.dsp import (
    SR,
    Array,
    a_weighted,
    additive,
    adsr,
    convolve,
    filt,
    filt_loop,
    hz,
    mix_into,
    noise,
    note,
    perc,
    reverb_impulse,
    samples,
    sine,
    times,
)


@dataclass(frozen=True)
class Effect:
    render: Callable[[np.random.Generator], Array]
    #: The level: the peak in dBFS, or (``loudness``) the A-weighted RMS of the loudest
    #: 50 ms, for families whose members must sound equally loud (blips, footsteps).
    level: float
    loops: bool = False  # made to repeat seamlessly (played with loops=-1)
    loudness: bool = False


def _room(rng: np.random.Generator, x: Array, wet: float, rt60: float = 0.8) -> Array:
    """``x`` in a small room: longer by the room's ring (``rt60`` seconds)."""
    tail = convolve(x, reverb_impulse(rng, rt60 * 1.2, rt60))[:len(x) + samples(rt60)]
    return _pad_to(x, len(tail) / SR)[:len(tail)] + wet * tail


def _pad_to(x: Array, seconds: float) -> Array:
    n = samples(seconds)
    return np.concatenate([x, np.zeros(max(0, n - len(x)))])[:max(n, len(x))]


def _tail_fade(x: Array, seconds: float = 0.01) -> Array:
    n = min(len(x), samples(seconds))
    x = x.copy()
    x[-n:] *= np.linspace(1.0, 0.0, n)
    return x


# --- text blips: one per voice -------------------------------------------------------------
def blip(midi: float, harmonics: list[tuple[float, float, float]], length: float = 0.045,
         attack: float = 0.003, drop: float = 0.03) -> Callable[[np.random.Generator], Array]:
    def render(rng: np.random.Generator) -> Array:
        n = samples(length)
        t = times(n)
        freq = hz(midi) * (1.0 - drop * t / length)
        phase = np.cumsum(freq) / SR
        out = sum(amp * np.sin(2 * np.pi * k * phase) * np.exp(-t / max(decay, 1e-3))
                  for k, amp, decay in harmonics)
        return np.asarray(out) * adsr(n, attack, length, 0.6, length * 0.5)
    return render


BLIP_VOICES = {
    # a low, round voice
    "low": blip(note("A3"), [(1, 1.0, 1.0), (2, 0.35, 0.03), (3, 0.15, 0.02)], 0.05),
    # the default middle voice
    "mid": blip(note("E4"), [(1, 1.0, 1.0), (2, 0.3, 0.04), (3, 0.1, 0.02)]),
    # a higher, lighter voice
    "high": blip(note("B4"), [(1, 1.0, 1.0), (2, 0.2, 0.03), (4, 0.05, 0.01)], 0.04),
    # a soft, breathy voice (also narration)
    "soft": blip(note("C4"), [(1, 1.0, 1.0), (2, 0.1, 0.02)], 0.055, attack=0.008, drop=0.0),
    # a bright, synthetic voice
    "bright": blip(note("G4"), [(1, 1.0, 1.0), (3, 0.3, 0.05), (5, 0.15, 0.03),
                                (7, 0.06, 0.02)], 0.04, drop=0.05),
}


# --- footsteps: two per floor, alternated --------------------------------------------------
def _step_wood(rng: np.random.Generator, variant: int) -> Array:
    n = samples(0.16)
    t = times(n)
    thump = sine(105.0 + 12 * variant, n) * perc(n, 0.002, 0.035)
    knock = filt(noise(rng, n), 250.0, 1600.0) * perc(n, 0.001, 0.025) * 0.9
    creak = sine(410.0 - 30 * variant, n) * np.exp(-t / 0.04) * 0.12
    return thump * 0.8 + knock + creak


def _step_tile(rng: np.random.Generator, variant: int) -> Array:
    n = samples(0.14)
    click = filt(noise(rng, n), 1800.0, 7000.0) * perc(n, 0.0005, 0.012)
    ring = sine(1250.0 + 90 * variant, n) * perc(n, 0.0005, 0.03) * 0.12
    heel = filt(noise(rng, n), 200.0, 900.0) * perc(n, 0.001, 0.02) * 0.6
    return click + ring + heel


def _step_carpet(rng: np.random.Generator, variant: int) -> Array:
    n = samples(0.13)
    t = times(n)
    env = np.clip(t / 0.012, 0, 1) * np.exp(-np.maximum(t - 0.012, 0) / (0.035 + 0.005 * variant))
    return filt(noise(rng, n), 90.0, 650.0) * env


def _step_street(rng: np.random.Generator, variant: int) -> Array:
    n = samples(0.15)
    grit = filt(noise(rng, n), 500.0, 5000.0) * perc(n, 0.001, 0.03)
    grains = (rng.random(n) < 0.02) * rng.standard_normal(n) * perc(n, 0.0, 0.05) * 2.0
    thud = sine(85.0 + 10 * variant, n) * perc(n, 0.002, 0.03) * 0.8
    return grit * 0.8 + filt(grains, 1500.0, None) + thud


FLOOR_STEPS = {"wood": _step_wood, "tile": _step_tile, "carpet": _step_carpet,
               "street": _step_street}


def _step(kind: str, variant: int) -> Callable[[np.random.Generator], Array]:
    return lambda rng: FLOOR_STEPS[kind](rng, variant)


# --- doors ---------------------------------------------------------------------------------
def door_open(rng: np.random.Generator) -> Array:
    """A clinic's sliding door: a short pneumatic hiss and the panel gliding aside."""
    n = samples(0.7)
    t = times(n)
    sweep = np.zeros(n)
    hiss = noise(rng, n)
    # a band of noise gliding up: filter short slices at rising centres
    for i, start in enumerate(range(0, n, samples(0.05))):
        part = np.zeros(n)
        end = min(n, start + samples(0.1))
        part[start:end] = hiss[start:end] * np.hanning(end - start)
        centre = 500.0 * 2 ** (i / 6)
        sweep += filt(part, centre * 0.6, centre * 1.6)
    env = np.clip(t / 0.05, 0, 1) * np.exp(-t / 0.3)
    glide = sweep * env * 0.8
    motor = sine(110.0 + 40 * t, n) * env * 0.15
    thunk = filt(noise(rng, n), 80.0, 500.0) * perc(n, 0.002, 0.03) * 0.6
    return _room(rng, glide + motor + thunk, 0.15)


def door_close(rng: np.random.Generator) -> Array:
    n = samples(0.6)
    t = times(n)
    hiss = filt(noise(rng, n), 700.0, 3500.0) * np.clip(t / 0.08, 0, 1) * np.exp(-t / 0.12) * 0.5
    shut_at = samples(0.22)
    shut = np.zeros(n)
    m = n - shut_at
    shut[shut_at:] = (sine(75.0, m) * perc(m, 0.002, 0.06)
                      + filt(noise(rng, m), 150.0, 1200.0) * perc(m, 0.001, 0.02) * 0.7)
    return _room(rng, hiss + shut, 0.15)


def door_chime(rng: np.random.Generator) -> Array:
    """Two soft bell tones: someone came in."""
    out = np.zeros(samples(1.6))
    mix_into(out, 0, ins.bell(note("E6"), 0.2, 0.8, rng), loop=False)
    mix_into(out, samples(0.28), ins.bell(note("C6"), 0.4, 0.7, rng), loop=False)
    return _room(rng, out, 0.2)


# --- menus ---------------------------------------------------------------------------------
def ui_move(rng: np.random.Generator) -> Array:
    n = samples(0.05)
    return additive(hz(note("A6")), n, [(1, 1.0, 0.012), (2, 0.2, 0.006)]) * perc(n, 0.001, 0.5)


def ui_confirm(rng: np.random.Generator) -> Array:
    out = np.zeros(samples(0.35))
    for i, name in enumerate(("E6", "B6")):
        n = samples(0.22)
        tone = additive(hz(note(name)), n, [(1, 1.0, 0.12), (2, 0.25, 0.05), (3, 0.1, 0.03)])
        mix_into(out, samples(0.06) * i, tone * perc(n, 0.002, 0.5) * (0.8 + 0.2 * i), loop=False)
    return out


def ui_back(rng: np.random.Generator) -> Array:
    out = np.zeros(samples(0.3))
    for i, name in enumerate(("B5", "E5")):
        n = samples(0.18)
        tone = additive(hz(note(name)), n, [(1, 1.0, 0.08), (2, 0.15, 0.04)])
        mix_into(out, samples(0.06) * i, tone * perc(n, 0.003, 0.5) * 0.8, loop=False)
    return out


# --- story ---------------------------------------------------------------------------------
def evidence_get(rng: np.random.Generator) -> Array:
    """A rising sparkle and a warm chord: a new piece of evidence."""
    out = np.zeros(samples(1.8))
    for i, name in enumerate(("C6", "E6", "G6", "C7")):
        mix_into(out, samples(0.07) * i, ins.bell(note(name), 0.1, 0.55 + 0.1 * i, rng),
                 loop=False)
    for name in ("C4", "G4", "E5"):
        mix_into(out, samples(0.28), ins.e_piano(note(name), 0.8, 0.45, rng), loop=False)
    return _room(rng, out, 0.25, 1.2)[:samples(2.2)]


def debate_hit(rng: np.random.Generator) -> Array:
    """The right evidence: an impact and a bright major stab."""
    n = samples(1.2)
    t = times(n)
    impact = sine(60.0 + 90.0 * np.exp(-t / 0.04), n) * perc(n, 0.001, 0.18)
    crack = filt(noise(rng, n), 1200.0, 8000.0) * perc(n, 0.0005, 0.04) * 0.6
    stab = np.zeros(n)
    for name in ("C5", "E5", "G5", "C6"):
        stab += _pad_to(ins.pluck(note(name), 0.25, 0.6, rng), 1.2)[:n]
    shimmer = ins.bell(note("G6"), 0.1, 0.35, rng)
    out = impact + crack + stab * 0.5
    mix_into(out, samples(0.03), shimmer, loop=False)
    return _room(rng, out, 0.2)


def debate_miss(rng: np.random.Generator) -> Array:
    """The wrong evidence: a dull thud and a sagging, sour buzz."""
    n = samples(0.9)
    t = times(n)
    thud = sine(70.0 - 20.0 * t, n) * perc(n, 0.002, 0.12)
    out = thud
    for midi in (note("C3"), note("Db3")):
        freq = hz(midi) * (1.0 - 0.08 * t)
        phase = np.cumsum(freq) / SR
        buzz = sum(np.sin(2 * np.pi * k * phase) / k for k in range(1, 9))
        out = out + filt(np.asarray(buzz), None, 1500.0) * adsr(n, 0.01, 0.3, 0.4, 0.3) * 0.25
    return _room(rng, out, 0.12)


# --- nanobots ------------------------------------------------------------------------------
def nanobot_hum(rng: np.random.Generator) -> Array:
    """The swarm at work, 2 s that repeat seamlessly: every component is periodic in
    the loop (whole cycles of 0.5 Hz) and the noise is filtered as a circle."""
    n = samples(2.0)
    t = times(n)
    base = 0.5 * round(180.0 / 0.5)
    tone = (np.sin(2 * np.pi * base * t) + 0.5 * np.sin(2 * np.pi * (2 * base + 1.0) * t)
            + 0.2 * np.sin(2 * np.pi * (3 * base + 0.5) * t))
    wobble = 0.75 + 0.25 * np.sin(2 * np.pi * 3.0 * t)
    fizz = filt_loop(noise(rng, n), 2500.0, 7000.0) * (0.6 + 0.4 * np.sin(2 * np.pi * 8.0 * t))
    return tone * wobble * 0.5 + fizz * 0.15


def nanobot_repair(rng: np.random.Generator) -> Array:
    """A cell repaired: quick rising chirps and a soft zap."""
    out = np.zeros(samples(0.9))
    for i in range(4):
        n = samples(0.08)
        t = times(n)
        freq = hz(note("E6") + 3 * i) * (1.0 + 0.5 * t / 0.08)
        mix_into(out, samples(0.05) * i, sine(freq, n) * perc(n, 0.002, 0.03) * 0.7, loop=False)
    n = samples(0.3)
    zap = filt(noise(rng, n), 3000.0, 9000.0) * perc(n, 0.001, 0.05) * 0.3
    mix_into(out, samples(0.2), zap, loop=False)
    mix_into(out, samples(0.2), ins.bell(note("B6"), 0.1, 0.4, rng), loop=False)
    return _room(rng, out, 0.15)


def minigame_win(rng: np.random.Generator) -> Array:
    """A short bright fanfare: a rising arpeggio into a held major chord."""
    out = np.zeros(samples(2.6))
    for i, name in enumerate(("C5", "E5", "G5")):
        mix_into(out, samples(0.12) * i, ins.e_piano(note(name), 0.2, 0.7, rng), loop=False)
        mix_into(out, samples(0.12) * i, ins.bell(note(name) + 12, 0.1, 0.3, rng), loop=False)
    for name in ("C4", "G4", "C5", "E5", "G5", "C6"):
        mix_into(out, samples(0.36), ins.e_piano(note(name), 1.2, 0.6, rng), loop=False)
    mix_into(out, samples(0.36), ins.bass(note("C2"), 1.2, 0.7, rng), loop=False)
    return _room(rng, out, 0.25, 1.2)[:samples(3.0)]


def minigame_lose(rng: np.random.Generator) -> Array:
    """A gentle falling minor phrase: not this time."""
    out = np.zeros(samples(2.4))
    for i, name in enumerate(("Eb5", "D5", "C5", "G4")):
        mix_into(out, samples(0.22) * i, ins.e_piano(note(name), 0.3 if i < 3 else 1.0, 0.6, rng),
                 loop=False)
    for name in ("C4", "Eb4", "G4"):
        mix_into(out, samples(0.66), ins.pad(note(name), 0.8, 0.6, rng), loop=False)
    mix_into(out, samples(0.66), ins.bass(note("C2"), 1.0, 0.6, rng), loop=False)
    return _room(rng, out, 0.2, 1.2)[:samples(2.8)]


EFFECTS: dict[str, Effect] = {
    **{f"blip_{voice}": Effect(render, -30.0, loudness=True)
       for voice, render in BLIP_VOICES.items()},
    **{f"step_{floor}_{v}": Effect(_step(floor, v), -29.0 if floor != "carpet" else -31.0,
                                   loudness=True)
       for floor in FLOOR_STEPS for v in (1, 2)},
    "door_open": Effect(door_open, -9.0),
    "door_close": Effect(door_close, -9.0),
    "door_chime": Effect(door_chime, -12.0),
    "ui_move": Effect(ui_move, -17.0),
    "ui_confirm": Effect(ui_confirm, -15.0),
    "ui_back": Effect(ui_back, -15.0),
    "evidence_get": Effect(evidence_get, -5.0),
    "debate_hit": Effect(debate_hit, -2.0),
    "debate_miss": Effect(debate_miss, -3.0),
    "nanobot_hum": Effect(nanobot_hum, -17.0, loops=True),
    "nanobot_repair": Effect(nanobot_repair, -9.0),
    "minigame_win": Effect(minigame_win, -3.0),
    "minigame_lose": Effect(minigame_lose, -4.0),
}


def loudest(x: Array, seconds: float = 0.05) -> float:
    """The A-weighted RMS (dB) of the loudest ``seconds`` of a one-shot."""
    weighted = a_weighted(np.concatenate([x, np.zeros(samples(0.2))]))[:len(x)]
    power = np.convolve(weighted ** 2, np.ones(min(len(x), samples(seconds))), "valid")
    return 10.0 * float(np.log10(np.max(power) / min(len(x), samples(seconds)) + 1e-20))


def finish(effect: Effect, x: Array) -> Array:
    """Trim silence off the end, fade the last samples (not for a loop), set the level
    (never above -3 dBFS)."""
    if not effect.loops:
        loud = np.nonzero(np.abs(x) > np.max(np.abs(x)) * 10 ** (-60 / 20))[0]
        x = _tail_fade(x[:int(loud[-1]) + 1] if len(loud) else x)
    peak = float(np.max(np.abs(x)))
    scale = 10 ** (effect.level / 20.0) / peak
    if effect.loudness:
        scale = min(10 ** ((effect.level - loudest(x)) / 20.0), 10 ** (-3 / 20) / peak)
    return x * scale
