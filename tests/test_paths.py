"""Where the game looks for its content and keeps the player's data (game/paths.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest
from platformdirs.macos import MacOS
from platformdirs.windows import Windows

from game import paths

CHECKOUT = Path(__file__).resolve().parents[1]
CONTENT = ("assets", "dialogue", "levels", "maps")


# The player's data folder ---------------------------------------------------------------

def test_enamel_data_dir_overrides_everything(tmp_path, monkeypatch):
    monkeypatch.setenv("ENAMEL_DATA_DIR", str(tmp_path / "portable"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.user_data_dir() == tmp_path / "portable"
    assert paths.user_mods_dir() == tmp_path / "portable" / "mods"


@pytest.mark.parametrize("value", [None, ""], ids=["unset", "empty"])
def test_without_the_override_it_is_platformdirs_folder_for_the_game(value, monkeypatch):
    if value is None:
        monkeypatch.delenv("ENAMEL_DATA_DIR", raising=False)
    else:
        monkeypatch.setenv("ENAMEL_DATA_DIR", value)
    expected = Path(platformdirs.user_data_dir("enamel2045", appauthor=False, roaming=True))
    assert paths.user_data_dir() == expected
    assert paths.user_data_dir().name == "enamel2045"
    assert paths.user_mods_dir() == expected / "mods"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rules are Linux's")
def test_on_linux_xdg_data_home_is_honoured(tmp_path, monkeypatch):
    monkeypatch.delenv("ENAMEL_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.user_data_dir() == tmp_path / "xdg" / "enamel2045"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rules are Linux's")
@pytest.mark.parametrize("xdg", [None, ""], ids=["unset", "empty"])
def test_on_linux_the_default_is_local_share(xdg, tmp_path, monkeypatch):
    monkeypatch.delenv("ENAMEL_DATA_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:  # an empty XDG variable counts as unset (the spec; the old code made it relative)
        monkeypatch.setenv("XDG_DATA_HOME", xdg)
    assert paths.user_data_dir() == tmp_path / ".local" / "share" / "enamel2045"


# The folders README names for the other platforms, from platformdirs' classes for them.

@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX home stands in for macOS's")
def test_on_macos_it_is_application_support(tmp_path, monkeypatch):
    monkeypatch.delenv("ENAMEL_DATA_DIR", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(platformdirs, "PlatformDirs", MacOS)
    assert paths.user_data_dir() == tmp_path / "Library" / "Application Support" / "enamel2045"


def test_on_windows_it_is_the_roaming_appdata_folder_without_an_author(monkeypatch):
    import platformdirs.windows

    known = {"CSIDL_APPDATA": "/Roaming", "CSIDL_LOCAL_APPDATA": "/Local"}
    monkeypatch.delenv("ENAMEL_DATA_DIR", raising=False)
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", known.__getitem__)
    monkeypatch.setattr(platformdirs, "PlatformDirs", Windows)
    assert paths.user_data_dir() == Path("/Roaming") / "enamel2045"


# The base game's content ------------------------------------------------------------------

def make_content(folder: Path) -> Path:
    for name in CONTENT:
        (folder / name).mkdir(parents=True)
    return folder


def test_from_the_checkout_the_content_is_the_top_level_folders():
    assert paths.content_root() == paths.ROOT == CHECKOUT
    named = {"assets": paths.ASSETS, "dialogue": paths.DIALOGUE, "levels": paths.LEVELS,
             "maps": paths.MAPS}
    assert named == {name: CHECKOUT / name for name in CONTENT}


@pytest.fixture
def installed(tmp_path, monkeypatch) -> Path:
    """``game/`` as a wheel installs it (``site/game/``), with nothing frozen."""
    package = tmp_path / "site" / "game"
    package.mkdir(parents=True)
    monkeypatch.setattr(paths, "_PACKAGE_DIR", package)
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    return package


def test_installed_it_is_the_package_data(installed):
    packaged = make_content(installed / "_content")
    assert paths.content_root() == packaged


def test_without_package_data_it_falls_back_to_the_folder_above_game(installed):
    (installed / "_content" / "assets").mkdir(parents=True)  # an incomplete copy is no root
    assert paths.content_root() == installed.parent


def test_frozen_content_beside_the_executable_comes_first(installed, tmp_path, monkeypatch):
    make_content(installed / "_content")
    beside = make_content(tmp_path / "app")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(beside / "enamel2045"))
    monkeypatch.setattr(sys, "_MEIPASS", str(make_content(tmp_path / "bundle")), raising=False)
    assert paths.content_root() == beside


def test_frozen_without_content_beside_it_uses_the_bundle(installed, tmp_path, monkeypatch):
    make_content(installed / "_content")
    bundle = make_content(tmp_path / "bundle")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "app" / "enamel2045"))
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert paths.content_root() == bundle


def test_frozen_with_neither_uses_the_package_data(installed, tmp_path, monkeypatch):
    packaged = make_content(installed / "_content")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "app" / "enamel2045"))
    assert paths.content_root() == packaged
