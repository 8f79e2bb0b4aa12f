"""The one reader of YAML content, keeping where every value came from.

Every YAML file the game reads goes through here: dialogue files, campaign
manifests, ``mod.yaml``, playtest scripts and nanobot levels. A file is refused,
with an error at its line and column in our own words (the same under libyaml
and PyYAML's pure-Python loader), when it

* is larger than its kind allows (:data:`DIALOGUE` ... :data:`LEVEL`), checked
  before it is read (:mod:`game.content.textread`);
* is not UTF-8 text (a byte order mark is fine);
* nests lists and mappings more than :data:`MAX_NESTING` deep
  (:mod:`game.content.yamldepth`, checked before composing);
* is not YAML: a syntax error, with a hint for the usual mistakes (a tab in
  the indentation, an unquoted ``: `` or leading ``*``, a second document...).

Files are *composed* (``yaml.compose``) with the safe loader
:func:`~game.content.yamldepth.safe_loader` picks (libyaml's when PyYAML has
it). Composing builds only a tree of nodes with start marks; no Python object is
ever constructed from a tag, so no tag can run code. After composing, every tag
outside YAML's core schema (``!custom``, ``!!python/object``, ``!!binary``...)
and every merge key (``<<``) is reported where it is, and that value is left out
(the rest of the file is still read). :class:`Reader` then reads the tree,
checking types, duplicate keys, aliases and numbers (``.nan``, ``.inf`` and
numbers beyond ±1e300 are refused wherever a value is read), and turns every
problem into a diagnostic.
"""

from __future__ import annotations

import contextlib
import gc
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.content.textread import MiB, Unreadable, line_at, line_col, read_text
from game.content.yamldepth import MAX_NESTING as MAX_NESTING
from game.content.yamldepth import nesting_problem, safe_loader
from game.diagnostics import Sink, did_you_mean


@dataclass(frozen=True)
class FileKind:
    """A kind of YAML file: how messages name it, and how large it may be."""

    what: str
    max_bytes: int


#: The kinds of YAML file the game reads, and the size limit of each. Dialogue
#: keeps the 32 MiB it always had (a whole campaign may be one file); the others
#: are far larger than any real file (the shipped ones are a few KiB).
DIALOGUE = FileKind("a dialogue file", 32 * MiB)
MANIFEST = FileKind("a campaign manifest", 4 * MiB)
MOD = FileKind("mod.yaml", 1 * MiB)
PLAYTEST = FileKind("a playtest script", 4 * MiB)
LEVEL = FileKind("a level file", 1 * MiB)
KINDS = (DIALOGUE, MANIFEST, MOD, PLAYTEST, LEVEL)

_T = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL = _T + "str", _T + "int", _T + "float", _T + "bool", _T + "null"
SEQ, MAP, TIMESTAMP = _T + "seq", _T + "map", _T + "timestamp"
MERGE, VALUE = _T + "merge", _T + "value"
STANDARD_TAGS = frozenset({STR, INT, FLOAT, BOOL, NULL, SEQ, MAP, TIMESTAMP})
#: What a node left out after an error (a tag or merge key) is tagged with: readers skip it.
REFUSED = "tag:enamel2045,refused"
_SCALAR_TAGS = frozenset({STR, INT, FLOAT, BOOL, NULL, TIMESTAMP})
_SCALAR_TYPES = {STR: "text", INT: "integer", FLOAT: "number", BOOL: "boolean", NULL: "null",
                 TIMESTAMP: "date"}
#: The largest number a content file may hold: sums of a few stay finite.
MAX_NUMBER = 1e300
#: Kinds a dialogue message leaves to ``what`` ("expected a speaker id, found a list").
_SAID_BY_WHAT = frozenset({"a mapping of keys to values", "a list", "text", "a value"})

ID_RE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*\Z")
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
#: The only plain scalars starting with a letter that YAML 1.1 does not read as text.
_WORDS_NOT_TEXT = frozenset({
    "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
    "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL",
})
#: What may come right before a '!' that starts a tag (anything else is text, "Hi!").
_BEFORE_TAG = frozenset(" \t\r\n\x85\u2028\u2029\ufeff[]{},:?-\"'")


# --- composing -----------------------------------------------------------------------------


class _QuickText:
    """A safe-loader mixin resolving the tag of plain text quickly (dialogue is mostly text).

    A plain scalar that starts with a letter can only be a boolean or null when it is
    one of a few words; everything else gets the ``str`` tag without trying each of
    YAML's patterns. Other scalars are resolved as usual, except a lone ``=``, which
    PyYAML tags ``!!value`` (a tag no schema we read knows): it is text.
    """

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        if (kind is ScalarNode and implicit[0] and value[:1].isalpha()
                and value not in _WORDS_NOT_TEXT):
            return STR
        tag = super().resolve(kind, value, implicit)  # type: ignore[misc]
        return STR if tag == VALUE else tag


_LOADERS: dict[Any, Any] = {}


def loader() -> Any:
    """The safe loader :func:`~game.content.yamldepth.safe_loader` picks, resolving quickly."""
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


class Source(NamedTuple):
    """A composed file: its text and its root node."""

    text: str
    root: Node


def read_source(path: Path, sink: Sink, kind: FileKind = DIALOGUE) -> Source | None:
    """The text and root node of one YAML file of ``kind``, or None.

    None when the file is empty (nothing reported) or cannot be read (every
    problem reported to ``sink``).
    """
    try:
        text = read_text(path, kind.max_bytes, kind.what)
    except Unreadable as exc:
        sink.error(exc.line, exc.col, exc.message)
        return None
    root = compose_text(text, sink)
    return None if root is None else Source(text, root)


def read_yaml(path: Path, sink: Sink, kind: FileKind = DIALOGUE) -> Node | None:
    """The composed root node of one YAML file of ``kind``, or None (see :func:`read_source`)."""
    source = read_source(path, sink, kind)
    return None if source is None else source.root


def compose_text(text: str, sink: Sink) -> Node | None:
    """The root node of YAML ``text``, or None: empty, or refused (problems go to ``sink``)."""
    too_deep = nesting_problem(text)
    if too_deep is not None:
        sink.error(too_deep.line, too_deep.col, too_deep.message)
        return None
    try:
        with gc_paused():
            root = yaml.compose(text, Loader=loader())
    except yaml.MarkedYAMLError as exc:
        sink.error(*syntax_error(exc, text))
        return None
    except yaml.reader.ReaderError:
        sink.error(*_bad_character(text))
        return None
    except RecursionError:  # only when called with the stack already nearly full
        sink.error(1, 1, "nested too deeply to read here")
        return None
    except (yaml.YAMLError, MemoryError, ValueError) as exc:
        sink.error(1, 1, f"YAML syntax: {' '.join(str(exc).split())}")
        return None
    if root is not None and _may_hold_tags(text):
        _refuse_tags(root, sink)
    return root


# --- tags and merge keys --------------------------------------------------------------------


def _may_hold_tags(text: str) -> bool:
    """False when ``text`` surely holds no tag and no merge key (most files: skip the walk).

    A tag starts with a '!' at the start of a token, and a merge key is ``<<``;
    a '!' inside a word ("Hi!") is text.
    """
    if "<" in text and "<<" in text:  # one character is found much faster than two
        return True
    at = text.find("!")
    while at >= 0:
        if at == 0 or text[at - 1] in _BEFORE_TAG:
            return True
        at = text.find("!", at + 1)
    return False


def tag_problem(node: Node) -> str | None:
    """Why ``node``'s tag is refused, or None when it is one of YAML's core schema."""
    tag = node.tag
    if tag in STANDARD_TAGS:
        if tag in _SCALAR_TAGS:
            fits = isinstance(node, ScalarNode)
        else:
            fits = isinstance(node, SequenceNode if tag == SEQ else MappingNode)
        return None if fits else f"YAML tag '{_tag_name(tag)}' does not fit {describe(node)}"
    if tag == MERGE:
        return "merge keys ('<<') are not supported in content files: write the keys out"
    return f"YAML tag '{_tag_name(tag)}' is not allowed in content files"


def _refuse_tags(root: Node, sink: Sink) -> None:
    """Report every refused tag and merge key, and tag those nodes :data:`REFUSED`.

    A refused key leaves its whole entry out; a refused value is left out where
    it is read. Each node is looked at once (an alias meets one again: the
    reader reports aliases).
    """
    stack = [root]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node.tag == MERGE and isinstance(node, ScalarNode):
            node.tag = STR  # '<<' written as a value, not as a key: text
        problem = tag_problem(node)
        if problem is not None:
            mark = node.start_mark
            sink.error(mark.line + 1, mark.column + 1, problem)
            node.tag = REFUSED
        elif isinstance(node, MappingNode):
            for key, value in reversed(node.value):
                if key.tag == MERGE and isinstance(key, ScalarNode) and id(key) not in seen:
                    seen.add(id(key))
                    mark = key.start_mark
                    sink.error(mark.line + 1, mark.column + 1, tag_problem(key) or "")
                    key.tag = REFUSED
                else:
                    stack.append(value)
                    stack.append(key)
        elif isinstance(node, SequenceNode):
            stack.extend(reversed(node.value))


# --- syntax errors -------------------------------------------------------------------------

_TABS = "YAML indents with spaces, not tabs"
_QUOTE = "a text that starts with '{}' must be in quotes"


def syntax_error(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, int, str]:
    """(line, column, message) of a YAML syntax error, in our words where we know it.

    libyaml and the pure-Python loader word their errors differently; the usual
    mistakes get the same place, message and hint from either.
    """
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem, context = exc.problem or "", exc.context or ""
    source = line_at(text, line)
    char = source[col - 1] if 0 < col <= len(source) else ""
    indent = source[: len(source) - len(source.lstrip(" \t"))]
    opened = exc.context_mark
    opened_at = (opened.line + 1, opened.column + 1) if opened is not None else (line, col)
    if char == "\t" or "\t" in indent:
        col = col if char == "\t" else indent.index("\t") + 1
        return line, col, f"YAML syntax: a tab where YAML expects spaces ({_TABS})"
    if "quoted scalar" in context and "escape" in problem:
        if char != "\\" and source[col - 2 : col - 1] == "\\":
            col -= 1  # libyaml points at the backslash, PyYAML after it
        return line, col, ("YAML syntax: an unknown escape in a \"double-quoted\" text "
                           "(write \\\\ for a backslash, or use 'single quotes')")
    if "quoted scalar" in context:
        return (*opened_at, "YAML syntax: this quoted text is never closed (end it with "
                            "the quote it starts with)")
    if "simple key" in context:
        start, opened_line = _content(line_at(text, opened_at[0]))
        if ":" not in opened_line and not opened_line.startswith(("-", "#")):
            return _missing_colon(opened_at[0], start, opened_line)
        return (*opened_at, "YAML syntax: a line that is neither 'key: value' nor '- item' "
                            "(check the ':' and the indentation)")
    if problem.startswith("mapping values are not allowed"):
        found = _swallowed_key(text, line, col)
        if found is not None:
            return found
    if context.startswith("while parsing a flow"):
        return line, col, ("YAML syntax: a '[' list or '{' mapping that is not closed here "
                           f"(it opens at line {opened_at[0]}, column {opened_at[1]}: separate "
                           "its items with ',' and close it with ']' or '}')")
    if context.startswith("while parsing a block") and not problem.startswith("found undefined"):
        return line, col, "YAML syntax: " + _misaligned(text, line)
    return line, col, "YAML syntax: " + _syntax_words(problem, context, char)


def _content(source: str) -> tuple[int, str]:
    """(column from 1 where a line's key or value starts, past any '- '; the rest)."""
    at = 0
    while True:
        while at < len(source) and source[at] == " ":
            at += 1
        if source.startswith("- ", at) or source[at:] == "-":
            at += 2
            continue
        return at + 1, source[at:]


def _misaligned(text: str, line: int) -> str:
    """Why a line does not fit the block around it, with the columns that differ."""
    def indent(source: str) -> int:
        return len(source) - len(source.lstrip(" ")) + 1

    start = indent(line_at(text, line))
    above = line - 1
    while above > 0 and _blank(line_at(text, above)):
        above -= 1
    columns = ""
    if above > 0:
        upper = indent(line_at(text, above))
        if upper != start:
            columns = f": this line starts in column {start}, line {above} in column {upper}"
    return (f"the indentation does not line up{columns} (the keys of one mapping start in "
            "the same column, and each list item starts with '- ')")


def _blank(source: str) -> bool:
    """Nothing but spaces, dashes or a comment."""
    rest = source.strip(" \t").lstrip("-").strip()
    return not rest or rest.startswith("#")


def _missing_colon(line: int, start: int, words: str) -> tuple[int, int, str]:
    """The place and message of a key line without its ':' (``title Demo``)."""
    words = words.split(" #")[0].rstrip()
    key, _, value = words.partition(" ")
    if value.strip() and ID_RE.match(key):
        return (line, start,
                f"YAML syntax: a ':' is missing after '{key}' (write '{key}: "
                f"{_short(value.strip())}'; a key is followed by ':')")
    return (line, start,
            f"YAML syntax: a ':' is missing after '{_short(words)}' (a key is followed by "
            "':', as in 'name: value')")


def _swallowed_key(text: str, line: int, col: int) -> tuple[int, int, str] | None:
    """A ``key:`` line YAML read as more of the line above's text: that line lacks its
    ':' (``start`` for ``start:``), or this one is indented more than it. None when the
    ':' at (line, col) follows another ': ' on its own line (a text holding ': ')."""
    source = line_at(text, line)
    start = _content(source)[0]
    before = source[start - 1 : col - 1]
    if ": " in before or before.endswith(":") or not before.strip():
        return None
    above = line - 1
    while above > 0 and _blank(line_at(text, above)):
        above -= 1
    if above < 1:
        return None
    upper_start, upper_rest = _content(line_at(text, above))
    words = upper_rest.split(" #")[0].rstrip()
    if ":" not in words and not words.startswith(("'", '"', "|", ">")):
        return _missing_colon(above, upper_start, words)
    if start > upper_start:
        return (line, start,
                f"YAML syntax: this line is indented more than line {above} above it "
                f"(column {start}, not {upper_start}): YAML reads it as more of that line's "
                "value; keys of one mapping start in the same column")
    return None


def _syntax_words(problem: str, context: str, char: str) -> str:
    """The message of a syntax error whose place is the loader's."""
    if "document" in problem or "document" in context:
        return ("a second YAML document starts here (a content file holds one YAML "
                "document: remove the '---' or '...')")
    if problem.startswith("mapping values are not allowed"):
        return "': ' inside a value (a text containing ': ' must be in quotes)"
    if "alias" in context or "anchor" in context or problem.startswith("found undefined alias"):
        return (f"'{char or '*'}' starts an alias or an anchor here ({_QUOTE.format('*')} "
                "or '&')")
    if context.startswith("while parsing a block"):
        return ("the indentation does not line up (the keys of one mapping start in the "
                "same column, and each list item starts with '- ')")
    if "block scalar" in context:
        return "after '|' or '>' only '-', '+' or a digit may follow on the same line"
    if "tag" in context:
        return f"a malformed tag ({_QUOTE.format('!')})"
    if "directive" in context:
        return f"a malformed directive ({_QUOTE.format('%')})"
    if "cannot start any token" in problem and char:
        return f"'{char}' cannot start a value ({_QUOTE.format(char)})"
    detail = f"{problem} ({context})" if problem and context else problem or context
    return detail or "not valid YAML"


#: Characters YAML does not allow anywhere in a file (PyYAML's set; libyaml's is alike).
_NOT_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _bad_character(text: str) -> tuple[int, int, str]:
    found = _NOT_PRINTABLE.search(text)
    if found is None:
        return 1, 1, "the file holds a character YAML does not allow"
    line, col = line_col(text, found.start())
    return line, col, (f"character U+{ord(found.group()):04X} is not allowed in YAML files "
                       "(remove it, or write it as an escape in a \"double-quoted\" text)")


# --- reading nodes ---------------------------------------------------------------------------


class Reader:
    """Reads composed nodes of one file, reporting problems to its sink.

    Values left out after an error (:data:`REFUSED`) are skipped without a
    second message. The messages of the ``_say_*`` methods are the dialogue
    files' ("expected a speaker id, found a list"); a subclass may word them for
    its files.
    """

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

    def _say_wrong(self, node: Node, what: str, wanted: str) -> str:
        """``node`` is not what was expected: ``what`` names it, ``wanted`` is a kind
        ("a list", "text", "a whole number", "true or false"...)."""
        detail = "" if wanted in _SAID_BY_WHAT else f" ({wanted})"
        return f"expected {what}{detail}, found {describe(node)}"

    def _say_range(self, what: str, value: float, lo: float | None, hi: float | None) -> str:
        if hi is None:
            return f"expected {what} of at least {number_text(lo)}, found {number_text(value)}"
        if lo is None:
            return f"expected {what} of at most {number_text(hi)}, found {number_text(value)}"
        return (f"expected {what} between {number_text(lo)} and {number_text(hi)}, "
                f"found {number_text(value)}")

    def _say_duplicate(self, key: str, first: Node, what: str) -> str:
        return (f"duplicate key '{key}' (the same key twice in one mapping, first on line "
                f"{first.start_mark.line + 1})")

    # --- structure -----------------------------------------------------------------------
    def _refused(self, node: Node) -> None:
        """Report a node whose tag is refused, unless :func:`compose_text` already did."""
        if node.tag != REFUSED:  # not seen by compose_text: a tree built elsewhere
            self.error(node, tag_problem(node) or "")

    def _container(self, node: Node, kind: type, what: str, wanted: str) -> bool:
        if node.tag not in STANDARD_TAGS:
            self._refused(node)
            return False
        if not isinstance(node, kind):
            self.error(node, self._say_wrong(node, what, wanted))
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
        if not self._container(node, MappingNode, what, "a mapping of keys to values"):
            return None
        entries = []
        keys: set[str] = set()
        for key_node, value_node in node.value:
            if key_node.tag not in STANDARD_TAGS or not isinstance(key_node, ScalarNode):
                if key_node.tag != REFUSED:  # a refused key is reported: its entry is left out
                    self.error(key_node, f"a key must be a plain name, not {describe(key_node)}")
                continue
            key = key_node.value
            if key in keys:
                first = next(n for k, n, _ in entries if k == key)
                self.error(key_node, self._say_duplicate(key, first, what))
                continue
            keys.add(key)
            entries.append((key, key_node, value_node))
        return entries

    def sequence(self, node: Node, what: str) -> list[Node] | None:
        if not self._container(node, SequenceNode, what, "a list"):
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
    def _scalar(self, node: Node, what: str, wanted: str) -> ScalarNode | None:
        if node.tag not in STANDARD_TAGS:
            self._refused(node)
            return None
        if not isinstance(node, ScalarNode):
            self.error(node, self._say_wrong(node, what, wanted))
            return None
        return node

    def text(self, node: Node, what: str = "a text") -> str | None:
        """Any scalar as written (``yes`` stays ``yes``); null and empty are refused."""
        scalar = self._scalar(node, what, "text")
        if scalar is None:
            return None
        if scalar.tag == NULL and not scalar.style:
            self.error(node, self._say_wrong(node, what, "text"))
            return None
        return scalar.value

    def ident(self, node: Node, what: str) -> str | None:
        value = self.text(node, what)
        if value is None:
            return None
        if not ID_RE.match(value):
            hint = ""
            if not node.style and node.end_mark.line > node.start_mark.line:
                hint = (f" (YAML read lines {node.start_mark.line + 1} to "
                        f"{node.end_mark.line + 1} as one text: is a line indented more than "
                        "the one above it?)")
            self.error(node, f"'{value}' is not a valid {what}: use letters, digits, '_' "
                             f"and '-'{hint}")
            return None
        return value

    def value(self, node: Node, what: str, wanted: str = "a value") -> Any:
        """A scalar's YAML value (text, integer, number, boolean); None on problems.

        Numbers are finite and within ±:data:`MAX_NUMBER`; a date stays text.
        """
        scalar = self._scalar(node, what, wanted)
        if scalar is None:
            return None
        if scalar.tag in (STR, TIMESTAMP):
            return scalar.value
        try:
            value = _CONSTRUCTOR.yaml_constructors[scalar.tag](_CONSTRUCTOR, scalar)
        except (ValueError, KeyError, TypeError, OverflowError, yaml.YAMLError):
            self.error(node, f"'{_short(scalar.value)}' is not a valid "
                             f"{_SCALAR_TYPES[scalar.tag]}")
            return None
        if value is None:
            self.error(node, self._say_wrong(node, what, wanted))
        elif value.__class__ is float and not -MAX_NUMBER <= value <= MAX_NUMBER:
            wanted = "a finite number" if math.isnan(value) or math.isinf(value) else \
                f"a number between -{MAX_NUMBER:g} and {MAX_NUMBER:g}"
            self.error(node, self._say_wrong(node, what, wanted))
            return None
        return value

    def number(self, node: Node, what: str, *, integer: bool = False,
               lo: float | None = None, hi: float | None = None) -> int | float | None:
        """A number (with ``integer``, a whole one) within ``lo``..``hi``; None on problems."""
        wanted = "a whole number" if integer else "a number"
        value = self.value(node, what, wanted)
        if value is None:
            return None
        if value.__class__ not in ((int,) if integer else (int, float)):  # bool is no number
            self.error(node, self._say_wrong(node, what, wanted))
            return None
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            self.error(node, self._say_range(what, value, lo, hi))
            return None
        return value

    def integer(self, node: Node, what: str, minimum: int | None = None) -> int | None:
        return self.number(node, what, integer=True, lo=minimum)  # type: ignore[return-value]

    def boolean(self, node: Node, what: str) -> bool | None:
        value = self.value(node, what, "true or false")
        if value is None:
            return None
        if not isinstance(value, bool):
            self.error(node, self._say_wrong(node, what, "true or false"))
            return None
        return value

    def ident_list(self, node: Node, what: str) -> list[tuple[str, Node]]:
        """One id or a list of ids, each with its node."""
        if isinstance(node, SequenceNode):
            items = self.sequence(node, f"a list of {what}s") or []
            return [(v, item) for item in items if (v := self.ident(item, what)) is not None]
        value = self.ident(node, what)
        return [] if value is None else [(value, node)]


def position(node: Node) -> tuple[int, int]:
    """(line, column) of a node, counting from 1."""
    mark = node.start_mark
    return mark.line + 1, mark.column + 1


def describe(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping (key: value)"
    if isinstance(node, SequenceNode):
        return "a list"
    if node.tag == NULL:
        return "nothing" if not node.value else f"'{_short(node.value)}'"
    return f"{_SCALAR_TYPES.get(node.tag, 'a value')} '{_short(node.value)}'"


def _tag_name(tag: str) -> str:
    return "!!" + tag[len(_T):] if tag.startswith(_T) else tag


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def number_text(value: float | None) -> str:
    """A number as a message shows it: ``2`` for 2.0, ``any`` for None."""
    if value is None:
        return "any"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_mapping_file(
    path: Path, sink: Sink, what: str, when_empty: str, *, empty_is_error: bool = True,
    kind: FileKind = DIALOGUE,
) -> tuple[Reader, Node, list[tuple[str, ScalarNode, Node]]] | None:
    """Read a YAML file of ``kind`` whose top level must be a mapping.

    Returns the reader, the root node and the mapping's entries, or None when the
    file cannot be used (every problem, an empty file included, is reported).
    """
    before = len(sink.diagnostics)
    root = read_yaml(path, sink, kind)
    if root is None:
        if len(sink.diagnostics) == before:
            (sink.error if empty_is_error else sink.warning)(1, 1, when_empty)
        return None
    reader = Reader(sink)
    entries = reader.mapping(root, what)
    return None if entries is None else (reader, root, entries)
