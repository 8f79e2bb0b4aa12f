"""Settings: a bad settings file never stops the game and is kept for the player."""

from __future__ import annotations

import json

import pytest

from game import cli
from game.settings import Settings


def test_settings_round_trip(tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings()
    settings.scale = 3
    settings.text_speed = "fast"
    settings.save(path)
    loaded, problem = Settings.load(path)
    assert problem is None
    assert (loaded.scale, loaded.text_speed) == (3, "fast")


@pytest.mark.parametrize("text", [
    "{not json",
    "[1, 2, 3]",
    "[" * 100_000 + "]" * 100_000,
    '{"scale": ' + "[" * 50_000 + "]" * 50_000 + "}",
    "",
])
def test_a_corrupt_file_is_set_aside_and_defaults_used(tmp_path, text):
    path = tmp_path / "settings.json"
    path.write_text(text, encoding="utf-8")
    loaded, problem = Settings.load(path)
    assert loaded == Settings()
    assert problem is not None and str(path) in problem
    kept = tmp_path / "settings.json.broken"
    assert kept.read_text(encoding="utf-8") == text  # nothing the player wrote is lost
    assert not path.exists()


def test_the_game_starts_with_a_corrupt_settings_file(tmp_path, monkeypatch, capsys):
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("ENAMEL_DATA_DIR", str(data))
    (data / "settings.json").write_text("[" * 100_000, encoding="utf-8")
    shot = tmp_path / "title.png"
    assert cli.main(["--headless", "--ticks", "5", "--screenshot", str(shot)]) == 0
    assert shot.is_file()
    assert "settings.json" in capsys.readouterr().err
    assert (data / "settings.json.broken").is_file()


def test_unknown_or_mistyped_values_fall_back_per_field(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"scale": "big", "text_speed": "warp", "fullscreen": True}))
    loaded, problem = Settings.load(path)
    assert problem is None
    assert loaded.fullscreen is True
    assert (loaded.scale, loaded.text_speed) == (Settings().scale, Settings().text_speed)


def test_volumes_are_saved_and_loaded(tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings()
    settings.master_volume, settings.music_volume, settings.effects_volume = 60, 0, 100
    settings.save(path)
    loaded, problem = Settings.load(path)
    assert problem is None
    assert (loaded.master_volume, loaded.music_volume, loaded.effects_volume) == (60, 0, 100)


@pytest.mark.parametrize(("written", "read"), [
    (150, 100), (-5, 0), (True, Settings().music_volume), (0.5, Settings().music_volume),
    ("loud", Settings().music_volume), (None, Settings().music_volume), (35, 35),
])
def test_a_volume_out_of_range_or_of_the_wrong_kind_is_mended(tmp_path, written, read):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"music_volume": written, "scale": 3}))
    loaded, problem = Settings.load(path)
    assert problem is None
    assert loaded.music_volume == read and loaded.scale == 3


def test_controls_round_trip_and_a_hand_edited_file_is_mended_entry_by_entry(tmp_path):
    from game.engine.input import PAD, Action

    path = tmp_path / "settings.json"
    settings = Settings()
    settings.controls.press("keys", Action.LOG, "h")
    settings.save(path)
    loaded, problem = Settings.load(path)
    assert problem is None and loaded.controls == settings.controls

    data = json.loads(path.read_text())
    data["controls"]["keys"]["jump"] = ["j"]  # no such action
    data["controls"]["keys"]["run"] = ["z", 7]  # Z is Confirm's on the map; 7 no key name
    data["controls"]["keys"]["confirm"] = []  # essential: cannot be left with nothing
    data["controls"]["pad"]["up"] = ["turbo"]  # no such button
    path.write_text(json.dumps(data))
    loaded, problem = Settings.load(path)
    assert problem is not None and str(path) in problem and "jump" in problem
    assert loaded.controls.bound("keys", Action.LOG) == ["l", "h"]  # the rest is kept
    assert "z" not in loaded.controls.bound("keys", Action.CONFIRM)
    assert loaded.controls.bound("keys", Action.RUN) == ["z"]
    assert loaded.controls.bound("keys", Action.CONFIRM)  # its free defaults came back
    assert loaded.controls.bound(PAD, Action.UP) == ["dpup"]
    assert path.is_file()  # a mended file is not set aside


@pytest.mark.parametrize("controls", [
    None, [], "keys", {"keys": []}, {"keys": {"up": "w"}}, {"pad": {"up": [None, ["a"]]}},
    {"keys": {"confirm": ["x" * 10_000]}},
])
def test_controls_of_the_wrong_shape_never_stop_the_game(tmp_path, controls):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"controls": controls, "scale": 3}))
    loaded, _ = Settings.load(path)
    assert loaded.scale == 3
    from game.engine.input import ESSENTIAL, Action

    for action in Action:
        if action and action & ESSENTIAL and action.name:
            assert loaded.controls.bound("keys", action) and loaded.controls.bound("pad", action)
