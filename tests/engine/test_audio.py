"""Audio as a player and a modder rely on it: the volumes reach the mixer (live, and
from the settings menu), one track at a time, a mod's sound or track replaces the
game's by path, and no audio device means silence with nothing printed."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import wave
from pathlib import Path

import pygame
import pytest

from game.content.resolver import Resolver
from game.engine import audio as audio_module
from game.engine.audio import (
    BLIP_VOICES,
    FLOORS,
    MAP_FLOORS,
    MAP_MUSIC,
    MUSIC_CHANNELS,
    PLAYED_KEPT,
    TRACKS,
    UI_CUES,
    Audio,
    blip_voice,
    gain,
)
from game.engine.input import Action, InputFrame
from game.services import Game
from game.settings import Settings
from game.ui.menu import CANCELLED, Menu, MenuItem
from tests.support.content import GAME, recording

ROOT = Path(__file__).resolve().parents[2]


def tiny_wav(path: Path, seconds: float = 0.1) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(22050)
        frames = int(22050 * seconds)
        out.writeframes(b"".join(struct.pack("<h", (i * 37) % 2000) for i in range(frames)))
    return path


@pytest.fixture
def mixer():
    """The mixer on SDL's dummy driver (tests/conftest.py), fresh for each test."""
    pygame.mixer.quit()
    try:
        pygame.mixer.init()
    except pygame.error:
        pytest.skip("no audio device, not even SDL's dummy one")
    yield
    pygame.mixer.quit()


def music_channel_sound() -> pygame.mixer.Sound | None:
    """The sound on the music channel that is not fading out (the newest playing)."""
    playing = [pygame.mixer.Channel(i) for i in MUSIC_CHANNELS]
    sounds = [c.get_sound() for c in playing if c.get_busy()]
    return sounds[-1] if len(sounds) == 1 else None


def test_volumes_change_what_the_mixer_is_told(mixer):
    settings = Settings()
    audio = Audio(settings=settings)
    audio.play_music("practice")
    audio.wait()
    audio.play("ui_confirm")
    track = music_channel_sound()
    effect = audio._sound("ui_confirm")
    assert track is not None and effect is not None
    assert track.get_volume() == pytest.approx(gain(80) * gain(70), abs=1 / 128)
    assert effect.get_volume() == pytest.approx(gain(80) * gain(80), abs=1 / 128)

    settings.music_volume, settings.effects_volume = 30, 100
    audio.apply_volumes()  # live: what is already playing follows
    assert track.get_volume() == pytest.approx(gain(80) * gain(30), abs=1 / 128)
    assert effect.get_volume() == pytest.approx(gain(80) * gain(100), abs=1 / 128)

    settings.master_volume = 0
    audio.apply_volumes()
    assert track.get_volume() == 0 and effect.get_volume() == 0


def test_the_settings_menu_changes_the_volume_heard_at_once(mixer):
    from game.menus.settings_menu import SettingsScene

    game = Game()
    game.audio.play_music("clinic")
    game.audio.wait()
    scene = SettingsScene(game)
    game.stack.push(scene)
    rows = [row.label for row in scene.rows]
    press = InputFrame(held=Action.DOWN, pressed=Action.DOWN)
    for _ in range(rows.index("Music volume")):
        scene.update(press)
        scene.update(InputFrame())
    before = game.settings.music_volume
    for _ in range(2):
        scene.update(InputFrame(held=Action.LEFT, pressed=Action.LEFT))
        scene.update(InputFrame())
    assert game.settings.music_volume == before - 20
    track = music_channel_sound()
    assert track is not None
    assert track.get_volume() == pytest.approx(
        gain(game.settings.master_volume) * gain(before - 20), abs=1 / 128)
    assert "ui_move" in game.audio.played
    for _ in range(20):  # a volume stops at 0, never wraps round to full
        scene.update(InputFrame(held=Action.LEFT, pressed=Action.LEFT))
        scene.update(InputFrame())
    assert game.settings.music_volume == 0


def test_one_track_at_a_time_and_the_same_track_again_changes_nothing(mixer):
    audio = Audio()
    audio.play_music("street")
    audio.wait()
    first = music_channel_sound()
    audio.play_music("street")
    audio.wait()
    assert music_channel_sound() is first
    audio.play_music("hall", fade_ms=0)
    audio.wait()
    busy = [pygame.mixer.Channel(i).get_busy() for i in MUSIC_CHANNELS]
    assert busy.count(True) == 1
    assert music_channel_sound() is not first
    audio.stop_music(fade_ms=0)
    assert not any(pygame.mixer.Channel(i).get_busy() for i in MUSIC_CHANNELS)
    assert list(audio.music_played) == ["street", "hall", None]


def test_a_crossfade_keeps_both_tracks_sounding_for_a_while(mixer):
    audio = Audio()
    audio.play_music("practice")
    audio.wait()
    audio.play_music("debate")
    audio.wait()
    assert all(pygame.mixer.Channel(i).get_busy() for i in MUSIC_CHANNELS)


def test_a_mods_track_and_sound_replace_the_games_through_the_content_layer(
        tmp_path, mixer, monkeypatch):
    mod = tmp_path / "mods" / "quiet_clinic"
    track = tiny_wav(mod / "assets" / "music" / "clinic.wav", 0.5)
    cue = tiny_wav(mod / "assets" / "sounds" / "ui_move.wav")
    (mod / "assets" / "music" / "hall.ogg").write_bytes(b"OggS not really")
    content = Resolver.with_mods([("quiet_clinic", mod)], root=GAME)
    audio = Audio(content)
    assert audio.track_path("clinic") == track
    assert audio.track_path("practice") == GAME / "assets" / "music" / "practice.wav"
    assert audio.track_path("hall") == mod / "assets" / "music" / "hall.ogg"  # either suffix
    assert audio.cue_path("ui_move") == cue
    with recording(monkeypatch) as reads:
        audio.play_music("clinic")
        audio.wait()
        audio.play("ui_move")
    assert reads.under(mod) == [track.resolve(), cue.resolve()]
    assert reads.under(GAME / "assets" / "music") == []
    playing = music_channel_sound()
    assert playing is not None and playing.get_length() == pytest.approx(0.5, abs=0.01)
    audio.play_music("hall")  # not a sound file: nothing plays, nothing raised
    audio.wait()


def test_a_campaigns_mods_replace_the_track_already_playing(tmp_path, mixer):
    game = Game()
    game.audio.play_music("clinic")
    game.audio.wait()
    assert music_channel_sound().get_length() == pytest.approx(30.0, abs=0.1)
    mod = tmp_path / "mods" / "m"
    tiny_wav(mod / "assets" / "music" / "clinic.wav", 0.5)
    game.use_content(Resolver.with_mods([("m", mod)], root=GAME))
    game.audio.wait()
    sounds = [pygame.mixer.Channel(i).get_sound() for i in MUSIC_CHANNELS]
    assert sorted(round(s.get_length(), 1) for s in sounds if s is not None) == [0.5, 30.0]


def test_cues_and_tracks_are_ids_never_paths(tmp_path, mixer, monkeypatch):
    audio = Audio()
    with recording(monkeypatch) as reads:
        for name in ("../../secret", "/etc/passwd", "a/b", ".hidden", "C:x"):
            assert audio.cue_path(name) is None and audio.track_path(name) is None
            audio.play(name)
            audio.play_music(name)
            audio.wait()
    assert reads.paths == []


def test_no_audio_device_plays_nothing_prints_nothing_raises_nothing(monkeypatch, capfd):
    pygame.mixer.quit()

    def failing_init(*args, **kwargs):
        os.write(2, b"ALSA lib confmisc.c:855:(parse_card) cannot find card '0'\n")
        raise pygame.error("ALSA: Couldn't open audio device")

    monkeypatch.setattr(pygame.mixer, "init", failing_init)
    audio = Audio(settings=Settings())
    audio.play("ui_move")
    audio.ui("confirm")
    audio.footstep("wood")
    audio.blip("max_chen")
    audio.start_loop("nanobot_hum")
    audio.stop_loop()
    audio.play_music("practice")
    audio.music_for_map("street")
    audio.wait()
    audio.set_volumes(10, 20, 30)
    audio.stop_music()
    assert not audio.ready
    assert list(audio.played) == ["ui_move", "ui_confirm", "step_wood_2"]
    assert list(audio.music_played) == ["practice", "street", None]
    assert capfd.readouterr() == ("", "")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ALSA is Linux's")
def test_a_real_missing_device_says_nothing(tmp_path):
    """SDL's ALSA driver on a device that does not exist: ALSA itself prints to
    stderr unless the game hushes it."""
    code = ("from game.engine.audio import Audio\n"
            "a = Audio()\n"
            "a.play('ui_move'); a.play_music('practice'); a.wait(); a.blip('sam')\n"
            "assert not a.ready\n")
    env = {**os.environ, "SDL_AUDIODRIVER": "alsa", "AUDIODEV": "enamel_no_such_device",
           "PYGAME_HIDE_SUPPORT_PROMPT": "1"}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_a_headless_audio_never_opens_the_mixer(monkeypatch):
    pygame.mixer.quit()
    opened = []
    monkeypatch.setattr(pygame.mixer, "init", lambda *a, **k: opened.append(a))
    audio = Audio(enabled=False)
    audio.play("ui_move")
    audio.play_music("practice")
    assert opened == [] and list(audio.played) == ["ui_move"] and audio.music == "practice"


def test_menus_sound_their_moves_confirms_and_backs():
    audio = Audio(enabled=False)
    menu = Menu([MenuItem("One"), MenuItem("Off", enabled=False), MenuItem("Three")])
    menu.update(InputFrame(held=Action.DOWN, pressed=Action.DOWN))
    assert menu.index == 2 and list(audio.played) == ["ui_move"]
    assert menu.update(InputFrame(pressed=Action.CONFIRM)) == 2
    assert menu.update(InputFrame(pressed=Action.CANCEL)) == CANCELLED
    assert list(audio.played) == ["ui_move", "ui_confirm", "ui_back"]


def test_footsteps_alternate_and_blips_follow_the_speaker():
    audio = Audio(enabled=False)
    for _ in range(3):
        audio.footstep("carpet")
    assert list(audio.played) == ["step_carpet_2", "step_carpet_1", "step_carpet_2"]
    # the rule is the same on every machine and run (not Python's salted hash)
    assert [blip_voice(s) for s in ("max_chen", "anya", "victor_hale", "jun_park")] == \
        ["high", "low", "mid", "bright"]
    assert blip_voice(None) == "soft" and blip_voice("max_chen", "low") == "low"


def test_what_is_recorded_stays_bounded():
    audio = Audio(enabled=False)
    for _ in range(PLAYED_KEPT * 3):
        audio.play("ui_move")
        audio.play_music("practice")
        audio.play_music("clinic")
    assert len(audio.played) == PLAYED_KEPT and len(audio.music_played) == PLAYED_KEPT


def test_every_cue_the_engine_names_has_a_file_and_every_map_has_music_and_floor():
    audio = Audio(Resolver.base_game(GAME), enabled=False)
    cues = [f"blip_{v}" for v in BLIP_VOICES] + list(UI_CUES.values())
    cues += [f"step_{floor}_{i}" for floor in FLOORS for i in (1, 2)]
    cues += ["door_open", "door_close", "door_chime", "evidence_get", "debate_hit",
             "debate_miss", "nanobot_hum", "nanobot_repair", "minigame_win", "minigame_lose"]
    assert [c for c in cues if audio.cue_path(c) is None] == []
    assert [t for t in TRACKS if audio.track_path(t) is None] == []
    maps = sorted(p.stem for p in (GAME / "maps").glob("*.tmx"))
    assert set(maps) <= set(MAP_MUSIC) and set(maps) <= set(MAP_FLOORS)
    assert set(MAP_MUSIC.values()) <= set(TRACKS) and set(MAP_FLOORS.values()) <= set(FLOORS)


def test_the_module_finds_the_running_games_audio():
    game = Game()
    assert audio_module.active() is game.audio


def test_a_blip_waits_for_the_previous_one(mixer):
    """Calling blip for every letter is fine: one blip sounds at a time."""
    audio = Audio()
    for _ in range(5):
        audio.blip("max_chen")
    assert list(audio.played) == ["blip_high"]
    audio.blip("anya", "none")  # a speaker declared silent
    assert list(audio.played) == ["blip_high"]


def test_walking_sounds_a_step_as_each_foot_lands_on_the_maps_floor():
    from game.world.actors import STRIDE

    audio = Audio(enabled=False)
    walked = 0
    for _ in range(4 * STRIDE // 16):  # four strides at 16 subpixels a tick
        walked += 16
        audio.walking("street", walked)
    audio.walking("street", 0)  # stands still
    audio.walking("conference_hall", 16)  # sets off again
    audio.walking("conference_hall", 32)  # the same foot: no new step
    audio.walking("sam_flat", 0)
    audio.walking("sam_flat", 16, floor="tile")  # the map says what its floor is
    assert list(audio.played) == ["step_street_2", "step_street_1", "step_street_2",
                                  "step_carpet_1", "step_tile_2"]


def test_repairs_chime_at_each_tenth_and_not_when_rewinding():
    audio = Audio(enabled=False)
    for fraction in (0.0, 0.05, 0.1, 0.15, 0.32, 0.2, 0.0, 0.1):
        audio.repair_progress(fraction)
    assert list(audio.played) == ["nanobot_repair"] * 3
