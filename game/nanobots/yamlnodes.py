"""Reading YAML as a tree of nodes that remember where they came from.

Level files are composed (not constructed) so that every value keeps its
line and column; problems become :class:`Diagnostic` records that print as
``path:line:col: error: message``. Only the safe loaders are used, the C one
when PyYAML has it; :mod:`game.content.yamldepth` picks it and first refuses
over-deep nesting, as it does for dialogue.
"""

from __future__ import annotations

from typing import Any

import yaml

from game.content.yamldepth import nesting_problem, safe_loader
from game.diagnostics import Diagnostic


class Report:
    """Collects diagnostics for one file."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.items: list[Diagnostic] = []

    def add(self, severity: str, where: yaml.Node | tuple[int, int] | None, message: str) -> None:
        line, column = position(where)
        self.items.append(Diagnostic(self.path, line, column, severity, message))

    def error(self, where: yaml.Node | tuple[int, int] | None, message: str) -> None:
        self.add("error", where, message)

    def warning(self, where: yaml.Node | tuple[int, int] | None, message: str) -> None:
        self.add("warning", where, message)

    @property
    def failed(self) -> bool:
        return any(d.is_error for d in self.items)


def position(where: yaml.Node | tuple[int, int] | None) -> tuple[int, int]:
    """1-based (line, column) of a node, or of a 0-based (line, column) pair."""
    if where is None:
        return 1, 1
    if isinstance(where, tuple):
        return where[0] + 1, where[1] + 1
    mark = where.start_mark
    return mark.line + 1, mark.column + 1


def compose(text: str, report: Report) -> yaml.Node | None:
    """Parse ``text`` into a node tree, reporting syntax errors with their position."""
    too_deep = nesting_problem(text)
    if too_deep is not None:
        report.error((too_deep.line - 1, too_deep.col - 1), too_deep.message)
        return None
    try:
        return yaml.compose(text, Loader=safe_loader())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = (mark.line, mark.column) if mark is not None else None
        problem = exc.problem or exc.context or "malformed YAML"
        if exc.context and exc.problem:
            problem = f"{problem} ({exc.context})"
        report.error(where, f"YAML syntax: {problem}")
    except yaml.reader.ReaderError as exc:
        before = text[: exc.position]
        where = (before.count("\n"), exc.position - (before.rfind("\n") + 1))
        report.error(where, f"unacceptable character #x{exc.character:04x}: {exc.reason}")
    except yaml.YAMLError as exc:
        report.error(None, f"YAML syntax: {' '.join(str(exc).split())}")
    except RecursionError:  # only when called with the stack already nearly full
        report.error(None, "nested too deeply to read here")
    return None


_constructor = yaml.constructor.SafeConstructor()


def scalar(node: yaml.Node) -> Any:
    """The Python value of a scalar node (str, int, float, bool or None)."""
    return _constructor.construct_object(node, deep=True)


def kind_of(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    value = scalar(node)
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    return "text"


def mapping(node: yaml.Node, report: Report, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    """Keys of a mapping node to (key node, value node); reports non-mappings and repeats."""
    if not isinstance(node, yaml.MappingNode):
        report.error(node, f"{what} must be a mapping of keys to values, not {kind_of(node)}")
        return {}
    out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            report.error(key_node, f"{what}: keys must be plain names")
            continue
        key = str(scalar(key_node))
        if key in out:
            first = out[key][0].start_mark.line + 1
            report.error(key_node, f"{what}: key {key!r} appears twice (first on line {first})")
            continue
        out[key] = (key_node, value_node)
    return out


def sequence(node: yaml.Node, report: Report, what: str) -> list[yaml.Node]:
    if not isinstance(node, yaml.SequenceNode):
        report.error(node, f"{what} must be a list, not {kind_of(node)}")
        return []
    return list(node.value)


def text(node: yaml.Node, report: Report, what: str) -> str | None:
    if isinstance(node, yaml.ScalarNode):
        value = scalar(node)
        if isinstance(value, str):
            return value
    report.error(node, f"{what} must be text, not {kind_of(node)}")
    return None


def number(node: yaml.Node, report: Report, what: str, *, integer: bool = False,
           lo: float | None = None, hi: float | None = None) -> float | int | None:
    value = scalar(node) if isinstance(node, yaml.ScalarNode) else None
    ok = isinstance(value, int | float) and not isinstance(value, bool)
    if ok and integer and not isinstance(value, int):
        ok = False
    if not ok:
        wanted = "a whole number" if integer else "a number"
        report.error(node, f"{what} must be {wanted}, not {kind_of(node)}")
        return None
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        report.error(node, f"{what} must be between {_num(lo)} and {_num(hi)}, not {_num(value)}")
        return None
    return value


def boolean(node: yaml.Node, report: Report, what: str) -> bool | None:
    value = scalar(node) if isinstance(node, yaml.ScalarNode) else None
    if isinstance(value, bool):
        return value
    report.error(node, f"{what} must be true or false, not {kind_of(node)}")
    return None


def _num(value: float | None) -> str:
    if value is None:
        return "any"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
