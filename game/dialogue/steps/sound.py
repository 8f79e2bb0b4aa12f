"""``sound``: play a sound cue."""

from __future__ import annotations

from dataclasses import dataclass

from game.dialogue.steps.args import Ident
from game.dialogue.steps.registry import StepKind, register


@dataclass(slots=True)
class SoundStep:
    line: int
    col: int
    cue: str


@dataclass(frozen=True, slots=True)
class Sound:
    """``advance()`` after the cue started."""

    cue: str


SOUND = register(StepKind("sound", SoundStep, Ident("sound cue"), "Play a sound cue.",
                          run=lambda runner, step: Sound(step.cue), event=Sound, hook="sound"))
