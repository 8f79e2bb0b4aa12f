"""Bad level files give `path:line:col: error: message`, never a traceback.

Tests of what PyYAML reads use the ``yaml_backend`` fixture (tests/support/yaml_backends.py)
and run under libyaml and under the pure-Python loader.
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import pytest

from game.cli import main
from game.content.yamldepth import MAX_NESTING
from game.nanobots.levels import LevelError, check_levels, level_paths, load_level
from tests.support.reading import LEVEL
from tests.support.yaml_backends import use_backend, yaml_backend  # noqa: F401


def good(stem: str = "test_level") -> str:
    """The reading tests' good level, with this id and a number where NUMBER stands."""
    return LEVEL.replace("id: test_level", f"id: {stem}").replace("NUMBER", "30")



def write(tmp_path: Path, text: str, stem: str = "test_level") -> Path:
    path = tmp_path / f"{stem}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def errors(path: Path) -> list[str]:
    return [str(d) for d in check_levels([path]) if d.severity == "error"]


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_shipped_levels_are_clean():
    assert check_levels(level_paths()) == []


def test_a_good_file_loads(tmp_path):
    level = load_level(write(tmp_path, good()))
    assert level.id == "test_level" and len(level.program) == 2


@pytest.mark.usefixtures("yaml_backend")
def test_yaml_syntax_error_has_its_position(tmp_path):
    text = good().replace("  gain: 30", "  gain: [30")
    path = write(tmp_path, text)
    found = errors(path)
    assert len(found) == 1
    assert found[0].startswith(f"{path}:")
    assert "YAML syntax" in found[0]


def test_unknown_rule_points_at_the_rule(tmp_path):
    text = good().replace("rule: deposit", "rule: depsoit")
    path = write(tmp_path, text)
    line = line_of(text, "depsoit")
    col = text.splitlines()[line - 1].index("depsoit") + 1
    assert errors(path) == [
        f"{path}:{line}:{col}: error: program line 2: unknown rule 'depsoit' (known: seek, "
        "avoid, separate, wander, limit, tradeoff, check_marker, deposit)"
    ]


def test_value_out_of_range(tmp_path):
    text = good().replace("gain: 30", "gain: 500")
    path = write(tmp_path, text)
    (only,) = errors(path)
    assert f":{line_of(text, 'gain: 500')}:" in only
    assert "between 0 and 120, not 500" in only


def test_bad_layout_character_points_into_the_block(tmp_path):
    text = good().replace("..CC..", "..CQ..")
    path = write(tmp_path, text)
    line = line_of(text, "..CQ..")
    col = text.splitlines()[line - 1].index("Q") + 1
    (only,) = errors(path)
    assert only.startswith(f"{path}:{line}:{col}: error: layout: unknown layout character 'Q'")


def test_ragged_layout(tmp_path):
    text = good().replace("DDDDDD", "DDDDD")
    (only,) = errors(write(tmp_path, text))
    assert "5 cells wide, expected 6" in only


def test_id_must_match_the_file_name(tmp_path):
    path = write(tmp_path, good("other"), stem="test_level")
    (only,) = errors(path)
    assert f"{path}:1:5: error: id 'other' must match the file name 'test_level'" == only


def test_missing_keys_and_duplicate_keys(tmp_path):
    text = good().replace("seed: 1\n", "").replace(
        "chapter: 1", "chapter: 1\nchapter: 2")
    found = errors(write(tmp_path, text))
    assert any("missing required key 'seed'" in e for e in found)
    assert any("key 'chapter' appears twice (first on line 4)" in e for e in found)


def test_edit_range_must_contain_the_value(tmp_path):
    text = good().replace("[1.0, 3.0]", "[2.5, 3.0]")
    (only,) = errors(write(tmp_path, text))
    assert "current value 2.0 is outside [2.5, 3]" in only


def test_unknown_top_level_key_is_a_warning(tmp_path):
    path = write(tmp_path, good() + "colour: blue\n")
    (diag,) = check_levels([path])
    assert diag.severity == "warning" and "unknown key 'colour'" in diag.message
    load_level(path)  # warnings do not stop loading


@pytest.mark.usefixtures("yaml_backend")
@pytest.mark.parametrize("text", ["", "just text", "- a list\n", "id: [unclosed\n", "\x00"])
def test_garbage_never_raises_from_check(tmp_path, text):
    found = check_levels([write(tmp_path, text)])
    assert found and all(d.severity in ("error", "warning") for d in found)
    with pytest.raises(LevelError) as info:
        load_level(tmp_path / "test_level.yaml")
    assert str(info.value).startswith(str(tmp_path / "test_level.yaml") + ":")


def test_unreadable_file(tmp_path):
    (only,) = check_levels([tmp_path / "missing.yaml"])
    assert only.line == 1 and "cannot read" in only.message


def test_not_utf8(tmp_path):
    path = tmp_path / "test_level.yaml"
    path.write_bytes(b"id: \xff\xfe\n")
    (only,) = check_levels([path])
    assert "not UTF-8" in only.message


def test_duplicate_ids_across_files(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a = write(tmp_path / "a", good("same"), "same")
    b = write(tmp_path / "b", good("same"), "same")
    found = check_levels([a, b])
    assert any("also used by" in d.message for d in found)


TOO_DEEP = f"nested more than {MAX_NESTING} levels deep"


def deep_level(tmp_path: Path, shape: str) -> tuple[Path, int, int]:
    """A good level with a ``program`` nested far too deep; the path, line and column
    of the first list or mapping past the limit (the top-level mapping is level 1)."""
    text = good().split("program:")[0]
    line = text.count("\n") + 1
    if shape == "flow":
        text += "program: " + "[" * 20_000 + "]" * 20_000 + "\n"
        col = len("program: ") + MAX_NESTING
    else:
        text += "program:\n" + "".join(" " * (i + 1) + f"k{i}:\n" for i in range(MAX_NESTING))
        text += " " * (MAX_NESTING + 1) + "end\n"
        line, col = line + MAX_NESTING, MAX_NESTING + 1
    return write(tmp_path, text), line, col


@pytest.mark.usefixtures("yaml_backend")
@pytest.mark.parametrize("shape", ["flow", "indentation"])
def test_over_deep_nesting_is_one_located_error(tmp_path, shape, capsys):
    path, line, col = deep_level(tmp_path, shape)
    assert main(["levels", "--check", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out.startswith(f"{path}:{line}:{col}: error: {TOO_DEEP}"), out
    assert out.count(": error: ") == 1 and "Traceback" not in out + err
    with pytest.raises(LevelError) as info:  # what the debugger does when it opens a level
        load_level(path)
    (only,) = info.value.diagnostics
    assert (only.path, only.line, only.col) == (str(path), line, col)
    assert TOO_DEEP in only.message


@pytest.mark.usefixtures("yaml_backend")
def test_nesting_up_to_the_limit_is_read(tmp_path):
    text = good().replace(
        "edit: {rate: [1.0, 3.0]}",
        "edit: {rate: [1.0, 3.0]}\n    note: " + "[" * (MAX_NESTING - 3) + "]" * (MAX_NESTING - 3))
    found = check_levels([write(tmp_path, text)])
    assert found and not any(TOO_DEEP in d.message for d in found)
    assert {d.line for d in found} == {line_of(text, "note:")}, found  # just the unknown key


def test_a_nearly_full_stack_gives_an_error_not_a_crash(tmp_path):
    """Nesting within the limit can still overflow the stack of a caller already deep."""
    path = write(tmp_path, "id: " + "[" * (MAX_NESTING - 10) + "]" * (MAX_NESTING - 10) + "\n")
    limit = sys.getrecursionlimit()
    with use_backend("pure"):  # the pure-Python composer recurses in Python
        sys.setrecursionlimit(len(inspect.stack(0)) + MAX_NESTING)
        try:
            found = check_levels([path])
        finally:
            sys.setrecursionlimit(limit)
    assert [(d.severity, d.line, d.col) for d in found] == [("error", 1, 1)]
