"""Revealing a line's text a few characters per tick, page by page.

Pure logic over the text layout: the pages come from :func:`game.engine.text.paginate`,
which measures in internal pixels, so the same line pages the same way at any
window size.
"""

from __future__ import annotations

from collections.abc import Sequence

from game.engine.text import Page, Span, paginate


class Typewriter:
    def __init__(self, spans: Sequence[Span], width: float, size: float, lines: int) -> None:
        self.pages: list[Page] = paginate(spans, width, size, lines)
        self.page = 0
        self.shown = 0.0  # characters of the current page revealed

    @property
    def current(self) -> Page:
        return self.pages[self.page]

    @property
    def page_done(self) -> bool:
        return self.shown >= self.current.length

    @property
    def last_page(self) -> bool:
        return self.page >= len(self.pages) - 1

    @property
    def done(self) -> bool:
        return self.last_page and self.page_done

    def tick(self, chars: float) -> None:
        self.shown = min(float(self.current.length), self.shown + chars)

    def complete_page(self) -> None:
        self.shown = float(self.current.length)

    def next_page(self) -> bool:
        """Turn the page; False when this was the last one."""
        if self.last_page:
            return False
        self.page += 1
        self.shown = 0.0
        return True

    def visible(self) -> list[list[Span]]:
        """The current page's lines cut at the number of characters revealed."""
        budget = int(self.shown)
        out: list[list[Span]] = []
        for line in self.current.lines:
            if budget <= 0 and out:
                break
            cut: list[Span] = []
            for text, style in line:
                if budget <= 0:
                    break
                cut.append((text[:budget], style))
                budget -= len(text)
            out.append(cut)
        return out
