"""The dialogue scene: plays a runner's events over the map.

It reveals lines with a typewriter at the chosen text speed, turns pages,
fast-forwards seen text while SKIP is held, auto-advances when asked, shows
choices, runs debates with the evidence picker, keeps a backlog, and rolls back
to the previous choice. What the dialogue asks of the rest of the game (warps,
minigames, chapter starts, splits, sounds) goes through :class:`DialogueHooks`:
each registered step names its hook method (``StepKind.hook`` in
:mod:`game.dialogue.steps`), called with its event's fields.

When the story gives evidence, a short "Received: <name>" notice slides in at the
top (it does not stop the dialogue). The menu key opens the pause menu
(``on_pause``); :meth:`DialogueScene.save_point` is what a save keeps of the
conversation (during a debate: the debate's start). :class:`CardScene` and :class:`CreditsScene`
are the chapter and ending cards and the credits roll the director shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from game.dialogue import events as ev
from game.dialogue import view
from game.dialogue.runner import Runner
from game.dialogue.steps import for_event
from game.dialogue.typewriter import Typewriter
from game.engine.input import Action, InputFrame, Repeater
from game.engine.scene import Scene
from game.engine.screen import Screen
from game.engine.text import Span
from game.services import Game
from game.story.state import StoryState
from game.ui import theme
from game.ui.menu import Menu, MenuItem
from game.ui.toast import Toasts

SKIP_INTERVAL = 3  # ticks per line while fast-forwarding
MAX_INSTANT_EVENTS = 1000  # a dialogue that never waits for the player is a content bug


class DialogueHooks(Protocol):
    """What the game does for the dialogue (the director's ``_Hooks``).

    Besides ``finished``, a method per step hook of the registry (``StepKind.hook``):
    it gets the event's fields, then a ``done(result=None)`` callback when the step
    waits for the game (``StepKind.waits``); the methods of the game's own steps are:
    """

    def warp(self, map_name: str, spawn: str | None, done: Callable[[], None]) -> None: ...

    def minigame(self, level: str, program: str | None, program_text: str | None,
                 done: Callable[..., None]) -> None: ...

    def switch_player(self, character: str) -> None: ...

    def chapter(self, chapter_id: str, done: Callable[[], None]) -> None: ...

    def move(self, who: str, to: str, instant: bool, done: Callable[[], None]) -> None: ...

    def ending(self, ending_id: str, done: Callable[[], None]) -> None: ...

    def split(self, name: str) -> None: ...

    def sound(self, cue: str) -> None: ...

    def finished(self) -> None: ...


@dataclass(frozen=True)
class BacklogEntry:
    name: str | None
    spans: tuple[Span, ...]
    color: tuple[int, int, int]


@dataclass(frozen=True)
class _Snapshot:
    runner: Any
    story: Any
    backlog: int


class DialogueScene(Scene):
    transparent = True

    def __init__(self, game: Game, runner: Runner, look: view.DialogueLook,
                 hooks: DialogueHooks, backlog: list[BacklogEntry], *,
                 toasts: Toasts | None = None, held: Sequence[str] | None = None) -> None:
        self.game = game
        #: Notices over the scene ("Received: ..."); the director shares them with the map.
        self.toasts = toasts if toasts is not None else Toasts()
        #: The evidence held when we last looked (``held``: before the dialogue started,
        #: so what its first steps give is announced too).
        self._held = list(held) if held is not None else list(runner.story.evidence)
        self.runner = runner
        self.look = look
        self.hooks = hooks
        self.settings = game.settings
        self.backlog = backlog
        self.ticks = 0
        self.waiting = False  # a warp or minigame is under way
        self.auto = False
        self.typewriter: Typewriter | None = None
        self._typewriter_key: object = None
        self._seen_before = False
        self._auto_timer = 0
        self._skip_timer = 0
        self._wait_left: int | None = None
        self._menu: Menu | None = None
        self._menu_event: object = None  # the choice the menu (and last snapshot) belongs to
        self._snapshots: list[_Snapshot] = []
        self._last_line: tuple[view.Speaking, list[list[Span]]] | None = None
        self.debate_action = 0
        self.picker: EvidencePicker | None = None
        #: A debate's music is playing (the map's comes back when the debate is over).
        self._debate_music = False
        self._repeat = Repeater()
        #: What the menu key does (the director's pause menu); None: nothing.
        self.on_pause: Callable[[], None] | None = None
        #: The position, story and backlog length as the current debate started.
        self._debate_start: _Snapshot | None = None
        self._note_debate()

    # --- the tick ------------------------------------------------------------------------
    def update(self, inp: InputFrame) -> InputFrame | None:
        self.ticks += 1
        self.toasts.tick()
        self._announce()
        if self.waiting:
            return None
        self._settle()
        if self.waiting or self.game.stack.top is not self:
            return None
        if inp.hit(Action.MENU) and self.on_pause is not None and self.picker is None:
            self.on_pause()
            return None
        if inp.hit(Action.ROLLBACK) or inp.wheel > 0:
            self.rollback()
            return None
        if inp.hit(Action.LOG):
            self.game.stack.push(BacklogScene(self.game, self.backlog))
            return None
        if inp.hit(Action.AUTO):
            self.auto = not self.auto
        event = self.runner.current
        if isinstance(event, ev.Line):
            self._line(event, inp)
        elif isinstance(event, ev.Choice):
            self._choice(event, inp)
        elif isinstance(event, ev.Debate):
            self._debate(event, inp)
        elif isinstance(event, ev.Wait):
            self._wait(event, inp)
        self._settle()
        self._announce()
        self._note_debate()
        return None

    # --- hot reload ------------------------------------------------------------------------
    def reload_content(self) -> None:
        """F5 (the scene stack calls this after the director has reloaded the campaign and
        rebound the runner): what is on screen now shows its new text at once — the line
        or claim on the same page, fully shown; a choice with its options as they now
        read, the cursor where it was."""
        event = self.runner.current
        if isinstance(event, ev.Line):
            speaking = self.look.speaking(event.speaker, event.name, event.expression)
            self._reshow(event, event.spans, speaking.portrait is not None, event.line_id)
        elif isinstance(event, ev.Debate):
            key = (event.debate_id, event.claim_index, event.line_id, event.credibility)
            self._reshow(key, event.spans, False, event.line_id)
        elif isinstance(event, ev.Choice) and self._menu is not None:
            index = self._menu.index
            items = [MenuItem(o.text, enabled=o.enabled) for o in event.options]
            self._menu = Menu(items, index=min(index, max(0, len(items) - 1)),
                              cancellable=False)
            self._menu_event = event  # (the same choice: no second rollback point)

    def _reshow(self, key: object, spans: tuple[Span, ...], has_portrait: bool,
                line_id: str) -> None:
        page = self.typewriter.page if self.typewriter is not None else 0
        self.typewriter = None
        writer = self._typewriter_for(key, spans, has_portrait, line_id)
        while writer.page < page and writer.next_page():
            pass
        writer.complete_page()

    def _note_debate(self) -> None:
        """Remember the state as a debate starts (a save made during it goes back there)."""
        if not self.runner.in_debate:
            self._debate_start = None
        elif self._debate_start is None:
            self._debate_start = _Snapshot(self.runner.snapshot(),
                                           self.game.state.story.to_data(), len(self.backlog))

    def save_point(self) -> tuple[dict[str, Any], dict[str, Any], int]:
        """What a save keeps of this conversation: the runner's snapshot, the story and how
        many backlog entries; during a debate, those of its start (a debate is saved at
        its start, as a minigame is)."""
        self._note_debate()
        if self._debate_start is not None:
            snap = self._debate_start
            return snap.runner, snap.story, snap.backlog
        return self.runner.snapshot(), self.game.state.story.to_data(), len(self.backlog)

    def _announce(self) -> None:
        """A notice for each item the story gave since we last looked."""
        held = self.game.state.story.evidence
        for item in held:
            if item not in self._held:
                self.toasts.push("Received", self.look.evidence_name(item), self.look.icon(item))
                self.game.audio.play("evidence_get")
        self._held = list(held)

    def _settle(self) -> None:
        """Handle events that need no player: hooks, then move on."""
        for _ in range(MAX_INSTANT_EVENTS):
            event = self.runner.current
            if self._debate_music and not isinstance(event, ev.Debate) \
                    and not self.runner.in_debate:
                self._debate_music = False
                self.game.audio.end_scene_music()
            if isinstance(event, ev.End):
                self.game.stack.pop(self)
                self.hooks.finished()
                return
            kind = for_event(type(event))
            if kind is None or isinstance(event, ev.Wait):
                return  # the player's: lines, choices, debates; waits tick in update()
            if kind.barrier:
                self._snapshots.clear()  # no rolling back across a change of map, a save...
            if kind.hook is not None and kind.waits:
                self.waiting = True
                getattr(self.hooks, kind.hook)(*kind.hook_args(event), self._resume)
                if self.waiting:
                    return
                continue  # the game was done at once (a person placed instantly...)
            if kind.hook is not None:
                getattr(self.hooks, kind.hook)(*kind.hook_args(event))
            self.runner.advance()

    def _resume(self, result: object = None) -> None:
        """The game is done with a step that waited for it (a warp, a minigame)."""
        self.waiting = False
        kind = for_event(type(self.runner.current))
        if kind is not None and kind.blocks:
            self.runner.resume(result)
        else:
            self.runner.advance()

    def _tick_writer(self, writer: Typewriter, speaker: str | None) -> None:
        """Reveal this tick's characters, with the speaker's text blip when any appear."""
        before = writer.shown
        writer.tick(self.settings.chars_per_tick)
        if writer.shown > before:
            self.game.audio.blip(speaker)

    # --- lines ---------------------------------------------------------------------------
    def _typewriter_for(self, key: object, spans: tuple[Span, ...], has_portrait: bool,
                        line_id: str) -> Typewriter:
        if self.typewriter is None or self._typewriter_key != key:
            _, width = view.text_area(has_portrait)
            self.typewriter = Typewriter(spans, width, view.TEXT_SIZE, view.TEXT_LINES)
            self._typewriter_key = key
            self._seen_before = self._read_before(line_id)
            self._auto_timer = 0
            self._skip_timer = 0
        return self.typewriter

    def _read_before(self, line_id: str) -> bool:
        """Read in this run, or in an earlier playthrough when the game remembers that
        (never in replays, headless runs or timed speedruns: see ``Game.read_before``)."""
        if self.game.state.story.seen_line(line_id):
            return True
        return self.game.read_before(self.runner.campaign.id, line_id)

    def _line(self, event: ev.Line, inp: InputFrame) -> None:
        speaking = self.look.speaking(event.speaker, event.name, event.expression)
        writer = self._typewriter_for(event, event.spans, speaking.portrait is not None,
                                      event.line_id)
        skipping = inp.down(Action.SKIP) and (self._seen_before or self.settings.skip_unseen)
        if skipping:
            writer.complete_page()
            self._skip_timer += 1
            if self._skip_timer >= SKIP_INTERVAL:
                self._turn_page(event, speaking)
            return
        self._tick_writer(writer, event.speaker)
        if inp.hit(Action.CONFIRM) or inp.click:
            if writer.page_done:
                self._turn_page(event, speaking)
            else:
                writer.complete_page()
        elif self.auto and writer.page_done:
            self._auto_timer += 1
            if self._auto_timer >= self.settings.auto_delay(writer.current.length):
                self._turn_page(event, speaking)

    def _turn_page(self, event: ev.Line, speaking: view.Speaking) -> None:
        assert self.typewriter is not None
        self._auto_timer = self._skip_timer = 0
        if self.typewriter.next_page():
            return
        self._last_line = (speaking, [list(line) for line in self.typewriter.current.lines])
        self.backlog.append(BacklogEntry(speaking.name, event.spans, speaking.color))
        self.typewriter = None
        self.runner.advance()

    # --- choices -------------------------------------------------------------------------
    def _choice(self, event: ev.Choice, inp: InputFrame) -> None:
        if self._menu_event is not event:
            self._take_snapshot()
            items = [MenuItem(o.text, enabled=o.enabled) for o in event.options]
            self._menu = Menu(items, cancellable=False)
            self._menu_event = event
        assert self._menu is not None
        picked = self._menu.update(inp)
        if picked is not None and picked >= 0:
            option = event.options[picked]
            self.backlog.append(BacklogEntry("You", ((option.text, "plain"),), theme.GOLD))
            self.runner.choose(option.index)

    # --- waits ---------------------------------------------------------------------------
    def _wait(self, event: ev.Wait, inp: InputFrame) -> None:
        if self._wait_left is None:
            self._wait_left = event.ticks
        self._wait_left -= 1
        if self._wait_left <= 0 or inp.down(Action.SKIP):
            self._wait_left = None
            self.runner.advance()

    # --- debates -------------------------------------------------------------------------
    def _debate(self, event: ev.Debate, inp: InputFrame) -> None:
        key = (event.debate_id, event.claim_index, event.line_id, event.credibility)
        writer = self._typewriter_for(key, event.spans, False, event.line_id)
        if not self._debate_music:
            self._debate_music = True
            self.game.audio.scene_music("debate")
        self._tick_writer(writer, event.speaker)
        if self.picker is not None:
            self._picker(event, inp)
            return
        pulses = self._repeat.pulses(inp)
        if pulses & Action.LEFT:
            self.runner.debate_move(-1)
            return
        if pulses & Action.RIGHT:
            self.runner.debate_move(1)
            return
        if pulses & (Action.UP | Action.DOWN):
            self.debate_action = 1 - self.debate_action
        if inp.hit(Action.CONFIRM):
            if not writer.page_done:
                writer.complete_page()
            elif not writer.last_page:
                writer.next_page()
            elif self.debate_action == 0 and event.can_press:
                self.runner.press()
            elif self.debate_action == 1 and event.evidence:
                self.picker = EvidencePicker(list(event.evidence))

    def _picker(self, event: ev.Debate, inp: InputFrame) -> None:
        assert self.picker is not None
        chosen = self.picker.update(inp, self._repeat)
        if chosen is None:
            return
        self.picker = None
        if chosen:
            name = self.look.evidence_name(chosen)
            self.backlog.append(
                BacklogEntry("You", ((f"Presented: {name}", "em"),), theme.GOLD)
            )
            self.game.audio.play("debate_hit" if _refutes(self.runner, event, chosen)
                                 else "debate_miss")
            self.runner.present(chosen)

    # --- rollback ------------------------------------------------------------------------
    def _take_snapshot(self) -> None:
        story = self.game.state.story
        self._snapshots.append(
            _Snapshot(self.runner.snapshot(), story.to_data(), len(self.backlog))
        )

    def rollback(self) -> bool:
        """Go back to the previous choice; False when there is none to go back to."""
        if self._menu_event is self.runner.current and self._snapshots:
            self._snapshots.pop()  # the choice on screen now
        if not self._snapshots:
            return False
        snap = self._snapshots.pop()
        story = StoryState.from_data(snap.story)
        self.game.state.story = story
        self._held = list(story.evidence)
        self.runner = Runner.restore(self.runner.campaign, story, snap.runner,
                                     self.runner.rng)
        del self.backlog[snap.backlog:]
        self._debate_start = None
        self._note_debate()
        self.typewriter = None
        self._menu_event = None
        self._last_line = None
        self.picker = None
        return True

    # --- drawing -------------------------------------------------------------------------
    def draw(self, screen: Screen, alpha: float) -> None:
        event = self.runner.current
        if isinstance(event, ev.Line) and self.typewriter is not None:
            speaking = self.look.speaking(event.speaker, event.name, event.expression)
            view.draw_box(screen, speaking, self.typewriter.visible(),
                          finished=self.typewriter.page_done, ticks=self.ticks,
                          status=self._status())
        elif isinstance(event, ev.Choice):
            if self._last_line is not None:
                speaking, lines = self._last_line
                view.draw_box(screen, speaking, lines, finished=False, ticks=self.ticks)
            if self._menu is not None:
                view.draw_choices(screen, self._menu)
        elif isinstance(event, ev.Debate) and self.typewriter is not None:
            view.draw_debate(screen, self.look, event, self.typewriter.visible(),
                             action=self.debate_action, finished=self.typewriter.done,
                             ticks=self.ticks)
            if self.picker is not None:
                view.draw_evidence_picker(screen, self.look, self.picker.items, self.picker.index)
        elif isinstance(event, ev.Wait) and self._last_line is not None:
            speaking, lines = self._last_line
            view.draw_box(screen, speaking, lines, finished=False, ticks=self.ticks)
        if self.toasts:
            if isinstance(event, ev.Debate):
                self.toasts.draw(screen, 30, left=6)  # beside the portrait, not over it
            else:
                self.toasts.draw(screen, 8)

    def _status(self) -> str:
        return "AUTO" if self.auto else ""

    def covered_bottom(self) -> int:
        """How many pixels at the bottom of the screen the box (with its name plate)
        covers now, so the map under it can keep people clear of it; 0 when no box is
        shown, or during a debate (which has the whole screen)."""
        event = self.runner.current
        if isinstance(event, ev.Line) or (isinstance(event, ev.Choice | ev.Wait)
                                          and self._last_line is not None):
            return view.covered_bottom()
        return 0

    def speaking_now(self) -> str | None:
        """The speaker id of the line on screen, if a line is."""
        event = self.runner.current
        return event.speaker if isinstance(event, ev.Line) else None


class EvidencePicker:
    """Choosing an item to present; ``update`` gives the item, "" for cancel, or None."""

    def __init__(self, items: list[str]) -> None:
        self.items = items
        self.index = 0

    def update(self, inp: InputFrame, repeat: Repeater) -> str | None:
        pulses = repeat.pulses(inp)
        if pulses & Action.UP:
            self.index = (self.index - 1) % len(self.items)
        if pulses & Action.DOWN:
            self.index = (self.index + 1) % len(self.items)
        if inp.hit(Action.CONFIRM):
            return self.items[self.index]
        if inp.hit(Action.CANCEL):
            return ""
        return None


class BacklogScene(Scene):
    """Past lines, newest at the bottom; scroll with up and down."""

    transparent = True

    def __init__(self, game: Game, backlog: list[BacklogEntry]) -> None:
        self.game = game
        self.backlog = backlog
        self.scroll = 0  # entries scrolled up from the newest
        self.repeat = Repeater(delay=10, interval=3)

    def update(self, inp: InputFrame) -> InputFrame | None:
        pulses = self.repeat.pulses(inp)
        if pulses & Action.UP or inp.wheel > 0:
            self.scroll = min(max(0, len(self.backlog) - 1), self.scroll + 1)
        if pulses & Action.DOWN or inp.wheel < 0:
            if self.scroll == 0 and inp.wheel < 0:
                self.game.stack.pop(self)
            self.scroll = max(0, self.scroll - 1)
        if inp.hit(Action.LOG | Action.CANCEL | Action.CONFIRM | Action.MENU):
            self.game.stack.pop(self)
        return None

    def draw(self, screen: Screen, alpha: float) -> None:
        view.draw_backlog(screen, self.backlog, self.scroll)


class CardScene(Scene):
    """A title card over the game (a chapter starts, an ending is reached): it fades in,
    stays ``ticks`` ticks (confirm closes it sooner), fades out, then calls ``done``."""

    transparent = True
    FADE = 15
    #: Ticks before confirm can close it (a confirm that was meant for the line before).
    GUARD = 10

    def __init__(self, game: Game, kicker: str, title: str, done: Callable[[], None], *,
                 text: str = "", ticks: int = 120, hint: str = "") -> None:
        self.game = game
        self.kicker = kicker
        self.title = title
        self.text = text
        self.done = done
        self.ticks = ticks
        self.hint = hint
        self.age = 0
        self.closing: int | None = None  # ticks of fading out left

    def update(self, inp: InputFrame) -> InputFrame | None:
        self.age += 1
        if self.closing is None:
            if self.age >= self.ticks or (self.age > self.GUARD and (
                    inp.hit(Action.CONFIRM | Action.CANCEL) or inp.down(Action.SKIP)
                    or inp.click)):
                self.closing = self.FADE
            return None
        self.closing -= 1
        if self.closing <= 0:
            self.game.stack.pop(self)
            self.done()
        return None

    @property
    def fade(self) -> float:
        if self.closing is not None:
            return self.closing / self.FADE
        return min(1.0, self.age / self.FADE)

    def draw(self, screen: Screen, alpha: float) -> None:
        view.draw_card(screen, self.kicker, self.title, self.text, fade=self.fade,
                       hint=self.hint)


class CreditsScene(Scene):
    """The credits roll: lines move up; confirm (or cancel) ends it, as does reaching
    the end; then ``done`` (back to the title)."""

    SPEED = 0.5  # pixels a tick; holding skip goes four times as fast
    HOLD = 120  # ticks the last line stays before the roll ends by itself
    GUARD = 20

    def __init__(self, game: Game, title: str, lines: Sequence[str],
                 done: Callable[[], None]) -> None:
        self.game = game
        self.title = title
        self.lines = list(lines)
        self.done = done
        self.scroll = 0.0
        self.age = 0
        self.held = 0  # ticks the roll has stood still at its end
        self.finished = False
        #: The roll stops when its last line has risen to the middle of the screen.
        self.length = view.credits_height(self.lines) + 135 - 14

    def update(self, inp: InputFrame) -> InputFrame | None:
        self.age += 1
        if self.finished:
            return None
        speed = self.SPEED * (4 if inp.down(Action.SKIP) else 1)
        self.scroll = min(self.length, self.scroll + speed)
        if self.scroll >= self.length:
            self.held += 1
        if (self.age > self.GUARD and inp.hit(Action.CONFIRM | Action.CANCEL | Action.MENU)) \
                or self.held >= self.HOLD:
            self.finished = True
            self.done()
        return None

    def draw(self, screen: Screen, alpha: float) -> None:
        view.draw_credits(screen, self.title, self.lines, self.scroll,
                          hint="Z / X to skip" if self.age > self.GUARD else "")


def _refutes(runner: Runner, event: ev.Debate, item: str) -> bool:
    """Whether presenting ``item`` now refutes the claim on screen (for its sound)."""
    step = runner.current_step
    claims = getattr(step, "claims", None)
    if not claims or event.refuted:
        return False
    claim = claims[event.step_index()]
    return any(answer.item == item for answer in claim.answers)
