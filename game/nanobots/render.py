"""Drawing the swarm: numpy writes pixels into an array that a pygame Surface shares.

:class:`SwarmView` keeps one ``uint32`` pixel array (BGRA bytes) and a Surface
made with ``pygame.image.frombuffer`` over the same memory, so a frame is a
few whole-array numpy operations and no per-bot blits: copy the tissue image,
blend an overlay, scatter the bots with ``bincount`` on their pixel indices.
Tissues are drawn in their colour *and* their pattern (see
:mod:`game.nanobots.colors`), cavities fill up from the bottom as they are
repaired.
"""

from __future__ import annotations

import functools

import numpy as np
import pygame

from game.nanobots import colors as C
from game.nanobots.overlay import Overlay
from game.nanobots.sim import Simulation
from game.nanobots.tissues import TISSUE_COUNT, Tissue


def pack(rgb: tuple[int, int, int]) -> int:
    """An opaque colour as the uint32 of a BGRA pixel."""
    r, g, b = rgb
    return (255 << 24) | (r << 16) | (g << 8) | b


@functools.lru_cache(maxsize=8)
def _ramp_table(colors: tuple[C.RGB, ...]) -> np.ndarray:
    table = np.array(C.ramp(colors, 256), dtype=np.float32)
    table.setflags(write=False)
    return table


def tissue_patterns(cell: int) -> dict[Tissue, np.ndarray]:
    """Per tissue, a boolean mask over one 2x2-cell tile: True where the pattern colour goes."""
    size = cell * 2
    yy, xx = np.mgrid[0:size, 0:size]
    lx, ly = xx % cell, yy % cell
    last = cell - 1
    return {
        Tissue.FLUID: (xx == 0) & (yy == 0),
        Tissue.ENAMEL: np.zeros((size, size), dtype=bool),
        Tissue.DENTIN: (lx == 1) & (ly == 2 % cell),
        Tissue.PULP: lx == 1,
        Tissue.GUM: ly == last,
        Tissue.BONE: ((lx == 0) & (ly == 1)) | ((xx == cell + 2 % cell) & (yy == cell + 3 % cell)),
        Tissue.CAVITY: (xx + yy) % 4 == 0,
        Tissue.MARKER: ((xx // 2) + (yy // 2)) % 2 == 0,
        Tissue.FILLED: (lx == 0) | (ly == 0),
    }


def _shaded(colours: np.ndarray) -> np.ndarray:
    """``colours`` (uint32 BGRA) as they are, lit and darkened: shape (3, ...).

    Light from the top left: tissue edges facing up/left are lit
    (``c + (255 - c) * 0.28``), those facing down/right darkened (``c * 0.62``),
    in float32 per channel and truncated back to bytes."""
    rgb = colours.view(np.uint8).reshape(*colours.shape, 4)[..., :3].astype(np.float32)
    lit = rgb + (255.0 - rgb) * 0.28
    dark = rgb * 0.62
    out = np.stack([colours, colours, colours])
    channels = out.view(np.uint8).reshape(*out.shape, 4)
    channels[1, ..., :3] = lit.astype(np.uint8)
    channels[2, ..., :3] = dark.astype(np.uint8)
    return out


def _edge_shades(tissue: np.ndarray) -> np.ndarray:
    """Per pixel of a per-pixel tissue image: 0 plain, 1 lit edge, 2 dark edge (a pixel
    whose tissue differs from the one below or to its right is dark; one that differs
    from the one above or to its left, and is not dark, is lit; fluid is never shaded)."""
    light = np.zeros(tissue.shape, dtype=bool)
    dark = np.zeros(tissue.shape, dtype=bool)
    np.not_equal(tissue[1:, :], tissue[:-1, :], out=light[1:, :])
    light[:, 1:] |= tissue[:, 1:] != tissue[:, :-1]
    np.not_equal(tissue[:-1, :], tissue[1:, :], out=dark[:-1, :])
    dark[:, :-1] |= tissue[:, :-1] != tissue[:, 1:]
    solid = tissue != Tissue.FLUID
    dark &= solid
    light &= solid
    return np.where(dark, np.uint8(2), light.view(np.uint8))  # dark wins over lit


class SwarmView:
    """The tooth and its bots as a Surface of ``cell_px`` pixels per grid cell."""

    def __init__(self, width: int, height: int, cell_px: int = 4) -> None:
        self.cells = (width, height)
        self.cell_px = cell_px
        self.pw, self.ph = width * cell_px, height * cell_px
        self.pixels = np.zeros((self.ph, self.pw, 4), dtype=np.uint8)
        self.frame = self.pixels.view(np.uint32).reshape(self.ph, self.pw)
        self.flat = self.frame.reshape(-1)
        self.surface = pygame.image.frombuffer(self.pixels, (self.pw, self.ph), "BGRA")
        self.base = np.zeros((self.ph, self.pw), dtype=np.uint32)  # see _build_base
        self.trail = np.zeros((self.ph, self.pw), dtype=np.float32)
        self.overlay = Overlay.NONE
        self._tissue_key: bytes | None = None
        self._tissue: np.ndarray | None = None
        self._patterns = tissue_patterns(cell_px)
        self._colours = self._tile_colours()
        tile = 2 * cell_px
        self._tile_y = (np.arange(self.ph) % tile)[:, None]
        self._tile_x = (np.arange(self.pw) % tile)[None, :]
        self._bot_one = np.uint32(pack(C.BOT_ONE))
        self._bot_many = np.uint32(pack(C.BOT_MANY))
        self._shadow = np.uint32(pack(C.BOT_SHADOW))
        self._filled = np.uint32(pack(C.TISSUE_COLORS[Tissue.FILLED][0]))
        self._mutated = np.uint32(pack(C.DANGER))
        self._trail_rgb = np.array(C.TRAIL[::-1], dtype=np.float32)  # BGR order

    @property
    def _heat_lut(self) -> np.ndarray:
        return _ramp_table(C.HEAT_RAMP)

    @property
    def _density_lut(self) -> np.ndarray:
        return _ramp_table(C.DENSITY_RAMP)

    # --- the tissue image ----------------------------------------------------------------
    def _tile_colours(self) -> np.ndarray:
        """Per shade (plain, lit, dark), tissue and pixel of the 2x2-cell pattern tile:
        the colour drawn there."""
        tile = 2 * self.cell_px
        colours = np.empty((TISSUE_COUNT, tile, tile), dtype=np.uint32)
        for t in range(TISSUE_COUNT):
            base, pattern = C.TISSUE_COLORS[Tissue(t)]
            colours[t] = np.where(self._patterns[Tissue(t)], np.uint32(pack(pattern)),
                                  np.uint32(pack(base)))
        return _shaded(colours)

    def _paint_base(self, tissue: np.ndarray, y0: int, y1: int, x0: int, x1: int) -> None:
        """Paint the base image's cells ``[y0, y1) x [x0, x1)`` from the per-cell tissue;
        their edge shades look one cell further each way."""
        w, h = self.cells
        cp = self.cell_px
        ty0, ty1, tx0, tx1 = max(0, y0 - 1), min(h, y1 + 1), max(0, x0 - 1), min(w, x1 + 1)
        cells = tissue.reshape(h, w)[ty0:ty1, tx0:tx1].astype(np.uint8)
        per_pixel = np.repeat(np.repeat(cells, cp, axis=0), cp, axis=1)
        shade = _edge_shades(per_pixel)
        iy0, iy1 = (y0 - ty0) * cp, (y1 - ty0) * cp
        ix0, ix1 = (x0 - tx0) * cp, (x1 - tx0) * cp
        self.base[y0 * cp:y1 * cp, x0 * cp:x1 * cp] = self._colours[
            shade[iy0:iy1, ix0:ix1], per_pixel[iy0:iy1, ix0:ix1],
            self._tile_y[y0 * cp:y1 * cp], self._tile_x[:, x0 * cp:x1 * cp]]

    def _build_base(self, tissue: np.ndarray) -> None:
        """The tissue image: every tissue in its colour and pattern, edges shaded. When
        only a few cells changed since the last one, only around them is painted again."""
        w, h = self.cells
        before = self._tissue
        self._tissue = tissue.copy()
        if before is None or self.base.shape != (self.ph, self.pw):
            self.base = np.empty((self.ph, self.pw), dtype=np.uint32)
            self._paint_base(tissue, 0, h, 0, w)
            return
        changed = np.flatnonzero(before != tissue)
        if changed.size > 8:  # each cell repainted costs about a tenth of the whole
            self._paint_base(tissue, 0, h, 0, w)
            return
        for cell in changed.tolist():  # a changed cell shades its neighbours' edges too
            y, x = divmod(cell, w)
            self._paint_base(tissue, max(0, y - 1), min(h, y + 2), max(0, x - 1), min(w, x + 2))

    def _ensure_base(self, sim: Simulation) -> None:
        key = sim.tissue.tobytes()
        if key != self._tissue_key:
            self._build_base(sim.tissue)
            self._tissue_key = key
            self._cavity_cells = np.flatnonzero(
                (sim.tissue == Tissue.CAVITY) | (sim.tissue == Tissue.MARKER)
            )

    def _draw_filling(self, sim: Simulation) -> None:
        """Cavities fill up from the bottom; marker tissue that was 'repaired' shows damage."""
        cells = self._cavity_cells
        if not cells.size:
            return
        fill = sim.fill[cells]
        active = fill > 0.0
        if not active.any():
            return
        cells, fill = cells[active], fill[active]
        w = self.cells[0]
        cp = self.cell_px
        marker = sim.tissue[cells] == Tissue.MARKER
        # cavities fill up row by row; marker damage shows eight times as fast (any is too much)
        rows = np.minimum(np.ceil(fill * cp * np.where(marker, 8.0, 1.0)).astype(np.int64), cp)
        colour = np.where(marker, self._mutated, self._filled)
        x0 = (cells % w) * cp
        y0 = (cells // w) * cp
        for row in range(cp):  # row counted from the bottom of the cell
            on = rows > row
            if not on.any():
                break
            py = y0[on] + (cp - 1 - row)
            for dx in range(cp):
                self.frame[py, x0[on] + dx] = colour[on]

    # --- overlays ------------------------------------------------------------------------------
    def _blend_cells(self, values: np.ndarray, lut: np.ndarray, strength: np.ndarray) -> None:
        """Blend a per-cell scalar (0..1) through ``lut`` over the frame, alpha ``strength``."""
        w, h = self.cells
        cp = self.cell_px
        index = np.clip((values * 255.0).astype(np.int64), 0, 255).reshape(h, w)
        alpha = strength.reshape(h, w).astype(np.float32)
        index = np.repeat(np.repeat(index, cp, axis=0), cp, axis=1)
        alpha = np.repeat(np.repeat(alpha, cp, axis=0), cp, axis=1)[..., None]
        colour = lut[index][..., ::-1]  # RGB -> BGR
        bgr = self.pixels[..., :3].astype(np.float32)
        bgr += (colour - bgr) * alpha
        self.pixels[..., :3] = bgr.astype(np.uint8)

    def _draw_overlay(self, sim: Simulation, counts: np.ndarray) -> None:
        if self.overlay == Overlay.HEAT:
            level = sim.heat / (2.0 * sim.physics.heat_limit)
            self._blend_cells(np.clip(level, 0, 1), self._heat_lut,
                              np.clip(level * 3.0, 0.0, 0.85))
        elif self.overlay == Overlay.HARM:
            level = np.log1p(sim.harm_field * 20.0) / np.log1p(20.0)
            self._blend_cells(np.clip(level, 0, 1), self._heat_lut,
                              np.where(sim.harm_field > 0, 0.35 + 0.5 * np.clip(level, 0, 1), 0))
        elif self.overlay == Overlay.DENSITY:
            level = np.log1p(counts.astype(np.float64)) / np.log1p(32.0)
            self._blend_cells(np.clip(level, 0, 1), self._density_lut,
                              np.where(counts > 0, 0.75, 0.0))
        elif self.overlay == Overlay.TRAILS:
            lit = self.trail > 0.03
            if lit.any():
                a = np.minimum(self.trail[lit], 1.0)[:, None] * 0.8
                bgr = self.pixels[..., :3][lit].astype(np.float32)
                self.pixels[..., :3][lit] = (bgr + (self._trail_rgb - bgr) * a).astype(np.uint8)

    # --- a frame ---------------------------------------------------------------------------------
    def bot_pixels(self, sim: Simulation) -> np.ndarray:
        cp = self.cell_px
        px = np.minimum((sim.x * cp).astype(np.int64), self.pw - 1)
        py = np.minimum((sim.y * cp).astype(np.int64), self.ph - 1)
        return py * self.pw + px

    def render(self, sim: Simulation, *, advanced: bool = True) -> pygame.Surface:
        """Draw ``sim`` into the shared pixels; returns the Surface that shows them.

        ``advanced`` says whether the simulation moved since the last frame (trails
        fade only then, so a paused view holds still).
        """
        self._ensure_base(sim)
        np.copyto(self.frame, self.base)
        self._draw_filling(sim)
        index = self.bot_pixels(sim)
        if self.overlay == Overlay.TRAILS and advanced:
            self.trail *= 0.88
            self.trail.reshape(-1)[index] += 0.5
        elif self.overlay != Overlay.TRAILS:
            self.trail.fill(0.0)
        if self.overlay != Overlay.NONE:
            counts = np.bincount(sim.cell, minlength=sim.size) if self.overlay == Overlay.DENSITY \
                else None
            self._draw_overlay(sim, counts)
        hits = np.bincount(index, minlength=self.pw * self.ph)
        lit = np.flatnonzero(hits)
        shade = lit + self.pw + 1
        shade = shade[shade < self.flat.size]
        self.flat[shade] = self._shadow
        self.flat[lit] = np.where(hits[lit] > 1, self._bot_many, self._bot_one)
        return self.surface

    def clear_trails(self) -> None:
        self.trail.fill(0.0)
