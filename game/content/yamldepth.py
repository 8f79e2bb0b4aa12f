"""Which safe YAML loader composes content, and how deep content may nest.

Every reader of YAML content (dialogue files, campaign manifests, ``mod.yaml``,
nanobot levels) picks its loader through :func:`safe_loader` and calls
:func:`nesting_problem` before composing. Composing recurses once per level of
nesting: PyYAML's pure-Python composer runs out of Python stack near 500 levels,
and libyaml refuses 1000 with its own message (older builds have no limit at
all). :data:`MAX_NESTING` is far below both and far above any real file (the
shipped content nests about 11 deep), so over-deep nesting is always reported
by us, at its line and column, with the same words under either loader.

Checking is cheap for ordinary files: a bound computed from the text proves
most files shallow; only when it cannot are the parser's events counted.

The bound: a block collection that opens inside another starts further right,
except a list written under its key (``key:`` then ``- item`` at the key's
column), so block nesting is at most twice the widest run of indentation and
``- ``/``? ``/``: `` indicators that opens a line, plus two. Flow nesting (``[``
and ``{``) is at most the number of passes that strip innermost bracket pairs
free of quotes, ``#`` and ``!`` (such a pair opened by a real bracket is always
a whole flow collection: nothing else in YAML can hold a bracket there), plus
the opening brackets no pass stripped.
"""

from __future__ import annotations

import functools
import re
from typing import Any, NamedTuple

import yaml

#: How deep lists and mappings may be nested in any content file.
MAX_NESTING = 100

#: Compose with libyaml when PyYAML has it. Tests turn this off (see
#: ``tests/support/yaml_backends.py``) to run everything on the pure-Python loader.
USE_LIBYAML: bool = hasattr(yaml, "CSafeLoader")

_LINE_BREAKS = "\n\r\x85\u2028\u2029"  # what YAML counts as a new line
_LINE_BREAK = re.compile(f"\r\n|[{_LINE_BREAKS}]")
_INSIDE_FLOW = re.compile(r"[\[\]{}\"'#!]")  # what decides whether a bracket pair is stripped
_BRACKET = re.compile(r"[\[\]{}]")
_OPENING = {"]": "[", "}": "{"}


class TooDeep(NamedTuple):
    """Where nesting first goes past the limit; ``line`` and ``col`` count from 1."""

    line: int
    col: int
    message: str


def safe_loader() -> Any:
    """The safe loader to use now: ``yaml.CSafeLoader`` or ``yaml.SafeLoader``."""
    return yaml.CSafeLoader if USE_LIBYAML else yaml.SafeLoader


def nesting_problem(text: str, limit: int = MAX_NESTING) -> TooDeep | None:
    """Where ``text`` nests lists and mappings more than ``limit`` deep, or None.

    Never raises for bad YAML: a syntax error before any over-deep part is left
    for composing to report.
    """
    if _surely_within(text, limit):
        return None
    end = len(text)
    for _ in range(3):
        try:
            return _count(text if end == len(text) else text[:end], limit)
        except yaml.MarkedYAMLError as exc:
            # libyaml looks ahead and may stop at its own depth limit before handing
            # over the event that goes past ours: count again up to where it stopped.
            mark = exc.problem_mark
            cut = _offset(text, mark.line, mark.column) if mark is not None else end
            if not USE_LIBYAML or cut >= end:
                return None  # a real syntax error: composing reports it
            end = cut
        except (yaml.YAMLError, ValueError):
            return None
    return None


def _count(text: str, limit: int) -> TooDeep | None:
    depth = 0
    for event in yaml.parse(text, Loader=safe_loader()):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > limit:
                mark = event.start_mark
                return TooDeep(mark.line + 1, mark.column + 1,
                               f"nested more than {limit} levels deep "
                               "(lists and mappings inside each other)")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return None


def _offset(text: str, line: int, column: int) -> int:
    """The index in ``text`` of a 0-based (line, column)."""
    start = 0
    if line:
        for number, found in enumerate(_LINE_BREAK.finditer(text), 1):
            if number == line:
                start = found.end()
                break
    return start + column


def _surely_within(text: str, limit: int) -> bool:
    """True when ``text`` provably nests no deeper than ``limit`` (False: count exactly)."""
    flow = text.count("[") + text.count("{")
    if _block_within(text, limit - flow):
        return True
    if not flow:
        return False
    bound = _flow_bound(text, flow, limit)
    return bound < flow and _block_within(text, limit - bound)


def _block_within(text: str, budget: int) -> bool:
    """True when block nesting (indentation) provably stays within ``budget`` levels."""
    width = budget // 2  # no line opening this wide: block nesting is at most 2 * width
    if width < 1:
        return False
    if _wide_line(width, "").match(text):
        return False
    return not any(brk in text and _wide_line(width, brk).search(text) for brk in _LINE_BREAKS)


@functools.lru_cache(maxsize=32)
def _wide_line(width: int, line_break: str) -> re.Pattern[str]:
    """A line (after ``line_break``, or at the start with a BOM) opening ``width`` wide."""
    start = re.escape(line_break) if line_break else "\ufeff?"
    return re.compile(f"{start}[ \t?:-]{{{width}}}")


def _flow_bound(text: str, openers: int, limit: int) -> int:
    """An upper bound on flow nesting: see the module's docstring.

    Strips innermost clean pairs in one pass with a stack instead of many passes:
    the number of passes equals the tallest chain of stripped pairs.
    """
    stack: list[list[Any]] = []  # [opening bracket, tallest stripped chain inside]
    dirty = 0  # stack[:dirty] hold a quote, '#', '!' or unstripped bracket: never stripped
    stripped = tallest = 0
    pos = 0
    square, curly = text.find("["), text.find("{")  # the next of each at or after pos
    while True:
        if stack:
            found = (_BRACKET if dirty == len(stack) else _INSIDE_FLOW).search(text, pos)
            if found is None:
                break
            char, pos = found.group(), found.end()
        else:  # outside every candidate only the next opening bracket matters
            if 0 <= square < pos:
                square = text.find("[", pos)
            if 0 <= curly < pos:
                curly = text.find("{", pos)
            if square < 0 and curly < 0:
                break
            pos = curly if square < 0 else square if curly < 0 else min(square, curly)
            char, pos = text[pos], pos + 1
        if char in "[{":
            stack.append([char, 0])
            if len(stack) > limit:  # each of these is either stripped or counted
                return len(stack)
        elif char in "]}":
            if not stack:
                continue  # a stray closer inside no candidate: changes nothing
            opening, inside = stack.pop()
            if len(stack) >= dirty and opening == _OPENING[char]:
                stripped += 1
                tallest = max(tallest, inside + 1)
                if stack:
                    stack[-1][1] = max(stack[-1][1], inside + 1)
            else:  # both brackets stay, inside every candidate still open
                dirty = len(stack)
        else:
            dirty = len(stack)
    return tallest + openers - stripped
