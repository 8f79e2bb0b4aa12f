"""The nanobot debugger minigame as a scene.

    DebuggerScene(game, level_id, on_result=None)

pushes a level; when the player leaves the result screen (or gives up from the
menu) the scene pops itself and calls ``on_result(LevelResult(level_id, won,
metrics))``. All game logic lives in :class:`~game.nanobots.session.DebugSession`
(driven only by input frames); this module maps the pointer onto it and draws.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pygame

from game.engine.input import Action, InputFrame
from game.engine.scene import Scene
from game.nanobots import colors as C
from game.nanobots.levels import Level, LevelError, load_level, load_level_id
from game.nanobots.outcome import LevelResult
from game.nanobots.render import SwarmView, pack, tissue_patterns
from game.nanobots.session import DebugSession, Mode
from game.nanobots.tissues import Tissue
from game.nanobots.view_cards import draw_card, draw_error
from game.nanobots.view_hud import (
    draw_gauges,
    draw_hints,
    draw_legend,
    draw_overlay_scale,
    draw_timeline,
    draw_top_bar,
    timeline_rect,
)
from game.nanobots.view_inspector import draw_inspector
from game.nanobots.view_program import draw_program
from game.nanobots.widgets import HINT_Y, PROGRAM, VIEW_POS, FieldBox, inside

if TYPE_CHECKING:
    from game.engine.screen import Screen

__all__ = ["DebuggerScene", "LevelResult"]

CELL_PX = 4


class _Kept:
    """A part of the window drawn once and copied back each frame while what it shows
    (``key``) is the same: text and panels that change only on input."""

    def __init__(self) -> None:
        self.key: object = None
        self.copy: pygame.Surface | None = None
        self.value: Any = None

    def draw(self, screen: Screen, rect: tuple[float, float, float, float], key: object,
             paint: Callable[[], Any]) -> Any:
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


class DebuggerScene(Scene):
    def __init__(
        self,
        game: Any,
        level_id: str,
        on_result: Callable[[LevelResult], None] | None = None,
        *,
        level: Level | None = None,
        path: Path | None = None,
    ) -> None:
        self.game = game
        self.level_id = level_id
        self.on_result = on_result
        self.result: LevelResult | None = None
        #: Why the level could not be opened (shown instead of the debugger), if it could not.
        self.errors: list[str] = []
        if level is None:
            try:
                level = load_level(path) if path is not None else load_level_id(level_id)
            except LevelError as exc:
                self.errors = [str(d) for d in exc.diagnostics]
            except FileNotFoundError as exc:
                self.errors = [str(exc)]
        if level is None:
            self.level = self.session = self.view = None  # type: ignore[assignment]
            return
        self.level = level
        self.session = DebugSession(self.level)
        self.view = SwarmView(self.level.grid.width, self.level.grid.height, CELL_PX)
        self._fields: list[FieldBox] = []
        self._options: list[FieldBox] = []
        self._rewinding = False
        self._swatches: dict[Tissue, pygame.Surface] = {}
        self._scanlines: pygame.Surface | None = None
        self._program_panel = _Kept()
        self._legend = _Kept()
        self._hints = _Kept()

    # --- geometry --------------------------------------------------------------------------
    @property
    def view_rect(self) -> tuple[float, float, float, float]:
        return (VIEW_POS[0], VIEW_POS[1], self.view.pw, self.view.ph)

    def to_cells(self, pos: tuple[int, int]) -> tuple[float, float]:
        return ((pos[0] - VIEW_POS[0] + 0.5) / CELL_PX, (pos[1] - VIEW_POS[1] + 0.5) / CELL_PX)

    # --- logic -------------------------------------------------------------------------------
    def update(self, inp: InputFrame) -> InputFrame | None:
        if self.result is not None:
            return None
        if self.session is None:
            if inp.hit(Action.CONFIRM | Action.CANCEL | Action.MENU) or inp.click:
                self._finish(LevelResult(self.level_id, False,
                                         {"reason": "level_error", "errors": self.errors}))
            return None
        self._pointer(inp)
        self.session.update(inp)
        self._rewinding = inp.down(Action.REWIND) and self.session.mode is not Mode.RESULT
        if self.session.finished is not None:
            self._finish(self.session.finished)
        return None

    def _finish(self, result: LevelResult) -> None:
        self.result = result
        self.game.stack.pop(self)
        if self.on_result is not None:
            self.on_result(result)

    def _pointer(self, inp: InputFrame) -> None:
        pos = inp.pointer
        if pos is None:
            return
        s = self.session
        if s.mode in (Mode.BRIEFING, Mode.MENU, Mode.RESULT):
            self._pointer_card(inp, pos)
            return
        if inp.click:
            if inside(self.view_rect, pos):
                s.select_bot_at(*self.to_cells(pos))
            elif inside(timeline_rect(self.view_rect), pos):
                x, _, w, _ = timeline_rect(self.view_rect)
                limit = round(self.level.goal.time_limit * 120)
                s.seek(round((pos[0] - x) / w * limit))
        for box in self._fields:
            if inside(box.rect, pos):
                if inp.click:
                    s.select(box.line, box.field)
                    if box.field == 0:
                        s.activate()
                if inp.wheel:
                    s.select(box.line, box.field)
                    s.nudge(1 if inp.wheel > 0 else -1)
                break

    def _pointer_card(self, inp: InputFrame, pos: tuple[int, int]) -> None:
        s = self.session
        if s.mode is Mode.BRIEFING:
            if inp.click:
                s.mode = Mode.DEBUG
            return
        for box in self._options:
            if inside(box.rect, pos):
                s.menu_index = box.field
                if inp.click:
                    (s.choose_menu if s.mode is Mode.MENU else s.choose_result)(box.field)
                return

    # --- drawing -----------------------------------------------------------------------------
    def draw(self, screen: Screen, alpha: float) -> None:
        s = self.session
        screen.fill(C.BACKDROP)
        if s is None:
            draw_error(screen, self.level_id, self.errors)
            return
        self.view.overlay = s.overlay
        surface = self.view.render(s.sim, advanced=s.advanced)
        vx, vy, vw, vh = self.view_rect
        screen.fill(C.PANEL_EDGE, (vx - 2, vy - 2, vw + 4, vh + 4))
        screen.blit(surface, (vx, vy))
        screen.blit(self._scanline_surface(), (vx, vy), static=True)
        self._rulers(screen)
        draw_overlay_scale(screen, s, vx + vw - 2, vy + (16 if s.last_hit else 3))
        self._nozzle(screen)
        self._marks(screen)
        self._banner(screen)
        draw_timeline(screen, s, timeline_rect(self.view_rect))
        draw_gauges(screen, s, vx, vy + vh + 16, vw)
        ly = vy + vh + 52
        self._legend.draw(screen, (vx - 1, ly, vw + 2, 8), s.sim.tissue.tobytes(),
                          lambda: draw_legend(screen, s, vx, ly, self._legend_swatches()))
        draw_top_bar(screen, s, self._rewinding)
        self._fields = self._program_panel.draw(screen, PROGRAM, self._program_key(),
                                                lambda: draw_program(screen, s))
        draw_inspector(screen, s)
        toast = s.toast if s.toast_ticks else None
        self._hints.draw(screen, (0, HINT_Y, 480, 270 - HINT_Y), (s.mode, toast),
                         lambda: draw_hints(screen, s))
        self._options = draw_card(screen, s)

    def _program_key(self) -> tuple[object, ...]:
        """Everything the program panel shows (see view_program): it is redrawn only when
        this changes, and copied from the last drawing otherwise."""
        s = self.session
        return (s.program, s.cursor.line, s.cursor.field, s.mode, tuple(s.breakpoints),
                s.last_hit, (s.ticks // 20) % 2)

    def _nozzle(self, screen: Screen) -> None:
        """The injector above the spawn cells, where the swarm enters."""
        grid = self.level.grid
        xs = sorted({cell % grid.width for cell in grid.spawn})
        top = min(cell // grid.width for cell in grid.spawn)
        if top > 1:
            return
        vx, vy = VIEW_POS
        x0, x1 = vx + xs[0] * CELL_PX, vx + (xs[-1] + 1) * CELL_PX
        glow = 0.5 + 0.5 * ((self.session.ticks // 6) % 2) if self.session.playing else 0.0
        screen.fill(C.PANEL_EDGE, (x0 - 3, vy - 1, x1 - x0 + 6, 3))
        screen.fill(C.pal("steel"), (x0 - 2, vy - 1, x1 - x0 + 4, 1))
        screen.fill((*C.ACCENT, 90 + round(120 * glow)), (x0, vy + 2, x1 - x0, 1))

    def _banner(self, screen: Screen) -> None:
        """While paused on a breakpoint: what stopped the run, over the view."""
        s = self.session
        if s.last_hit is None or s.playing or s.mode not in (Mode.DEBUG, Mode.EDIT, Mode.PROBE):
            return
        vx, vy, vw, _ = self.view_rect
        text = f"BREAK  {s.last_hit.message}  at t={s.sim.time:.3f}s"
        screen.fill((*C.PANEL, 230), (vx + 2, vy + 2, vw - 4, 11))
        screen.fill(C.BREAK, (vx + 2, vy + 2, 2, 11))
        screen.text(text, (vx + 7, vy + 4), size=5.8, color=C.BREAK, face="mono_bold")

    def _marks(self, screen: Screen) -> None:
        """Reticle on the selected bot, the probe cursor, a breakpoint's cell."""
        s = self.session
        vx, vy = VIEW_POS
        hit = s.last_hit
        if hit is not None and hit.cell is not None:
            cy, cx = divmod(hit.cell, s.sim.width)
            screen.outline(C.BREAK, (vx + cx * CELL_PX - 1, vy + cy * CELL_PX - 1,
                                     CELL_PX + 2, CELL_PX + 2))
        if s.selected is not None:
            px = vx + float(s.sim.x[s.selected]) * CELL_PX
            py = vy + float(s.sim.y[s.selected]) * CELL_PX
            color = C.BREAK if hit is not None and hit.bot == s.selected else C.BOT_SELECTED
            r = 5 + ((s.ticks // 10) % 2 if s.playing else 0)
            for sx, sy in ((1, 1), (1, -1), (-1, 1), (-1, -1)):  # corner brackets
                cx, cy = px + sx * r, py + sy * r
                for shade, off in ((C.BOT_SHADOW, 0.5), (color, 0.0)):
                    screen.line(shade, (cx + off, cy + off), (cx - sx * 3 + off, cy + off))
                    screen.line(shade, (cx + off, cy + off), (cx + off, cy - sy * 3 + off))
            screen.line(color, (px + r + 1, py), (px + r + 7, py - 6))
            screen.text(f"#{s.selected}", (px + r + 8, py - 10), size=5.5, color=color,
                        face="mono_bold", shadow=C.BOT_SHADOW)
        if s.mode is Mode.PROBE:
            px, py = vx + s.probe[0] * CELL_PX, vy + s.probe[1] * CELL_PX
            screen.line(C.CURSOR, (px - 6, py), (px - 2, py))
            screen.line(C.CURSOR, (px + 2, py), (px + 6, py))
            screen.line(C.CURSOR, (px, py - 6), (px, py - 2))
            screen.line(C.CURSOR, (px, py + 2), (px, py + 6))

    def _rulers(self, screen: Screen) -> None:
        """Tick marks every 4 cells (longer every 16) along the top and left of the view."""
        vx, vy = VIEW_POS
        for cell in range(0, self.level.grid.width + 1, 4):
            x, long = vx + cell * CELL_PX, cell % 16 == 0
            color = C.TEXT_FAINT if long else C.PANEL_EDGE
            screen.line(color, (x, vy - 2), (x, vy - (4 if long else 3)))
        for cell in range(0, self.level.grid.height + 1, 4):
            y, long = vy + cell * CELL_PX, cell % 16 == 0
            color = C.TEXT_FAINT if long else C.PANEL_EDGE
            screen.line(color, (vx - 2, y), (vx - (4 if long else 3), y))

    def _legend_swatches(self) -> dict[Tissue, pygame.Surface]:
        if not self._swatches:
            patterns = tissue_patterns(3)
            for tissue, mask in patterns.items():
                base, pattern = C.TISSUE_COLORS[tissue]
                pixels = np.where(mask, np.uint32(pack(pattern)), np.uint32(pack(base)))
                rgba = pixels.astype(np.uint32).view(np.uint8).reshape(6, 6, 4).copy()
                self._swatches[tissue] = pygame.image.frombuffer(rgba, (6, 6), "BGRA").copy()
        return self._swatches

    def _scanline_surface(self) -> pygame.Surface:
        if self._scanlines is None:
            surface = pygame.Surface((self.view.pw, self.view.ph), pygame.SRCALPHA)
            for y in range(0, self.view.ph, 2):
                surface.fill((0, 0, 0, 26), (0, y, self.view.pw, 1))
            self._scanlines = surface
        return self._scanlines
