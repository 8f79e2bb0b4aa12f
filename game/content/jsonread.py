"""The one way the game reads JSON (settings now, saves later): data or a clear error.

:func:`read_json` refuses, with a :class:`JsonError` at a line and column, a
file that

* is larger than ``max_bytes`` (checked before it is read) or not UTF-8 text
  (:mod:`game.content.textread`, like every YAML file);
* nests arrays and objects more than :data:`MAX_NESTING` deep, the limit YAML
  content has (checked before parsing: CPython's parser recurses once per
  level and would run out of stack);
* is not JSON, or holds ``NaN``, ``Infinity`` or a number too large for a float
  (Python's parser accepts those; no other JSON reader does).
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from game.content.textread import MiB, Unreadable, read_text
from game.content.yamldepth import MAX_NESTING
from game.diagnostics import Diagnostic

#: The largest JSON file read unless a caller says otherwise.
MAX_BYTES = 16 * MiB

_STRING = r'"[^"\\]*(?:\\.[^"\\]*)*"?'  # closed or not
#: Strings and brackets: what nesting needs.
_BRACKETS = re.compile(_STRING + r"|[\[\]{}]", re.S)
#: Strings, and the numbers and words outside them.
_NUMBERS = re.compile(_STRING + r"|-?Infinity|NaN|-?[0-9][0-9.eE+-]*", re.S)


class JsonError(Exception):
    """A JSON file that cannot be used; ``line`` and ``col`` count from 1."""

    def __init__(self, path: Path | str, line: int, col: int, message: str) -> None:
        super().__init__(f"{path}:{line}:{col}: {message}")
        self.path = str(path)
        self.line = line
        self.col = col
        self.message = message

    @property
    def diagnostic(self) -> Diagnostic:
        return Diagnostic(self.path, self.line, self.col, "error", self.message)


class _NotFinite(ValueError):
    pass


def read_json(path: Path, *, max_bytes: int = MAX_BYTES, what: str = "a JSON file") -> Any:
    """The data in a JSON file; raises :class:`JsonError` (``what`` names the file in it)."""
    try:
        text = read_text(path, max_bytes, what)
    except Unreadable as exc:
        raise JsonError(path, exc.line, exc.col, exc.message) from None
    return parse_json(text, path)


def parse_json(text: str, path: Path | str = "<json>") -> Any:
    """The data in JSON ``text``; raises :class:`JsonError`."""
    too_deep = _nesting_problem(text, MAX_NESTING)
    if too_deep is not None:
        raise JsonError(path, *_line_col(text, too_deep),
                        f"nested more than {MAX_NESTING} levels deep "
                        "(arrays and objects inside each other)")
    try:
        return json.loads(text, parse_constant=_not_finite, parse_float=_finite_float)
    except _NotFinite:
        at = _first_not_finite(text)
        raise JsonError(path, *_line_col(text, at),
                        "not a finite number: JSON numbers cannot be NaN, Infinity or this "
                        "large") from None
    except json.JSONDecodeError as exc:
        raise JsonError(path, exc.lineno, exc.colno, f"not valid JSON: {exc.msg}") from None
    except (ValueError, RecursionError) as exc:  # an integer of thousands of digits
        raise JsonError(path, 1, 1, f"not usable JSON: {exc}") from None


def _not_finite(word: str) -> Any:
    raise _NotFinite(word)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotFinite(text)
    return value


def _nesting_problem(text: str, limit: int) -> int | None:
    """The index of the first bracket nested deeper than ``limit``, or None."""
    if text.count("[") + text.count("{") <= limit:
        return None
    depth = 0
    for token in _BRACKETS.finditer(text):
        char = token.group()[0]
        if char in "[{":
            depth += 1
            if depth > limit:
                return token.start()
        elif char in "]}":
            depth -= 1
    return None


def _first_not_finite(text: str) -> int:
    for token in _NUMBERS.finditer(text):
        word = token.group()
        if word[0] == '"':
            continue
        try:
            if not math.isfinite(float(word)):
                return token.start()
        except ValueError:  # NaN and Infinity are the only words; float() reads both
            continue
    return 0


def _line_col(text: str, index: int) -> tuple[int, int]:
    """As :class:`json.JSONDecodeError` counts: lines end at '\\n'."""
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1
