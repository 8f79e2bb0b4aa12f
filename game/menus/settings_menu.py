"""The settings screen: volumes, text speed, auto-advance, fast-forward, window size,
fullscreen, reduced motion, high-contrast text, speedrun mode, the controls (their own
screen, :mod:`game.menus.controls`), and forgetting the text read in earlier playthroughs.

Up and down pick a row, left and right (or confirm) change it; with the mouse, moving
onto a row picks it, and a click on the left or right half of its value steps it down
or up; the wheel moves between rows. Reduced motion and high contrast show at once
(:func:`game.ui.theme.follow`). A volume stops at 0 and 100 (it
never jumps from silent to full) and is heard at once: the game's audio takes it on
every change. Leaving saves the settings to the data folder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from game.engine.audio import ui_sound
from game.engine.input import Action, InputFrame, Repeater
from game.engine.scene import Scene
from game.engine.screen import HEIGHT, WIDTH, Screen
from game.services import Game
from game.settings import AUTO_SPEEDS, TEXT_SPEEDS, VOLUME_STEP, Settings
from game.ui import theme

WIDTH_PANEL = 300
ROW_HEIGHT = 14
TOP = 28  # the first row, below the title
VALUE_WIDTH = 120  # the value column at the right of each row


@dataclass(frozen=True)
class Row:
    label: str
    values: tuple[object, ...]
    names: tuple[str, ...]
    get: Callable[[Settings], object]
    put: Callable[[Settings, object], None]
    volume: bool = False  # 0-100, stepped and stopped at the ends; drawn as a bar
    #: A row that does something instead of holding a value (confirm does it).
    action: Callable[[Game], None] | None = None

    def name_of(self, value: object) -> str:
        if self.action is not None:
            return "Open" if self.label == "Controls" else "Press to choose"
        if self.volume:
            return f"{value}%"
        return self.names[self.values.index(value)] if value in self.values else str(value)


def _volume(label: str, field: str) -> Row:
    return Row(label, (), (), lambda s: getattr(s, field),
               lambda s, v: setattr(s, field, v), volume=True)


def _rows() -> list[Row]:
    return [
        _volume("Master volume", "master_volume"),
        _volume("Music volume", "music_volume"),
        _volume("Effects volume", "effects_volume"),
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
        Row("Reduced motion", (False, True), ("Off", "On: no slides or fades"),
            lambda s: s.reduced_motion, lambda s, v: setattr(s, "reduced_motion", v)),
        Row("High-contrast text", (False, True), ("Off", "On"),
            lambda s: s.high_contrast, lambda s, v: setattr(s, "high_contrast", v)),
        Row("Speedrun mode", (False, True), ("Off", "On: timer, instant text"),
            lambda s: s.speedrun, lambda s, v: setattr(s, "speedrun", v)),
        Row("Controls", (), (), lambda s: None, lambda s, v: None, action=_controls),
        Row("Forget text read", (), (), lambda s: None, lambda s, v: None,
            action=_forget_read_text),
    ]


def _controls(game: Game) -> None:
    from game.menus.controls import ControlsScene

    game.stack.push(ControlsScene(game))


def _forget_read_text(game: Game) -> None:
    from game.menus.saveload import ConfirmScene

    count = game.read_text.count() if game.read_text is not None else 0
    game.stack.push(ConfirmScene(
        game, "Forget text read",
        [f"Fast-forward skips the {count} lines read in earlier playthroughs. "
         "Forget them, so every line counts as new?"],
        "Forget", "Keep", game.forget_read_text))


class SettingsScene(Scene):
    transparent = True

    def __init__(self, game: Game) -> None:
        self.game = game
        self.rows = _rows()
        self.index = 0
        self.repeat = Repeater()
        self._pointer: tuple[int, int] | None = None  # where the pointer was last tick
        # the game's audio and the theme follow these settings from now on
        self.game.audio.use_settings(self.game.settings)
        theme.follow(self.game.settings)

    # --- logic -------------------------------------------------------------------------
    def update(self, inp: InputFrame) -> InputFrame | None:
        pulses = self.repeat.pulses(inp)
        count = len(self.rows) + 1  # the last row is "Back"
        before = self.index
        if pulses & Action.UP:
            self.index = (self.index - 1) % count
        if pulses & Action.DOWN:
            self.index = (self.index + 1) % count
        if inp.wheel:
            self.index = (self.index + (-1 if inp.wheel > 0 else 1)) % count
        if inp.pointer is not None and (inp.click or inp.pointer != self._pointer):
            self._point(inp)
        self._pointer = inp.pointer
        if self.index != before:
            ui_sound("move")
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

    def _point(self, inp: InputFrame) -> None:
        """The pointer: hovering picks a row; a click steps its value (left half of the
        value down, anything else up) or, on Back, leaves."""
        assert inp.pointer is not None
        hit = self.row_at(inp.pointer)
        if hit is None:
            return
        self.index = hit
        if not inp.click:
            return
        if hit == len(self.rows):
            self.close()
            return
        x, _, width, _ = self.panel()
        value_mid = x + width - 14 - VALUE_WIDTH / 2
        self.change(self.rows[hit], -1 if inp.pointer[0] < value_mid else 1)

    def change(self, row: Row, step: int) -> None:
        settings = self.game.settings
        if row.action is not None:
            ui_sound("confirm")
            row.action(self.game)
            return
        if row.volume:
            value = row.get(settings)
            current = value if isinstance(value, int) else 0
            steps = round(current / VOLUME_STEP)
            new = max(0, min(100, (steps + step) * VOLUME_STEP))
            if new == current:
                return
            row.put(settings, new)
        else:
            value = row.get(settings)
            current_index = row.values.index(value) if value in row.values else 0
            row.put(settings, row.values[(current_index + step) % len(row.values)])
        self.game.audio.use_settings(settings)  # heard at once
        theme.follow(settings)  # and seen at once
        ui_sound("move")

    def close(self) -> None:
        ui_sound("back")
        self.game.save_settings()
        self.game.stack.pop(self)

    # --- layout and drawing ------------------------------------------------------------
    def panel(self) -> tuple[float, float, float, float]:
        height = 36 + ROW_HEIGHT * (len(self.rows) + 1)
        return (WIDTH - WIDTH_PANEL) / 2, (HEIGHT - height) / 2, WIDTH_PANEL, height

    def row_at(self, pos: tuple[int, int]) -> int | None:
        x, y, width, _ = self.panel()
        row = int((pos[1] - y - TOP) // ROW_HEIGHT)
        if x <= pos[0] < x + width and pos[1] >= y + TOP and 0 <= row <= len(self.rows):
            return row
        return None

    def draw(self, screen: Screen, alpha: float) -> None:
        screen.fill((*theme.INK, theme.SCRIM))
        x, y, width, height = self.panel()
        screen.frame((x, y, width, height))
        screen.text("Settings", (x + 12, y + 13), size=theme.SIZE_TITLE, face="bold",
                    color=theme.TEAL_PALE, anchor="midleft", shadow=theme.SHADOW)
        settings = self.game.settings
        for row_index in range(len(self.rows) + 1):
            top = y + TOP + row_index * ROW_HEIGHT
            selected = row_index == self.index
            if selected:
                screen.fill(theme.SELECTED_FILL, (x + 6, top, width - 12, ROW_HEIGHT - 1))
                screen.fill(theme.HIGHLIGHT, (x + 6, top, 2, ROW_HEIGHT - 1))
            color = theme.SELECTED_TEXT if selected else theme.TEXT
            label = "Back" if row_index == len(self.rows) else self.rows[row_index].label
            screen.text(label, (x + 14, top + ROW_HEIGHT / 2), size=theme.SIZE_BODY, color=color,
                        anchor="midleft", face="bold" if selected else "sans")
            if row_index < len(self.rows):
                self._draw_value(screen, self.rows[row_index], settings, x + width - 14,
                                 top + ROW_HEIGHT / 2, selected)

    def _draw_value(self, screen: Screen, row: Row, settings: Settings, right: float,
                    middle: float, selected: bool) -> None:
        value = row.get(settings)
        name = row.name_of(value)
        color = theme.GOLD_PALE if selected else (
            theme.MIST if theme.high_contrast() else theme.SILVER)
        if not row.volume:
            screen.text(f"<  {name}  >" if selected else name, (right, middle),
                        size=theme.SIZE_BODY, color=color, anchor="midright")
            return
        # a volume: "<", ten segments lit up to the value, then the percentage and ">"
        level = round((value if isinstance(value, int) else 0) / VOLUME_STEP)
        left = right - VALUE_WIDTH
        if selected:
            screen.text("<", (left, middle), size=theme.SIZE_BODY, color=color,
                        anchor="midleft")
        for i in range(100 // VOLUME_STEP):
            lit = i < level
            fill = (theme.TEAL_LIGHT if selected else theme.TEAL) if lit else theme.SLATE
            screen.fill(fill, (left + 12 + i * 6, middle - 3, 5, 6))
        screen.text(f"{name}  >" if selected else name, (right, middle),
                    size=theme.SIZE_BODY, color=color, anchor="midright")
