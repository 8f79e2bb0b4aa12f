"""Speedrun categories are declared in the campaign manifest (a mod can declare its own),
read with located errors, and linted against the dialogue."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.dialogue.library import load_campaign
from game.dialogue.lint import lint_campaign
from game.dialogue.manifest import parse_manifest
from game.speedrun.categories import categories_of, find_category, new_game_category

ROOT = Path(__file__).resolve().parents[2]


def test_rejuvenation_declares_showdown_and_any():
    campaign, _ = load_campaign("rejuvenation", user_mods=False)
    assert campaign is not None
    showdown = find_category(campaign, "showdown")
    assert showdown is not None and showdown.name == "Showdown%"
    assert (showdown.chapter, showdown.starts_on) == ("showdown", "control")
    assert (showdown.end_kind, showdown.end_value) == ("warp", "clinic")
    assert showdown.segments == ("Provocation", "Panel 1", "Panel 2", "Demo", "Vision",
                                 "Finale")
    any_ = new_game_category(campaign)
    assert any_ is not None and any_.name == "Any%" and any_.end_kind == "ending"


def test_tooth_rebirth_declares_any():
    manifest = parse_manifest(ROOT / "dialogue/tooth_rebirth/campaign.yaml", "base", [])
    assert manifest is not None
    assert [(c.id, c.name, c.end_value) for c in manifest.categories] == \
        [("any", "Any%", "any")]


def _manifest(tmp_path: Path, categories: str) -> tuple[object, list]:
    text = (ROOT / "tests/dialogue/fixtures/good/dialogue/demo/campaign.yaml").read_text()
    path = tmp_path / "campaign.yaml"
    path.write_text(text + "\ncategories:\n" + categories, encoding="utf-8")
    diagnostics: list = []
    return parse_manifest(path, "base", diagnostics), diagnostics


@pytest.mark.parametrize(("body", "message"), [
    ("  - {id: a, name: A%}\n", "needs 'end'"),
    ("  - {id: a, name: A%, end: {ending: any}, start: {on: later}}\n", "'later' is not when"),
    ("  - {id: a, name: A%, end: {ending: x, warp: y}}\n", "names one of"),
    ("  - {id: a, name: A%, end: {ending: any}, colour: red}\n", "unknown key 'colour'"),
])
def test_a_bad_category_is_a_located_error(tmp_path, body, message):
    manifest, diagnostics = _manifest(tmp_path, body)
    errors = [d for d in diagnostics if d.is_error]
    assert errors and message in errors[0].message, [d.format() for d in diagnostics]
    assert errors[0].line > 1
    assert manifest is not None
    assert len(manifest.categories) == (1 if "unknown key" in message else 0)


def test_lint_checks_what_a_category_names():
    campaign, _ = load_campaign("rejuvenation", user_mods=False)
    assert campaign is not None
    manifest = parse_manifest(Path(campaign.manifest_path), "base", [])
    assert manifest is not None
    good = manifest.categories
    campaign.categories = good
    assert not [d for d in lint_campaign(campaign) if "category" in d.message]
    bad = good[0].__class__(**{**{f: getattr(good[0], f) for f in good[0].__slots__},
                               "chapter": "showdwn", "end_value": "nowhere",
                               "splits": ("Provocation", "Panel One")})
    campaign.categories = (bad,)
    messages = [d.message for d in lint_campaign(campaign) if "category" in d.message]
    assert any("unknown chapter 'showdwn'" in m and "showdown" in m for m in messages)
    assert any("warp to 'nowhere'" in m for m in messages)
    assert any("split 'Panel One'" in m for m in messages)
    assert categories_of(campaign) == (bad,)
