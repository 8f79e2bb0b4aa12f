"""Input as actions, sampled once per logic tick into an immutable value.

Devices (keyboard, gamepad, mouse) are read by :class:`InputMapper`, which turns
their events into :class:`Action` flags. Each logic tick takes one
:class:`InputFrame`: what is held, what was pressed since the previous tick, and
the pointer. Game logic sees only frames, so a list of frames replays a run
exactly. This module never reads a clock.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


class Action(enum.IntFlag):
    NONE = 0
    UP = enum.auto()
    DOWN = enum.auto()
    LEFT = enum.auto()
    RIGHT = enum.auto()
    CONFIRM = enum.auto()  # interact, advance text, select
    CANCEL = enum.auto()  # back, close
    RUN = enum.auto()  # hold to run
    MENU = enum.auto()  # pause menu
    SKIP = enum.auto()  # hold to fast-forward text
    LOG = enum.auto()  # dialogue backlog
    AUTO = enum.auto()  # auto-advance toggle
    ROLLBACK = enum.auto()  # back to the previous choice
    PREV = enum.auto()  # previous tab / page
    NEXT = enum.auto()  # next tab / page
    PLAY = enum.auto()  # minigame: run or pause the simulation
    STEP = enum.auto()  # minigame: one tick (ten with RUN held)
    REWIND = enum.auto()  # minigame: hold to scrub back
    SLOWER = enum.auto()
    FASTER = enum.auto()
    OVERLAY = enum.auto()  # minigame: cycle overlays
    RELOAD = enum.auto()  # reload content from disk


DIRECTIONS = Action.UP | Action.DOWN | Action.LEFT | Action.RIGHT

#: Names used in input scripts, settings and replays (lower-case action names).
ACTION_NAMES: dict[str, Action] = {
    a.name.lower(): a for a in Action if a is not Action.NONE and a.name is not None
}


def parse_actions(text: str) -> Action:
    """Parse ``"right+run"`` into flags; raises ValueError naming the bad word."""
    result = Action.NONE
    for word in filter(None, (w.strip().lower() for w in text.replace(",", "+").split("+"))):
        if word not in ACTION_NAMES:
            known = ", ".join(ACTION_NAMES)
            raise ValueError(f"unknown action {word!r} (known: {known})")
        result |= ACTION_NAMES[word]
    return result


def action_names(actions: Action) -> list[str]:
    return [name for name, flag in ACTION_NAMES.items() if actions & flag]


@dataclass(frozen=True, slots=True)
class InputFrame:
    """Everything logic may know about the player's input during one tick."""

    held: Action = Action.NONE
    pressed: Action = Action.NONE  # went down since the previous tick
    pointer: tuple[int, int] | None = None  # internal-resolution pixels
    click: bool = False  # primary button went down since the previous tick
    wheel: int = 0  # wheel steps since the previous tick, up is positive

    def down(self, action: Action) -> bool:
        return bool(self.held & action)

    def hit(self, action: Action) -> bool:
        return bool(self.pressed & action)

    def direction(self) -> tuple[int, int]:
        dx = (1 if self.held & Action.RIGHT else 0) - (1 if self.held & Action.LEFT else 0)
        dy = (1 if self.held & Action.DOWN else 0) - (1 if self.held & Action.UP else 0)
        return dx, dy

    def to_data(self) -> list[int]:
        """Compact plain data for replays: ``[held, pressed]`` plus pointer data if any."""
        data = [int(self.held), int(self.pressed)]
        if self.pointer is not None or self.click or self.wheel:
            x, y = self.pointer if self.pointer is not None else (-1, -1)
            data += [x, y, int(self.click), self.wheel]
        return data

    @classmethod
    def from_data(cls, data: list[int]) -> InputFrame:
        held, pressed = Action(data[0]), Action(data[1])
        if len(data) == 2:
            return cls(held, pressed)
        x, y, click, wheel = data[2:6]
        pointer = None if (x, y) == (-1, -1) else (x, y)
        return cls(held, pressed, pointer, bool(click), wheel)


EMPTY = InputFrame()


@dataclass
class Repeater:
    """Menu-style auto-repeat counted in ticks: a press, then pulses while held."""

    delay: int = 18
    interval: int = 5
    _held_ticks: dict[Action, int] = field(default_factory=dict)

    def pulses(self, frame: InputFrame, actions: Action = DIRECTIONS) -> Action:
        out = Action.NONE
        for flag in Action:
            if not (flag & actions) or flag is Action.NONE:
                continue
            if frame.held & flag:
                count = self._held_ticks.get(flag, 0) + 1
                self._held_ticks[flag] = count
                first = bool(frame.pressed & flag) or count == 1
                repeat = count > self.delay and (count - self.delay) % self.interval == 0
                if first or repeat:
                    out |= flag
            else:
                self._held_ticks.pop(flag, None)
        return out


# --- device mapping -------------------------------------------------------------------


def default_key_bindings() -> dict[str, Action]:
    """Key names (as ``pygame.key.name`` gives them) to actions."""
    return {
        "up": Action.UP,
        "w": Action.UP,
        "down": Action.DOWN,
        "s": Action.DOWN,
        "left": Action.LEFT,
        "a": Action.LEFT,
        "right": Action.RIGHT,
        "d": Action.RIGHT,
        "z": Action.CONFIRM,
        "return": Action.CONFIRM,
        "space": Action.CONFIRM | Action.PLAY,
        "e": Action.CONFIRM,
        "x": Action.CANCEL,
        "backspace": Action.CANCEL,
        "left shift": Action.RUN,
        "right shift": Action.RUN,
        "escape": Action.MENU | Action.CANCEL,
        "left ctrl": Action.SKIP,
        "right ctrl": Action.SKIP,
        "tab": Action.SKIP,
        "l": Action.LOG,
        "page up": Action.ROLLBACK,
        "q": Action.PREV,
        "r": Action.NEXT | Action.AUTO,
        ".": Action.STEP,
        ",": Action.REWIND,
        "-": Action.SLOWER,
        "=": Action.FASTER,
        "o": Action.OVERLAY,
        "f5": Action.RELOAD,
    }


#: SDL game-controller button names to actions (Xbox-style layout names).
DEFAULT_PAD_BINDINGS: dict[str, Action] = {
    "a": Action.CONFIRM | Action.PLAY,
    "b": Action.CANCEL,
    "x": Action.RUN | Action.SKIP,
    "y": Action.LOG | Action.STEP,
    "start": Action.MENU,
    "back": Action.AUTO | Action.OVERLAY,
    "leftshoulder": Action.PREV | Action.ROLLBACK | Action.REWIND,
    "rightshoulder": Action.NEXT | Action.FASTER,
    "dpup": Action.UP,
    "dpdown": Action.DOWN,
    "dpleft": Action.LEFT,
    "dpright": Action.RIGHT,
}

STICK_DEADZONE = 0.45


class InputMapper:
    """Turns device state changes into actions and samples them once per tick.

    The mapper is fed already-decoded device changes (key names, pad button names,
    stick positions, pointer positions) so it stays independent of pygame; the
    app's event pump (:mod:`game.engine.devices`) does the decoding.
    """

    def __init__(
        self,
        keys: Mapping[str, Action] | None = None,
        pad: Mapping[str, Action] | None = None,
    ) -> None:
        self.keys = dict(keys if keys is not None else default_key_bindings())
        self.pad = dict(pad if pad is not None else DEFAULT_PAD_BINDINGS)
        self._held_sources: dict[str, Action] = {}
        self._pressed = Action.NONE
        self._pointer: tuple[int, int] | None = None
        self._click = False
        self._wheel = 0

    # source ids are "key:<name>", "pad:<button>", "stick:<axis>"
    def _set_source(self, source: str, actions: Action, down: bool) -> None:
        before = self.held
        if down and actions:
            self._held_sources[source] = actions
        else:
            self._held_sources.pop(source, None)
        self._pressed |= self.held & ~before

    def key(self, name: str, down: bool) -> None:
        actions = self.keys.get(name, Action.NONE)
        self._set_source(f"key:{name}", actions, down)

    def pad_button(self, name: str, down: bool) -> None:
        self._set_source(f"pad:{name}", self.pad.get(name, Action.NONE), down)

    def stick(self, x: float, y: float) -> None:
        flags = Action.NONE
        if x <= -STICK_DEADZONE:
            flags |= Action.LEFT
        elif x >= STICK_DEADZONE:
            flags |= Action.RIGHT
        if y <= -STICK_DEADZONE:
            flags |= Action.UP
        elif y >= STICK_DEADZONE:
            flags |= Action.DOWN
        self._set_source("stick:left", flags, bool(flags))

    def pointer(self, pos: tuple[int, int] | None) -> None:
        self._pointer = pos

    def click(self) -> None:
        self._click = True

    def wheel(self, steps: int) -> None:
        self._wheel += steps

    def release_all(self) -> None:
        """Forget held inputs (the window lost focus)."""
        self._held_sources.clear()

    @property
    def held(self) -> Action:
        out = Action.NONE
        for flags in self._held_sources.values():
            out |= flags
        return out

    def sample(self) -> InputFrame:
        frame = InputFrame(self.held, self._pressed, self._pointer, self._click, self._wheel)
        self._pressed = Action.NONE
        self._click = False
        self._wheel = 0
        return frame


def frames_from_script(script: str, ticks: int) -> list[InputFrame]:
    """Build ``ticks`` frames from a small script of held ranges.

    Each item is ``START[-END]:ACTION[+ACTION...]`` (ticks counted from 0, END
    inclusive); items are separated by ``;`` or new lines, ``#`` starts a comment.
    An action is pressed on the first tick of its range and held to its end;
    ranges of one action that touch merge, so leave a tick between two presses.
    Raises ValueError with the item that is wrong.
    """
    held: list[Action] = [Action.NONE] * ticks
    for raw in _script_items(script):
        try:
            span, names = raw.split(":", 1)
            start_text, _, end_text = span.partition("-")
            start = int(start_text)
            end = int(end_text) if end_text else start
            actions = parse_actions(names)
        except ValueError as exc:
            raise ValueError(f"input script item {raw!r}: {exc}") from None
        if start < 0 or end < start:
            raise ValueError(f"input script item {raw!r}: bad tick range")
        for t in range(start, min(end, ticks - 1) + 1):
            held[t] |= actions
    frames = []
    previous = Action.NONE
    for now in held:
        frames.append(InputFrame(now, now & ~previous))
        previous = now
    return frames


def _script_items(script: str) -> Iterable[str]:
    for line in script.splitlines():
        line = line.split("#", 1)[0]
        for item in line.split(";"):
            item = item.strip()
            if item:
                yield item
