"""``wait``: a pause, in ticks (60 a second) or seconds (``1.5s``).

It needs nothing from the game, so it has no hook: the dialogue scene counts the
ticks itself (holding SKIP cuts the pause short).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from yaml.nodes import Node, ScalarNode

from game.dialogue.steps.args import Arg, Schema
from game.dialogue.steps.registry import StepKind, register
from game.dialogue.yamlsource import INT, Reader

TICKS_PER_SECOND = 60
#: The longest pause a step may ask for: ten minutes.
MAX_TICKS = 10 * 60 * TICKS_PER_SECOND
_SECONDS_RE = re.compile(r"\s*(\d+(?:\.\d*)?|\.\d+)\s*s\s*\Z")


@dataclass(slots=True)
class WaitStep:
    line: int
    col: int
    ticks: int


@dataclass(frozen=True, slots=True)
class Wait:
    """``advance()`` once ``ticks`` logic ticks have passed."""

    ticks: int


class Ticks(Arg):
    """``30`` (ticks) or ``1.5s`` (seconds), as a number of ticks."""

    def read(self, r: Reader, node: Node, step: str) -> int | None:
        if isinstance(node, ScalarNode) and node.tag == INT:
            return r.number(node, "a number of ticks", integer=True,  # type: ignore[return-value]
                            lo=0, hi=MAX_TICKS)
        text = r.text(node, "a wait")
        match = _SECONDS_RE.match(text or "")
        if match is None:
            if text is not None:
                r.error(node, f"'{text}' is not a wait: write ticks (60 a second) like "
                              "'30', or seconds like '1.5s'")
            return None
        seconds = float(match.group(1))  # digits only: finite, or inf for absurd lengths
        if not seconds <= MAX_TICKS / TICKS_PER_SECOND:
            r.error(node, f"a wait of '{text.strip()}' is longer than the "
                          f"{MAX_TICKS // TICKS_PER_SECOND} seconds a step may pause")
            return None
        return round(seconds * TICKS_PER_SECOND)

    def schema(self) -> Schema:
        seconds = {"type": "string", "pattern": r"^\s*(\d+(\.\d*)?|\.\d+)\s*s\s*$"}
        return {"anyOf": [{"type": "integer", "minimum": 0, "maximum": MAX_TICKS}, seconds]}


WAIT = register(StepKind("wait", WaitStep, Ticks(), "Ticks (60 a second) or seconds like '1.5s'.",
                         run=lambda runner, step: Wait(step.ticks), event=Wait))
