"""Player settings, kept as JSON in the data folder.

A settings file that cannot be read (see :mod:`game.content.jsonread`: at most
:data:`MAX_BYTES`, UTF-8, nested at most 100 deep, valid JSON, an object) is
reported, set aside as ``settings.json.broken`` and replaced by the defaults: a
player never loses the game to a bad file.

The controls (each action's keys and pad buttons, :class:`game.engine.input.Bindings`)
are checked entry by entry as they are read: an unknown action or button, a key two
actions would both do in one place, an essential action left with nothing are mended
and reported (``Settings.load``'s message), never fatal.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from game.content.jsonread import JsonError, read_json
from game.content.textread import MiB
from game.engine.input import Bindings
from game.paths import user_data_dir

#: The largest settings file read (a real one is a few hundred bytes).
MAX_BYTES = 1 * MiB

#: Characters revealed per logic tick.
TEXT_SPEEDS: dict[str, float] = {"slow": 0.5, "normal": 1.0, "fast": 2.0, "instant": 1000.0}
#: Auto-advance: ticks to wait after a page, and extra ticks per character on it.
AUTO_SPEEDS: dict[str, tuple[int, float]] = {
    "slow": (90, 2.0),
    "normal": (60, 1.2),
    "fast": (30, 0.6),
}

#: The volume settings (0 silent, 100 full) and the step the settings menu moves them by.
VOLUMES = ("master_volume", "music_volume", "effects_volume")
VOLUME_STEP = 10


@dataclass
class Settings:
    text_speed: str = "normal"
    auto_speed: str = "normal"
    skip_unseen: bool = False  # fast-forward also skips lines never seen before
    fullscreen: bool = False
    scale: int = 2
    # volumes, 0-100 in steps of VOLUME_STEP (game.engine.audio turns them into gains)
    master_volume: int = 80
    music_volume: int = 70
    effects_volume: int = 80
    # speedrunning (docs/speedrun.md): instant text, the timer and splits on screen, and
    # where the timer is sent ("HOST:PORT"; "" for none; --livesplit flags win)
    speedrun: bool = False
    livesplit: str = ""
    livesplit_one: str = ""
    # comfort (game.ui.theme follows them): no sliding or ramping on screen, and text,
    # name plates and menus in colours of stronger contrast
    reduced_motion: bool = False
    high_contrast: bool = False
    #: Each action's keys and pad buttons (the Controls screen; the input mapper uses them).
    controls: Bindings = field(default_factory=Bindings.defaults)

    @property
    def chars_per_tick(self) -> float:
        if self.speedrun:
            return TEXT_SPEEDS["instant"]
        return TEXT_SPEEDS.get(self.text_speed, 1.0)

    def auto_delay(self, characters: int) -> int:
        base, per_char = AUTO_SPEEDS.get(self.auto_speed, AUTO_SPEEDS["normal"])
        return base + round(per_char * characters)

    @staticmethod
    def path() -> Path:
        return user_data_dir() / "settings.json"

    @classmethod
    def load(cls, path: Path | None = None) -> tuple[Settings, str | None]:
        """The saved settings (defaults if none) and a message if the file was bad."""
        path = path or cls.path()
        if not path.exists():
            return cls(), None
        try:
            data = read_json(path, max_bytes=MAX_BYTES, what="a settings file")
            if not isinstance(data, dict):
                raise JsonError(path, 1, 1, "settings are a JSON object ({...})")
            settings, problems = cls._from_data(data)
        except JsonError as exc:
            broken = path.with_name(path.name + ".broken")
            with contextlib.suppress(OSError):
                path.replace(broken)
            return cls(), (f"{path}:{exc.line}:{exc.col}: unreadable settings ({exc.message}); "
                           f"using defaults, kept {broken.name}")
        if not problems:
            return settings, None
        shown = "; ".join(problems[:4]) + (f"; … {len(problems) - 4} more"
                                            if len(problems) > 4 else "")
        return settings, f"{path}: {shown}"

    @classmethod
    def _from_data(cls, data: dict[str, Any]) -> tuple[Settings, list[str]]:
        """The settings in ``data`` (a mistyped value falls back to its default), and
        what was wrong with the controls."""
        settings = cls()
        settings.controls, problems = Bindings.from_data(data.get("controls"))
        for spec in fields(cls):
            if spec.name == "controls":
                continue
            value = data.get(spec.name)
            default = getattr(settings, spec.name)
            # bool is an int in Python: a flag takes only true/false, a number no flag.
            if type(value) is type(default) or (
                isinstance(default, float) and type(value) is int
            ):
                setattr(settings, spec.name, value)
        if settings.text_speed not in TEXT_SPEEDS:
            settings.text_speed = "normal"
        if settings.auto_speed not in AUTO_SPEEDS:
            settings.auto_speed = "normal"
        settings.scale = max(1, min(settings.scale, 8))
        for name in VOLUMES:
            setattr(settings, name, max(0, min(getattr(settings, name), 100)))
        return settings, problems

    def to_data(self) -> dict[str, Any]:
        data = {spec.name: getattr(self, spec.name) for spec in fields(self)}
        data["controls"] = self.controls.to_data()
        return data

    def save(self, path: Path | None = None) -> None:
        path = path or self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(self.to_data(), indent=2) + "\n", encoding="utf-8")
        tmp.replace(path)
