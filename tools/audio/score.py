"""A tiny sequencer for looping music: chords, voicings, melodies and drum patterns
written as text, rendered onto a circular buffer bar by bar.

Time is in beats (quarter notes). A loop is a whole number of bars; anything that
rings past its end (a note's release, the reverb) wraps round to its start, so the
loop repeats without a seam.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from tools.audio.dsp import (
    SR,
    Array,
    a_weighted,
    convolve_loop,
    filt_loop,
    mix_into,
    note,
    reverb_impulse,
    seeded,
)
from tools.audio.instruments import SCALED

Instrument = Callable[[float, float, float, np.random.Generator], Array]

QUALITIES: dict[str, tuple[int, ...]] = {
    "": (0, 4, 7), "m": (0, 3, 7), "7": (0, 4, 7, 10), "maj7": (0, 4, 7, 11),
    "m7": (0, 3, 7, 10), "m9": (0, 3, 7, 10, 14), "maj9": (0, 4, 7, 11, 14),
    "6": (0, 4, 7, 9), "m6": (0, 3, 7, 9), "9": (0, 4, 7, 10, 14), "sus4": (0, 5, 7),
    "sus2": (0, 2, 7), "7sus4": (0, 5, 7, 10), "9sus4": (0, 5, 7, 10, 14),
    "add9": (0, 4, 7, 14), "madd9": (0, 3, 7, 14), "maj7#11": (0, 4, 7, 11, 18),
    "dim": (0, 3, 6), "m7b5": (0, 3, 6, 10), "7b9": (0, 4, 7, 10, 13),
}


@dataclass(frozen=True)
class Chord:
    symbol: str
    root: int  # pitch class
    tones: tuple[int, ...]  # intervals above the root
    bass: int  # pitch class of the bass note

    @classmethod
    def parse(cls, symbol: str) -> Chord:
        body, _, slash = symbol.partition("/")
        size = 2 if len(body) > 1 and body[1] in "#b" else 1
        root = note(body[:size] + "0") % 12
        tones = QUALITIES[body[size:]]
        bass = note(slash + "0") % 12 if slash else root
        return cls(symbol, root, tones, bass)

    def voicing(self, low: int, drop_root_above: int = 4) -> list[int]:
        """The chord's tones placed in the octave from ``low`` up (a close voicing that
        moves little from chord to chord); the root is left to the bass in big chords."""
        tones = self.tones[1:] if len(self.tones) > drop_root_above else self.tones
        notes = []
        for interval in tones:
            pc = (self.root + interval) % 12
            notes.append(low + (pc - low) % 12)
        return sorted(notes)

    def bass_note(self, low: int) -> int:
        return low + (self.bass - low) % 12

    def tone(self, degree: int, low: int) -> int:
        """The ``degree``-th chord tone counting up from the voicing's lowest (wraps by
        octaves), for arpeggios."""
        notes = self.voicing(low, drop_root_above=9)
        octave, index = divmod(degree, len(notes))
        return notes[index] + 12 * octave


@dataclass(frozen=True)
class Span:
    start: float  # beats
    length: float
    chord: Chord


def chord_chart(text: str, beats_per_bar: int = 4) -> list[Span]:
    """``"Fmaj7 | Am7 | Csus4 C"``: one bar between bars, chords in a bar share it."""
    spans = []
    for bar, cell in enumerate(text.split("|")):
        symbols = cell.split()
        share = beats_per_bar / len(symbols)
        for i, symbol in enumerate(symbols):
            spans.append(Span(bar * beats_per_bar + i * share, share, Chord.parse(symbol)))
    return spans


def chord_at(spans: list[Span], beat: float) -> Chord:
    for span in spans:
        if span.start <= beat + 1e-9 < span.start + span.length:
            return span.chord
    return spans[-1].chord


def melody(text: str) -> list[tuple[float, int | None, float]]:
    """``"C5:1.5 A4:.5 - E5:2"``: notes and rests (``-``) with lengths in beats (default
    1); ``|`` bar lines are for reading only. Gives ``(start, midi or None, length)``."""
    out: list[tuple[float, int | None, float]] = []
    beat = 0.0
    for token in text.replace("|", " ").split():
        name, _, length_text = token.partition(":")
        length = float(length_text) if length_text else 1.0
        out.append((beat, None if name == "-" else note(name), length))
        beat += length
    return out


def beats_of(notes: list[tuple[float, int | None, float]]) -> float:
    return sum(length for _, _, length in notes)


@dataclass
class Bus:
    gain: float
    reverb: float  # send level to the room
    low: float | None = None  # high-pass (Hz)
    high: float | None = None  # low-pass (Hz)
    signal: Array = field(default_factory=lambda: np.zeros(0))


class Loop:
    """A circular buffer ``bars`` long at ``bpm``, with named buses."""

    def __init__(self, name: str, bpm: float, bars: int, beats_per_bar: int = 4,
                 swing: float = 0.0) -> None:
        self.name = name
        self.bpm = bpm
        self.bars = bars
        self.beats_per_bar = beats_per_bar
        self.beats = bars * beats_per_bar
        self.length = round(self.beats * 60.0 / bpm * SR)
        self.rng = seeded(name)
        self.swing = swing  # delay of every second eighth note, in beats
        self.buses: dict[str, Bus] = {}
        self._notes: dict[tuple[Instrument, float, float], Array] = {}

    def bus(self, name: str, gain: float = 1.0, reverb: float = 0.2,
            low: float | None = None, high: float | None = None) -> Bus:
        bus = Bus(gain, reverb, low, high, np.zeros(self.length))
        self.buses[name] = bus
        return bus

    def sample_at(self, beat: float, jitter: float = 0.0) -> int:
        if self.swing:
            whole, frac = divmod(beat, 1.0)
            if abs(frac - 0.5) < 1e-6:
                beat = whole + 0.5 + self.swing
        seconds = beat * 60.0 / self.bpm
        if jitter:
            seconds += float(self.rng.uniform(-jitter, jitter))
        return round(seconds * SR)

    def beat_seconds(self, beats: float) -> float:
        return beats * 60.0 / self.bpm

    # --- writing parts ---------------------------------------------------------------------
    def play(self, bus: str, instrument: Instrument, beat: float, midi: float, length: float,
             vel: float, jitter: float = 0.006) -> None:
        vel = float(np.clip(vel * self.rng.uniform(0.9, 1.05), 0.0, 1.2))
        seconds = self.beat_seconds(length)
        if instrument in SCALED:
            key = (instrument, midi, seconds)
            if key not in self._notes:
                self._notes[key] = instrument(midi, seconds, 1.0, self.rng)
            sig = self._notes[key] * vel
        else:
            sig = instrument(midi, seconds, vel, self.rng)
        mix_into(self.buses[bus].signal, self.sample_at(beat, jitter), sig)

    def hit(self, bus: str, sound: Array, beat: float, vel: float, jitter: float = 0.004) -> None:
        vel = float(vel * self.rng.uniform(0.88, 1.05))
        mix_into(self.buses[bus].signal, self.sample_at(beat, jitter), sound * vel)

    def line(self, bus: str, instrument: Instrument, text: str, vel: float = 0.8,
             transpose: int = 0, start: float = 0.0, legato: float = 0.95) -> None:
        notes = melody(text)
        assert beats_of(notes) + start <= self.beats + 1e-6, (self.name, beats_of(notes))
        for beat, midi, length in notes:
            if midi is not None:
                accent = 1.0 if (beat % 1.0) < 1e-6 else 0.88
                self.play(bus, instrument, start + beat, midi + transpose, length * legato,
                          vel * accent)

    def comp(self, bus: str, instrument: Instrument, spans: list[Span], low: int,
             pattern: list[tuple[float, float, float]], vel: float = 0.7,
             strum: float = 0.0, skip_bars: tuple[int, ...] = ()) -> None:
        """Chords on a rhythm: ``pattern`` is ``(beat in bar, length, velocity)``."""
        for bar in range(self.bars):
            if bar in skip_bars:
                continue
            for offset, length, accent in pattern:
                beat = bar * self.beats_per_bar + offset
                chord = chord_at(spans, beat)
                for i, midi in enumerate(chord.voicing(low)):
                    self.play(bus, instrument, beat + i * strum, midi, length, vel * accent)

    def held_chords(self, bus: str, instrument: Instrument, spans: list[Span], low: int,
                    vel: float = 0.6) -> None:
        for span in spans:
            for midi in span.chord.voicing(low):
                self.play(bus, instrument, span.start, midi, span.length * 0.98, vel, 0.0)

    def bassline(self, bus: str, instrument: Instrument, spans: list[Span], low: int,
                 pattern: list[tuple[float, float, int, float]], vel: float = 0.8) -> None:
        """``pattern``: ``(beat in bar, length, semitones above the bass note, velocity)``;
        an offset of 99 is the next chord's bass note (a lead-in)."""
        for bar in range(self.bars):
            for offset, length, interval, accent in pattern:
                beat = bar * self.beats_per_bar + offset
                chord = chord_at(spans, beat)
                root = chord.bass_note(low)
                if interval == 99:
                    nxt = chord_at(spans, (beat + length) % self.beats)
                    midi = nxt.bass_note(low)
                else:
                    midi = root + interval
                self.play(bus, instrument, beat, midi, length * 0.92, vel * accent)

    def arpeggio(self, bus: str, instrument: Instrument, spans: list[Span], low: int,
                 step: float, order: list[int], vel: float = 0.5,
                 accents: tuple[float, ...] = (1.0, 0.7, 0.8, 0.7),
                 skip_bars: tuple[int, ...] = ()) -> None:
        count = round(self.beats / step)
        for i in range(count):
            beat = i * step
            if int(beat // self.beats_per_bar) in skip_bars:
                continue
            chord = chord_at(spans, beat)
            midi = chord.tone(order[i % len(order)], low)
            self.play(bus, instrument, beat, midi, step * 0.9,
                      vel * accents[i % len(accents)], 0.002)

    def drums(self, bus: str, kit: dict[str, Array], patterns: dict[str, str],
              fills: dict[int, dict[str, str]] | None = None, steps: int = 16) -> None:
        """One bar of each drum as ``steps`` characters: ``X`` accent, ``x`` hit, ``o``
        ghost, anything else rest; ``fills`` replaces some bars' patterns."""
        levels = {"X": 1.0, "x": 0.75, "o": 0.4}
        step_beats = self.beats_per_bar / steps
        for bar in range(self.bars):
            chosen = {**patterns, **(fills or {}).get(bar, {})}
            for drum, pattern in chosen.items():
                assert len(pattern) == steps, (self.name, drum, pattern)
                for i, ch in enumerate(pattern):
                    if ch in levels:
                        self.hit(bus, kit[drum], bar * self.beats_per_bar + i * step_beats,
                                 levels[ch])

    def echo(self, bus: str, beats: float, feedback: float, repeats: int = 4,
             high: float = 3000.0) -> None:
        """A tempo-synced echo on a bus (circular, so it wraps like everything else)."""
        src = self.buses[bus].signal
        delay = self.sample_at(beats)
        out = src.copy()
        tap = src
        for _ in range(repeats):
            tap = filt_loop(np.roll(tap, delay), None, high, 1.0) * feedback
            out += tap
        self.buses[bus].signal = out

    # --- the mix ---------------------------------------------------------------------------
    def master(self, rt60: float = 1.8, room: float = 0.5, loudness_db: float = -27.0,
               ceiling_dbfs: float = -1.5) -> Array:
        """Mix the buses, add the room (circular), set the loudness (A-weighted RMS, so
        every track sounds about as loud as the others when they crossfade), keep the
        peak under the ceiling (the whole loop a little quieter if one would cross it)."""
        dry = np.zeros(self.length)
        send = np.zeros(self.length)
        for bus in self.buses.values():
            sig = bus.signal
            if bus.low is not None or bus.high is not None:
                sig = filt_loop(sig, bus.low, bus.high, 1.5)
            dry += sig * bus.gain
            send += sig * bus.gain * bus.reverb
        impulse = reverb_impulse(self.rng, min(rt60 * 1.3, 3.0), rt60)
        wet = convolve_loop(filt_loop(send, 180.0, None, 1.0), impulse)
        out = dry + wet * room
        out = filt_loop(out, 28.0, 9500.0, 2.0)
        rms = float(np.sqrt(np.mean(a_weighted(out) ** 2)))
        out *= 10 ** (loudness_db / 20.0) / rms
        ceiling = 10 ** (ceiling_dbfs / 20.0)
        peak = float(np.max(np.abs(out)))
        if peak > ceiling:  # quieter rather than clipped
            out *= ceiling / peak
        return out
