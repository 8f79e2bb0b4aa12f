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
