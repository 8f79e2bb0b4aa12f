"""Sound cues by name: ``assets/sounds/<cue>.wav`` of the run's packs (a mod's file
replaces the game's), played if sound is available.

Sound never affects logic: with no audio device, or a cue with no file (or a cue
that is not an id), nothing is played and the game carries on.
"""

from __future__ import annotations

from pathlib import Path

import pygame

from game.content.resolver import Refused, Resolver

SOUND_FOLDER = "assets/sounds"


class Audio:
    def __init__(self, content: Resolver | None = None) -> None:
        self.content = content or Resolver.base_game()
        self._sounds: dict[str, pygame.mixer.Sound | None] = {}
        self._ready: bool | None = None
        self.volume = 0.8
        #: Cues asked for, in order (what tests and tools look at).
        self.played: list[str] = []

    def _init(self) -> bool:
        if self._ready is None:
            try:
                if not pygame.mixer.get_init():
                    pygame.mixer.init()
                self._ready = True
            except pygame.error:
                self._ready = False
        return self._ready

    def use_content(self, content: Resolver) -> None:
        self.content = content
        self._sounds.clear()

    def cue_path(self, cue: str) -> Path | None:
        """The file a cue plays, through the run's packs; None: no file, or not an id."""
        try:
            return self.content.asset(SOUND_FOLDER, cue, ".wav", "sound cue")
        except Refused:
            return None

    def play(self, cue: str) -> None:
        self.played.append(cue)
        if not self._init():
            return
        if cue not in self._sounds:
            path = self.cue_path(cue)
            try:
                self._sounds[cue] = pygame.mixer.Sound(str(path)) if path is not None else None
            except pygame.error:  # not a sound file: nothing plays
                self._sounds[cue] = None
        sound = self._sounds[cue]
        if sound is not None:
            sound.set_volume(self.volume)
            sound.play()
