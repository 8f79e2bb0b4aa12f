"""Debugger levels: YAML files in ``levels/`` (or a mod's), one level per file.

The level id is the file stem. See ``docs/modding-levels.md`` for the format.
:func:`load_level` returns a :class:`Level` or raises :class:`LevelError`;
:func:`check_levels` returns every problem of many files as
:class:`~game.diagnostics.Diagnostic` records (``path:line:col:
severity: message``) and never raises for a bad file. Files are read by
:mod:`game.content.yamlread` like every YAML file the game reads (a level file
may be at most 1 MiB); :mod:`game.nanobots.yamlnodes` words the problems.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from game.content.resolver import Resolver
from game.content.yamlread import LEVEL, REFUSED, read_source
from game.nanobots.grid import LayoutError, TissueGrid, parse_layout
from game.nanobots.physics import Physics
from game.nanobots.rules import KINDS, EditSpec, ParamRange, ParamSpec, Program, Rule, Value
from game.nanobots.tissues import LegendEntry, Tissue, tissue_from_name
from game.nanobots.yamlnodes import Diagnostic, Report

MAX_BOTS = 50_000
MAX_SECONDS = 600.0
REQUIRED = ("id", "title", "campaign", "chapter", "seed", "bots", "goal", "layout", "program")
OPTIONAL = ("briefing", "hint", "win_text", "lose_text", "legend", "physics")
GOAL_KEYS = ("repaired", "max_harm", "time_limit")
RULE_KEYS = ("rule", "enabled", "edit")


@dataclass(frozen=True)
class Goal:
    repaired: float  # percent of the cavity cells that must be filled
    max_harm: float  # harm above this loses at once
    time_limit: float  # simulated seconds

    def text(self) -> str:
        return (f"fill {self.repaired:g}% of the cavities, harm under {self.max_harm:g}, "
                f"within {self.time_limit:g} s")


@dataclass(frozen=True)
class Level:
    id: str
    title: str
    campaign: str
    chapter: int
    seed: int
    bots: int
    goal: Goal
    grid: TissueGrid
    program: Program
    physics: Physics = field(default_factory=Physics)
    briefing: str = ""
    hint: str = ""
    win_text: str = ""
    lose_text: str = ""
    path: str = ""


class LevelError(Exception):
    def __init__(self, diagnostics: Sequence[Diagnostic]) -> None:
        self.diagnostics = list(diagnostics)
        super().__init__("\n".join(str(d) for d in self.diagnostics))


# --- finding levels ------------------------------------------------------------------------


def level_paths() -> list[Path]:
    """The base game's level files, sorted by id, found through the content resolver
    (a link that leads out of the game's folder is left out)."""
    found = Resolver.base_game().listing("levels", ".yaml")
    return [found[level_id].path for level_id in sorted(found)]


def find_level(level_id: str) -> Path:
    paths = level_paths()
    for path in paths:
        if path.stem == level_id:
            return path
    known = ", ".join(p.stem for p in paths) or "none"
    raise FileNotFoundError(f"no level {level_id!r} (known levels: {known})")


def load_level_id(level_id: str) -> Level:
    return load_level(find_level(level_id))


# --- loading -------------------------------------------------------------------------------


def load_level(path: str | Path, edit: Callable[[yaml.Node], None] | None = None) -> Level:
    """Load and validate one level file; raises :class:`LevelError` if it has errors.

    ``edit`` changes the file's composed YAML before it is read (a mod's level patch,
    :mod:`game.dialogue.patches`)."""
    level, report = _read(Path(path), edit)
    if level is None or report.failed:
        raise LevelError([d for d in report.items if d.is_error] or report.items)
    return level


def check_levels(paths: Iterable[str | Path]) -> list[Diagnostic]:
    """Every problem in the given level files (errors and warnings), sorted by place."""
    out: list[Diagnostic] = []
    ids: dict[str, str] = {}
    for raw in paths:
        path = Path(raw)
        level, report = _read(path)
        out.extend(report.items)
        if level is not None:
            if level.id in ids:
                out.append(Diagnostic(str(path), 1, 1, "error",
                                      f"level id {level.id!r} is also used by {ids[level.id]}"))
            ids.setdefault(level.id, str(path))
    return sorted(out)


def _read(path: Path, edit: Callable[[yaml.Node], None] | None = None) -> (
    tuple[Level | None, Report]
):
    report = Report(str(path))
    source = read_source(path, report.sink, LEVEL)
    if source is None:
        if not report.failed:
            report.error(None, "the file is empty; a level needs at least: " + ", ".join(REQUIRED))
        return None, report
    if edit is not None:
        edit(source.root)
    return _LevelReader(path, source.text, report).read(source.root), report


def _is(node: yaml.Node, kind: type) -> bool:
    """``node`` is a ``kind`` to read (not one left out after an error)."""
    return isinstance(node, kind) and node.tag != REFUSED


class _LevelReader:
    def __init__(self, path: Path, source: str, report: Report) -> None:
        self.path = path
        self.lines = source.split("\n")
        self.report = report

    def read(self, root: yaml.Node) -> Level | None:
        r = self.report
        top = r.fields(root, "a level file")
        if not _is(root, yaml.MappingNode):
            return None
        if not top:
            r.error(root, "the level is empty")
        for key in REQUIRED:
            if key not in top:
                r.error(root, f"missing required key {key!r}")
        for key, (key_node, _) in top.items():
            if key not in REQUIRED and key not in OPTIONAL:
                known = ", ".join(REQUIRED + OPTIONAL)
                r.warning(key_node, f"unknown key {key!r} is ignored (known keys: {known})")

        def get(key: str) -> yaml.Node | None:
            return top[key][1] if key in top else None

        values = self._simple(get)
        legend = self._legend(get("legend"))
        grid = self._layout(get("layout"), legend)
        program = self._program(get("program"))
        goal = self._goal(get("goal"))
        physics = self._physics(get("physics"))
        if grid is not None and program is not None:
            self._semantics(grid, program, get("layout"), get("program"))
        if r.failed or grid is None or program is None or goal is None or physics is None:
            return None
        return Level(grid=grid, program=program, goal=goal, physics=physics,
                     path=str(self.path), **values)

    # --- plain values ----------------------------------------------------------------------
    def _simple(self, get) -> dict[str, object]:
        r = self.report
        out: dict[str, object] = {}
        for key in ("id", "title", "campaign", "briefing", "hint", "win_text", "lose_text"):
            node = get(key)
            value = r.text(node, key) if node is not None else None
            out[key] = (value or "").strip() if key not in ("id", "campaign") else (value or "")
        node = get("id")
        if node is not None and out["id"] and out["id"] != self.path.stem:
            r.error(node, f"id {out['id']!r} must match the file name {self.path.stem!r}")
        for key, lo, hi in (("chapter", 0, 99), ("seed", 0, 2**63 - 1), ("bots", 1, MAX_BOTS)):
            node = get(key)
            value = r.number(node, key, integer=True, lo=lo, hi=hi) if node else None
            out[key] = int(value) if value is not None else 0
        return out

    def _goal(self, node: yaml.Node | None) -> Goal | None:
        if node is None:
            return None
        r = self.report
        keys = r.fields(node, "goal")
        for key, (key_node, _) in keys.items():
            if key not in GOAL_KEYS:
                r.error(key_node, f"goal: unknown key {key!r} (known: {', '.join(GOAL_KEYS)})")
        got: dict[str, float] = {}
        limits = {
            "repaired": (0.0, 100.0), "max_harm": (0.0, 1e9), "time_limit": (0.5, MAX_SECONDS),
        }
        for key in GOAL_KEYS:
            if key not in keys:
                if _is(node, yaml.MappingNode):
                    r.error(node, f"goal: missing {key!r}")
                continue
            lo, hi = limits[key]
            value = r.number(keys[key][1], f"goal.{key}", lo=lo, hi=hi)
            if value is not None:
                got[key] = float(value)
        if len(got) < len(GOAL_KEYS):
            return None
        return Goal(got["repaired"], got["max_harm"], got["time_limit"])

    def _physics(self, node: yaml.Node | None) -> Physics | None:
        if node is None:
            return Physics()
        r = self.report
        values: dict[str, float] = {}
        for key, (key_node, value_node) in r.fields(node, "physics").items():
            if key not in Physics.names():
                r.error(key_node, f"physics: unknown key {key!r} (known: "
                                  f"{', '.join(Physics.names())})")
                continue
            hi = 30.0 if key == "heat_diffusion" else 1e6
            if key == "heat_decay":
                hi = 100.0
            value = r.number(value_node, f"physics.{key}", lo=0.0, hi=hi)
            if value is not None:
                values[key] = float(value)
        return Physics(**values)

    # --- layout ------------------------------------------------------------------------------
    def _legend(self, node: yaml.Node | None) -> dict[str, LegendEntry]:
        if node is None:
            return {}
        r = self.report
        out: dict[str, LegendEntry] = {}
        for char, (key_node, value_node) in r.fields(node, "legend").items():
            if len(char) != 1 or char.isspace():
                r.error(key_node, f"legend: {char!r} must be a single visible character")
                continue
            entry = self._legend_entry(char, value_node)
            if entry is not None:
                out[char] = entry
        return out

    def _legend_entry(self, char: str, node: yaml.Node) -> LegendEntry | None:
        r = self.report
        what = f"legend {char!r}"
        if isinstance(node, yaml.ScalarNode):
            name = r.text(node, what)
            tissue = self._tissue(node, name, what) if name is not None else None
            return LegendEntry(tissue) if tissue is not None else None
        fields = r.fields(node, what)
        for key, (key_node, _) in fields.items():
            if key not in ("tissue", "expression", "spawn"):
                r.error(key_node, f"{what}: unknown key {key!r} (known: tissue, expression, spawn)")
        if "tissue" not in fields:
            if _is(node, yaml.MappingNode):
                r.error(node, f"{what}: missing 'tissue'")
            return None
        name = r.text(fields["tissue"][1], f"{what}.tissue")
        tissue = self._tissue(fields["tissue"][1], name, what) if name is not None else None
        expression = 0.0
        if "expression" in fields:
            value = r.number(fields["expression"][1], f"{what}.expression", lo=0.0, hi=1.0)
            expression = float(value) if value is not None else 0.0
        spawn = False
        if "spawn" in fields:
            spawn = bool(r.boolean(fields["spawn"][1], f"{what}.spawn"))
        return LegendEntry(tissue, expression, spawn) if tissue is not None else None

    def _tissue(self, node: yaml.Node, name: str, what: str) -> Tissue | None:
        try:
            return tissue_from_name(name)
        except KeyError as exc:
            self.report.error(node, f"{what}: {exc.args[0]}")
            return None

    def _layout(self, node: yaml.Node | None, legend: dict[str, LegendEntry]) -> TissueGrid | None:
        if node is None:
            return None
        raw = self.report.text(node, "layout")
        if raw is None:
            return None
        try:
            return parse_layout(raw, legend)
        except LayoutError as exc:
            self.report.error(self._layout_position(node, raw, exc), f"layout: {exc}")
            return None

    def _layout_position(self, node: yaml.ScalarNode, raw: str, exc: LayoutError):
        """Where in the file row/column of a block-scalar layout are."""
        if node.style not in ("|", ">") or not raw.strip():
            return node
        leading = 0
        for line in raw.split("\n"):
            if line.strip():
                break
            leading += 1
        first = node.start_mark.line + 1  # block content starts after the indicator line
        line_index = first + leading + exc.row
        while first < len(self.lines) and not self.lines[first].strip():
            first += 1
        indent = len(self.lines[first]) - len(self.lines[first].lstrip()) if first < len(
            self.lines) else 0
        return (line_index, indent + exc.column)

    # --- program -------------------------------------------------------------------------------
    def _program(self, node: yaml.Node | None) -> Program | None:
        if node is None:
            return None
        items = self.report.items_of(node, "program")
        if _is(node, yaml.SequenceNode) and not items:
            self.report.error(node, "program: a program needs at least one rule")
        rules = [self._rule(i, item) for i, item in enumerate(items)]
        if any(rule is None for rule in rules) or not rules:
            return None
        return Program(tuple(r for r in rules if r is not None))

    def _rule(self, index: int, node: yaml.Node) -> Rule | None:
        r = self.report
        what = f"program line {index + 1}"
        fields = r.fields(node, what)
        if not fields:
            return None
        if "rule" not in fields:
            r.error(node, f"{what}: missing 'rule' (one of: {', '.join(KINDS)})")
            return None
        kind_name = r.text(fields["rule"][1], f"{what}.rule")
        if kind_name is None:
            return None
        kind = KINDS.get(kind_name)
        if kind is None:
            r.error(fields["rule"][1],
                    f"{what}: unknown rule {kind_name!r} (known: {', '.join(KINDS)})")
            return None
        what = f"line {index + 1} ({kind.name}):"
        values: dict[str, Value] = {}
        ok = True
        for key, (key_node, value_node) in fields.items():
            if key in RULE_KEYS:
                continue
            if key not in kind.param_names:
                known = ", ".join(kind.param_names + RULE_KEYS)
                r.error(key_node, f"{what} {kind.name} has no parameter {key!r} (known: {known})")
                ok = False
                continue
            value = self._value(kind.param(key), value_node, f"{what} {key}")
            if value is None:
                ok = False
            else:
                values[key] = value
        enabled = True
        if "enabled" in fields:
            flag = r.boolean(fields["enabled"][1], f"{what} enabled")
            ok = ok and flag is not None
            enabled = bool(flag)
        for spec in kind.params:
            values.setdefault(spec.name, spec.default)
        edit = self._edit(kind.name, fields.get("edit"), values, what)
        if not ok or edit is None:
            return None
        ordered = tuple((p.name, values[p.name]) for p in kind.params)
        return Rule(kind.name, ordered, enabled, edit)

    def _value(self, spec: ParamSpec, node: yaml.Node, what: str) -> Value | None:
        r = self.report
        if spec.type == "bool":
            return r.boolean(node, what)
        if spec.type == "tissue":
            name = r.text(node, what)
            tissue = self._tissue(node, name, what) if name is not None else None
            return tissue.key if tissue is not None else None
        value = r.number(node, what, integer=spec.type == "int", lo=spec.lo, hi=spec.hi)
        if value is None:
            return None
        return int(value) if spec.type == "int" else float(value)

    def _edit(self, kind_name: str, pair, values: dict[str, Value], what: str) -> EditSpec | None:
        if pair is None:
            return EditSpec()
        r = self.report
        kind = KINDS[kind_name]
        toggle = move = False
        params: list[tuple[str, ParamRange]] = []
        ok = True
        for key, (key_node, value_node) in r.fields(pair[1], f"{what} edit").items():
            if key in ("enabled", "order"):
                flag = r.boolean(value_node, f"{what} edit.{key}")
                ok = ok and flag is not None
                toggle, move = (bool(flag), move) if key == "enabled" else (toggle, bool(flag))
                continue
            if key not in kind.param_names:
                known = ", ".join((*kind.param_names, "enabled", "order"))
                r.error(key_node, f"{what} edit: {kind.name} has no parameter {key!r} "
                                  f"(known: {known})")
                ok = False
                continue
            rng = self._range(kind.param(key), value_node, values[key], f"{what} edit.{key}")
            if rng is None:
                ok = False
            elif rng is not False:
                params.append((key, rng))
        return EditSpec(toggle, move, tuple(params)) if ok else None

    def _range(self, spec: ParamSpec, node: yaml.Node, current: Value, what: str):
        """A :class:`ParamRange`, ``False`` for "not editable", or None after an error."""
        r = self.report
        if spec.type == "bool":
            flag = r.boolean(node, what)
            return None if flag is None else (ParamRange() if flag else False)
        if spec.type == "tissue":
            if not _is(node, yaml.SequenceNode):
                r.items_of(node, what)
                return None
            names = [r.text(n, what) for n in node.value]
            choices = []
            for name, item in zip(names, getattr(node, "value", []), strict=False):
                tissue = self._tissue(item, name, what) if name is not None else None
                if tissue is None:
                    return None
                choices.append(tissue.key)
            if not choices:
                r.error(node, f"{what}: list at least one tissue the player may choose")
                return None
            if current not in choices:
                r.error(node, f"{what}: the current value {current!r} is not one of the choices")
                return None
            return ParamRange(choices=tuple(choices))
        items = r.items_of(node, what)
        if not _is(node, yaml.SequenceNode):
            return None
        if len(items) not in (2, 3):
            r.error(node, f"{what}: write [min, max] or [min, max, step]")
            return None
        nums = [r.number(n, what, lo=spec.lo, hi=spec.hi) for n in items[:2]]
        step = r.number(items[2], what, lo=0.0) if len(items) == 3 else spec.step
        if None in nums or step is None:
            return None
        lo, hi = float(nums[0]), float(nums[1])
        if not lo < hi:
            r.error(node, f"{what}: min must be below max")
            return None
        if step <= 0 or (spec.type == "int" and float(step) != int(step)):
            r.error(items[2] if len(items) == 3 else node, f"{what}: step must be above 0"
                    + (" and whole" if spec.type == "int" else ""))
            return None
        if not lo - 1e-9 <= float(current) <= hi + 1e-9:
            r.error(node, f"{what}: the current value {current} is outside [{lo:g}, {hi:g}]")
            return None
        return ParamRange(lo, hi, float(step))

    # --- whole-level checks -------------------------------------------------------------------
    def _semantics(self, grid: TissueGrid, program: Program, layout_node, program_node) -> None:
        r = self.report
        if grid.count(Tissue.CAVITY) == 0:
            r.error(layout_node, "layout: there is no cavity to repair (no 'cavity' cells)")
        kinds = [rule.kind for rule in program.rules]
        if "deposit" not in kinds:
            r.warning(program_node, "program: no deposit rule, so no cavity can ever be filled")
        if "seek" not in kinds:
            r.warning(program_node, "program: no seek rule, so bots only drift")
        if all(rule.edit.locked for rule in program.rules):
            r.warning(program_node, "program: nothing is editable, the player cannot fix anything")
