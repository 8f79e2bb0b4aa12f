"""The dialogue runner: pure logic that walks a campaign's steps for the UI.

    runner = Runner(campaign, story)
    runner.start("max_intro")
    while not isinstance(runner.current, End):
        ...show runner.current, then call the input it expects (see events.py)...

Effects (set, add, give, take, if, goto, call, return, once) run inside the
input calls until the next event. Steps with a keyword of their own run as
their declaration in :mod:`game.dialogue.steps` says (``StepKind.run``). The
runner reads no clock; its one random draw is the story's text seed, taken from
the run's generator (``rng``) the first time a shuffle ``{~a|b}`` is shown: the
same campaign, story, generator and inputs give the same events.

Lines, options and claims with ``{references}`` and ``{variations}``
(:mod:`game.dialogue.textvars`) are rendered as they are shown; a variation counts
one more reading when the player moves past its line.

Position: a stack of frames (one per ``call``), each a node, a path of
``(step index, block key)`` into nested blocks, and the index of the step in
that block; debates keep their progress in the frame. ``snapshot()`` turns all
of it into plain JSON-able data and ``Runner.restore`` turns it back.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from game.dialogue import events as ev
from game.dialogue import model as m
from game.dialogue import textvars
from game.dialogue.markup import Spans, parse_markup
from game.dialogue.steps import for_event
from game.dialogue.steps import kinds as registered_kinds
from game.story.state import StoryState

SNAPSHOT_VERSION = 1
#: Steps without an event run in one input before the runner gives up (an endless goto loop).
MAX_STEPS = 100_000
#: The most credibility an expression may give a debate.
MAX_CREDIBILITY = 99


@dataclass
class _Progress:
    """Where a debate stands. Claim numbers are indices into the step's claims."""

    claim: int  # the claim on screen
    credibility: int
    refuted: list[int] = field(default_factory=list)
    won: bool = False
    #: The credibility it started with (worked out once, as the debate started).
    max_credibility: int = 0
    #: The claims in this debate (their ``if:`` held as it started); None: all of them.
    shown: list[int] | None = None
    #: How many times credibility ran out (``fail_again`` plays from the second on).
    failures: int = 0


@dataclass
class _Frame:
    node: str
    path: list[tuple[int, str]] = field(default_factory=list)
    pc: int = 0
    debates: dict[str, _Progress] = field(default_factory=dict)

    def location(self) -> str:
        return "/".join(f"{si}.{key}" for si, key in self.path) + f"/{self.pc}"


@dataclass(frozen=True)
class RebindResult:
    ok: bool  # the position was kept (perhaps clamped)
    message: str

    def __bool__(self) -> bool:
        return self.ok


class Runner:
    def __init__(self, campaign: m.Campaign, story: StoryState,
                 rng: random.Random | None = None) -> None:
        self.campaign = campaign
        self.story = story
        #: The run's generator (``GameState.rng``): the story's text seed is drawn from it
        #: once. Without one (tools, tests) shuffles use seed 0 and nothing is drawn.
        self.rng = rng
        self.current: ev.Event = ev.End()
        #: Problems met while running (a goto to a missing node...), as "path:line: message".
        self.problems: list[str] = []
        self._frames: list[_Frame] = []
        self._defaults = campaign.defaults()
        self._moved = False  # a registered step moved the position itself (goto, call...)
        self._exec: dict[type, Callable[[Any, _Frame], ev.Event | None]] = {
            m.Say: self._say, m.ChoiceStep: self._choice, m.IfStep: self._if,
            m.DebateStep: self._debate, m.OnceStep: self._once,
        }
        for kind in registered_kinds():
            self._exec[kind.model] = partial(self._registered, kind.run)
        self._advancing = ev.advancing()

    # --- starting ------------------------------------------------------------------------
    def start(self, node_id: str) -> None:
        """Start a node from its first step (whatever ran before is dropped)."""
        self._frames = []
        if self._enter(node_id, None):
            self._frames.append(_Frame(node_id))
        self._run()

    @property
    def finished(self) -> bool:
        return isinstance(self.current, ev.End)

    @property
    def current_step(self) -> m.Step | None:
        """The step that produced ``current`` (for tools; the UI needs only the event)."""
        return self._step(self._frames[-1]) if self._frames else None

    @property
    def in_debate(self) -> bool:
        """A debate is under way (its claims on screen, or a block it started)."""
        return any(frame.debates for frame in self._frames)

    @property
    def node(self) -> str | None:
        """The node being run (the innermost call), or None when finished."""
        return self._frames[-1].node if self._frames else None

    # --- inputs --------------------------------------------------------------------------
    def advance(self) -> None:
        """Move past a Line, or the event of a registered step without blocks (Wait, Warp,
        Split, Sound, PlayerSwitch, ChapterStart...)."""
        if isinstance(self.current, ev.End):
            return
        self._expect(self._advancing, "advance()")
        if isinstance(self.current, ev.Line):
            self.story.mark_seen(self.current.line_id)
            self._read_variations(self._step(self._frames[-1]))
        self._frames[-1].pc += 1
        self._run()

    def choose(self, index: int) -> None:
        """Pick the option with this ``Option.index``; it must be shown and enabled."""
        choice = self._expect(ev.Choice, "choose()")
        if not any(o.index == index and o.enabled for o in choice.options):
            raise ValueError(f"option {index} is not an enabled option of this choice")
        frame = self._frames[-1]
        step = self._step(frame)
        assert isinstance(step, m.ChoiceStep)
        option = step.options[index]
        if option.once:
            self.story.use_once(option.line_id)
        self.story.mark_seen(option.line_id)
        if option.steps is None:
            frame.pc += 1
        else:
            self._push(frame, f"o{index}")
        self._run()

    def press(self) -> None:
        """Press the claim on screen for more; nothing happens if it has nothing more."""
        step, frame, progress = self._debate_state("press()")
        claim = step.claims[progress.claim]
        self.story.mark_seen(claim.line_id)
        if claim.press is not None:
            self._push(frame, f"press:{progress.claim}")
            self._run()

    def present(self, item: str) -> None:
        """Present evidence against the claim on screen (ignored on a refuted claim)."""
        step, frame, progress = self._debate_state("present()")
        if not self.story.has(item):
            raise ValueError(f"the player does not hold evidence {item!r}")
        index = progress.claim
        if index in progress.refuted:
            return
        claim = step.claims[index]
        self.story.mark_seen(claim.line_id)
        answer = next((a for a, ans in enumerate(claim.answers) if ans.item == item), None)
        if answer is not None:
            progress.refuted.append(index)
            progress.won = len(progress.refuted) >= _to_refute(step, _shown(step, progress))
            progress.claim = self._next_open_claim(step, progress)
            self._push(frame, f"present:{index}:{answer}")
        else:
            self._wrong(step, frame, progress, claim)
        self._run()

    def debate_move(self, delta: int) -> None:
        """Move to another claim of the debate (wrapping around at either end)."""
        step, _, progress = self._debate_state("debate_move()")
        self.story.mark_seen(step.claims[progress.claim].line_id)
        shown = _shown(step, progress)
        position = shown.index(progress.claim) if progress.claim in shown else 0
        progress.claim = shown[(position + delta) % len(shown)]
        self._run()

    def resume(self, result: Any) -> None:
        """Carry on after a registered step with blocks (a minigame): ``result`` (the
        game's, e.g. whether the level was won) names the block to run, if it is there."""
        kind = for_event(type(self.current))
        if kind is None or not kind.blocks:
            raise ValueError(f"resume() does not apply to {type(self.current).__name__}")
        key = kind.pick(result)
        if key is None:
            raise ValueError(f"{result!r} is not an outcome of '{kind.name}' "
                             f"({', '.join(kind.blocks)})")
        frame = self._frames[-1]
        step = self._step(frame)
        if kind.resumed is not None:
            kind.resumed(self, step, result)
        if getattr(step, key) is None:
            frame.pc += 1
        else:
            self._push(frame, key)
        self._run()

    def minigame_result(self, won: bool) -> None:
        self._expect(ev.Minigame, "minigame_result()")
        self.resume(won)

    # --- snapshots -----------------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        """The whole position as plain data (the story is saved separately)."""
        return {
            "version": SNAPSHOT_VERSION,
            "campaign": self.campaign.id,
            "frames": [
                {
                    "node": f.node,
                    "path": [[si, key] for si, key in f.path],
                    "pc": f.pc,
                    "debates": {loc: {"claim": p.claim, "credibility": p.credibility,
                                      "refuted": list(p.refuted), "won": p.won,
                                      "max_credibility": p.max_credibility,
                                      "shown": None if p.shown is None else list(p.shown),
                                      "failures": p.failures}
                                for loc, p in f.debates.items()},
                }
                for f in self._frames
            ],
        }

    @classmethod
    def restore(cls, campaign: m.Campaign, story: StoryState, data: Any,
                rng: random.Random | None = None) -> Runner:
        """A runner at the position of ``snapshot()`` data; ValueError if it is malformed."""
        runner = cls(campaign, story, rng)
        runner._frames = _frames_from_data(data)
        result = runner.rebind(campaign)
        if not result:
            raise ValueError(f"cannot restore the dialogue position: {result.message}")
        return runner

    def rebind(self, campaign: m.Campaign) -> RebindResult:
        """Carry on with a reloaded campaign from the same place.

        Each frame's node must still exist; a path into blocks that changed is
        clamped to what still exists. When a node is gone nothing changes and the
        result is false, with the reason.
        """
        missing = [f.node for f in self._frames if f.node not in campaign.nodes]
        if missing:
            return RebindResult(False, f"node '{missing[0]}' no longer exists")
        clamped = [f.node for f in self._frames if _clamp(f, campaign.nodes[f.node].steps)]
        self.campaign = campaign
        self._defaults = campaign.defaults()
        self._run()
        if clamped:
            return RebindResult(True, f"the position in node '{clamped[0]}' moved: its steps "
                                      "changed")
        return RebindResult(True, "")

    # --- running -------------------------------------------------------------------------
    def _run(self) -> None:
        """Execute steps until one produces an event (or the dialogue ends)."""
        for _ in range(MAX_STEPS):
            if not self._frames:
                self.current = ev.End()
                return
            frame = self._frames[-1]
            block = self._block(frame)
            if frame.pc >= len(block):
                self._leave_block(frame)
                continue
            step = block[frame.pc]
            event = self._exec[type(step)](step, frame)
            if event is not None:
                self.current = event
                return
        self._problem(self._frames[-1], f"{MAX_STEPS} steps ran without showing anything "
                                        "(an endless loop of goto or call?); dialogue ended")
        self._frames.clear()
        self.current = ev.End()

    def _block(self, frame: _Frame) -> m.Steps:
        steps = self.campaign.nodes[frame.node].steps
        for si, key in frame.path:
            steps = m.block_of(steps[si], key) or ()
        return steps

    def _step(self, frame: _Frame) -> m.Step:
        return self._block(frame)[frame.pc]

    def _leave_block(self, frame: _Frame) -> None:
        if not frame.path:
            self._frames.pop()  # the node ran off its end: back to the caller, or the end
            return
        si, _ = frame.path.pop()
        parent = self._block(frame)[si]
        frame.pc = si if isinstance(parent, m.DebateStep) else si + 1

    def _push(self, frame: _Frame, key: str) -> None:
        frame.path.append((frame.pc, key))
        frame.pc = 0

    def _enter(self, node_id: str, frame: _Frame | None) -> bool:
        if node_id not in self.campaign.nodes:
            where = frame or (self._frames[-1] if self._frames else None)
            self._problem(where, f"no node '{node_id}'; dialogue ended")
            self._frames.clear()
            return False
        self.story.visit(node_id)
        return True

    def _problem(self, frame: _Frame | None, message: str) -> None:
        if frame is not None and frame.node in self.campaign.nodes:
            node = self.campaign.nodes[frame.node]
            message = f"{node.path}:{node.line}: in node '{frame.node}': {message}"
        self.problems.append(message)

    def _expect(self, kinds: type | tuple[type, ...], what: str) -> Any:
        if not isinstance(self.current, kinds):
            raise ValueError(f"{what} does not apply to {type(self.current).__name__}")
        return self.current

    # --- steps ---------------------------------------------------------------------------
    def _say(self, step: m.Say, frame: _Frame) -> ev.Line:
        if step.template is None:
            text, spans = step.text, step.styled()
        else:
            text, spans = self._shown(step.template, step.line_id)
        if step.speaker is None:
            return ev.Line(step.line_id, None, None, None, text, spans)
        speaker = self.campaign.speakers.get(step.speaker)
        name = speaker.name if speaker else step.speaker
        return ev.Line(step.line_id, step.speaker, name, step.expression or "neutral",
                       text, spans)

    # --- text: references and variations -------------------------------------------------
    def _shown(self, template: textvars.Template, line_id: str) -> tuple[str, Spans]:
        """The plain text and spans of a template as it shows now (showing it again gives
        the same text until the story changes)."""
        pick = partial(self._pick, line_id)
        plain, spans, _ = parse_markup(textvars.render(template.parts, self._value, pick))
        return plain, spans

    def _value(self, ref: textvars.Ref) -> str:
        if ref.kind == "var":
            return textvars.show_value(self.story.get(ref.name, self._defaults.get(ref.name, 0)))
        found = self.campaign.evidence.get(ref.name) or self.campaign.speakers.get(ref.name)
        return found.name if found is not None else ref.name

    def _pick(self, line_id: str, variation: textvars.Variation) -> int | None:
        times = self.story.times_read(textvars.counter_key(line_id, variation))
        seed = self._text_seed() if variation.kind == "shuffle" else 0
        return textvars.choose(variation.kind, len(variation.options), times, seed,
                               textvars.counter_key(line_id, variation))

    def _text_seed(self) -> int:
        """The story's seed for shuffles: drawn once from the run's generator."""
        if self.story.text_seed is None:
            if self.rng is None:
                return 0
            self.story.text_seed = self.rng.getrandbits(32)
        return self.story.text_seed

    def _read_variations(self, step: m.Step) -> None:
        """The player moved past this line: its variations move on."""
        if isinstance(step, m.Say) and step.template is not None:
            for variation in step.template.variations:
                self.story.read_variation(textvars.counter_key(step.line_id, variation))

    def _plain(self, template: textvars.Template | None, text: str, line_id: str) -> str:
        return text if template is None else self._shown(template, line_id)[0]

    def _choice(self, step: m.ChoiceStep, frame: _Frame) -> ev.Choice | None:
        options = []
        for index, option in enumerate(step.options):
            if option.once and option.line_id in self.story.once:
                continue
            if option.show_if is not None and not self._holds(option.show_if):
                continue
            enabled = option.enabled_if is None or self._holds(option.enabled_if)
            text = self._plain(option.template, option.text, option.line_id)
            options.append(ev.Option(index, text, enabled, option.line_id))
        if not any(o.enabled for o in options):
            frame.pc += 1  # nothing to pick: the choice is skipped
            return None
        return ev.Choice(tuple(options))

    def _holds(self, cond: m.CondAt) -> bool:
        return cond.condition(self.story, self._defaults)

    def _if(self, step: m.IfStep, frame: _Frame) -> None:
        for index, (cond, _) in enumerate(step.branches):
            if self._holds(cond):
                self._push(frame, str(index))
                return
        if step.otherwise is not None:
            self._push(frame, "else")
        else:
            frame.pc += 1

    def _once(self, step: m.OnceStep, frame: _Frame) -> None:
        if self.story.use_once(step.key):
            self._push(frame, "do")
        else:
            frame.pc += 1

    # --- registered steps ----------------------------------------------------------------
    def _registered(self, run: Callable[[Runner, Any], Any], step: m.Step,
                    frame: _Frame) -> ev.Event | None:
        self._moved = False
        event = run(self, step)
        if event is None and not self._moved:
            frame.pc += 1
        return event

    # What registered steps may use, besides ``story`` and ``campaign``:
    @property
    def defaults(self) -> dict[str, Any]:
        """The campaign's starting values of its variables."""
        return self._defaults

    def jump_to(self, node_id: str) -> None:
        """Continue in another node (goto); the dialogue ends if it does not exist."""
        self._moved = True
        frame = self._frames[-1]
        if self._enter(node_id, frame):
            frame.node, frame.path, frame.pc, frame.debates = node_id, [], 0, {}

    def call_node(self, node_id: str) -> None:
        """Run another node, then come back after the current step."""
        self._moved = True
        frame = self._frames[-1]
        frame.pc += 1
        if self._enter(node_id, frame):
            self._frames.append(_Frame(node_id))

    def return_to_caller(self) -> None:
        """Leave the current node: back after the ``call``, or the end."""
        self._moved = True
        self._frames.pop()

    def end_dialogue(self) -> None:
        self._moved = True
        self._frames.clear()

    # --- debates -------------------------------------------------------------------------
    def _debate(self, step: m.DebateStep, frame: _Frame) -> ev.Debate | None:
        location = frame.location()
        progress = frame.debates.get(location)
        if progress is None:
            progress = frame.debates[location] = self._start_debate(step, frame)
        if progress.max_credibility <= 0:  # a position saved before credibility was kept
            progress.max_credibility = self._credibility(step, frame)
        shown = _shown(step, progress)
        to_refute = _to_refute(step, shown)
        if progress.won or not shown or to_refute == 0:
            del frame.debates[location]
            frame.pc += 1
            return None
        if progress.claim not in shown:  # the debate changed on a reload
            progress.claim = shown[0]
        claim = step.claims[progress.claim]
        speaker = self.campaign.speakers.get(claim.speaker)
        if claim.template is None:
            text, spans = claim.text, m.styled(claim.text, claim.spans)
        else:
            text, spans = self._shown(claim.template, claim.line_id)
        return ev.Debate(
            debate_id=step.debate_id, claim_index=shown.index(progress.claim),
            claim_count=len(shown), line_id=claim.line_id, speaker=claim.speaker,
            name=speaker.name if speaker else claim.speaker,
            expression=claim.expression or "neutral", text=text, spans=spans,
            can_press=claim.press is not None, refuted=progress.claim in progress.refuted,
            refuted_count=sum(1 for i in progress.refuted if i in shown), to_refute=to_refute,
            credibility=progress.credibility, max_credibility=progress.max_credibility,
            evidence=tuple(self.story.evidence), claim_ids=tuple(shown),
        )

    def _start_debate(self, step: m.DebateStep, frame: _Frame) -> _Progress:
        """Credibility and the claims in the debate, worked out once as it starts (a
        restart after a failure keeps both)."""
        credibility = self._credibility(step, frame)
        shown = [i for i, claim in enumerate(step.claims)
                 if claim.show_if is None or self._holds(claim.show_if)]
        return _Progress(shown[0] if shown else 0, credibility, [], False, credibility, shown)

    def _credibility(self, step: m.DebateStep, frame: _Frame) -> int:
        if step.credibility_expr is None:
            return step.credibility
        expression = step.credibility_expr.condition
        value = expression.value(self.story, self._defaults)
        if isinstance(value, bool):
            value = int(value)
        if not isinstance(value, int | float) or not math.isfinite(value):
            self._problem(frame, f"credibility '{expression.source}' is not a number "
                                 f"({value!r}); the debate starts with {step.credibility}")
            return step.credibility
        return max(1, min(MAX_CREDIBILITY, math.floor(value)))

    def _debate_state(self, what: str) -> tuple[m.DebateStep, _Frame, _Progress]:
        self._expect(ev.Debate, what)
        frame = self._frames[-1]
        step = self._step(frame)
        assert isinstance(step, m.DebateStep)
        return step, frame, frame.debates[frame.location()]

    def _next_open_claim(self, step: m.DebateStep, progress: _Progress) -> int:
        shown = _shown(step, progress)
        start = shown.index(progress.claim) if progress.claim in shown else 0
        for offset in range(1, len(shown) + 1):
            index = shown[(start + offset) % len(shown)]
            if index not in progress.refuted and step.claims[index].answers:
                return index
        return progress.claim

    def _wrong(
        self, step: m.DebateStep, frame: _Frame, progress: _Progress, claim: m.Claim
    ) -> None:
        """A wrong presentation costs credibility (and counts in ``fumbles``); at zero the
        debate starts over from its first claim, with the credibility and claims it
        started with."""
        progress.credibility -= step.penalty
        if step.fumbles is not None:
            self.story.add(step.fumbles, 1, self._defaults.get(step.fumbles, 0))
        index = progress.claim
        key = f"wrong:{index}" if claim.wrong is not None else "wrong" if step.wrong else None
        if progress.credibility <= 0:
            shown = _shown(step, progress)
            frame.debates[frame.location()] = _Progress(
                shown[0] if shown else 0, progress.max_credibility, [], False,
                progress.max_credibility, list(shown), progress.failures + 1)
            if progress.failures >= 1 and step.fail_again is not None:
                key = "fail_again"
            elif step.fail is not None:
                key = "fail"
        if key is not None:
            self._push(frame, key)


def _shown(step: m.DebateStep, progress: _Progress) -> list[int]:
    """The claims in the debate (indices into ``step.claims``)."""
    if progress.shown is None:
        return list(range(len(step.claims)))
    return [i for i in progress.shown if 0 <= i < len(step.claims)]


def _to_refute(step: m.DebateStep, shown: list[int]) -> int:
    return sum(1 for i in shown if step.claims[i].answers)


def _clamp(frame: _Frame, steps: m.Steps) -> bool:
    """Fit a frame's position to a node's (new) steps; True if it had to move."""
    path: list[tuple[int, str]] = []
    for si, key in frame.path:
        inner = m.block_of(steps[si], key) if 0 <= si < len(steps) else None
        if inner is None:
            frame.path, frame.pc = path, max(0, min(si, len(steps)))
            frame.debates.clear()
            return True
        path.append((si, key))
        steps = inner
    if not 0 <= frame.pc <= len(steps):
        frame.pc = max(0, min(frame.pc, len(steps)))
        frame.debates.clear()
        return True
    return False


def check_snapshot(data: Any) -> None:
    """Raise ValueError unless ``data`` reads as ``snapshot()`` data (whatever the campaign)."""
    _frames_from_data(data)


def _frames_from_data(data: Any) -> list[_Frame]:
    try:
        if data["version"] != SNAPSHOT_VERSION:
            raise ValueError(f"unknown snapshot version {data['version']!r}")
        if not isinstance(data["frames"], list):
            raise ValueError("malformed dialogue snapshot: its frames are not a list")
        frames = []
        for f in data["frames"]:
            debates = {str(loc): _Progress(
                int(p["claim"]), int(p["credibility"]), [int(i) for i in p["refuted"]],
                bool(p["won"]), int(p.get("max_credibility", 0)),
                None if p.get("shown") is None else [int(i) for i in p["shown"]],
                int(p.get("failures", 0)))
                for loc, p in f["debates"].items()}
            path = [(int(si), str(key)) for si, key in f["path"]]
            frames.append(_Frame(str(f["node"]), path, int(f["pc"]), debates))
        return frames
    except (KeyError, TypeError, AttributeError, OverflowError) as exc:
        raise ValueError(f"malformed dialogue snapshot: {exc!r}") from None
