"""Bad input never crashes loading or lint, and every problem points at a file and line.

Bounded under ``make test``; ``make soak`` runs the hypothesis profile ``soak`` and
the longer mutation loop.
"""

from __future__ import annotations

import random
import shutil
import string
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from game.diagnostics import Diagnostic
from game.dialogue.library import load_campaign
from game.dialogue.lint import lint
from game.dialogue.parse import KEYWORDS, parse_file
from game.dialogue.playtest import play
from tests.support.dialogue import DEMO_NODES, GOOD
from tests.support.soak import soak_scale

SOURCE = DEMO_NODES.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("fuzz") / "game"
    shutil.copytree(GOOD, root)
    return root


def check(diagnostics: list[Diagnostic]) -> None:
    for d in diagnostics:
        assert d.path and d.line >= 1 and d.col >= 1, d
        assert d.severity in ("error", "warning")
        assert d.format()


def load_and_play(root: Path, text: str | bytes, rel: str = "dialogue/demo/main.yaml") -> None:
    path = root / rel
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    campaign, diagnostics = load_campaign("demo", root=root, user_mods=False)
    check(diagnostics)
    if campaign is not None:
        for node in list(campaign.nodes)[:3]:
            result = play(campaign, start=node)
            assert result.events >= 1


@given(st.binary(max_size=400))
def test_random_bytes_in_a_dialogue_file(root, data):
    path = root / "dialogue" / "demo" / "fuzz.yaml"
    path.write_bytes(data)
    diagnostics: list[Diagnostic] = []
    parse_file(path, "base", diagnostics)
    check(diagnostics)
    assert all(d.path == str(path) for d in diagnostics)
    path.unlink()


@given(st.text(alphabet=string.printable + "é*&!|>{}[]-:#'\"", max_size=300))
def test_random_text_in_a_dialogue_file(root, text):
    path = root / "dialogue" / "demo" / "fuzz.yaml"
    path.write_text(text, encoding="utf-8")
    diagnostics: list[Diagnostic] = []
    parse_file(path, "base", diagnostics)
    check(diagnostics)
    path.unlink()


def _mutate(text: str, rng: random.Random) -> str:
    lines = text.splitlines()
    for _ in range(rng.randint(1, 4)):
        if not lines:
            break
        i = rng.randrange(len(lines))
        kind = rng.randrange(6)
        if kind == 0:
            del lines[i]
        elif kind == 1:
            lines.insert(i, lines[i])
        elif kind == 2:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == 3 and ":" in lines[i]:
            head, _, _ = lines[i].partition(":")
            value = rng.choice(["[1, 2]", "{a: b}", "42", "~", "true", "''", "-3.5", "[]",
                                "{max: hi}", "'x.y'", "!!str 7", "*", "&a x"])
            lines[i] = f"{head}: {value}"
        elif kind == 4:
            lines[i] = " " * rng.randint(0, 8) + lines[i].lstrip()
        else:
            word = rng.choice([*sorted(KEYWORDS), "max", "elena", "vance", "id", "option"])
            lines[i] = lines[i].replace(lines[i].strip().split(":")[0].lstrip("- "), word, 1)
    return "\n".join(lines) + "\n"


@given(st.integers(0, 2**32 - 1))
def test_mutated_valid_files_load_and_play(root, seed):
    load_and_play(root, _mutate(SOURCE, random.Random(seed)))


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-3, 100), st.floats(allow_nan=False),
                    st.text(max_size=12), st.sampled_from(sorted(KEYWORDS)))
KEYS = st.sampled_from([*sorted(KEYWORDS), "max", "max happy", "elena", "vance", "id", "then",
                        "option", "do", "claims", "present", "press", "win", "lose",
                        "credibility", "map", "spawn", "logs"])
TREES = st.recursive(SCALARS, lambda children: st.lists(children, max_size=4)
                     | st.dictionaries(KEYS, children, max_size=4), max_leaves=25)


@given(st.dictionaries(st.sampled_from(["start", "desk", "showdown", "aside", "extra"]),
                       st.lists(TREES, max_size=6), min_size=1, max_size=4))
def test_generated_shapes_with_wrong_types(root, nodes):
    load_and_play(root, yaml.safe_dump(nodes, allow_unicode=True))


@given(st.binary(max_size=300))
def test_random_manifest_and_map(root, data):
    manifest = root / "dialogue" / "demo" / "campaign.yaml"
    lobby = root / "maps" / "lobby.tmx"
    saved = manifest.read_bytes(), lobby.read_bytes()
    try:
        manifest.write_bytes(data)
        check(lint(root=root, user_mods=False))
        manifest.write_bytes(saved[0])
        lobby.write_bytes(data)
        check(lint(root=root, user_mods=False))
    finally:
        manifest.write_bytes(saved[0])
        lobby.write_bytes(saved[1])


@given(st.binary(max_size=200), st.text(max_size=100))
def test_random_mods(root, data, text):
    mod = root.parent / "mods" / "fuzzed"
    (mod / "dialogue" / "demo").mkdir(parents=True, exist_ok=True)
    (mod / "mod.yaml").write_bytes(data)
    check(lint([mod], root=root, user_mods=False))
    (mod / "mod.yaml").write_text("id: fuzzed\nname: F\nversion: '1'\n", encoding="utf-8")
    (mod / "dialogue" / "demo" / "x.yaml").write_text(text, encoding="utf-8")
    diagnostics = lint([mod], root=root, user_mods=False)
    check(diagnostics)


@pytest.mark.soak
def test_many_mutations(root):
    rng = random.Random(2045)
    for _ in range(soak_scale(30, 3000)):
        load_and_play(root, _mutate(SOURCE, rng))
