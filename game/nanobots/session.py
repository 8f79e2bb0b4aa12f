"""The debugger's logic: what the player's input does to the run, without pygame.

:class:`DebugSession` owns the simulation's :class:`~game.nanobots.timeline.Timeline`,
the cursor in the program panel, breakpoints, speed, the selected bot and the
cards (briefing, pause menu, result). :meth:`DebugSession.update` takes one
:class:`~game.engine.input.InputFrame` per 60 Hz tick and never reads a clock:
slow motion runs one step every few ticks by counting ticks.

Controls (keyboard / pad names from :mod:`game.engine.input`):

* PLAY toggles run/pause; STEP steps 1/120 s (ten with RUN held);
  SLOWER/FASTER change the speed (RUN+FASTER is slower, for pads);
  hold REWIND to scrub back (RUN+REWIND restarts with the same seed);
  OVERLAY cycles trails / heat / harm / density; MENU opens the menu.
* UP/DOWN pick a line (program lines, then breakpoints), LEFT/RIGHT a field.
  CONFIRM switches a line or breakpoint on/off, or starts editing a value
  (then UP/DOWN or LEFT/RIGHT change it, CONFIRM or CANCEL finish).
  RUN+LEFT/RIGHT changes the value under the cursor directly; RUN+UP/DOWN on
  the first field moves the line up or down.
* LEFT past the first field puts the cursor in the swarm view: directions move
  a probe and the nearest bot is inspected; CANCEL or CONFIRM comes back.
* On a briefing that offers a program won in an earlier level (``offer``, see
  :mod:`~game.nanobots.carry`): UP/DOWN pick "Load..." or "Keep the shipped program",
  CONFIRM takes the one picked, CANCEL keeps the shipped program. Loading is an edit
  made at step 0 (the timeline branches there, ``edits`` counts it), so rewinds,
  restarts and replays of the same input give the same run.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from game.engine.input import DIRECTIONS, Action, InputFrame, Repeater
from game.nanobots import breakpoints as bp
from game.nanobots.carry import Offer
from game.nanobots.levels import Level
from game.nanobots.outcome import LevelResult, Verdict, judge, metrics, new_simulation
from game.nanobots.overlay import Overlay
from game.nanobots.rules import EditError, Program
from game.nanobots.sim import Contribution
from game.nanobots.timeline import Timeline

#: Simulation steps per game tick, in eighths: 1/16x ... 8x real time.
SPEED_EIGHTHS = (1, 2, 4, 8, 16, 32, 64, 128)
NORMAL_SPEED = 4  # 16 eighths = 2 steps per 60 Hz tick = real time
TOAST_TICKS = 150


class Mode(enum.Enum):
    BRIEFING = "briefing"
    DEBUG = "debug"  # cursor in the program panel
    EDIT = "edit"  # changing one value
    PROBE = "probe"  # cursor in the swarm view
    MENU = "menu"
    RESULT = "result"


MENU_ITEMS = ("Resume", "Restart (same seed)", "Hint", "Give up")
RESULT_WON = ("Finish", "Keep debugging")
RESULT_LOST = ("Rewind and debug", "Restart (same seed)", "Give up")
#: The briefing's choices when it offers a program (see :func:`offer_items`).
OFFER_LOAD, OFFER_KEEP = 0, 1


def offer_items(offer: Offer) -> tuple[str, str]:
    """The briefing's two choices for ``offer``: load it, or keep the shipped program."""
    return (f"Load the program you won {offer.title} with", "Keep the shipped program")


def speed_label(index: int) -> str:
    eighths = SPEED_EIGHTHS[index]
    return f"{eighths // 16}x" if eighths >= 16 else f"1/{16 // eighths}x"


@dataclass
class Cursor:
    line: int = 0
    field: int = 0


class DebugSession:
    def __init__(self, level: Level, offer: Offer | None = None) -> None:
        self.level = level
        #: A program won in an earlier level, offered on the briefing (None: none).
        self.offer = offer
        #: The level whose program was loaded (None: the shipped program was kept).
        self.loaded_from: str | None = None
        self.sim = new_simulation(level)
        self.timeline = Timeline(self.sim)
        self.breakpoints = bp.default_breakpoints(level.goal.max_harm)
        self.mode = Mode.BRIEFING
        self.playing = False
        self.speed = NORMAL_SPEED
        self.overlay = Overlay.NONE
        self.cursor = Cursor()
        self.selected: int | None = None
        self.probe = (self.sim.width / 2.0, self.sim.height / 3.0)
        self.verdict: Verdict | None = None
        self.last_hit: bp.Hit | None = None
        self.toast: str = ""
        self.toast_ticks = 0
        self.menu_index = 0
        self.show_hint = False
        self.finished: LevelResult | None = None
        self.ticks = 0
        self.edits = self.rewinds = self.restarts = self.breaks = 0
        self.advanced = False  # the run moved this tick (views fade trails only then)
        self._accum = 0
        self._rewind_held = 0
        self._repeat = Repeater(delay=14, interval=4)
        self._preview_key: tuple | None = None
        self._preview: list[Contribution] = []

    # --- queries ----------------------------------------------------------------------
    @property
    def program(self) -> Program:
        return self.sim.program

    @property
    def item_count(self) -> int:
        return len(self.program) + len(self.breakpoints)

    def is_rule(self, line: int) -> bool:
        return line < len(self.program)

    def field_count(self, line: int) -> int:
        if self.is_rule(line):
            return 1 + len(self.program[line].values)
        point = self.breakpoints[line - len(self.program)]
        return 2 if point.adjustable else 1

    def field_editable(self, line: int, field: int) -> bool:
        if not self.is_rule(line):
            return True
        rule = self.program[line]
        if field == 0:
            return rule.edit.toggle or rule.edit.move
        name = rule.values[field - 1][0]
        return rule.edit.range_of(name) is not None

    @property
    def offer_open(self) -> bool:
        """The briefing is up and asks whether to load the offered program."""
        return self.mode is Mode.BRIEFING and self.offer is not None and \
            self.offer.program is not None

    @property
    def result_items(self) -> tuple[str, ...]:
        return RESULT_WON if self.verdict is Verdict.WON else RESULT_LOST

    def contributions(self) -> list[Contribution]:
        """What each line does to the selected bot's velocity in the next step."""
        if self.selected is None:
            return []
        key = (self.sim.steps, self.selected, self.program)
        if key != self._preview_key:
            self._preview = self.sim.preview(self.selected)
            self._preview_key = key
        return self._preview

    def result(self, won: bool, reason: str) -> LevelResult:
        extra = {"loaded_from": self.loaded_from} if self.loaded_from is not None else {}
        return LevelResult(
            self.level.id, won,
            metrics(self.sim, reason=reason, edits=self.edits, rewinds=self.rewinds,
                    restarts=self.restarts, breakpoints_hit=self.breaks, **extra),
        )

    # --- per tick ---------------------------------------------------------------------
    def update(self, frame: InputFrame) -> None:
        self.ticks += 1
        self.advanced = False
        if self.toast_ticks:
            self.toast_ticks -= 1
        pulses = self._repeat.pulses(frame, DIRECTIONS)
        handler = {
            Mode.BRIEFING: self._on_briefing,
            Mode.MENU: self._on_menu,
            Mode.RESULT: self._on_result,
        }.get(self.mode)
        if handler is not None:
            handler(frame, pulses)
            return
        self._on_run_controls(frame)
        if self.mode is Mode.EDIT:
            self._on_edit(frame, pulses)
        elif self.mode is Mode.PROBE:
            self._on_probe(frame, pulses)
        elif self.mode is Mode.DEBUG:
            self._on_cursor(frame, pulses)
        if self.playing and self.mode not in (Mode.MENU, Mode.RESULT):
            self._play_tick()

    # --- cards ------------------------------------------------------------------------
    def _on_briefing(self, frame: InputFrame, pulses: Action) -> None:
        if self.offer_open:
            self.menu_index = _wrap(self.menu_index, pulses, 2)
            if frame.hit(Action.CANCEL):
                self.choose_offer(OFFER_KEEP)
            elif frame.hit(Action.CONFIRM | Action.PLAY):
                self.choose_offer(self.menu_index)
            return
        if frame.hit(Action.CONFIRM | Action.PLAY | Action.CANCEL):
            self.mode = Mode.DEBUG

    def choose_offer(self, index: int) -> None:
        """Take the briefing's choice: load the offered program (:data:`OFFER_LOAD`) or
        keep the shipped one; either way the debugger opens."""
        if not self.offer_open:
            return
        if index == OFFER_LOAD:
            self.load_offer()
        self.mode = Mode.DEBUG
        self.menu_index = 0

    def load_offer(self) -> bool:
        """Put the offered program in place at the start of the run, as one edit (only
        while the briefing offers it, before the run has moved)."""
        offer = self.offer
        program = offer.program if offer is not None else None
        if offer is None or program is None or not self.offer_open or self.sim.steps != 0:
            return False
        self._edit(lambda p: program)
        self.loaded_from = offer.source or offer.title
        self.say(f"loaded the program you won {offer.title} with")
        return True

    def _on_menu(self, frame: InputFrame, pulses: Action) -> None:
        if frame.hit(Action.MENU | Action.CANCEL):
            self.mode = Mode.DEBUG
            return
        self.menu_index = _wrap(self.menu_index, pulses, len(MENU_ITEMS))
        if frame.hit(Action.CONFIRM):
            self.choose_menu(self.menu_index)

    def choose_menu(self, index: int) -> None:
        choice = MENU_ITEMS[index]
        if choice == "Resume":
            self.mode = Mode.DEBUG
        elif choice == "Hint":
            self.show_hint = not self.show_hint
        elif choice == "Give up":
            self.finished = self.result(False, "gave_up")
        else:
            self.restart()

    def _on_result(self, frame: InputFrame, pulses: Action) -> None:
        items = self.result_items
        self.menu_index = _wrap(self.menu_index, pulses, len(items))
        if frame.hit(Action.CONFIRM):
            self.choose_result(self.menu_index)

    def choose_result(self, index: int) -> None:
        choice = self.result_items[index]
        if choice == "Finish":
            self.finished = self.result(True, "won")
        elif choice == "Give up":
            self.finished = self.result(False, self.verdict.value if self.verdict else "gave_up")
        elif choice.startswith("Restart"):
            self.restart()
        else:
            self.mode = Mode.DEBUG

    # --- run controls -----------------------------------------------------------------
    def _on_run_controls(self, frame: InputFrame) -> None:
        if frame.down(Action.REWIND):
            if frame.hit(Action.REWIND) and frame.down(Action.RUN):
                self.restart()
                return
            self._scrub()
            return
        self._rewind_held = 0
        if frame.hit(Action.PLAY):
            self.toggle_play()
        if frame.hit(Action.STEP):
            self.step(10 if frame.down(Action.RUN) else 1)
        if frame.hit(Action.FASTER):
            self.change_speed(-1 if frame.down(Action.RUN) else 1)
        if frame.hit(Action.SLOWER):
            self.change_speed(-1)
        if frame.hit(Action.OVERLAY):
            self.overlay = self.overlay.next()
            self.say(f"overlay: {self.overlay.label}")
        menu = frame.hit(Action.MENU)
        cancel_used = self.mode in (Mode.EDIT, Mode.PROBE) and frame.hit(Action.CANCEL)
        if menu and not cancel_used:
            self.mode = Mode.MENU
            self.menu_index = 0
            self.playing = False

    def toggle_play(self) -> None:
        if self.playing:
            self.playing = False
            return
        if self._concluded():
            return
        self.playing = True
        self.last_hit = None

    def change_speed(self, delta: int) -> None:
        self.speed = max(0, min(len(SPEED_EIGHTHS) - 1, self.speed + delta))
        self.say(f"speed {speed_label(self.speed)}")

    def step(self, count: int) -> None:
        self.playing = False
        for _ in range(count):
            if self._concluded() or self._advance_one():
                break

    def restart(self) -> None:
        self.timeline.restart(self.program)
        self.restarts += 1
        self.playing = False
        self.verdict = None
        self.last_hit = None
        self.mode = Mode.DEBUG
        self._accum = 0
        self.advanced = True
        self.say("restarted with the same seed")

    def seek(self, step: int) -> None:
        if step < self.sim.steps:
            self.rewinds += 1
        self.playing = False
        self.timeline.seek(step)
        self.verdict = None
        self.advanced = True

    def _scrub(self) -> None:
        self._rewind_held += 1
        held = self._rewind_held
        if held == 1:
            self.rewinds += 1
        self.playing = False
        self.verdict = None
        rate = 2 if held < 30 else 4 if held < 60 else 8 if held < 120 else 16
        if self.sim.steps > 0:
            self.timeline.rewind(rate)
            self.advanced = True

    def _play_tick(self) -> None:
        self._accum += SPEED_EIGHTHS[self.speed]
        due, self._accum = divmod(self._accum, 8)
        self.sim.probe = self.selected
        for _ in range(due):
            if self._concluded() or self._advance_one():
                self.playing = False
                break

    def _advance_one(self) -> bool:
        """Step once; True if a breakpoint or the end of the treatment stopped the run."""
        before = self.sim.harm
        events = self.timeline.advance()
        self.advanced = True
        hit = bp.check(self.breakpoints, events, before, self.sim.harm, self.sim.width)
        if self._concluded():
            return True
        if hit is not None:
            self.breaks += 1
            self.last_hit = hit
            if hit.bot is not None:
                self.selected = hit.bot
            self.say(f"break: {hit.message} at {self.sim.time:.3f} s")
            return True
        return False

    def _concluded(self) -> bool:
        verdict = judge(self.sim, self.level.goal)
        if verdict is None:
            return False
        self.verdict = verdict
        self.playing = False
        self.mode = Mode.RESULT
        self.menu_index = 0
        return True

    # --- the program panel ------------------------------------------------------------
    def _on_cursor(self, frame: InputFrame, pulses: Action) -> None:
        run = frame.down(Action.RUN)
        if run and pulses & (Action.LEFT | Action.RIGHT):
            self.nudge(1 if pulses & Action.RIGHT else -1)
        elif run and pulses & (Action.UP | Action.DOWN):
            self._run_vertical(1 if pulses & Action.DOWN else -1)
        elif pulses & (Action.UP | Action.DOWN):
            self.move_cursor(1 if pulses & Action.DOWN else -1)
        elif pulses & Action.LEFT:
            if self.cursor.field == 0:
                self.enter_probe()
            else:
                self.cursor.field -= 1
        elif pulses & Action.RIGHT:
            self.cursor.field = min(self.cursor.field + 1, self.field_count(self.cursor.line) - 1)
        if frame.hit(Action.CONFIRM) and not frame.hit(Action.PLAY):
            self.activate()

    def _run_vertical(self, direction: int) -> None:
        if self.cursor.field == 0 and self.is_rule(self.cursor.line):
            self.move_line(direction)
        else:
            self.nudge(-direction)

    def move_cursor(self, delta: int) -> None:
        line = max(0, min(self.item_count - 1, self.cursor.line + delta))
        self.cursor.line = line
        self.cursor.field = min(self.cursor.field, self.field_count(line) - 1)

    def select(self, line: int, field: int) -> None:
        self.cursor.line = max(0, min(self.item_count - 1, line))
        self.cursor.field = max(0, min(field, self.field_count(self.cursor.line) - 1))
        if self.mode in (Mode.PROBE, Mode.EDIT):
            self.mode = Mode.DEBUG

    def activate(self) -> None:
        """CONFIRM on the cursor: toggle a line or breakpoint, or start editing a value."""
        line, field = self.cursor.line, self.cursor.field
        if not self.is_rule(line):
            if field == 0:
                self.toggle_breakpoint(line - len(self.program))
            else:
                self.mode = Mode.EDIT
            return
        if field == 0:
            self.toggle_line()
        elif self.field_editable(line, field):
            self.mode = Mode.EDIT
        else:
            self.say(f"line {line + 1}: that value is locked by the level")

    def _on_edit(self, frame: InputFrame, pulses: Action) -> None:
        if frame.hit(Action.CONFIRM | Action.CANCEL):
            self.mode = Mode.DEBUG
            return
        if pulses & (Action.UP | Action.RIGHT):
            self.nudge(1)
        elif pulses & (Action.DOWN | Action.LEFT):
            self.nudge(-1)

    def nudge(self, direction: int) -> None:
        """Change the value under the cursor by one step (or switch a line / breakpoint)."""
        line, field = self.cursor.line, self.cursor.field
        if not self.is_rule(line):
            index = line - len(self.program)
            if field == 0:
                self.toggle_breakpoint(index)
            else:
                point = self.breakpoints[index]
                self.breakpoints[index] = point.adjusted(direction, self.level.goal.max_harm)
            return
        if field == 0:
            self.toggle_line()
            return
        name = self.program[line].values[field - 1][0]
        self._edit(lambda p: p.nudge(line, name, direction))

    def toggle_line(self) -> None:
        line = self.cursor.line
        self._edit(lambda p: p.toggle(line))

    def move_line(self, direction: int) -> None:
        line = self.cursor.line
        if self._edit(lambda p: p.move(line, direction)):
            self.cursor.line = line + direction

    def toggle_breakpoint(self, index: int) -> None:
        point = self.breakpoints[index]
        self.breakpoints[index] = bp.Breakpoint(point.kind, not point.enabled, point.tissue,
                                                point.threshold)
        state = "on" if not point.enabled else "off"
        self.say(f"breakpoint {state}: {point.text()}")

    def _edit(self, change) -> bool:
        try:
            program = change(self.program)
        except EditError as exc:
            self.say(str(exc))
            return False
        if program == self.program:
            return False
        self.timeline.branch(program)
        self.edits += 1
        self.verdict = None
        self.advanced = True
        return True

    # --- the probe --------------------------------------------------------------------
    def enter_probe(self) -> None:
        self.mode = Mode.PROBE
        if self.selected is not None:
            self.probe = (float(self.sim.x[self.selected]), float(self.sim.y[self.selected]))
        else:
            self.select_bot_at(*self.probe)

    def _on_probe(self, frame: InputFrame, pulses: Action) -> None:
        if frame.hit(Action.CANCEL) or (frame.hit(Action.CONFIRM) and not frame.hit(Action.PLAY)):
            self.mode = Mode.DEBUG
            return
        dx, dy = frame.direction()
        if dx or dy:
            step = 1.0 if frame.down(Action.RUN) else 0.5
            x = min(max(self.probe[0] + dx * step, 0.0), self.sim.width - 0.01)
            y = min(max(self.probe[1] + dy * step, 0.0), self.sim.height - 0.01)
            if dx > 0 and x >= self.sim.width - 0.01:
                self.mode = Mode.DEBUG
                return
            self.select_bot_at(x, y)

    def select_bot_at(self, x: float, y: float) -> None:
        """Inspect the bot nearest to (x, y) in cells."""
        self.probe = (x, y)
        self.selected = self.sim.nearest_bot(x, y)

    # --- messages ---------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.toast = text
        self.toast_ticks = TOAST_TICKS


def _wrap(index: int, pulses: Action, count: int) -> int:
    if pulses & Action.UP:
        return (index - 1) % count
    if pulses & Action.DOWN:
        return (index + 1) % count
    return index
