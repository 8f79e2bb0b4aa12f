"""Names and text from content are printed escaped: no mod, folder or file name can
forge a diagnostic line of its own or send control sequences to the terminal."""

from __future__ import annotations

import sys

import pytest

from game import cli
from game.diagnostics import Diagnostic, printable

FORGED = "evil\nfake.yaml:1:1: error: forged\x1b[2J\u202etxt.exe"


@pytest.mark.parametrize(("raw", "shown"), [
    ("plain name", "plain name"),
    ("Élodie 日本", "Élodie 日本"),
    ("a\nb", "a\\nb"),
    ("a\rb\tc", "a\\rb\\tc"),
    ("\x1b[31mred", "\\x1b[31mred"),
    ("\u202egnp.exe", "\\u202egnp.exe"),
    ("line\u2028sep", "line\\u2028sep"),
    ("bad\udcffbyte", "bad\\udcffbyte"),
])
def test_printable_escapes_what_moves_the_terminal(raw, shown):
    assert printable(raw) == shown
    assert printable(printable(raw)) == shown


def test_a_diagnostic_is_always_one_line():
    diagnostic = Diagnostic("/mods/" + FORGED + "/mod.yaml", 3, 4, "error", "id '" + FORGED + "'")
    text = diagnostic.format()
    assert "\n" not in text and "\x1b" not in text and "\u202e" not in text
    assert text.endswith(":3:4: error: id 'evil\\nfake.yaml:1:1: error: forged\\x1b[2J"
                         "\\u202etxt.exe'")


@pytest.mark.skipif(sys.platform == "win32", reason="a newline cannot be in a Windows folder name")
@pytest.mark.parametrize("command", [["lint"], ["mods"]])
def test_a_hostile_mod_folder_cannot_forge_lines(tmp_path, capsys, command):
    mod = tmp_path / FORGED
    mod.mkdir()
    (mod / "mod.yaml").write_text("id: [not an id\n", encoding="utf-8")
    cli.main([*command, "--mod", str(mod)])
    out = capsys.readouterr()
    text = out.out + out.err
    assert "\x1b" not in text and "\u202e" not in text
    assert "fake.yaml" in text  # the folder is named in the report...
    assert not any(line.startswith("fake.yaml") for line in text.splitlines())  # ...escaped
