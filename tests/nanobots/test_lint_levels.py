"""`python -m game lint` checks nanobot levels too: the shipped ones and a mod's."""

from __future__ import annotations

from game.cli import main


def test_shipped_levels_have_no_problems(capsys):
    main(["lint", "--no-user-mods"])
    lines = capsys.readouterr().out.splitlines()
    assert [line for line in lines if line.startswith("levels/")] == []


def test_a_broken_level_in_a_mod_is_reported_with_its_place(tmp_path, capsys):
    mod = tmp_path / "bad_mod"
    (mod / "levels").mkdir(parents=True)
    (mod / "mod.yaml").write_text('id: bad_mod\nname: Bad\nversion: "1"\npriority: 5\n')
    (mod / "levels" / "broken.yaml").write_text("id: broken\ntitle: Broken\nbots: many\n")
    assert main(["lint", "--no-user-mods", "--mod", str(mod)]) == 1
    out = capsys.readouterr().out
    assert "broken.yaml:1:1: error: missing required key 'seed'" in out
    assert "broken.yaml:3:7: error" in out
