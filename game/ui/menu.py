"""A vertical menu: logic (cursor, repeat, choose, cancel) and its drawing.

Keyboard and gamepad move by actions; the mouse picks the row it moves onto (a pointer
resting still does not fight the keys), the wheel moves the cursor, a click chooses.
Moving the cursor, choosing and cancelling play the menu sounds (``ui_move``,
``ui_confirm``, ``ui_back``) through the game's audio, if there is one. Colours come
from the theme as it is drawn (high contrast, see :func:`game.ui.theme.use_comfort`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from game.engine.audio import ui_sound
from game.engine.input import Action, InputFrame, Repeater
from game.engine.screen import Screen
from game.ui import theme

CANCELLED = -1


@dataclass(frozen=True)
class MenuItem:
    label: str
    enabled: bool = True
    hint: str = ""
    value: Any = None


class Menu:
    def __init__(self, items: Sequence[MenuItem], index: int = 0, cancellable: bool = True) -> None:
        self.items = list(items)
        self.index = index
        self.cancellable = cancellable
        self.repeater = Repeater()
        self._rect: tuple[float, float, float, float] = (0, 0, 0, 0)
        self._pointer: tuple[int, int] | None = None  # where the pointer was last tick
        self._skip_disabled(1)

    @property
    def current(self) -> MenuItem:
        return self.items[self.index]

    def update(self, inp: InputFrame) -> int | None:
        """Move the cursor; return the chosen index, ``CANCELLED``, or None."""
        pulses = self.repeater.pulses(inp, Action.UP | Action.DOWN)
        before = self.index
        if pulses & Action.UP:
            self._move(-1)
        if pulses & Action.DOWN:
            self._move(1)
        if inp.wheel:
            self._move(-1 if inp.wheel > 0 else 1)
        if inp.pointer is not None and inp.pointer != self._pointer:
            hovered = self.item_at(inp.pointer)
            if hovered is not None and self.items[hovered].enabled:
                self.index = hovered
        self._pointer = inp.pointer
        if self.index != before:
            ui_sound("move")
        if inp.pointer is not None and inp.click:
            picked = self.item_at(inp.pointer)
            if picked is not None and self.items[picked].enabled:
                self.index = picked
                ui_sound("confirm")
                return picked
        if inp.hit(Action.CONFIRM) and self.current.enabled:
            ui_sound("confirm")
            return self.index
        if self.cancellable and inp.hit(Action.CANCEL):
            ui_sound("back")
            return CANCELLED
        return None

    def _move(self, step: int) -> None:
        if not any(item.enabled for item in self.items):
            return
        self.index = (self.index + step) % len(self.items)
        self._skip_disabled(step)

    def _skip_disabled(self, step: int) -> None:
        for _ in range(len(self.items)):
            if self.items[self.index].enabled:
                return
            self.index = (self.index + step) % len(self.items)

    # --- layout and drawing --------------------------------------------------------------
    row_height = 14
    padding = 8

    def layout(self, x: float, y: float, width: float) -> tuple[float, float, float, float]:
        height = self.padding * 2 + self.row_height * len(self.items)
        self._rect = (x, y, width, height)
        return self._rect

    def item_at(self, pos: tuple[int, int]) -> int | None:
        x, y, w, _ = self._rect
        row = int((pos[1] - y - self.padding) // self.row_height)
        if x <= pos[0] < x + w and 0 <= row < len(self.items):
            return row
        return None

    def draw(self, screen: Screen, x: float, y: float, width: float, *, frame: bool = True,
             size: float = theme.SIZE_BODY, align: str = "left") -> None:
        rect = self.layout(x, y, width)
        if frame:
            screen.frame(rect)
        for row, item in enumerate(self.items):
            top = y + self.padding + row * self.row_height
            selected = row == self.index
            if selected:
                screen.fill(theme.SELECTED_FILL, (x + 4, top, width - 8, self.row_height - 1))
                screen.fill(theme.HIGHLIGHT, (x + 4, top, 2, self.row_height - 1))
            color = theme.TEXT if item.enabled else theme.TEXT_DISABLED
            if selected and item.enabled:
                color = theme.SELECTED_TEXT
            if align == "center":
                pos, anchor = (x + width / 2, top + self.row_height / 2), "center"
            else:
                pos, anchor = (x + 12, top + self.row_height / 2), "midleft"
            screen.text(item.label, pos, size=size, color=color, anchor=anchor,
                        shadow=theme.SHADOW, face="bold" if selected else "sans")
