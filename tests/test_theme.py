"""The interface draws only with the game's palette."""

from __future__ import annotations

from game.paths import ASSETS
from game.ui import theme


def palette() -> set[tuple[int, int, int]]:
    colours = set()
    for line in (ASSETS / "palette.gpl").read_text().splitlines():
        parts = line.split()
        if len(parts) >= 3 and all(p.isdigit() for p in parts[:3]):
            colours.add((int(parts[0]), int(parts[1]), int(parts[2])))
    return colours


def test_every_theme_colour_is_in_the_palette():
    known = palette()
    assert len(known) >= 32
    used = {name: value for name, value in vars(theme).items()
            if isinstance(value, tuple) and len(value) == 3}
    assert used and {name for name, value in used.items() if value not in known} == set()
