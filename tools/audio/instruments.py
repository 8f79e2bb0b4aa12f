"""The instruments of the generated music: each renders one note (with its tail).

A note is ``(midi, seconds held, velocity 0..1)``; what comes back is longer than
the note by its release. Drums take no pitch and are rendered once per song.
Instruments in :data:`SCALED` use no randomness and the velocity only as a level,
so the sequencer renders each of their notes once and scales it.
"""

from __future__ import annotations

import numpy as np

from tools.audio.dsp import (
    SR,
    Array,
    additive,
    adsr,
    filt,
    harmonics,
    hz,
    noise,
    perc,
    samples,
    sine,
    times,
)


def e_piano(midi: float, held: float, vel: float, rng: np.random.Generator) -> Array:
    """A soft electric piano: two-operator FM whose brightness falls as it rings."""
    f = hz(midi)
    n = samples(held + 0.45)
    t = times(n)
    decay = 1.6 * (261.6 / f) ** 0.35
    env = adsr(n, 0.003, decay, 0.0, 0.35, hold=held)
    index = (0.25 + 1.1 * vel) * np.exp(-t / 0.35) + 0.15
    body = np.sin(2 * np.pi * f * t + index * np.sin(2 * np.pi * f * t))
    chorus = np.sin(2 * np.pi * f * 1.0023 * t + 0.6 * index * np.sin(2 * np.pi * f * t))
    tine = np.sin(2 * np.pi * f * 7.0 * t) * np.exp(-t / 0.03) * 0.12 * vel if f * 7 < SR * 0.45 \
        else 0.0
    return (body * 0.7 + chorus * 0.3 + tine) * env * vel


def pad(midi: float, held: float, vel: float, rng: np.random.Generator) -> Array:
    """A warm pad: three slightly detuned soft saws, slow in, slow out (put it on a bus
    that cuts above ~2.6 kHz)."""
    f = hz(midi)
    n = samples(held + 1.2)
    count = max(1, min(9, int(SR * 0.45 / f)))
    amps = [1.0 / k ** 1.5 for k in range(1, count + 1)]
    out = np.zeros(n)
    for cents in (-7.0, 0.0, 6.0):
        start = float(rng.uniform(0.0, 1.0))
        out += harmonics(start + f * 2 ** (cents / 1200) * times(n), amps)
    env = adsr(n, 0.7, 1.5, 0.8, 1.2, hold=held)
    return out * env * vel * 0.35  # its bus cuts above ~2.6 kHz


def strings(midi: float, held: float, vel: float, rng: np.random.Generator) -> Array:
    """A gentle string section: a pad with a slow vibrato and a softer top."""
    f = hz(midi)
    n = samples(held + 1.0)
    t = times(n)
    out = np.zeros(n)
    for cents, rate in ((-5.0, 4.7), (0.0, 5.3), (5.0, 5.9)):
        vib = 1.0 + 0.0025 * np.sin(2 * np.pi * rate * t + rng.uniform(0, 6.28))
        freq = f * 2 ** (cents / 1200) * vib
        phase = np.cumsum(freq) / SR
        count = max(1, min(7, int(SR * 0.42 / f)))
        out += harmonics(phase, [1.0 / k ** 1.7 for k in range(1, count + 1)])
    env = adsr(n, 0.45, 1.0, 0.85, 1.0, hold=held)
    return out * env * vel * 0.3  # its bus keeps ~150 Hz-2.2 kHz


def bass(midi: float, held: float, vel: float, rng: np.random.Generator) -> Array:
    """A round electric bass: a sine body, a few decaying harmonics, a soft pluck."""
    f = hz(midi)
    n = samples(held + 0.12)
    partials = [(1.0, 1.0, 0.0), (2.0, 0.4, 0.35), (3.0, 0.16, 0.18), (4.0, 0.07, 0.1),
                (5.0, 0.03, 0.06)]
    env = adsr(n, 0.006, 0.35, 0.6, 0.1, hold=held)
    return additive(f, n, partials) * env * vel


def synth_bass(midi: float, held: float, vel: float, rng: np.random.Generator) -> Array:
    """A firmer bass for the tense tracks: more harmonics, shorter."""
    f = hz(midi)
    n = samples(held + 0.08)
    partials = [(float(k), 1.0 / k ** 1.1, 0.25 / k ** 0.5) for k in range(1, 10)]
    partials[0] = (1.0, 1.0, 0.0)
    env = adsr(n, 0.004, 0.18, 0.5, 0.06, hold=held)
    return additive(f, n, partials) * env * vel  # its bus cuts above ~1.4 kHz


def bell(midi: float, held: float, vel: float, rng: np.random.Generator) -> Array:
    """A glassy bell: inharmonic partials that die away at different rates."""
    f = hz(midi)
    n = samples(max(held, 0.4) + 1.4)
    partials = [(1.0, 1.0, 1.3), (2.0, 0.3, 0.7), (3.01, 0.14, 0.4), (4.17, 0.1, 0.25),
                (5.43, 0.05, 0.15)]
    env = adsr(n, 0.002, 10.0, 1.0, 0.4, hold=held + 1.0)
    return additive(f, n, partials) * env * vel * 0.8


def marimba(midi: float, held: float, vel: float, rng: np.random.Generator) -> Array:
    """A soft mallet: a woody fundamental and its bright fourth partial."""
    f = hz(midi)
    n = samples(0.9)
    partials = [(1.0, 1.0, 0.45), (3.93, 0.22, 0.07), (9.1, 0.05, 0.025)]
    return additive(f, n, partials) * perc(n, 0.002, 2.0) * vel


def pluck(midi: float, held: float, vel: float, rng: np.random.Generator) -> Array:
    """An arpeggio pluck: a saw whose upper harmonics fade first."""
    f = hz(midi)
    n = samples(min(held, 0.3) + 0.35)
    partials = [(float(k), 1.0 / k, 0.22 / k ** 0.8) for k in range(1, 13)]
    env = perc(n, 0.002, 0.22)
    return additive(f, n, partials) * env * vel * 0.6


def lead(midi: float, held: float, vel: float, rng: np.random.Generator) -> Array:
    """A soft singing lead: mostly fundamental, a delayed vibrato."""
    f = hz(midi)
    n = samples(held + 0.3)
    t = times(n)
    depth = 0.004 * np.clip((t - 0.25) / 0.3, 0.0, 1.0)
    freq = f * (1.0 + depth * np.sin(2 * np.pi * 5.2 * t))
    phase = np.cumsum(freq) / SR
    amps = [1.0, 0.28, 0.18, 0.07, 0.06, 0.02]
    out = harmonics(phase, amps[:max(1, min(6, int(SR * 0.42 / f)))])
    env = adsr(n, 0.03, 0.4, 0.7, 0.25, hold=held)
    return out * env * vel * 0.7


# --- drums ---------------------------------------------------------------------------------
def kick(rng: np.random.Generator, weight: float = 1.0) -> Array:
    n = samples(0.4)
    t = times(n)
    freq = 46.0 + 80.0 * np.exp(-t / 0.028)
    body = sine(freq, n) * perc(n, 0.002, 0.14 + 0.06 * weight)
    click = filt(noise(rng, n), 900.0, 3500.0) * perc(n, 0.0005, 0.004) * 0.25
    return filt(body + click, None, 3000.0) * 0.9


def snare(rng: np.random.Generator, crisp: float = 0.5) -> Array:
    """A brushed snare (``crisp`` 0) up to a tighter one (1)."""
    n = samples(0.3)
    hiss = filt(noise(rng, n), 900.0, 6500.0) * perc(n, 0.003 - 0.002 * crisp,
                                                     0.12 - 0.05 * crisp) * 0.3
    body = sine(190.0, n) * perc(n, 0.001, 0.045) * (0.25 + 0.35 * crisp)
    return hiss + body


def rim(rng: np.random.Generator) -> Array:
    n = samples(0.08)
    tone = sine(1650.0, n) * perc(n, 0.0004, 0.012) + sine(480.0, n) * perc(n, 0.0005, 0.02)
    click = filt(noise(rng, n), 2500.0, None) * perc(n, 0.0003, 0.004) * 0.3
    return (tone * 0.5 + click) * 0.7


def hat(rng: np.random.Generator, open_: bool = False) -> Array:
    n = samples(0.35 if open_ else 0.08)
    decay = 0.16 if open_ else 0.028
    return filt(noise(rng, n), 6500.0, None, 3.0) * perc(n, 0.001, decay) * 0.25


def shaker(rng: np.random.Generator) -> Array:
    n = samples(0.12)
    t = times(n)
    env = np.clip(t / 0.014, 0, 1) * np.exp(-np.maximum(t - 0.014, 0) / 0.035)
    return filt(noise(rng, n), 3500.0, 9000.0, 2.0) * env * 0.18


def tom(rng: np.random.Generator, pitch: float = 90.0) -> Array:
    """A soft timpani-like drum for the formal hall."""
    n = samples(0.9)
    t = times(n)
    freq = pitch * (1.0 + 0.12 * np.exp(-t / 0.05))
    body = (sine(freq, n) + 0.35 * sine(freq * 1.5, n) * np.exp(-t / 0.15))
    skin = filt(noise(rng, n), 80.0, 900.0) * perc(n, 0.002, 0.05) * 0.3
    return (body * perc(n, 0.004, 0.45) + skin) * 0.8


#: Instruments whose note is the same shape at every velocity (see the module's doc).
SCALED = frozenset({bass, synth_bass, bell, marimba, pluck, lead})
