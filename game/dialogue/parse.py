"""Dialogue files: a mapping of node ids to lists of steps (docs/modding.md has the format).

Parsing reads the composed YAML of one file into :mod:`game.dialogue.model`
steps. It needs nothing but the file: whether a speaker, node or map exists is
for lint to say. A step with a problem is reported and left out; the rest of
the node still loads.

Steps with a keyword of their own (set, goto, warp, minigame...) are read as
their declaration in :mod:`game.dialogue.steps` says; this module parses lines
and the structural steps (choice, if/elif/else, once, debate).
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.diagnostics import Diagnostic, Sink, did_you_mean
from game.dialogue import model as m
from game.dialogue import steps
from game.dialogue.conditions import ConditionError, cached_condition
from game.dialogue.markup import PLAIN, parse_markup
from game.dialogue.steps.args import RESERVED_NAMES as RESERVED_NAMES
from game.dialogue.textvars import Template, literal, needs_template, parse_text
from game.dialogue.yamlsource import (
    ID_RE,
    MAP,
    STR,
    Reader,
    position,
    read_mapping_file,
)

#: Every step keyword with the other keys its step may have, and every keyword (both live
#: views of the step registry, game.dialogue.steps).
STEP_KEYS = steps.STEP_KEYS
KEYWORDS = steps.KEYWORDS
LINE_KEYS = frozenset({"id"})
OPTION_KEYS = frozenset({"option", "id", "if", "enabled_if", "once", "do"})
DEBATE_KEYS = frozenset({"id", "credibility", "penalty", "fumbles", "claims", "wrong", "fail",
                         "fail_again"})
CLAIM_KEYS = frozenset({"id", "if", "press", "present", "wrong"})
MAX_DEPTH = 40

LINE_ID_RE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.:-]*\Z")
_LOWER_WORD_RE = re.compile(r"[a-z_]+\Z")
_ID_MATCH = ID_RE.match
_SEP = "\x1f"  # between the parts hashed into a derived id

Fields = dict[str, tuple[ScalarNode, Node]]


def _fields(entries: list[tuple[str, ScalarNode, Node]]) -> Fields:
    return {key: (key_node, value) for key, key_node, value in entries}


def parse_file(path: Path, origin: str, diagnostics: list[Diagnostic]) -> list[m.Node]:
    """The nodes of one dialogue file, in file order."""
    found = read_mapping_file(path, Sink(path, diagnostics),
                              "a mapping of node ids to lists of steps",
                              "this dialogue file has no nodes", empty_is_error=False)
    if found is None:
        return []
    reader, _, entries = found
    nodes = []
    for key, key_node, value in entries:
        if not ID_RE.match(key):
            reader.error(key_node, f"'{key}' is not a valid node id: use letters, digits, "
                                   "'_' and '-'")
            continue
        line, col = position(key_node)
        if isinstance(value, ScalarNode) and value.value == "" and not value.style:
            reader.warning(key_node, f"node '{key}' has no steps")
            steps: m.Steps = ()
        else:
            steps = NodeParser(reader, key).steps(value, 0)
        nodes.append(m.Node(key, str(path), line, col, steps, origin))
    return nodes


class _Elif:
    __slots__ = ("branch", "node")

    def __init__(self, node: Node, branch: tuple[m.CondAt, m.Steps] | None) -> None:
        self.node = node
        self.branch = branch


class _Else:
    __slots__ = ("node", "steps")

    def __init__(self, node: Node, steps: m.Steps) -> None:
        self.node = node
        self.steps = steps


_CLAUSES = (_Elif, _Else)


class NodeParser:
    """Parses the steps of one node; derives line ids that stay stable under edits.

    A line without an explicit ``id`` gets ``<node>.<hash of speaker and text>``,
    plus ``.2``, ``.3``... for repeats of the same line in the node. Editing one
    line changes only that line's id.
    """

    def __init__(self, reader: Reader, node_id: str) -> None:
        self.r = reader
        self.node_id = node_id
        self.counts: dict[str, int] = {}
        #: The structural steps; registered ones go through ``registered``.
        self.handlers = {
            "narrate": self.narrate, "choice": self.choice, "if": self.if_step,
            "elif": self.elif_step, "else": self.else_step, "debate": self.debate,
            "once": self.once,
        }

    # --- ids -----------------------------------------------------------------------------
    def derived_id(self, kind: str, content: str) -> str:
        """``<node>.<6 hex digits of CRC-32 of kind and content>``, ``.2``... for repeats.

        CRC-32 is stable across runs, Python versions and platforms.
        """
        base = f"{self.node_id}.{zlib.crc32(f'{kind}{_SEP}{content}'.encode()) & 0xFFFFFF:06x}"
        n = self.counts.get(base, 0) + 1
        self.counts[base] = n
        return base if n == 1 else f"{base}.{n}"

    def line_id(self, fields: Fields, kind: str, content: str) -> str:
        entry = fields.get("id")
        if entry is not None:
            value = self.r.text(entry[1], "an id")
            if value is not None and LINE_ID_RE.match(value):
                return value
            if value is not None:
                self.r.error(entry[1], f"'{value}' is not a valid id: use letters, digits, "
                                       "'_', '-', '.' and ':'")
        return self.derived_id(kind, content)

    # --- lists of steps ------------------------------------------------------------------
    def steps(self, node: Node, depth: int) -> m.Steps:
        if depth > MAX_DEPTH:
            self.r.error(node, f"steps nested more than {MAX_DEPTH} levels deep")
            return ()
        items = self.r.sequence(node, "a list of steps (each starting with '- ')")
        if items is None:
            return ()
        out: list[m.Step] = []
        plain_line = self.plain_line
        for item in items:
            step = None
            if item.__class__ is MappingNode and len(item.value) == 1:
                step = plain_line(item)  # most steps are lines: try the quick way first
            if step is None:
                step = self.step(item, depth)
            if step.__class__ in _CLAUSES:
                self._attach(out, step)  # type: ignore[arg-type]
            elif step is not None:
                out.append(step)  # type: ignore[arg-type]
        return tuple(out)

    def _attach(self, out: list[m.Step], clause: _Elif | _Else) -> None:
        prev = out[-1] if out else None
        word = "elif" if isinstance(clause, _Elif) else "else"
        if not isinstance(prev, m.IfStep) or prev.otherwise is not None:
            self.r.error(clause.node, f"'{word}' must follow an 'if' or 'elif' step")
        elif isinstance(clause, _Elif):
            if clause.branch is not None:
                out[-1] = m.IfStep(prev.line, prev.col, (*prev.branches, clause.branch), None)
        else:
            out[-1] = m.IfStep(prev.line, prev.col, prev.branches, clause.steps)

    def block(self, node: Node, depth: int) -> m.Steps | None:
        """A nested list of steps; an empty value means no steps."""
        if isinstance(node, ScalarNode) and node.value == "" and not node.style:
            return ()
        return self.steps(node, depth + 1)

    # --- one step ------------------------------------------------------------------------
    def step(self, node: Node, depth: int) -> m.Step | _Elif | _Else | None:
        if isinstance(node, ScalarNode):
            return self.bare(node)
        entries = self.r.mapping(node, "a step")
        if entries is None:
            return None
        fields = _fields(entries)
        kinds = [key for key in fields if key in KEYWORDS]
        if len(kinds) > 1:
            self.r.error(node, f"one step per list item, found '{kinds[0]}' and '{kinds[1]}' "
                               "together (start each step with '- ')")
            return None
        if not kinds:
            return self.say(node, fields)
        kind = kinds[0]
        self.r.unknown_keys(entries, steps.ALLOWED[kind], f"a '{kind}' step")
        declared = steps.get(kind)
        if declared is not None:
            return self.registered_step(declared, node, fields, depth)
        return self.handlers[kind](node, fields, depth)

    def registered_step(self, kind: steps.StepKind, node: Node, fields: Fields, depth: int) -> (
        m.Step | None
    ):
        """A step of the registry: its argument, then its blocks (``win:``, ``lose:``...)."""
        value = kind.arg.read(self.r, fields[kind.name][1], kind.name)
        blocks = [self.block(fields[key][1], depth) if key in fields else None
                  for key in kind.blocks]
        line, col = position(node)
        return None if value is None else kind.make(line, col, value, blocks)

    def plain_line(self, node: MappingNode) -> m.Say | None:
        """The common case, quickly: ``- speaker: text`` with nothing unusual about it.

        Does what ``say`` does, inlined: a big mod is mostly lines.
        """
        key_node, value = node.value[0]
        key = key_node.value
        if (key in KEYWORDS or value.__class__ is not ScalarNode or value.tag != STR
                or key_node.tag != STR or node.tag != MAP or id(node) in self.r.containers):
            return None
        speaker, _, expression = key.partition(" ")
        if not _ID_MATCH(speaker) or (expression and not _ID_MATCH(expression)):
            return None
        self.r.containers.add(id(node))
        text = value.value
        line_id = self.derived_id(speaker, text)
        if "*" in text or "\\" in text or "{" in text or "}" in text or "|" in text:
            return self._line(node, speaker, expression or None, text, line_id, value)
        mark = node.start_mark
        return m.Say(mark.line + 1, mark.column + 1, speaker, expression or None, text, None,
                     line_id)

    def bare(self, node: ScalarNode) -> m.Step | None:
        """``- end``, ``- return``, or a narration line written as a plain text."""
        line, col = position(node)
        text = self.r.text(node, "a step")
        if text is None:
            return None
        if not node.style and text in KEYWORDS:
            kind = steps.get(text)
            if kind is not None and kind.bare:
                return kind.make(line, col, True, [None] * len(kind.blocks))
            self.r.error(node, f"'{text}' needs a value: write '{text}: ...'")
            return None
        if not node.style and _LOWER_WORD_RE.match(text):
            self.r.error(node, f"unknown step '{text}'{did_you_mean(text, KEYWORDS)}; "
                               "to narrate this text, put it in quotes")
            return None
        return self._line(node, None, None, text, self.derived_id("say", text), node)

    def _line(
        self, node: Node, speaker: str | None, expression: str | None, text: str, line_id: str,
        text_node: Node, variations: bool = True,
    ) -> m.Say:
        """A line (or a claim's text): its markup, and its template when it has
        ``{references}`` or ``{variations}`` (the id comes from the text as written)."""
        template, text = self.template(text_node, text, variations)
        plain, spans, problem = parse_markup(text)
        if problem:
            self.r.warning(node, problem)
        if len(spans) == 1 and spans[0][1] == PLAIN:
            spans = None  # type: ignore[assignment]
        mark = node.start_mark
        return m.Say(mark.line + 1, mark.column + 1, speaker, expression, plain, spans, line_id,
                     template)

    def template(self, node: Node, text: str, variations: bool) -> tuple[Template | None, str]:
        """The template of a text (None: nothing to substitute) and the text to show when
        there is none; problems are errors at their column (game.dialogue.textvars)."""
        if not needs_template(text):
            return None, text
        line, col, exact = _text_position(node, text)
        template, problems = parse_text(text, variations=variations, line=line, col=col,
                                        exact=exact)
        for problem in problems:
            self.r.sink.error(line, col + problem.offset if exact else col, problem.message)
        return template, text if template is not None else literal(text)

    def speaker_key(self, fields: Fields, extra: frozenset[str], node: Node) -> (
        tuple[str, str | None, ScalarNode, Node] | None
    ):
        """The one key of a line that names its speaker (``max`` or ``max worried``)."""
        keys = [key for key in fields if key not in extra]
        if len(keys) != 1:
            found = ", ".join(f"'{k}'" for k in keys) or "none"
            self.r.error(node, f"a line has one speaker key and its text (found {found}; "
                               "start each line with '- ')")
            return None
        key = keys[0]
        key_node, value = fields[key]
        parts = key.split()
        if len(parts) > 2 or not all(ID_RE.match(p) for p in parts):
            self.r.error(key_node, f"unknown step or speaker '{key}'; a line is written "
                                   "'speaker: text' or 'speaker expression: text'")
            return None
        return parts[0], (parts[1] if len(parts) == 2 else None), key_node, value

    def say(self, node: Node, fields: Fields) -> m.Say | None:
        found = self.speaker_key(fields, LINE_KEYS, node)
        if found is None:
            return None
        speaker, expression, _, value = found
        text = self.r.text(value, f"the text {speaker} says")
        if text is None:
            return None
        return self._line(node, speaker, expression, text, self.line_id(fields, speaker, text),
                          value)

    def narrate(self, node: Node, fields: Fields, depth: int) -> m.Say | None:
        value = fields["narrate"][1]
        text = self.r.text(value, "the narration's text")
        if text is None:
            return None
        return self._line(node, None, None, text, self.line_id(fields, "say", text), value)

    # --- conditions ----------------------------------------------------------------------
    def cond(self, node: Node) -> m.CondAt | None:
        text = self.r.text(node, "a condition")
        if text is None:
            return None
        start, end = node.start_mark, node.end_mark
        quoted = isinstance(node, ScalarNode) and node.style in ("'", '"')
        inline = start.line == end.line and (not node.style or quoted)
        line, col = start.line + 1, start.column + 1 + (1 if quoted else 0)
        result = cached_condition(text)
        if isinstance(result, ConditionError):
            self.r.sink.error(line, col + result.offset if inline else col, result.message)
            return None
        return m.CondAt(result, line, col, inline)

    # --- choices -------------------------------------------------------------------------
    def choice(self, node: Node, fields: Fields, depth: int) -> m.ChoiceStep | None:
        value = fields["choice"][1]
        items = self.r.sequence(value, "a list of options")
        if items is None:
            return None
        options = [opt for item in items if (opt := self.option(item, depth)) is not None]
        line, col = position(node)
        return m.ChoiceStep(line, col, tuple(options))

    def option(self, node: Node, depth: int) -> m.Option | None:
        line, col = position(node)
        if isinstance(node, ScalarNode):
            text = self.r.text(node, "an option's text")
            if text is None:
                return None
            line_id = self.derived_id("option", text)
            template, shown = self.template(node, text, False)
            plain = parse_markup(shown)[0]
            return m.Option(line, col, plain, line_id, None, None, False, None, template)
        entries = self.r.mapping(node, "an option (option: text, do: steps)")
        if entries is None:
            return None
        self.r.unknown_keys(entries, OPTION_KEYS, "an option")
        fields = _fields(entries)
        if "option" not in fields:
            self.r.error(node, "an option needs 'option:' with the text the player picks")
            return None
        text = self.r.text(fields["option"][1], "an option's text")
        if text is None:
            return None
        template, shown = self.template(fields["option"][1], text, False)
        plain, _, problem = parse_markup(shown)
        if problem:
            self.r.warning(fields["option"][1], problem)
        show_if = self.cond(fields["if"][1]) if "if" in fields else None
        enabled_if = self.cond(fields["enabled_if"][1]) if "enabled_if" in fields else None
        once = bool(self.r.boolean(fields["once"][1], "once")) if "once" in fields else False
        steps = self.block(fields["do"][1], depth) if "do" in fields else None
        line_id = self.line_id(fields, "option", text)
        return m.Option(line, col, plain, line_id, show_if, enabled_if, once, steps, template)

    # --- branches ------------------------------------------------------------------------
    def _clause(self, node: Node, fields: Fields, word: str, depth: int) -> (
        tuple[m.CondAt, m.Steps] | None
    ):
        cond = self.cond(fields[word][1])
        if "then" not in fields:
            self.r.error(node, f"'{word}' needs 'then:' with the steps to run")
            return None
        steps = self.block(fields["then"][1], depth)
        if steps is None:
            return None
        if cond is None:  # reported; the branch stays (never taken) so that lint still
            # checks its steps in the same pass: one round of fixes, not two
            line, col = position(fields[word][1])
            never = cached_condition("false")
            assert not isinstance(never, ConditionError)
            cond = m.CondAt(never, line, col, False)
        return cond, steps

    def if_step(self, node: Node, fields: Fields, depth: int) -> m.IfStep | None:
        clause = self._clause(node, fields, "if", depth)
        line, col = position(node)
        return None if clause is None else m.IfStep(line, col, (clause,), None)

    def elif_step(self, node: Node, fields: Fields, depth: int) -> _Elif:
        return _Elif(node, self._clause(node, fields, "elif", depth))

    def else_step(self, node: Node, fields: Fields, depth: int) -> _Else:
        return _Else(node, self.block(fields["else"][1], depth) or ())

    def once(self, node: Node, fields: Fields, depth: int) -> m.OnceStep | None:
        value = fields["once"][1]
        steps = self.block(value, depth)
        if steps is None:
            return None
        key = self.line_id(fields, "once", _fingerprint(value))
        return m.OnceStep(*position(node), key, steps)

    # --- debates -------------------------------------------------------------------------
    def debate(self, node: Node, fields: Fields, depth: int) -> m.DebateStep | None:
        body = fields["debate"][1]
        entries = self.r.mapping(body, "a debate (claims:, credibility:, wrong:, fail:)")
        if entries is None:
            return None
        self.r.unknown_keys(entries, DEBATE_KEYS, "a debate")
        where = _fields(entries)
        if "claims" not in where:
            self.r.error(body, "a debate needs 'claims:', the list of what is claimed")
            return None
        items = self.r.sequence(where["claims"][1], "a list of claims") or []
        claims = tuple(c for item in items if (c := self.claim(item, depth)) is not None)
        first = claims[0].text if claims else ""
        debate_id = self.line_id(where, "debate", first)
        credibility, expression = self._credibility(where)
        penalty = self._count(where, "penalty", 1)
        fumbles = self._variable(where["fumbles"][1]) if "fumbles" in where else None
        wrong = self.block(where["wrong"][1], depth) if "wrong" in where else None
        fail = self.block(where["fail"][1], depth) if "fail" in where else None
        again = self.block(where["fail_again"][1], depth) if "fail_again" in where else None
        line, col = position(node)
        return m.DebateStep(line, col, debate_id, credibility, penalty, claims, wrong, fail,
                            expression, fumbles, again)

    def _credibility(self, where: Fields) -> tuple[int, m.CondAt | None]:
        """A whole number (at least 1), or an expression like ``"2 + witnesses"`` that is
        worked out as the debate starts."""
        if "credibility" not in where:
            return m.DEFAULT_CREDIBILITY, None
        node = where["credibility"][1]
        if isinstance(node, ScalarNode) and node.tag != STR:
            return self._count(where, "credibility", m.DEFAULT_CREDIBILITY), None
        return m.DEFAULT_CREDIBILITY, self.cond(node)

    def _variable(self, node: Node) -> str | None:
        name = self.r.ident(node, "variable name")
        if name is not None and (name.startswith("__") or name in RESERVED_NAMES):
            self.r.error(node, f"'{name}' cannot be a variable name")
            return None
        return name

    def _count(self, where: Fields, key: str, default: int) -> int:
        if key not in where:
            return default
        value = self.r.integer(where[key][1], key, minimum=1)
        return default if value is None else value

    def claim(self, node: Node, depth: int) -> m.Claim | None:
        entries = self.r.mapping(node, "a claim (speaker: text, press:, present:)")
        if entries is None:
            return None
        fields = _fields(entries)
        found = self.speaker_key(fields, CLAIM_KEYS, node)
        if found is None:
            return None
        speaker, expression, _, value = found
        text = self.r.text(value, "the claim's text")
        if text is None:
            return None
        say = self._line(node, speaker, expression, text, self.line_id(fields, speaker, text),
                         value, variations=False)
        press = self.block(fields["press"][1], depth) if "press" in fields else None
        wrong = self.block(fields["wrong"][1], depth) if "wrong" in fields else None
        answers = self.answers(fields["present"][1], depth) if "present" in fields else ()
        show_if = self.cond(fields["if"][1]) if "if" in fields else None
        return m.Claim(say.line, say.col, speaker, expression, say.text, say.spans, say.line_id,
                       press, answers, wrong, show_if, say.template)

    def answers(self, node: Node, depth: int) -> tuple[m.Answer, ...]:
        entries = self.r.mapping(node, "a mapping of evidence ids to steps (present: "
                                       "{item: [steps]})") or []
        out = []
        for item, key_node, value in entries:
            if not ID_RE.match(item):
                self.r.error(key_node, f"'{item}' is not a valid evidence id")
                continue
            steps = self.block(value, depth) or ()
            line, col = position(key_node)
            out.append(m.Answer(item, line, col, steps))
        return tuple(out)


def _text_position(node: Node, text: str) -> tuple[int, int, bool]:
    """Where a text starts (line, column), and whether its characters map one to one to
    the columns of the file (one line, no escapes)."""
    start, end = node.start_mark, node.end_mark
    style = node.style if isinstance(node, ScalarNode) else "|"
    quoted = style in ("'", '"')
    exact = (style in (None, "", "'", '"') and start.line == end.line
             and end.column - start.column == len(text) + (2 if quoted else 0))
    return start.line + 1, start.column + 1 + (1 if quoted else 0), exact


def _fingerprint(node: Node, depth: int = 0) -> str:
    """The content of a YAML subtree as text (for ids of blocks without an ``id``)."""
    if depth > MAX_DEPTH:
        return ""
    if isinstance(node, ScalarNode):
        return node.value
    if isinstance(node, SequenceNode):
        return "[" + ",".join(_fingerprint(n, depth + 1) for n in node.value) + "]"
    if isinstance(node, MappingNode):
        return "{" + ",".join(f"{_fingerprint(k, depth + 1)}:{_fingerprint(v, depth + 1)}"
                              for k, v in node.value) + "}"
    return ""
