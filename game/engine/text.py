"""Fonts and text layout.

Text is drawn at window resolution so it stays crisp at any scale, but it is laid
out (measured, wrapped, paged) in internal pixels with metrics taken at one fixed
reference size. Layout therefore does not depend on the window scale, and logic
that counts pages or characters behaves the same on every screen.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pygame

from game.content.resolver import ContentError, Resolver

#: Where the font files are, in every pack (a mod's file replaces the game's).
FONT_FOLDER = "assets/fonts"
FACES: dict[str, str] = {
    "sans": "Inter-Regular.otf",
    "bold": "Inter-SemiBold.otf",
    "italic": "Inter-Italic.otf",
    "mono": "JetBrainsMono-Regular.ttf",
    "mono_bold": "JetBrainsMono-Bold.ttf",
}
#: Span styles to font faces.
STYLE_FACES: dict[str, str] = {"plain": "sans", "em": "italic", "strong": "bold"}
#: Layout measures text with fonts this many times the internal size.
REFERENCE_SCALE = 8
#: Line height as a multiple of the font size, in internal pixels.
LINE_SPACING = 1.35


def _ensure_font_module() -> None:
    if not pygame.font.get_init():
        pygame.font.init()


_fonts: Resolver | None = None
#: Caches that hold measurements or renderings of the current fonts (cleared when
#: the font files change; the screen adds its own).
font_caches: list[Any] = []


def use_fonts(content: Resolver) -> None:
    """Take the font files from these packs (the run's); caches are dropped only if
    that changes which files are used."""
    global _fonts
    before = _fonts
    _fonts = content
    if before is not None and any(before.path(f"{FONT_FOLDER}/{file}")
                                  != content.path(f"{FONT_FOLDER}/{file}")
                                  for file in FACES.values()):
        for cache in font_caches:
            cache.cache_clear()


def _font_file(face: str, content: Resolver) -> str:
    path = content.path(f"{FONT_FOLDER}/{FACES[face]}")
    if path is None:
        raise ContentError(f"{FONT_FOLDER}/{FACES[face]}: this font file is missing from "
                           f"the game ({content.base.root})")
    return str(path)


@functools.lru_cache(maxsize=64)
def font(face: str, pixels: int) -> pygame.font.Font:
    """A font of ``face`` whose size is ``pixels`` window pixels."""
    _ensure_font_module()
    if face not in FACES:
        raise KeyError(f"unknown font face {face!r}; known: {', '.join(FACES)}")
    return pygame.font.Font(_font_file(face, _fonts or Resolver.base_game()), max(1, pixels))


@functools.lru_cache(maxsize=8192)
def text_width(text: str, size: float, face: str = "sans") -> float:
    """Width of ``text`` in internal pixels at internal font size ``size``."""
    ref = font(face, round(size * REFERENCE_SCALE))
    return ref.size(text)[0] / REFERENCE_SCALE


font_caches += [font, text_width]


def line_height(size: float) -> float:
    return size * LINE_SPACING


def wrap(text: str, width: float, size: float, face: str = "sans") -> list[str]:
    """Greedy word wrap to ``width`` internal pixels; explicit newlines are kept."""
    lines = wrap_spans([(text, "plain")], width, size, {"plain": face})
    return ["".join(piece for piece, _ in line) for line in lines]


Span = tuple[str, str]  # (text, style)


def wrap_spans(
    spans: Sequence[Span],
    width: float,
    size: float,
    faces: dict[str, str] | None = None,
) -> list[list[Span]]:
    """Wrap styled runs of text into lines of runs no wider than ``width``.

    A word never splits (even where its style changes mid-word) unless it is
    wider than a whole line on its own.
    """
    faces = faces or STYLE_FACES

    def measure(run: Span) -> float:
        return text_width(run[0], size, faces.get(run[1], "sans"))

    lines: list[list[Span]] = [[]]
    x = 0.0
    for kind, runs in _groups(spans):
        if kind == "newline":
            lines.append([])
            x = 0.0
            continue
        w = sum(measure(run) for run in runs)
        if kind == "space":
            if lines[-1]:  # no leading spaces on a line
                lines[-1].extend(runs)
                x += w
            continue
        if x + w > width and lines[-1]:
            _strip_trailing_space(lines[-1])
            lines.append([])
            x = 0.0
        for run in runs:
            text, style = run
            face = faces.get(style, "sans")
            while x + measure((text, style)) > width and len(text) > 1:
                head = _longest_prefix(text, max(width - x, 0.0), size, face)
                if not head and x > 0:  # nothing fits after what is already on this line
                    lines.append([])
                    x = 0.0
                    continue
                head = head or text[:1]  # a line narrower than one character
                lines[-1].append((head, style))
                lines.append([])
                x = 0.0
                text = text[len(head) :]
            lines[-1].append((text, style))
            x += measure((text, style))
    for line in lines:
        _strip_trailing_space(line)
    return [_merge(line) for line in lines]


_TOKEN = re.compile(r"\n|[^\S\n]+|\S+")


def _groups(spans: Sequence[Span]) -> list[tuple[str, list[Span]]]:
    """Group runs into words, spaces and newlines; a word may span several styles."""
    groups: list[tuple[str, list[Span]]] = []
    for text, style in spans:
        for token in _TOKEN.findall(text):
            kind = "newline" if token == "\n" else "space" if token.isspace() else "word"
            if kind == "word" and groups and groups[-1][0] == "word":
                groups[-1][1].append((token, style))
            else:
                groups.append((kind, [(token, style)]))
    return groups


def _strip_trailing_space(line: list[Span]) -> None:
    while line and line[-1][0].isspace():
        line.pop()


def _merge(line: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for text, style in line:
        if merged and merged[-1][1] == style:
            merged[-1] = (merged[-1][0] + text, style)
        else:
            merged.append((text, style))
    return merged


def _longest_prefix(word: str, width: float, size: float, face: str) -> str:
    """The longest start of ``word`` that fits ``width`` ("" if not even one character)."""
    lo, hi = 0, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text_width(word[:mid], size, face) <= width:
            lo = mid
        else:
            hi = mid - 1
    return word[:lo]


@dataclass(frozen=True)
class Page:
    """Lines of styled runs that fit one text box."""

    lines: tuple[tuple[Span, ...], ...]

    @property
    def length(self) -> int:
        return sum(len(text) for line in self.lines for text, _ in line)


def paginate(
    spans: Sequence[Span], width: float, size: float, max_lines: int
) -> list[Page]:
    """Split wrapped text into pages of at most ``max_lines`` lines."""
    lines = wrap_spans(spans, width, size)
    pages = [
        Page(tuple(tuple(line) for line in lines[i : i + max_lines]))
        for i in range(0, len(lines), max(1, max_lines))
    ]
    return pages or [Page(())]
