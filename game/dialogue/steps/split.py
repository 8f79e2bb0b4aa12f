"""``split``: a split for the speedrun timer."""

from __future__ import annotations

from dataclasses import dataclass

from game.dialogue.steps.args import Text
from game.dialogue.steps.registry import StepKind, register


@dataclass(slots=True)
class SplitStep:
    line: int
    col: int
    name: str


@dataclass(frozen=True, slots=True)
class Split:
    """``advance()`` after the timer took the split."""

    name: str


SPLIT = register(StepKind("split", SplitStep, Text("a split name"), "A speedrun timer split.",
                          run=lambda runner, step: Split(step.name), event=Split, hook="split"))
