"""The program panel: the bots' rules as lines of code, then the breakpoints."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.screen import Screen
from game.nanobots import colors as C
from game.nanobots.breakpoints import Kind
from game.nanobots.rules import Rule
from game.nanobots.session import DebugSession, Mode
from game.nanobots.widgets import MONO, FieldBox, Layout, panel

#: The blinking outline of the field under the cursor: (colour, rect).
Outline = tuple[tuple[int, int, int], tuple[float, float, float, float]]
#: Size of the tradeoff weight written after a value it changes.
WEIGHT_SIZE = 4.6


@dataclass(frozen=True)
class Placed:
    """One value of a rule line, where it goes: ``sub`` is the row of the line (a line
    whose values do not fit on one row goes on under its first value), ``x`` its left."""

    index: int
    name: str
    value: str
    weight: float | None
    sub: int
    x: float
    name_w: float
    value_w: float


def kind_column(s: DebugSession, L: Layout) -> float:
    """The width of the rule names' column: the longest name of this program, switched
    off (``#name``), so a value never runs into a name."""
    return max((L.width(f"#{rule.kind}", MONO, "mono_bold") for rule in s.program.rules),
               default=0.0)


def place_values(s: DebugSession, L: Layout, line: int, start: float,
                 right: float) -> list[Placed]:
    """Where each value of rule ``line`` goes: from ``start``, a character apart, onto the
    next row (from ``start`` again) when one would pass ``right``."""
    rule = s.program[line]
    cw = L.char_w
    out: list[Placed] = []
    px, sub = start, 0
    for index, (name, _) in enumerate(rule.values, start=1):
        value = rule.format_value(name)
        nw = L.width(f"{name}=", MONO, "mono")
        vw = L.width(value, MONO, "mono")
        weight = tradeoff_weight(s, line, name) if rule.enabled else None
        if weight is not None and abs(weight - 1.0) <= 1e-9:
            weight = None
        ww = L.width(f"x{weight:.2f}", WEIGHT_SIZE, "mono") + 2 if weight is not None else 0.0
        if px > start and px + nw + vw + ww > right:
            px, sub = start, sub + 1
        out.append(Placed(index, name, value, weight, sub, px, nw, vw))
        px += nw + vw + cw + ww
    return out


def placed_lines(s: DebugSession, L: Layout) -> list[list[Placed]]:
    """:func:`place_values` of every rule line, in the program panel."""
    x, _, w, _ = L.program
    start = _values_x(s, L, x)
    return [place_values(s, L, line, start, _values_right(s, L, line, x, w))
            for line in range(len(s.program))]


def _values_x(s: DebugSession, L: Layout, x: float) -> float:
    cw = L.char_w
    return x + 17 + cw * 2 + kind_column(s, L) + cw


def _values_right(s: DebugSession, L: Layout, line: int, x: float, w: float) -> float:
    return x + w - (11 if s.program[line].edit.locked else 4)


def header_height(L: Layout) -> float:
    """The band that names the breakpoints."""
    return max(8.0, L.height(5.5, "mono"))


def draw_program(screen: Screen, s: DebugSession, L: Layout,
                 cursor: list[Outline] | None = None) -> list[FieldBox]:
    """Draw the panel; returns where each field is, for pointer hit-tests. With
    ``cursor``, the cursor's outline (which blinks) is put there instead of drawn, for
    :func:`draw_cursor` to draw over a kept copy of the panel. When the lines do not all
    fit, the panel shows the part around the cursor, with marks where more lies above
    or below."""
    x, y, w, h = L.program
    moved = s.program != s.level.program
    count = f"{len(s.program)} lines"
    count_w = L.width(count, 5.5, "mono")
    title = L.fit(f"{s.level.id}.bot" + (" *" if moved else ""), w - 16 - count_w, 6,
                  "mono_bold")
    panel(screen, L.program, title)
    screen.text(count, (x + w - 5, y + 1.5), size=L.fs(5.5), color=C.TEXT_FAINT,
                face="mono", anchor="topright")
    boxes: list[FieldBox] = []
    top = y + L.tab + 4
    bottom = y + h - 3
    band = header_height(L)
    # every row as (what, line, offset from the top, height), then the part that shows
    rows: list[tuple[str, int, float, float]] = []
    at = 0.0
    placed = placed_lines(s, L)
    for line in range(len(s.program)):
        rows.append(("rule", line, at, (1 + max((p.sub for p in placed[line]), default=0))
                     * L.line_h))
        at += rows[-1][3]
    rules_h = at
    rows.append(("header", -1, at + 3, band))
    at += 3 + band + 3
    for i in range(len(s.breakpoints)):
        rows.append(("point", len(s.program) + i, at, L.line_h))
        at += L.line_h
    room = bottom - top
    shift = 0.0
    if at > room:
        mine = next((r for r in rows if r[1] == s.cursor.line), rows[0])
        shift = max(0.0, min(at - room, mine[2] + mine[3] / 2 - room / 2))
    shown = [r for r in rows if r[2] >= shift - 1e-6 and r[2] + r[3] <= shift + room + 1e-6]
    ends = top - shift
    last = ends
    shown_rules = [r for r in shown if r[0] == "rule"]
    if shown_rules:
        first_y = ends + shown_rules[0][2]
        screen.fill(C.GUTTER, (x + 1, first_y - 1, 13,
                               shown_rules[-1][2] + shown_rules[-1][3] - shown_rules[0][2] + 1))
    elif shift == 0:
        screen.fill(C.GUTTER, (x + 1, top - 1, 13, rules_h + 1))
    for what, line, offset, height in shown:
        ly = ends + offset
        if what == "rule":
            boxes += _rule_line(screen, s, L, line, x, ly, w, placed[line], cursor)
        elif what == "header":
            by = ly
            screen.line(C.PANEL_EDGE, (x + 1, by), (x + w - 2, by))
            screen.fill(C.PANEL_RAISED, (x + 1, by + 1, w - 2, band))
            screen.text(L.fit("breakpoints: pause when...", w - 10, 5.5, "mono"),
                        (x + 5, by + 1.5), size=L.fs(5.5), color=C.TEXT_DIM, face="mono")
        else:
            i = line - len(s.program)
            boxes += _breakpoint_line(screen, s, L, line, s.breakpoints[i], x, ly, w, cursor)
        last = ly + height
    if shift > 0 or (shown and shown[-1] is not rows[-1]):
        _scroll_marks(screen, x + w - 4, top, bottom, shift > 0, shown[-1] is not rows[-1])
    _doc(screen, s, L, x, last + 3, w, bottom)
    return boxes


def _scroll_marks(screen: Screen, x: float, top: float, bottom: float, above: bool,
                  below: bool) -> None:
    """Small arrows at the panel's edge: more lines above, below."""
    for show, y, d in ((above, top + 1, 1), (below, bottom - 2, -1)):
        if show:
            for i in range(3):
                screen.line(C.ACCENT, (x - i, y + i * d), (x + i, y + i * d))


def _doc(screen: Screen, s: DebugSession, L: Layout, x: float, top: float, w: float,
         bottom: float) -> None:
    """What the line (and value) under the cursor means, like an editor's hover."""
    lines = doc_lines(s)
    text_h = L.height(5.5, "mono")
    pitch = max(7.0, float(round(text_h)) - 1)
    if not lines or bottom - top < text_h + 3:
        return
    screen.line(C.PANEL_EDGE, (x + 1, top), (x + w - 2, top))
    parts = [(part, color) for text, color in lines for part in L.wrap(text, w - 12, 5.5, "mono")]
    room = max(1, int((bottom - (top + 3) - text_h + 1.5) // pitch) + 1)
    if len(parts) > room:  # what does not fit is left out, and the last line says so
        part, color = parts[room - 1]
        parts = [*parts[:room - 1], (L.fit(part + " …", w - 12, 5.5, "mono"), color)]
    for i, (part, color) in enumerate(parts):
        screen.text(part, (x + 6, top + 3 + i * pitch), size=L.fs(5.5), color=color,
                    face="mono")


def doc_lines(s: DebugSession) -> list[tuple[str, tuple[int, int, int]]]:
    line, field = s.cursor.line, s.cursor.field
    if not s.is_rule(line):
        return [("A breakpoint pauses the run when its event happens; the bot involved is "
                 "selected in the inspector.", C.TEXT_FAINT)]
    rule = s.program[line]
    if field == 0:
        out = [(f"{rule.kind}: {rule.spec.about}", C.TEXT_DIM)]
        can = [w for w, ok in (("switch on/off", rule.edit.toggle), ("move", rule.edit.move))
               if ok]
        out.append(("you may " + " and ".join(can) if can else "this line stays on, in place",
                    C.TEXT_FAINT))
        return out
    name = rule.values[field - 1][0]
    spec = rule.spec.param(name)
    rng = rule.edit.range_of(name)
    if rng is None:
        allowed = "locked"
    elif spec.type == "tissue":
        allowed = "choices: " + ", ".join(rng.choices)
    elif spec.type == "bool":
        allowed = "yes or no"
    else:
        allowed = f"{rng.lo:g} to {rng.hi:g}, step {rng.step:g}"
    unit = f" ({spec.unit})" if spec.unit else ""
    out = [(f"{rule.kind}.{name}{unit}: {spec.about}", C.TEXT_DIM), (allowed, C.TEXT_FAINT)]
    weight = tradeoff_weight(s, line, name)
    if weight is not None:
        value = float(rule.get(name))
        out.append((f"after tradeoff above: x{weight:.2f} = {value * weight:.1f}", C.WARN))
    return out


def tradeoff_weight(s: DebugSession, line: int, name: str) -> float | None:
    """The weight an enabled tradeoff line above puts on this value, if any."""
    rule = s.program[line]
    if (rule.kind, name) not in (("seek", "gain"), ("avoid", "gain"), ("limit", "speed")):
        return None
    weight = None
    for above in s.program.rules[:line]:
        if above.enabled and above.kind == "tradeoff":
            e = float(above.get("efficiency"))
            weight = 2.0 * (1.0 - e) if rule.kind == "avoid" else 0.5 + e
    return weight


def _cursor_band(screen: Screen, s: DebugSession, L: Layout, line: int, x: float, ly: float,
                 w: float, rows: int) -> None:
    if s.cursor.line == line and s.mode in (Mode.DEBUG, Mode.EDIT):
        screen.fill((*C.ACCENT_DIM, 60), (x + 1, ly - 0.5, w - 2, L.line_h * rows))
        screen.fill(C.ACCENT, (x + 1, ly - 0.5, 1, L.line_h * rows))


def cursor_shows(s: DebugSession) -> bool:
    """Whether the cursor's outline is drawn this tick (it blinks, except while editing)."""
    return (s.ticks // 20) % 2 == 0 or s.mode is Mode.EDIT


def draw_cursor(screen: Screen, s: DebugSession, cursor: list[Outline]) -> None:
    """The outline :func:`draw_program` put in ``cursor``, when it shows."""
    if cursor_shows(s):
        for color, rect in cursor:
            screen.outline(color, rect)


def _field(screen: Screen, s: DebugSession, L: Layout, line: int, field: int, rect,
           editable: bool, cursor: list[Outline] | None = None) -> None:
    fx, fy, fw, fh = rect
    active = s.cursor.line == line and s.cursor.field == field and s.mode in (Mode.DEBUG,
                                                                             Mode.EDIT)
    if not active:
        if editable and field > 0:  # a dotted underline marks a value the player may edit
            for dx in range(1, int(fw) - 1, 2):
                screen.fill(C.TEXT_FAINT, (fx + dx, fy + fh - 0.5, 1, 0.5))
        return
    if s.mode is Mode.EDIT:
        screen.fill((*C.CURSOR, 70), rect)
        size = L.fs(5)
        screen.text("▴", (fx + fw / 2, fy - 4.5 * size / 5), size=size, color=C.CURSOR,
                    face="mono", anchor="midtop")
        screen.text("▾", (fx + fw / 2, fy + fh - 1.5), size=size, color=C.CURSOR, face="mono",
                    anchor="midtop")
    if cursor is not None:
        cursor.append((C.CURSOR if editable else C.LOCKED, rect))
    elif cursor_shows(s):
        screen.outline(C.CURSOR if editable else C.LOCKED, rect)


def _rule_line(screen: Screen, s: DebugSession, L: Layout, line: int, x: float, ly: float,
               w: float, placed: list[Placed],
               cursor: list[Outline] | None = None) -> list[FieldBox]:
    rule: Rule = s.program[line]
    cw = L.char_w
    code = L.fs(MONO)
    subs = 1 + max((p.sub for p in placed), default=0)
    _cursor_band(screen, s, L, line, x, ly, w, subs)
    on = rule.enabled
    screen.text(f"{line + 1:>2}", (x + 2, ly), size=code, color=C.TEXT_FAINT, face="mono")
    cx = x + 17
    glyph = "■" if on else "□"
    toggle_color = C.ACCENT if on else C.TEXT_FAINT
    if not rule.edit.toggle:
        toggle_color = _dim(toggle_color)
    screen.text(glyph, (cx, ly), size=code, color=toggle_color, face="mono")
    kind_color = C.SYNTAX_KIND if on else C.SYNTAX_COMMENT
    label = rule.kind if on else f"#{rule.kind}"
    kw = screen.text(label, (cx + cw * 2, ly), size=code, color=kind_color, face="mono_bold")
    toggle_rect = (cx - 1, ly - 0.5, cw * 2 + kw + 2, L.line_h - 1)
    _field(screen, s, L, line, 0, toggle_rect, rule.edit.toggle or rule.edit.move, cursor)
    boxes = [FieldBox(line, 0, toggle_rect)]
    if rule.edit.move:  # grip dots: this line may be moved
        for gy in (1.5, 3.5, 5.5):
            screen.fill(C.TEXT_FAINT, (x + 14, ly + gy * L.line_h / 8.5, 1, 1))
    for p in placed:
        spec = rule.spec.param(p.name)
        editable = rule.edit.range_of(p.name) is not None
        py = ly + p.sub * L.line_h
        screen.text(f"{p.name}=", (p.x, py), size=code, face="mono",
                    color=C.SYNTAX_NAME if on else C.SYNTAX_COMMENT)
        color = C.SYNTAX_TISSUE if spec.type == "tissue" else C.SYNTAX_VALUE
        if not on:
            color = C.SYNTAX_COMMENT
        elif not editable:
            color = _dim(color)
        screen.text(p.value, (p.x + p.name_w, py), size=code, color=color, face="mono")
        rect = (p.x + p.name_w - 1, py - 0.5, p.value_w + 2, L.line_h - 1)
        _field(screen, s, L, line, p.index, rect, editable, cursor)
        boxes.append(FieldBox(line, p.index, (p.x - 1, py - 0.5, p.name_w + p.value_w + 2,
                                              L.line_h - 1)))
        if p.weight is not None:  # what tradeoff makes of it
            wx = p.x + p.name_w + p.value_w + 1
            screen.text(f"x{p.weight:.2f}", (wx, py + 1.2 * L.line_h / 8.5),
                        size=L.fs(WEIGHT_SIZE), face="mono",
                        color=C.WARN if p.weight > 1 else C.ACCENT_DIM)
    if rule.edit.locked:
        _lock(screen, x + w - 9, ly + 1)
    return boxes


def _breakpoint_line(screen: Screen, s: DebugSession, L: Layout, line: int, point, x: float,
                     ly: float, w: float, cursor: list[Outline] | None = None) -> list[FieldBox]:
    cw = L.char_w
    code = L.fs(MONO)
    _cursor_band(screen, s, L, line, x, ly, w, 1)
    hit = s.last_hit is not None and s.last_hit.breakpoint == line - len(s.program)
    color = C.BREAK if point.enabled else C.TEXT_FAINT
    screen.text("◆" if point.enabled else "◇", (x + 5, ly), size=code, color=color,
                face="mono")
    text_color = C.TEXT if point.enabled else C.TEXT_DIM
    boxes = [FieldBox(line, 0, (x + 3, ly - 0.5, cw * 2 + 2, L.line_h - 1))]
    _field(screen, s, L, line, 0, boxes[0].rect, True, cursor)
    px = x + 17
    if point.kind is Kind.ENTER:
        head, value = "a bot enters ", point.tissue
    elif point.kind is Kind.HARM:
        head, value = "harm >= ", f"{point.threshold:g}"
    else:
        head, value = "a cavity cell fills", ""
    hw = screen.text(head, (px, ly), size=code, color=text_color, face="mono")
    if value:
        vx = px + hw
        vw = screen.text(value, (vx, ly), size=code, face="mono",
                         color=C.SYNTAX_TISSUE if point.kind is Kind.ENTER else C.SYNTAX_VALUE)
        rect = (vx - 1, ly - 0.5, vw + 2, L.line_h - 1)
        _field(screen, s, L, line, 1, rect, True, cursor)
        boxes.append(FieldBox(line, 1, rect))
    if hit:
        screen.text("hit", (x + w - 5, ly), size=code, color=C.BREAK, face="mono_bold",
                    anchor="topright")
    return boxes


def _lock(screen: Screen, x: float, y: float) -> None:
    screen.outline(C.LOCKED, (x + 1, y, 3, 3))
    screen.fill(C.LOCKED, (x, y + 2, 5, 4))


def _dim(color):
    return tuple(round(c * 0.62 + b * 0.38) for c, b in zip(color, C.PANEL, strict=True))
