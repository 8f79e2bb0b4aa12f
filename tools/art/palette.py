"""The one palette of ENAMEL 2045.

Every pixel of every generated PNG is one of these colours or fully transparent.
Colours are grouped in ramps (dark -> light); light comes from the top left, so the
lighter tones go on top/left faces and the darker ones on bottom/right faces.
"""

from __future__ import annotations

# (name, hex). Order is the order of assets/palette.gpl and assets/palette.png.
COLOURS: list[tuple[str, str]] = [
    # neutrals, cool (outlines, walls, metal, suits)
    ("ink", "#111119"),
    ("night", "#1b2030"),
    ("navy", "#263048"),
    ("slate", "#3a4862"),
    ("steel", "#56668a"),
    ("grey", "#8592ab"),
    ("silver", "#b5bfcf"),
    ("mist", "#d8e0e8"),
    ("white", "#f4f8fa"),
    # teal (the 2045 clinic)
    ("teal_0", "#0d3a42"),
    ("teal_1", "#136068"),
    ("teal_2", "#1f8c8a"),
    ("teal_3", "#3dbaa9"),
    ("teal_4", "#7ee2cf"),
    ("teal_5", "#c6f6ea"),
    # warm browns: skin tones and wood share this ramp
    ("umber_0", "#2e1a14"),
    ("umber_1", "#45271b"),
    ("umber_2", "#663b25"),
    ("umber_3", "#8b5535"),
    ("umber_4", "#b07a50"),
    ("umber_5", "#d49c72"),
    ("umber_6", "#f0c29c"),
    ("umber_7", "#fce2c8"),
    ("sand", "#e2c07a"),
    # reds / burgundy (carpet, blazer, lips)
    ("wine_0", "#3e1422"),
    ("wine_1", "#6a1f32"),
    ("wine_2", "#9c2f40"),
    ("wine_3", "#cc4d4d"),
    ("wine_4", "#ee8270"),
    # violet (Synthedent's company colour, dusk)
    ("violet_0", "#2c1a4a"),
    ("violet_1", "#54308a"),
    ("violet_2", "#8452c8"),
    ("violet_3", "#b88cf0"),
    # pink / magenta (Anya)
    ("pink_0", "#6e1a52"),
    ("pink_1", "#bb2c7c"),
    ("pink_2", "#ee5ca6"),
    ("pink_3", "#ffa4cf"),
    # gold / yellow (lamps, frames, stage light)
    ("gold_0", "#6a4a16"),
    ("gold_1", "#b88420"),
    ("gold_2", "#eec03c"),
    ("gold_3", "#fff0a0"),
    # green (plants)
    ("leaf_0", "#163222"),
    ("leaf_1", "#24522e"),
    ("leaf_2", "#3c8038"),
    ("leaf_3", "#6cb446"),
    ("leaf_4", "#b0dc70"),
    # blue (holograms, sky, denim)
    ("blue_0", "#16306a"),
    ("blue_1", "#2556b4"),
    ("blue_2", "#3f90ea"),
    ("blue_3", "#8ccfff"),
    # orange (sporty, dusk sky, warning)
    ("orange_0", "#8e3a1a"),
    ("orange_1", "#dc6a2a"),
    ("orange_2", "#ffa650"),
]

NAMES: list[str] = [n for n, _ in COLOURS]
INDEX: dict[str, int] = {n: i for i, n in enumerate(NAMES)}


def _rgb(h: str) -> tuple[int, int, int]:
    h = h.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


RGB: list[tuple[int, int, int]] = [_rgb(h) for _, h in COLOURS]
RGB_SET: frozenset[tuple[int, int, int]] = frozenset(RGB)

assert 32 <= len(COLOURS) <= 64, len(COLOURS)
assert len(set(NAMES)) == len(NAMES)
assert len(RGB_SET) == len(RGB), "palette colours must be distinct"


def idx(name: str) -> int:
    """Palette index of a colour name (raises KeyError for unknown names)."""
    return INDEX[name]


def gpl_text() -> str:
    """The palette as a GIMP .gpl file."""
    lines = ["GIMP Palette", "Name: ENAMEL 2045", "Columns: 8", "#"]
    for (name, _), (r, g, b) in zip(COLOURS, RGB, strict=True):
        lines.append(f"{r:3d} {g:3d} {b:3d}\t{name}")
    return "\n".join(lines) + "\n"
