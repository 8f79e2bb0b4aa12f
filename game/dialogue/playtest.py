"""Scripted headless playthroughs, and which lines they reach.

A script is a YAML file::

    start: ch1_start          # optional: the node to start (default: the campaign's)
    set: {trust: 2}           # optional: variables before starting
    give: [clinic_logs]       # optional: evidence before starting
    steps:                    # decisions, used in order whenever one is needed
      - choose: 2             # the 2nd option shown (counting from 1)
      - choose: Ask about     # the option whose text is (or contains) this
      - press                 # debate: press the claim on screen
      - move: 1               # debate: next claim (-1: previous)
      - present: bot_logs     # debate: present evidence
      - minigame: lose        # minigame result (default: win)
      - start: max_intro      # once the dialogue has ended: talk to this node next

Without a decision in the script, the first enabled option is chosen, a
debate presents held evidence that refutes an open claim, and minigames are
won (any registered step with blocks takes its first). Warps and minigames are
only recorded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from yaml.nodes import ScalarNode

from game.content.yamlread import PLAYTEST, Reader, position, read_yaml
from game.diagnostics import Diagnostic, Sink
from game.dialogue import events as ev
from game.dialogue import model as m
from game.dialogue.runner import Runner
from game.dialogue.steps import StepKind, for_event
from game.dialogue.steps import get as registered_step
from game.dialogue.steps import kinds as registered_kinds
from game.story.state import StoryState


def actions() -> tuple[str, ...]:
    """The decisions a script can hold: one per step with blocks (``minigame``) included."""
    decided = tuple(kind.name for kind in registered_kinds() if kind.blocks)
    return ("choose", "press", "move", "present", *decided, "start")


ACTIONS = actions()  # the game's own (a test's registered step counts in actions() only)
SCRIPT_KEYS = frozenset({"start", "set", "give", "steps"})
MAX_EVENTS = 100_000


@dataclass(frozen=True)
class Action:
    kind: str
    value: Any
    line: int
    col: int


@dataclass
class Script:
    path: str
    start: str | None = None
    variables: dict[str, Any] = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)


def read_script(path: Path, diagnostics: list[Diagnostic]) -> Script | None:
    sink = Sink(path, diagnostics)
    before = len(diagnostics)
    root = read_yaml(path, sink, PLAYTEST)
    if root is None:
        return Script(str(path)) if len(diagnostics) == before else None
    reader = Reader(sink)
    script = Script(str(path))
    if not isinstance(root, ScalarNode) and root.tag.endswith(":seq"):
        script.actions = _actions(reader, root)
    else:
        entries = reader.mapping(root, "a playtest script (start:, set:, give:, steps:)") or []
        reader.unknown_keys(entries, SCRIPT_KEYS, "a playtest script")
        fields = {key: value for key, _, value in entries}
        if "start" in fields:
            script.start = reader.ident(fields["start"], "node id")
        if "set" in fields:
            for name, _, value in reader.mapping(fields["set"], "variables") or []:
                script.variables[name] = reader.value(value, f"a value for '{name}'")
        if "give" in fields:
            script.evidence = [item for item, _ in reader.ident_list(fields["give"], "evidence")]
        if "steps" in fields:
            script.actions = _actions(reader, fields["steps"])
    return None if any(d.is_error for d in diagnostics[before:]) else script


def _actions(reader: Reader, node: Any) -> list[Action]:
    out = []
    known = actions()
    for item in reader.sequence(node, "a list of playtest steps") or []:
        line, col = position(item)
        if isinstance(item, ScalarNode):
            if item.value == "press":
                out.append(Action("press", None, line, col))
            else:
                reader.error(item, f"unknown playtest step '{item.value}' (steps: "
                                   f"{', '.join(known)})")
            continue
        entries = reader.mapping(item, "a playtest step (choose: 1, present: item...)") or []
        if len(entries) != 1 or entries[0][0] not in known:
            reader.error(item, f"a playtest step is one of: {', '.join(known)}")
            continue
        kind, _, value_node = entries[0]
        value = reader.value(value_node, f"the value of '{kind}'")
        step = registered_step(kind)
        if step is not None and step.blocks and step.pick(value) is None:
            reader.error(value_node, f"{kind}: {' or '.join(step.blocks)}")
            continue
        out.append(Action(kind, value, line, col))
    return out


@dataclass
class Playthrough:
    reached: dict[str, None] = field(default_factory=dict)  # line ids, in order
    transcript: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    events: int = 0


def play(
    campaign: m.Campaign, script: Script | None = None, *, start: str | None = None,
    story: StoryState | None = None,
) -> Playthrough:
    """Run from ``start`` (else the script's, else the campaign's start node) until the end."""
    script = script or Script("")
    story = story or StoryState()
    for name, value in script.variables.items():
        story.set(name, value)
    for item in script.evidence:
        story.give(item)
    node = start or script.start or (campaign.start.node if campaign.start else None)
    result = Playthrough()
    if node is None:
        result.problems.append("no node to start: the campaign has no start node")
        return result
    _Player(campaign, story, script, result).run(node)
    return result


class _Player:
    def __init__(
        self, campaign: m.Campaign, story: StoryState, script: Script, result: Playthrough
    ) -> None:
        self.runner = Runner(campaign, story)
        self.actions = list(script.actions)
        self.script_path = script.path
        self.out = result

    def run(self, node: str) -> None:
        self.runner.start(node)
        while self.out.events < MAX_EVENTS:
            self.out.events += 1
            event = self.runner.current
            if isinstance(event, ev.End):
                if self.next_start():
                    continue  # the new node's first event is handled on the next turn
                break
            if not self.step(event):
                break
        else:
            self.out.problems.append(f"stopped after {MAX_EVENTS} events")
        self.out.problems += self.runner.problems
        for action in self.actions:
            self.out.problems.append(f"{self.script_path}:{action.line}:{action.col}: "
                                     f"'{action.kind}' was never used")

    def next_start(self) -> bool:
        if self.actions and self.actions[0].kind == "start":
            action = self.actions.pop(0)
            self.out.transcript.append(f"-- start {action.value}")
            self.runner.start(str(action.value))
            return True
        return False

    def take(self, *kinds: str) -> Action | None:
        if self.actions and self.actions[0].kind in kinds:
            return self.actions.pop(0)
        return None

    def mismatch(self, what: str) -> bool:
        if self.actions and self.actions[0].kind != "start":
            action = self.actions[0]
            self.out.problems.append(f"{self.script_path}:{action.line}:{action.col}: "
                                     f"'{action.kind}' given, but the dialogue shows {what}")
            return False
        return True

    def step(self, event: ev.Event) -> bool:
        """Answer one event; False to stop."""
        if isinstance(event, ev.Line):
            self.out.reached[event.line_id] = None
            who = f"{event.name}: " if event.name else ""
            self.out.transcript.append(f"{who}{event.text}")
            self.runner.advance()
        elif isinstance(event, ev.Choice):
            return self.choice(event)
        elif isinstance(event, ev.Debate):
            return self.debate(event)
        else:
            kind = for_event(type(event))
            if kind is not None and kind.blocks:
                return self.outcome(kind, event)
            self.out.transcript.append(f"[{_describe(event)}]")
            self.runner.advance()
        return True

    def outcome(self, kind: StepKind, event: Any) -> bool:
        """A step that waits for the game (a minigame): the script's result, else the first
        block (a won minigame)."""
        action = self.take(kind.name)
        if action is None and not self.mismatch(f"a {kind.name}"):
            return False
        key = kind.blocks[0] if action is None else kind.pick(action.value)
        self.out.transcript.append(f"[{_describe(event)}: {key}]")
        self.runner.resume(key)
        return True

    def choice(self, event: ev.Choice) -> bool:
        action = self.take("choose")
        if action is None and not self.mismatch("a choice"):
            return False
        enabled = [o for o in event.options if o.enabled]
        option = enabled[0] if action is None else self.pick(event.options, action)
        if option is None:
            return False
        self.out.transcript.append(f"> {option.text}")
        self.runner.choose(option.index)
        return True

    def pick(self, options: Iterable[ev.Option], action: Action) -> ev.Option | None:
        shown = [o for o in options if o.enabled]
        value = action.value
        found: ev.Option | None = None
        if isinstance(value, int) and not isinstance(value, bool):
            found = shown[value - 1] if 1 <= value <= len(shown) else None
        else:
            text = str(value).casefold()
            found = next((o for o in shown if o.text.casefold() == text), None) or next(
                (o for o in shown if text in o.text.casefold()), None)
        if found is None:
            listed = "; ".join(f"{i}. {o.text}" for i, o in enumerate(shown, 1))
            self.out.problems.append(f"{self.script_path}:{action.line}:{action.col}: no option "
                                     f"{value!r} among: {listed}")
        return found

    def debate(self, event: ev.Debate) -> bool:
        self.out.reached[event.line_id] = None
        action = self.take("press", "move", "present")
        if action is None:
            return self.mismatch("a debate") and self.auto_debate(event)
        if action.kind == "press":
            self.out.transcript.append(f"[press: {event.text}]")
            self.runner.press()
        elif action.kind == "move":
            self.runner.debate_move(int(action.value))
        elif not self.runner.story.has(str(action.value)):
            self.out.problems.append(f"{self.script_path}:{action.line}:{action.col}: the "
                                     f"player does not hold '{action.value}'")
            return False
        else:
            self.out.transcript.append(f"[present {action.value}: {event.text}]")
            self.runner.present(str(action.value))
        return True

    def auto_debate(self, event: ev.Debate) -> bool:
        """Present held evidence that refutes the claim on screen, or move to one it can."""
        step = self.runner.current_step
        assert isinstance(step, m.DebateStep)
        held = set(event.evidence)
        claim = step.claims[event.step_index()]
        item = next((a.item for a in claim.answers if a.item in held), None)
        if item is not None and not event.refuted:
            self.out.transcript.append(f"[present {item}: {event.text}]")
            self.runner.present(item)
            return True
        for offset in range(1, event.claim_count):
            other = step.claims[event.step_index(offset)]
            if any(a.item in held for a in other.answers):
                self.runner.debate_move(offset)
                return True
        self.out.problems.append(f"stuck in debate '{event.debate_id}': no held evidence "
                                 "refutes an open claim")
        return False


def _describe(event: ev.Event) -> str:
    kind = for_event(type(event))
    if kind is not None and kind.describe is not None:
        return kind.describe(event)
    fields = getattr(event, "__slots__", ())
    values = " ".join(str(getattr(event, f)) for f in fields)
    return f"{type(event).__name__.lower()} {values}".strip()


@dataclass
class Coverage:
    per_file: dict[str, list[int]]  # path -> [reached, total]
    unreached: list[tuple[str, int, str, str]]  # (path, line, line id, text)

    @property
    def reached(self) -> int:
        return sum(r for r, _ in self.per_file.values())

    @property
    def total(self) -> int:
        return sum(t for _, t in self.per_file.values())


def all_lines(campaign: m.Campaign) -> list[tuple[str, int, str, str]]:
    """(path, line, line id, text) of every line and debate claim, in file order."""
    out: list[tuple[str, int, str, str]] = []

    def walk(path: str, steps: m.Steps) -> None:
        for step in steps:
            if isinstance(step, m.Say):
                out.append((path, step.line, step.line_id, step.text))
            elif isinstance(step, m.DebateStep):
                out.extend((path, c.line, c.line_id, c.text) for c in step.claims)
            for _, inner in m.sub_blocks(step):
                walk(path, inner)

    for node in campaign.nodes.values():
        walk(node.path, node.steps)
    return sorted(out)


def coverage(campaign: m.Campaign, reached: Iterable[str]) -> Coverage:
    reached = set(reached)
    per_file: dict[str, list[int]] = {}
    unreached = []
    for entry in all_lines(campaign):
        counts = per_file.setdefault(entry[0], [0, 0])
        counts[1] += 1
        if entry[2] in reached:
            counts[0] += 1
        else:
            unreached.append(entry)
    return Coverage(per_file, unreached)
