"""Colours and sizes of the interface, all taken from the game's one palette.

The palette lives in assets/palette.gpl (made by tools/make_art.py); a test
checks every colour here is in it.
"""

from __future__ import annotations

INK = (17, 17, 25)  # ink
NIGHT = (27, 32, 48)  # night
NAVY = (38, 48, 72)  # navy
SLATE = (58, 72, 98)  # slate
STEEL = (86, 102, 138)  # steel
GREY = (133, 146, 171)  # grey
SILVER = (181, 191, 207)  # silver
MIST = (216, 224, 232)  # mist
WHITE = (244, 248, 250)  # white
TEAL = (61, 186, 169)  # teal_3
TEAL_LIGHT = (126, 226, 207)  # teal_4
TEAL_PALE = (198, 246, 234)  # teal_5
TEAL_DARK = (19, 96, 104)  # teal_1
GOLD = (238, 192, 60)  # gold_2
GOLD_PALE = (255, 240, 160)  # gold_3
RED = (204, 77, 77)  # wine_3
CORAL = (238, 130, 112)  # wine_4
VIOLET = (184, 140, 240)  # violet_3

TEXT = WHITE
TEXT_DIM = GREY
TEXT_DISABLED = STEEL
SHADOW = INK
HIGHLIGHT = TEAL_LIGHT
ACCENT = GOLD

#: Internal-pixel font sizes.
SIZE_SMALL = 6.5
SIZE_BODY = 8
SIZE_TITLE = 11

# --- comfort: high-contrast text and reduced motion (the settings screen's switches) ------
#: Menus: the selected row's fill and text, and the shade laid over the game behind them.
SELECTED_FILL: tuple[int, ...] = (*TEAL, 70)
SELECTED_TEXT = TEAL_PALE
SCRIM = 170  # alpha of INK over the game behind a menu

_NORMAL: dict[str, object] = {
    "TEXT": TEXT, "TEXT_DIM": TEXT_DIM, "TEXT_DISABLED": TEXT_DISABLED, "SHADOW": SHADOW,
    "HIGHLIGHT": HIGHLIGHT, "SELECTED_FILL": SELECTED_FILL, "SELECTED_TEXT": SELECTED_TEXT,
    "SCRIM": SCRIM,
}
#: The same names with stronger contrast: dim text is light, disabled text still
#: readable (about 5:1 on the panels), the selected row solid, the game behind darker.
_HIGH: dict[str, object] = {
    "TEXT": WHITE, "TEXT_DIM": MIST, "TEXT_DISABLED": GREY, "SHADOW": INK,
    "HIGHLIGHT": GOLD_PALE, "SELECTED_FILL": (*TEAL_DARK, 255), "SELECTED_TEXT": WHITE,
    "SCRIM": 225,
}
_comfort = {"high_contrast": False, "reduced_motion": False}


def use_comfort(*, high_contrast: bool, reduced_motion: bool) -> None:
    """Switch the interface's colours (the names above) to high contrast or back, and
    say whether views may move things on screen. Views read ``theme.NAME`` as they
    draw, so the switch shows on the next frame."""
    _comfort["high_contrast"] = bool(high_contrast)
    _comfort["reduced_motion"] = bool(reduced_motion)
    globals().update(_HIGH if high_contrast else _NORMAL)


def follow(settings: object) -> None:
    """:func:`use_comfort` from a settings object (``high_contrast``, ``reduced_motion``)."""
    use_comfort(high_contrast=bool(getattr(settings, "high_contrast", False)),
                reduced_motion=bool(getattr(settings, "reduced_motion", False)))


def high_contrast() -> bool:
    """Whether text, name plates and menus use the high-contrast colours."""
    return _comfort["high_contrast"]


def reduced_motion() -> bool:
    """Whether views should not slide, bob, scroll or ramp things (a cut instead)."""
    return _comfort["reduced_motion"]
