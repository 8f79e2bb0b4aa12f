"""The six music loops: one theme per place or moment of the story.

Each is a whole number of bars (30-40 s), mono, mixed on a circle so it loops
without a seam. Every track has chords, a bass, a melody, soft percussion and a
room; what sets them apart is key, tempo, instruments and groove:

==========  =====================  ====  ================================================
track       key, tempo             bars  character
==========  =====================  ====  ================================================
practice    F major, 80 bpm        12    warm electric piano, marimba tune, rim and shaker
clinic      D Lydian, 96 bpm       12    glassy: plucked arpeggio, pad, bell tune, ticks
street      E minor, 90 bpm        12    evening lo-fi: swung beat, piano stabs, soft lead
hall        Bb major, 72 bpm       12    formal: strings, broken piano chords, timpani
debate      D minor, 112 bpm       16    tense: pulsing bass, off-beat plucks, lead motif
showdown    C minor, 128 bpm       16    climax: driving arpeggio, four-on-the-floor
==========  =====================  ====  ================================================
"""

from __future__ import annotations

from collections.abc import Callable

from tools.audio import instruments as ins
from tools.audio.dsp import Array
from tools.audio.score import Loop, chord_chart


def _kit(loop: Loop, crisp: float = 0.4) -> dict[str, Array]:
    rng = loop.rng
    return {"kick": ins.kick(rng), "snare": ins.snare(rng, crisp), "rim": ins.rim(rng),
            "hat": ins.hat(rng), "open": ins.hat(rng, open_=True), "shaker": ins.shaker(rng),
            "tom": ins.tom(rng), "tom_low": ins.tom(rng, 65.0)}


def practice() -> Array:
    loop = Loop("practice", 80, 12)
    chart = chord_chart("Fmaj7 | Am7 | Bbmaj7 | Csus4 C | Fmaj7 | Dm9 | Gm7 | C7 | "
                        "Bbmaj7 | Am7 | Gm7 | C9sus4")
    loop.bus("keys", 0.55, 0.25)
    loop.bus("bass", 0.75, 0.05, high=900.0)
    loop.bus("tune", 0.55, 0.35)
    loop.bus("drums", 0.8, 0.12)
    loop.comp("keys", ins.e_piano, chart, 55, [(0, 1.4, 1.0), (1.5, 0.9, 0.7), (2.5, 1.4, 0.85)],
              vel=0.55, strum=0.025)
    loop.bassline("bass", ins.bass, chart, 36,
                  [(0, 1.5, 0, 1.0), (1.5, 0.5, 0, 0.5), (2.5, 1.0, 7, 0.8), (3.5, 0.5, 99, 0.6)])
    loop.line("tune", ins.marimba,
              "C5:1.5 A4:.5 C5 E5 | E5:1.5 D5:.5 C5:2 | D5 F5 A5 G5 | G5:2 - E5:.5 F5:.5 | "
              "A5:1.5 G5:.5 F5 C5 | E5:1.5 F5:.5 E5 D5 | D5 Bb4 D5 F5 | E5:3 - | "
              "F5 D5:.5 F5:.5 A5 G5 | E5:1.5 C5:.5 E5 G5 | F5 D5 Bb4 D5 | D5 C5 -:2", vel=0.7)
    loop.echo("tune", 0.75, 0.25, 3)
    loop.drums("drums", _kit(loop), {"kick": "x.......x.o.....", "rim": "....x.......x...",
                                     "shaker": "o.x.o.x.o.x.o.xo"})
    return loop.master(rt60=1.6, room=0.45)


def clinic() -> Array:
    loop = Loop("clinic", 96, 12)
    chart = chord_chart("Dmaj7 | Dmaj7 | E/D | E/D | Bm9 | Bm9 | Gmaj7#11 | A6 | Dmaj7 | E/D | "
                        "F#m7 | Esus4 E")
    loop.bus("arp", 0.65, 0.3, low=200.0)
    loop.bus("pad", 0.45, 0.4, high=2600.0)
    loop.bus("bass", 0.7, 0.05, high=700.0)
    loop.bus("tune", 0.5, 0.45)
    loop.bus("drums", 0.75, 0.1)
    loop.arpeggio("arp", ins.pluck, chart, 62, 0.25, [0, 1, 2, 3, 4, 3, 2, 1], vel=0.4)
    loop.held_chords("pad", ins.pad, chart, 50, vel=0.5)
    loop.bassline("bass", ins.bass, chart, 38, [(0, 3.5, 0, 1.0), (3.5, 0.5, 12, 0.45)])
    loop.line("tune", ins.bell,
              "A5:2 F#5:2 | E5:3 - | G#5:2 F#5 E5 | B5:3 - | F#5:1.5 D5:.5 C#5 D5 | F#5:3 - | "
              "E5 F#5 G5 A5 | C#6:3 - | A5:2 F#5:2 | G#5:1.5 E5:.5 B4:2 | "
              "A5:1.5 F#5:.5 C#5 E5 | E5:3 -", vel=0.5, transpose=-12)
    loop.echo("tune", 0.75, 0.3, 4)
    loop.drums("drums", _kit(loop), {"kick": "x.........x.....", "rim": "........x.......",
                                     "hat": "o.o.o.o.o.o.o.oo"})
    return loop.master(rt60=2.2, room=0.5)


def street() -> Array:
    loop = Loop("street", 90, 12, swing=0.08)
    chart = chord_chart("Em9 | Cmaj7 | G6 | D/F# | Em9 | Cmaj7 | Am7 | B7sus4 B7 | Cmaj7 | D6 | "
                        "Bm7 | Em9")
    loop.bus("keys", 0.5, 0.25)
    loop.bus("bass", 0.8, 0.04, high=800.0)
    loop.bus("lead", 0.45, 0.3)
    loop.bus("drums", 0.6, 0.1)
    loop.comp("keys", ins.e_piano, chart, 55, [(0, 0.45, 1.0), (0.75, 0.4, 0.6), (2.5, 1.2, 0.8)],
              vel=0.55, strum=0.015)
    loop.bassline("bass", ins.bass, chart, 35,
                  [(0, 0.75, 0, 1.0), (0.75, 0.25, 12, 0.5), (1.5, 0.5, 0, 0.7),
                   (2.5, 0.5, 7, 0.8), (3, 0.5, 7, 0.55), (3.5, 0.5, 99, 0.6)])
    loop.line("lead", ins.lead,
              "B4:.5 D5:.5 E5:1.5 G5:.5 F#5 | E5:2 - D5:.5 E5:.5 | D5:1.5 B4:.5 G4 A4 | F#4:3 - | "
              "B4:.5 D5:.5 E5:1.5 G5:.5 A5 | B5:2 G5 E5 | C6:1.5 B5:.5 A5 G5 | F#5:2 D#5:2 | "
              "E5:1.5 G5:.5 B5:2 | A5:1.5 F#5:.5 D5:2 | F#5 D5 B4 A4 | B4:3 -", vel=0.6)
    loop.echo("lead", 0.75, 0.2, 2)
    loop.drums("drums", _kit(loop, 0.3), {"kick": "x......x..x.....", "snare": "....X.......X...",
                                          "hat": "x.o.x.o.x.o.x.oo"},
               fills={11: {"snare": "....X.......X.oo"}})
    return loop.master(rt60=1.4, room=0.4)


def hall() -> Array:
    loop = Loop("hall", 72, 12)
    chart = chord_chart("Bb | Gm7 | Ebmaj7 | F | Bb/D | Ebmaj7 | Cm7 | F7sus4 F | Gm | Eb | "
                        "Bb/F | F7sus4 F7")
    loop.bus("strings", 0.6, 0.45, low=150.0, high=2200.0)
    loop.bus("keys", 0.5, 0.35)
    loop.bus("bass", 0.6, 0.1, high=600.0)
    loop.bus("tune", 0.5, 0.4)
    loop.bus("drums", 0.85, 0.3)
    loop.held_chords("strings", ins.strings, chart, 53, vel=0.6)
    loop.arpeggio("keys", ins.e_piano, chart, 58, 0.5, [0, 2, 1, 3, 2, 4, 3, 1], vel=0.4,
                  accents=(1.0, 0.7, 0.85, 0.7))
    loop.bassline("bass", ins.bass, chart, 34, [(0, 3.0, 0, 1.0), (3, 1.0, 12, 0.55)])
    tune = ("F5:1.5 D5:.5 Bb4 D5 | F5:2 G5 F5 | Eb5:1.5 G5:.5 Bb5:2 | A5:2 C6 A5 | "
            "Bb5:1.5 A5:.5 F5 D5 | G5:2 Eb5:2 | Eb5:1.5 F5:.5 G5 Bb5 | C6:2 A5:2 | "
            "Bb5:1.5 A5:.5 G5 D5 | Eb5:1.5 F5:.5 G5:2 | F5:1.5 D5:.5 Bb4:2 | C5:2 A4:2")
    loop.line("tune", ins.lead, tune, vel=0.5, transpose=-12)
    loop.line("tune", ins.bell, tune, vel=0.22)
    loop.drums("drums", _kit(loop), {"tom": "x...............", "tom_low": "........o.......",
                                     "shaker": "..o...o...o...o."})
    return loop.master(rt60=2.6, room=0.55)


def debate() -> Array:
    loop = Loop("debate", 112, 16)
    chart = chord_chart("Dm | Dm | Bbmaj7 | Bbmaj7 | Gm7 | Gm7 | A7sus4 | A7 | Dm | Bb | F | C | "
                        "Gm7 | Bb | A7sus4 | A7")
    loop.bus("bass", 0.75, 0.04, high=1400.0)
    loop.bus("stabs", 0.55, 0.25, low=250.0)
    loop.bus("pad", 0.4, 0.35, high=2600.0)
    loop.bus("lead", 0.5, 0.3)
    loop.bus("drums", 0.6, 0.1)
    loop.bassline("bass", ins.synth_bass, chart, 38,
                  [(i * 0.5, 0.4, 12 if i in (3, 7) else 0, 1.0 if i % 2 == 0 else 0.7)
                   for i in range(8)])
    loop.comp("stabs", ins.pluck, chart, 57,
              [(0.5, 0.3, 0.8), (1.5, 0.3, 0.6), (2.5, 0.3, 0.8), (3.5, 0.3, 0.6)], vel=0.5)
    loop.held_chords("pad", ins.pad, chart, 50, vel=0.4)
    loop.line("lead", ins.lead,
              "D5:.5 E5:.5 F5 A5:1.5 G5:.5 | F5:2 E5 D5 | D5:.5 F5:.5 A5 Bb5:1.5 A5:.5 | F5:3 - | "
              "G5:.5 A5:.5 Bb5 D6:1.5 C6:.5 | Bb5:2 A5 G5 | A5:1.5 G5:.5 D5:2 | C#5:3 - | "
              "D5:.5 E5:.5 F5 A5:1.5 D6:.5 | C6:2 Bb5 F5 | A5:1.5 G5:.5 F5 C5 | E5:2 G5:2 | "
              "Bb5:1.5 A5:.5 G5 F5 | D5:2 F5 Bb5 | A5:1.5 G5:.5 E5:2 | C#5:2 E5 -", vel=0.55,
              transpose=-12)
    loop.drums("drums", _kit(loop, 0.6), {"kick": "x.....x.x.......", "snare": "....x.......x...",
                                          "hat": "x.o.x.o.x.o.x.o."},
               fills={15: {"snare": "....x.....x.xoxx"}})
    return loop.master(rt60=1.3, room=0.35)


def showdown() -> Array:
    loop = Loop("showdown", 128, 16)
    chart = chord_chart("Cm | Ab | Eb | Bb | Cm | Ab | Fm7 | G7 | Cm | Ab | Eb | Bb | Ab | Fm7 | "
                        "Gsus4 | G7")
    loop.bus("arp", 0.55, 0.25, low=220.0)
    loop.bus("bass", 0.75, 0.04, high=1400.0)
    loop.bus("strings", 0.5, 0.4, low=150.0, high=2200.0)
    loop.bus("lead", 0.55, 0.3)
    loop.bus("drums", 0.65, 0.1)
    loop.arpeggio("arp", ins.pluck, chart, 60, 0.25, [0, 1, 2, 1, 3, 2, 1, 2], vel=0.45)
    loop.bassline("bass", ins.synth_bass, chart, 36,
                  [(i * 0.5, 0.35, 12 if i % 2 else 0, 1.0 if i % 2 == 0 else 0.75)
                   for i in range(8)])
    loop.held_chords("strings", ins.strings, chart, 55, vel=0.55)
    loop.line("lead", ins.lead,
              "G5:1.5 Eb5:.5 C5 G5 | Ab5:2 G5 Eb5 | Bb5:1.5 G5:.5 Eb5 G5 | F5:3 - | "
              "G5:1.5 Eb5:.5 C5 C6 | C6:2 Bb5 Ab5 | Ab5:1.5 G5:.5 F5 C5 | B4:2 D5:2 | "
              "Eb5:.5 F5:.5 G5 C6:1.5 Bb5:.5 | Ab5:2 Eb5:2 | G5:.5 Ab5:.5 Bb5 Eb6:1.5 D6:.5 | "
              "D6:2 Bb5:2 | C6:1.5 Bb5:.5 Ab5 Eb5 | F5:1.5 G5:.5 Ab5 C6 | D6:2 C6:2 | B5:2 G5:2",
              vel=0.6, transpose=-12)
    loop.drums("drums", _kit(loop, 0.8), {"kick": "x...x...x...x...", "snare": "....X.......X...",
                                          "hat": "o.o.o.o.o.o.o.o.", "open": "..x...x...x...x."},
               fills={15: {"snare": "....X...x.x.xxXX"}})
    return loop.master(rt60=1.5, room=0.35)


TRACKS: dict[str, Callable[[], Array]] = {
    "practice": practice, "clinic": clinic, "street": street, "hall": hall, "debate": debate,
    "showdown": showdown,
}

__all__ = ["TRACKS"]
