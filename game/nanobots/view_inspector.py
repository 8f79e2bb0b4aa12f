"""The inspector: the selected bot's state and what each line does to it this step."""

from __future__ import annotations

import math

from game.engine.screen import Screen
from game.nanobots import colors as C
from game.nanobots.compile import NO_CHECK, believed_cavity
from game.nanobots.session import DebugSession
from game.nanobots.tissues import Tissue
from game.nanobots.widgets import INSPECTOR, arrow, panel

ROW = 7.2


def inspector_key(s: DebugSession) -> tuple[object, ...] | None:
    """Everything :func:`draw_inspector` shows: nothing to follow without a selected bot;
    with one, its state at this step of this program (stepping is deterministic, and
    edits and rewinds change the program or the step)."""
    if s.selected is None:
        return None
    return (s.selected, s.sim.steps, s.program, id(s.sim))


def draw_inspector(screen: Screen, s: DebugSession) -> None:
    x, y, w, _ = INSPECTOR
    panel(screen, INSPECTOR, "inspector")
    if s.selected is None:
        lines = ("No bot selected.", "", "Click a bot, or press ← on the first",
                 "field of a line to move the probe", "into the view. A breakpoint selects",
                 "the bot that triggered it.")
        for i, text in enumerate(lines):
            screen.text(text, (x + 6, y + 14 + i * ROW), size=5.5, color=C.TEXT_DIM)
        return
    sim = s.sim
    i = s.selected
    bx, by = float(sim.x[i]), float(sim.y[i])
    vx, vy = float(sim.vx[i]), float(sim.vy[i])
    cell = int(sim.cell[i])
    tissue = Tissue(int(sim.tissue[cell]))
    speed = math.hypot(vx, vy)
    heading = (math.degrees(math.atan2(-vy, vx)) + 360) % 360
    screen.text(f"bot #{i}", (x + 6, y + 13), size=6.5, color=C.BOT_SELECTED, face="mono_bold")
    screen.text(f"in {tissue.key}", (x + 58, y + 13.5), size=6, face="mono",
                color=C.TISSUE_COLORS[tissue][0] if tissue != Tissue.FLUID else C.TEXT_DIM)
    screen.text(f"({bx:5.2f}, {by:5.2f})", (x + w - 6, y + 13.5), size=5.5, color=C.TEXT_DIM,
                face="mono", anchor="topright")
    belief = _belief(s, cell, int(tissue))
    info = (f"speed {speed:5.2f} c/s  heading {heading:3.0f}°",
            f"heat {float(sim.heat[cell]):4.2f}  fill {float(sim.fill[cell]):4.2f}  "
            f"marker {float(sim.expression[cell]):.2f}{belief}")
    for k, text in enumerate(info):
        screen.text(text, (x + 6, y + 21 + k * ROW), size=5.5, color=C.TEXT, face="mono")
    _contributions(screen, s, x, y + 37, w)


def _belief(s: DebugSession, cell: int, tissue: int) -> str:
    if tissue not in (Tissue.CAVITY, Tissue.MARKER):
        return ""
    threshold = NO_CHECK
    for rule in s.program.rules:
        if rule.enabled and rule.kind == "check_marker":
            threshold = float(rule.get("threshold"))
        if rule.enabled and rule.kind == "deposit":
            break
    taken = believed_cavity(tissue, float(s.sim.expression[cell]), threshold)
    return "  reads: cavity" if taken else "  reads: leave"


def _contributions(screen: Screen, s: DebugSession, x: float, y: float, w: float) -> None:
    screen.text("this step, by line (Δv, cells/s)", (x + 6, y), size=5.5, color=C.TEXT_FAINT,
                face="mono")
    rows = s.contributions()
    biggest = max((math.hypot(c.dvx, c.dvy) for c in rows), default=0.0)
    scale = 6.0 / biggest if biggest > 0 else 0.0
    for k, c in enumerate(rows[:7]):
        ry = y + 8 + k * ROW
        tag = f"{c.line + 1:>2}" if c.line is not None else " -"
        size = math.hypot(c.dvx, c.dvy)
        quiet = size < 1e-9
        color = C.TEXT_FAINT if quiet else C.TEXT
        screen.text(f"{tag} {c.label[:14]:<14}", (x + 6, ry), size=5.5, color=color, face="mono")
        screen.text(f"{c.dvx:+6.2f} {c.dvy:+6.2f}", (x + w - 24, ry), size=5.5, color=color,
                    face="mono", anchor="topright")
        if not quiet:
            arrow(screen, (x + w - 12, ry + 3), (c.dvx * scale, c.dvy * scale), C.ACCENT)
