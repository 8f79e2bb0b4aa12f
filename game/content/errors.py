"""The errors of the content layer (pure: no pygame)."""

from __future__ import annotations

from collections.abc import Sequence

from game.diagnostics import Diagnostic


class ContentError(Exception):
    """A file the game needs is missing, unreadable or refused.

    ``diagnostics`` locate the problem (``path:line:col``); the message is the first one.
    """

    def __init__(self, diagnostics: Sequence[Diagnostic] | str) -> None:
        if isinstance(diagnostics, str):
            self.diagnostics: list[Diagnostic] = []
            message = diagnostics
        else:
            self.diagnostics = list(diagnostics)
            first = next((d for d in self.diagnostics if d.is_error), None)
            message = first.format() if first else "content error"
            more = sum(1 for d in self.diagnostics if d.is_error) - 1
            if more > 0:
                message += f" (and {more} more error{'s' if more > 1 else ''})"
        super().__init__(message)


class Refused(ContentError, ValueError):
    """A reference or name that would lead outside its pack; the message says why."""
