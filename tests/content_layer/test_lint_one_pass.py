"""Lint reports every problem of a mod in one run.

A mod holding the typical mistakes — an invalid id in mod.yaml, a misspelt campaign
folder, YAML mistakes (a tab, a missing colon, an unclosed quote, a wrong
indentation) in dialogue and level files, condition typos, an unknown speaker, a
variable read but never set, a goto to a missing node, and things that are only
warnings — gets all its errors and warnings from ``python -m game lint --mod DIR``
at once, not in rounds. Counted by file and severity (and the kind of each YAML
mistake by its place), never by PyYAML's wording.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import pytest

from game.commands import lint as lint_command
from game.diagnostics import Diagnostic
from game.dialogue.library import ContentLibrary
from tests.support.dialogue import demo_root, write
from tests.support.yaml_backends import yaml_backend  # noqa: F401

ROSA = """\
rosa_talk:
  - rosa: Hello, Doctor.
  - if: trust > 1 adn met_max
    then:
      - goto: nowhere_too
  - if: trust => 2
    then:
      - rosa: Great.
  - if: hass(logs)
    then:
      - rosa: The logs.
  - if: rosa_mood > 1
    then:
      - rosa: Cheerful.
  - roza: Who am I?
  - choice:
      - option: Lunch
        do:
          - goto: lunch
      - option: The menu
        do:
          - goto: menu
      - option: Elsewhere
        do:
          - goto: nowehre
"""

MISTAKES = {
    "mod.yaml": "id: lunch mod\nname: A Longer Lunch\nversion: 1.0.0\n",
    "dialogue/demo/campaign.yaml": "speakers:\n  rosa: {name: Rosa, color: red}\n"
                                   "evidence:\n  receipt: {name: A receipt}\n",
    "dialogue/demo/rosa.yaml": ROSA,
    # one YAML mistake per file: each file's error is reported
    "dialogue/demo/lunch.yaml": "lunch:\n  - rosa: Lunch?\n\t- max: Sure.\n",           # tab
    "dialogue/demo/menu.yaml": "menu\n  - rosa: The menu.\n",                          # colon
    "dialogue/demo/bill.yaml": "bill:\n  - rosa: \"The bill.\n  - max: Thanks.\n",     # quote
    "dialogue/demo/dessert.yaml": "dessert:\n  - rosa: Cake?\n   - max: Yes.\n",       # indent
    "dialogue/dmeo/extra.yaml": "extra_node:\n  - give: unobtainium\n",                # folder
    "levels/lunch_level.yaml": "id: lunch_level\ntitle: Lunch\n\tbots: 3\n",           # tab
}

#: (file, severity) -> how many; "dialogue/dmeo" is the misspelt folder itself.
EXPECTED = Counter({
    ("mod.yaml", "error"): 1,                      # invalid id
    ("mod.yaml", "warning"): 1,                    # the mod is skipped
    ("dialogue/demo/campaign.yaml", "error"): 1,   # 'red' is no colour
    ("dialogue/demo/campaign.yaml", "warning"): 1,  # 'receipt' is never given
    # adn, =>, hass, rosa_mood, roza, nowehre, and nowhere_too (in the branch of the 'adn'
    # condition: checked although its condition is broken)
    ("dialogue/demo/rosa.yaml", "error"): 7,
    ("dialogue/demo/rosa.yaml", "warning"): 1,     # rosa_talk is never reached
    ("dialogue/demo/lunch.yaml", "error"): 1,
    ("dialogue/demo/menu.yaml", "error"): 1,
    ("dialogue/demo/bill.yaml", "error"): 1,
    ("dialogue/demo/dessert.yaml", "error"): 1,
    ("dialogue/dmeo", "error"): 1,                 # not a campaign (did you mean 'demo'?)
    ("dialogue/dmeo/extra.yaml", "error"): 1,      # unknown evidence
    ("dialogue/dmeo/extra.yaml", "warning"): 1,    # extra_node is never reached
    ("levels/lunch_level.yaml", "error"): 1,
})

#: Where each YAML mistake is reported: (file, line, col).
YAML_PLACES = {
    ("dialogue/demo/lunch.yaml", 3, 1),      # the tab
    ("dialogue/demo/menu.yaml", 1, 1),       # the key missing its ':'
    ("dialogue/demo/bill.yaml", 2, 11),      # where the quote opens
    ("dialogue/demo/dessert.yaml", 3, 4),    # the line indented more
    ("levels/lunch_level.yaml", 3, 1),       # the tab
}


def run_lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
             capsys: pytest.CaptureFixture[str]) -> tuple[int, Path, list[Diagnostic]]:
    root = demo_root(tmp_path)
    folder = write(tmp_path / "lunch", MISTAKES)
    seen: list[ContentLibrary] = []

    def library(mods=(), user_mods=True) -> ContentLibrary:
        seen.append(ContentLibrary(root, mods, user_mods))
        return seen[-1]

    monkeypatch.setattr("game.dialogue.cliargs.ContentLibrary", library)
    parser = argparse.ArgumentParser()
    lint_command.configure(parser)
    status = lint_command.run(parser.parse_args(["--no-user-mods", "--mod", str(folder)]))
    printed = capsys.readouterr().out.splitlines()
    # what was printed, read back as diagnostics of the mod's files
    mine = []
    prefix = str(folder.resolve())
    for diag in lint_everything(seen[-1]):
        if diag.path.startswith(prefix):
            mine.append(diag)
            assert any(line.endswith(diag.message.replace("\t", "\\t")) for line in printed)
    return status, folder.resolve(), mine


def lint_everything(lib: ContentLibrary) -> list[Diagnostic]:
    diagnostics = list(lib.scan.diagnostics)
    for campaign_id in lib.campaign_ids():
        diagnostics += lib.load(campaign_id)[1]
    return sorted(set(diagnostics + lint_command.level_diagnostics(lib)))


def relative(diag: Diagnostic, folder: Path) -> str:
    return Path(diag.path).relative_to(folder).as_posix()


@pytest.mark.usefixtures("yaml_backend")
def test_one_lint_run_reports_every_error_and_warning(tmp_path, monkeypatch, capsys):
    status, folder, found = run_lint(tmp_path, monkeypatch, capsys)
    assert status == 1
    counted = Counter((relative(d, folder), d.severity) for d in found)
    assert counted == EXPECTED, "\n".join(d.format() for d in found)
    yaml_errors = {(relative(d, folder), d.line, d.col) for d in found
                   if d.is_error and d.message.startswith("YAML syntax:")}
    assert yaml_errors == YAML_PLACES


@pytest.mark.usefixtures("yaml_backend")
def test_the_suggestions_are_there(tmp_path, monkeypatch, capsys):
    _, folder, found = run_lint(tmp_path, monkeypatch, capsys)
    rosa = {d.line: d for d in found if relative(d, folder) == "dialogue/demo/rosa.yaml"}
    assert "'and'" in rosa[3].message and rosa[3].col == 19   # the column of 'adn'
    assert "'>='" in rosa[6].message and rosa[6].col == 15    # the column of '=>'
    assert "'has'" in rosa[9].message
    assert rosa[12].is_error and "rosa_mood" in rosa[12].message
    assert "'rosa'" in rosa[15].message                        # roza: did you mean rosa?
    (typo,) = [d for d in found if relative(d, folder) == "dialogue/dmeo"]
    assert "'demo'" in typo.message


def test_a_misspelt_campaign_in_mod_yaml_is_an_error_and_the_mod_is_still_checked(tmp_path):
    root = demo_root(tmp_path)
    folder = write(tmp_path / "typo", {
        "mod.yaml": "id: typo\nname: Typo\nversion: '1'\ncampaign: dmeo\n",
        "dialogue/talk.yaml": "talk:\n  - maxx: Hi.\n"})
    lib = ContentLibrary(root, [folder], user_mods=False)
    assert lib.scan.mods == [] and len(lib.scan.skipped) == 1
    (campaign_error,) = [d for d in lib.scan.diagnostics if d.is_error]
    assert (campaign_error.line, campaign_error.col) == (4, 11)
    assert "'demo'" in campaign_error.message
    campaign, diagnostics = lib.load("demo")
    assert campaign is not None and campaign.mods == ()
    talk = [d for d in diagnostics if d.is_error and d.path.endswith("talk.yaml")]
    assert [(d.line, d.col) for d in talk] == [(2, 5)]   # maxx, checked as for 'demo'
