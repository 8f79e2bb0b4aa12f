"""The program panel: the bots' rules as lines of code, then the breakpoints."""

from __future__ import annotations

from game.engine.screen import Screen
from game.engine.text import text_width, wrap
from game.nanobots import colors as C
from game.nanobots.breakpoints import Kind
from game.nanobots.session import DebugSession, Mode
from game.nanobots.widgets import LINE_H, MONO, PROGRAM, FieldBox, panel

KIND_CHARS = 12  # the rule name column, in characters


def char_w() -> float:
    return text_width("0", MONO, "mono")


#: The blinking outline of the field under the cursor: (colour, rect).
Outline = tuple[tuple[int, int, int], tuple[float, float, float, float]]


def draw_program(screen: Screen, s: DebugSession,
                 cursor: list[Outline] | None = None) -> list[FieldBox]:
    """Draw the panel; returns where each field is, for pointer hit-tests. With
    ``cursor``, the cursor's outline (which blinks) is put there instead of drawn, for
    :func:`draw_cursor` to draw over a kept copy of the panel."""
    x, y, w, h = PROGRAM
    moved = s.program != s.level.program
    title = f"{s.level.id}.bot" + (" *" if moved else "")
    panel(screen, PROGRAM, title)
    screen.text(f"{len(s.program)} lines", (x + w - 5, y + 1.5), size=5.5, color=C.TEXT_FAINT,
                face="mono", anchor="topright")
    boxes: list[FieldBox] = []
    top = y + 13
    screen.fill(C.GUTTER, (x + 1, top - 1, 13, len(s.program) * LINE_H + 1))
    for line in range(len(s.program)):
        boxes += _rule_line(screen, s, line, x, top + line * LINE_H, w, cursor)
    by = top + len(s.program) * LINE_H + 3
    screen.line(C.PANEL_EDGE, (x + 1, by), (x + w - 2, by))
    screen.fill(C.PANEL_RAISED, (x + 1, by + 1, w - 2, 8))
    screen.text("breakpoints: pause when...", (x + 5, by + 1.5), size=5.5, color=C.TEXT_DIM,
                face="mono")
    by += 11
    for i, point in enumerate(s.breakpoints):
        line = len(s.program) + i
        boxes += _breakpoint_line(screen, s, line, point, x, by + i * LINE_H, w, cursor)
    _doc(screen, s, x, by + len(s.breakpoints) * LINE_H + 3, w, y + h - 3)
    return boxes


def _doc(screen: Screen, s: DebugSession, x: float, top: float, w: float, bottom: float) -> None:
    """What the line (and value) under the cursor means, like an editor's hover."""
    lines = doc_lines(s)
    if not lines or bottom - top < 10:
        return
    screen.line(C.PANEL_EDGE, (x + 1, top), (x + w - 2, top))
    ty = top + 3
    for text, color in lines:
        for part in wrap(text, w - 12, 5.5, "mono"):
            if ty + 6 > bottom:
                return
            screen.text(part, (x + 6, ty), size=5.5, color=color, face="mono")
            ty += 7


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


def _cursor_band(screen: Screen, s: DebugSession, line: int, x: float, ly: float, w: float):
    if s.cursor.line == line and s.mode in (Mode.DEBUG, Mode.EDIT):
        screen.fill((*C.ACCENT_DIM, 60), (x + 1, ly - 0.5, w - 2, LINE_H))
        screen.fill(C.ACCENT, (x + 1, ly - 0.5, 1, LINE_H))


def cursor_shows(s: DebugSession) -> bool:
    """Whether the cursor's outline is drawn this tick (it blinks, except while editing)."""
    return (s.ticks // 20) % 2 == 0 or s.mode is Mode.EDIT


def draw_cursor(screen: Screen, s: DebugSession, cursor: list[Outline]) -> None:
    """The outline :func:`draw_program` put in ``cursor``, when it shows."""
    if cursor_shows(s):
        for color, rect in cursor:
            screen.outline(color, rect)


def _field(screen: Screen, s: DebugSession, line: int, field: int, rect, editable: bool,
           cursor: list[Outline] | None = None) -> None:
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
        screen.text("▴", (fx + fw / 2, fy - 4.5), size=5, color=C.CURSOR, face="mono",
                    anchor="midtop")
        screen.text("▾", (fx + fw / 2, fy + fh - 1.5), size=5, color=C.CURSOR, face="mono",
                    anchor="midtop")
    if cursor is not None:
        cursor.append((C.CURSOR if editable else C.LOCKED, rect))
    elif cursor_shows(s):
        screen.outline(C.CURSOR if editable else C.LOCKED, rect)


def _rule_line(screen: Screen, s: DebugSession, line: int, x: float, ly: float,
               w: float, cursor: list[Outline] | None = None) -> list[FieldBox]:
    rule = s.program[line]
    cw = char_w()
    _cursor_band(screen, s, line, x, ly, w)
    on = rule.enabled
    screen.text(f"{line + 1:>2}", (x + 2, ly), size=MONO, color=C.TEXT_FAINT, face="mono")
    cx = x + 17
    glyph = "■" if on else "□"
    toggle_color = C.ACCENT if on else C.TEXT_FAINT
    if not rule.edit.toggle:
        toggle_color = _dim(toggle_color)
    screen.text(glyph, (cx, ly), size=MONO, color=toggle_color, face="mono")
    kind_color = C.SYNTAX_KIND if on else C.SYNTAX_COMMENT
    label = rule.kind if on else f"#{rule.kind}"
    kw = screen.text(label, (cx + cw * 2, ly), size=MONO, color=kind_color, face="mono_bold")
    toggle_rect = (cx - 1, ly - 0.5, cw * 2 + kw + 2, LINE_H - 1)
    _field(screen, s, line, 0, toggle_rect, rule.edit.toggle or rule.edit.move, cursor)
    boxes = [FieldBox(line, 0, toggle_rect)]
    if rule.edit.move:  # grip dots: this line may be moved
        for gy in (1.5, 3.5, 5.5):
            screen.fill(C.TEXT_FAINT, (x + 14, ly + gy, 1, 1))
    px = cx + cw * (KIND_CHARS + 2)
    for index, (name, _) in enumerate(rule.values, start=1):
        value = rule.format_value(name)
        spec = rule.spec.param(name)
        editable = rule.edit.range_of(name) is not None
        nw = screen.text(f"{name}=", (px, ly), size=MONO, face="mono",
                         color=C.SYNTAX_NAME if on else C.SYNTAX_COMMENT)
        color = C.SYNTAX_TISSUE if spec.type == "tissue" else C.SYNTAX_VALUE
        if not on:
            color = C.SYNTAX_COMMENT
        elif not editable:
            color = _dim(color)
        vw = screen.text(value, (px + nw, ly), size=MONO, color=color, face="mono")
        rect = (px + nw - 1, ly - 0.5, vw + 2, LINE_H - 1)
        _field(screen, s, line, index, rect, editable, cursor)
        boxes.append(FieldBox(line, index, (px - 1, ly - 0.5, nw + vw + 2, LINE_H - 1)))
        px += nw + vw + cw
        weight = tradeoff_weight(s, line, name) if on else None
        if weight is not None and abs(weight - 1.0) > 1e-9:  # what tradeoff makes of it
            px += screen.text(f"x{weight:.2f}", (px - cw + 1, ly + 1.2), size=4.6,
                              color=C.WARN if weight > 1 else C.ACCENT_DIM, face="mono") + 1
    if rule.edit.locked:
        _lock(screen, x + w - 9, ly + 1)
    return boxes


def _breakpoint_line(screen: Screen, s: DebugSession, line: int, point, x: float, ly: float,
                     w: float, cursor: list[Outline] | None = None) -> list[FieldBox]:
    cw = char_w()
    _cursor_band(screen, s, line, x, ly, w)
    hit = s.last_hit is not None and s.last_hit.breakpoint == line - len(s.program)
    color = C.BREAK if point.enabled else C.TEXT_FAINT
    screen.text("◆" if point.enabled else "◇", (x + 5, ly), size=MONO, color=color, face="mono")
    text_color = C.TEXT if point.enabled else C.TEXT_DIM
    boxes = [FieldBox(line, 0, (x + 3, ly - 0.5, cw * 2 + 2, LINE_H - 1))]
    _field(screen, s, line, 0, boxes[0].rect, True, cursor)
    px = x + 17
    if point.kind is Kind.ENTER:
        head, value = "a bot enters ", point.tissue
    elif point.kind is Kind.HARM:
        head, value = "harm >= ", f"{point.threshold:g}"
    else:
        head, value = "a cavity cell fills", ""
    hw = screen.text(head, (px, ly), size=MONO, color=text_color, face="mono")
    if value:
        vx = px + hw
        vw = screen.text(value, (vx, ly), size=MONO, face="mono",
                         color=C.SYNTAX_TISSUE if point.kind is Kind.ENTER else C.SYNTAX_VALUE)
        rect = (vx - 1, ly - 0.5, vw + 2, LINE_H - 1)
        _field(screen, s, line, 1, rect, True, cursor)
        boxes.append(FieldBox(line, 1, rect))
    if hit:
        screen.text("hit", (x + w - 5, ly), size=MONO, color=C.BREAK, face="mono_bold",
                    anchor="topright")
    return boxes


def _lock(screen: Screen, x: float, y: float) -> None:
    screen.outline(C.LOCKED, (x + 1, y, 3, 3))
    screen.fill(C.LOCKED, (x, y + 2, 5, 4))


def _dim(color):
    return tuple(round(c * 0.62 + b * 0.38) for c, b in zip(color, C.PANEL, strict=True))
