"""Sound cues by name: ``assets/sounds/<cue>.wav``, played if sound is available.

Sound never affects logic: with no audio device, or a cue with no file, nothing
is played and the game carries on.
"""

from __future__ import annotations

import pygame

from game.paths import ASSETS

SOUND_DIR = ASSETS / "sounds"


class Audio:
    def __init__(self) -> None:
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

    def play(self, cue: str) -> None:
        self.played.append(cue)
        if not self._init():
            return
        if cue not in self._sounds:
            path = SOUND_DIR / f"{cue}.wav"
            self._sounds[cue] = pygame.mixer.Sound(str(path)) if path.is_file() else None
        sound = self._sounds[cue]
        if sound is not None:
            sound.set_volume(self.volume)
            sound.play()
