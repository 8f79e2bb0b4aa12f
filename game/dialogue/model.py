"""What a loaded campaign is made of: nodes of steps, speakers, evidence, chapters.

Every step keeps the line and column where it was written; a node keeps its
file. Nothing changes a step after parsing: the runner only reads them, so a hot
reload can swap a whole campaign while a snapshot of the position stays valid.
(Steps are not ``frozen`` dataclasses only because those are five times slower
to build, and a 100,000-line mod builds a hundred thousand of them.)

Steps with a keyword of their own and a simple value (set, goto, warp, minigame...)
are declared in :mod:`game.dialogue.steps`; this module keeps the structural ones
(lines, choices, branches, once blocks, debates) and re-exports the others' classes.

Compound steps hold nested blocks of steps. A block is addressed by a short
key (see ``block_of``), which is what a runner position records::

    if      "0", "1", ... (each if/elif branch), "else"
    choice  "o0", "o1", ... (each option's steps)
    once    "do"
    debate  "press:C", "present:C:P", "wrong:C", "wrong", "fail", "fail_again"
            (C claim, P answer)
    registered steps: their block keys (minigame "win", "lose")
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from game.dialogue.conditions import Condition, Ref, StoryView, Value, check_condition
from game.dialogue.markup import PLAIN, Spans

# The registered steps, declared in game.dialogue.steps (names kept for older imports).
from game.dialogue.steps import for_model
from game.dialogue.steps.args import Assignment as Assignment
from game.dialogue.steps.args import ItemRef as ItemRef
from game.dialogue.steps.chapter import ChapterStep
from game.dialogue.steps.ending import EndingStep
from game.dialogue.steps.evidence import GiveStep, TakeStep
from game.dialogue.steps.flow import CallStep, EndStep, GotoStep, ReturnStep
from game.dialogue.steps.minigame import MinigameStep
from game.dialogue.steps.move import MoveStep
from game.dialogue.steps.player import PlayerStep
from game.dialogue.steps.sound import SoundStep
from game.dialogue.steps.split import SplitStep
from game.dialogue.steps.variables import AddStep, SetStep
from game.dialogue.steps.wait import WaitStep
from game.dialogue.steps.warp import WarpStep
from game.dialogue.textvars import Template

if TYPE_CHECKING:
    from game.dialogue.catalog import Catalog
    from game.dialogue.mods import ModInfo

EXPRESSIONS = ("neutral", "worried", "angry", "happy")
DEFAULT_CREDIBILITY = 5


@dataclass(slots=True)
class CondAt:
    """A condition with where its text starts in the file."""

    condition: Condition
    line: int
    col: int
    inline: bool  # the text sits on one line, so offsets map to columns

    def position(self, ref: Ref) -> tuple[int, int]:
        return (self.line, self.col + ref.offset) if self.inline else (self.line, self.col)


@dataclass(slots=True)
class Say:
    line: int
    col: int
    speaker: str | None  # None: narration
    expression: str | None
    text: str
    spans: Spans | None  # None: all plain (saves two tuples a line in big mods)
    line_id: str
    #: ``{trust}``, ``{a|b|c}``...: rendered each time the line is shown (None: ``text``
    #: as it is, which is almost every line).
    template: Template | None = None

    def styled(self) -> Spans:
        return styled(self.text, self.spans)


def styled(text: str, spans: Spans | None) -> Spans:
    """The spans of a text, ``spans`` or all plain when None."""
    if spans is not None:
        return spans
    return ((text, PLAIN),) if text else ()


@dataclass(slots=True)
class Option:
    line: int
    col: int
    text: str
    line_id: str
    show_if: CondAt | None  # hidden while false
    enabled_if: CondAt | None  # shown but not selectable while false
    once: bool
    steps: tuple[Step, ...] | None  # None: carry on after the choice
    template: Template | None = None  # ``{trust}`` references, rendered when shown


@dataclass(slots=True)
class ChoiceStep:
    line: int
    col: int
    options: tuple[Option, ...]

    def block(self, key: str) -> tuple[Step, ...] | None:
        index = _index(key, "o")
        return self.options[index].steps if 0 <= index < len(self.options) else None


@dataclass(slots=True)
class IfStep:
    line: int
    col: int
    branches: tuple[tuple[CondAt, tuple[Step, ...]], ...]
    otherwise: tuple[Step, ...] | None

    def block(self, key: str) -> tuple[Step, ...] | None:
        if key == "else":
            return self.otherwise
        index = _index(key, "")
        return self.branches[index][1] if 0 <= index < len(self.branches) else None


@dataclass(slots=True)
class Answer:
    """Evidence that refutes a claim, and what follows when it is presented."""

    item: str
    line: int
    col: int
    steps: tuple[Step, ...]


@dataclass(slots=True)
class Claim:
    line: int
    col: int
    speaker: str
    expression: str | None
    text: str
    spans: Spans | None  # None: all plain
    line_id: str
    press: tuple[Step, ...] | None
    answers: tuple[Answer, ...]
    wrong: tuple[Step, ...] | None
    #: ``if:`` — the claim is in the debate only when this holds as the debate starts.
    show_if: CondAt | None = None
    template: Template | None = None  # ``{trust}`` references, rendered when shown


@dataclass(slots=True)
class DebateStep:
    line: int
    col: int
    debate_id: str
    credibility: int  # the starting credibility, unless ``credibility_expr`` gives it
    penalty: int
    claims: tuple[Claim, ...]
    wrong: tuple[Step, ...] | None
    fail: tuple[Step, ...] | None
    #: ``credibility: "2 + witnesses"``: evaluated as the debate starts (at least 1).
    credibility_expr: CondAt | None = None
    #: ``fumbles: <variable>``: a number variable that counts wrong presentations.
    fumbles: str | None = None
    #: ``fail_again:`` runs instead of ``fail`` from the second failure on.
    fail_again: tuple[Step, ...] | None = None

    @property
    def to_refute(self) -> int:
        """Claims to refute when every claim is in the debate."""
        return sum(1 for claim in self.claims if claim.answers)

    def block(self, key: str) -> tuple[Step, ...] | None:
        if key == "wrong":
            return self.wrong
        if key == "fail":
            return self.fail
        if key == "fail_again":
            return self.fail_again
        kind, _, rest = key.partition(":")
        claim_index, _, answer_index = rest.partition(":")
        try:
            claim = self.claims[int(claim_index)]
            if kind == "press":
                return claim.press
            if kind == "wrong":
                return claim.wrong
            if kind == "present":
                return claim.answers[int(answer_index)].steps
        except (ValueError, IndexError):
            return None
        return None


@dataclass(slots=True)
class OnceStep:
    line: int
    col: int
    key: str
    steps: tuple[Step, ...]

    def block(self, key: str) -> tuple[Step, ...] | None:
        return self.steps if key == "do" else None


#: A step: a structural one above, or one of a registered kind (these are the game's own;
#: every step has ``line`` and ``col``).
Step = (
    Say | ChoiceStep | IfStep | DebateStep | OnceStep | SetStep | AddStep | GiveStep | TakeStep
    | GotoStep | CallStep | ReturnStep | EndStep | WarpStep | MinigameStep | SplitStep
    | WaitStep | SoundStep | PlayerStep | ChapterStep | MoveStep | EndingStep
)
Steps = tuple[Step, ...]
#: Structural steps with nested blocks (registered steps declare theirs: ``StepKind.blocks``).
COMPOUND = (ChoiceStep, IfStep, DebateStep, OnceStep)


def _index(key: str, prefix: str) -> int:
    try:
        return int(key[len(prefix):]) if key.startswith(prefix) else -1
    except ValueError:
        return -1


def block_of(step: Step, key: str) -> Steps | None:
    """A step's nested block by its key, or None (no such block, or not a compound step)."""
    if isinstance(step, COMPOUND):
        return step.block(key)
    kind = for_model(step.__class__)
    return getattr(step, key) if kind is not None and key in kind.blocks else None


def sub_blocks(step: Step) -> list[tuple[str, Steps]]:
    """Every nested block of a step with its key (empty for simple steps)."""
    if isinstance(step, IfStep):
        blocks = [(str(i), steps) for i, (_, steps) in enumerate(step.branches)]
        return blocks + ([("else", step.otherwise)] if step.otherwise is not None else [])
    if isinstance(step, ChoiceStep):
        return [(f"o{i}", o.steps) for i, o in enumerate(step.options) if o.steps is not None]
    if isinstance(step, OnceStep):
        return [("do", step.steps)]
    if isinstance(step, DebateStep):
        return _debate_blocks(step)
    kind = for_model(step.__class__)
    if kind is None or not kind.blocks:
        return []
    return [(key, block) for key in kind.blocks if (block := getattr(step, key)) is not None]


def _debate_blocks(step: DebateStep) -> list[tuple[str, Steps]]:
    blocks: list[tuple[str, Steps]] = []
    for c, claim in enumerate(step.claims):
        if claim.press is not None:
            blocks.append((f"press:{c}", claim.press))
        blocks.extend((f"present:{c}:{a}", ans.steps) for a, ans in enumerate(claim.answers))
        if claim.wrong is not None:
            blocks.append((f"wrong:{c}", claim.wrong))
    for key, steps in (("wrong", step.wrong), ("fail", step.fail),
                       ("fail_again", step.fail_again)):
        if steps is not None:
            blocks.append((key, steps))
    return blocks


@dataclass(slots=True)
class Node:
    id: str
    path: str
    line: int
    col: int
    steps: Steps
    origin: str  # "base" or the id of the mod that wrote it


@dataclass(frozen=True, slots=True)
class Speaker:
    id: str
    name: str
    portrait: str | None
    color: str | None
    path: str
    line: int
    col: int
    origin: str


@dataclass(frozen=True, slots=True)
class Evidence:
    id: str
    name: str
    description: str
    icon: str | None
    path: str
    line: int
    col: int
    origin: str


@dataclass(frozen=True, slots=True)
class Chapter:
    id: str
    number: int  # 1-based; the ``chapter`` variable holds it
    title: str
    node: str
    map: str | None  # where a practice start of this chapter puts the player
    spawn: str | None
    path: str
    line: int
    col: int


@dataclass(frozen=True, slots=True)
class Ending:
    """An ending the ``ending`` step can reach: its card's title and text."""

    id: str
    title: str
    description: str
    path: str
    line: int
    col: int


@dataclass(frozen=True, slots=True)
class Beat:
    """A story beat of the manifest's ``beats:``: it has been played once ``when`` holds."""

    id: str
    title: str
    when: CondAt
    path: str
    line: int
    col: int

    def holds(self, story: StoryView, defaults: dict[str, Value] | None = None) -> bool:
        return self.when.condition(story, defaults)


@dataclass(frozen=True, slots=True)
class Category:
    """A speedrun category of the manifest's ``categories:`` (see docs/speedrun.md)."""

    id: str
    name: str  # as runners write it: "Showdown%", "Any%"
    chapter: str | None  # the run begins at this chapter's start; None: New Game
    starts_on: str  # "run": the run's first tick; "control": the first tick on the map
    end_kind: str  # "ending" (an ending step), "warp" (a warp step to a map), "split"
    end_value: str  # the ending id or "any", the map, the split's name
    splits: tuple[str, ...]  # the split steps that end each segment, in order
    finish: str  # the name of the last segment, which the end closes
    seed: int | None  # the run's seed (None: the game's default)
    path: str
    line: int
    col: int

    @property
    def segments(self) -> tuple[str, ...]:
        """Segment names in order: one per split, then the finish."""
        return (*self.splits, self.finish)


@dataclass(frozen=True, slots=True)
class Start:
    map: str
    spawn: str | None
    node: str | None
    path: str
    line: int
    col: int


@dataclass(frozen=True, slots=True)
class Variable:
    name: str
    value: Value
    path: str
    line: int
    col: int


@dataclass(frozen=True, slots=True)
class LoadSource:
    """How a campaign was loaded, so a hot reload can load it the same way."""

    root: Path
    mod_dirs: tuple[Path, ...]
    user_mods: bool


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two packs define the same thing; ``winner`` loads later and is used."""

    kind: str  # "node", "speaker" or "evidence"
    name: str
    loser: str
    winner: str


@dataclass
class Campaign:
    id: str
    title: str
    blurb: str
    player: str | None
    start: Start | None
    manifest_path: str
    chapters: tuple[Chapter, ...] = ()
    #: ``endings:`` id -> its title and description (the ``ending`` step names one).
    endings: dict[str, Ending] = field(default_factory=dict)
    #: ``credits:`` the lines of the credits roll, in order.
    credits: tuple[str, ...] = ()
    #: ``beats:`` the story's beats in story order (see :mod:`game.dialogue.beats`).
    beats: tuple[Beat, ...] = ()
    #: ``categories:`` the speedrun categories (see :mod:`game.speedrun`).
    categories: tuple[Category, ...] = ()
    speakers: dict[str, Speaker] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    variables: dict[str, Variable] = field(default_factory=dict)
    nodes: dict[str, Node] = field(default_factory=dict)
    catalog: Catalog | None = None
    source: LoadSource | None = None
    #: Mods applied, in load order.
    mods: tuple[ModInfo, ...] = ()
    #: node id -> the packs that defined it, in load order ("base" or mod ids).
    node_origins: dict[str, list[str]] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)

    def defaults(self) -> dict[str, Value]:
        """Initial values of the declared variables."""
        return {name: var.value for name, var in self.variables.items()}

    def check(self, condition: str, story: StoryView) -> bool:
        """Evaluate condition text against a story (the overworld's map object conditions).

        Unset variables read as the manifest's starting values, else 0; an invalid
        condition is false (lint reports it).
        """
        return check_condition(condition, story, self.defaults())

    def chapter(self, chapter_id: str) -> Chapter | None:
        return next((c for c in self.chapters if c.id == chapter_id), None)
