"""Where the game's content and the player's data live.

The base game's content is the four folders ``assets/``, ``dialogue/``, ``levels/`` and
``maps/``. In the repository they sit at the top level, beside ``game/``; a wheel carries
them as package data in ``game/_content/`` (setup.py maps them there). :func:`content_root`
finds the folder that holds them, for a frozen desktop build, an installed wheel and a
source checkout (or editable install) alike; ``ROOT`` and the names below point into it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "enamel2045"

_CONTENT_DIRS = ("assets", "dialogue", "levels", "maps")
_PACKAGE_DIR = Path(__file__).resolve().parent


def _holds_content(folder: Path) -> bool:
    return all((folder / name).is_dir() for name in _CONTENT_DIRS)


def content_root() -> Path:
    """The folder that holds the base game's content folders, looked for in this order:

    1. a frozen build (``sys.frozen``: PyInstaller, cx_Freeze...): beside the executable,
       then inside the bundle (``sys._MEIPASS``);
    2. the installed package data (``game/_content/`` of an installed wheel);
    3. the source checkout: the folder above ``game/`` (also editable installs and
       ``python -m game`` from the checkout), which is the answer when nothing else is.
    """
    candidates: list[Path] = []
    if getattr(sys, "frozen", False):
        candidates.append(Path(sys.executable).resolve().parent)
        bundle = getattr(sys, "_MEIPASS", None)
        if bundle:
            candidates.append(Path(bundle))
    candidates.append(_PACKAGE_DIR / "_content")
    return next((c for c in candidates if _holds_content(c)), _PACKAGE_DIR.parent)


ROOT = content_root()
ASSETS = ROOT / "assets"
MAPS = ROOT / "maps"
DIALOGUE = ROOT / "dialogue"
LEVELS = ROOT / "levels"


def user_data_dir() -> Path:
    """The player's data folder (saves, settings, mods, logs, text read, personal bests).

    ``ENAMEL_DATA_DIR`` overrides it, which tests and portable installs use; otherwise it
    is platformdirs' user data folder for the game: ``~/.local/share/enamel2045`` on
    Linux, ``~/Library/Application Support/enamel2045`` on macOS (on both,
    ``$XDG_DATA_HOME/enamel2045`` when that is set), ``%APPDATA%\\enamel2045`` on
    Windows (the roaming folder, no author folder).
    """
    override = os.environ.get("ENAMEL_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def user_mods_dir() -> Path:
    return user_data_dir() / "mods"


def user_saves_dir() -> Path:
    """Save slots: one JSON file each, with the previous version as ``<file>.bak``."""
    return user_data_dir() / "saves"


def user_logs_dir() -> Path:
    """The game's log (``enamel2045.log``): what went wrong, for a bug report."""
    return user_data_dir() / "logs"
