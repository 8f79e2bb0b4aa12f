"""The instrument around the swarm: top bar, timeline, gauges, legend, key hints."""

from __future__ import annotations

from game.engine.screen import Screen
from game.nanobots import colors as C
from game.nanobots.outcome import repaired_percent
from game.nanobots.overlay import Overlay
from game.nanobots.session import DebugSession, Mode, speed_label
from game.nanobots.tissues import Tissue
from game.nanobots.widgets import (
    HINT_Y,
    TIMELINE_H,
    Kept,
    gauge,
    mono_text,
    pause_icon,
    play_icon,
    rewind_icon,
)

CAMPAIGNS = {"rejuvenation": "Rejuvenation", "tooth_rebirth": "Tooth Rebirth"}


def draw_top_bar(screen: Screen, s: DebugSession, rewinding: bool) -> None:
    """The whole bar: :func:`draw_top_bar_static`, :func:`draw_status`, :func:`draw_clock`."""
    draw_top_bar_static(screen, s)
    draw_status(screen, s, rewinding)
    draw_clock(screen, s)


def draw_top_bar_static(screen: Screen, s: DebugSession) -> None:
    """The bar, the debugger's name and the level's (the same all through a level)."""
    screen.fill(C.PANEL, (0, 0, 480, 14))
    screen.line(C.PANEL_EDGE, (0, 14), (480, 14))
    screen.text("NANOBOT DEBUGGER", (8, 3), size=7, color=C.ACCENT, face="mono_bold")
    screen.text(s.level.title, (88, 3), size=7, color=C.TEXT, face="bold")
    campaign = CAMPAIGNS.get(s.level.campaign, s.level.campaign.replace("_", " ").title())
    screen.text(f"{campaign} · ch. {s.level.chapter}", (266, 3.5), size=6, color=C.TEXT_DIM,
                anchor="topright")


#: Where :func:`draw_status` draws (inside the bar, clear of the clock).
STATUS_RECT = (272, 0, 70, 14)


def status_key(s: DebugSession, rewinding: bool) -> tuple[object, ...]:
    """Everything :func:`draw_status` shows."""
    return (rewinding, s.playing, s.speed)


def draw_status(screen: Screen, s: DebugSession, rewinding: bool) -> None:
    """The status pill (run, paused, rewind) and the speed."""
    x = 272
    if rewinding:
        color, label = C.WARN, "REWIND"
        rewind_icon(screen, x + 3, 4.5, color)
    elif s.playing:
        color, label = C.GOOD, "RUN"
        play_icon(screen, x + 4, 4.5, color)
    else:
        color, label = C.TEXT_DIM, "PAUSED"
        pause_icon(screen, x + 4, 4.5, color)
    screen.text(label, (x + 12, 3.5), size=6, color=color, face="mono_bold")
    screen.text(speed_label(s.speed), (x + 50, 3.5), size=6, color=C.TEXT, face="mono")


def draw_clock(screen: Screen, s: DebugSession) -> None:
    """Simulated time and step, which change every frame while the run plays."""
    mono_text(screen, f"t {s.sim.time:6.3f}s", (474, 3.5), size=6, color=C.TEXT,
              anchor="topright")
    mono_text(screen, f"step {s.sim.steps}", (420, 3.5), size=6, color=C.TEXT_FAINT,
              anchor="topright")


def timeline_key(s: DebugSession, rect) -> tuple[object, ...]:
    """Everything :func:`draw_timeline` shows, in pixels."""
    _, _, w, _ = rect
    limit_steps = max(1, round(s.level.goal.time_limit * 120))
    return (round(w * min(1.0, s.timeline.head / limit_steps)),
            round(w * min(1.0, s.sim.steps / limit_steps)),
            tuple(round(w * min(1.0, snap / limit_steps)) for snap in s.timeline.snapshot_steps))


def timeline_area(rect) -> tuple[float, float, float, float]:
    """Where :func:`draw_timeline` draws: its rect and the cursor's ends above and below."""
    x, y, w, h = rect
    return (x - 1, y - 2, w + 2, h + 3)


def draw_timeline(screen: Screen, s: DebugSession, rect) -> None:
    """Time from 0 to the limit: computed history, snapshots, the current step."""
    x, y, w, h = rect
    limit_steps = max(1, round(s.level.goal.time_limit * 120))
    screen.fill(C.GUTTER, rect)
    head = min(1.0, s.timeline.head / limit_steps)
    screen.fill(C.PANEL_RAISED, (x, y + 1, round(w * head), h - 2))
    for snap in s.timeline.snapshot_steps:
        sx = x + round(w * min(1.0, snap / limit_steps))
        screen.line(C.PANEL_EDGE, (sx, y + h - 3), (sx, y + h - 2))
    now = min(1.0, s.sim.steps / limit_steps)
    screen.fill(C.ACCENT_DIM, (x, y + 3, round(w * now), h - 6))
    cx = x + round(w * now)
    screen.line(C.CURSOR, (cx, y - 1), (cx, y + h))
    screen.outline(C.PANEL_EDGE, rect)
    screen.text("0", (x + 2, y + 1.5), size=5, color=C.TEXT_FAINT, face="mono")
    screen.text(f"{s.level.goal.time_limit:g}s", (x + w - 2, y + 1.5), size=5,
                color=C.TEXT_FAINT, face="mono", anchor="topright")


def _gauge_rows(s: DebugSession) -> tuple[tuple[str, str, float, float | None, tuple], ...]:
    goal = s.level.goal
    sim = s.sim
    return (
        ("REPAIRED", f"{sim.repaired}/{sim.cavity_cells} cells",
         repaired_percent(sim) / 100.0, goal.repaired / 100.0, C.GOOD),
        ("HARM", f"{sim.harm:5.2f} / {goal.max_harm:g}",
         sim.harm / goal.max_harm if goal.max_harm else 0.0, None,
         C.DANGER if sim.harm > 0.75 * goal.max_harm else C.WARN),
        ("HEAT", f"peak {sim.peak_heat:4.2f}",
         float(sim.heat.max()) / (2 * sim.physics.heat_limit), 0.5, C.HEAT_RAMP[3]),
        ("TIME", f"{sim.time:5.2f} / {goal.time_limit:g} s",
         sim.time / goal.time_limit, None, C.BLUE_GAUGE),
    )


def _gauge_place(i: int, x: float, y: float, w: float) -> tuple[float, float, float]:
    col = (w - 8) / 2
    return x + (i % 2) * (col + 8), y + (i // 2) * 18, col


def draw_gauge_labels(screen: Screen, x: float, y: float, w: float) -> None:
    """The gauges' names (the same all through a level)."""
    for i, label in enumerate(("REPAIRED", "HARM", "HEAT", "TIME")):
        gx, gy, _ = _gauge_place(i, x, y, w)
        screen.text(label, (gx, gy), size=5.5, color=C.TEXT_DIM, face="mono_bold")


def draw_gauges(screen: Screen, s: DebugSession, x: float, y: float, w: float,
                bars: list[Kept] | None = None, *, labels: bool = True) -> None:
    """Repaired, harm, heat and time: name, value and bar. With ``bars`` (one
    :class:`Kept` per gauge) a bar is drawn again only when its pixels change; without
    ``labels`` the names are left to :func:`draw_gauge_labels`."""
    for i, (label, value, fraction, mark, color) in enumerate(_gauge_rows(s)):
        gx, gy, col = _gauge_place(i, x, y, w)
        if labels:
            screen.text(label, (gx, gy), size=5.5, color=C.TEXT_DIM, face="mono_bold")
        rect = (gx, gy + 8, col, 5)
        if bars is None:
            gauge(screen, rect, fraction, color, mark=mark)
        else:
            fill = max(0.0, min(1.0, fraction))
            key = (max(1.0, round(col * fill)) if fill > 0 else 0.0, color, mark)
            bars[i].draw(screen, (gx - 1, gy + 6.5, col + 2, 8), key,
                         lambda r=rect, f=fraction, c=color, m=mark: gauge(screen, r, f, c, mark=m))
        mono_text(screen, value, (gx + col, gy), size=5.5, color=C.TEXT, anchor="topright")


LEGEND = (
    (Tissue.ENAMEL, "enamel"), (Tissue.DENTIN, "dentin"), (Tissue.PULP, "nerve"),
    (Tissue.GUM, "gum"), (Tissue.BONE, "bone"), (Tissue.CAVITY, "cavity"),
    (Tissue.MARKER, "marker"), (Tissue.FILLED, "filled"),
)


def draw_legend(screen: Screen, s: DebugSession, x: float, y: float, swatches) -> None:
    """One row of tissue swatches: colour and pattern, as drawn in the view."""
    present = set(s.sim.tissue.tolist()) | {int(Tissue.FILLED)}
    items = [(t, name) for t, name in LEGEND if int(t) in present]
    pitch = min(34.0, 256.0 / max(1, len(items)))
    for i, (tissue, name) in enumerate(items):
        lx = x + i * pitch
        screen.blit(swatches[tissue], (lx, y + 1), static=True)
        screen.outline(C.PANEL_EDGE, (lx - 0.5, y + 0.5, 7, 7))
        screen.text(name, (lx + 9, y + 0.5), size=5.5, color=C.TEXT_DIM)


def draw_overlay_scale(screen: Screen, s: DebugSession, right: float, y: float) -> None:
    """The colour scale of the active overlay, in a corner of the view."""
    ramps = {Overlay.HEAT: C.HEAT_RAMP, Overlay.HARM: C.HEAT_RAMP,
             Overlay.DENSITY: C.DENSITY_RAMP, Overlay.TRAILS: (C.BACKDROP, C.TRAIL)}
    if s.overlay not in ramps:
        return
    ends = {Overlay.HEAT: ("0", f"{2 * s.sim.physics.heat_limit:g}+ (limit "
                                f"{s.sim.physics.heat_limit:g})"),
            Overlay.HARM: ("none", "most harm"), Overlay.DENSITY: ("1 bot", "32+ per cell"),
            Overlay.TRAILS: ("", "recent paths")}[s.overlay]
    steps = 32
    x = right - steps * 2 - 6
    screen.fill((*C.PANEL, 220), (x - 4, y - 2, steps * 2 + 8, 20))
    screen.text(s.overlay.label.upper(), (x, y), size=5.5, color=C.TEXT, face="mono_bold")
    for k, rgb in enumerate(C.ramp(ramps[s.overlay], steps)):
        screen.fill(rgb, (x + k * 2, y + 7, 2, 4))
    screen.outline(C.PANEL_EDGE, (x - 0.5, y + 6.5, steps * 2 + 1, 5))
    screen.text(ends[0], (x, y + 12), size=4.5, color=C.TEXT_FAINT, face="mono")
    screen.text(ends[1], (x + steps * 2, y + 12), size=4.5, color=C.TEXT_FAINT, face="mono",
                anchor="topright")


HINTS = {
    Mode.DEBUG: "↑↓ line  ←→ field  enter toggle/edit  shift+←→ value  shift+↑↓ move  "
                "space run  . step  , rewind  -= speed  o overlay  esc menu",
    Mode.EDIT: "↑↓ or ←→ change the value · enter or esc: done",
    Mode.PROBE: "arrows move the probe (shift: faster) · the nearest bot is inspected · esc back",
    Mode.MENU: "↑↓ choose · enter select · esc back",
    Mode.RESULT: "↑↓ choose · enter select",
    Mode.BRIEFING: "enter or space: open the debugger",
}
#: The briefing's hint while it offers a program won in an earlier level.
OFFER_HINT = "↑↓ choose · enter: take it and open the debugger · esc: keep the shipped program"


def draw_hints(screen: Screen, s: DebugSession, mode: Mode | None = None) -> None:
    """The key hints of ``mode`` (the session's), or the last message while it shows."""
    screen.fill(C.PANEL, (0, HINT_Y, 480, 270 - HINT_Y))
    screen.line(C.PANEL_EDGE, (0, HINT_Y), (480, HINT_Y))
    if s.toast_ticks and mode is None:
        screen.text(s.toast, (8, HINT_Y + 2.5), size=6, color=C.CURSOR, face="mono")
        return
    shown = mode or s.mode
    hint = OFFER_HINT if shown is Mode.BRIEFING and s.offer_open else HINTS[shown]
    screen.text(hint, (8, HINT_Y + 2.5), size=5.5, color=C.TEXT_FAINT, face="mono")


def timeline_rect(view_rect) -> tuple[float, float, float, float]:
    x, y, w, h = view_rect
    return (x, y + h + 3, w, TIMELINE_H)
