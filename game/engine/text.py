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


class Glyphs:
    """One face, size and colour rendered a character at a time, for text that changes
    every frame (clocks, counters): a line is put together from kept glyphs instead of
    being rendered whole. Only for a face that is monospaced at this size, where each
    glyph lies within its advance, so the pieces give exactly the pixels a whole render
    gives; :meth:`line` returns None for a line it cannot put together that way."""

    def __init__(self, face: str, pixels: int, color: tuple[int, ...]) -> None:
        self.font = font(face, pixels)
        self.color = color
        self.advance = self.font.size("0")[0]
        self.height = self.font.size("0")[1]
        self._glyphs: dict[str, pygame.Surface | None] = {}

    def glyph(self, char: str) -> pygame.Surface | None:
        """The rendered character, or None if it does not keep to the advance."""
        if char in self._glyphs:
            return self._glyphs[char]
        surface: pygame.Surface | None = None
        metrics = self.font.metrics(char)[0]
        if metrics is not None:
            min_x, max_x, _, _, advance = metrics
            if advance == self.advance and min_x >= 0 and max_x <= advance:
                surface = self.font.render(char, True, self.color)
                if surface.get_size() != (self.advance, self.height):
                    surface = None
        self._glyphs[char] = surface
        return surface

    def line(self, text: str) -> list[pygame.Surface | None] | None:
        """One surface per character (None for a space), or None if any character does
        not keep to the advance."""
        out: list[pygame.Surface | None] = []
        for char in text:
            if char == " ":
                out.append(None)
                continue
            surface = self.glyph(char)
            if surface is None:
                return None
            out.append(surface)
        return out


@functools.lru_cache(maxsize=64)
def glyphs(face: str, pixels: int, color: tuple[int, ...]) -> Glyphs:
    """The kept glyphs of ``face`` at ``pixels`` window pixels in ``color``."""
    return Glyphs(face, pixels, color)


def warm(face: str, pixels: int, characters: str) -> None:
    """Load ``face`` at ``pixels`` and have it rasterise ``characters`` now, so that later
    renders with it do not pay for the first use (a scene calls this while it shows a
    card, before the text is needed)."""
    font(face, pixels).size(characters)
    font(face, pixels).render(characters, True, (255, 255, 255))


font_caches += [font, text_width, glyphs]


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
