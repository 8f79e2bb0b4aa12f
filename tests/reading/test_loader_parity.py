"""libyaml and the pure-Python loader give the very same diagnostics for broken files.

Every broken file here is read by each kind of reader under both loaders
(tests/support/yaml_backends.py) and the two lists of diagnostics compared, place
and words: the problems the loaders word differently are worded by us.
"""

from __future__ import annotations

import pytest

from game.content import yamlread
from game.diagnostics import Sink
from tests.support.reading import IDS, KINDS, Kind, shown
from tests.support.yaml_backends import HAS_LIBYAML, use_backend

pytestmark = pytest.mark.skipif(not HAS_LIBYAML, reason="needs libyaml to compare with")


def broken_files(kind: Kind) -> list[str]:
    good, slot = kind.good(), f"{kind.key}: {kind.number}"
    return [
        kind.text.replace("NUMBER", ".nan"),
        kind.text.replace("NUMBER", "!custom 3"),
        kind.text.replace(f"{kind.key}: NUMBER", f"<<: {{{kind.key}: 1}}"),
        "\t" + good,
        good.replace(slot, f"{kind.key}: 'unclosed"),
        good.replace(slot, f"{kind.key}: [1, 2"),
        good.replace(slot, f"{kind.key}: a: b"),
        good + "---\nmore: 1\n",
        good.replace(slot, f"{kind.key}: @x"),
        good.replace(slot, f"{kind.key}: `x"),
        good.replace(slot, f"{kind.key}: éé\x07"),
        good.replace(slot, f'{kind.key}: "é\\q"'),
        good.replace(slot, f"{kind.key}: *nowhere"),
        good.replace(slot, f"{kind.key}: |x\n"),
    ]


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_both_loaders_give_the_same_diagnostics(tmp_path, kind: Kind):
    for text in broken_files(kind):
        path = kind.write(tmp_path, text)
        found = {}
        for backend in ("libyaml", "pure"):
            with use_backend(backend):
                found[backend] = shown(kind.read(path))
        assert found["libyaml"] == found["pure"], text
        assert any(": error: " in line for line in found["pure"]), (text, found["pure"])


SYNTAX = {
    "tab": ("a:\n\tb: 1\n", 2, 1),
    "tab after a dash": ("a:\n  -\tb: 1\n", 2, 4),
    "unclosed quote": ("a: 'x\nb: 2\n", 1, 4),
    "unclosed list": ("a: [x, y\nb: c\n", 2, 2),
    "colon in a value": ("a: Note: x\n", 1, 8),
    "second document": ("a: 1\n---\nb: 2\n", 2, 1),
    "at sign": ("a: @x\n", 1, 4),
    "alias": ("a: *x y\n", 1, 4),
    "bad escape": ('a: "\\q"\n', 1, 5),
    "control character after accents": ("a: éé\x07\n", 1, 6),
    "missing colon": ("a: b\n c\nd\n", 3, 1),
    "bad indentation": ("a:\n  b: 1\n c: 2\n", 3, 2),
    "block scalar header": ("a: |x\n  b\n", 1, 5),
}


@pytest.mark.parametrize(("text", "line", "col"), SYNTAX.values(), ids=SYNTAX.keys())
def test_syntax_errors_have_our_place_and_words(text, line, col):
    said = []
    for backend in ("libyaml", "pure"):
        with use_backend(backend):
            diagnostics = []
            assert yamlread.compose_text(text, Sink("x.yaml", diagnostics)) is None
            said.append([(d.line, d.col, d.message) for d in diagnostics])
    assert said[0] == said[1]
    ((found_line, found_col, _),) = said[0]
    assert (found_line, found_col) == (line, col)

