"""A program carried from one level into another.

The story keeps the text of the program a level was won with (``Program.text()``, see
``StoryState.programs``); a later level named with ``program:`` offers to load it. This
module reads that text back and fits it onto the new level's rules:

    offer = make_offer(text, level.program, source="safe_protocol", title="Safe Protocol")
    offer.program      # the fitted program; None when the text was refused (offer.refused)
    offer.notes()      # what the fitting could not keep, in sentences for the card

**Reading** (:func:`parse_program`) takes the form ``Program.text()`` writes and nothing
else: one rule a line, ``kind name=value ...`` in the kind's units, ``# `` before a rule
switched off; a value left out keeps the level's. The text may come from a modded save or
story state, so it is never trusted: an unknown rule or parameter, a value that is not
one (``nan``, ``1e9``, a tissue that does not exist), a number outside the kind's widest
range, a repeated parameter, more than :data:`MAX_LINES` lines or :data:`MAX_CHARS`
characters are refused with the line they are on (:class:`ProgramTextError`).

**Fitting** (:func:`fit_program`) maps the lines onto the level's by kind and order: the
text's first ``avoid`` line onto the level's first ``avoid`` line, its second onto the
second, and so on (a line naming a tissue first looks for a line of its kind with the
same tissue: ``avoid tissue=gum`` onto the level's gum line wherever it is). A line with
no counterpart (a kind the level lacks, or one more of a kind than the level has) is
left out. A value the level locks keeps the level's value; a
value the level lets the player edit is brought into the edit range (clamped, and onto
its steps); a line is switched on or off only where the level allows it. Lines that may
move take the text's order among themselves (each run of movable lines between pinned
ones is reordered; a level line the text says nothing about stays after the line it
followed). So the fitted program is always one the player could have made by hand.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from game.nanobots.rules import KINDS, ParamRange, ParamSpec, Program, Rule, Value, decimals
from game.nanobots.tissues import TISSUE_NAMES

#: The longest program text read (characters) and the most lines.
MAX_CHARS = 4096
MAX_LINES = 64
#: The longest level id or title shown on the card.
MAX_NAME = 40

_INT = re.compile(r"-?[0-9]{1,6}")
_FLOAT = re.compile(r"-?[0-9]{1,6}(?:\.[0-9]{1,6})?")
_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]{0,39}")


class ProgramTextError(ValueError):
    """Program text that cannot be read; ``line`` is where (1 = the first line, 0 = the
    whole text)."""

    def __init__(self, line: int, message: str) -> None:
        self.line = line
        self.message = message
        super().__init__(f"line {line}: {message}" if line else message)


@dataclass(frozen=True, slots=True)
class TextRule:
    """One line of program text as read: its kind, the values it names, on or off."""

    kind: str
    values: tuple[tuple[str, Value], ...]
    enabled: bool
    line: int  # 1 = the first line of the text

    def text(self) -> str:
        args = " ".join(f"{k}={_show(v)}" for k, v in self.values)
        return f"{'' if self.enabled else '# '}{self.kind} {args}".rstrip()


def parse_program(text: object) -> list[TextRule]:
    """The rules of program text in ``Program.text()``'s form (see the module's doc)."""
    if not isinstance(text, str):
        raise ProgramTextError(0, f"expected program text, not {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise ProgramTextError(0, f"the text is {len(text)} characters long (at most "
                                  f"{MAX_CHARS})")
    lines = text.split("\n")
    if len(lines) > MAX_LINES:
        raise ProgramTextError(0, f"the text has {len(lines)} lines (at most {MAX_LINES})")
    rules = [_parse_line(raw, number) for number, raw in enumerate(lines, 1) if raw.strip()]
    if not rules:
        raise ProgramTextError(0, "the program is empty")
    return rules


def _parse_line(raw: str, number: int) -> TextRule:
    line = raw.strip()
    enabled = not line.startswith("#")
    if not enabled:
        line = line[1:].strip()
    words = line.split()
    if not words:
        raise ProgramTextError(number, "a '#' with no rule after it")
    kind_name = words[0]
    kind = KINDS.get(kind_name)
    if kind is None:
        raise ProgramTextError(number, f"unknown rule {_quote(kind_name)} (rules: "
                                       f"{', '.join(KINDS)})")
    values: dict[str, Value] = {}
    for word in words[1:]:
        name, eq, value = word.partition("=")
        if not eq:
            raise ProgramTextError(number, f"{_quote(word)} is not name=value")
        if name not in kind.param_names:
            raise ProgramTextError(number, f"{kind.name} has no parameter {_quote(name)} "
                                           f"({', '.join(kind.param_names)})")
        if name in values:
            raise ProgramTextError(number, f"{kind.name}.{name} is given twice")
        values[name] = _parse_value(kind.param(name), value, f"{kind.name}.{name}", number)
    ordered = tuple((p, values[p]) for p in kind.param_names if p in values)
    return TextRule(kind.name, ordered, enabled, number)


def _parse_value(spec: ParamSpec, text: str, what: str, line: int) -> Value:
    if spec.type == "bool":
        if text in ("yes", "no"):
            return text == "yes"
        raise ProgramTextError(line, f"{what} is yes or no, not {_quote(text)}")
    if spec.type == "tissue":
        if text in TISSUE_NAMES:
            return text
        raise ProgramTextError(line, f"{what}: unknown tissue {_quote(text)}")
    pattern = _INT if spec.type == "int" else _FLOAT
    if not pattern.fullmatch(text):
        kind = "a whole number" if spec.type == "int" else "a number"
        raise ProgramTextError(line, f"{what} is {kind}, not {_quote(text)}")
    number: Value = int(text) if spec.type == "int" else float(text)
    if not spec.lo - 1e-9 <= float(number) <= spec.hi + 1e-9:
        raise ProgramTextError(line, f"{what}={text} is outside {spec.lo:g}..{spec.hi:g}")
    return number


@dataclass(frozen=True)
class Fitted:
    """A program text fitted onto a level's rules, and what could not be kept."""

    program: Program
    #: Lines of the text left out: (the line as read, how many lines of its kind the
    #: level has: 0 for a kind it lacks).
    left_out: tuple[tuple[TextRule, int], ...] = ()
    #: Values the level locks that the text had otherwise: "seek.gain", ...
    locked: tuple[str, ...] = ()
    #: Values brought into the level's edit range: (where, from, to).
    clamped: tuple[tuple[str, Value, Value], ...] = ()
    #: Level lines the text had nothing for (kept as shipped): their kinds.
    unmatched: tuple[str, ...] = ()
    #: What loading changes in the shipped program: values (where, from, to), lines
    #: switched ("avoid on"), and whether the lines change order.
    changed: tuple[tuple[str, Value, Value], ...] = ()
    switched: tuple[str, ...] = ()
    reordered: bool = False


def fit_program(rules: list[TextRule], shipped: Program) -> Fitted:
    """``rules`` mapped onto ``shipped``'s lines (see the module's doc)."""
    slot_of = _match(rules, shipped)
    fitted = list(shipped.rules)
    order: dict[int, int] = {}  # shipped line -> the text line it took
    left_out: list[tuple[TextRule, int]] = []
    locked: list[str] = []
    clamped: list[tuple[str, Value, Value]] = []
    for position, line in enumerate(rules):
        index = slot_of.get(position)
        if index is None:
            left_out.append((line, sum(r.kind == line.kind for r in shipped.rules)))
            continue
        order[index] = position
        fitted[index] = _fit_rule(shipped.rules[index], line, locked, clamped)
    unmatched = tuple(shipped.rules[i].kind for i in range(len(shipped)) if i not in order)
    placing = _reorder(shipped.rules, order)
    program = Program(tuple(fitted[i] for i in placing))
    changed = tuple((f"{old.kind}.{name}", value, new.get(name))
                    for old, new in zip(shipped.rules, fitted, strict=True)
                    for name, value in old.values if not _same(value, new.get(name)))
    switched = tuple(f"{new.kind} {'on' if new.enabled else 'off'}"
                     for old, new in zip(shipped.rules, fitted, strict=True)
                     if old.enabled != new.enabled)
    reordered = placing != list(range(len(shipped)))
    return Fitted(program, tuple(left_out), tuple(locked), tuple(clamped), unmatched,
                  changed, switched, reordered)


def _match(rules: list[TextRule], shipped: Program) -> dict[int, int]:
    """Text line -> shipped line: by kind and order, except that a line naming a tissue
    (``avoid tissue=gum``) first takes a line of its kind with the same tissue, so two
    avoid lines in another order still find their own."""
    free = list(range(len(shipped)))
    out: dict[int, int] = {}

    def tissues(values) -> tuple:
        return tuple((k, v) for k, v in values if isinstance(v, str))

    for position, line in enumerate(rules):
        named = tissues(line.values)
        if not named:
            continue
        for index in free:
            rule = shipped.rules[index]
            if rule.kind == line.kind and tissues(rule.values) == named:
                out[position] = index
                free.remove(index)
                break
    for position, line in enumerate(rules):
        if position in out:
            continue
        for index in free:
            if shipped.rules[index].kind == line.kind:
                out[position] = index
                free.remove(index)
                break
    return out


def _no_room(kind: str, have: int, here: str) -> str:
    if have == 0:
        return f"{here} has no {kind} line"
    return f"{here} has {'only one' if have == 1 else f'only {have}'} {kind} " \
           f"line{'' if have == 1 else 's'}"


def _fit_rule(rule: Rule, line: TextRule, locked: list[str],
              clamped: list[tuple[str, Value, Value]]) -> Rule:
    edit = rule.edit
    given = dict(line.values)
    values: list[tuple[str, Value]] = []
    for name, current in rule.values:
        if name not in given or _same(given[name], current):
            values.append((name, current))
            continue
        where = f"{rule.kind}.{name}"
        rng = edit.range_of(name)
        if rng is None:
            locked.append(where)
            values.append((name, current))
            continue
        value = _into_range(rule.spec.param(name), rng, given[name], current)
        if not _same(value, given[name]):
            clamped.append((where, given[name], value))
        values.append((name, value))
    enabled = rule.enabled
    if line.enabled != rule.enabled:
        if edit.toggle:
            enabled = line.enabled
        else:
            locked.append(f"{rule.kind} on/off")
    return replace(rule, values=tuple(values), enabled=enabled)


def _into_range(spec: ParamSpec, rng: ParamRange, value: Value, current: Value) -> Value:
    """``value`` as the edit range allows it: a tissue among the choices (else the
    current one), a number clamped and put on the range's steps."""
    if spec.type == "bool":
        return bool(value)
    if spec.type == "tissue":
        return value if value in rng.choices else current
    top = math.floor((rng.hi - rng.lo) / rng.step + 1e-9)
    k = max(0, min(top, round((float(value) - rng.lo) / rng.step)))
    raw = rng.lo + k * rng.step
    if spec.type == "int":
        return round(raw)
    return round(raw, max(decimals(rng.step), decimals(rng.lo)))


def _reorder(shipped: tuple[Rule, ...], order: dict[int, int]) -> list[int]:
    """Which shipped line goes in each place: each run of movable lines in the text's
    order (``order``: shipped line -> its line in the text)."""
    out = list(range(len(shipped)))
    start = 0
    while start < len(shipped):
        if not shipped[start].edit.move:
            start += 1
            continue
        end = start
        while end < len(shipped) and shipped[end].edit.move:
            end += 1
        run = list(range(start, end))
        placed = sorted((i for i in run if i in order), key=order.__getitem__)
        for i in run:  # a line the text says nothing about: after the line it followed
            if i not in order:
                before = i - 1
                while before >= start and before not in placed:
                    before -= 1
                placed.insert(placed.index(before) + 1 if before >= start else 0, i)
        out[start:end] = placed
        start = end
    return out


@dataclass(frozen=True)
class Offer:
    """A program the debugger offers to load: where it comes from, the fitted program
    (None: refused, ``refused`` says why) and the fitting's notes."""

    source: str  # the level id it was won in ("" when the id given was not one)
    title: str  # that level's title, as the card names it
    fitted: Fitted | None = None
    refused: str = ""
    level_title: str = ""  # the level it is offered in (for the notes)

    @property
    def program(self) -> Program | None:
        return self.fitted.program if self.fitted is not None else None

    def notes(self) -> list[str]:
        """What the fitting could not keep, in a few sentences for the card."""
        if self.fitted is None:
            return [f"The program kept from {self.title} cannot be loaded: {self.refused}."]
        f = self.fitted
        here = self.level_title or "this level"
        out = [_changes(f)]
        if f.left_out:
            parts = [f"{_short(line)} ({_no_room(line.kind, have, here)})"
                     for line, have in f.left_out]
            out.append(f"Left out: {'; '.join(parts)}.")
        if f.locked:
            out.append(f"Locked in {here}, kept as shipped: {_grouped(f.locked)}.")
        if f.clamped:
            parts = [f"{where.replace('.', ' ')} {_show(a)} -> {_show(b)}"
                     for where, a, b in f.clamped]
            out.append(f"Brought into range: {', '.join(parts)}.")
        if f.unmatched:
            out.append(f"Kept as shipped (nothing for them): {', '.join(f.unmatched)}.")
        return out


def make_offer(text: object, shipped: Program, *, source: object, title: str = "",
               level_title: str = "") -> Offer:
    """The offer of program ``text`` won in level ``source``, fitted onto ``shipped``."""
    name = safe_id(source) or ""
    shown = _clip(title) if title.strip() else name or "an earlier level"
    try:
        rules = parse_program(text)
    except ProgramTextError as exc:
        return Offer(name, shown, refused=str(exc), level_title=_clip(level_title))
    return Offer(name, shown, fit_program(rules, shipped), level_title=_clip(level_title))


def safe_id(source: object) -> str | None:
    """``source`` if it can be a level id (to look the level up by), else None."""
    return source if isinstance(source, str) and _ID.fullmatch(source) else None


def _changes(f: Fitted) -> str:
    parts = [f"{where.replace('.', ' ')} {_show(a)} -> {_show(b)}" for where, a, b in f.changed]
    parts += list(f.switched)
    if f.reordered:
        parts.append(("and " if parts else "") + "the lines take its order")
    if not parts:
        return "It changes nothing here: the shipped program already matches it."
    return f"Changes: {', '.join(parts)}."


# --- small helpers ---------------------------------------------------------------------------
def _same(a: Value, b: Value) -> bool:
    if isinstance(a, bool) or isinstance(b, bool) or isinstance(a, str) or isinstance(b, str):
        return a == b
    return abs(float(a) - float(b)) < 1e-9


def _show(value: Value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _short(line: TextRule) -> str:
    """``avoid gum`` for a line that names a tissue, else its kind."""
    tissue = next((v for _, v in line.values if isinstance(v, str)), None)
    return f"{line.kind} {tissue}" if tissue else line.kind


def _grouped(names: tuple[str, ...]) -> str:
    """``seek.gain, avoid.radius, avoid.gain`` -> ``seek gain; avoid radius, gain``."""
    groups: dict[str, list[str]] = {}
    for name in names:
        kind, _, param = name.partition(".")
        groups.setdefault(kind, []).append(param)
    return "; ".join(" ".join([kind, ", ".join(p for p in params if p)]).strip()
                     for kind, params in groups.items())


def _quote(text: str) -> str:
    """``text`` quoted for a message, cut short and with unprintable characters shown."""
    shown = text if len(text) <= 24 else text[:23] + "…"
    return repr(shown)


def _clip(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= MAX_NAME else text[:MAX_NAME - 1] + "…"
