"""Inline emphasis in dialogue text.

``*word*`` is emphasis (style ``em``, drawn in italics), ``**word**`` is strong
(style ``strong``, drawn bold); ``\\*`` is a literal star. Text is turned into
the plain text (markers removed) and a tuple of ``(text, style)`` spans.
"""

from __future__ import annotations

import re

PLAIN = "plain"
EM = "em"
STRONG = "strong"
STYLES = (PLAIN, EM, STRONG)

Span = tuple[str, str]
Spans = tuple[Span, ...]

_TOKENS = re.compile(r"(\\\\|\\\*|\*\*|\*)")


def parse_markup(text: str) -> tuple[str, Spans, str | None]:
    """``(plain text, spans, problem)``; on a problem the text is kept literally."""
    if "*" not in text and "\\" not in text:
        return text, ((text, PLAIN),) if text else (), None
    spans: list[Span] = []
    em = strong = False
    pieces: list[str] = []

    def flush() -> None:
        if pieces:
            style = STRONG if strong else EM if em else PLAIN
            chunk = "".join(pieces)
            if spans and spans[-1][1] == style:
                spans[-1] = (spans[-1][0] + chunk, style)
            else:
                spans.append((chunk, style))
            pieces.clear()

    for token in _TOKENS.split(text):
        if token == "**":
            flush()
            strong = not strong
        elif token == "*":
            flush()
            em = not em
        elif token in ("\\*", "\\\\"):
            pieces.append(token[1])
        elif token:
            pieces.append(token)
    flush()
    if em or strong:
        marker = "**" if strong else "*"
        problem = f"'{marker}' opens emphasis that is never closed (write \\* for a star)"
        return text, ((text, PLAIN),), problem
    return "".join(span[0] for span in spans), tuple(spans), None
