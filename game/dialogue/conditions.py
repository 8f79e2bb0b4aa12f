"""The condition language: ``trust >= 2 and has(clinic_logs) and not seen(max_intro)``.

A condition is parsed with Python's :mod:`ast` and then checked against a
whitelist while it is turned into a tree of small closures; nothing is ever
passed to ``eval``, ``exec`` or ``compile``. Allowed:

- ``and``, ``or``, ``not``, parentheses;
- comparisons ``== != < <= > >=`` (chains like ``1 <= trust < 3`` too);
- ``+`` and ``-`` (and unary ``-``);
- numbers, quoted texts, ``true``/``false`` (or ``True``/``False``);
- names, which are story variables (undefined ones read as 0, i.e. false);
- the functions ``has(item)`` (the player holds this evidence), ``seen(id)``
  (this line was read, or this node was entered) and ``visited(node)``; their
  argument is an id, bare or quoted.

Anything else — attribute access, indexing, other calls, names starting with
``__``, comprehensions, lambdas, f-strings, ``:=`` — is an error with its
position inside the expression. At run time a condition whose values cannot
be compared (``"text" < 3``) is false.
"""

from __future__ import annotations

import ast
import math
import operator
import re
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from game.diagnostics import did_you_mean

FUNCTIONS = {"has": "evidence item", "seen": "line or node id", "visited": "node id"}
#: The same, with its article, for messages ("an evidence item", "a node id").
_ARGUMENTS = {name: f"{'an' if what[0] in 'aeiou' else 'a'} {what}"
              for name, what in FUNCTIONS.items()}
CONSTANTS = {"true": True, "false": False, "True": True, "False": False}
MAX_LENGTH = 1000

Value = bool | int | float | str


class StoryView(Protocol):
    """What a condition reads (``game.story.state.StoryState`` provides it)."""

    variables: dict[str, Value]

    def has(self, item: str) -> bool: ...

    def seen(self, line_or_node: str) -> bool: ...

    def has_visited(self, node: str) -> bool: ...


Fn = Callable[[StoryView, Mapping[str, Value]], Any]


@dataclass(frozen=True, slots=True)
class Ref:
    """A name the condition reads: ``kind`` is ``var`` or a function name."""

    kind: str
    name: str
    offset: int  # characters from the start of the condition


@dataclass(frozen=True, slots=True)
class ConditionError:
    offset: int
    message: str


class Condition:
    """A checked condition; call it with a story (and default variable values)."""

    __slots__ = ("_fn", "refs", "source")

    def __init__(self, source: str, refs: tuple[Ref, ...], fn: Fn) -> None:
        self.source = source
        self.refs = refs
        self._fn = fn

    def __call__(self, story: StoryView, defaults: Mapping[str, Value] | None = None) -> bool:
        try:
            return bool(self._fn(story, defaults if defaults is not None else _NO_DEFAULTS))
        except (TypeError, ValueError, OverflowError, RecursionError):
            return False

    def value(self, story: StoryView, defaults: Mapping[str, Value] | None = None) -> Any:
        """The expression's value (a number for ``2 + witnesses``), or None when its values
        cannot be combined (``"text" + 1``)."""
        try:
            return self._fn(story, defaults if defaults is not None else _NO_DEFAULTS)
        except (TypeError, ValueError, OverflowError, RecursionError):
            return None

    def __repr__(self) -> str:
        return f"Condition({self.source!r})"


_NO_DEFAULTS: Mapping[str, Value] = {}
_MISSING = object()


def parse_condition(source: str) -> Condition | ConditionError:
    text = source.replace("\r", " ").replace("\n", " ")
    if not text.strip():
        return ConditionError(0, "empty condition")
    if len(text) > MAX_LENGTH:
        return ConditionError(MAX_LENGTH, f"condition longer than {MAX_LENGTH} characters")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. "invalid decimal literal" for 1abc
            tree = ast.parse(text, mode="eval")
    except SyntaxError as exc:
        offset = max(0, min(len(text), (exc.offset or 1) - 1))
        typo = typo_hint(text, offset)
        if typo is not None:
            return ConditionError(typo[0], f"invalid condition: {typo[1]}")
        return ConditionError(offset, f"invalid condition: {exc.msg}")
    except (ValueError, RecursionError, MemoryError):
        return ConditionError(0, "invalid condition")
    compiler = _Compiler(text)
    try:
        fn = compiler.compile(tree.body)
    except _Reject as exc:
        return ConditionError(exc.offset, exc.message)
    except RecursionError:
        return ConditionError(0, "condition is nested too deeply")
    return Condition(source, tuple(compiler.refs), fn)


#: Operators from other languages, and what a condition writes instead.
_OPERATOR_TYPOS = (
    ("===", "=="), ("!==", "!="), ("=>", ">="), ("=<", "<="), ("<>", "!="), ("&&", "and"),
    ("||", "or"), ("≥", ">="), ("≤", "<="), ("≠", "!="), ("&", "and"), ("|", "or"),
)
_WORDS = ("and", "or", "not")
#: Words of other languages' conditions, and what to do instead.
_NOT_CONDITION = {
    "if": "write the condition alone (the key 'if:' already says it)",
    "then": "put the steps to run under 'then:'",
    "else": "put the other steps under 'else:'",
}
_TOKEN = re.compile(r"""\s*(?:(?P<text>"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?)"""
                    r"|(?P<word>[^\W\d]\w*)|(?P<number>\d[\w.]*)|(?P<op>[=!<>]=?|[-+()])"
                    r"|(?P<other>\S))")


def _tokens(text: str) -> list[tuple[str, str, int]]:
    """(kind, text, offset) of each token: text, word, number, op or other."""
    out = []
    for found in _TOKEN.finditer(text):
        kind = found.lastgroup or "other"
        out.append((kind, found.group(kind), found.start(kind)))
    return out


def typo_hint(text: str, offset: int) -> tuple[int, str] | None:
    """(offset, message) for a common slip in a condition that does not parse: an
    operator from another language (``=>``, ``&&``, ``!``, ``=``), a misspelt
    ``and``/``or``/``not``, a function called without parentheses. None: no idea."""
    for typo, meant in _OPERATOR_TYPOS:
        at = _outside_quotes(text, typo)
        if at is not None:
            return at, f"'{typo}' is not an operator here: write '{meant}'"
    tokens = _tokens(text)
    for number, (kind, token, at) in enumerate(tokens):
        following = tokens[number + 1] if number + 1 < len(tokens) else None
        if kind == "op" and token == "!" and not (following and following[1] == "="):
            return at, "'!' is not an operator here: write 'not'"
        if kind == "op" and token == "=":
            return at, "'=' sets a value; to compare, write '=='"
    words = [(token, at) for kind, token, at in tokens if kind == "word"]
    near = [(token, at) for token, at in words if token not in _WORDS and token not in
            CONSTANTS and token.lower() in _WORDS]
    if near:
        token, at = near[0]
        return at, f"'{token}' is not an operator: write '{token.lower()}' in lower case"
    if tokens and (tokens[-1][1] in _WORDS or (tokens[-1][0] == "op" and tokens[-1][1] != ")")):
        # placed where Python places it (tools and tests rely on that column)
        return offset, f"the condition ends after '{tokens[-1][1]}': something must follow it"
    for number in range(len(tokens)):
        hint = _token_hint(tokens, number)
        if hint is not None:
            return hint
    return None


def _token_hint(tokens: list[tuple[str, str, int]], number: int) -> tuple[int, str] | None:
    """A hint about the token at ``number``: a misspelt operator, a function without
    parentheses, an operator missing between two values."""
    kind, token, at = tokens[number]
    before = tokens[number - 1] if number else None
    after = tokens[number + 1] if number + 1 < len(tokens) else None
    operand = before is not None and (before[0] in ("word", "number", "text")
                                      or before[1] == ")") and before[1] not in _WORDS
    missing = (at, f"an operator is missing before '{token}' (==, !=, <, <=, >, >=, and, or)")
    if kind == "word" and token in _NOT_CONDITION:
        return at, f"'{token}' is not part of a condition: {_NOT_CONDITION[token]}"
    if kind != "word" or token in _WORDS or token in CONSTANTS:
        return missing if operand and kind in ("number", "text") else None
    meant = did_you_mean(token.lower(), _WORDS) or next(
        (f" (did you mean '{word}'?)" for word in _WORDS if sorted(token.lower()) == sorted(word)),
        "")
    if meant and (operand or (number == 0 and "'not'" in meant
                              and after is not None and after[0] == "word")):
        return at, f"'{token}' is not an operator{meant}"
    if token in FUNCTIONS and after is not None and after[0] in ("word", "text"):
        return at, f"{token}() needs parentheses: write {token}({after[1]})"
    return missing if operand else None


def _outside_quotes(text: str, piece: str) -> int | None:
    """Where ``piece`` first occurs outside quoted text (None: it does not)."""
    quote = ""
    at = 0
    while at < len(text):
        char = text[at]
        if quote:
            if char == "\\":
                at += 1
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif text.startswith(piece, at):
            return at
        at += 1
    return None


_CACHE: dict[str, Condition | ConditionError] = {}
_CACHE_LIMIT = 8192


def cached_condition(source: str) -> Condition | ConditionError:
    """``parse_condition``, remembered: conditions are immutable, and content repeats them."""
    cond = _CACHE.get(source)
    if cond is None:
        if len(_CACHE) >= _CACHE_LIMIT:
            _CACHE.clear()
        cond = _CACHE[source] = parse_condition(source)
    return cond


def check_condition(
    source: str, story: StoryView, defaults: Mapping[str, Value] | None = None
) -> bool:
    """Evaluate condition text (parsed once, then cached); an invalid condition is false.

    This is what the overworld calls for a map object's ``condition`` property.
    """
    cond = cached_condition(source)
    return cond(story, defaults) if isinstance(cond, Condition) else False


class _Reject(Exception):
    def __init__(self, offset: int, message: str) -> None:
        super().__init__(message)
        self.offset = offset
        self.message = message


_COMPARE: dict[type, Callable[[Any, Any], bool]] = {
    ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.Lt: operator.lt,
    ast.LtE: operator.le, ast.Gt: operator.gt, ast.GtE: operator.ge,
}
_ARITH: dict[type, Callable[[Any, Any], Any]] = {ast.Add: operator.add, ast.Sub: operator.sub}
_FORBIDDEN = {
    ast.Attribute: "attribute access ('.name')",
    ast.Subscript: "indexing ('[...]')",
    ast.Lambda: "a lambda",
    ast.ListComp: "a comprehension", ast.SetComp: "a comprehension",
    ast.DictComp: "a comprehension", ast.GeneratorExp: "a comprehension",
    ast.JoinedStr: "an f-string", ast.FormattedValue: "an f-string",
    ast.NamedExpr: "assignment (':=')",
    ast.IfExp: "'x if c else y'",
    ast.List: "a list", ast.Tuple: "a tuple", ast.Set: "a set", ast.Dict: "a dict",
    ast.Starred: "'*'", ast.Await: "await", ast.Yield: "yield", ast.YieldFrom: "yield",
}


class _Compiler:
    def __init__(self, source: str) -> None:
        self.encoded = source.encode("utf-8")
        self.refs: list[Ref] = []
        self.handlers: dict[type, Callable[[Any], Fn]] = {
            ast.BoolOp: self.bool_op, ast.UnaryOp: self.unary, ast.BinOp: self.bin_op,
            ast.Compare: self.compare, ast.Name: self.name, ast.Constant: self.constant,
            ast.Call: self.call,
        }

    def offset(self, node: ast.AST) -> int:
        col = getattr(node, "col_offset", 0)
        return len(self.encoded[:col].decode("utf-8", "ignore"))

    def fail(self, node: ast.AST, message: str) -> _Reject:
        return _Reject(self.offset(node), message)

    def compile(self, node: ast.AST) -> Fn:
        handler = self.handlers.get(type(node))
        if handler is None:
            raise self.forbidden(node)
        return handler(node)

    def forbidden(self, node: ast.AST) -> _Reject:
        what = _FORBIDDEN.get(type(node), f"'{type(node).__name__}'")
        return self.fail(node, f"{what} is not allowed in conditions")

    def bool_op(self, node: ast.BoolOp) -> Fn:
        fns = [self.compile(value) for value in node.values]
        if isinstance(node.op, ast.And):
            return lambda s, d: all(fn(s, d) for fn in fns)
        return lambda s, d: any(fn(s, d) for fn in fns)

    def unary(self, node: ast.UnaryOp) -> Fn:
        fn = self.compile(node.operand)
        if isinstance(node.op, ast.Not):
            return lambda s, d: not fn(s, d)
        if isinstance(node.op, ast.USub):
            return lambda s, d: -fn(s, d)
        if isinstance(node.op, ast.UAdd):
            return lambda s, d: +fn(s, d)
        raise self.fail(node, "'~' is not allowed in conditions")

    def bin_op(self, node: ast.BinOp) -> Fn:
        op = _ARITH.get(type(node.op))
        if op is None:
            raise self.fail(node, "only + and - are allowed in conditions")
        left, right = self.compile(node.left), self.compile(node.right)
        return lambda s, d: op(left(s, d), right(s, d))

    def compare(self, node: ast.Compare) -> Fn:
        ops = []
        for op in node.ops:
            fn = _COMPARE.get(type(op))
            if fn is None:
                raise self.fail(node, "only == != < <= > >= compare in conditions ('in' and "
                                      "'is' are not allowed)")
            ops.append(fn)
        first = self.compile(node.left)
        rest = [self.compile(c) for c in node.comparators]
        pairs = list(zip(ops, rest, strict=True))

        def evaluate(s: StoryView, d: Mapping[str, Value]) -> bool:
            left = first(s, d)
            for op, fn in pairs:
                right = fn(s, d)
                if not op(left, right):
                    return False
                left = right
            return True

        return evaluate

    def name(self, node: ast.Name) -> Fn:
        name = node.id
        if name in CONSTANTS:
            value = CONSTANTS[name]
            return lambda s, d: value
        self._check_name(node, name)
        if name in FUNCTIONS:
            raise self.fail(node, f"'{name}' is a function: write {name}(id)")
        self.refs.append(Ref("var", name, self.offset(node)))

        def variable(s: StoryView, d: Mapping[str, Value]) -> Value:
            value = s.variables.get(name, _MISSING)
            return d.get(name, 0) if value is _MISSING else value  # type: ignore[return-value]

        return variable

    def _check_name(self, node: ast.AST, name: str) -> None:
        if name.startswith("__"):
            raise self.fail(node, f"names starting with '__' are not allowed ('{name}')")

    def constant(self, node: ast.Constant) -> Fn:
        value = node.value
        if not isinstance(value, bool | int | float | str):
            hint = "; use false or 0" if value is None else ""
            raise self.fail(node, f"the value {value!r} is not allowed in conditions{hint}")
        if isinstance(value, float) and not math.isfinite(value):
            raise self.fail(node, "this number is too large to compare with")
        return lambda s, d: value

    def call(self, node: ast.Call) -> Fn:
        func = node.func
        if not isinstance(func, ast.Name):
            if type(func) in _FORBIDDEN:
                raise self.forbidden(func)
            raise self.fail(func, "only has(), seen() and visited() can be called")
        if func.id not in FUNCTIONS:
            raise self.fail(func, f"unknown function '{func.id}'"
                                  f"{did_you_mean(func.id.lower(), FUNCTIONS)}; conditions "
                                  "may call has(), seen() and visited()")
        if node.keywords or len(node.args) != 1:
            raise self.fail(node, f"{func.id}() takes exactly one {FUNCTIONS[func.id]}")
        arg = node.args[0]
        if isinstance(arg, ast.Name):
            self._check_name(arg, arg.id)
            target = arg.id
        elif isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            target = arg.value
        else:
            raise self.fail(arg, f"the argument of {func.id}() must be {_ARGUMENTS[func.id]},"
                                 " bare or quoted")
        self.refs.append(Ref(func.id, target, self.offset(arg)))
        if func.id == "has":
            return lambda s, d: s.has(target)
        if func.id == "seen":
            return lambda s, d: s.seen(target)
        return lambda s, d: s.has_visited(target)
