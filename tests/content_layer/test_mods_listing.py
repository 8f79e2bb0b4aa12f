"""`python -m game mods` lists every file each mod adds or replaces, and reports two
mods that bring the same file as a conflict (the later one wins)."""

from __future__ import annotations

from game import cli
from tests.support.content import GAME, make_mod


def listing(tmp_path, capsys, *mods) -> list[str]:
    args = ["mods", "--no-user-mods"]
    for mod in mods:
        args += ["--mod", str(mod)]
    assert cli.main(args) == 0
    return capsys.readouterr().out.splitlines()



def test_added_and_replaced_files_are_listed(tmp_path, capsys):
    sheet = "assets/sprites/characters/anya.png"
    mod = make_mod(tmp_path, "looks")
    (mod / sheet).parent.mkdir(parents=True)
    (mod / sheet).write_bytes((GAME / sheet).read_bytes())
    (mod / "assets/portraits").mkdir(parents=True)
    (mod / "assets/portraits/newcomer.png").write_bytes((GAME / sheet).read_bytes())
    lines = listing(tmp_path, capsys, mod)
    assert "     files: adds 1, replaces 1" in lines
    assert "       + assets/portraits/newcomer.png" in lines
    assert f"       ~ {sheet} (from the base game)" in lines
    assert "conflicts: 0" in lines


def test_two_mods_bringing_the_same_file_conflict(tmp_path, capsys):
    sheet = "assets/sprites/characters/anya.png"
    first = make_mod(tmp_path, "first", priority=1)
    second = make_mod(tmp_path, "second", priority=2)
    for mod in (first, second):
        (mod / "assets/sounds").mkdir(parents=True)
        (mod / "assets/sounds/chime.wav").write_bytes(b"RIFF")
        (mod / sheet).parent.mkdir(parents=True)
        (mod / sheet).write_bytes((GAME / sheet).read_bytes())
    lines = listing(tmp_path, capsys, first, second)
    assert "conflicts: 2" in lines
    assert "  file 'assets/sounds/chime.wav' is brought by 'first' and 'second': " \
           "'second' wins" in lines
    assert f"  file '{sheet}' is brought by 'first' and 'second': 'second' wins" in lines
    assert "       ~ assets/sounds/chime.wav (from first)" in lines
