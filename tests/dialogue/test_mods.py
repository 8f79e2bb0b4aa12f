"""Mods: load order, replacements, conflicts, broken mods skipped, paths kept inside.

Tests of what PyYAML reads use the ``yaml_backend`` fixture (tests/support/yaml_backends.py)
and run under libyaml and under the pure-Python loader.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import pytest

from game import paths
from game.commands import mods as mods_command
from game.content.safepath import safe_join
from game.content.yamldepth import MAX_NESTING
from game.dialogue.library import ContentLibrary, load_campaign
from game.dialogue.lint import lint
from game.dialogue.playtest import play
from tests.support.dialogue import demo_root, write
from tests.support.tmx import point, write_map
from tests.support.yaml_backends import yaml_backend  # noqa: F401


def make_mod(folder: Path, mod_id: str, files: dict[str, str], priority: int = 0,
             campaign: str | None = None) -> Path:
    extra = f"campaign: {campaign}\n" if campaign else ""
    write(folder / mod_id, {"mod.yaml": f"id: {mod_id}\nname: Mod {mod_id}\nversion: '1.0'\n"
                                        f"priority: {priority}\n{extra}", **files})
    return folder / mod_id


REPLACE_DESK = """\
desk:
  - max: {text}
"""


def load(root: Path, mods: list[Path]):
    campaign, diagnostics = load_campaign("demo", mods, root=root, user_mods=False)
    assert campaign is not None
    return campaign, diagnostics


def first_line(campaign, start: str = "desk") -> str:
    return play(campaign, start=start).transcript[0]


def test_a_mod_replaces_and_adds_nodes(tmp_path):
    root = demo_root(tmp_path)
    mod = make_mod(tmp_path / "mods", "darker", {
        "dialogue/demo/desk.yaml": "desk:\n  - max: Darker now.\n  - goto: extra\n"
                                   "extra:\n  - max: An added node.\n"})
    campaign, diagnostics = load(root, [mod])
    assert not [d for d in diagnostics if d.is_error]
    assert play(campaign, start="desk").transcript == ["Max: Darker now.",
                                                      "Max: An added node."]
    assert campaign.node_origins["desk"] == ["base", "darker"]
    assert campaign.node_origins["extra"] == ["darker"]
    assert campaign.nodes["desk"].origin == "darker"


def test_a_mod_that_breaks_the_base_game_is_skipped(tmp_path):
    root = demo_root(tmp_path)
    mod = make_mod(tmp_path / "mods", "careless", {
        "dialogue/demo/start.yaml": "start:\n  - max: No evidence for you.\n"})
    campaign, diagnostics = load(root, [mod])
    assert campaign.mods == ()
    assert campaign.nodes["start"].origin == "base"
    assert any("cannot be refuted" in d.message and d.path.endswith("main.yaml")
               for d in diagnostics)
    assert any("mod 'careless' is skipped" in d.message for d in diagnostics)


def test_higher_priority_wins_and_the_conflict_is_reported(tmp_path):
    root = demo_root(tmp_path)
    high = make_mod(tmp_path / "mods", "zeta", {
        "dialogue/demo/a.yaml": REPLACE_DESK.format(text="From zeta.")}, priority=5)
    low = make_mod(tmp_path / "mods", "alpha", {
        "dialogue/demo/a.yaml": REPLACE_DESK.format(text="From alpha.")}, priority=1)
    campaign, diagnostics = load(root, [high, low])
    assert [m.id for m in campaign.mods] == ["alpha", "zeta"]
    assert first_line(campaign) == "Max: From zeta."
    assert [(c.kind, c.name, c.loser, c.winner) for c in campaign.conflicts] == [
        ("node", "desk", "alpha", "zeta")]
    warning = [d for d in diagnostics if "defined by mod 'alpha' and by mod 'zeta'" in d.message]
    assert warning and warning[0].path.endswith("a.yaml") and warning[0].severity == "warning"


def test_equal_priority_loads_in_id_order(tmp_path):
    root = demo_root(tmp_path)
    b = make_mod(tmp_path / "mods", "bbb", {"dialogue/demo/a.yaml": REPLACE_DESK.format(text="B.")})
    a = make_mod(tmp_path / "mods", "aaa", {"dialogue/demo/a.yaml": REPLACE_DESK.format(text="A.")})
    campaign, _ = load(root, [b, a])
    assert first_line(campaign) == "Max: B."


@pytest.mark.usefixtures("yaml_backend")
def test_a_mod_with_bad_yaml_is_skipped_and_the_rest_loads(tmp_path):
    root = demo_root(tmp_path)
    broken = make_mod(tmp_path / "mods", "broken", {
        "dialogue/demo/bad.yaml": "start:\n  - max: [unclosed\n"}, priority=9)
    good = make_mod(tmp_path / "mods", "good", {
        "dialogue/demo/a.yaml": REPLACE_DESK.format(text="Good mod.")})
    campaign, diagnostics = load(root, [broken, good])
    assert [m.id for m in campaign.mods] == ["good"]
    assert first_line(campaign) == "Max: Good mod."
    assert any(d.is_error and d.path.endswith("bad.yaml") for d in diagnostics)
    assert any("mod 'broken' is skipped" in d.message for d in diagnostics)


@pytest.mark.usefixtures("yaml_backend")
def test_a_mod_whose_mod_yaml_nests_too_deep_is_skipped(tmp_path):
    root = demo_root(tmp_path)
    deep = make_mod(tmp_path / "mods", "deep", {}, priority=9)
    manifest = deep / "mod.yaml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text + "extra: " + "[" * 20_000 + "]" * 20_000 + "\n", encoding="utf-8")
    # The file's mapping is level 1, so bracket number MAX_NESTING is the first too deep.
    where = (text.count("\n") + 1, len("extra: ") + MAX_NESTING)
    good = make_mod(tmp_path / "mods", "good", {
        "dialogue/demo/a.yaml": REPLACE_DESK.format(text="Good mod.")})
    campaign, diagnostics = load(root, [deep, good])
    assert [m.id for m in campaign.mods] == ["good"]
    assert first_line(campaign) == "Max: Good mod."
    for found in (diagnostics, lint([deep, good], root=root, user_mods=False)):
        here = [d for d in found if d.is_error and d.path == str(manifest.resolve())]
        assert [(d.line, d.col) for d in here] == [where], [d.format() for d in found]
        assert f"nested more than {MAX_NESTING} levels deep" in here[0].message


def test_a_mod_with_lint_errors_is_skipped(tmp_path):
    root = demo_root(tmp_path)
    mod = make_mod(tmp_path / "mods", "typo", {
        "dialogue/demo/a.yaml": "desk:\n  - maxx: Hi.\n"})
    campaign, diagnostics = load(root, [mod])
    assert campaign.mods == ()
    assert first_line(campaign) == "A desk covered in paper."
    assert any("unknown speaker or step 'maxx'" in d.message for d in diagnostics)


def test_a_mod_relying_on_a_skipped_mod_is_skipped_too(tmp_path):
    root = demo_root(tmp_path)
    base_mod = make_mod(tmp_path / "mods", "base_mod", {
        "dialogue/demo/a.yaml": "helper:\n  - maxx: broken speaker\n"})
    user = make_mod(tmp_path / "mods", "user_mod", {
        "dialogue/demo/b.yaml": "desk:\n  - call: helper\n"}, priority=1)
    campaign, _ = load(root, [base_mod, user])
    assert campaign.mods == ()
    assert "helper" not in campaign.nodes


def test_a_mod_adds_speakers_and_evidence(tmp_path):
    root = demo_root(tmp_path)
    mod = make_mod(tmp_path / "mods", "guest", {
        "dialogue/demo/campaign.yaml": "speakers:\n  guest: {name: A Guest, color: '#ffffff'}\n"
                                      "evidence:\n  badge: {name: Badge}\n",
        "dialogue/demo/a.yaml": "desk:\n  - guest: Hello.\n  - give: badge\n"
                                "  - if: has(badge)\n    then: [end]\n"})
    campaign, diagnostics = load(root, [mod])
    assert not [d.format() for d in diagnostics if d.is_error]
    assert campaign.speakers["guest"].origin == "guest"
    assert "badge" in campaign.evidence
    assert first_line(campaign) == "A Guest: Hello."


def test_mod_additions_may_not_change_the_campaign_itself(tmp_path):
    root = demo_root(tmp_path)
    mod = make_mod(tmp_path / "mods", "rename", {
        "dialogue/demo/campaign.yaml": "title: Renamed\n"})
    campaign, diagnostics = load(root, [mod])
    assert campaign.title == "Demo" and campaign.mods == ()
    assert any("unknown key 'title'" in d.message for d in diagnostics)


def test_user_mods_folder_is_found(tmp_path):
    root = demo_root(tmp_path)
    make_mod(paths.user_mods_dir(), "installed", {
        "dialogue/demo/a.yaml": REPLACE_DESK.format(text="Installed.")})
    campaign, _ = load_campaign("demo", root=root)
    assert first_line(campaign) == "Max: Installed."
    campaign, _ = load_campaign("demo", root=root, user_mods=False)
    assert first_line(campaign) != "Max: Installed."


def test_loose_files_follow_the_declared_campaign(tmp_path):
    root = demo_root(tmp_path)
    mod = make_mod(tmp_path / "mods", "loose", {
        "dialogue/a.yaml": REPLACE_DESK.format(text="Loose.")}, campaign="demo")
    campaign, _ = load(root, [mod])
    assert first_line(campaign) == "Max: Loose."


def test_loose_files_without_a_campaign_make_the_mod_unusable(tmp_path):
    root = demo_root(tmp_path)
    mod = make_mod(tmp_path / "mods", "lost", {"dialogue/a.yaml": "desk: [end]\n"})
    library = ContentLibrary(root, [mod], user_mods=False)
    assert library.scan.mods == []
    assert any("campaign: <id>" in d.message for d in library.scan.diagnostics)


def hall_map(mod: Path) -> None:
    """A 3x3 room with its tileset, at ``mod/maps/hall.tmx``."""
    write_map(mod / "maps", "hall", ["...", "...", "..."], [point("spawn", "entry", 24, 28)])


def test_a_mod_can_bring_a_new_campaign_maps_and_levels(tmp_path):
    root = demo_root(tmp_path)
    mod = make_mod(tmp_path / "mods", "sequel", {
        "dialogue/sequel/campaign.yaml": "id: sequel\ntitle: Sequel\nplayer: hero\n"
                                         "start: {map: hall, node: go}\n"
                                         "speakers:\n  hero: Hero\n",
        "dialogue/sequel/go.yaml": "go:\n  - hero: Onward.\n  - minigame: mod_level\n",
        "levels/mod_level.yaml": (paths.ROOT / "levels" / "efficiency_first.yaml").read_text(
            encoding="utf-8").replace("id: efficiency_first", "id: mod_level")})
    hall_map(mod)
    library = ContentLibrary(root, [mod], user_mods=False)
    assert library.campaign_ids() == ["demo", "sequel"]
    campaign, diagnostics = library.load("sequel")
    assert campaign is not None and not [d.format() for d in diagnostics if d.is_error]
    assert "mod_level" in campaign.catalog.levels
    demo, _ = library.load("demo")
    assert "mod_level" not in demo.catalog.levels  # the mod only targets its own campaign


def test_duplicate_mod_ids_keep_the_first(tmp_path):
    one = make_mod(tmp_path / "a", "same", {})
    two = make_mod(tmp_path / "b", "same", {})
    library = ContentLibrary(demo_root(tmp_path), [one, two], user_mods=False)
    assert [m.root for m in library.scan.mods] == [one.resolve()]
    assert any("already used" in d.message for d in library.scan.diagnostics)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_links_leading_outside_a_mod_are_refused(tmp_path):
    root = demo_root(tmp_path)
    secret = write(tmp_path / "outside", {"secret.yaml": "start:\n  - max: Stolen.\n"})
    mod = make_mod(tmp_path / "mods", "sneaky", {"dialogue/demo/ok.yaml": "x:\n  - end\n"})
    try:
        os.symlink(secret / "secret.yaml", mod / "dialogue" / "demo" / "link.yaml")
        os.symlink(secret, mod / "dialogue" / "demo" / "folder")
    except OSError:
        pytest.skip("cannot create symlinks here")
    campaign, diagnostics = load(root, [mod])
    assert all("Stolen." not in line for line in play(campaign).transcript)
    assert any("leads outside" in d.message for d in diagnostics)


@pytest.mark.parametrize("bad", ["../x.yaml", "/etc/passwd", "a/../../b", "C:\\x", "", "a\0b"])
def test_safe_join_refuses_escapes(tmp_path, bad):
    assert safe_join(tmp_path, bad) is None


def test_safe_join_accepts_inside(tmp_path):
    assert safe_join(tmp_path, "levels/a.yaml") == tmp_path / "levels" / "a.yaml"


def test_lint_reports_mod_problems_and_fails(tmp_path):
    root = demo_root(tmp_path)
    mod = make_mod(tmp_path / "mods", "typo", {"dialogue/demo/a.yaml": "desk:\n  - goto: nope\n"})
    diagnostics = lint([mod], root=root, user_mods=False)
    assert any(d.is_error and "unknown node 'nope'" in d.message and d.line == 2
               for d in diagnostics)


def test_mods_command_lists_order_changes_conflicts_and_skips(tmp_path, capsys, monkeypatch):
    root = demo_root(tmp_path)
    mods = [
        make_mod(tmp_path / "mods", "alpha", {
            "dialogue/demo/a.yaml": REPLACE_DESK.format(text="A.") + "bonus:\n  - end\n"}),
        make_mod(tmp_path / "mods", "beta", {
            "dialogue/demo/a.yaml": REPLACE_DESK.format(text="B.")}, priority=3),
        make_mod(tmp_path / "mods", "gamma", {"dialogue/demo/a.yaml": "start: [\n"}),
    ]
    monkeypatch.setattr("game.dialogue.cliargs.ContentLibrary",
                        lambda mods=(), user_mods=True: ContentLibrary(root, mods, user_mods))
    parser = argparse.ArgumentParser()
    mods_command.configure(parser)
    args = parser.parse_args([arg for mod in mods for arg in ("--mod", str(mod))])
    assert mods_command.run(args) == 0
    out = capsys.readouterr().out
    assert out.index("alpha") < out.index("beta")
    assert "adds 1 node(s): bonus; replaces 1: desk (from the base game)" in out
    assert "replaces 1: desk (from alpha)" in out
    assert "node 'desk' is defined by 'alpha' and 'beta': 'beta' wins" in out
    assert "gamma (demo)" in out and "YAML syntax" in out
