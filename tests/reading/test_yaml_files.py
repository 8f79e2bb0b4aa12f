"""Every kind of YAML file the game reads is refused the same way, at the right place.

Dialogue files, campaign manifests, ``mod.yaml``, nanobot levels and playtest scripts
are all read by ``game.content.yamlread``. For each kind and under both YAML loaders
(libyaml and pure Python, tests/support/yaml_backends.py): bytes that are not UTF-8,
a file over its size limit, tags outside YAML's core schema, merge keys, tab
indentation and numbers that are not finite each give an error at their line and
column, and reading never raises.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from game.content import yamlread
from game.content.textread import size_text
from tests.support.reading import IDS, KINDS, Kind, at, located, shown
from tests.support.yaml_backends import yaml_backend  # noqa: F401

pytestmark = pytest.mark.usefixtures("yaml_backend")


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_the_good_file_is_clean(tmp_path, kind: Kind):
    path = kind.write(tmp_path, kind.good())
    assert not [d for d in kind.read(path) if d.is_error], shown(kind.read(path))


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_bytes_that_are_not_utf8_are_located(tmp_path, kind: Kind):
    text = kind.good()
    line, col = located(text, f"{kind.key}: ")
    col += len(f"{kind.key}: ")
    data = text.replace(f"{kind.key}: {kind.number}", f"{kind.key}: é\udcff", 1)
    path = kind.write(tmp_path, data.encode("utf-8", "surrogateescape"))  # é, then byte 0xff
    found = kind.read(path)
    assert [(d.severity, d.line, d.col) for d in found] == [("error", line, col + 1)], \
        shown(found)


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_a_byte_order_mark_is_fine(tmp_path, kind: Kind):
    path = kind.write(tmp_path, b"\xef\xbb\xbf" + kind.good().encode("utf-8"))
    assert not [d for d in kind.read(path) if d.is_error], shown(kind.read(path))


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_utf16_is_refused_at_the_start(tmp_path, kind: Kind):
    path = kind.write(tmp_path, kind.good().encode("utf-16"))
    found = kind.read(path)
    assert [(d.severity, d.line, d.col) for d in found] == [("error", 1, 1)], shown(found)


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_a_file_over_its_size_limit_is_refused_before_reading(tmp_path, kind: Kind):
    path = kind.write(tmp_path, kind.good())
    with open(path, "r+b") as stream:  # sparse: the rest reads as NUL bytes
        stream.truncate(kind.file_kind.max_bytes + 1)
    start = time.perf_counter()
    found = kind.read(path)
    assert time.perf_counter() - start < 2.0
    # Read, the NUL after the good text would be an error further down the file.
    assert [(d.severity, d.line, d.col) for d in found] == [("error", 1, 1)], shown(found)
    assert size_text(kind.file_kind.max_bytes) in found[0].message  # the limit
    assert size_text(kind.file_kind.max_bytes + 1) in found[0].message  # the file's size


TAGS = ["!custom 3", "!!python/object/apply:os.system ['true']", "!!binary aGk=",
        "!<tag:example.com,2045:x> 3", "!!set {a: null}"]


@pytest.mark.parametrize("tag", TAGS, ids=["local", "python", "binary", "verbatim", "set"])
@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_a_tag_outside_the_core_schema_is_a_located_error(tmp_path, monkeypatch, kind, tag):
    calls = []
    monkeypatch.setattr("os.system", lambda *a: calls.append(a))
    text = kind.text.replace("NUMBER", tag)
    line, col = located(text, tag)
    found = kind.read(kind.write(tmp_path, text))
    assert not calls
    here = at(found, line, col)
    assert here and tag.split()[0].rstrip(">").lstrip("!<") in here[0].message, shown(found)
    assert len([d for d in found if d.is_error]) == 1, shown(found)  # the value is left out


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_a_core_tag_on_the_wrong_kind_of_value_is_a_located_error(tmp_path, kind):
    text = kind.text.replace("NUMBER", "!!str [1, 2]")
    line, col = located(text, "!!str")
    found = kind.read(kind.write(tmp_path, text))
    assert [d for d in at(found, line, col) if "!!str" in d.message], shown(found)


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_core_tags_are_read(tmp_path, kind):
    text = kind.text.replace("NUMBER", f"!!int {kind.number}")
    found = kind.read(kind.write(tmp_path, text))
    assert not [d for d in found if d.is_error], shown(found)


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_a_merge_key_is_a_located_error(tmp_path, kind):
    text = kind.text.replace(f"{kind.key}: NUMBER", f"<<: {{{kind.key}: {kind.number}}}")
    line, col = located(text, "<<")
    found = kind.read(kind.write(tmp_path, text))
    assert [d for d in at(found, line, col) if "merge" in d.message], shown(found)


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_a_tab_in_the_indentation_has_the_hint(tmp_path, kind):
    text = kind.good()
    line = next(i for i, row in enumerate(text.split("\n"), 1) if row.startswith("  "))
    rows = text.split("\n")
    rows[line - 1] = "\t" + rows[line - 1][2:]
    found = kind.read(kind.write(tmp_path, "\n".join(rows)))
    assert [(d.severity, d.line, d.col) for d in found] == [("error", line, 1)], shown(found)
    assert "(YAML indents with spaces, not tabs)" in found[0].message  # our hint


@pytest.mark.parametrize("number", [".nan", ".NaN", ".inf", "-.inf", "+.INF", "1.0e+999"])
@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_a_number_that_is_not_finite_is_a_located_error(tmp_path, kind, number):
    text = kind.text.replace("NUMBER", number)
    line, col = located(text, number)
    found = kind.read(kind.write(tmp_path, text))
    assert at(found, line, col), shown(found)
    assert all(d.line == line for d in found if d.is_error), shown(found)


@pytest.mark.parametrize("kind", [k for k in KINDS if k.name != "mod"],  # mod: an integer
                         ids=[i for i in IDS if i != "mod"])
def test_a_number_too_large_to_add_is_a_located_error(tmp_path, kind):
    text = kind.text.replace("NUMBER", "1.0e+301")
    line, col = located(text, "1.0e+301")
    found = kind.read(kind.write(tmp_path, text))
    assert at(found, line, col), shown(found)


def test_a_tag_on_a_list_is_one_error(tmp_path):
    (level,) = [kind for kind in KINDS if kind.name == "level"]
    text = level.good().replace("program:", "program: !steps")
    line, col = located(text, "!steps")
    found = level.read(level.write(tmp_path, text))
    assert [(d.line, d.col) for d in found if d.is_error] == [(line, col)], shown(found)


def test_a_tag_under_a_key_the_level_ignores_is_still_an_error(tmp_path):
    (level,) = [kind for kind in KINDS if kind.name == "level"]
    text = level.good() + "colour: !!python/name:os.system x\n"
    line, col = located(text, "!!python")
    found = level.read(level.write(tmp_path, text))
    assert at(found, line, col), shown(found)


@pytest.mark.parametrize("word", ["=", "<<"])
def test_words_yaml_once_gave_special_tags_are_text(tmp_path, word):
    (dialogue,) = [kind for kind in KINDS if kind.name == "dialogue"]
    text = dialogue.good().replace("Hello.", word)
    found = dialogue.read(dialogue.write(tmp_path, text))
    assert not [d for d in found if d.is_error], shown(found)


def test_every_kind_is_tested_and_its_limit_documented():
    docs = Path(__file__).resolve().parents[2] / "docs"
    assert {kind.file_kind for kind in KINDS} == set(yamlread.KINDS)
    for file_kind in yamlread.KINDS:
        doc = "modding-levels.md" if file_kind is yamlread.LEVEL else "modding.md"
        text = (docs / doc).read_text(encoding="utf-8")
        assert f"{size_text(file_kind.max_bytes)}" in text, (doc, file_kind)
