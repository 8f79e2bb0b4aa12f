"""The inspector: the selected bot's state and what each line does to it this step."""

from __future__ import annotations

import math

from game.engine.screen import Screen
from game.nanobots import colors as C
from game.nanobots.compile import NO_CHECK, believed_cavity
from game.nanobots.session import DebugSession
from game.nanobots.tissues import Tissue
from game.nanobots.widgets import Layout, arrow, measure_at_most, panel

#: How the inspector says where to start when no bot is selected.
NO_BOT = ("No bot selected.", "", "Click a bot, or press ← on the first field of a line to "
          "move the probe into the view. A breakpoint selects the bot that triggered it.")


def inspector_key(s: DebugSession) -> tuple[object, ...] | None:
    """Everything :func:`draw_inspector` shows: nothing to follow without a selected bot;
    with one, its state at this step of this program (stepping is deterministic, and
    edits and rewinds change the program or the step)."""
    if s.selected is None:
        return None
    return (s.selected, s.sim.steps, s.program, id(s.sim))


def draw_inspector(screen: Screen, s: DebugSession, L: Layout) -> None:
    x, y, w, h = L.inspector
    panel(screen, L.inspector, "inspector")
    small = L.fs(5.5)
    text_h = L.height(5.5, "mono")
    bottom = y + h - 2
    row = L.row
    top = y + L.tab + 4
    if s.selected is None:
        ty = top + 1
        for text in NO_BOT:
            for part in (L.wrap(text, w - 12, 5.5) if text else [""]):
                if ty + L.height(5.5) > bottom:
                    return
                screen.text(part, (x + 6, ty), size=small, color=C.TEXT_DIM)
                ty += row
        return
    sim = s.sim
    i = s.selected
    bx, by = float(sim.x[i]), float(sim.y[i])
    vx, vy = float(sim.vx[i]), float(sim.vy[i])
    cell = int(sim.cell[i])
    tissue = Tissue(int(sim.tissue[cell]))
    speed = math.hypot(vx, vy)
    heading = (math.degrees(math.atan2(-vy, vx)) + 360) % 360
    # the bot, its tissue and where it is: on one line, the place left out if it does not fit
    bw = screen.text(f"bot #{i}", (x + 6, top), size=L.fs(6.5), color=C.BOT_SELECTED,
                     face="mono_bold")
    tx = x + max(58.0, 6 + bw + 6)
    where = f"in {tissue.key}"
    tw = screen.text(where, (tx, top + 0.5), size=L.fs(6), face="mono",
                     color=C.TISSUE_COLORS[tissue][0] if tissue != Tissue.FLUID else C.TEXT_DIM)
    place = f"({bx:5.2f}, {by:5.2f})"
    if tx + tw + 6 + measure_at_most(place, small, "mono", L.scale) <= x + w - 6:
        screen.text(place, (x + w - 6, top + 0.5), size=small, color=C.TEXT_DIM, face="mono",
                    anchor="topright")
    belief = _belief(s, cell, int(tissue))
    info = (f"speed {speed:5.2f} c/s", f"heading {heading:3.0f}°", "",
            f"heat {float(sim.heat[cell]):4.2f}", f"fill {float(sim.fill[cell]):4.2f}",
            f"marker {float(sim.expression[cell]):.2f}", *([belief] if belief else []))
    ty = top + max(8.0, L.height(6.5, "mono_bold"))
    for group in _groups(info):
        for part in L.pack(group, "  ", w - 12, 5.5, "mono"):
            if ty + text_h - 1 > bottom:
                return
            screen.text(part, (x + 6, ty), size=small, color=C.TEXT, face="mono")
            ty += row
    _contributions(screen, s, L, x, ty + 2, w, bottom)


def _groups(items: tuple[str, ...]) -> list[list[str]]:
    """``items`` split at the empty ones: each group starts a line of its own."""
    groups: list[list[str]] = [[]]
    for item in items:
        if item:
            groups[-1].append(item)
        else:
            groups.append([])
    return [g for g in groups if g]


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
    return "reads: cavity" if taken else "reads: leave"


def _contributions(screen: Screen, s: DebugSession, L: Layout, x: float, y: float, w: float,
                   bottom: float) -> None:
    """What each line adds to the bot's velocity this step, as many lines as there is
    room for."""
    small = L.fs(5.5)
    text_h = L.height(5.5, "mono")
    if y + text_h - 1 > bottom:
        return
    screen.text(L.first_fitting(("this step, by line (Δv, cells/s)", "this step (Δv, c/s)",
                                 "Δv this step"), w - 12, 5.5, "mono"),
                (x + 6, y), size=small, color=C.TEXT_FAINT, face="mono")
    rows = s.contributions()
    biggest = max((math.hypot(c.dvx, c.dvy) for c in rows), default=0.0)
    scale = 6.0 / biggest if biggest > 0 else 0.0
    cw = L.width("0", 5.5, "mono")
    values_right = x + w - 24
    values_w = 13 * cw
    chars = max(3, min(14, int((values_right - values_w - cw - (x + 6)) / cw) - 3))
    pitch = max(L.row, 8.0) if L.scale == 1 else L.row
    for k, c in enumerate(rows[:7]):
        ry = y + max(8.0, pitch) + k * pitch
        if ry + text_h - 1 > bottom:
            break
        tag = f"{c.line + 1:>2}" if c.line is not None else " -"
        size = math.hypot(c.dvx, c.dvy)
        quiet = size < 1e-9
        color = C.TEXT_FAINT if quiet else C.TEXT
        label = c.label if len(c.label) <= chars else c.label[:chars - 1] + "…"
        screen.text(f"{tag} {label:<{chars}}", (x + 6, ry), size=small, color=color,
                    face="mono")
        screen.text(f"{c.dvx:+6.2f} {c.dvy:+6.2f}", (values_right, ry), size=small, color=color,
                    face="mono", anchor="topright")
        if not quiet:
            arrow(screen, (x + w - 12, ry + 3), (c.dvx * scale, c.dvy * scale), C.ACCENT)
