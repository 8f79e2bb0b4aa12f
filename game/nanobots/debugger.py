"""The nanobot debugger minigame as a scene.

    DebuggerScene(game, level_id, on_result=None, *, level=None, path=None,
                  offered_program=None, offered_from=None)

pushes a level; when the player leaves the result screen (or gives up from the
menu) the scene pops itself and calls ``on_result(LevelResult(level_id, won,
metrics))``. ``offered_program`` is the text of a program won in the level
``offered_from`` (``Program.text()``, kept in the story): the briefing card offers to
load it, fitted onto this level's rules (:mod:`~game.nanobots.carry`; text that cannot
be read is refused, and the card says why). All game logic lives in
:class:`~game.nanobots.session.DebugSession` (driven only by input frames); this module
maps the pointer onto it and draws.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pygame

from game.engine.input import Action, InputFrame
from game.engine.scene import Scene
from game.engine.screen import Screen
from game.nanobots import colors as C
from game.nanobots.carry import make_offer, safe_id
from game.nanobots.levels import Level, LevelError, find_level, load_level, load_level_id
from game.nanobots.outcome import LevelResult, Verdict
from game.nanobots.render import SwarmView, pack, tissue_patterns
from game.nanobots.session import DebugSession, Mode
from game.nanobots.tissues import Tissue
from game.nanobots.view_cards import VEIL_ALPHA, draw_card, draw_error, draw_menu, draw_result
from game.nanobots.view_hud import (
    STATUS_RECT,
    draw_clock,
    draw_gauge_labels,
    draw_gauges,
    draw_hints,
    draw_legend,
    draw_overlay_scale,
    draw_status,
    draw_timeline,
    draw_top_bar_static,
    status_key,
    timeline_area,
    timeline_key,
    timeline_rect,
)
from game.nanobots.view_inspector import draw_inspector, inspector_key
from game.nanobots.view_program import draw_cursor, draw_program
from game.nanobots.widgets import (
    HINT_Y,
    INSPECTOR,
    PROGRAM,
    VIEW_POS,
    FieldBox,
    Kept,
    inside,
    warm_glyphs,
)

__all__ = ["DebuggerScene", "LevelResult"]

CELL_PX = 4


#: Kept for the tests and older callers: see :class:`widgets.Kept`.
_Kept = Kept

#: What the briefing card does behind itself, a part a tick, before the instrument shows
#: through it: the first plan of the flow fields, then each part of the instrument drawn
#: once (fonts loaded, text rendered, kept panels filled), then the cards and hints that
#: come later. All of it would otherwise fall into the first frames of the debugger.
WARM_STAGES = ("plan", "view", "program", "panels", "cards")
#: Ticks over which the veil behind the briefing card thins once the instrument is ready.
FADE_TICKS = 10


def _level_title(level_id: str | None, near: Path | None) -> str:
    """The title of level ``level_id`` (a file beside ``near``, else the game's), or ""
    when it cannot be read: the card then names the level by its id."""
    name = safe_id(level_id)
    if name is None:
        return ""
    candidates: list[Callable[[], Path]] = []
    if near is not None:
        candidates.append(lambda: near.parent / f"{name}.yaml")
    candidates.append(lambda: find_level(name))
    for where in candidates:
        try:
            found = where()
            if found.is_file():
                return load_level(found).title
        except (LevelError, OSError):
            continue
    return ""


class DebuggerScene(Scene):
    def __init__(
        self,
        game: Any,
        level_id: str,
        on_result: Callable[[LevelResult], None] | None = None,
        *,
        level: Level | None = None,
        path: Path | None = None,
        offered_program: str | None = None,
        offered_from: str | None = None,
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
        offer = None
        if offered_program is not None:
            offer = make_offer(offered_program, level.program, source=offered_from,
                               title=_level_title(offered_from, path), level_title=level.title)
        self.session = DebugSession(self.level, offer)
        self.view = SwarmView(self.level.grid.width, self.level.grid.height, CELL_PX)
        self._fields: list[FieldBox] = []
        self._options: list[FieldBox] = []
        self._rewinding = False
        self._swatches: dict[Tissue, pygame.Surface] = {}
        self._scanlines: pygame.Surface | None = None
        self._scratch: Screen | None = None
        self._stage = 0  # WARM_STAGES done
        self.forget_drawings()

    def forget_drawings(self) -> None:
        """Drop every kept drawing (the next frame draws each part afresh)."""
        self._chrome = Kept()
        self._program_panel = Kept()
        self._legend = Kept()
        self._hints = Kept()
        self._timeline = Kept()
        self._status = Kept()
        self._inspector = Kept()
        self._bars = [Kept() for _ in range(4)]

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
        if s.mode is Mode.BRIEFING and not s.offer_open:
            if inp.click:
                s.mode = Mode.DEBUG
            return
        for box in self._options:
            if inside(box.rect, pos):
                s.menu_index = box.field
                if inp.click:
                    choose = s.choose_offer if s.mode is Mode.BRIEFING else \
                        s.choose_menu if s.mode is Mode.MENU else s.choose_result
                    choose(box.field)
                return

    # --- drawing -----------------------------------------------------------------------------
    def draw(self, screen: Screen, alpha: float) -> None:
        s = self.session
        if s is None:
            screen.fill(C.BACKDROP)
            draw_error(screen, self.level_id, self.errors)
            return
        self._chrome.draw(screen, (0, 0, 480, 270), None, lambda: self._paint_chrome(screen))
        briefing = s.mode is Mode.BRIEFING
        if briefing and self._stage < len(WARM_STAGES):
            self._warm(screen)  # behind an opaque veil: only the bars and the card show
            if self._stage == len(WARM_STAGES):  # all done at once: start the frame again
                self._chrome.draw(screen, (0, 0, 480, 270), None, lambda: None)
        if not briefing or self._stage == len(WARM_STAGES):
            self._instrument(screen)
        self._status.draw(screen, STATUS_RECT, status_key(s, self._rewinding),
                          lambda: draw_status(screen, s, self._rewinding))
        draw_clock(screen, s)
        toast = s.toast if s.toast_ticks else None
        self._hints.draw(screen, (0, HINT_Y, 480, 270 - HINT_Y), (s.mode, toast),
                         lambda: draw_hints(screen, s))
        self._options = draw_card(screen, s, veil=self._veil() if briefing else VEIL_ALPHA)

    def _paint_chrome(self, screen: Screen) -> None:
        """What stays the same all through a level: the backdrop, the view's frame and
        rulers, the top bar's names, the gauges' names."""
        s = self.session
        screen.fill(C.BACKDROP)
        vx, vy, vw, vh = self.view_rect
        screen.fill(C.PANEL_EDGE, (vx - 2, vy - 2, vw + 4, vh + 4))
        self._rulers(screen)
        draw_top_bar_static(screen, s)
        draw_gauge_labels(screen, vx, vy + vh + 16, vw)

    def _instrument(self, screen: Screen, part: str = "") -> None:
        """The swarm view and the panels around it (``part``: only that warm-up stage's)."""
        s = self.session
        vx, vy, vw, vh = self.view_rect
        if part in ("", "view"):
            self.view.overlay = s.overlay
            surface = self.view.render(s.sim, advanced=s.advanced)
            screen.blit(surface, (vx, vy))
            screen.blit(self._scanline_surface(), (vx, vy), static=True)
            rect = timeline_rect(self.view_rect)
            self._timeline.draw(screen, timeline_area(rect), timeline_key(s, rect),
                                lambda: draw_timeline(screen, s, rect))
            draw_gauges(screen, s, vx, vy + vh + 16, vw, self._bars, labels=False)
            ly = vy + vh + 52
            self._legend.draw(screen, (vx - 1, ly, vw + 2, 8), s.sim.tissue.tobytes(),
                              lambda: draw_legend(screen, s, vx, ly, self._legend_swatches()))
        if part in ("", "program"):
            self._fields, cursor = self._program_panel.draw(
                screen, PROGRAM, self._program_key(), lambda: self._paint_program(screen))
            draw_cursor(screen, s, cursor)
        if part in ("", "panels"):
            self._inspector.draw(screen, INSPECTOR, inspector_key(s),
                                 lambda: draw_inspector(screen, s))
        if part:
            return
        draw_overlay_scale(screen, s, vx + vw - 2, vy + (16 if s.last_hit else 3))
        self._nozzle(screen)
        self._marks(screen)
        self._banner(screen)

    def _warm(self, screen: Screen) -> None:
        """The stages of :data:`WARM_STAGES` that are due: stage ``i`` at the session's
        tick ``i + 2``, one a tick after the opening one when every tick is drawn (all
        that are due at once when frames are drawn more rarely, as headless runs do)."""
        s = self.session
        while self._stage < len(WARM_STAGES) and s.ticks >= self._stage + 2:
            stage = WARM_STAGES[self._stage]
            self._stage += 1
            if stage == "plan":
                s.sim.plan()
            elif stage in ("view", "program"):
                if stage == "view":
                    for size, color in ((6, C.TEXT), (6, C.TEXT_FAINT), (5.5, C.TEXT)):
                        warm_glyphs(screen, size, color)
                self._instrument(screen, stage)
            elif stage == "panels":
                self._instrument(screen, stage)
                scratch = self._scratch_screen(screen)
                for mode in (Mode.DEBUG, Mode.EDIT, Mode.PROBE, Mode.MENU, Mode.RESULT):
                    draw_hints(scratch, s, mode)
            else:  # the cards that come later
                scratch = self._scratch_screen(screen)
                draw_menu(scratch, s)
                for verdict in (Verdict.WON, Verdict.HARM, Verdict.TIME):
                    draw_result(scratch, s, verdict)
                self._scratch = None

    def _veil(self) -> int:
        """How dark the veil behind the briefing card is: opaque until the instrument
        behind it is ready, then thinning to the cards' own over :data:`FADE_TICKS`."""
        if self._stage < len(WARM_STAGES):
            return 255
        faded = (self.session.ticks - len(WARM_STAGES) - 1) / FADE_TICKS
        return max(VEIL_ALPHA, round(255 - (255 - VEIL_ALPHA) * min(1.0, faded)))

    def _scratch_screen(self, screen: Screen) -> Screen:
        """A screen like ``screen`` that nobody sees, to render text ahead of need."""
        if self._scratch is None or self._scratch.target.get_size() != screen.target.get_size():
            self._scratch = Screen(pygame.Surface(screen.target.get_size()), screen.images)
        return self._scratch

    def _program_key(self) -> tuple[object, ...]:
        """Everything the program panel shows (see view_program) but the cursor's blinking
        outline, drawn over it: it is redrawn only when this changes, and copied from the
        last drawing otherwise."""
        s = self.session
        return (s.program, s.cursor.line, s.cursor.field, s.mode, tuple(s.breakpoints),
                s.last_hit)

    def _paint_program(self, screen: Screen) -> tuple[list[FieldBox], list]:
        cursor: list = []
        return draw_program(screen, self.session, cursor), cursor

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
