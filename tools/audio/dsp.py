"""Signal building blocks for the generated sounds and music (numpy only).

Everything is mono float64 at :data:`SR` until :func:`to_pcm16` quantises it.
Filters work in the frequency domain: :func:`filt` on a one-shot pads it so
nothing wraps, :func:`filt_loop` and :func:`convolve_loop` treat the buffer as a
circle, so a music loop's reverb and filter tails run from its end into its start
and the seam is continuous by construction.
"""

from __future__ import annotations

import io
import wave
from collections.abc import Callable

import numpy as np

SR = 22050
Array = np.ndarray

NOTE_STEPS = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}


def note(name: str) -> int:
    """MIDI number of a note name: ``C4`` is 60, ``Bb3`` 58, ``F#5`` 78."""
    step = NOTE_STEPS[name[0].upper()]
    rest = name[1:]
    while rest and rest[0] in "#b":
        step += 1 if rest[0] == "#" else -1
        rest = rest[1:]
    return 12 * (int(rest) + 1) + step


def hz(midi: float) -> float:
    return 440.0 * 2.0 ** ((midi - 69.0) / 12.0)


def times(n: int) -> Array:
    return np.arange(n, dtype=np.float64) / SR


def samples(seconds: float) -> int:
    return max(1, round(seconds * SR))


# --- envelopes -----------------------------------------------------------------------------
def adsr(n: int, attack: float, decay: float, sustain: float, release: float,
         hold: float | None = None) -> Array:
    """An envelope ``n`` samples long: linear attack, exponential decay to ``sustain``,
    held until ``hold`` seconds (default: the release starts where it must to end at
    ``n``), then an exponential release to silence."""
    t = times(n)
    total = n / SR
    hold_end = total - release if hold is None else min(hold, total)
    a = np.clip(t / max(attack, 1e-4), 0.0, 1.0)
    d = sustain + (1.0 - sustain) * np.exp(-np.maximum(t - attack, 0.0) / max(decay, 1e-4))
    env = np.where(t < attack, a, d)
    level_at_release = float(sustain + (1.0 - sustain) * np.exp(
        -max(hold_end - attack, 0.0) / max(decay, 1e-4)))
    after = t >= hold_end
    tail = level_at_release * np.exp(-(t - hold_end) / max(release / 5.0, 1e-4))
    # fade the last few milliseconds to exact zero: no click at the end of a one-shot
    fade = np.clip((total - t) / 0.004, 0.0, 1.0)
    return np.where(after, tail, env) * fade


def perc(n: int, attack: float, decay: float) -> Array:
    """A percussive envelope: a short linear attack and an exponential decay."""
    t = times(n)
    env = np.minimum(t / max(attack, 1e-4), 1.0) * np.exp(-np.maximum(t - attack, 0) / decay)
    fade = np.clip((n / SR - t) / 0.004, 0.0, 1.0)
    return env * fade


# --- oscillators ---------------------------------------------------------------------------
def phase_of(freq: Array | float, n: int) -> Array:
    """Phase in cycles of a (possibly gliding) frequency."""
    if np.isscalar(freq):
        return float(freq) * times(n)  # type: ignore[arg-type]
    return np.cumsum(np.asarray(freq, dtype=np.float64)) / SR


def sine(freq: Array | float, n: int, phase0: float = 0.0) -> Array:
    return np.sin(2.0 * np.pi * (phase_of(freq, n) + phase0))


def additive(freq: float, n: int, partials: list[tuple[float, float, float]],
             detune_cents: float = 0.0) -> Array:
    """Sum of sine partials ``(ratio, amplitude, decay seconds or 0 = none)`` under
    the Nyquist frequency, at ``freq`` shifted by ``detune_cents``."""
    f = freq * 2.0 ** (detune_cents / 1200.0)
    t = times(n)
    out = np.zeros(n)
    for ratio, amp, decay in partials:
        if f * ratio >= SR * 0.45:
            continue
        part = amp * np.sin(2.0 * np.pi * f * ratio * t)
        if decay > 0:
            part *= np.exp(-t / decay)
        out += part
    return out


def harmonics(phase: Array, amps: list[float]) -> Array:
    """``sum(amps[k-1] * sin(2 pi k phase))`` by the Chebyshev recurrence (one sine and
    one cosine in all, then multiply-adds), for harmonic tones."""
    theta = 2.0 * np.pi * phase
    s1, c = np.sin(theta), np.cos(theta)
    two_c = 2.0 * c
    out = amps[0] * s1
    prev, cur = np.zeros_like(s1), s1
    for amp in amps[1:]:
        prev, cur = cur, two_c * cur - prev
        if amp:
            out += amp * cur
    return out


def saw_partials(count: int, tilt: float = 1.0) -> list[tuple[float, float, float]]:
    return [(k, 1.0 / k ** tilt, 0.0) for k in range(1, count + 1)]


def noise(rng: np.random.Generator, n: int) -> Array:
    return rng.standard_normal(n)


# --- filters -------------------------------------------------------------------------------
def response(freqs: Array, low: float | None, high: float | None, order: float = 2.0) -> Array:
    """A Butterworth-like magnitude: high-pass above ``low``, low-pass below ``high``."""
    gain = np.ones_like(freqs)
    if high is not None:
        gain = gain / np.sqrt(1.0 + (freqs / high) ** (2 * order))
    if low is not None:
        with np.errstate(divide="ignore"):
            ratio = np.where(freqs > 0, low / np.maximum(freqs, 1e-9), np.inf)
        gain = gain / np.sqrt(1.0 + ratio ** (2 * order))
    return gain


def filt(x: Array, low: float | None = None, high: float | None = None,
         order: float = 2.0) -> Array:
    """Filter a one-shot (zero-padded, so nothing wraps round)."""
    n = len(x)
    size = 1 << int(np.ceil(np.log2(n * 2)))
    spec = np.fft.rfft(x, size)
    spec *= response(np.fft.rfftfreq(size, 1.0 / SR), low, high, order)
    return np.fft.irfft(spec, size)[:n]


def filt_loop(x: Array, low: float | None = None, high: float | None = None,
              order: float = 2.0) -> Array:
    """Filter a loop as a circle (its end runs into its start)."""
    spec = np.fft.rfft(x)
    spec *= response(np.fft.rfftfreq(len(x), 1.0 / SR), low, high, order)
    return np.fft.irfft(spec, len(x))


def convolve_loop(x: Array, impulse: Array) -> Array:
    """Circular convolution: a reverb tail at the end of a loop sounds at its start."""
    n = len(x)
    ir = np.zeros(n)
    ir[:min(n, len(impulse))] = impulse[:n]
    return np.fft.irfft(np.fft.rfft(x) * np.fft.rfft(ir), n)


def convolve(x: Array, impulse: Array) -> Array:
    """Linear convolution of a one-shot with an impulse (the result is longer)."""
    n = len(x) + len(impulse) - 1
    size = 1 << int(np.ceil(np.log2(n)))
    return np.fft.irfft(np.fft.rfft(x, size) * np.fft.rfft(impulse, size), size)[:n]


def reverb_impulse(rng: np.random.Generator, seconds: float, rt60: float,
                   brightness: float = 5000.0, predelay: float = 0.012) -> Array:
    """A room: sparse early reflections, then decaying noise that darkens."""
    n = samples(seconds)
    t = times(n)
    tail = noise(rng, n) * np.exp(-6.91 * t / rt60)
    dark = filt(tail, None, brightness * 0.35)
    bright = filt(tail, 120.0, brightness)
    mix = np.exp(-t / (rt60 * 0.25))
    ir = bright * mix + dark * (1.0 - mix)
    ir *= np.clip((t - predelay) / 0.02, 0.0, 1.0)
    for delay, gain in ((0.011, 0.5), (0.019, 0.35), (0.027, -0.3), (0.041, 0.25)):
        ir[samples(delay)] += gain * 20.0
    return ir / np.sqrt(np.sum(ir ** 2))


# --- placing -------------------------------------------------------------------------------
def mix_into(buf: Array, start: int, sig: Array, loop: bool = True) -> None:
    """Add ``sig`` into ``buf`` at ``start``; in a loop, what runs past the end wraps."""
    n = len(buf)
    if loop:
        start %= n
        end = start + len(sig)
        if end <= n:
            buf[start:end] += sig
        else:
            idx = (start + np.arange(len(sig))) % n
            np.add.at(buf, idx, sig)
    else:
        end = min(n, start + len(sig))
        if end > start:
            buf[start:end] += sig[:end - start]


def peak_db(x: Array) -> float:
    peak = float(np.max(np.abs(x)))
    return -np.inf if peak == 0 else 20.0 * np.log10(peak)


def a_weighted(x: Array) -> Array:
    """``x`` through the A-weighting curve (how loud it sounds, roughly), as a circle."""
    f2 = np.fft.rfftfreq(len(x), 1.0 / SR) ** 2
    curve = (12194.0 ** 2 * f2 ** 2) / ((f2 + 20.6 ** 2) * np.sqrt(
        (f2 + 107.7 ** 2) * (f2 + 737.9 ** 2)) * (f2 + 12194.0 ** 2)) * 1.2589
    return np.fft.irfft(np.fft.rfft(x) * curve, len(x))


def rms_db(x: Array) -> float:
    return 10.0 * np.log10(float(np.mean(x ** 2)) + 1e-20)


def normalise(x: Array, peak_dbfs: float) -> Array:
    peak = float(np.max(np.abs(x)))
    return x if peak == 0 else x * (10.0 ** (peak_dbfs / 20.0) / peak)


def soft_clip(x: Array, ceiling: float) -> Array:
    """Leave everything below ``ceiling`` (linear) alone and round off the rest."""
    over = np.abs(x) > ceiling * 0.7
    knee = ceiling * 0.7
    y = x.copy()
    s = np.sign(x[over])
    y[over] = s * (knee + (ceiling - knee) * np.tanh((np.abs(x[over]) - knee) / (ceiling - knee)))
    return y


# --- writing -------------------------------------------------------------------------------
def to_pcm16(x: Array) -> Array:
    return np.clip(np.round(x * 32767.0), -32767, 32767).astype("<i2")


def wav_bytes(x: Array) -> bytes:
    """A 16-bit mono WAV file at :data:`SR` (the ``wave`` module writes no dates)."""
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(to_pcm16(x).tobytes())
    return out.getvalue()


def seeded(name: str, base: int = 2045) -> np.random.Generator:
    """A generator seeded from a name, the same on every machine and run."""
    import zlib

    return np.random.default_rng([base, zlib.crc32(name.encode("utf-8"))])


Renderer = Callable[[np.random.Generator], Array]
