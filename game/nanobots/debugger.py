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
from game.nanobots.outcome import LevelResult, Verdict, repaired_percent
from game.nanobots.render import SwarmView, pack, tissue_patterns
from game.nanobots.session import DebugSession, Mode
from game.nanobots.tissues import Tissue
from game.nanobots.view_cards import VEIL_ALPHA, draw_card, draw_error, draw_menu, draw_result
from game.nanobots.view_hud import (
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
)
from game.nanobots.view_inspector import draw_inspector, inspector_key
from game.nanobots.view_program import draw_cursor, draw_program
from game.nanobots.widgets import (
    FieldBox,
    Kept,
    Layout,
    inside,
    layout_for,
    warm_glyphs,
)

__all__ = ["DebuggerScene", "LevelResult"]

#: Pixels a cell of a story-sized grid (64x44) at window scale 2 and up; other grids and
#: scale 1 take what their :class:`~game.nanobots.widgets.Layout` gives.
CELL_PX = 4
#: The window scale the layout is made for until the scene is first drawn.
DEFAULT_SCALE = 2


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


def _level_text(level_id: str, path: Path | None) -> str | None:
    """The text of the level's file (None when it cannot be read)."""
    try:
        return (path if path is not None else find_level(level_id)).read_text(encoding="utf-8")
    except (OSError, LevelError, UnicodeDecodeError, ValueError):
        return None


def _read_level(level_id: str, path: Path | None, edit: Callable[[Any], None] | None) -> Level:
    """The level from its file (with a mod's level patches), or the game's by id."""
    if path is None:
        return load_level_id(level_id)
    return load_level(path, edit) if edit is not None else load_level(path)


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
        edit: Callable[[Any], None] | None = None,
    ) -> None:
        self.game = game
        #: A mod's level patches, applied to the file each time it is read (see
        #: game.dialogue.patches.level_editor).
        self._edit = edit
        self.level_id = level_id
        self.on_result = on_result
        self.result: LevelResult | None = None
        #: What the scene was opened with, for a hot reload (F5) to open it again.
        self._opened = (path, offered_program, offered_from)
        #: Read from a file (not handed over in memory), and that file's text as read: a
        #: reload starts the level again only when it changed.
        self._from_file = level is None
        self._source = _level_text(level_id, path) if level is None else None
        #: Why the level could not be opened (shown instead of the debugger), if it could not.
        self.errors: list[str] = []
        if level is None:
            try:
                level = _read_level(level_id, path, edit)
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
        self.layout = layout_for(DEFAULT_SCALE, self.level.grid.width, self.level.grid.height)
        self.view = self._swarm_view(self.layout)
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
    @staticmethod
    def _swarm_view(layout: Layout) -> SwarmView:
        """The swarm drawn at the layout's pixels a cell (one, scaled down when drawn, for
        a grid that needs less)."""
        return SwarmView(layout.cols, layout.rows, max(1, int(layout.cell)))

    def _use_layout(self, screen: Screen) -> Layout:
        """The layout for ``screen``'s scale (the swarm view made again if its pixels a
        cell change, and every kept drawing dropped)."""
        layout = self.layout
        if layout.scale != screen.scale:
            layout = layout_for(screen.scale, layout.cols, layout.rows)
            self.layout = layout
            if self.view.cell_px != max(1, int(layout.cell)):
                self.view = self._swarm_view(layout)
                self._scanlines = None
            self.forget_drawings()
        return layout

    @property
    def view_rect(self) -> tuple[float, float, float, float]:
        return self.layout.view

    def to_cells(self, pos: tuple[int, int]) -> tuple[float, float]:
        vx, vy, _, _ = self.layout.view
        cell = self.layout.cell
        return ((pos[0] - vx + 0.5) / cell, (pos[1] - vy + 0.5) / cell)

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
        was_result = self.session.mode is Mode.RESULT
        self.session.update(inp)
        self._rewinding = inp.down(Action.REWIND) and self.session.mode is not Mode.RESULT
        self._sound(was_result)
        if self.session.finished is not None:
            self._finish(self.session.finished)
        return None

    def reload_content(self) -> None:
        """F5: when the level's file changed on disk, the level starts again from it (the
        program as the file gives it: edits are lost, as on a new attempt); a file that
        no longer reads keeps the level on screen and says why."""
        if self.result is not None or not self._from_file:
            return  # (a level handed over in memory has no file to read again)
        path, offered_program, offered_from = self._opened
        text = _level_text(self.level_id, path)
        if text == self._source and self.session is not None:
            self._notice(f"level {self.level_id}: the file is unchanged")
            return
        try:
            level = _read_level(self.level_id, path, self._edit)
        except (LevelError, FileNotFoundError) as exc:
            found = exc.diagnostics if isinstance(exc, LevelError) else [exc]
            errors = [str(d) for d in found]
            self._notice(f"level {self.level_id} NOT reloaded: {len(errors)} error(s)", errors)
            return
        on_result = self.on_result
        self.__init__(self.game, self.level_id, on_result, level=level,  # type: ignore[misc]
                      path=path, offered_program=offered_program, offered_from=offered_from)
        self._from_file, self._source = True, text
        self._notice(f"level {self.level_id} reloaded: the program starts again from the file")

    def _notice(self, head: str, errors: list[str] | None = None) -> None:
        """The reload's result on screen: a passing notice, or a box listing the errors."""
        if errors:
            from game.menus.notice import NoticeScene

            self.game.stack.push(NoticeScene(self.game, "Reload", [head, *errors[:8]]))
        else:
            notices = getattr(self.game, "notices", None)
            if notices is not None:
                notices.append(head)

    def _sound(self, was_result: bool) -> None:
        """The swarm's hum while it runs, a note as each tenth of the cavities fills,
        and the verdict's sound when a run ends (none when the player gives up)."""
        session, audio = self.session, getattr(self.game, "audio", None)
        if audio is None:  # (a bare host, as tools and tests give)
            return
        if session.playing:
            audio.start_loop("nanobot_hum")
        else:
            audio.stop_loop()
        audio.repair_progress(repaired_percent(session.sim) / 100.0)
        if session.mode is Mode.RESULT and not was_result and session.verdict is not None:
            audio.play("minigame_win" if session.verdict is Verdict.WON else "minigame_lose")

    def _finish(self, result: LevelResult) -> None:
        if getattr(self.game, "audio", None) is not None:
            self.game.audio.stop_loop()
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
            elif inside(self.layout.timeline, pos):
                x, _, w, _ = self.layout.timeline
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
        L = self._use_layout(screen)
        self._chrome.draw(screen, (0, 0, 480, 270), None, lambda: self._paint_chrome(screen))
        briefing = s.mode is Mode.BRIEFING
        if briefing and self._stage < len(WARM_STAGES):
            self._warm(screen)  # behind an opaque veil: only the bars and the card show
            if self._stage == len(WARM_STAGES):  # all done at once: start the frame again
                self._chrome.draw(screen, (0, 0, 480, 270), None, lambda: None)
        if not briefing or self._stage == len(WARM_STAGES):
            self._instrument(screen)
        self._status.draw(screen, L.status, status_key(s, self._rewinding),
                          lambda: draw_status(screen, s, L, self._rewinding))
        draw_clock(screen, s, L)
        toast = s.toast if s.toast_ticks else None
        self._hints.draw(screen, L.hints, (s.mode, toast), lambda: draw_hints(screen, s, L))
        self._options = draw_card(screen, s, veil=self._veil() if briefing else VEIL_ALPHA)

    def _paint_chrome(self, screen: Screen) -> None:
        """What stays the same all through a level: the backdrop, the view's frame and
        rulers, the top bar's names, the gauges' names."""
        s = self.session
        L = self.layout
        screen.fill(C.BACKDROP)
        vx, vy, vw, vh = L.view
        if (vx, vy, vw, vh) != L.stage:  # a grid smaller than the stage: centred in it
            screen.fill(C.GUTTER, L.stage)
        screen.fill(C.PANEL_EDGE, (vx - 2, vy - 2, vw + 4, vh + 4))
        self._rulers(screen)
        draw_top_bar_static(screen, s, L)
        draw_gauge_labels(screen, L)

    def _instrument(self, screen: Screen, part: str = "") -> None:
        """The swarm view and the panels around it (``part``: only that warm-up stage's)."""
        s = self.session
        L = self.layout
        if part in ("", "view"):
            self.view.overlay = s.overlay
            surface = self.view.render(s.sim, advanced=s.advanced)
            self._blit_view(screen, surface)
            rect = L.timeline
            self._timeline.draw(screen, timeline_area(rect), timeline_key(s, rect),
                                lambda: draw_timeline(screen, s, rect, L))
            draw_gauges(screen, s, L, self._bars, labels=False)
            self._legend.draw(screen, L.legend, s.sim.tissue.tobytes(),
                              lambda: draw_legend(screen, s, L, self._legend_swatches()))
        if part in ("", "program"):
            self._fields, cursor = self._program_panel.draw(
                screen, L.program, self._program_key(), lambda: self._paint_program(screen))
            draw_cursor(screen, s, cursor)
        if part in ("", "panels"):
            self._inspector.draw(screen, L.inspector, inspector_key(s),
                                 lambda: draw_inspector(screen, s, L))
        if part:
            return
        sx, sy, sw, _ = L.stage
        taken: list[tuple[float, float, float, float]] = []
        if self._banner_shows():
            taken.append((sx + 2, sy + 2, sw - 4, self._banner_h()))
        scale_rect = draw_overlay_scale(screen, s, L, sx + sw - 2,
                                        sy + (self._banner_h() + 5 if taken else 3))
        if scale_rect is not None:
            taken.append(scale_rect)
        self._nozzle(screen)
        self._marks(screen, taken)
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
                        warm_glyphs(screen, self.layout.fs(size), color)
                self._instrument(screen, stage)
            elif stage == "panels":
                self._instrument(screen, stage)
                scratch = self._scratch_screen(screen)
                for mode in (Mode.DEBUG, Mode.EDIT, Mode.PROBE, Mode.MENU, Mode.RESULT):
                    draw_hints(scratch, s, self.layout, mode)
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
        return draw_program(screen, self.session, self.layout, cursor), cursor

    def _blit_view(self, screen: Screen, surface: pygame.Surface) -> None:
        """The swarm view and its scanlines at the layout's place; a grid drawn at less
        than a pixel a cell is scaled down to the window pixels it covers."""
        L = self.layout
        vx, vy, _, _ = L.view
        if L.cell >= 1:
            screen.blit(surface, (vx, vy))
            screen.blit(self._scanline_surface(), (vx, vy), static=True)
            return
        box = screen.window_rect(L.view)
        screen.target.blit(pygame.transform.scale(surface, box.size), box.topleft)

    def _nozzle(self, screen: Screen) -> None:
        """The injector above the spawn cells, where the swarm enters."""
        grid = self.level.grid
        xs = sorted({cell % grid.width for cell in grid.spawn})
        top = min(cell // grid.width for cell in grid.spawn)
        if top > 1:
            return
        vx, vy, _, _ = self.layout.view
        cell = self.layout.cell
        x0, x1 = vx + xs[0] * cell, vx + (xs[-1] + 1) * cell
        glow = 0.5 + 0.5 * ((self.session.ticks // 6) % 2) if self.session.playing else 0.0
        screen.fill(C.PANEL_EDGE, (x0 - 3, vy - 1, x1 - x0 + 6, 3))
        screen.fill(C.pal("steel"), (x0 - 2, vy - 1, x1 - x0 + 4, 1))
        screen.fill((*C.ACCENT, 90 + round(120 * glow)), (x0, vy + 2, x1 - x0, 1))

    def _banner(self, screen: Screen) -> None:
        """While paused on a breakpoint: what stopped the run, over the view."""
        s = self.session
        if not self._banner_shows():
            return
        L = self.layout
        sx, sy, sw, _ = L.stage
        h = self._banner_h()
        message = s.last_hit.message
        text = L.first_fitting((f"BREAK  {message}  at t={s.sim.time:.3f}s",
                                f"BREAK  {message}", message), sw - 12, 5.8, "mono_bold")
        screen.fill((*C.PANEL, 230), (sx + 2, sy + 2, sw - 4, h))
        screen.fill(C.BREAK, (sx + 2, sy + 2, 2, h))
        screen.text(text, (sx + 7, sy + 2 + (h - L.height(5.8, "mono_bold")) / 2 + 0.5),
                    size=L.fs(5.8), color=C.BREAK, face="mono_bold")

    def _banner_shows(self) -> bool:
        s = self.session
        return s.last_hit is not None and not s.playing and \
            s.mode in (Mode.DEBUG, Mode.EDIT, Mode.PROBE)

    def _banner_h(self) -> float:
        return max(11.0, float(round(self.layout.height(5.8, "mono_bold"))) + 1)

    def _marks(self, screen: Screen, taken: list[tuple[float, float, float, float]]) -> None:
        """Reticle on the selected bot, the probe cursor, a breakpoint's cell."""
        s = self.session
        L = self.layout
        vx, vy, _, _ = L.view
        cell = L.cell
        hit = s.last_hit
        if hit is not None and hit.cell is not None:
            cy, cx = divmod(hit.cell, s.sim.width)
            screen.outline(C.BREAK, (vx + cx * cell - 1, vy + cy * cell - 1,
                                     cell + 2, cell + 2))
        if s.selected is not None:
            px = vx + float(s.sim.x[s.selected]) * cell
            py = vy + float(s.sim.y[s.selected]) * cell
            color = C.BREAK if hit is not None and hit.bot == s.selected else C.BOT_SELECTED
            r = 5 + ((s.ticks // 10) % 2 if s.playing else 0)
            for sx, sy in ((1, 1), (1, -1), (-1, 1), (-1, -1)):  # corner brackets
                cx, cy = px + sx * r, py + sy * r
                for shade, off in ((C.BOT_SHADOW, 0.5), (color, 0.0)):
                    screen.line(shade, (cx + off, cy + off), (cx - sx * 3 + off, cy + off))
                    screen.line(shade, (cx + off, cy + off), (cx + off, cy - sy * 3 + off))
            self._bot_tag(screen, f"#{s.selected}", px, py, r, color, taken)
        if s.mode is Mode.PROBE:
            px, py = vx + s.probe[0] * cell, vy + s.probe[1] * cell
            screen.line(C.CURSOR, (px - 6, py), (px - 2, py))
            screen.line(C.CURSOR, (px + 2, py), (px + 6, py))
            screen.line(C.CURSOR, (px, py - 6), (px, py - 2))
            screen.line(C.CURSOR, (px, py + 2), (px, py + 6))

    def _bot_tag(self, screen: Screen, tag: str, px: float, py: float, r: float, color,
                 taken: list[tuple[float, float, float, float]]) -> None:
        """The selected bot's number on a leader line: up and to the right of it, or on
        whichever side keeps it inside the stage and clear of the ``taken`` places (the
        banner, the overlay's scale)."""
        L = self.layout
        sx, sy, sw, sh = L.stage
        tw, th = L.width(tag, 5.5, "mono_bold") + 1, L.height(5.5, "mono_bold")

        def place(dx: int, dy: int) -> tuple[float, float]:
            tx = px + r + 8 if dx > 0 else px - r - 8 - tw
            ty = py - 10 if dy < 0 else py + r + 2
            return (max(sx + 1, min(tx, sx + sw - tw - 1)),
                    max(sy + 1, min(ty, sy + sh - th - 1)))

        def clear(at: tuple[float, float]) -> bool:
            x, y = at
            return all(x + tw <= ox or ox + ow <= x or y + th <= oy or oy + oh <= y
                       for ox, oy, ow, oh in taken)

        spots = [place(dx, dy) for dx, dy in ((1, -1), (-1, -1), (1, 1), (-1, 1))]
        spots += [(x, min(oy + oh + 1, sy + sh - th - 1)) for x, _ in spots
                  for _, oy, _, oh in taken]  # or under what it would hide behind
        tx, ty = next((spot for spot in spots if clear(spot)), spots[0])
        end = (tx - 1 if tx > px else tx + tw, ty + th / 2)
        screen.line(color, (px + (r + 1 if end[0] > px else -r - 1), py), end)
        screen.text(tag, (tx, ty), size=L.fs(5.5), color=color, face="mono_bold",
                    shadow=C.BOT_SHADOW)

    def _rulers(self, screen: Screen) -> None:
        """Tick marks every few cells (every 4, or more where cells are small; longer every
        fourth mark) along the top and left of the view."""
        vx, vy, _, _ = self.layout.view
        size = self.layout.cell
        step = 4
        while step * size < 8:
            step *= 2
        for cell in range(0, self.level.grid.width + 1, step):
            x, long = vx + cell * size, cell % (4 * step) == 0
            color = C.TEXT_FAINT if long else C.PANEL_EDGE
            screen.line(color, (x, vy - 2), (x, vy - (4 if long else 3)))
        for cell in range(0, self.level.grid.height + 1, step):
            y, long = vy + cell * size, cell % (4 * step) == 0
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
