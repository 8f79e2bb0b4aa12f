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
    #: The device sources pressed since the previous tick ("key:z", "pad:a"), for the
    #: Controls screen's "press a key" only: never recorded (replays carry actions alone).
    raw: tuple[str, ...] = ()

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


# --- the player's bindings (the Controls screen, settings.json) ---------------------------

#: The actions the Controls screen lists, in its order, with the player's names for them.
BINDABLE: tuple[tuple[Action, str], ...] = (
    (Action.UP, "Up"),
    (Action.DOWN, "Down"),
    (Action.LEFT, "Left"),
    (Action.RIGHT, "Right"),
    (Action.CONFIRM, "Confirm / talk"),
    (Action.CANCEL, "Back"),
    (Action.MENU, "Pause menu"),
    (Action.RUN, "Run"),
    (Action.SKIP, "Fast-forward"),
    (Action.LOG, "History"),
    (Action.AUTO, "Auto-advance"),
    (Action.ROLLBACK, "Rollback"),
    (Action.PREV, "Previous tab"),
    (Action.NEXT, "Next tab"),
    (Action.PLAY, "Debugger: play / pause"),
    (Action.STEP, "Debugger: step"),
    (Action.REWIND, "Debugger: rewind"),
    (Action.SLOWER, "Debugger: slower"),
    (Action.FASTER, "Debugger: faster"),
    (Action.OVERLAY, "Debugger: overlays"),
    (Action.RELOAD, "Reload content"),
)
ACTION_LABELS: dict[Action, str] = dict(BINDABLE)

#: Actions that always keep at least one key and one pad button: without them no menu
#: (this one included) could be used again, nor the player walk.
ESSENTIAL = DIRECTIONS | Action.CONFIRM | Action.CANCEL | Action.MENU

#: Where the game reads each action. Two actions read in the same place cannot share a
#: key (one press would do both), unless the default bindings pair them on purpose
#: (:data:`PAIRED`: Esc is both Back and the pause menu).
CONTEXTS: dict[str, Action] = {
    "menus": DIRECTIONS | Action.CONFIRM | Action.CANCEL | Action.MENU | Action.PREV
    | Action.NEXT | Action.RELOAD,
    "the map": DIRECTIONS | Action.CONFIRM | Action.RUN | Action.MENU | Action.SKIP
    | Action.RELOAD,
    "conversations": DIRECTIONS | Action.CONFIRM | Action.CANCEL | Action.MENU | Action.SKIP
    | Action.LOG | Action.AUTO | Action.ROLLBACK | Action.RELOAD,
    "the debugger": DIRECTIONS | Action.CONFIRM | Action.CANCEL | Action.MENU | Action.RUN
    | Action.PLAY | Action.STEP | Action.REWIND | Action.SLOWER | Action.FASTER
    | Action.OVERLAY | Action.RELOAD,
}

KEYS, PAD = "keys", "pad"
DEVICES = (KEYS, PAD)
#: The pad buttons a binding may name (SDL game-controller names).
PAD_BUTTON_NAMES = tuple(DEFAULT_PAD_BINDINGS)
#: At most this many keys (or buttons) per action; the longest key name kept.
MAX_PER_ACTION = 6
MAX_NAME = 32

_KEY_LABELS = {
    "return": "Enter", "escape": "Esc", "space": "Space", "backspace": "Backspace",
    "tab": "Tab", "left shift": "L-Shift", "right shift": "R-Shift", "left ctrl": "L-Ctrl",
    "right ctrl": "R-Ctrl", "left alt": "L-Alt", "right alt": "R-Alt", "page up": "PgUp",
    "page down": "PgDn", "up": "Up", "down": "Down", "left": "Left", "right": "Right",
    "delete": "Del", "insert": "Ins",
}
_PAD_LABELS = {
    "a": "A", "b": "B", "x": "X", "y": "Y", "start": "Start", "back": "Back",
    "leftshoulder": "LB", "rightshoulder": "RB", "dpup": "D-Up", "dpdown": "D-Down",
    "dpleft": "D-Left", "dpright": "D-Right",
}


def _paired() -> frozenset[frozenset[Action]]:
    pairs = set()
    for table in (default_key_bindings(), DEFAULT_PAD_BINDINGS):
        for flags in table.values():
            single = [a for a in Action if a is not Action.NONE and flags & a]
            pairs |= {frozenset((a, b)) for a in single for b in single if a is not b}
    return frozenset(pairs)


#: Pairs of actions the default bindings put on one key or button (meant to share).
PAIRED = _paired()


def label_of(device: str, name: str) -> str:
    """How the screen names a key or a pad button ("Enter", "L-Shift", "RB")."""
    if device == PAD:
        return _PAD_LABELS.get(name, name)
    if name in _KEY_LABELS:
        return _KEY_LABELS[name]
    return name.upper() if len(name) <= 3 else name.title()


def clash_place(a: Action, b: Action) -> str | None:
    """Where one press would do both ``a`` and ``b`` (a place the game reads both), or
    None when they may share a key."""
    if a is b or frozenset((a, b)) in PAIRED:
        return None
    return next((place for place, read in CONTEXTS.items() if read & a and read & b), None)


@dataclass(frozen=True)
class BindResult:
    """What pressing a key on the Controls screen did: ``done`` or refused, and why."""

    done: bool
    message: str
    #: The action the key was taken from (a move), or that refused it (a conflict).
    other: Action = Action.NONE


@dataclass
class Bindings:
    """Each action's keys and pad buttons (names as ``pygame.key.name`` and SDL's game
    controller give them). ``version`` counts changes, so an :class:`InputMapper` using
    these bindings follows the Controls screen at once."""

    keys: dict[Action, list[str]] = field(default_factory=dict)
    pad: dict[Action, list[str]] = field(default_factory=dict)
    version: int = field(default=0, compare=False)

    @classmethod
    def defaults(cls) -> Bindings:
        out = cls()
        out.reset()
        return out

    def reset(self) -> None:
        """Every key and button back to the game's defaults."""
        self.keys = _by_action(default_key_bindings())
        self.pad = _by_action(DEFAULT_PAD_BINDINGS)
        self.version += 1

    def table(self, device: str) -> dict[Action, list[str]]:
        return self.pad if device == PAD else self.keys

    def bound(self, device: str, action: Action) -> list[str]:
        return list(self.table(device).get(action, []))

    def owners(self, device: str, name: str) -> list[Action]:
        return [action for action, names in self.table(device).items() if name in names]

    def is_default(self) -> bool:
        return self == Bindings.defaults()

    def key_map(self) -> dict[str, Action]:
        return _by_name(self.keys)

    def pad_map(self) -> dict[str, Action]:
        return _by_name(self.pad)

    def describe(self, action: Action, device: str = KEYS, limit: int = 2) -> str:
        """The first keys of an action, for hints ("Z / Enter"); "unbound" if none."""
        names = self.bound(device, action)[:limit]
        return " / ".join(label_of(device, n) for n in names) or "unbound"

    def press(self, device: str, action: Action, name: str, *, move: bool = False) -> BindResult:
        """The player pressed ``name`` to bind it to ``action``.

        A key the action already has is taken off it (unless it is an essential action's
        last). A key another action has where the game reads both (:func:`clash_place`)
        is refused, or with ``move`` taken from that action (unless it is that action's
        last, for an essential one). Otherwise the key is added.
        """
        what = label_of(device, name)
        mine = ACTION_LABELS.get(action, action.name or "?")
        table = self.table(device)
        current = table.setdefault(action, [])
        if name in current:
            if len(current) == 1 and action & ESSENTIAL:
                return BindResult(False, f"{what} is the last {_device_word(device)} for "
                                  f"{mine}: it needs one. Bind another first.")
            current.remove(name)
            self.version += 1
            return BindResult(True, f"{what} no longer does {mine}.")
        if len(current) >= MAX_PER_ACTION:
            return BindResult(False, f"{mine} has {MAX_PER_ACTION} already: press one of "
                              "them to remove it first.")
        clashes = [(other, place) for other in self.owners(device, name)
                   if (place := clash_place(action, other)) is not None]
        if clashes:
            other, place = clashes[0]
            theirs = ACTION_LABELS.get(other, other.name or "?")
            if not move:
                return BindResult(False, f"Refused: {what} already does {theirs} in {place}. "
                                  f"Press {what} again to move it here.", other)
            for taken, _ in clashes:
                names = table[taken]
                if len(names) == 1 and taken & ESSENTIAL:
                    label = ACTION_LABELS.get(taken, taken.name or "?")
                    return BindResult(False, f"Refused: {what} is the last "
                                      f"{_device_word(device)} for {label}. Bind another "
                                      f"to {label} first.", taken)
            for taken, _ in clashes:
                table[taken].remove(name)
            current.append(name)
            self.version += 1
            return BindResult(True, f"Moved: {what} now does {mine} instead of {theirs}.",
                              other)
        current.append(name)
        self.version += 1
        return BindResult(True, f"{what} now does {mine}.")

    # --- settings.json ------------------------------------------------------------------
    def to_data(self) -> dict[str, dict[str, list[str]]]:
        return {device: {(action.name or "").lower(): list(names)
                         for action, names in self.table(device).items()}
                for device in DEVICES}

    @classmethod
    def from_data(cls, data: object) -> tuple[Bindings, list[str]]:
        """Bindings read from settings data, and what was wrong with it (each problem
        says what was left out or put back). Actions missing take their defaults; a
        name of the wrong kind, an unknown action or pad button, a key two actions
        read in one place both have, or an essential action left with nothing is
        mended, never fatal."""
        out = cls.defaults()
        problems: list[str] = []
        if not isinstance(data, dict):
            if data is not None:
                problems.append("controls: not an object of 'keys' and 'pad'; using defaults")
            return out, problems
        for device in DEVICES:
            table = data.get(device)
            if table is None:
                continue
            if not isinstance(table, dict):
                problems.append(f"controls.{device}: not an object; using defaults")
                continue
            for action_name, names in table.items():
                where = f"controls.{device}.{str(action_name)[:MAX_NAME]}"
                action = ACTION_NAMES.get(str(action_name))
                if action is None or action not in ACTION_LABELS:
                    problems.append(f"{where}: unknown action; left out")
                    continue
                kept = _valid_names(device, names, where, problems)
                if kept is not None:
                    out.table(device)[action] = kept
            out._mend(device, problems)
        out.version = 0
        return out, problems

    def _mend(self, device: str, problems: list[str]) -> None:
        table = self.table(device)
        earlier: list[Action] = []  # a key two actions clash on stays with the first listed
        for action, _ in BINDABLE:
            for name in list(table.get(action, [])):
                other = next((o for o in earlier
                              if name in table.get(o, []) and clash_place(action, o)), None)
                if other is not None:
                    table[action].remove(name)
                    problems.append(f"controls.{device}.{(action.name or '').lower()}: "
                                    f"{name!r} also does {ACTION_LABELS[other]} in "
                                    f"{clash_place(action, other)}; left out")
            earlier.append(action)
        defaults = _by_action(DEFAULT_PAD_BINDINGS if device == PAD else default_key_bindings())
        for action, _ in BINDABLE:
            if action & ESSENTIAL and not table.get(action):
                free = [n for n in defaults.get(action, [])
                        if not any(clash_place(action, o) for o in self.owners(device, n))]
                table[action] = free or defaults.get(action, [])[:1]
                problems.append(f"controls.{device}.{(action.name or '').lower()}: "
                                "has nothing bound; its default put back")


def _device_word(device: str) -> str:
    return "button" if device == PAD else "key"


def _valid_names(device: str, names: object, where: str, problems: list[str]) -> list[str] | None:
    if not isinstance(names, list):
        problems.append(f"{where}: not a list of names; default kept")
        return None
    kept: list[str] = []
    for name in names:
        if not isinstance(name, str) or not name or len(name) > MAX_NAME:
            problems.append(f"{where}: {str(name)[:MAX_NAME]!r} is not a key name; left out")
        elif device == PAD and name not in PAD_BUTTON_NAMES:
            problems.append(f"{where}: unknown pad button {name!r}; left out")
        elif name not in kept and len(kept) < MAX_PER_ACTION:
            kept.append(name)
    return kept


def _by_action(table: Mapping[str, Action]) -> dict[Action, list[str]]:
    out: dict[Action, list[str]] = {action: [] for action, _ in BINDABLE}
    for name, flags in table.items():
        for action, _ in BINDABLE:
            if flags & action:
                out[action].append(name)
    return out


def _by_name(table: Mapping[Action, list[str]]) -> dict[str, Action]:
    out: dict[str, Action] = {}
    for action, names in table.items():
        for name in names:
            out[name] = out.get(name, Action.NONE) | action
    return out


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
        bindings: Bindings | None = None,
    ) -> None:
        self.keys = dict(keys if keys is not None else default_key_bindings())
        self.pad = dict(pad if pad is not None else DEFAULT_PAD_BINDINGS)
        self._held_sources: dict[str, Action] = {}
        self._pressed = Action.NONE
        self._pointer: tuple[int, int] | None = None
        self._click = False
        self._wheel = 0
        self._raw: list[str] = []
        #: The player's bindings (settings), followed as they change (see :meth:`use`).
        self.bindings: Bindings | None = None
        self._version = -1
        if bindings is not None:
            self.use(bindings)

    def use(self, bindings: Bindings) -> None:
        """Map keys and pad buttons by ``bindings`` from now on, following its changes."""
        self.bindings = bindings
        self._version = -1
        self._sync()

    def _sync(self) -> None:
        if self.bindings is not None and self.bindings.version != self._version:
            self.keys = self.bindings.key_map()
            self.pad = self.bindings.pad_map()
            self._version = self.bindings.version

    # source ids are "key:<name>", "pad:<button>", "stick:<axis>"
    def _set_source(self, source: str, actions: Action, down: bool) -> None:
        before = self.held
        if down and source not in self._held_sources and source not in self._raw:
            self._raw.append(source)
        if down and actions:
            self._held_sources[source] = actions
        else:
            self._held_sources.pop(source, None)
        self._pressed |= self.held & ~before

    def key(self, name: str, down: bool) -> None:
        self._sync()
        actions = self.keys.get(name, Action.NONE)
        self._set_source(f"key:{name}", actions, down)

    def pad_button(self, name: str, down: bool) -> None:
        self._sync()
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
        frame = InputFrame(self.held, self._pressed, self._pointer, self._click, self._wheel,
                           tuple(self._raw))
        self._raw = []
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
    for start, end, actions in script_ranges(script):
        for t in range(start, min(end, ticks - 1) + 1):
            held[t] |= actions
    frames = []
    previous = Action.NONE
    for now in held:
        frames.append(InputFrame(now, now & ~previous))
        previous = now
    return frames


def script_ranges(script: str) -> list[tuple[int, int, Action]]:
    """``(start, end, actions)`` of each item of an input script (the format of
    :func:`frames_from_script`); ValueError naming the item that is wrong."""
    ranges = []
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
        ranges.append((start, end, actions))
    return ranges


def _script_items(script: str) -> Iterable[str]:
    for line in script.splitlines():
        line = line.split("#", 1)[0]
        for item in line.split(";"):
            item = item.strip()
            if item:
                yield item
