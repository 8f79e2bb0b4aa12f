"""The bots' program: an ordered list of rules with typed parameters.

Every tick each bot runs the enabled rules from top to bottom. Most rules add
to the bot's velocity; ``limit`` clamps the velocity built *so far* (rules
below it are not limited); ``tradeoff`` weighs the rules *below* it;
``check_marker`` changes what the rules below it believe is a cavity; an
``avoid`` line makes the routes of the ``seek`` lines *below* it go around
its tissue. So the order of the lines matters, as in any program.

A level says which values the player may edit and within which range; the
edit functions here refuse anything else (:class:`EditError`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from game.nanobots.tissues import TISSUE_NAMES

Value = int | float | bool | str


@dataclass(frozen=True, slots=True)
class ParamSpec:
    """A parameter of a rule kind and its widest allowed range."""

    name: str
    type: str  # "int" | "float" | "bool" | "tissue"
    default: Value
    lo: float = 0.0
    hi: float = 0.0
    step: float = 1.0
    unit: str = ""
    about: str = ""

    @property
    def choices(self) -> tuple[str, ...]:
        return TISSUE_NAMES if self.type == "tissue" else ()


@dataclass(frozen=True, slots=True)
class RuleKind:
    name: str
    params: tuple[ParamSpec, ...]
    about: str

    def param(self, name: str) -> ParamSpec:
        for spec in self.params:
            if spec.name == name:
                return spec
        raise KeyError(f"rule {self.name!r} has no parameter {name!r}")

    @property
    def param_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.params)


def _p(name: str, type_: str, default: Value, lo: float = 0, hi: float = 0, step: float = 1,
       unit: str = "", about: str = "") -> ParamSpec:
    return ParamSpec(name, type_, default, float(lo), float(hi), float(step), unit, about)


KINDS: dict[str, RuleKind] = {
    k.name: k
    for k in (
        RuleKind(
            "seek",
            (
                _p("target", "tissue", "cavity", about="tissue to head for"),
                _p("gain", "float", 30.0, 0, 120, 1, "cells/s²", "how hard to accelerate"),
            ),
            "accelerate along the cheapest route to the nearest target cell",
        ),
        RuleKind(
            "avoid",
            (
                _p("tissue", "tissue", "pulp", about="tissue to keep away from"),
                _p("radius", "int", 2, 1, 8, 1, "cells", "distance at which the push starts"),
                _p("gain", "float", 40.0, 0, 200, 2, "cells/s²", "how hard to push away"),
            ),
            "push away from a tissue, harder the closer; seek lines below route around it",
        ),
        RuleKind(
            "separate",
            (
                _p("gain", "float", 8.0, 0, 60, 1, "cells/s²", "how hard to spread out"),
                _p("crowd", "int", 4, 1, 20, 1, "bots", "bots per cell that count as a crowd"),
            ),
            "spread out from crowded cells (heat builds where bots crowd)",
        ),
        RuleKind(
            "wander",
            (_p("gain", "float", 6.0, 0, 60, 1, "cells/s²", "size of the random jitter"),),
            "a random jitter that shakes bots out of dead ends",
        ),
        RuleKind(
            "limit",
            (_p("speed", "float", 12.0, 1, 60, 1, "cells/s", "top speed"),),
            "cap the speed built by the rules above this line",
        ),
        RuleKind(
            "tradeoff",
            (
                _p("efficiency", "float", 0.5, 0, 1, 0.05, "",
                   "0 = all safety, 1 = all speed"),
            ),
            "weigh the rules below: seek x(0.5+e), avoid x2(1-e), limit x(0.5+e)",
        ),
        RuleKind(
            "check_marker",
            (
                _p("threshold", "float", 0.5, 0, 1, 0.05, "",
                   "marker reading at or above which a cell is left alone"),
            ),
            "below this line, cells reading >= threshold are not treated as cavities",
        ),
        RuleKind(
            "deposit",
            (
                _p("rate", "float", 1.0, 0, 10, 0.1, "%/s",
                   "filling laid per bot per second, in percent of a cell"),
                _p("anchor", "bool", True, about="brake hard while depositing"),
            ),
            "fill the cavity the bot is in (anything believed to be one)",
        ),
    )
}

#: Rule kinds whose parameters are scaled by a ``tradeoff`` line above them.
TRADEOFF_NOTES = {"seek": "x(0.5+e)", "avoid": "x2(1-e)", "limit": "x(0.5+e)"}


class EditError(ValueError):
    """An edit the level does not allow, or a value out of range."""


def decimals(step: float) -> int:
    """Digits after the point needed to show multiples of ``step``."""
    for places in range(6):
        if abs(step * 10**places - round(step * 10**places)) < 1e-9:
            return places
    return 6


@dataclass(frozen=True, slots=True)
class ParamRange:
    """Where the player may take one parameter: numbers on a grid, or a list of choices."""

    lo: float = 0.0
    hi: float = 0.0
    step: float = 1.0
    choices: tuple[str, ...] = ()

    def contains(self, spec: ParamSpec, value: Value) -> bool:
        if spec.type == "bool":
            return isinstance(value, bool)
        if spec.type == "tissue":
            return value in self.choices
        return self.lo - 1e-9 <= float(value) <= self.hi + 1e-9

    def stepped(self, spec: ParamSpec, value: Value, direction: int) -> Value:
        """The value one step up (``direction`` > 0) or down, clamped to the range."""
        if spec.type == "bool":
            return not value
        if spec.type == "tissue":
            i = self.choices.index(str(value)) if value in self.choices else 0
            return self.choices[(i + direction) % len(self.choices)]
        k = round((float(value) - self.lo) / self.step) + (1 if direction > 0 else -1)
        k = max(0, min(k, math.floor((self.hi - self.lo) / self.step + 1e-9)))
        raw = self.lo + k * self.step
        if spec.type == "int":
            return round(raw)
        return round(raw, max(decimals(self.step), decimals(self.lo)))


@dataclass(frozen=True, slots=True)
class EditSpec:
    """What the player may change on one line."""

    toggle: bool = False  # may switch the line on and off
    move: bool = False  # may move the line up and down
    params: tuple[tuple[str, ParamRange], ...] = ()

    def range_of(self, name: str) -> ParamRange | None:
        for key, rng in self.params:
            if key == name:
                return rng
        return None

    @property
    def locked(self) -> bool:
        return not (self.toggle or self.move or self.params)


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str
    values: tuple[tuple[str, Value], ...]  # in the kind's parameter order
    enabled: bool = True
    edit: EditSpec = field(default_factory=EditSpec)

    @property
    def spec(self) -> RuleKind:
        return KINDS[self.kind]

    def get(self, name: str) -> Value:
        for key, value in self.values:
            if key == name:
                return value
        raise KeyError(f"rule {self.kind!r} has no parameter {name!r}")

    def with_value(self, name: str, value: Value) -> Rule:
        if name not in self.spec.param_names:
            raise KeyError(f"rule {self.kind!r} has no parameter {name!r}")
        values = tuple((k, value if k == name else v) for k, v in self.values)
        return replace(self, values=values)

    def format_value(self, name: str) -> str:
        spec = self.spec.param(name)
        value = self.get(name)
        if spec.type == "bool":
            return "yes" if value else "no"
        if spec.type in ("int", "tissue"):
            return str(value)
        rng = self.edit.range_of(name)
        return f"{float(value):.{decimals(rng.step if rng else spec.step)}f}"

    def text(self) -> str:
        """The line as the program panel shows it, e.g. ``seek target=cavity gain=30``."""
        args = " ".join(f"{k}={self.format_value(k)}" for k in self.spec.param_names)
        return f"{self.kind} {args}".rstrip()


def make_rule(kind: str, values: dict[str, Value] | None = None, *, enabled: bool = True,
              edit: EditSpec | None = None) -> Rule:
    """A rule of ``kind`` with defaults for the values not given."""
    spec = KINDS[kind]
    given = dict(values or {})
    unknown = set(given) - set(spec.param_names)
    if unknown:
        raise KeyError(f"rule {kind!r} has no parameter {sorted(unknown)[0]!r}")
    ordered = tuple((p.name, given.get(p.name, p.default)) for p in spec.params)
    return Rule(kind, ordered, enabled, edit or EditSpec())


@dataclass(frozen=True, slots=True)
class Program:
    rules: tuple[Rule, ...]

    def __len__(self) -> int:
        return len(self.rules)

    def __getitem__(self, index: int) -> Rule:
        return self.rules[index]

    def text(self) -> str:
        """Canonical text of the whole program (part of the simulation's state hash)."""
        return "\n".join(("" if r.enabled else "# ") + r.text() for r in self.rules)

    # --- edits the player makes (each returns a new program) ------------------------------
    def set_value(self, index: int, name: str, value: Value) -> Program:
        rule = self.rules[index]
        spec = rule.spec.param(name)
        rng = rule.edit.range_of(name)
        if rng is None:
            raise EditError(f"line {index + 1}: {rule.kind}.{name} is locked")
        if not rng.contains(spec, value):
            raise EditError(f"line {index + 1}: {name}={value!r} is outside the allowed range")
        return self._with(index, rule.with_value(name, value))

    def nudge(self, index: int, name: str, direction: int) -> Program:
        """Step a parameter up or down within its range (a no-op at the ends)."""
        rule = self.rules[index]
        rng = rule.edit.range_of(name)
        if rng is None:
            raise EditError(f"line {index + 1}: {rule.kind}.{name} is locked")
        return self.set_value(index, name, rng.stepped(rule.spec.param(name), rule.get(name),
                                                       direction))

    def toggle(self, index: int) -> Program:
        rule = self.rules[index]
        if not rule.edit.toggle:
            raise EditError(f"line {index + 1}: {rule.kind} cannot be switched off or on")
        return self._with(index, replace(rule, enabled=not rule.enabled))

    def move(self, index: int, delta: int) -> Program:
        """Move a line up (``delta`` < 0) or down past movable neighbours."""
        rule = self.rules[index]
        target = index + delta
        if not rule.edit.move:
            raise EditError(f"line {index + 1}: {rule.kind} cannot be moved")
        if not 0 <= target < len(self.rules):
            raise EditError(f"line {index + 1}: cannot move past the end of the program")
        if not self.rules[target].edit.move:
            raise EditError(f"line {target + 1}: {self.rules[target].kind} is pinned in place")
        rules = list(self.rules)
        rules[index], rules[target] = rules[target], rules[index]
        return Program(tuple(rules))

    def _with(self, index: int, rule: Rule) -> Program:
        rules = list(self.rules)
        rules[index] = rule
        return Program(tuple(rules))
