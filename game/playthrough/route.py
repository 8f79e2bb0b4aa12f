"""Route files: what a playthrough does, in order; and the table of winning programs.

A route is ``playthroughs/<campaign>/<route>.yaml``::

    description: Chapters 1-2, trusting Max      # optional, one line
    ending: reform         # optional: the ending this route reaches (--ending picks it)
    start: {chapter: showdown, set: {trust: 2}}  # optional: not New Game but this chapter's
                           # start (its node, map and spawn), with these variables set
    steps:
      - talk: rosa              # walk to the person called rosa on this map and talk
      - choose: Be honest       # the option whose text is (or contains) this, or its number
      - inspect: appointment_book
      - go: street              # walk to the warp leading to that map (or the warp's name);
                                # maps in between are crossed too
      - expect_beat: practice_empty   # the campaign's beat must have been reached by now
      - expect: trust >= 2      # a condition that must hold now
      - press                   # debate: press the claim on screen
      - move: 1                 # debate: the next claim (-1: the previous one)
      - present: bot_logs       # debate: present this evidence
      - debate: win             # debate: present held evidence that refutes each claim
      - minigame: win           # win with the level's program in playthroughs/programs.yaml
      - minigame: {win: [{toggle: 6}, {set: {line: 1, efficiency: 0.5}}]}  # ...or this one
      - minigame: {load: true}  # load the program the briefing offers (won in an earlier
                                # level) and win with it as it loads
      - minigame: {load: true, win: [{set: {line: 5, speed: 16}}]}  # ...after these edits
      - minigame: lose          # play the level as shipped and give up on the result card
      - minigame: give_up       # give up from the debugger's menu at once
      - ending: reform          # the credits roll to the title with this ending recorded

Edits of a nanobot program count lines from 1, as the debugger shows them:
``toggle: LINE``, ``move: {line: LINE, by: -1}`` (up one), ``set: {line: LINE, NAME: VALUE}``.
When the debugger's briefing offers a program won in an earlier level, a minigame step
keeps the shipped program unless it says ``load: true``; with it, the route fails if
nothing is offered.

This module is pure: it reads files and reports problems as located diagnostics.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode

from game.content.textread import MiB
from game.content.yamlread import FileKind, Reader, position, read_yaml
from game.diagnostics import Diagnostic, Sink, did_you_mean
from game.dialogue.conditions import ConditionError, parse_condition

ROUTE = FileKind("a playthrough route", 1 * MiB)
PROGRAMS = FileKind("a table of nanobot programs", 1 * MiB)
ROUTE_KEYS = frozenset({"description", "ending", "start", "steps"})
START_KEYS = frozenset({"chapter", "set"})
#: Steps that take a value, and what the value is.
VALUED = {
    "talk": "a map object name", "inspect": "a map object name", "go": "a map or warp name",
    "choose": "an option's text or number", "move": "1 or -1", "present": "an evidence id",
    "debate": "win", "minigame": "win, lose, give_up, {win: [edits]} or {load: true}",
    "expect_beat": "a beat id", "expect": "a condition", "ending": "an ending id",
}
BARE = frozenset({"press"})
STEP_KINDS = tuple(sorted([*VALUED, *BARE]))
#: Steps answered inside a dialogue (the rest are done on the map or checked at once).
DIALOGUE_KINDS = frozenset({"choose", "press", "move", "present", "debate", "minigame",
                            "ending"})
MINIGAME_OUTCOMES = ("win", "lose", "give_up")
MINIGAME_KEYS = frozenset({"win", "load"})
EDIT_KINDS = ("toggle", "move", "set")


@dataclass(frozen=True)
class Edit:
    """One change to a nanobot program; ``line`` counts from 1."""

    kind: str  # toggle | move | set
    line: int
    by: int = 0  # move
    values: tuple[tuple[str, Any], ...] = ()  # set

    def describe(self) -> str:
        if self.kind == "toggle":
            return f"toggle line {self.line}"
        if self.kind == "move":
            return f"move line {self.line} by {self.by}"
        return f"line {self.line}: " + ", ".join(f"{k} = {v}" for k, v in self.values)


@dataclass(frozen=True)
class Step:
    kind: str
    value: Any
    path: str
    line: int
    col: int
    #: minigame steps: the program to win with (None: the table's for the level)
    edits: tuple[Edit, ...] | None = None
    #: minigame steps: load the program the briefing offers (False: keep the shipped one)
    load: bool = False

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}:{self.col}"

    def describe(self) -> str:
        if self.kind in BARE:
            return self.kind
        if self.kind == "minigame" and self.load:
            return "minigame: win (with the program offered" + \
                (", edited)" if self.edits else ")")
        if self.kind == "minigame" and self.edits is not None:
            return "minigame: win (with the route's program)"
        return f"{self.kind}: {self.value}"


@dataclass(frozen=True)
class Start:
    """Where a route begins instead of New Game: a chapter's start, as the chapter list
    (or ``--map``/``--node``/``--set``) gives it."""

    chapter: str
    variables: tuple[tuple[str, bool | int | float | str], ...]
    path: str
    line: int
    col: int

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}:{self.col}"


@dataclass
class Route:
    path: str
    campaign: str
    name: str
    description: str = ""
    ending: str | None = None
    start: Start | None = None
    steps: list[Step] = field(default_factory=list)

    def beats(self) -> list[Step]:
        return [s for s in self.steps if s.kind == "expect_beat"]


def route_files(folder: Path, campaign: str) -> list[Path]:
    """The route files of a campaign, by name."""
    root = folder / campaign
    return sorted(p for p in root.glob("*.yaml") if p.is_file()) if root.is_dir() else []


def read_route(path: Path, campaign: str, diagnostics: list[Diagnostic]) -> Route | None:
    """A route, or None when it has errors (all reported, each with its place)."""
    sink = Sink(path, diagnostics)
    before = len(diagnostics)
    route = Route(str(path), campaign, path.stem)
    root = read_yaml(path, sink, ROUTE)
    if root is None:
        if len(diagnostics) == before:
            sink.error(1, 1, "the route is empty: it needs 'steps:'")
        return None
    reader = Reader(sink)
    entries = reader.mapping(root, "a route (description:, ending:, steps:)")
    if entries is None:
        return None
    reader.unknown_keys(entries, ROUTE_KEYS, "a route")
    fields = {key: value for key, _, value in entries}
    if "description" in fields:
        route.description = " ".join((reader.text(fields["description"], "a description")
                                      or "").split())
    if "ending" in fields:
        route.ending = reader.ident(fields["ending"], "ending id")
    if "start" in fields:
        route.start = _start(reader, fields["start"], str(path))
    if "steps" not in fields:
        reader.error(root, "a route needs 'steps:' (the list of what to do)")
    else:
        route.steps = _steps(reader, fields["steps"], str(path))
        if not route.steps and not any(d.is_error for d in diagnostics[before:]):
            reader.error(fields["steps"], "the route has no steps")
    if route.ending is not None and not any(s.kind == "ending" for s in route.steps):
        reader.error(fields["ending"], f"the route declares ending '{route.ending}' but no "
                                       f"step '- ending: {route.ending}'")
    for step in route.steps:
        if step.kind == "ending" and route.ending is not None and step.value != route.ending:
            sink.error(step.line, step.col, f"this route's ending is '{route.ending}', "
                                            f"not '{step.value}'")
    return None if any(d.is_error for d in diagnostics[before:]) else route


def _start(reader: Reader, node: Node, path: str) -> Start | None:
    shape = "start: {chapter: ID, set: {VARIABLE: VALUE}} (a chapter's start, not New Game)"
    entries = reader.mapping(node, shape)
    if entries is None:
        return None
    reader.unknown_keys(entries, START_KEYS, "start")
    fields = {key: value for key, _, value in entries}
    if "chapter" not in fields:
        reader.error(node, f"start needs 'chapter:' ({shape})")
        return None
    chapter = reader.ident(fields["chapter"], "chapter id")
    variables: list[tuple[str, bool | int | float | str]] = []
    ok = chapter is not None
    if "set" in fields:
        for name, key_node, value_node in reader.mapping(fields["set"],
                                                         "set: {VARIABLE: VALUE}") or []:
            if reader.ident(key_node, "variable name") is None:
                ok = False
                continue
            value = reader.value(value_node, f"a value for '{name}'")
            if value is None:
                ok = False
            else:
                variables.append((name, value))
    if not ok or chapter is None:
        return None
    line, col = position(node)
    return Start(chapter, tuple(variables), path, line, col)


def _steps(reader: Reader, node: Node, path: str) -> list[Step]:
    out: list[Step] = []
    for item in reader.sequence(node, "a list of route steps") or []:
        line, col = position(item)
        if isinstance(item, ScalarNode):
            if item.value in BARE:
                out.append(Step(item.value, None, path, line, col))
            else:
                reader.error(item, f"unknown route step '{item.value}'"
                                   f"{did_you_mean(item.value, STEP_KINDS)} "
                                   f"(steps: {', '.join(STEP_KINDS)})")
            continue
        entries = reader.mapping(item, "a route step (talk: rosa, choose: 1...)")
        if entries is None:
            continue
        if len(entries) != 1:
            reader.error(item, "a route step is one key and its value, e.g. '- talk: rosa'")
            continue
        kind, key_node, value_node = entries[0]
        if kind not in VALUED:
            hint = " (write it alone: '- press')" if kind in BARE else ""
            reader.error(key_node, f"unknown route step '{kind}'"
                                   f"{did_you_mean(kind, STEP_KINDS)}{hint} "
                                   f"(steps: {', '.join(STEP_KINDS)})")
            continue
        step = _step(reader, kind, value_node, path, line, col)
        if step is not None:
            out.append(step)
    return out


def _step(reader: Reader, kind: str, node: Node, path: str, line: int,
          col: int) -> Step | None:
    what = f"the value of '{kind}' ({VALUED[kind]})"
    if kind in ("talk", "inspect", "go", "present", "expect_beat", "ending"):
        value: Any = reader.ident(node, what)
    elif kind == "minigame":
        return _minigame(reader, node, what, path, line, col)
    else:
        value = _VALUE_READERS[kind](reader, node, what)
    return None if value is None else Step(kind, value, path, line, col)


def _choose(reader: Reader, node: Node, what: str) -> str | int | None:
    value = reader.value(node, what)
    if value is None:
        return None
    if isinstance(value, bool | float) or (isinstance(value, int) and value < 1):
        reader.error(node, f"choose: an option's text or its number (1 is the first option "
                           f"shown), not {value!r}")
        return None
    return value if isinstance(value, int) else str(value)


def _move(reader: Reader, node: Node, what: str) -> int | None:
    value = reader.integer(node, what)
    if value == 0:
        reader.error(node, "move: 1 (the next claim) or -1 (the previous one), not 0")
        return None
    return value


def _debate(reader: Reader, node: Node, what: str) -> str | None:
    value = reader.text(node, what)
    if value is not None and value != "win":
        reader.error(node, f"debate: win (present the evidence that refutes each claim), not "
                           f"'{value}'; for single moves write press, move: or present:")
        return None
    return value


def _expect(reader: Reader, node: Node, what: str) -> str | None:
    value = reader.text(node, what)
    if value is None:
        return None
    cond = parse_condition(value)
    if isinstance(cond, ConditionError):
        line, col = position(node)
        quoted = isinstance(node, ScalarNode) and node.style in ("'", '"')
        reader.sink.error(line, col + (1 if quoted else 0) + cond.offset,
                          f"expect: {cond.message}")
        return None
    return value


_VALUE_READERS: dict[str, Callable[[Reader, Node, str], Any]] = {
    "choose": _choose, "move": _move, "debate": _debate, "expect": _expect,
}


def _minigame(reader: Reader, node: Node, what: str, path: str, line: int,
              col: int) -> Step | None:
    if isinstance(node, MappingNode):
        shape = "minigame: {win: [edits]} (the program that wins), {load: true} (the " \
                "program the briefing offers) or both; or one of win, lose, give_up"
        entries = reader.mapping(node, what) or []
        fields = {key: value for key, _, value in entries}
        if not entries or set(fields) - MINIGAME_KEYS:
            reader.error(node, shape)
            return None
        load = False
        if "load" in fields:
            flag = reader.boolean(fields["load"], "load (true: load the program offered)")
            if flag is None:
                return None
            load = flag
        if "win" not in fields and not load:
            reader.error(node, shape)
            return None
        edits = read_edits(reader, fields["win"]) if "win" in fields else []
        if edits is None:
            return None
        return Step("minigame", "win", path, line, col, tuple(edits), load)
    value = reader.text(node, what)
    if value is None:
        return None
    if value not in MINIGAME_OUTCOMES:
        reader.error(node, f"minigame: one of {', '.join(MINIGAME_OUTCOMES)}, {{win: "
                           f"[edits]}} or {{load: true}}, not '{value}'"
                           f"{did_you_mean(value, MINIGAME_OUTCOMES)}")
        return None
    return Step("minigame", value, path, line, col)


def read_edits(reader: Reader, node: Node) -> list[Edit] | None:
    """A list of program edits; None if any is wrong (each reported)."""
    items = reader.sequence(node, "a list of program edits (toggle:, move:, set:)")
    if items is None:
        return None
    out: list[Edit] = []
    ok = True
    for item in items:
        edit = _edit(reader, item)
        if edit is None:
            ok = False
        else:
            out.append(edit)
    return out if ok else None


def _edit(reader: Reader, item: Node) -> Edit | None:
    shape = "a program edit: toggle: LINE, move: {line: LINE, by: N} or set: {line: LINE, " \
            "NAME: VALUE}"
    entries = reader.mapping(item, shape)
    if entries is None:
        return None
    if len(entries) != 1 or entries[0][0] not in EDIT_KINDS:
        reader.error(item, f"expected {shape}")
        return None
    kind, _, value = entries[0]
    if kind == "toggle":
        line = reader.integer(value, "a line number (from 1)", 1)
        return None if line is None else Edit("toggle", line)
    fields = reader.mapping(value, f"{kind}: {{line: LINE, ...}}")
    if fields is None:
        return None
    named = {key: node for key, _, node in fields}
    if "line" not in named:
        reader.error(value, f"{kind}: needs 'line:' (the line's number as the debugger "
                            "shows it, from 1)")
        return None
    line = reader.integer(named.pop("line"), "a line number (from 1)", 1)
    if line is None:
        return None
    if kind == "move":
        if set(named) != {"by"}:
            reader.error(value, "move: {line: LINE, by: N} (N < 0 moves the line up)")
            return None
        by = reader.integer(named["by"], "how far to move the line")
        if by is None or by == 0:
            if by == 0:
                reader.error(named["by"], "move by 0 does nothing")
            return None
        return Edit("move", line, by=by)
    if not named:
        reader.error(value, "set: {line: LINE, NAME: VALUE} names at least one value")
        return None
    values = []
    for name, node in named.items():
        v = reader.value(node, f"a value for '{name}'")
        if v is None:
            return None
        values.append((name, v))
    return Edit("set", line, values=tuple(values))


def read_programs(path: Path, diagnostics: list[Diagnostic]) -> dict[str, tuple[Edit, ...]]:
    """The table of winning programs: level id -> the edits that win it (none if no file)."""
    if not path.is_file():
        return {}
    sink = Sink(path, diagnostics)
    root = read_yaml(path, sink, PROGRAMS)
    if root is None:
        return {}
    reader = Reader(sink)
    out: dict[str, tuple[Edit, ...]] = {}
    for level, _, node in reader.mapping(root, "a mapping of level ids to program edits") or []:
        edits = read_edits(reader, node)
        if edits is not None:
            out[level] = tuple(edits)
    return out
