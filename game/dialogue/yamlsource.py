"""Reading YAML safely while keeping where every value came from.

Files are *composed* (``yaml.compose``) with PyYAML's safe loader — the C one
(``CSafeLoader``) when present; :mod:`game.content.yamldepth` picks it and
first refuses over-deep nesting. Composing builds only a tree of nodes with
start marks; no Python object is ever constructed from a tag, so no tag can run
code. :class:`Reader` then reads that tree, checking types, duplicate keys,
aliases and tags, and turns every problem into a diagnostic at its line and
column.
"""

from __future__ import annotations

import contextlib
import gc
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.content.yamldepth import MAX_NESTING as MAX_NESTING
from game.content.yamldepth import nesting_problem, safe_loader
from game.diagnostics import Sink, did_you_mean

MAX_FILE_BYTES = 32 * 1024 * 1024

_T = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL = _T + "str", _T + "int", _T + "float", _T + "bool", _T + "null"
SEQ, MAP, TIMESTAMP = _T + "seq", _T + "map", _T + "timestamp"
STANDARD_TAGS = frozenset({STR, INT, FLOAT, BOOL, NULL, SEQ, MAP, TIMESTAMP})
_SCALAR_TYPES = {STR: "text", INT: "integer", FLOAT: "number", BOOL: "boolean", NULL: "null"}

ID_RE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*\Z")
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
#: The only plain scalars starting with a letter that YAML 1.1 does not read as text.
_WORDS_NOT_TEXT = frozenset({
    "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
    "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL",
})


class _QuickText:
    """A safe-loader mixin resolving the tag of plain text quickly (dialogue is mostly text).

    A plain scalar that starts with a letter can only be a boolean or null when it is
    one of a few words; everything else gets the ``str`` tag without trying each of
    YAML's patterns. Other scalars are resolved as usual.
    """

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        if (kind is ScalarNode and implicit[0] and value[:1].isalpha()
                and value not in _WORDS_NOT_TEXT):
            return STR
        return super().resolve(kind, value, implicit)  # type: ignore[misc]


_LOADERS: dict[Any, Any] = {}


def loader() -> Any:
    """The safe loader :func:`safe_loader` picks, with quick text resolving."""
    base = safe_loader()
    if base not in _LOADERS:
        _LOADERS[base] = type(f"Quick{base.__name__}", (_QuickText, base), {})
    return _LOADERS[base]


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building large trees of small objects.

    Content trees hold no reference cycles, and CPython's collector, run again
    and again as hundreds of thousands of nodes appear, makes loading a big file
    several times slower.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def position(node: Node) -> tuple[int, int]:
    """(line, column) of a node, counting from 1."""
    mark = node.start_mark
    return mark.line + 1, mark.column + 1


def read_yaml(path: Path, sink: Sink) -> Node | None:
    """The composed root node of one YAML file, or None (problems go to ``sink``)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        sink.error(1, 1, f"cannot read file: {exc.strerror or exc}")
        return None
    if len(data) > MAX_FILE_BYTES:
        sink.error(1, 1, f"file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB")
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        sink.error(line, col, "file is not valid UTF-8 text (save it as UTF-8)")
        return None
    return compose_text(text, sink)


def compose_text(text: str, sink: Sink) -> Node | None:
    too_deep = nesting_problem(text)
    if too_deep is not None:
        sink.error(too_deep.line, too_deep.col, too_deep.message)
        return None
    try:
        with gc_paused():
            return yaml.compose(text, Loader=loader())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or exc.context or "invalid YAML"
        if exc.problem and exc.context:
            problem = f"{exc.problem} ({exc.context})"
        sink.error(line, col, f"YAML syntax: {problem}{_syntax_hint(problem, text, line)}")
    except yaml.reader.ReaderError as exc:
        line, col = _line_col(text, exc.position)
        sink.error(line, col, f"character {exc.character!r} is not allowed in YAML files")
    except RecursionError:  # only when called with the stack already nearly full
        sink.error(1, 1, "nested too deeply to read here")
    except (yaml.YAMLError, MemoryError, ValueError) as exc:
        sink.error(1, 1, f"YAML syntax: {exc}")
    return None


def _line_col(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _syntax_hint(problem: str, text: str, line: int) -> str:
    lines = text.splitlines()
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    if "\t" in source[: len(source) - len(source.lstrip())] or "'\\t'" in problem:
        return " (YAML indents with spaces, not tabs)"
    if "alias" in problem or "alphabetic or numeric" in problem:
        return " (a text that starts with '*' or '&' must be in quotes)"
    if "document" in problem:
        return " (a content file holds one YAML document: remove the '---')"
    if "mapping values are not allowed" in problem:
        return " (a text containing ': ' must be in quotes)"
    if "could not find expected ':'" in problem or "expected <block end>" in problem:
        return " (check the indentation, and that each step starts with '- ')"
    return ""


class Reader:
    """Reads composed nodes of one file, reporting problems to its sink."""

    __slots__ = ("containers", "path", "sink")

    def __init__(self, sink: Sink) -> None:
        self.sink = sink
        self.path = sink.path
        #: ids of the mappings and lists read so far: meeting one again means an alias.
        self.containers: set[int] = set()

    # --- reporting -----------------------------------------------------------------------
    def error(self, node: Node, message: str) -> None:
        mark = node.start_mark
        self.sink.error(mark.line + 1, mark.column + 1, message)

    def warning(self, node: Node, message: str) -> None:
        mark = node.start_mark
        self.sink.warning(mark.line + 1, mark.column + 1, message)

    # --- structure -----------------------------------------------------------------------
    def _container(self, node: Node, kind: type, what: str) -> bool:
        if node.tag not in STANDARD_TAGS:
            self.error(node, f"YAML tag '{_tag_name(node.tag)}' is not allowed in content files")
            return False
        if not isinstance(node, kind):
            self.error(node, f"expected {what}, found {describe(node)}")
            return False
        key = id(node)
        if key in self.containers:
            self.error(node, "YAML anchors and aliases (&name, *name) are not supported in "
                             "content files; this value is used again through an alias")
            return False
        self.containers.add(key)
        return True

    def mapping(self, node: Node, what: str) -> list[tuple[str, ScalarNode, Node]] | None:
        """The ``(key, key node, value node)`` entries of a mapping, or None."""
        if not self._container(node, MappingNode, what):
            return None
        entries = []
        keys: set[str] = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag not in STANDARD_TAGS:
                self.error(key_node, "a key must be a plain name")
                continue
            key = key_node.value
            if key in keys:
                self.error(key_node, f"duplicate key '{key}' (the same key twice in one mapping)")
                continue
            keys.add(key)
            entries.append((key, key_node, value_node))
        return entries

    def sequence(self, node: Node, what: str) -> list[Node] | None:
        if not self._container(node, SequenceNode, what):
            return None
        return node.value

    def unknown_keys(
        self, entries: list[tuple[str, ScalarNode, Node]], allowed: frozenset[str] | set[str],
        where: str,
    ) -> None:
        for key, key_node, _ in entries:
            if key not in allowed:
                self.error(
                    key_node,
                    f"unknown key '{key}' in {where}{did_you_mean(key, allowed)}"
                    f" (allowed: {', '.join(sorted(allowed))})",
                )

    # --- scalars -------------------------------------------------------------------------
    def _scalar(self, node: Node, what: str) -> ScalarNode | None:
        if node.tag not in STANDARD_TAGS:
            self.error(node, f"YAML tag '{_tag_name(node.tag)}' is not allowed in content files")
            return None
        if not isinstance(node, ScalarNode):
            self.error(node, f"expected {what}, found {describe(node)}")
            return None
        return node

    def text(self, node: Node, what: str = "a text") -> str | None:
        """Any scalar as written (``yes`` stays ``yes``); null and empty are refused."""
        scalar = self._scalar(node, what)
        if scalar is None:
            return None
        if scalar.tag == NULL and not scalar.style:
            self.error(node, f"expected {what}, found nothing")
            return None
        return scalar.value

    def ident(self, node: Node, what: str) -> str | None:
        value = self.text(node, what)
        if value is None:
            return None
        if not ID_RE.match(value):
            self.error(node, f"'{value}' is not a valid {what}: use letters, digits, '_' and '-'")
            return None
        return value

    def value(self, node: Node, what: str) -> Any:
        """A scalar's YAML value (text, integer, number, boolean); None on problems."""
        scalar = self._scalar(node, what)
        if scalar is None:
            return None
        if scalar.tag in (STR, TIMESTAMP):
            return scalar.value
        try:
            value = _CONSTRUCTOR.yaml_constructors[scalar.tag](_CONSTRUCTOR, scalar)
        except (ValueError, KeyError, TypeError, yaml.YAMLError):
            self.error(node, f"'{scalar.value}' is not a valid {_SCALAR_TYPES[scalar.tag]}")
            return None
        if value is None:
            self.error(node, f"expected {what}, found nothing")
        elif isinstance(value, float) and not (-1e300 < value < 1e300):
            self.error(node, f"expected {what}, found {scalar.value}")
            return None
        return value

    def integer(self, node: Node, what: str, minimum: int | None = None) -> int | None:
        value = self.value(node, what)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(node, f"expected {what} (a whole number), found '{node.value}'")
            return None
        if minimum is not None and value < minimum:
            self.error(node, f"expected {what} of at least {minimum}, found {value}")
            return None
        return value

    def boolean(self, node: Node, what: str) -> bool | None:
        value = self.value(node, what)
        if value is None:
            return None
        if not isinstance(value, bool):
            self.error(node, f"expected {what} (true or false), found '{node.value}'")
            return None
        return value

    def ident_list(self, node: Node, what: str) -> list[tuple[str, Node]]:
        """One id or a list of ids, each with its node."""
        if isinstance(node, SequenceNode):
            items = self.sequence(node, f"a list of {what}s") or []
            return [(v, item) for item in items if (v := self.ident(item, what)) is not None]
        value = self.ident(node, what)
        return [] if value is None else [(value, node)]


def describe(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping (key: value)"
    if isinstance(node, SequenceNode):
        return "a list"
    if node.tag == NULL:
        return "nothing" if not node.value else f"'{node.value}'"
    return f"{_SCALAR_TYPES.get(node.tag, 'a value')} '{_short(node.value)}'"


def _tag_name(tag: str) -> str:
    return "!!" + tag[len(_T):] if tag.startswith(_T) else tag


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_mapping_file(
    path: Path, sink: Sink, what: str, when_empty: str, *, empty_is_error: bool = True
) -> tuple[Reader, Node, list[tuple[str, ScalarNode, Node]]] | None:
    """Read a YAML file whose top level must be a mapping.

    Returns the reader, the root node and the mapping's entries, or None when the
    file cannot be used (every problem, an empty file included, is reported).
    """
    before = len(sink.diagnostics)
    root = read_yaml(path, sink)
    if root is None:
        if len(sink.diagnostics) == before:
            (sink.error if empty_is_error else sink.warning)(1, 1, when_empty)
        return None
    reader = Reader(sink)
    entries = reader.mapping(root, what)
    return None if entries is None else (reader, root, entries)
