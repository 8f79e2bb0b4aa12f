"""Sound effects by cue, music by track, three volumes, and silence without a device.

Files are found through the run's packs (the base game, then the mods kept for the
campaign; a later pack wins), by id, never by path:

- an effect ``<cue>`` is ``assets/sounds/<cue>.ogg`` or ``.wav``;
- a music track ``<track>`` is ``assets/music/<track>.ogg`` or ``.wav``.

So a mod replaces a sound or a track by bringing a file at the same path (either
suffix: a mod's ``.ogg`` replaces the game's ``.wav``). The game's own files are
made by ``tools/make_audio.py``.

One music track plays at a time, looping; changing track crossfades. Effects play
over it; a text blip plays only when the previous blip has finished, and one looping
effect (the nanobots' hum) can run under everything. The volumes (master, music,
effects: 0-100 from the settings) apply at once, to what is already playing too.

Sound never affects logic. With no audio device, a mixer that cannot start, a cue
with no file or a file that is not sound, nothing plays and nothing is printed: the
game carries on silently. What was asked for is still recorded (``played``,
``music``) for tests and tools.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import weakref
import zlib
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

import pygame

from game.content.resolver import Found, Refused, Resolver
from game.content.safepath import safe_name

SOUND_FOLDER = "assets/sounds"
MUSIC_FOLDER = "assets/music"
#: File kinds looked for, in a pack's order of preference.
SUFFIXES = (".ogg", ".wav")

#: The game's music tracks (``assets/music/<track>.wav``).
TRACKS = ("practice", "clinic", "street", "hall", "debate", "showdown")
#: The track each of the game's maps plays (a map not listed keeps the music on).
MAP_MUSIC: dict[str, str] = {
    "practice": "practice", "sam_flat": "practice", "clinic": "clinic", "new_clinic": "practice",
    "synthedent_suite": "clinic", "street": "street", "conference_hall": "hall",
}
#: Floors with footstep sounds (``step_<floor>_1`` and ``_2``, played in turn).
FLOORS = ("wood", "tile", "carpet", "street")
DEFAULT_FLOOR = "tile"
#: What each of the game's maps is floored with.
MAP_FLOORS: dict[str, str] = {
    "practice": "tile", "clinic": "tile", "new_clinic": "tile", "synthedent_suite": "carpet",
    "sam_flat": "wood",
    "street": "street", "conference_hall": "carpet",
}
#: Text blip voices (``blip_<voice>``); ``none`` is silent.
BLIP_VOICES = ("low", "mid", "high", "soft", "bright")
NARRATION_VOICE = "soft"
SILENT_VOICE = "none"
#: Menu sounds by what happened.
UI_CUES = {"move": "ui_move", "confirm": "ui_confirm", "back": "ui_back"}

CROSSFADE_MS = 1200
LOOP_FADE_MS = 250
#: Mixer channels kept for the music (two, to crossfade), the blips and the loop.
MUSIC_CHANNELS = (0, 1)
BLIP_CHANNEL = 2
LOOP_CHANNEL = 3
CHANNELS = 16
#: How many cues ``played`` remembers (a long run must not grow without bound).
PLAYED_KEPT = 256


class VolumeSettings(Protocol):
    master_volume: int
    music_volume: int
    effects_volume: int


def gain(percent: float) -> float:
    """The linear gain of a 0-100 volume setting; squared, so equal steps sound like
    roughly equal changes in loudness."""
    return (max(0.0, min(float(percent), 100.0)) / 100.0) ** 2


def blip_voice(speaker: str | None, declared: str | None = None) -> str:
    """The blip voice of a speaker: the one the campaign declares (``blip:``), else one
    of :data:`BLIP_VOICES` chosen from the speaker's id (the same on every machine and
    run); narration (no speaker) uses :data:`NARRATION_VOICE`."""
    if declared:
        return declared
    if not speaker:
        return NARRATION_VOICE
    return BLIP_VOICES[zlib.crc32(speaker.encode("utf-8")) % len(BLIP_VOICES)]


def music_for(map_name: str, declared: str | None = None) -> str | None:
    """The track a map plays: its own (``declared``), else the game's table; None
    means "leave the music as it is"."""
    return declared or MAP_MUSIC.get(map_name)


def floor_for(map_name: str, declared: str | None = None) -> str:
    return declared or MAP_FLOORS.get(map_name, DEFAULT_FLOOR)


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Send what C libraries print to stderr (ALSA's "cannot find card") to nowhere
    while the mixer starts: no device is not an error worth a word."""
    try:
        if sys.stderr is not None:
            sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):
        yield
        return
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, 2)
        finally:
            os.close(null)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


_active: weakref.ref[Audio] | None = None


def active() -> Audio | None:
    """The audio of the running game (the last one made), for widgets that have no
    handle on the game (menus play their move/confirm/back sounds through it)."""
    return _active() if _active is not None else None


def ui_sound(kind: str) -> None:
    """Play a menu sound (``move``, ``confirm``, ``back``) if there is a game's audio."""
    audio = active()
    if audio is not None:
        audio.ui(kind)


class Audio:
    def __init__(self, content: Resolver | None = None,
                 settings: VolumeSettings | None = None, enabled: bool = True) -> None:
        global _active
        self.content = content or Resolver.base_game()
        #: False: never open the mixer (headless runs); calls are still recorded.
        self.enabled = enabled
        self._sounds: dict[str, pygame.mixer.Sound | None] = {}
        self._tracks: dict[str, pygame.mixer.Sound | None] = {}
        self._ready: bool | None = None
        self.settings = settings
        self.master = self.music_volume = self.effects_volume = 0.0
        self.apply_volumes()
        #: Effects asked for, in order, the last :data:`PLAYED_KEPT` of them.
        self.played: deque[str] = deque(maxlen=PLAYED_KEPT)
        #: The track asked for (None: no music), and the tracks asked for in turn.
        self.music: str | None = None
        self.music_played: deque[str | None] = deque(maxlen=PLAYED_KEPT)
        #: The looping effect asked for (None: none).
        self.looping: str | None = None
        self._slot = 0  # which music channel holds the current track
        self._playing: str | None = None  # the track on that channel
        self._fading: pygame.mixer.Sound | None = None  # fading out on the other
        self._lock = threading.RLock()  # music state, shared with the track readers
        self._loaders: list[threading.Thread] = []
        self._step = 0  # alternates the two footstep sounds
        self._foot = -1  # the footfall last sounded while walking (-1: standing)
        self._tenth: int | None = None  # tenths of the cavities repaired, last heard
        _active = weakref.ref(self)

    # --- the device --------------------------------------------------------------------
    @property
    def ready(self) -> bool:
        """Whether sound can play (opens the mixer the first time; never raises)."""
        if self._ready is None:
            self._ready = self.enabled and self._open()
        return self._ready

    def _open(self) -> bool:
        try:
            if not pygame.mixer.get_init():
                with _quiet_stderr():
                    pygame.mixer.init(44100, -16, 2, 512)
            pygame.mixer.set_num_channels(max(CHANNELS, pygame.mixer.get_num_channels()))
            pygame.mixer.set_reserved(LOOP_CHANNEL + 1)
            return True
        except (pygame.error, NotImplementedError, AttributeError, OSError):
            return False

    def _channel(self, index: int) -> pygame.mixer.Channel:
        return pygame.mixer.Channel(index)

    # --- content -----------------------------------------------------------------------
    def use_content(self, content: Resolver) -> None:
        """Read sounds and music from these packs; a playing track that they replace
        crossfades into the new file."""
        current = self.music
        before = self.track_path(current) if current else None
        self.content = content
        self._sounds.clear()
        with self._lock:
            self._tracks = {k: v for k, v in self._tracks.items() if k == self._playing}
        if current is not None and self.track_path(current) != before:
            self.music = None
            self.play_music(current)

    def _find(self, folder: str, name: str, what: str) -> Path | None:
        """The file of an id in ``folder``: the highest pack's, whichever suffix it has;
        None if no pack has one or ``name`` is not an id."""
        try:
            stem = safe_name(name, what)
            best: Found | None = None
            for suffix in SUFFIXES:
                found = self.content.find(f"{folder}/{stem}{suffix}")
                if found is not None and (best is None or self._rank(found) > self._rank(best)):
                    best = found
        except Refused:
            return None
        return best.path if best is not None else None

    def _rank(self, found: Found) -> int:
        return self.content.packs.index(found.pack)

    def cue_path(self, cue: str) -> Path | None:
        """The file a cue plays, through the run's packs; None: no file, or not an id."""
        return self._find(SOUND_FOLDER, cue, "sound cue")

    def track_path(self, track: str) -> Path | None:
        return self._find(MUSIC_FOLDER, track, "music track")

    @staticmethod
    def _load(path: Path | None) -> pygame.mixer.Sound | None:
        if path is None:
            return None
        try:
            return pygame.mixer.Sound(str(path))
        except (pygame.error, OSError):  # not a sound file: nothing plays
            return None

    def _sound(self, cue: str) -> pygame.mixer.Sound | None:
        if cue not in self._sounds:
            self._sounds[cue] = self._load(self.cue_path(cue))
        return self._sounds[cue]

    # --- volumes -----------------------------------------------------------------------
    def use_settings(self, settings: VolumeSettings) -> None:
        """Take the volumes from these settings, now and whenever they change
        (:meth:`apply_volumes`)."""
        self.settings = settings
        self.apply_volumes()

    def apply_volumes(self) -> None:
        """Read the volumes from the settings and tell the mixer, for what is playing
        too (the settings menu calls this on every change)."""
        s = self.settings
        master = getattr(s, "master_volume", 80) if s is not None else 80
        music = getattr(s, "music_volume", 70) if s is not None else 70
        effects = getattr(s, "effects_volume", 80) if s is not None else 80
        self.set_volumes(master, music, effects)

    def set_volumes(self, master: float, music: float, effects: float) -> None:
        """Volumes as 0-100 settings."""
        self.master, self.music_volume, self.effects_volume = master, music, effects
        if not self._ready:
            return
        with self._lock:
            tracks = list(self._tracks.values())
        for sound in tracks:
            if sound is not None:
                sound.set_volume(self.music_gain)
        for sound in self._sounds.values():
            if sound is not None:
                sound.set_volume(self.effects_gain)

    @property
    def music_gain(self) -> float:
        return gain(self.master) * gain(self.music_volume)

    @property
    def effects_gain(self) -> float:
        return gain(self.master) * gain(self.effects_volume)

    # --- effects -----------------------------------------------------------------------
    def play(self, cue: str) -> None:
        """Play an effect once (the dialogue's ``sound`` step)."""
        self.played.append(cue)
        if not self.ready:
            return
        sound = self._sound(cue)
        if sound is not None:
            sound.set_volume(self.effects_gain)
            sound.play()

    def ui(self, kind: str) -> None:
        """A menu sound: ``move``, ``confirm`` or ``back``."""
        cue = UI_CUES.get(kind)
        if cue is not None:
            self.play(cue)

    def footstep(self, floor: str) -> None:
        """One step on a floor (see :data:`FLOORS`); the two recordings alternate."""
        self._step ^= 1
        self.play(f"step_{floor}_{self._step + 1}")

    def walking(self, map_name: str, walked: int, floor: str | None = None) -> None:
        """Call once a tick with the player's ``walked`` (subpixels since they last
        stood still): a footstep as each foot lands, on the map's floor (see
        :func:`floor_for`; ``floor`` is the map's own, if it declares one). The walk
        cycle puts a foot down every second stride, the first as they set off."""
        from game.world.actors import STRIDE

        foot = walked // (2 * STRIDE) if walked > 0 else -1
        if foot >= 0 and foot != self._foot:
            self.footstep(floor_for(map_name, floor))
        self._foot = foot

    def blip(self, speaker: str | None, voice: str | None = None) -> None:
        """A text blip for a speaker (see :func:`blip_voice`), skipped while the
        previous one still sounds, so calling it for every letter is fine."""
        voice = blip_voice(speaker, voice)
        if voice == SILENT_VOICE or not self.ready:
            return
        channel = self._channel(BLIP_CHANNEL)
        if channel.get_busy():
            return
        cue = f"blip_{voice}"
        sound = self._sound(cue)
        if sound is not None:
            self.played.append(cue)
            sound.set_volume(self.effects_gain)
            channel.play(sound)

    def start_loop(self, cue: str) -> None:
        """Play an effect over and over (the nanobots' hum) until :meth:`stop_loop`."""
        if cue == self.looping:
            return
        self.looping = cue
        if not self.ready:
            return
        sound = self._sound(cue)
        channel = self._channel(LOOP_CHANNEL)
        if sound is None:
            channel.fadeout(LOOP_FADE_MS)
            return
        sound.set_volume(self.effects_gain)
        channel.play(sound, loops=-1, fade_ms=LOOP_FADE_MS)

    def repair_progress(self, fraction: float) -> None:
        """Call once a tick with the share of the cavities repaired (0-1): the repair
        sound each time it passes another tenth (nothing while it falls, as when
        rewinding; the first call only notes where it stands)."""
        tenth = int(fraction * 10 + 1e-9)
        if self._tenth is not None and tenth > self._tenth:
            self.play("nanobot_repair")
        self._tenth = tenth

    def stop_loop(self) -> None:
        self.looping = None
        if self.ready:
            self._channel(LOOP_CHANNEL).fadeout(LOOP_FADE_MS)

    # --- music -------------------------------------------------------------------------
    def play_music(self, track: str | None, fade_ms: int = CROSSFADE_MS) -> None:
        """Play a track, looping; the one playing fades out as it fades in. The same
        track again changes nothing; None is :meth:`stop_music`.

        A track not yet in memory is read in the background (reading one takes about a
        tenth of a second, too long for a frame) and fades in once it is read."""
        if track is None:
            self.stop_music(fade_ms)
            return
        if track == self.music:
            return
        self.music = track
        self.music_played.append(track)
        if not self.ready:
            return
        with self._lock:
            self._fade_out_current(fade_ms)
            if track in self._tracks and self._fading is not self._tracks[track]:
                self._start(track, fade_ms)
                return
        path = self.track_path(track)
        loader = threading.Thread(target=self._read_track, args=(track, path, fade_ms),
                                  name=f"music {track}", daemon=True)
        self._loaders = [t for t in self._loaders if t.is_alive()]  # (finished ones go)
        self._loaders.append(loader)
        loader.start()

    def finish_loading(self, timeout: float = 5.0) -> None:
        """Wait for the music still being read (the game is closing): a thread inside
        SDL_mixer when Python exits and pygame closes the mixer under it aborts the
        process."""
        for loader in self._loaders:
            loader.join(timeout)
        self._loaders = []

    def _read_track(self, track: str, path: Path | None, fade_ms: int) -> None:
        sound = self._load(path)  # pygame lets other threads run while it reads
        with self._lock:
            self._tracks[track] = sound
            if self.music == track:
                self._start(track, fade_ms)

    def _start(self, track: str, fade_ms: int) -> None:
        """Fade ``track`` in on the free music channel (the lock is held)."""
        # keep in memory the track and the one fading out, no more (a track is megabytes)
        # (freeing a sound stops it: ``_fading`` holds the one fading out)
        self._tracks = {k: v for k, v in self._tracks.items() if k == track}
        sound = self._tracks.get(track)
        if sound is None or self._playing == track:
            return
        self._slot ^= 1
        self._playing = track
        sound.set_volume(self.music_gain)
        self._channel(MUSIC_CHANNELS[self._slot]).play(sound, loops=-1, fade_ms=max(fade_ms, 0))

    def stop_music(self, fade_ms: int = CROSSFADE_MS) -> None:
        if self.music is None:
            return
        self.music = None
        self.music_played.append(None)
        if self.ready:
            with self._lock:
                self._fade_out_current(fade_ms)

    def _fade_out_current(self, fade_ms: int) -> None:
        if self._playing is None:
            return
        self._fading, self._playing = self._tracks.get(self._playing), None
        channel = self._channel(MUSIC_CHANNELS[self._slot])
        if fade_ms > 0:
            channel.fadeout(fade_ms)
        else:
            channel.stop()

    def wait(self, timeout: float = 10.0) -> None:
        """Wait until every track asked for is read (tests and tools)."""
        for loader in self._loaders:
            loader.join(timeout)
        self._loaders = [t for t in self._loaders if t.is_alive()]

    def music_for_map(self, map_name: str, declared: str | None = None) -> None:
        """Entering a map: play its track (see :func:`music_for`); a map with none
        leaves the music as it is."""
        track = music_for(map_name, declared)
        if track is not None:
            self._map_track = track
            self.play_music(track)

    def scene_music(self, track: str) -> None:
        """A scene with its own music (a debate): play it until :meth:`end_scene_music`."""
        self.play_music(track)

    def end_scene_music(self) -> None:
        """Back to the music of the map the player is on."""
        track = getattr(self, "_map_track", None)
        if track is not None:
            self.play_music(track)
