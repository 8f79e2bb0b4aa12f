"""Mod metadata in mod.yaml: ``requires:``, ``game:`` and ``load_after:``.

A mod whose requirement is missing, too old or skipped, or that needs a newer game,
or whose ordering makes a cycle, is skipped with an error at the place in its
mod.yaml; the others load in order of priority and id, moved after what they need.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game import __version__, paths
from game.diagnostics import Diagnostic
from game.dialogue.library import ContentLibrary
from game.dialogue.manifest import version_key
from tests.support.dialogue import demo_root, write


def mod(folder: Path, mod_id: str, extra: str = "", files: dict[str, str] | None = None,
        version: str = "1.0.0", priority: int = 0) -> Path:
    write(folder / mod_id, {
        "mod.yaml": f"id: {mod_id}\nname: Mod {mod_id}\nversion: '{version}'\n"
                    f"priority: {priority}\n{extra}",
        **(files or {"dialogue/demo/extra.yaml": f"{mod_id}_node:\n  - max: From {mod_id}.\n"}),
    })
    return folder / mod_id


def library(tmp_path: Path, mods: list[Path]) -> ContentLibrary:
    return ContentLibrary(demo_root(tmp_path), mods, user_mods=False)


def order(lib: ContentLibrary) -> list[str]:
    return [m.id for m in lib.scan.mods]


def errors_at(diagnostics: list[Diagnostic], path: Path) -> list[Diagnostic]:
    return [d for d in diagnostics if d.is_error and d.path == str(path.resolve())]


def line_of(path: Path, piece: str) -> int:
    return next(n for n, text in enumerate(path.read_text().splitlines(), 1) if piece in text)


def test_versions_compare_as_numbers():
    assert version_key("1.10") > version_key("1.9")
    assert version_key("1.2") == version_key("1.2.0")
    assert version_key("1.x") is None


def test_load_order_is_priority_and_id_then_requirements(tmp_path):
    mods = tmp_path / "mods"
    folders = [
        mod(mods, "alpha", "requires: [zulu]\n"),          # needs zulu first
        mod(mods, "beta", "load_after: [gamma, not_installed]\n"),
        mod(mods, "gamma"),
        mod(mods, "zulu"),
        mod(mods, "late", priority=5),
    ]
    lib = library(tmp_path, folders)
    assert not [d for d in lib.scan.diagnostics if d.is_error]
    assert order(lib) == ["gamma", "beta", "zulu", "alpha", "late"]
    campaign, _ = lib.load("demo")
    assert campaign is not None and {m.id for m in campaign.mods} == set(order(lib))


def test_a_missing_or_too_old_requirement_skips_the_mod_with_a_located_error(tmp_path):
    mods = tmp_path / "mods"
    needy = mod(mods, "needy", "requires:\n  - base_pack >= 2.0\n  - nowhere\n")
    base = mod(mods, "base_pack", version="1.4")
    lib = library(tmp_path, [needy, base])
    assert order(lib) == ["base_pack"]
    manifest = needy / "mod.yaml"
    (found,) = errors_at(lib.scan.diagnostics, manifest)
    assert found.line == line_of(manifest, "base_pack >= 2.0")
    assert "2.0" in found.message and "1.4" in found.message
    assert [folder for folder, _ in lib.scan.skipped] == [needy.resolve()]
    campaign, _ = lib.load("demo")
    assert "needy_node" not in campaign.nodes


def test_a_missing_requirement_is_named_with_a_suggestion(tmp_path):
    mods = tmp_path / "mods"
    needy = mod(mods, "needy", "requires: base_pakc\n")
    lib = library(tmp_path, [needy, mod(mods, "base_pack")])
    (found,) = errors_at(lib.scan.diagnostics, needy / "mod.yaml")
    assert "'base_pakc'" in found.message and "'base_pack'" in found.message
    assert order(lib) == ["base_pack"]


def test_a_mod_requiring_a_skipped_mod_is_skipped_too(tmp_path):
    mods = tmp_path / "mods"
    broken = mod(mods, "broken", "game: 999.0\n")
    middle = mod(mods, "middle", "requires: [broken]\n")
    top = mod(mods, "top", "requires: [middle]\n")
    fine = mod(mods, "fine")
    lib = library(tmp_path, [broken, middle, top, fine])
    assert order(lib) == ["fine"]
    for folder in (broken, middle, top):
        assert errors_at(lib.scan.diagnostics, folder / "mod.yaml"), folder.name
    (newer,) = errors_at(lib.scan.diagnostics, broken / "mod.yaml")
    assert newer.line == line_of(broken / "mod.yaml", "game:")
    assert "999.0" in newer.message and __version__ in newer.message


def test_a_requirement_skipped_for_its_errors_in_a_campaign_skips_the_mod_there(tmp_path):
    mods = tmp_path / "mods"
    bad = mod(mods, "bad", files={"dialogue/demo/x.yaml": "bad_node:\n  - maxx: Hi.\n"})
    user = mod(mods, "user", "requires: [bad]\n")
    lib = library(tmp_path, [bad, user])
    assert order(lib) == ["bad", "user"]
    campaign, diagnostics = lib.load("demo")
    assert campaign is not None and campaign.mods == ()
    assert {m.id for m, _ in lib.skipped["demo"]} == {"bad", "user"}
    manifest = user / "mod.yaml"
    assert [d.line for d in errors_at(diagnostics, manifest)] == [line_of(manifest, "requires")]


def test_the_game_version_is_checked(tmp_path):
    mods = tmp_path / "mods"
    ok = mod(mods, "ok", f"game: {__version__}\n")
    lib = library(tmp_path, [ok])
    assert order(lib) == ["ok"] and not lib.scan.diagnostics


def test_a_cycle_is_an_error_naming_the_mods(tmp_path):
    mods = tmp_path / "mods"
    one = mod(mods, "one", "load_after: [two]\n")
    two = mod(mods, "two", "requires: [one]\n")
    free = mod(mods, "free", "load_after: [one]\n")
    lib = library(tmp_path, [one, two, free])
    assert order(lib) == ["free"]
    for folder in (one, two):
        (found,) = errors_at(lib.scan.diagnostics, folder / "mod.yaml")
        assert "'one'" in found.message and "'two'" in found.message
        assert found.line == 5  # the line of its constraint


@pytest.mark.parametrize("line", ["requires: [a > 1]", "requires: ['a >= x']",
                                  "game: soon", "load_after: ['a >= 1']"])
def test_bad_metadata_is_a_located_error(tmp_path, line):
    folder = mod(tmp_path / "mods", "odd", line + "\n")
    lib = library(tmp_path, [folder])
    (found,) = errors_at(lib.scan.diagnostics, folder / "mod.yaml")
    assert (found.line, found.col) >= (5, 1)
    assert order(lib) == []


DOC = Path(__file__).resolve().parents[2] / "docs" / "modding.md"


def docs_mod_yaml() -> str:
    """The mod.yaml example of docs/modding.md's "Mods" section."""
    section = DOC.read_text(encoding="utf-8").split("\n## Mods\n", 1)[1].split("\n## ", 1)[0]
    blocks = section.split("```yaml\n")[1:]
    return next(block.split("```", 1)[0] for block in blocks if "requires:" in block)


def test_the_docs_example_reads_and_loads_after_what_it_names(tmp_path):
    mods = tmp_path / "mods"
    example = write(mods / "longer_lunch", {"mod.yaml": docs_mod_yaml()})
    art = {"assets/ui/readme.txt": "art only"}
    needed = [mod(mods, "clinic_rosa", priority=50, files=art),
              mod(mods, "lunch_pack", version="1.2.3", files=art),
              mod(mods, "better_max", priority=20, files=art)]
    lib = ContentLibrary(paths.ROOT, [example, *needed], user_mods=False)  # has rejuvenation
    assert not lib.scan.diagnostics, [d.format() for d in lib.scan.diagnostics]
    assert order(lib) == ["lunch_pack", "better_max", "clinic_rosa", "longer_lunch"]
    # and without what it requires, it is skipped (better_max is only load_after)
    alone = ContentLibrary(paths.ROOT, [example], user_mods=False)
    assert order(alone) == []
    assert len([d for d in alone.scan.diagnostics if d.is_error]) == 1  # the first missing
