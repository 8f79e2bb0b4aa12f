"""Where the game's content and the player's data live."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
MAPS = ROOT / "maps"
DIALOGUE = ROOT / "dialogue"
LEVELS = ROOT / "levels"

APP_DIR_NAME = "enamel2045"


def user_data_dir() -> Path:
    """The player's data folder (saves, settings, mods, personal bests).

    ``ENAMEL_DATA_DIR`` overrides it, which tests and portable installs use.
    """
    override = os.environ.get("ENAMEL_DATA_DIR")
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", home / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", home / ".local" / "share"))
    return base / APP_DIR_NAME


def user_mods_dir() -> Path:
    return user_data_dir() / "mods"
