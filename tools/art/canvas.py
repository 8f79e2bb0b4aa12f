"""A tiny indexed-colour canvas and a deterministic PNG writer.

Pixels hold palette indices (see palette.py); -1 is transparent. Because nothing but
palette indices can be stored, every written PNG uses only palette colours.
"""

from __future__ import annotations

import random
import struct
import zlib
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from .palette import INDEX, RGB

T = -1  # transparent

Colour = str | int


def C(c: Colour | None) -> int:
    """Colour name or index -> index (None -> transparent)."""
    if c is None:
        return T
    if isinstance(c, str):
        return INDEX[c]
    return int(c)


class Canvas:
    def __init__(self, w: int, h: int, fill: Colour | None = None):
        self.w, self.h = w, h
        self.a = np.full((h, w), C(fill), dtype=np.int16)

    # --- basic access -------------------------------------------------
    def copy(self) -> Canvas:
        c = Canvas(self.w, self.h)
        c.a = self.a.copy()
        return c

    def inside(self, x: int, y: int) -> bool:
        return 0 <= x < self.w and 0 <= y < self.h

    def get(self, x: int, y: int) -> int:
        return int(self.a[y, x]) if self.inside(x, y) else T

    def px(self, x: int, y: int, c: Colour | None) -> None:
        if self.inside(x, y):
            self.a[y, x] = C(c)

    def pxs(self, pts: Iterable[tuple[int, int]], c: Colour | None) -> None:
        for x, y in pts:
            self.px(x, y, c)

    # --- shapes -------------------------------------------------------
    def rect(self, x: int, y: int, w: int, h: int, c: Colour | None) -> None:
        """Filled rectangle (clipped)."""
        x0, y0 = max(x, 0), max(y, 0)
        x1, y1 = min(x + w, self.w), min(y + h, self.h)
        if x1 > x0 and y1 > y0:
            self.a[y0:y1, x0:x1] = C(c)

    def box(self, x: int, y: int, w: int, h: int, c: Colour | None) -> None:
        """Rectangle outline."""
        self.hline(x, x + w - 1, y, c)
        self.hline(x, x + w - 1, y + h - 1, c)
        self.vline(x, y, y + h - 1, c)
        self.vline(x + w - 1, y, y + h - 1, c)

    def hline(self, x0: int, x1: int, y: int, c: Colour | None) -> None:
        if x1 < x0:
            x0, x1 = x1, x0
        self.rect(x0, y, x1 - x0 + 1, 1, c)

    def vline(self, x: int, y0: int, y1: int, c: Colour | None) -> None:
        if y1 < y0:
            y0, y1 = y1, y0
        self.rect(x, y0, 1, y1 - y0 + 1, c)

    def line(self, x0: int, y0: int, x1: int, y1: int, c: Colour | None) -> None:
        dx, dy = abs(x1 - x0), -abs(y1 - y0)
        sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
        err = dx + dy
        while True:
            self.px(x0, y0, c)
            if x0 == x1 and y0 == y1:
                return
            e2 = 2 * err
            if e2 >= dy:
                err += dy
                x0 += sx
            if e2 <= dx:
                err += dx
                y0 += sy

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, c: Colour | None) -> None:
        """Filled ellipse centred on (cx, cy) (pixel centres at +0.5)."""
        ys, xs = np.mgrid[0 : self.h, 0 : self.w]
        m = ((xs + 0.5 - cx) / rx) ** 2 + ((ys + 0.5 - cy) / ry) ** 2 <= 1.0
        self.a[m] = C(c)

    def ellipse_mask(self, cx: float, cy: float, rx: float, ry: float) -> np.ndarray:
        ys, xs = np.mgrid[0 : self.h, 0 : self.w]
        return ((xs + 0.5 - cx) / rx) ** 2 + ((ys + 0.5 - cy) / ry) ** 2 <= 1.0

    def fill_mask(self, m: np.ndarray, c: Colour | None) -> None:
        self.a[m] = C(c)

    def dither(self, x: int, y: int, w: int, h: int, c: Colour | None, phase: int = 0,
               only_on: Colour | None = None) -> None:
        """50% checkerboard of colour c over a rectangle (optionally only over one colour)."""
        for yy in range(max(y, 0), min(y + h, self.h)):
            for xx in range(max(x, 0), min(x + w, self.w)):
                if (xx + yy + phase) % 2 == 0 and (
                    only_on is None or self.a[yy, xx] == C(only_on)
                ):
                    self.a[yy, xx] = C(c)

    def replace(self, old: Colour | None, new: Colour | None) -> None:
        self.a[self.a == C(old)] = C(new)

    def remap(self, mapping: dict[Colour, Colour | None]) -> Canvas:
        out = self.copy()
        for k, v in mapping.items():
            out.a[self.a == C(k)] = C(v)
        return out

    # --- ASCII masks ----------------------------------------------------
    def stamp(self, x: int, y: int, art: str | list[str], legend: dict[str, Colour | None]) -> None:
        """Draw ASCII art: each char is looked up in legend; chars not in it are skipped."""
        rows = art_rows(art)
        for j, row in enumerate(rows):
            for i, ch in enumerate(row):
                if ch in legend:
                    self.px(x + i, y + j, legend[ch])

    # --- composition ----------------------------------------------------
    def blit(self, other: Canvas, x: int, y: int) -> None:
        """Copy the non-transparent pixels of other at (x, y) (clipped)."""
        sx0, sy0 = max(0, -x), max(0, -y)
        dx0, dy0 = max(0, x), max(0, y)
        w = min(other.w - sx0, self.w - dx0)
        h = min(other.h - sy0, self.h - dy0)
        if w <= 0 or h <= 0:
            return
        src = other.a[sy0 : sy0 + h, sx0 : sx0 + w]
        dst = self.a[dy0 : dy0 + h, dx0 : dx0 + w]
        m = src != T
        dst[m] = src[m]

    def crop(self, x: int, y: int, w: int, h: int) -> Canvas:
        c = Canvas(w, h)
        c.blit(self, -x, -y)
        return c

    def flip_h(self) -> Canvas:
        c = self.copy()
        c.a = self.a[:, ::-1].copy()
        return c

    def flip_v(self) -> Canvas:
        c = self.copy()
        c.a = self.a[::-1, :].copy()
        return c

    def shift(self, dx: int, dy: int) -> Canvas:
        c = Canvas(self.w, self.h)
        c.blit(self, dx, dy)
        return c

    def opaque(self) -> np.ndarray:
        return self.a != T

    def outline(self, c: Colour, diagonal: bool = False) -> None:
        """Paint c on transparent pixels touching the silhouette (4- or 8-neighbourhood)."""
        m = self.opaque()
        grow = np.zeros_like(m)
        grow[1:, :] |= m[:-1, :]
        grow[:-1, :] |= m[1:, :]
        grow[:, 1:] |= m[:, :-1]
        grow[:, :-1] |= m[:, 1:]
        if diagonal:
            grow[1:, 1:] |= m[:-1, :-1]
            grow[1:, :-1] |= m[:-1, 1:]
            grow[:-1, 1:] |= m[1:, :-1]
            grow[:-1, :-1] |= m[1:, 1:]
        self.a[grow & ~m] = C(c)

    def selout(self, ramp_dark: dict[int, int], default: Colour) -> None:
        """Selective outline: each new outline pixel takes the darker tone of its neighbour."""
        m = self.opaque()
        out = self.a.copy()
        for y in range(self.h):
            for x in range(self.w):
                if m[y, x]:
                    continue
                for dx, dy in ((0, -1), (-1, 0), (1, 0), (0, 1)):
                    nx, ny = x + dx, y + dy
                    if 0 <= nx < self.w and 0 <= ny < self.h and m[ny, nx]:
                        out[y, x] = ramp_dark.get(int(self.a[ny, nx]), C(default))
                        break
        self.a = out

    # --- output ---------------------------------------------------------
    def rgba(self) -> np.ndarray:
        lut = np.zeros((len(RGB) + 1, 4), dtype=np.uint8)
        for i, (r, g, b) in enumerate(RGB):
            lut[i] = (r, g, b, 255)
        lut[len(RGB)] = (0, 0, 0, 0)
        a = self.a.copy()
        a[a == T] = len(RGB)
        return lut[a]

    def save(self, path: str | Path) -> None:
        write_png(Path(path), self.rgba())

    def scaled(self, k: int) -> Canvas:
        c = Canvas(self.w * k, self.h * k)
        c.a = np.repeat(np.repeat(self.a, k, axis=0), k, axis=1)
        return c


def art_rows(art: str | list[str]) -> list[str]:
    if isinstance(art, str):
        rows = art.split("\n")
        # drop leading/trailing empty lines, keep inner spacing
        while rows and not rows[0].strip():
            rows.pop(0)
        while rows and not rows[-1].strip():
            rows.pop()
        return rows
    return list(art)


def write_png(path: Path, rgba: np.ndarray) -> None:
    """Write an RGBA8 PNG deterministically (no timestamps, fixed compression)."""
    h, w, _ = rgba.shape
    raw = b"".join(b"\x00" + rgba[y].tobytes() for y in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9))
    png += chunk(b"IEND", b"")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png)


def rng(seed: str | int) -> random.Random:
    """A seeded generator; string seeds are hashed stably (not with hash())."""
    if isinstance(seed, str):
        seed = zlib.crc32(seed.encode("utf-8"))
    return random.Random(seed)
