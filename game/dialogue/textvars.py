"""Writers' text features: interpolation and variations in lines (docs/modding.md, "Text").

::

    max_chen: Trust is {trust}. You hold {bot_logs.name}; {elena_rahmani.name} knows.
    max_chen: {Hello|Hello again|You again}, Doctor.     # a sequence: the last one stays
    max_chen: The pods {&hum|whir|click}.                 # a cycle
    max_chen: {!Welcome to the future!|}                  # once-only: each once, then nothing
    max_chen: Pod {~one|two|three} is free.               # a shuffle (seeded: replays match)

- ``{name}`` a story variable's value (unset: the campaign's starting value, else 0);
  ``{id.name}`` the name of an evidence item, or of a speaker.
- ``{a|b|c}`` sequence, ``{&a|b|c}`` cycle, ``{!a|b|c}`` once-only, ``{~a|b|c}`` shuffle
  (every alternative once per round, in an order drawn from the story's text seed).
  An alternative may hold ``{name}`` references, never another variation. Variations
  are for lines and narration; options and debate claims take references only.
- ``{{`` and ``}}`` are literal braces; ``\\{``, ``\\}`` and ``\\|`` a literal brace or bar
  anywhere (inside a variation too). A ``|`` outside braces is an error.

A text is parsed once, when its file is read, into a :class:`Template` (or nothing,
for text without braces and bars: almost every line). The runner renders a template
each time its line is shown: the result is markup (``*emphasis*`` around or inside
braces works as written; the values put in are shown literally, never as markup).

Variations count how many times their line was read in the story state (a line
is counted when the player moves past it, so showing a line again after a load or
a reload shows the same text). Shuffles draw nothing at show time: their order is
worked out from the story's text seed, the variation and the round, so it is the
same however often a line is re-shown; the seed is drawn once from the run's
generator (``GameState.rng``), so runs with the same seed read the same text.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

#: Sigil -> kind of variation (no sigil, with a ``|``: a sequence).
SIGILS = {"&": "cycle", "!": "once", "~": "shuffle"}
SEQUENCE = "sequence"
KINDS = (SEQUENCE, *SIGILS.values())
#: Characters that make a text worth parsing (a text without them is shown as written).
SPECIAL = frozenset("{}|")
_ESCAPED = {"|": "|", "{": "{", "}": "}"}  # \| \{ \} -> the character
_REF_RE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\Z")
_NAME_REF_RE = re.compile(r"([A-Za-z0-9_][A-Za-z0-9_-]*)\.([A-Za-z_][A-Za-z0-9_]*)\Z")
_MASK = (1 << 64) - 1


@dataclass(frozen=True, slots=True)
class Ref:
    """``{trust}`` (kind ``var``) or ``{bot_logs.name}`` (kind ``name``: an evidence item's
    or a speaker's name)."""

    kind: str
    name: str
    offset: int  # of the name, in characters from the start of the text


@dataclass(frozen=True, slots=True)
class Variation:
    kind: str  # one of KINDS
    options: tuple[Parts, ...]
    index: int  # the how-many-th variation of its text (0, 1...): names its counter
    offset: int  # of its '{'


#: Pieces of a text: markup as written (literal braces and bars already unescaped), a
#: reference, or a variation.
Part = str | Ref | Variation
Parts = tuple[Part, ...]


@dataclass(frozen=True, slots=True)
class TextError:
    offset: int
    message: str


@dataclass(frozen=True, slots=True)
class Template:
    """A parsed text, and where it was written (so lint can point at a reference)."""

    parts: Parts
    refs: tuple[Ref, ...]  # every reference, those inside variations too
    variations: tuple[Variation, ...]
    line: int = 0
    col: int = 0
    #: The text sits on one line with no escapes, so offsets map to columns.
    exact: bool = False

    def position(self, offset: int) -> tuple[int, int]:
        return (self.line, self.col + offset) if self.exact else (self.line, self.col)


def needs_template(text: str) -> bool:
    return not SPECIAL.isdisjoint(text)


def parse_text(
    text: str, *, variations: bool = True, line: int = 0, col: int = 0, exact: bool = False
) -> tuple[Template | None, list[TextError]]:
    """The template of a text, and its problems; None when the text has nothing to
    substitute (it is then shown as written, its ``{{`` and ``\\|`` unescaped: use
    :func:`literal`)."""
    parser = _Parser(text, variations)
    parts = parser.parts(0, len(text), in_variation=False)
    if not parser.refs and not parser.variations:
        return None, parser.errors
    return Template(parts, tuple(parser.refs), tuple(parser.variations), line, col,
                    exact), parser.errors


def literal(text: str) -> str:
    """A text without references or variations, as shown: escaped braces and bars
    unescaped."""
    if not needs_template(text):
        return text
    parts = _Parser(text, False).parts(0, len(text), in_variation=False)
    return "".join(p for p in parts if isinstance(p, str))


class _Parser:
    def __init__(self, text: str, variations: bool) -> None:
        self.text = text
        self.allow_variations = variations
        self.errors: list[TextError] = []
        self.refs: list[Ref] = []
        self.variations: list[Variation] = []

    def error(self, offset: int, message: str) -> None:
        self.errors.append(TextError(offset, message))

    def parts(self, start: int, end: int, *, in_variation: bool) -> Parts:
        text = self.text
        out: list[Part] = []
        buf: list[str] = []
        i = start
        while i < end:
            ch = text[i]
            if ch == "\\" and i + 1 < end:
                nxt = text[i + 1]
                buf.append(_ESCAPED.get(nxt, ch + nxt))  # \* and \\ are markup's: kept
                i += 2
            elif text.startswith("{{", i) and i + 1 < end:
                buf.append("{")
                i += 2
            elif text.startswith("}}", i) and i + 1 < end:
                buf.append("}")
                i += 2
            elif ch == "{":
                close = self.closing(i, end)
                if close < 0:
                    self.error(i, "'{' is never closed (write {{ for a brace)")
                    buf.append(text[i:end])
                    break
                if buf:
                    out.append("".join(buf))
                    buf.clear()
                part = self.braces(i, close, in_variation)
                if part is not None:
                    out.append(part)
                i = close + 1
            elif ch == "}":
                self.error(i, "'}' closes no '{' (write }} for a brace)")
                i += 1
            elif ch == "|":
                self.error(i, "'|' outside braces: a variation is written {a|b|c} "
                              "(write \\| for a bar)")
                i += 1
            else:
                buf.append(ch)
                i += 1
        if buf:
            out.append("".join(buf))
        return tuple(out)

    def closing(self, start: int, end: int) -> int:
        """The index of the '}' that closes the '{' at ``start``, or -1."""
        return next((i for i, ch, depth in self.scan(start + 1, end)
                     if ch == "}" and depth == 0), -1)

    def scan(self, start: int, end: int) -> Iterator[tuple[int, str, int]]:
        """The unescaped characters of ``text[start:end]``: (index, character, how deep in
        nested braces it stands)."""
        text = self.text
        depth = 0
        i = start
        while i < end:
            ch = text[i]
            if ch == "\\":
                i += 2
                continue
            yield i, ch, depth
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
            i += 1

    def braces(self, start: int, close: int, in_variation: bool) -> Part | None:
        """What ``{...}`` holds: a reference or a variation (None on an error)."""
        content = self.text[start + 1:close]
        if not content.strip():
            self.error(start, "empty braces: write a variable, 'id.name' or a variation "
                              "{a|b} inside (or {{ for a brace)")
            return None
        sigil = content[0] if content[0] in SIGILS else ""
        bars = self.bars(start + 1 + len(sigil), close)
        if not sigil and not bars:
            return self.reference(start, content)
        if in_variation:
            self.error(start, "a variation inside a variation: write them one after the other")
            return None
        if not self.allow_variations:
            self.error(start, "variations are for lines and narration: an option or a claim "
                              "shows the same text each time (use {variable} references)")
            return None
        kind = SIGILS.get(sigil, SEQUENCE)
        bounds = [start + 1 + len(sigil), *[b + 1 for b in bars]]
        ends = [*bars, close]
        options = tuple(self.parts(a, b, in_variation=True) for a, b in zip(bounds, ends,
                                                                            strict=True))
        if not any(options):
            what = "" if kind == SEQUENCE else f" ({kind})"
            self.error(start, f"this variation{what} has nothing to show: write its "
                              "alternatives between the bars, {a|b|c}")
            return None
        variation = Variation(kind, options, len(self.variations), start)
        self.variations.append(variation)
        return variation

    def bars(self, start: int, close: int) -> list[int]:
        """Offsets of the '|' that separate a variation's alternatives (not in nested
        braces, not escaped)."""
        return [i for i, ch, depth in self.scan(start, close) if ch == "|" and depth == 0]

    def reference(self, start: int, content: str) -> Ref | None:
        name = content.strip()
        offset = start + 1 + (len(content) - len(content.lstrip()))
        if _REF_RE.match(name):
            ref = Ref("var", name, offset)
        elif (match := _NAME_REF_RE.match(name)) is not None:
            if match.group(2) != "name":
                self.error(offset + len(match.group(1)) + 1,
                           f"'.{match.group(2)}': only '.name' can follow an id (the name of "
                           "an evidence item or a speaker)")
                return None
            ref = Ref("name", match.group(1), offset)
        else:
            self.error(start, f"'{{{content}}}' is not a variable, an 'id.name' or a "
                              "variation {a|b|c} (write {{ for a brace)")
            return None
        self.refs.append(ref)
        return ref


# --- showing -----------------------------------------------------------------------------
def escape(value: str) -> str:
    """A value put into a text shows as it is, never as markup."""
    return value.replace("\\", "\\\\").replace("*", "\\*")


def show_value(value: object) -> str:
    """A variable's value as text: ``true``/``false``, ``3``, ``2.5``, the text itself."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:g}"
    return str(value)


def render(parts: Parts, value: Callable[[Ref], str], pick: Callable[[Variation], int | None]
           ) -> str:
    """The markup a template shows now: each reference's ``value`` (escaped), each
    variation's alternative ``pick`` names (None: nothing)."""
    out: list[str] = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        elif isinstance(part, Ref):
            out.append(escape(value(part)))
        else:
            chosen = pick(part)
            if chosen is not None:
                out.append(render(part.options[chosen], value, pick))
    return "".join(out)


def choose(kind: str, count: int, times: int, seed: int, key: str) -> int | None:
    """The alternative a variation of ``count`` alternatives shows the ``times``-th time
    its line is read (from 0); None: nothing (a once-only variation used up)."""
    if kind == SEQUENCE:
        return min(times, count - 1)
    if kind == "cycle":
        return times % count
    if kind == "once":
        return times if times < count else None
    round_, place = divmod(times, count)
    return shuffled(count, seed, key, round_)[place]


def shuffled(count: int, seed: int, key: str, round_: int) -> list[int]:
    """A permutation of ``range(count)`` from the seed, the variation and the round: pure
    integer arithmetic (splitmix64), the same on every machine and Python."""
    state = (seed * 0x9E3779B97F4A7C15 + zlib.crc32(key.encode()) * 0xBF58476D1CE4E5B9
             + round_) & _MASK
    order = list(range(count))
    for i in range(count - 1, 0, -1):
        state, draw = _splitmix(state)
        j = draw % (i + 1)
        order[i], order[j] = order[j], order[i]
    return order


def _splitmix(state: int) -> tuple[int, int]:
    state = (state + 0x9E3779B97F4A7C15) & _MASK
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
    return state, z ^ (z >> 31)


def counter_key(line_id: str, variation: Variation) -> str:
    """The story's counter of one variation: its line's id and its place in the line."""
    return f"{line_id}#{variation.index}"
