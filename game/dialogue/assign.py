"""``--set name=value``: story variables given on the command line.

The value reads like a YAML scalar: ``2`` is a number, ``true``/``false`` are
booleans, anything else is text (``--set mood=angry``). ``--give item`` adds
evidence. The game and ``playtest`` both accept them, with ``--node NODE`` to
start a dialogue node directly.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from game.dialogue.conditions import Value
from game.dialogue.parse import RESERVED_NAMES
from game.story.state import StoryState

_NAME_RE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*\Z")
_INT_RE = re.compile(r"[-+]?\d+\Z")
_FLOAT_RE = re.compile(r"[-+]?(\d+\.\d*|\.\d+)\Z")


def parse_assignment(text: str) -> tuple[str, Value]:
    """``name=value`` -> (name, value); ValueError with a readable message if malformed."""
    name, sep, raw = text.partition("=")
    name, raw = name.strip(), raw.strip()
    if not sep or not _NAME_RE.match(name) or name in RESERVED_NAMES:
        raise ValueError(f"expected name=value with a variable name, not {text!r}")
    lowered = raw.lower()
    value: Value
    if lowered in ("true", "false"):
        value = lowered == "true"
    elif _INT_RE.match(raw):
        value = int(raw)
    elif _FLOAT_RE.match(raw):
        value = float(raw)
        if not math.isfinite(value):
            raise ValueError(f"the number in {text!r} is too large")
    else:
        value = raw
    return name, value


def apply(story: StoryState, assignments: Sequence[str], items: Sequence[str] = ()) -> None:
    """Set ``name=value`` variables and give evidence items (ValueError if malformed)."""
    for text in assignments:
        story.set(*parse_assignment(text))
    for item in items:
        story.give(item)
