"""The settings screen: text speed, auto-advance, fast-forward, window size, fullscreen.

Up and down pick a row, left and right (or confirm) change it. Leaving saves the
settings to the data folder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from game.engine.input import Action, InputFrame, Repeater
from game.engine.scene import Scene
from game.engine.screen import HEIGHT, WIDTH, Screen
from game.services import Game
from game.settings import AUTO_SPEEDS, TEXT_SPEEDS, Settings
from game.ui import theme


@dataclass(frozen=True)
class Row:
    label: str
    values: tuple[object, ...]
    names: tuple[str, ...]
    get: Callable[[Settings], object]
    put: Callable[[Settings, object], None]


def _rows() -> list[Row]:
    return [
        Row("Text speed", tuple(TEXT_SPEEDS), tuple(s.title() for s in TEXT_SPEEDS),
            lambda s: s.text_speed, lambda s, v: setattr(s, "text_speed", v)),
        Row("Auto-advance pace", tuple(AUTO_SPEEDS), tuple(s.title() for s in AUTO_SPEEDS),
            lambda s: s.auto_speed, lambda s, v: setattr(s, "auto_speed", v)),
        Row("Fast-forward skips", (False, True), ("Seen text only", "All text"),
            lambda s: s.skip_unseen, lambda s, v: setattr(s, "skip_unseen", v)),
        Row("Window size", (1, 2, 3, 4), ("480x270", "960x540", "1440x810", "1920x1080"),
            lambda s: s.scale, lambda s, v: setattr(s, "scale", v)),
        Row("Fullscreen", (False, True), ("Off", "On"),
            lambda s: s.fullscreen, lambda s, v: setattr(s, "fullscreen", v)),
    ]


class SettingsScene(Scene):
    transparent = True

    def __init__(self, game: Game) -> None:
        self.game = game
        self.rows = _rows()
        self.index = 0
        self.repeat = Repeater()

    def update(self, inp: InputFrame) -> InputFrame | None:
        pulses = self.repeat.pulses(inp)
        count = len(self.rows) + 1  # the last row is "Back"
        if pulses & Action.UP:
            self.index = (self.index - 1) % count
        if pulses & Action.DOWN:
            self.index = (self.index + 1) % count
        back = self.index == len(self.rows)
        if inp.hit(Action.CANCEL | Action.MENU) or (back and inp.hit(Action.CONFIRM)):
            self.close()
            return None
        step = 0
        if pulses & Action.LEFT:
            step = -1
        elif pulses & Action.RIGHT or inp.hit(Action.CONFIRM):
            step = 1
        if step and not back:
            self.change(self.rows[self.index], step)
        return None

    def change(self, row: Row, step: int) -> None:
        settings = self.game.settings
        current = row.values.index(row.get(settings)) if row.get(settings) in row.values else 0
        row.put(settings, row.values[(current + step) % len(row.values)])

    def close(self) -> None:
        try:
            self.game.settings.save()
        except OSError as exc:
            self.game.notices.append(f"settings not saved: {exc}")
        self.game.stack.pop(self)

    def draw(self, screen: Screen, alpha: float) -> None:
        screen.fill((*theme.INK, 170))
        width, height = 300, 36 + 16 * (len(self.rows) + 1)
        x, y = (WIDTH - width) / 2, (HEIGHT - height) / 2
        screen.frame((x, y, width, height))
        screen.text("Settings", (x + 12, y + 13), size=theme.SIZE_TITLE, face="bold",
                    color=theme.TEAL_PALE, anchor="midleft", shadow=theme.SHADOW)
        settings = self.game.settings
        for row_index in range(len(self.rows) + 1):
            top = y + 28 + row_index * 16
            selected = row_index == self.index
            if selected:
                screen.fill((*theme.TEAL, 70), (x + 6, top, width - 12, 15))
                screen.fill(theme.TEAL_LIGHT, (x + 6, top, 2, 15))
            color = theme.TEAL_PALE if selected else theme.TEXT
            if row_index == len(self.rows):
                screen.text("Back", (x + 14, top + 7.5), size=theme.SIZE_BODY, color=color,
                            anchor="midleft", face="bold" if selected else "sans")
                continue
            row = self.rows[row_index]
            screen.text(row.label, (x + 14, top + 7.5), size=theme.SIZE_BODY, color=color,
                        anchor="midleft", face="bold" if selected else "sans")
            value = row.get(settings)
            name = row.names[row.values.index(value)] if value in row.values else str(value)
            arrows = f"<  {name}  >" if selected else name
            screen.text(arrows, (x + width - 14, top + 7.5), size=theme.SIZE_BODY,
                        color=theme.GOLD_PALE if selected else theme.SILVER, anchor="midright")
