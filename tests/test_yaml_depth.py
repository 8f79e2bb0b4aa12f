"""The nesting guard every content reader runs before composing YAML.

:func:`nesting_problem` must name exactly the first list or mapping past the
limit, as counting the parser's events does, whatever the text: its quick bound
may only ever say "shallow" when the text is. Each case runs under libyaml and
under the pure-Python loader (tests/support/yaml_backends.py).
"""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from game.content.yamldepth import nesting_problem, safe_loader
from tests.support.soak import examples
from tests.support.yaml_backends import BACKENDS, use_backend

#: Texts that look like brackets, quotes, comments, tags and block indicators.
TRICKY = ["a", "]", "}", "[", "{", "]]", "x]y", "'q", '"', "#c", " #c", "!t", "- ", ": z",
          "", "it's", "[]", "{}", "a\nb]", "]\n]", "- - x", "? k", "\t"]


def first_too_deep(text: str, limit: int) -> tuple[int, int] | None:
    """(line, col) of the first collection deeper than ``limit``, counting every event."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=safe_loader()):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > limit:
                    return event.start_mark.line + 1, event.start_mark.column + 1
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        pass
    return None


def found(text: str, limit: int) -> tuple[int, int] | None:
    problem = nesting_problem(text, limit)
    return None if problem is None else (problem.line, problem.col)


data = st.recursive(
    st.sampled_from(TRICKY) | st.integers(),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.sampled_from(TRICKY), inner, max_size=3),
    max_leaves=40,
)


@st.composite
def dumped(draw: st.DrawFn) -> str:
    """YAML as people and tools write it: block, flow or mixed, any quoting and width."""
    return yaml.safe_dump(
        draw(data), default_flow_style=draw(st.sampled_from([None, True, False])),
        default_style=draw(st.sampled_from([None, '"', "'"])),
        width=draw(st.sampled_from([10, 80, 1000])), indent=draw(st.sampled_from([2, 3, 4])),
        allow_unicode=True)


#: Raw text, mostly not YAML at all: where a wrong quick bound would hide depth.
scraps = st.lists(st.sampled_from([*TRICKY, "  ", "\n", "\n  ", ",", "|", ">", "&x ", "*x",
                                   "!t ", "\r", "\\", "\u2028", "\ufeff"]),
                  max_size=60).map("".join)


@pytest.mark.parametrize("backend", BACKENDS)
@examples(1.0)
@given(text=dumped() | scraps, limit=st.integers(1, 8))
def test_the_guard_finds_what_counting_events_finds(backend, text, limit):
    with use_backend(backend):
        assert found(text, limit) == first_too_deep(text, limit)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("text", [
    "a: " + '[ "]", ' * 12 + "x" + "]" * 12,  # closing brackets in quotes close nothing
    "a: " + "[ # ]\n" * 12 + "x" + "]" * 12,  # nor in comments
    "a: " + "[ 'it''s ]', " * 12 + "x" + "]" * 12,  # nor after an escaped quote
    "a: [\n" + '[ "]]",\n' * 11 + "x\n" + "]\n" * 12,  # on short lines too
    "a: [\n" + "[ # ]]\n" * 11 + "x\n" + "]\n" * 12,
    "k:\n" + "".join(" " * (2 * i) + "- k:\n" for i in range(12)),  # lists under their keys
    "".join(" " * i + "k:\n" + " " * i + "-\n" for i in range(6)),  # two levels a column
    "- " * 12 + "x",
    "\ufeff" + "- " * 12 + "x",
    "a:\r" + "".join(" " * i + f"k{i}:\r" for i in range(1, 12)) + " " * 12 + "end",
], ids=["quotes", "comments", "escaped-quote", "quotes-short-lines", "comments-short-lines",
        "lists-under-keys", "two-levels-a-column", "dashes", "bom-dashes", "cr-line-breaks"])
def test_the_guard_is_not_fooled(backend, text):
    with use_backend(backend):
        assert found(text, 10) == first_too_deep(text, 10) is not None
