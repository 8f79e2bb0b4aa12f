"""Lint finds each kind of mistake, on the right line, in a small broken pack.

Each line of the fixture that lint must complain about ends with a marker,
``# E:kind`` (an error) or ``# W:kind`` (a warning); ``MESSAGES`` says what the
message must contain. Every marker is one test, run under libyaml and under the
pure-Python YAML loader (``BACKENDS`` from tests/support/yaml_backends.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.commands import lint as lint_command
from game.content.yamldepth import MAX_NESTING
from game.diagnostics import Diagnostic
from game.dialogue.library import load_campaign
from game.dialogue.lint import lint
from tests.support.dialogue import BROKEN, GOOD, demo_root
from tests.support.yaml_backends import BACKENDS, use_backend, yaml_backend  # noqa: F401

MESSAGES = {
    "unknown-speaker": "unknown speaker or step 'maxx' (did you mean 'max'?)",
    "unknown-expression": "unknown expression 'sad'",
    "unknown-step": "unknown speaker or step 'jump'",
    "unknown-goto": "goto to unknown node 'nowhere'",
    "unknown-call": "call to unknown node 'nowhere_either'",
    "never-reached": "this step is never reached",
    "unknown-map": "unknown map 'atlantis'",
    "unknown-spawn": "map 'lobby' has no spawn 'roof'",
    "unknown-evidence": "unknown evidence 'unobtainium'",
    "unknown-level": "unknown minigame level 'no_such_level'",
    "unsafe-condition": "attribute access",
    "invalid-condition": "invalid condition",
    "read-never-set": "variable 'mood' is read but never set",
    "set-never-read": "variable 'unused_flag' is set but never read",
    "duplicate-id": "id 'dup_id' is already used",
    "empty-choice": "a choice needs at least one option",
    "all-conditional": "every option has a condition",
    "unknown-key": "unknown key 'volume'",
    "duplicate-key": "duplicate key 'a'",
    "yaml-tag": "YAML tag '!!python/name:os.system' is not allowed",
    "elif-without-if": "'elif' must follow an 'if'",
    "unknown-chapter": "unknown chapter 'seven'",
    "unknown-character": "unknown character 'nobody'",
    "markup": "emphasis that is never closed",
    "unknown-seen": "seen('no_such_line'): no line or node has this id",
    "bad-wait": "is not a wait",
    "unwinnable": "this debate cannot be won",
    "cannot-refute": "this claim cannot be refuted: no step gives 'reports'",
    "return-outside-call": "'return' in node 'lonely', which no step calls",
    "unreachable": "node 'island' is never reached",
    "syntax": "(YAML indents with spaces, not tabs)",  # our hint, whatever PyYAML says
    "missing-portrait": "no portrait 'ghost_portrait'",
    "never-given": "evidence 'reports' is never given",
    "map-missing-node": "starts dialogue node 'ghost_node', which campaign 'broken' does not have",
    "map-condition": "condition: unknown function '__import__'",
}
MARKER = re.compile(r"\b([EW]):([a-z-]+)")


def markers() -> list[tuple[str, int, str, str]]:
    found = []
    for path in sorted(BROKEN.rglob("*")):
        if path.suffix in (".yaml", ".tmx"):
            for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                for kind, name in MARKER.findall(text):
                    found.append((str(path.relative_to(BROKEN)), number, kind, name))
    return found


@pytest.fixture(scope="module", params=BACKENDS)
def diagnostics(request) -> list[Diagnostic]:
    with use_backend(request.param):
        return lint(root=BROKEN, user_mods=False)


def test_every_marker_has_a_message():
    names = {name for *_, name in markers()}
    assert names == set(MESSAGES)


@pytest.mark.parametrize(("rel", "line", "kind", "name"), markers(),
                         ids=[m[3] for m in markers()])
def test_lint_reports(diagnostics, rel, line, kind, name):
    severity = "error" if kind == "E" else "warning"
    here = [d for d in diagnostics
            if d.path == str((BROKEN / rel).resolve()) and d.line == line]
    assert any(d.severity == severity and MESSAGES[name] in d.message for d in here), \
        "\n".join(d.format() for d in here) or f"nothing reported on {rel}:{line}"


def test_only_marked_lines_have_errors(diagnostics):
    marked = {(str((BROKEN / rel).resolve()), line) for rel, line, kind, _ in markers()
              if kind == "E"}
    stray = [d.format() for d in diagnostics if d.is_error and (d.path, d.line) not in marked]
    assert not stray


def test_diagnostics_are_sorted_and_formatted_gcc_style(diagnostics):
    keys = [d.sort_key() for d in diagnostics]
    assert keys == sorted(keys)
    first = diagnostics[0].format()
    assert re.match(r"^[^:]+:\d+:\d+: (error|warning): .+", first)


def test_the_good_fixture_is_clean():
    assert lint(root=GOOD, user_mods=False) == []


def test_lint_command_exit_status_and_summary(capsys, monkeypatch):
    monkeypatch.setattr("game.dialogue.cliargs.ContentLibrary",
                        _library_at(BROKEN))
    parser = _parser()
    assert lint_command.run(parser.parse_args(["--no-user-mods"])) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("lint: ") and " errors, " in out[-1]
    assert any(": error: " in line for line in out)
    monkeypatch.setattr("game.dialogue.cliargs.ContentLibrary", _library_at(GOOD))
    assert lint_command.run(parser.parse_args([])) == 0
    assert capsys.readouterr().out.startswith("lint: 0 errors, 0 warnings")


def _parser():
    import argparse

    parser = argparse.ArgumentParser()
    lint_command.configure(parser)
    return parser


def _library_at(root: Path):
    from game.dialogue.library import ContentLibrary

    return lambda mods=(), user_mods=True: ContentLibrary(root, mods, user_mods)


def test_a_missing_evidence_icon_is_named_with_its_place(tmp_path):
    import shutil

    root = tmp_path / "pack"
    shutil.copytree(GOOD, root)
    (root / "assets" / "icons" / "logs.png").unlink()
    found = [d for d in lint(root=root, user_mods=False) if "no icon 'logs'" in d.message]
    assert len(found) == 1
    assert found[0].path.endswith("campaign.yaml") and found[0].line == 15


TOO_DEEP = f"nested more than {MAX_NESTING} levels deep"


@pytest.mark.usefixtures("yaml_backend")
@pytest.mark.parametrize("rel", ["dialogue/demo/main.yaml", "dialogue/demo/campaign.yaml"])
def test_over_deep_nesting_is_one_located_error(tmp_path, rel):
    root = demo_root(tmp_path)
    path = root / rel
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "deep: " + "[" * 20_000 + "]" * 20_000 + "\n", encoding="utf-8")
    # The file's mapping is level 1, so bracket number MAX_NESTING is the first too deep.
    where = (text.count("\n") + 1, len("deep: ") + MAX_NESTING)
    for found in (load_campaign("demo", root=root, user_mods=False)[1],
                  lint(root=root, user_mods=False)):
        here = [d for d in found if d.is_error and d.path == str(path.resolve())]
        assert [(d.line, d.col) for d in here] == [where], [d.format() for d in found]
        assert TOO_DEEP in here[0].message


def _with_wait(tmp_path, wait: str) -> tuple[list[Diagnostic], int]:
    """The good fixture plus a node that waits; the diagnostics, and the wait's line."""
    text = (GOOD / "dialogue" / "demo" / "main.yaml").read_text(encoding="utf-8")
    text = text.rstrip("\n") + f"\n\nwaiting:\n  - wait: {wait}\n"
    _, found = load_campaign("demo", root=demo_root(tmp_path, text), user_mods=False)
    return [d for d in found if d.is_error], text.count("\n")


@pytest.mark.parametrize("wait", ["1" + "0" * 400 + "s", "601s", "36001", "9" * 400, "-5",
                                  "soon", "1.5", "~", "[1]", "2 minutes"])
def test_an_absurd_wait_is_one_located_error(tmp_path, wait):
    errors, line = _with_wait(tmp_path, wait)
    assert [(Path(d.path).name, d.line, d.col) for d in errors] == [("main.yaml", line, 11)]


@pytest.mark.parametrize("wait", ["600s", "36000", "1.5s", "0"])
def test_a_wait_up_to_ten_minutes_is_fine(tmp_path, wait):
    errors, _ = _with_wait(tmp_path, wait)
    assert not [d.format() for d in errors]
