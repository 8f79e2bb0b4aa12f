"""Problems found in content (dialogue, maps, levels, mods), each pointing at a place.

Loading and linting never raise on bad content: every problem becomes a
:class:`Diagnostic`, printed GCC-style so editors and terminals can jump to it::

    dialogue/rejuvenation/clinic.yaml:12:7: error: unknown speaker 'maxx' (did you mean 'max'?)
"""

from __future__ import annotations

import difflib
import os
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, slots=True, order=True)
class Diagnostic:
    """One problem: ``path`` is absolute; ``line`` and ``col`` count from 1."""

    path: str
    line: int
    col: int
    severity: str
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def format(self) -> str:
        """One line, ``path:line:col: severity: message``; text from content is escaped
        (see :func:`printable`), so no file or folder name can forge a line of its own."""
        return (f"{printable(display_path(self.path))}:{self.line}:{self.col}: "
                f"{self.severity}: {printable(self.message)}")

    def __str__(self) -> str:
        return self.format()

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.col, self.severity, self.message)


#: Unicode categories shown as escapes: controls, format characters (bidirectional
#: overrides, zero-width marks), line and paragraph separators, lone surrogates
#: (undecodable bytes in a file name), private use and unassigned code points.
_HIDDEN = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: object) -> str:
    """``text`` safe to print on one terminal line: every character that could end the
    line, move the cursor, change colours or reorder what follows is shown as an escape
    (``\\n``, ``\\x1b``, ``\\u202e``). Everything else, accented letters and other
    scripts included, is left as it is."""
    text = str(text)
    if text.isprintable() and text.isascii():
        return text
    out = []
    for char in text:
        if char in _NAMED:
            out.append(_NAMED[char])
        elif unicodedata.category(char) in _HIDDEN:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else
                       f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(char)
    return "".join(out)


def display_path(path: str) -> str:
    """The path relative to the working directory when it lies inside it, else as given."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path
    return path if rel.startswith("..") else rel


def sort_unique(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Sorted by path, line and column, each problem once."""
    return sorted(set(diagnostics), key=Diagnostic.sort_key)


def count(diagnostics: Iterable[Diagnostic]) -> tuple[int, int]:
    """(errors, warnings)."""
    errors = warnings = 0
    for diag in diagnostics:
        if diag.is_error:
            errors += 1
        else:
            warnings += 1
    return errors, warnings


def summary(diagnostics: Iterable[Diagnostic], what: str = "") -> str:
    errors, warnings = count(diagnostics)
    plural = lambda n, word: f"{n} {word}{'' if n == 1 else 's'}"  # noqa: E731
    tail = f" in {what}" if what else ""
    return f"{plural(errors, 'error')}, {plural(warnings, 'warning')}{tail}"


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` when a known name is close, else an empty string."""
    slack = max(2, len(name) // 3)
    candidates = [k for k in known if abs(len(k) - len(name)) <= slack]
    if len(candidates) > 200:  # a big mod: compare only names with the same first letter
        candidates = [k for k in candidates if k[:1] == name[:1]]
    close = difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def known_list(names: Iterable[str], limit: int = 12) -> str:
    """``a, b, c`` (or ``none``), shortened after ``limit`` names."""
    names = sorted(names)
    if not names:
        return "none"
    shown = ", ".join(names[:limit])
    return shown + (f", … ({len(names) - limit} more)" if len(names) > limit else "")


class Sink:
    """Collects diagnostics for one file."""

    __slots__ = ("diagnostics", "path")

    def __init__(self, path: Path | str, diagnostics: list[Diagnostic] | None = None) -> None:
        self.path = str(path)
        self.diagnostics = diagnostics if diagnostics is not None else []

    def error(self, line: int, col: int, message: str) -> None:
        self.diagnostics.append(Diagnostic(self.path, line, col, ERROR, message))

    def warning(self, line: int, col: int, message: str) -> None:
        self.diagnostics.append(Diagnostic(self.path, line, col, WARNING, message))
