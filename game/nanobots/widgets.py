"""Layout and small drawing helpers of the debugger's instrument look.

Everything is in internal pixels (480x270); :class:`~game.engine.screen.Screen`
scales it. Panels are drawn here rather than with the 9-slice UI frame, so the
debugger has its own darker, sharper look.

Where each part goes is a :class:`Layout`, made by :func:`layout_for` from the window
scale and the level's grid: text is drawn at window resolution, so at scale 1 every
text is raised to :data:`MIN_TEXT_PX` window pixels and the panels make room for it;
the swarm view takes as many whole pixels a cell as its stage allows (a fraction of one
for the widest and tallest layouts), and the gauges, legend and timeline keep the
stage's width whatever the grid's. Widths are measured with the font at the size it is
drawn (:func:`measure`), not at the layout reference size, so what fits here fits on
screen.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pygame

from game.engine import text as textmod
from game.engine.screen import HEIGHT, WIDTH, Screen
from game.nanobots import colors as C

Rect = tuple[float, float, float, float]

TOP_BAR: Rect = (0, 0, 480, 14)
VIEW_POS = (8, 18)  # the stage's top-left (the swarm view's, for a story-sized grid)
TIMELINE_H = 9
PROGRAM: Rect = (272, 18, 202, 134)  # the program panel at scale 2 and up
INSPECTOR: Rect = (272, 156, 202, 98)
HINT_Y = 258
MONO = 6.4  # code size
LINE_H = 8.5  # program line pitch
#: The smallest text drawn, in window pixels: at scale 1 every text is at least this.
MIN_TEXT_PX = 8
#: The most pixels a cell of a small grid is drawn with.
MAX_CELL_PX = 8
#: The right column's width at scale 1 (wider: its text is larger there).
COMPACT_RIGHT_W = 250
#: Where the status pill and the clock go in the top bar: the title and campaign stop
#: before it.
STATUS_X = 272


#: The monospaced faces (every ASCII character one advance wide).
MONO_FACES = frozenset({"mono", "mono_bold"})


def text_size(size: float, scale: int) -> float:
    """``size`` (internal pixels), raised so that it is at least :data:`MIN_TEXT_PX`
    window pixels at ``scale``."""
    return max(size, MIN_TEXT_PX / max(1, scale))


@functools.lru_cache(maxsize=8192)
def _size(content: str, face: str, pixels: int) -> tuple[int, int]:
    return textmod.font(face, pixels).size(content)


textmod.font_caches.append(_size)


def measure(content: str, size: float, face: str, scale: int) -> float:
    """The width of ``content`` as :meth:`Screen.text` draws it at ``scale`` (the font
    at its drawn size, hinting included), in internal pixels."""
    if not content:
        return 0.0
    return _size(content, face, max(1, round(size * scale)))[0] / scale


def measure_at_most(content: str, size: float, face: str, scale: int) -> float:
    """At least the width :func:`measure` gives, found without a font call for Latin text
    in a monospaced face (its advances, and two window pixels for the last character's
    overhang; no character below U+0250 is wider there): for text that changes every
    frame."""
    if face in MONO_FACES and max(content, default=" ") < "\u0250":
        pixels = max(1, round(size * scale))
        return (len(content) * _size("0", face, pixels)[0] + 2) / scale
    return measure(content, size, face, scale)


def text_height(size: float, face: str, scale: int) -> float:
    """The height of a line of text as drawn at ``scale``, in internal pixels."""
    return _size("Ag", face, max(1, round(size * scale)))[1] / scale


def fit(content: str, width: float, size: float, face: str, scale: int) -> str:
    """``content``, cut short with an ellipsis if it is wider than ``width``
    ("" when not even the ellipsis fits)."""
    if measure(content, size, face, scale) <= width:
        return content
    lo, hi = 0, len(content)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(content[:mid].rstrip() + "…", size, face, scale) <= width:
            lo = mid
        else:
            hi = mid - 1
    if lo == 0:
        return "…" if measure("…", size, face, scale) <= width else ""
    return content[:lo].rstrip() + "…"


def first_fitting(candidates: tuple[str, ...], width: float, size: float, face: str,
                  scale: int) -> str:
    """The first of ``candidates`` (longest first) that fits ``width``; the last one cut
    short if none does."""
    for content in candidates:
        if measure(content, size, face, scale) <= width:
            return content
    return fit(candidates[-1], width, size, face, scale)


def wrap(content: str, width: float, size: float, face: str, scale: int,
         sep: str = " ") -> list[str]:
    """Greedy wrap of ``content`` at ``sep`` to ``width`` as drawn at ``scale``; a piece
    wider than a line on its own is cut short. Newlines are kept."""
    lines: list[str] = []
    for paragraph in content.split("\n"):
        line = ""
        for word in paragraph.split(sep):
            if not word:
                continue
            trial = f"{line}{sep}{word}" if line else word
            if measure(trial, size, face, scale) <= width:
                line = trial
                continue
            if line:
                lines.append(line)
            line = word if measure(word, size, face, scale) <= width else \
                fit(word, width, size, face, scale)
        lines.append(line)
    return lines


@dataclass(frozen=True)
class Type:
    """Text sizes and widths at one window scale: sizes are raised to
    :data:`MIN_TEXT_PX` window pixels (:func:`text_size`), widths measured as drawn."""

    scale: int

    def fs(self, size: float) -> float:
        """A text size as drawn at this scale (see :func:`text_size`)."""
        return text_size(size, self.scale)

    def width(self, content: str, size: float, face: str = "sans") -> float:
        """The drawn width of ``content`` at the drawn size of ``size``."""
        return measure(content, self.fs(size), face, self.scale)

    def height(self, size: float, face: str = "sans") -> float:
        return text_height(self.fs(size), face, self.scale)

    def line(self, size: float, face: str = "sans") -> float:
        """The pitch of wrapped lines of text of ``size``."""
        return max(textmod.line_height(self.fs(size)), self.height(size, face))

    def fit(self, content: str, width: float, size: float, face: str = "sans") -> str:
        return fit(content, width, self.fs(size), face, self.scale)

    def first_fitting(self, candidates: tuple[str, ...], width: float, size: float,
                      face: str = "sans") -> str:
        return first_fitting(candidates, width, self.fs(size), face, self.scale)

    def wrap(self, content: str, width: float, size: float, face: str = "sans",
             sep: str = " ") -> list[str]:
        return wrap(content, width, self.fs(size), face, self.scale, sep)

    def pack(self, items: list[str], sep: str, width: float, size: float,
             face: str = "sans") -> list[str]:
        """``items`` joined by ``sep`` into as few lines as fit ``width`` (an item is
        never split; one too wide alone is cut short)."""
        lines: list[str] = []
        drawn = self.fs(size)
        for item in items:
            trial = f"{lines[-1]}{sep}{item}" if lines else item
            if lines and measure_at_most(trial, drawn, face, self.scale) <= width:
                lines[-1] = trial
            elif measure_at_most(item, drawn, face, self.scale) <= width:
                lines.append(item)
            else:
                lines.append(self.fit(item, width, size, face))
        return lines

    @property
    def char_w(self) -> float:
        """The advance of a character of code."""
        return self.width("0", MONO, "mono")


@functools.lru_cache(maxsize=8)
def type_for(scale: int) -> Type:
    return Type(max(1, scale))


@dataclass(frozen=True)
class Layout(Type):
    """Where each part of the debugger goes, in internal pixels, for one window scale and
    one grid size (see :func:`layout_for`)."""

    cols: int
    rows: int
    #: Internal pixels a cell (below 1 for layouts wider or taller than the stage).
    cell: float
    #: The area the swarm view is centred in, and the view itself.
    stage: Rect
    view: Rect
    timeline: Rect
    #: The gauges (two columns, two rows) and the legend rows under them.
    gauges: Rect
    gauge_pitch: float
    legend: Rect
    legend_pitch: float
    legend_row: float
    program: Rect
    inspector: Rect
    top: Rect
    status: Rect
    hints: Rect
    #: Program line pitch, inspector row pitch, the height of a panel's title tab.
    line_h: float
    row: float
    tab: float

    @property
    def panels(self) -> dict[str, Rect]:
        """The parts text is drawn in, by name (they do not overlap)."""
        return {"top": self.top, "stage": self.stage, "timeline": self.timeline,
                "gauges": self.gauges, "legend": self.legend, "program": self.program,
                "inspector": self.inspector, "hints": self.hints}


def tab_height(scale: int) -> float:
    """The height of a panel's title tab: 9, or its title's line where that is taller."""
    return max(9.0, math.ceil(text_height(text_size(6, scale), "mono_bold", scale)))


@functools.lru_cache(maxsize=64)
def layout_for(scale: int, cols: int, rows: int) -> Layout:
    """The layout of a ``cols`` x ``rows`` grid at window scale ``scale``.

    At scale 2 and up a story-sized grid (64x44) is drawn 4 pixels a cell in a 256x176
    stage beside a 202-pixel program panel; at scale 1 the text is larger, so the right
    column is wider and the stage smaller (3 pixels a cell for a story-sized grid)."""
    scale = max(1, scale)
    fs = functools.partial(text_size, scale=scale)
    right_w = 202 if scale > 1 else COMPACT_RIGHT_W
    left_x, top_y = VIEW_POS
    stage_w = WIDTH - 6 - right_w - 8 - left_x
    bottom = HINT_Y - 4
    # under the stage: the timeline, two rows of gauges, the legend's rows
    label_h = max(8.0, math.ceil(text_height(fs(5.5), "mono_bold", scale)))
    timeline_h = max(float(TIMELINE_H), math.ceil(text_height(fs(5), "mono", scale)) + 1)
    gauge_pitch = label_h + 10
    legend_row = max(8.0, math.ceil(text_height(fs(5.5), "sans", scale)))
    widest = max(measure(name, fs(5.5), "sans", scale)
                 for name in ("enamel", "dentin", "nerve", "gum", "bone", "cavity", "marker",
                              "filled"))
    legend_pitch = max(32.0, math.ceil(9 + widest + 3))
    per_row = max(1, int((stage_w + 2) // legend_pitch))
    legend_rows = math.ceil(8 / per_row)
    legend_h = legend_rows * legend_row
    hud_h = 3 + timeline_h + 4 + 2 * gauge_pitch + legend_h
    stage_h = bottom - hud_h - top_y
    cell = min(stage_w / cols, stage_h / rows)
    cell = float(min(MAX_CELL_PX, math.floor(cell))) if cell >= 1 else cell
    vw, vh = cols * cell, rows * cell
    vx = left_x + math.floor((stage_w - vw) / 2)
    vy = top_y + math.floor((stage_h - vh) / 2)
    stage = (float(left_x), float(top_y), float(stage_w), float(stage_h))
    ty = top_y + stage_h + 3
    timeline = (float(left_x), float(ty), float(stage_w), float(timeline_h))
    gy = ty + timeline_h + 4
    gauges = (float(left_x), float(gy), float(stage_w), 2 * gauge_pitch)
    legend = (float(left_x - 1), gy + 2 * gauge_pitch, float(stage_w + 2), float(legend_h))
    right_x = left_x + stage_w + 8
    column_h = bottom - top_y
    program_h = 134.0 if scale > 1 else float(round(column_h * 0.6))
    program = (float(right_x), float(top_y), float(right_w), program_h)
    iy = top_y + program_h + 4
    inspector = (float(right_x), iy, float(right_w), bottom - iy)
    code_h = text_height(fs(MONO), "mono", scale)
    line_h = max(LINE_H, math.ceil(code_h) - 1.0)
    row = max(7.2, math.ceil(text_height(fs(5.5), "mono", scale)) - 1.0)
    return Layout(
        scale=scale, cols=cols, rows=rows, cell=cell, stage=stage,
        view=(float(vx), float(vy), vw, vh), timeline=timeline, gauges=gauges,
        gauge_pitch=gauge_pitch, legend=legend, legend_pitch=legend_pitch,
        legend_row=legend_row, program=program, inspector=inspector, top=TOP_BAR,
        status=(float(STATUS_X), 0.0, 70.0, 14.0), hints=(0.0, float(HINT_Y), 480.0,
                                                          float(HEIGHT - HINT_Y)),
        line_h=line_h, row=row, tab=tab_height(scale))


textmod.font_caches.append(layout_for)  # its sizes come from the fonts


@dataclass(frozen=True)
class FieldBox:
    """Where one field of one program line is drawn (for the pointer)."""

    line: int
    field: int
    rect: Rect


class Kept:
    """A part of the window drawn once and copied back each frame while what it shows
    (``key``) is the same: text and panels that change only on input.

    ``paint`` must draw only inside ``rect``, over what was drawn before it in the frame
    (which must itself be the same each frame while the key is); the copy is taken
    right after it paints."""

    def __init__(self) -> None:
        self.key: object = None
        self.copy: pygame.Surface | None = None
        self.value: Any = None

    def draw(self, screen: Screen, rect: Rect, key: object, paint: Callable[[], Any]) -> Any:
        target = screen.target
        box = screen.window_rect(rect).clip(target.get_rect())
        key = (key, screen.scale, screen.origin, target.get_size(), id(target))
        if self.copy is not None and key == self.key:
            target.blit(self.copy, box)
            return self.value
        self.value = paint()
        self.copy = target.subsurface(box).copy()
        self.key = key
        return self.value


def mono_text(screen: Screen, content: str, pos: tuple[float, float], *, size: float,
              color: tuple[int, ...], face: str = "mono", anchor: str = "topleft") -> float:
    """:meth:`Screen.text` for text that changes every frame (clock, counters, gauges), in a
    monospaced face: put together from kept glyphs, with the same pixels as a whole render,
    instead of rendering a new line each frame. Returns the width in internal pixels."""
    if not content:
        return 0.0
    glyphs = textmod.glyphs(face, max(1, round(size * screen.scale)), tuple(color[:3]))
    pieces = glyphs.line(content)
    if pieces is None:
        return screen.text(content, pos, size=size, color=color, face=face, anchor=anchor)
    box = pygame.Rect(0, 0, glyphs.advance * len(content), glyphs.height)
    setattr(box, anchor, screen.to_window(*pos))
    step = glyphs.advance
    screen.target.blits([(piece, (box.x + i * step, box.y)) for i, piece in enumerate(pieces)
                         if piece is not None], doreturn=False)
    return box.w / screen.scale


def warm_glyphs(screen: Screen, size: float, color: tuple[int, ...], face: str = "mono",
                characters: str = "0123456789.,:;-+/()%#xst ") -> None:
    """Render the glyphs :func:`mono_text` will need for numbers, ahead of need."""
    textmod.glyphs(face, max(1, round(size * screen.scale)), tuple(color[:3])).line(characters)


def inside(rect: Rect, pos: tuple[int, int]) -> bool:
    x, y, w, h = rect
    return x <= pos[0] < x + w and y <= pos[1] < y + h


def panel(screen: Screen, rect: Rect, title: str = "", *, accent=C.ACCENT_DIM) -> None:
    """A dark instrument panel with a thin edge, corner ticks and an optional tab title."""
    x, y, w, h = rect
    screen.fill(C.PANEL, rect)
    screen.outline(C.PANEL_EDGE, rect)
    for cx, cy, dx, dy in ((x, y, 1, 1), (x + w - 1, y, -1, 1), (x, y + h - 1, 1, -1),
                           (x + w - 1, y + h - 1, -1, -1)):
        screen.line(accent, (cx, cy), (cx + 3 * dx, cy))
        screen.line(accent, (cx, cy), (cx, cy + 3 * dy))
    if title:
        tab = tab_height(screen.scale)
        screen.fill(C.PANEL_RAISED, (x + 1, y + 1, w - 2, tab))
        screen.line(C.PANEL_EDGE, (x + 1, y + tab + 1), (x + w - 2, y + tab + 1))
        screen.text(title, (x + 5, y + 1.5), size=text_size(6, screen.scale),
                    color=C.TEXT_DIM, face="mono_bold")


def gauge(screen: Screen, rect: Rect, fraction: float, color, *, mark: float | None = None,
          mark_color=C.TEXT) -> None:
    """A horizontal bar filled to ``fraction`` (0..1) with an optional goal mark."""
    x, y, w, h = rect
    screen.fill(C.GUTTER, rect)
    fill = max(0.0, min(1.0, fraction))
    if fill > 0:
        screen.fill(color, (x, y, max(1.0, round(w * fill)), h))
    for i in range(1, 10):  # faint tenth ticks
        tx = x + round(w * i / 10)
        screen.line(C.PANEL, (tx, y + h - 1), (tx, y + h - 1))
    if mark is not None:
        mx = x + round(w * max(0.0, min(1.0, mark)))
        screen.line(mark_color, (mx, y - 1), (mx, y + h))
    screen.outline(C.PANEL_EDGE, rect)


def play_icon(screen: Screen, x: float, y: float, color) -> None:
    for i in range(5):
        screen.line(color, (x + i, y + i * 0.5), (x + i, y + 5 - i * 0.5))


def pause_icon(screen: Screen, x: float, y: float, color) -> None:
    screen.fill(color, (x, y, 2, 5))
    screen.fill(color, (x + 3, y, 2, 5))


def rewind_icon(screen: Screen, x: float, y: float, color) -> None:
    for k in (0, 3):
        for i in range(3):
            screen.line(color, (x + k + 2 - i, y + 1 + i * 0.5 - 0.5), (x + k + 2 - i, y + 4 - i))


def arrow(screen: Screen, origin: tuple[float, float], vec: tuple[float, float], color) -> None:
    """A short vector with a tiny head."""
    ox, oy = origin
    ex, ey = ox + vec[0], oy + vec[1]
    screen.line(color, (ox, oy), (ex, ey))
    length = (vec[0] ** 2 + vec[1] ** 2) ** 0.5
    if length >= 2.5:
        ux, uy = vec[0] / length, vec[1] / length
        for side in (1, -1):
            hx = ex - 2 * ux + side * 1.4 * -uy
            hy = ey - 2 * uy + side * 1.4 * ux
            screen.line(color, (ex, ey), (hx, hy))
