"""Reading dialogue files: line ids, the shapes a writer may use, and where errors point.

Tests of what PyYAML reads use the ``yaml_backend`` fixture (tests/support/yaml_backends.py)
and run under libyaml and under the pure-Python loader.
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import pytest

from game.content.yamldepth import MAX_NESTING
from game.diagnostics import Diagnostic
from game.dialogue import model as m
from game.dialogue.markup import parse_markup
from game.dialogue.parse import parse_file
from tests.support.yaml_backends import use_backend, yaml_backend  # noqa: F401


def parse(
    tmp_path: Path, text: str, name: str = "nodes.yaml"
) -> tuple[list[m.Node], list[Diagnostic]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    diagnostics: list[Diagnostic] = []
    return parse_file(path, "base", diagnostics), diagnostics


def line_ids(nodes: list[m.Node]) -> list[str]:
    return [s.line_id for s in nodes[0].steps if isinstance(s, m.Say)]


SCENE = """\
max_intro:
  - max: Welcome to the future of smiles.
  - elena: It smells like a server room.
  - max: Welcome to the future of smiles.
  - "The pods hum."
"""


def test_line_ids_survive_editing_another_line(tmp_path):
    before = line_ids(parse(tmp_path, SCENE)[0])
    edited = SCENE.replace("It smells like a server room.", "It smells of ozone.")
    after = line_ids(parse(tmp_path, edited)[0])
    assert before[0] == after[0] and before[2:] == after[2:]
    assert before[1] != after[1]


def test_line_ids_survive_inserting_and_moving_lines(tmp_path):
    before = line_ids(parse(tmp_path, SCENE)[0])
    lines = SCENE.splitlines()
    moved = "\n".join([lines[0], "  - sam: A new line first.", lines[4], lines[2]]) + "\n"
    after = line_ids(parse(tmp_path, moved)[0])
    assert after[1] == before[3] and after[2] == before[1]


def test_repeated_lines_get_a_counter(tmp_path):
    ids = line_ids(parse(tmp_path, SCENE)[0])
    assert ids[0].startswith("max_intro.") and ids[2] == ids[0] + ".2"
    assert len(set(ids)) == len(ids)


def test_explicit_ids_win(tmp_path):
    nodes, diagnostics = parse(tmp_path, "n:\n  - max: Hi.\n    id: greeting\n"
                                         "  - narrate: Quiet.\n    id: n.quiet\n")
    assert not diagnostics
    assert line_ids(nodes) == ["greeting", "n.quiet"]


def test_bare_words_and_narration(tmp_path):
    nodes, diagnostics = parse(tmp_path, 'n:\n  - end\n  - return\n  - "end"\n'
                                         "  - Silence.\n  - 'It rains: hard.'\n")
    assert not diagnostics
    steps = nodes[0].steps
    assert isinstance(steps[0], m.EndStep) and isinstance(steps[1], m.ReturnStep)
    assert [s.text for s in steps[2:]] == ["end", "Silence.", "It rains: hard."]


def test_a_lowercase_word_is_taken_for_a_mistyped_step(tmp_path):
    _, diagnostics = parse(tmp_path, "n:\n  - ned\n")
    assert diagnostics[0].line == 2 and "did you mean 'end'" in diagnostics[0].message


def test_text_keeps_what_was_written(tmp_path):
    nodes, _ = parse(tmp_path, "n:\n  - max: yes\n  - max: 2045\n  - max: 'on'\n")
    assert [s.text for s in nodes[0].steps] == ["yes", "2045", "on"]


def test_wait_in_ticks_or_seconds(tmp_path):
    nodes, diagnostics = parse(tmp_path, "n:\n  - wait: 45\n  - wait: 1.5s\n  - wait: .25 s\n")
    assert not diagnostics
    assert [s.ticks for s in nodes[0].steps] == [45, 90, 15]


def test_elif_and_else_attach_to_the_if(tmp_path):
    nodes, diagnostics = parse(tmp_path, """\
n:
  - if: a
    then: [end]
  - elif: b
    then: []
  - else:
      - max: c
""")
    assert not diagnostics
    (step,) = nodes[0].steps
    assert isinstance(step, m.IfStep)
    assert [c.condition.source for c, _ in step.branches] == ["a", "b"]
    assert len(step.otherwise) == 1


def test_condition_errors_point_inside_the_expression(tmp_path):
    _, diagnostics = parse(tmp_path, 'n:\n  - if: trust > 1 and a.b\n    then: []\n'
                                     '  - if: "ok and x[0]"\n    then: []\n')
    assert [(d.line, d.col) for d in diagnostics] == [(2, 23), (4, 17)]


@pytest.mark.usefixtures("yaml_backend")
@pytest.mark.parametrize(("text", "line", "col", "fragment"), [
    ("n:\n  - max: Note: this breaks\n", 2, 14, "must be in quotes"),
    ("n:\n  - max: *bold* start\n", 2, 15, "must be in quotes"),
    ("n:\n  - max: hi\n - sam: bad indent\n", 3, 2, "YAML syntax"),
    ("n:\n\t- max: tab\n", 2, 1, "tabs"),
    ("a: 1\n---\nb: 2\n", 2, 1, "one YAML document"),
    ("n:\n  - &a {max: x}\n  - *a\n", 2, 5, "aliases"),
    ("n:\n  - max: !custom x\n", 2, 10, "YAML tag '!custom'"),
    ("n:\n  - max: x\n  - max: y\n    max: z\n", 4, 5, "duplicate key 'max'"),
    ("n:\n  - max: a\n    elena: b\n", 2, 5, "one speaker key"),
    ("n:\n  - goto: a\n    call: b\n", 2, 5, "one step per list item"),
    ("n:\n  - choice:\n      - text: Hi\n", 3, 9, "needs 'option:'"),
    ("n:\n  - if: x\n", 2, 5, "needs 'then:'"),
    ("n:\n  - set: {if: 1}\n", 2, 11, "cannot be a variable name"),
    ("n:\n  - add: {trust: lots}\n", 2, 18, "needs a number"),
    ("n: [max: hi]\nbad id!: []\n", 2, 1, "not a valid node id"),
    ("- max: hi\n", 1, 1, "expected a mapping of node ids"),
])
def test_errors_have_line_and_column(tmp_path, text, line, col, fragment):
    _, diagnostics = parse(tmp_path, text)
    assert any((d.line, d.col) == (line, col) and fragment in d.message
               for d in diagnostics), [d.format() for d in diagnostics]


@pytest.mark.usefixtures("yaml_backend")
def test_unsafe_tags_are_never_constructed(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr("os.system", lambda *a: calls.append(a))
    _, diagnostics = parse(tmp_path, 'n:\n  - max: !!python/object/apply:os.system ["x"]\n')
    assert not calls and "not allowed" in diagnostics[0].message


TOO_DEEP = f"nested more than {MAX_NESTING} levels deep"
N = MAX_NESTING


@pytest.mark.usefixtures("yaml_backend")
@pytest.mark.parametrize(("text", "line", "col"), [
    # The node mapping is level 1, so bracket number N is the first too deep.
    ("n: " + "[" * 20_000 + "]" * 20_000 + "\n", 1, 3 + N),
    ("n: " + "[" * (N + 5) + "]" * (N + 5) + "\n", 1, 3 + N),
    # Indentation alone, and one '- ' after another on a line.
    ("".join(" " * i + f"k{i}:\n" for i in range(N + 5)) + " " * (N + 5) + "end\n",
     N + 1, N + 1),
    ("n:\n  " + "- " * (N + 5) + "x\n", 2, 3 + 2 * (N - 1)),
    # Closing brackets inside quotes and comments do not close anything.
    ("n: " + '[ "]", ' * (N + 5) + "x" + "]" * (N + 5) + "\n", 1, 4 + 7 * (N - 1)),
    ("n: " + "[ # ]\n" * (N + 5) + "x" + "]" * (N + 5) + "\n", N, 1),
], ids=["flow-20000", "flow", "indentation", "dashes", "quoted-closers", "comment-closers"])
def test_deep_nesting_is_refused_before_composing(tmp_path, text, line, col):
    _, diagnostics = parse(tmp_path, text)
    assert [(d.severity, d.line, d.col) for d in diagnostics] == [("error", line, col)], \
        [d.format() for d in diagnostics]
    assert TOO_DEEP in diagnostics[0].message


@pytest.mark.usefixtures("yaml_backend")
@pytest.mark.parametrize("text", [
    "n: " + "[" * (N - 1) + "]" * (N - 1) + "\n",
    "".join(" " * i + f"k{i}:\n" for i in range(N)) + " " * N + "end\n",
    "n:\n  " + "- " * (N - 1) + "x\n",
], ids=["flow", "indentation", "dashes"])
def test_nesting_up_to_the_limit_is_read(tmp_path, text):
    _, diagnostics = parse(tmp_path, text)
    assert not any(TOO_DEEP in d.message or "YAML" in d.message for d in diagnostics), \
        [d.format() for d in diagnostics]


def test_a_nearly_full_stack_gives_an_error_not_a_crash(tmp_path):
    """Nesting within the limit can still overflow the stack of a caller already deep."""
    text = "n: " + "[" * (N - 10) + "]" * (N - 10) + "\n"
    limit = sys.getrecursionlimit()
    with use_backend("pure"):  # the pure-Python composer recurses in Python
        sys.setrecursionlimit(len(inspect.stack(0)) + N)
        try:
            _, diagnostics = parse(tmp_path, text)
        finally:
            sys.setrecursionlimit(limit)
    assert [(d.severity, d.line, d.col) for d in diagnostics] == [("error", 1, 1)]


def test_encoding_problems(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_bytes(b"n:\n  - max: caf\xe9\n")
    diagnostics: list[Diagnostic] = []
    parse_file(path, "base", diagnostics)
    assert (diagnostics[0].line, diagnostics[0].col) == (2, 13)
    path.write_bytes("\ufeffn:\n  - max: café\n".encode())
    diagnostics.clear()
    assert parse_file(path, "base", diagnostics)[0].steps[0].text == "café"


def test_empty_file_and_empty_node_warn(tmp_path):
    _, diagnostics = parse(tmp_path, "# nothing yet\n")
    assert diagnostics[0].severity == "warning"
    nodes, diagnostics = parse(tmp_path, "todo:\n")
    assert nodes[0].steps == () and "no steps" in diagnostics[0].message


@pytest.mark.parametrize(("text", "plain", "spans"), [
    ("plain", "plain", (("plain", "plain"),)),
    ("a *b* c", "a b c", (("a ", "plain"), ("b", "em"), (" c", "plain"))),
    ("**B**!", "B!", (("B", "strong"), ("!", "plain"))),
    (r"2 \* 3", "2 * 3", (("2 * 3", "plain"),)),
    ("", "", ()),
])
def test_markup(text, plain, spans):
    assert parse_markup(text) == (plain, spans, None)


def test_unclosed_markup_is_kept_literally():
    plain, spans, problem = parse_markup("a *b")
    assert plain == "a *b" and spans == (("a *b", "plain"),) and problem
