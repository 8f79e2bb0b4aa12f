"""Colours of the nanobot debugger, checked for colour-blind players.

Tissue colours come from the game palette (``tools/art/palette.py``; the names
are noted beside each value and a test keeps them in sync). They were chosen
to differ in lightness as well as hue, and every tissue also has its own
pattern (see :mod:`game.nanobots.render`), so no tissue is told apart by hue
alone. :func:`min_distance` measures how far apart a set of colours stays under
simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009,
severity 1.0, in linear RGB), in CIELAB ΔE*76.
"""

from __future__ import annotations

import itertools
import math

from game.nanobots.tissues import Tissue

RGB = tuple[int, int, int]


def hex_rgb(text: str) -> RGB:
    text = text.lstrip("#")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


#: Game palette colours used here: name -> hex (must match tools/art/palette.py).
PALETTE: dict[str, str] = {
    "ink": "#111119",
    "night": "#1b2030",
    "navy": "#263048",
    "slate": "#3a4862",
    "steel": "#56668a",
    "grey": "#8592ab",
    "silver": "#b5bfcf",
    "mist": "#d8e0e8",
    "white": "#f4f8fa",
    "teal_1": "#136068",
    "teal_2": "#1f8c8a",
    "teal_3": "#3dbaa9",
    "teal_4": "#7ee2cf",
    "teal_5": "#c6f6ea",
    "umber_2": "#663b25",
    "umber_3": "#8b5535",
    "umber_4": "#b07a50",
    "umber_5": "#d49c72",
    "sand": "#e2c07a",
    "wine_0": "#3e1422",
    "wine_1": "#6a1f32",
    "wine_2": "#9c2f40",
    "wine_3": "#cc4d4d",
    "wine_4": "#ee8270",
    "violet_1": "#54308a",
    "violet_2": "#8452c8",
    "violet_3": "#b88cf0",
    "pink_0": "#6e1a52",
    "pink_1": "#bb2c7c",
    "gold_0": "#6a4a16",
    "gold_1": "#b88420",
    "gold_2": "#eec03c",
    "gold_3": "#fff0a0",
    "blue_1": "#2556b4",
    "blue_2": "#3f90ea",
    "blue_3": "#8ccfff",
    "orange_1": "#dc6a2a",
    "orange_2": "#ffa650",
}


def pal(name: str) -> RGB:
    return hex_rgb(PALETTE[name])


#: Base colour and pattern colour of each tissue.
TISSUE_COLORS: dict[Tissue, tuple[RGB, RGB]] = {
    Tissue.FLUID: (pal("ink"), pal("night")),
    Tissue.ENAMEL: (pal("mist"), pal("white")),
    Tissue.DENTIN: (pal("sand"), pal("umber_5")),
    Tissue.PULP: (pal("pink_0"), pal("pink_1")),
    Tissue.GUM: (pal("wine_2"), pal("wine_1")),
    Tissue.BONE: (pal("steel"), pal("slate")),
    Tissue.CAVITY: (pal("gold_1"), pal("gold_0")),
    Tissue.MARKER: (pal("violet_2"), pal("violet_1")),
    Tissue.FILLED: (pal("blue_3"), pal("blue_2")),
}

#: What the pattern of each tissue looks like, for the legend and docs.
PATTERN_NAMES: dict[Tissue, str] = {
    Tissue.FLUID: "scope grid",
    Tissue.ENAMEL: "plain, lightest",
    Tissue.DENTIN: "tubule dots",
    Tissue.PULP: "dark, nerve strands",
    Tissue.GUM: "horizontal lines",
    Tissue.BONE: "speckle",
    Tissue.CAVITY: "warning stripes",
    Tissue.MARKER: "checkerboard",
    Tissue.FILLED: "framed blocks",
}

# --- the instrument ---------------------------------------------------------------------------
BACKDROP = (10, 12, 18)  # behind everything: darker than the palette's ink
PANEL = pal("ink")
PANEL_EDGE = pal("slate")
PANEL_RAISED = pal("night")
GUTTER = (16, 19, 29)
TEXT = pal("mist")
TEXT_DIM = pal("grey")
TEXT_FAINT = pal("steel")
ACCENT = pal("teal_4")
ACCENT_DIM = pal("teal_2")
CURSOR = pal("gold_2")
WARN = pal("orange_2")
DANGER = pal("wine_4")
GOOD = pal("teal_4")
LOCKED = pal("steel")
BREAK = pal("wine_3")

# code-editor syntax colours
SYNTAX_KIND = pal("blue_3")
SYNTAX_NAME = pal("grey")
SYNTAX_VALUE = pal("gold_3")
SYNTAX_TISSUE = pal("violet_3")
SYNTAX_COMMENT = pal("steel")

BOT_ONE = pal("teal_5")
BOT_MANY = pal("white")
BOT_SELECTED = pal("gold_3")
BOT_SHADOW = pal("ink")
TRAIL = pal("teal_2")

#: Sequential ramp for heat and harm (dark -> bright, lightness always rising).
HEAT_RAMP: tuple[RGB, ...] = (
    pal("violet_1"), pal("wine_2"), pal("orange_1"), pal("gold_2"), pal("gold_3"),
)
DENSITY_RAMP: tuple[RGB, ...] = (pal("teal_1"), pal("teal_2"), pal("blue_2"), pal("blue_3"),
                                 pal("white"))


# --- colour-vision checks -------------------------------------------------------------------
_CVD = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}
VISIONS = ("normal", *_CVD)


def _to_linear(c: int) -> float:
    v = c / 255.0
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def _to_srgb(v: float) -> int:
    v = min(1.0, max(0.0, v))
    s = v * 12.92 if v <= 0.0031308 else 1.055 * v ** (1 / 2.4) - 0.055
    return round(s * 255)


def simulate(rgb: RGB, vision: str) -> RGB:
    """How ``rgb`` looks with ``vision`` (one of :data:`VISIONS`)."""
    if vision == "normal":
        return rgb
    lin = [_to_linear(c) for c in rgb]
    m = _CVD[vision]
    return tuple(_to_srgb(sum(m[r][k] * lin[k] for k in range(3))) for r in range(3))  # type: ignore[return-value]


def lab(rgb: RGB) -> tuple[float, float, float]:
    r, g, b = (_to_linear(c) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e(a: RGB, b: RGB) -> float:
    return math.dist(lab(a), lab(b))


def lightness(rgb: RGB) -> float:
    return lab(rgb)[0]


def min_distance(colors: dict[object, RGB], vision: str) -> tuple[float, object, object]:
    """The closest pair of ``colors`` under ``vision``: (ΔE, key a, key b)."""
    best = (math.inf, None, None)
    for (ka, a), (kb, b) in itertools.combinations(colors.items(), 2):
        d = delta_e(simulate(a, vision), simulate(b, vision))
        if d < best[0]:
            best = (d, ka, kb)
    return best


def ramp(colors: tuple[RGB, ...], steps: int = 256) -> list[RGB]:
    """A smooth lookup table through ``colors``."""
    out: list[RGB] = []
    for i in range(steps):
        t = i / (steps - 1) * (len(colors) - 1)
        k = min(int(t), len(colors) - 2)
        f = t - k
        a, b = colors[k], colors[k + 1]
        out.append(tuple(round(a[j] + (b[j] - a[j]) * f) for j in range(3)))  # type: ignore[misc]
    return out
BLUE_GAUGE = pal("blue_2")
