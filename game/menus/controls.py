"""The Controls screen (from Settings): each action's keys and pad buttons, rebound by
pressing them.

Up and down pick an action, left and right its Keys or Pad column; confirm (or a click
on a cell) listens: the next key (or pad button) pressed is added to that action, one
it already has is taken off it. A key another action has where the game reads both
(:func:`game.engine.input.clash_place`) is **refused**, and the screen says which
action has it and where; pressing the same key again **moves** it here (taking it
from the other action). An essential action (the directions, Confirm, Back, Pause)
never loses its last key or button. Listening ends after five seconds, on a click, or
on a press of the other device. "Reset to defaults" asks first. Leaving saves the
settings; the input mapper follows the bindings at once (``Bindings.version``).
"""

from __future__ import annotations

from game.engine.audio import ui_sound
from game.engine.input import (
    BINDABLE,
    DEVICES,
    KEYS,
    Action,
    Bindings,
    BindResult,
    InputFrame,
    Repeater,
    label_of,
)
from game.engine.scene import Scene
from game.engine.screen import HEIGHT, WIDTH, Screen
from game.engine.text import text_width
from game.services import Game
from game.ui import theme

#: Ticks the screen listens for a key before giving up (5 s).
LISTEN_TICKS = 300
RESET, BACK = "reset", "back"

PANEL = (16, 8, WIDTH - 32, HEIGHT - 16)
ROW_HEIGHT = 11
TOP = 38  # the first row, below the title and the column heads
VISIBLE = 16  # rows shown at once (the list scrolls)
LABEL_X, KEYS_X, PAD_X = 12, 150, 338  # column lefts, from the panel's left
KEYS_W, PAD_W = 180, 94


class ControlsScene(Scene):
    transparent = True

    def __init__(self, game: Game) -> None:
        self.game = game
        self.rows: list[Action | str] = [action for action, _ in BINDABLE] + [RESET, BACK]
        self.index = 0
        self.column = 0  # 0: keys, 1: pad
        self.scroll = 0
        self.repeat = Repeater()
        #: (device, action) while waiting for a press, and the ticks left.
        self.listening: tuple[str, Action] | None = None
        self.listen_left = 0
        #: The key refused last (pressing it again moves it here).
        self.refused: str | None = None
        #: What the last press did, for the line under the list; ``ok`` colours it.
        self.status = ""
        self.result: BindResult | None = None
        self._pointer: tuple[int, int] | None = None

    @property
    def takes_every_key(self) -> bool:
        """Waiting for the key to bind: F5 is a key to bind then, not a reload."""
        return self.listening is not None

    @property
    def bindings(self) -> Bindings:
        return self.game.settings.controls

    @property
    def device(self) -> str:
        return DEVICES[self.column]

    # --- logic -------------------------------------------------------------------------
    def update(self, inp: InputFrame) -> InputFrame | None:
        if self.listening is not None:
            self._listen(inp)
            return None
        pulses = self.repeat.pulses(inp)
        before = (self.index, self.column)
        if pulses & Action.UP:
            self.index = (self.index - 1) % len(self.rows)
        if pulses & Action.DOWN:
            self.index = (self.index + 1) % len(self.rows)
        if pulses & (Action.LEFT | Action.RIGHT):
            self.column = 1 - self.column
        if inp.wheel:
            self.scroll = max(0, min(len(self.rows) - VISIBLE, self.scroll - inp.wheel))
        if inp.pointer is not None and (inp.click or inp.pointer != self._pointer):
            self._point(inp)
            self._pointer = inp.pointer
            if self.listening is not None or self.game.stack.top is not self:
                return None
        self._pointer = inp.pointer
        if (self.index, self.column) != before:
            ui_sound("move")
            self._keep_visible()
        if inp.hit(Action.CANCEL | Action.MENU):
            self.close()
        elif inp.hit(Action.CONFIRM):
            self.choose()
        return None

    def choose(self) -> None:
        row = self.rows[self.index]
        if row == BACK:
            self.close()
        elif row == RESET:
            self._ask_reset()
        elif isinstance(row, Action):
            ui_sound("confirm")
            self.listening = (self.device, row)
            self.listen_left = LISTEN_TICKS
            self.refused = None
            self.status, self.result = "", None

    def _listen(self, inp: InputFrame) -> None:
        assert self.listening is not None
        device = self.listening[0]
        prefix = "key:" if device == KEYS else "pad:"
        other = "pad:" if device == KEYS else "key:"
        pressed = next((raw[len(prefix):] for raw in inp.raw if raw.startswith(prefix)), None)
        if pressed is not None:
            self.press(pressed)
            return
        self.listen_left -= 1
        if inp.click or self.listen_left <= 0 or any(r.startswith(other) for r in inp.raw):
            self.listening = None
            self.refused = None
            self.status, self.result = "Nothing changed.", None
            ui_sound("back")

    def press(self, name: str) -> None:
        """A key (or pad button) pressed while listening: bind, unbind, refuse or move."""
        assert self.listening is not None
        device, action = self.listening
        result = self.bindings.press(device, action, name, move=name == self.refused)
        self.result, self.status = result, result.message
        if result.done:
            self.listening = None
            self.refused = None
            ui_sound("confirm")
        elif result.other:  # refused for a clash: the same key again moves it
            self.refused = name
            self.listen_left = LISTEN_TICKS
            ui_sound("back")
        else:
            self.listening = None
            self.refused = None
            ui_sound("back")

    def _ask_reset(self) -> None:
        from game.menus.saveload import ConfirmScene

        def reset() -> None:
            self.bindings.reset()
            self.status, self.result = "Every key and button is back to its default.", None

        ui_sound("confirm")
        self.game.stack.push(ConfirmScene(
            self.game, "Reset controls",
            ["Put every key and pad button back as the game first had them?"],
            "Reset", "Keep mine", reset))

    def close(self) -> None:
        ui_sound("back")
        self.game.save_settings()
        self.game.stack.pop(self)

    def _keep_visible(self) -> None:
        if self.index < self.scroll:
            self.scroll = self.index
        elif self.index >= self.scroll + VISIBLE:
            self.scroll = self.index - VISIBLE + 1

    def _point(self, inp: InputFrame) -> None:
        assert inp.pointer is not None
        hit = self.cell_at(inp.pointer)
        if hit is None:
            return
        self.index, column = hit
        if column is not None:
            self.column = column
        if inp.click:
            self.choose()

    def cell_at(self, pos: tuple[int, int]) -> tuple[int, int | None] | None:
        """The row (and column, for an action's keys or pad) under ``pos``."""
        x, y, width, _ = PANEL
        row = int((pos[1] - y - TOP) // ROW_HEIGHT)
        if not (x <= pos[0] < x + width and pos[1] >= y + TOP and 0 <= row < VISIBLE):
            return None
        index = self.scroll + row
        if index >= len(self.rows):
            return None
        column = None
        if isinstance(self.rows[index], Action):
            column = 1 if pos[0] >= x + PAD_X - 4 else 0 if pos[0] >= x + KEYS_X - 4 else None
        return index, column

    # --- drawing -----------------------------------------------------------------------
    def draw(self, screen: Screen, alpha: float) -> None:
        screen.fill((*theme.INK, theme.SCRIM))
        x, y, _, height = PANEL
        screen.frame(PANEL)
        screen.text("Controls", (x + 12, y + 12), size=theme.SIZE_TITLE, face="bold",
                    color=theme.TEAL_PALE, anchor="midleft", shadow=theme.SHADOW)
        heads = ((LABEL_X, "Action"), (KEYS_X, "Keys"), (PAD_X, "Pad"))
        for left, head in heads:
            screen.text(head, (x + left, y + 29), size=theme.SIZE_SMALL, face="bold",
                        color=theme.TEXT_DIM, anchor="midleft")
        for row in range(VISIBLE):
            index = self.scroll + row
            if index >= len(self.rows):
                break
            self._draw_row(screen, index, y + TOP + row * ROW_HEIGHT)
        self._draw_scrollbar(screen)
        self._draw_footer(screen, y + height)

    def _draw_row(self, screen: Screen, index: int, top: float) -> None:
        x, _, width, _ = PANEL
        row = self.rows[index]
        selected = index == self.index
        middle = top + ROW_HEIGHT // 2  # whole pixels: rows evenly spaced at every scale
        if selected:
            screen.fill(theme.SELECTED_FILL, (x + 6, top, width - 18, ROW_HEIGHT - 1))
            screen.fill(theme.HIGHLIGHT, (x + 6, top, 2, ROW_HEIGHT - 1))
        if not isinstance(row, Action):
            label = "Reset to defaults" if row == RESET else "Back"
            screen.text(label, (x + LABEL_X, middle), size=theme.SIZE_SMALL + 0.5,
                        face="bold" if selected else "sans",
                        color=theme.SELECTED_TEXT if selected else theme.TEXT, anchor="midleft")
            return
        label = dict(BINDABLE)[row]
        screen.text(label, (x + LABEL_X, middle), size=theme.SIZE_SMALL + 0.5,
                    face="bold" if selected else "sans",
                    color=theme.SELECTED_TEXT if selected else theme.TEXT, anchor="midleft")
        for column, (left, cell_w) in enumerate(((KEYS_X, KEYS_W), (PAD_X, PAD_W))):
            device = DEVICES[column]
            active = selected and column == self.column
            if active:
                screen.outline(theme.GOLD if self.listening else theme.HIGHLIGHT,
                               (x + left - 4, top, cell_w, ROW_HEIGHT - 1))
            if active and self.listening is not None:
                text = "press a key…" if device == KEYS else "press a button…"
                color = theme.GOLD_PALE
            else:
                names = self.bindings.bound(device, row)
                text = ", ".join(label_of(device, n) for n in names) or "—"
                color = theme.GOLD_PALE if active else (
                    theme.TEXT if theme.high_contrast() else theme.SILVER)
                if not names:
                    color = theme.TEXT_DISABLED
            screen.text(_fit(text, cell_w - 8), (x + left, middle), size=theme.SIZE_SMALL + 0.5,
                        color=color, anchor="midleft")

    def _draw_scrollbar(self, screen: Screen) -> None:
        x, y, width, _ = PANEL
        track = VISIBLE * ROW_HEIGHT
        left = x + width - 9
        screen.fill(theme.SLATE, (left, y + TOP, 3, track))
        size = max(8, track * VISIBLE / len(self.rows))
        offset = (track - size) * self.scroll / max(1, len(self.rows) - VISIBLE)
        screen.fill(theme.HIGHLIGHT, (left, y + TOP + offset, 3, size))

    def _draw_footer(self, screen: Screen, bottom: float) -> None:
        x, _, width, _ = PANEL
        status_y = bottom - 24
        if self.listening is not None:
            device, action = self.listening
            seconds = -(-self.listen_left // 60)
            what = "a key" if device == KEYS else "a pad button"
            line = self.status if self.refused else (
                f"Press {what} for {dict(BINDABLE)[action]} (one it has already: removes "
                f"it). Click or wait {seconds} s to cancel.")
            color = theme.CORAL if self.refused else theme.GOLD_PALE
        else:
            line = self.status
            ok = self.result is None or self.result.done
            color = theme.TEAL_LIGHT if ok else theme.CORAL
            if self.result is not None and self.result.done and self.result.other:
                color = theme.GOLD_PALE  # moved from another action
        if line:
            screen.text(_fit(line, width - 24), (x + 12, status_y), size=theme.SIZE_SMALL + 0.5,
                        color=color, anchor="midleft", shadow=theme.SHADOW)
        keys = self.bindings
        hint = (f"{keys.describe(Action.UP, limit=1)}/{keys.describe(Action.DOWN, limit=1)}: "
                f"action  ·  {keys.describe(Action.LEFT, limit=1)}/"
                f"{keys.describe(Action.RIGHT, limit=1)}: keys or pad  ·  "
                f"{keys.describe(Action.CONFIRM)}: bind  ·  "
                f"{keys.describe(Action.CANCEL, limit=1)}: back  ·  mouse: click a cell")
        screen.text(_fit(hint, width - 24), (x + 12, bottom - 11), size=theme.SIZE_SMALL,
                    color=theme.TEXT_DIM, anchor="midleft")


def _fit(text: str, width: float, size: float = theme.SIZE_SMALL + 0.5) -> str:
    """``text`` cut with an ellipsis to ``width`` internal pixels."""
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text.rstrip(", ") + "…"


__all__ = ["LISTEN_TICKS", "ControlsScene"]
