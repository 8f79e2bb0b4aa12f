"""The instrument around the swarm: top bar, timeline, gauges, legend, key hints."""

from __future__ import annotations

from game.engine.screen import Screen
from game.nanobots import colors as C
from game.nanobots.outcome import repaired_percent
from game.nanobots.overlay import Overlay
from game.nanobots.session import DebugSession, Mode, speed_label
from game.nanobots.tissues import Tissue
from game.nanobots.widgets import (
    Kept,
    Layout,
    gauge,
    mono_text,
    pause_icon,
    play_icon,
    rewind_icon,
)

CAMPAIGNS = {"rejuvenation": "Rejuvenation", "tooth_rebirth": "Tooth Rebirth"}


def draw_top_bar(screen: Screen, s: DebugSession, L: Layout, rewinding: bool) -> None:
    """The whole bar: :func:`draw_top_bar_static`, :func:`draw_status`, :func:`draw_clock`."""
    draw_top_bar_static(screen, s, L)
    draw_status(screen, s, L, rewinding)
    draw_clock(screen, s, L)


#: The gap between the parts of the top bar.
BAR_GAP = 8


def campaign_name(campaign: str) -> str:
    return CAMPAIGNS.get(campaign, campaign.replace("_", " ").title())


def draw_top_bar_static(screen: Screen, s: DebugSession, L: Layout) -> None:
    """The bar, the debugger's name and the level's (the same all through a level): the
    title gets the room up to the status pill, the campaign and chapter what is left
    (shortened, or left out when not even its chapter fits)."""
    screen.fill(C.PANEL, (0, 0, 480, 14))
    screen.line(C.PANEL_EDGE, (0, 14), (480, 14))
    size = L.fs(7)
    x = 8 + screen.text("NANOBOT DEBUGGER", (8, 3 + 7 - size), size=size, color=C.ACCENT,
                        face="mono_bold")
    x = max(88.0, x + BAR_GAP)
    right = L.status[0] - 6
    title = L.fit(s.level.title, right - x, 7, "bold")
    x += screen.text(title, (x, 3 + 7 - size), size=size, color=C.TEXT, face="bold") + BAR_GAP
    chapter = f" · ch. {s.level.chapter}"
    room = right - x
    name_room = room - L.width(chapter, 6)
    shown = L.fit(campaign_name(s.level.campaign), name_room, 6) + chapter \
        if name_room >= 24 else chapter[3:]
    if L.width(shown, 6) <= room:
        screen.text(shown, (right, 3.5 + 6 - L.fs(6)), size=L.fs(6), color=C.TEXT_DIM,
                    anchor="topright")


#: Where :func:`draw_status` draws (inside the bar, clear of the clock).
STATUS_RECT = (272, 0, 70, 14)


def status_key(s: DebugSession, rewinding: bool) -> tuple[object, ...]:
    """Everything :func:`draw_status` shows."""
    return (rewinding, s.playing, s.speed)


def draw_status(screen: Screen, s: DebugSession, L: Layout, rewinding: bool) -> None:
    """The status pill (run, paused, rewind) and the speed."""
    x = L.status[0]
    if rewinding:
        color, label = C.WARN, "REWIND"
        rewind_icon(screen, x + 3, 4.5, color)
    elif s.playing:
        color, label = C.GOOD, "RUN"
        play_icon(screen, x + 4, 4.5, color)
    else:
        color, label = C.TEXT_DIM, "PAUSED"
        pause_icon(screen, x + 4, 4.5, color)
    size = L.fs(6)
    y = 3.5 + 6 - size
    screen.text(label, (x + 12, y), size=size, color=color, face="mono_bold")
    screen.text(speed_label(s.speed), (x + 50, y), size=size, color=C.TEXT, face="mono")


def draw_clock(screen: Screen, s: DebugSession, L: Layout) -> None:
    """Simulated time and step, which change every frame while the run plays."""
    size = L.fs(6)
    y = 3.5 + 6 - size
    mono_text(screen, f"t {s.sim.time:6.3f}s", (474, y), size=size, color=C.TEXT,
              anchor="topright")
    mono_text(screen, f"step {s.sim.steps}", (420, y), size=size, color=C.TEXT_FAINT,
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


def draw_timeline(screen: Screen, s: DebugSession, rect, L: Layout) -> None:
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
    size = L.fs(5)
    ty = y + max(0.0, (h - L.height(5, "mono")) / 2)
    screen.text("0", (x + 2, ty), size=size, color=C.TEXT_FAINT, face="mono")
    screen.text(f"{s.level.goal.time_limit:g}s", (x + w - 2, ty), size=size,
                color=C.TEXT_FAINT, face="mono", anchor="topright")


def _gauge_rows(s: DebugSession) -> tuple[tuple[str, tuple[str, ...], float, float | None,
                                               tuple], ...]:
    """Per gauge: its name, its value written out longest first (the first that fits is
    shown), how full it is, its goal mark and its colour."""
    goal = s.level.goal
    sim = s.sim
    return (
        ("REPAIRED", (f"{sim.repaired}/{sim.cavity_cells} cells",
                      f"{sim.repaired}/{sim.cavity_cells}",
                      f"{repaired_percent(sim):.0f}%"),
         repaired_percent(sim) / 100.0, goal.repaired / 100.0, C.GOOD),
        ("HARM", (f"{sim.harm:5.2f} / {goal.max_harm:g}", f"{sim.harm:.2f}/{goal.max_harm:g}",
                  f"{sim.harm:.2f}", f"{sim.harm:.0f}"),
         sim.harm / goal.max_harm if goal.max_harm else 0.0, None,
         C.DANGER if sim.harm > 0.75 * goal.max_harm else C.WARN),
        ("HEAT", (f"peak {sim.peak_heat:4.2f}", f"{sim.peak_heat:.2f}", f"{sim.peak_heat:.0f}"),
         float(sim.heat.max()) / (2 * sim.physics.heat_limit), 0.5, C.HEAT_RAMP[3]),
        ("TIME", (f"{sim.time:5.2f} / {goal.time_limit:g} s", f"{sim.time:.2f}/{goal.time_limit:g}",
                  f"{sim.time:.1f}s"),
         sim.time / goal.time_limit, None, C.BLUE_GAUGE),
    )


GAUGE_LABELS = ("REPAIRED", "HARM", "HEAT", "TIME")


def _gauge_place(i: int, L: Layout) -> tuple[float, float, float]:
    x, y, w, _ = L.gauges
    col = (w - 8) / 2
    return x + (i % 2) * (col + 8), y + (i // 2) * L.gauge_pitch, col


def draw_gauge_labels(screen: Screen, L: Layout) -> None:
    """The gauges' names (the same all through a level)."""
    for i, label in enumerate(GAUGE_LABELS):
        gx, gy, _ = _gauge_place(i, L)
        screen.text(label, (gx, gy), size=L.fs(5.5), color=C.TEXT_DIM, face="mono_bold")


def draw_gauges(screen: Screen, s: DebugSession, L: Layout,
                bars: list[Kept] | None = None, *, labels: bool = True) -> None:
    """Repaired, harm, heat and time: name, value and bar. With ``bars`` (one
    :class:`Kept` per gauge) a bar is drawn again only when its pixels change; without
    ``labels`` the names are left to :func:`draw_gauge_labels`. A value is written the
    longest way that fits beside its name."""
    size = L.fs(5.5)
    advance = L.width("0", 5.5, "mono")
    bar_y = L.gauge_pitch - 10
    for i, (label, values, fraction, mark, color) in enumerate(_gauge_rows(s)):
        gx, gy, col = _gauge_place(i, L)
        if labels:
            screen.text(label, (gx, gy), size=size, color=C.TEXT_DIM, face="mono_bold")
        rect = (gx, gy + bar_y, col, 5)
        if bars is None:
            gauge(screen, rect, fraction, color, mark=mark)
        else:
            fill = max(0.0, min(1.0, fraction))
            key = (max(1.0, round(col * fill)) if fill > 0 else 0.0, color, mark)
            bars[i].draw(screen, (gx - 1, gy + bar_y - 1.5, col + 2, 8), key,
                         lambda r=rect, f=fraction, c=color, m=mark: gauge(screen, r, f, c, mark=m))
        room = col - L.width(label, 5.5, "mono_bold") - 4
        value = next((v for v in values if len(v) * advance <= room), "")
        mono_text(screen, value, (gx + col, gy), size=size, color=C.TEXT, anchor="topright")


LEGEND = (
    (Tissue.ENAMEL, "enamel"), (Tissue.DENTIN, "dentin"), (Tissue.PULP, "nerve"),
    (Tissue.GUM, "gum"), (Tissue.BONE, "bone"), (Tissue.CAVITY, "cavity"),
    (Tissue.MARKER, "marker"), (Tissue.FILLED, "filled"),
)


def draw_legend(screen: Screen, s: DebugSession, L: Layout, swatches) -> None:
    """Rows of tissue swatches: colour and pattern, as drawn in the view."""
    present = set(s.sim.tissue.tolist()) | {int(Tissue.FILLED)}
    items = [(t, name) for t, name in LEGEND if int(t) in present]
    x0, y0, w, _ = L.legend
    x0 += 1
    per_row = max(1, int((w + 1) // L.legend_pitch))
    pitch = max(L.legend_pitch, min(34.0, (w - 2) / max(1, min(per_row, len(items)))))
    per_row = max(1, int((w + 1) // pitch))
    size = L.fs(5.5)
    for i, (tissue, name) in enumerate(items):
        lx = x0 + (i % per_row) * pitch
        y = y0 + (i // per_row) * L.legend_row + (L.legend_row - 8) / 2
        screen.blit(swatches[tissue], (lx, y + 1), static=True)
        screen.outline(C.PANEL_EDGE, (lx - 0.5, y + 0.5, 7, 7))
        ty = y0 + (i // per_row) * L.legend_row + max(0.0, (L.legend_row - L.height(5.5)) / 2)
        screen.text(L.fit(name, pitch - 12, 5.5), (lx + 9, ty), size=size, color=C.TEXT_DIM)


def draw_overlay_scale(screen: Screen, s: DebugSession, L: Layout, right: float,
                       y: float) -> tuple[float, float, float, float] | None:
    """The colour scale of the active overlay, in a corner of the stage; returns where it
    is (None without an overlay)."""
    ramps = {Overlay.HEAT: C.HEAT_RAMP, Overlay.HARM: C.HEAT_RAMP,
             Overlay.DENSITY: C.DENSITY_RAMP, Overlay.TRAILS: (C.BACKDROP, C.TRAIL)}
    if s.overlay not in ramps:
        return None
    ends = {Overlay.HEAT: (("0", f"{2 * s.sim.physics.heat_limit:g}+ (limit "
                                 f"{s.sim.physics.heat_limit:g})"),
                           ("0", f"{2 * s.sim.physics.heat_limit:g}+")),
            Overlay.HARM: (("none", "most harm"), ("0", "most")),
            Overlay.DENSITY: (("1 bot", "32+ per cell"), ("1", "32+")),
            Overlay.TRAILS: (("", "recent paths"), ("", "recent"))}[s.overlay]
    size = L.fs(4.5)
    steps = 32
    ramp_w = steps * 2
    long_w = L.width(ends[0][0], 4.5, "mono") + L.width(ends[0][1], 4.5, "mono") + 4
    short_w = L.width(ends[1][0], 4.5, "mono") + L.width(ends[1][1], 4.5, "mono") + 4
    room = L.stage[2] - 12
    label_w = L.width(s.overlay.label.upper(), 5.5, "mono_bold")
    wide = max(ramp_w, label_w, long_w if long_w <= room else short_w)
    low, high = ends[0] if long_w <= room else ends[1]
    wide = min(wide, room)
    x = right - wide - 2
    label_h = L.height(5.5, "mono_bold")
    end_h = L.height(4.5, "mono")
    bar_y = y + label_h
    height = label_h + 5 + end_h + 2
    screen.fill((*C.PANEL, 220), (x - 4, y - 2, wide + 8, height + 2))
    screen.text(L.fit(s.overlay.label.upper(), wide, 5.5, "mono_bold"), (x, y), size=L.fs(5.5),
                color=C.TEXT, face="mono_bold")
    for k, rgb in enumerate(C.ramp(ramps[s.overlay], steps)):
        screen.fill(rgb, (x + wide - ramp_w + k * 2, bar_y + 0.5, 2, 4))
    screen.outline(C.PANEL_EDGE, (x + wide - ramp_w - 0.5, bar_y, ramp_w + 1, 5))
    screen.text(low, (x, bar_y + 5), size=size, color=C.TEXT_FAINT, face="mono")
    screen.text(high, (x + wide, bar_y + 5), size=size, color=C.TEXT_FAINT, face="mono",
                anchor="topright")
    return (x - 4, y - 2, wide + 8, height + 2)


#: Per mode, its keys: the hint bar shows as many as fit, in this order.
HINTS: dict[Mode, tuple[str, ...]] = {
    Mode.DEBUG: ("↑↓ line", "←→ field", "enter toggle/edit", "shift+←→ value",
                 "shift+↑↓ move", "space run", ". step", ", rewind", "-= speed", "o overlay",
                 "esc menu"),
    Mode.EDIT: ("↑↓ or ←→ change the value", "enter or esc: done"),
    Mode.PROBE: ("arrows move the probe (shift: faster)", "the nearest bot is inspected",
                 "esc back"),
    Mode.MENU: ("↑↓ choose", "enter select", "esc back"),
    Mode.RESULT: ("↑↓ choose", "enter select"),
    Mode.BRIEFING: ("enter or space: open the debugger",),
}
#: The briefing's hint while it offers a program won in an earlier level.
OFFER_HINT = ("↑↓ choose", "enter: take it and open the debugger",
              "esc: keep the shipped program")
#: Keys left out first where the bar is too narrow for all (then the last ones).
HINT_DROP = ("o overlay", "-= speed", "shift+↑↓ move", ". step", ", rewind",
             "the nearest bot is inspected", "enter select")
#: Between two keys of a hint: the DEBUG hint's own spacing, dots in the others.
HINT_SEP = {Mode.DEBUG: "  "}


def hint_text(items: tuple[str, ...], sep: str, width: float, L: Layout) -> str:
    """As many of ``items`` as fit ``width``, in their order, joined by ``sep`` (those of
    :data:`HINT_DROP` left out first, then from the end); the one left shortened if even
    it does not fit."""
    shown = list(items)
    order = [item for item in HINT_DROP if item in shown] + \
        [item for item in reversed(items) if item not in HINT_DROP]
    while len(shown) > 1 and L.width(sep.join(shown), 5.5, "mono") > width:
        shown.remove(order.pop(0))
    return L.fit(sep.join(shown), width, 5.5, "mono")


def draw_hints(screen: Screen, s: DebugSession, L: Layout, mode: Mode | None = None) -> None:
    """The key hints of ``mode`` (the session's), or the last message while it shows."""
    _, y, w, h = L.hints
    screen.fill(C.PANEL, L.hints)
    screen.line(C.PANEL_EDGE, (0, y), (480, y))
    room = w - 16
    if s.toast_ticks and mode is None:
        ty = y + max(0.5, (h - L.height(6, "mono")) / 2)
        screen.text(L.fit(s.toast, room, 6, "mono"), (8, ty), size=L.fs(6), color=C.CURSOR,
                    face="mono")
        return
    shown = mode or s.mode
    items = OFFER_HINT if shown is Mode.BRIEFING and s.offer_open else HINTS[shown]
    text = hint_text(items, HINT_SEP.get(shown, " · "), room, L)
    ty = y + max(0.5, min(2.5, (h - L.height(5.5, "mono")) / 2))
    screen.text(text, (8, ty), size=L.fs(5.5), color=C.TEXT_FAINT, face="mono")


def timeline_rect(L: Layout) -> tuple[float, float, float, float]:
    return L.timeline
