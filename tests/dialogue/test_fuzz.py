"""Bad input never crashes loading or lint, every problem points at a file and line, and
input that cannot be right is reported as an error, in the file that holds it.

Every example works in a fresh copy of the good fixture, so no example sees what another
wrote. Bounded under ``make test``; ``make soak`` runs the hypothesis profile ``soak``,
which scales every test here (the mutation test gets the largest share).
"""

from __future__ import annotations

import shutil
import string
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.content.yamldepth import safe_loader
from game.diagnostics import Diagnostic
from game.dialogue.library import load_campaign
from game.dialogue.lint import lint
from game.dialogue.parse import KEYWORDS, parse_file
from game.dialogue.playtest import play
from tests.support.dialogue import DEMO_NODES, GOOD
from tests.support.soak import examples

SOURCE = DEMO_NODES.read_text(encoding="utf-8")
#: YAML as the game reads it (libyaml when it is there), to tell what is not YAML at all.
#: What a campaign manifest and a mod.yaml cannot do without (docs/modding.md).
MANIFEST_KEYS = {"id", "title", "player", "start"}
MOD_KEYS = {"id", "name", "version"}


@contextmanager
def fresh_root() -> Iterator[Path]:
    """A copy of the good fixture in a folder of its own, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="enamel-fuzz-") as folder:
        root = Path(folder) / "game"
        shutil.copytree(GOOD, root)
        yield root


class Unreadable:
    """Stands for a file that is not UTF-8 text, or not YAML."""


def composed(data: str | bytes) -> Node | type[Unreadable] | None:
    """The root node of a YAML file's content (None when it is empty), or Unreadable."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return Unreadable
    try:
        return yaml.compose(data, Loader=safe_loader())  # the loader the game uses
    except yaml.YAMLError:
        return Unreadable


def not_dialogue(data: str | bytes) -> bool:
    """Content that cannot be a dialogue file: unreadable, or whose top is not a mapping
    (an empty file is only a warning)."""
    root = composed(data)
    return root is Unreadable or (root is not None and not isinstance(root, MappingNode))


def lacks_keys(data: str | bytes, keys: set[str]) -> bool:
    """Content that is not a mapping holding all of ``keys``."""
    root = composed(data)
    if not isinstance(root, MappingNode):
        return True
    return not keys <= {key.value for key, _ in root.value if isinstance(key, ScalarNode)}


def not_a_map(data: bytes) -> bool:
    """Bytes that are not an XML document whose root is <map>."""
    try:
        return ET.fromstring(data).tag != "map"
    except ET.ParseError:
        return True


def check(diagnostics: list[Diagnostic], *, error_in: str | None = None) -> None:
    """Every problem is well formed; with ``error_in``, at least one is an error in a file
    whose path ends so ("" for any file)."""
    for d in diagnostics:
        assert d.path and d.line >= 1 and d.col >= 1, d
        assert d.severity in ("error", "warning")
        assert d.format()
    if error_in is not None:
        errors = [d for d in diagnostics if d.is_error and d.path.endswith(error_in)]
        assert errors, f"no error in {error_in or 'any file'}: {[d.format() for d in diagnostics]}"


def parse_one(folder: Path, data: str | bytes) -> None:
    path = folder / "fuzz.yaml"
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    diagnostics: list[Diagnostic] = []
    parse_file(path, "base", diagnostics)
    check(diagnostics, error_in="fuzz.yaml" if not_dialogue(data) else None)
    assert all(d.path == str(path) for d in diagnostics)


def load_and_play(root: Path, text: str) -> list[Diagnostic]:
    """Load the demo campaign with ``text`` as its dialogue file and play a few nodes."""
    (root / "dialogue" / "demo" / "main.yaml").write_text(text, encoding="utf-8")
    campaign, diagnostics = load_campaign("demo", root=root, user_mods=False)
    check(diagnostics, error_in="main.yaml" if not_dialogue(text) else None)
    if campaign is None:
        check(diagnostics, error_in="")  # nothing loaded: the modder is told why
        return diagnostics
    for node in list(campaign.nodes)[:3]:
        result = play(campaign, start=node)
        assert result.events >= 1
    return diagnostics


@given(st.binary(max_size=400))
def test_random_bytes_in_a_dialogue_file(data):
    with tempfile.TemporaryDirectory(prefix="enamel-fuzz-") as folder:
        parse_one(Path(folder), data)


@given(st.text(alphabet=string.printable + "é*&!|>{}[]-:#'\"", max_size=300))
def test_random_text_in_a_dialogue_file(text):
    with tempfile.TemporaryDirectory(prefix="enamel-fuzz-") as folder:
        parse_one(Path(folder), text)


VALUES = ["[1, 2]", "{a: b}", "42", "~", "true", "''", "-3.5", "[]", "{max: hi}", "'x.y'",
          "!!str 7", "*", "&a x"]
WORDS = [*sorted(KEYWORDS), "max", "elena", "vance", "id", "option"]


@st.composite
def mutations(draw: st.DrawFn) -> str:
    """The good dialogue file with one to four lines deleted, repeated, swapped, given
    another value, indented differently or given another keyword: every choice is drawn,
    so a failure shrinks to the fewest, simplest edits."""
    lines = SOURCE.splitlines()
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        edit = draw(st.sampled_from(["delete", "repeat", "swap", "value", "indent", "word"]))
        if edit == "delete":
            del lines[i]
        elif edit == "repeat":
            lines.insert(i, lines[i])
        elif edit == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif edit == "value" and ":" in lines[i]:
            head, _, _ = lines[i].partition(":")
            lines[i] = f"{head}: {draw(st.sampled_from(VALUES))}"
        elif edit == "indent":
            lines[i] = " " * draw(st.integers(0, 8)) + lines[i].lstrip()
        elif edit == "word":
            word = draw(st.sampled_from(WORDS))
            lines[i] = lines[i].replace(lines[i].strip().split(":")[0].lstrip("- "), word, 1)
    return "\n".join(lines) + "\n"


@pytest.mark.soak
@examples(1.5)
@given(mutations())
def test_mutated_valid_files_load_and_play(text):
    with fresh_root() as root:
        load_and_play(root, text)


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-3, 100), st.floats(allow_nan=False),
                    st.text(max_size=12), st.sampled_from(sorted(KEYWORDS)))
KEYS = st.sampled_from([*sorted(KEYWORDS), "max", "max happy", "elena", "vance", "id", "then",
                        "option", "do", "claims", "present", "press", "win", "lose",
                        "credibility", "map", "spawn", "logs"])
TREES = st.recursive(SCALARS, lambda children: st.lists(children, max_size=4)
                     | st.dictionaries(KEYS, children, max_size=4), max_leaves=25)


NOT_STEP_TAGS = {"tag:yaml.org,2002:null", "tag:yaml.org,2002:bool"}


def not_steps(text: str) -> set[int]:
    """Lines of the steps, in a node's list, that are nothing, true/false or a list."""
    root = composed(text)
    assert isinstance(root, MappingNode)
    return {step.start_mark.line + 1 for _, steps in root.value
            if isinstance(steps, SequenceNode) for step in steps.value
            if isinstance(step, SequenceNode) or step.tag in NOT_STEP_TAGS}


@given(st.dictionaries(st.sampled_from(["start", "desk", "showdown", "aside", "extra"]),
                       st.lists(TREES, max_size=6), min_size=1, max_size=4))
def test_generated_shapes_with_wrong_types(nodes):
    text = yaml.safe_dump(nodes, allow_unicode=True)
    with fresh_root() as root:
        diagnostics = load_and_play(root, text)
    # each of those is an error at its own line, however many other mistakes are around
    errors_at = {d.line for d in diagnostics if d.is_error and d.path.endswith("main.yaml")}
    assert not_steps(text) <= errors_at, text


@given(st.binary(max_size=300))
def test_random_manifest_and_map(data):
    with fresh_root() as root:
        (root / "dialogue" / "demo" / "campaign.yaml").write_bytes(data)
        check(lint(root=root, user_mods=False),
              error_in="campaign.yaml" if lacks_keys(data, MANIFEST_KEYS) else None)
    with fresh_root() as root:
        (root / "maps" / "lobby.tmx").write_bytes(data)
        check(lint(root=root, user_mods=False),
              error_in="lobby.tmx" if not_a_map(data) else None)


@given(st.binary(max_size=200), st.text(max_size=100))
def test_random_mods(data, text):
    with fresh_root() as root:
        mod = root.parent / "mods" / "fuzzed"
        (mod / "dialogue" / "demo").mkdir(parents=True)
        (mod / "mod.yaml").write_bytes(data)
        check(lint([mod], root=root, user_mods=False),
              error_in="mod.yaml" if lacks_keys(data, MOD_KEYS) else None)
        (mod / "mod.yaml").write_text("id: fuzzed\nname: F\nversion: '1'\n", encoding="utf-8")
        (mod / "dialogue" / "demo" / "x.yaml").write_text(text, encoding="utf-8")
        check(lint([mod], root=root, user_mods=False),
              error_in="x.yaml" if not_dialogue(text) else None)
