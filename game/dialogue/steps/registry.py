"""The step registry: every step keyword, and the declaration of each registered step.

See the package docstring (:mod:`game.dialogue.steps`) for how to add a step.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from game.dialogue.steps.args import Arg, Nothing

if TYPE_CHECKING:
    from game.dialogue.lint import Linter
    from game.dialogue.runner import Runner

#: Steps with a grammar of their own (nested options, branches, claims, line ids): the
#: parser, lint and the runner handle them directly. Keyword -> the other keys it may have.
STRUCTURAL: dict[str, frozenset[str]] = {
    "narrate": frozenset({"id"}),
    "choice": frozenset(),
    "if": frozenset({"then"}),
    "elif": frozenset({"then"}),
    "else": frozenset(),
    "debate": frozenset(),
    "once": frozenset({"id"}),
}
#: Link kinds a step may declare: ``goto`` continues in the node, ``call`` comes back.
LINKS = ("goto", "call")
_NAME_RE = re.compile(r"[a-z][a-z_]*\Z")  # a bare lowercase word reads as a step keyword


@dataclass(frozen=True, eq=False)
class StepKind:
    """One registered step: ``- <name>: <argument>`` plus optional nested blocks.

    Only ``name``, ``model``, ``arg``, ``doc`` and ``run`` are required; the rest
    says what else the step does, for the consumer that needs it.
    """

    #: The keyword (a lowercase word).
    name: str
    #: The step's dataclass, built as ``model(line, col, argument, *blocks)`` unless
    #: ``build`` says otherwise.
    model: type
    #: Reads the keyword's value (and gives its JSON Schema): see ``args``.
    arg: Arg
    #: One line for editors (the JSON Schema's description).
    doc: str
    #: Runner: ``run(runner, step)`` does the step's effect and returns the event to show,
    #: or None to carry on with the next step (flow steps move with ``runner.jump_to``...).
    run: Callable[[Runner, Any], Any]
    #: ``build(line, col, argument, *blocks)`` -> the step, when ``model(...)`` will not do.
    build: Callable[..., Any] | None = None
    #: Keys holding nested steps (minigame: ``win``, ``lose``); the event then waits for
    #: an outcome (``Runner.resume``) that names the block to run.
    blocks: tuple[str, ...] = ()
    #: Lint: ``lint(linter, step)`` reports problems (``linter.error(line, col, ...)``).
    lint: Callable[[Linter, Any], None] | None = None
    #: Nodes it leads to, as (``goto`` or ``call``, node id): lint checks them and
    #: counts them for reachability, the graph draws them.
    links: Callable[[Any], Iterable[tuple[str, str]]] | None = None
    #: It always leaves (goto, end, return): lint warns about steps after it.
    leaves: bool = False
    #: The event class ``run`` returns, if any.
    event: type | None = None
    #: The dialogue scene calls this method of its hooks (the director's ``_Hooks``)
    #: with the event's fields.
    hook: str | None = None
    #: The hook also gets a ``done(result=None)`` callback; the dialogue waits for it.
    waits: bool = False
    #: Rollback cannot cross this step (the world changed: a new map, a save...).
    barrier: bool = False
    #: The block an outcome names (the host's or a playtest script's result); default:
    #: the result itself when it is one of ``blocks``. None: not a valid outcome.
    outcome: Callable[[Any], str | None] | None = None
    #: Runner: ``resumed(runner, step, result)`` records the host's result in the story
    #: before the block it names runs (minigame: ``minigame_result``...).
    resumed: Callable[[Runner, Any, Any], None] | None = None
    #: The graph's label for edges inside a block: ``label(step, block key)``.
    label: Callable[[Any, str], str] | None = None
    #: The playtest transcript's text for the event (default: its name and fields).
    describe: Callable[[Any], str] | None = None

    def __post_init__(self) -> None:
        if not _NAME_RE.match(self.name):
            raise ValueError(f"step name '{self.name}' must be a lowercase word")
        if (self.blocks or self.hook) and self.event is None:
            raise ValueError(f"step '{self.name}': blocks and hooks need an event")
        if self.blocks and self.hook and not self.waits:
            raise ValueError(f"step '{self.name}': a hook that picks a block must wait")
        if self.waits and not self.hook:
            raise ValueError(f"step '{self.name}': only a hook can make the dialogue wait")
        bad = [key for key in self.blocks if not _NAME_RE.match(key) or key == self.name]
        if bad:
            raise ValueError(f"step '{self.name}': bad block key '{bad[0]}'")

    @property
    def bare(self) -> bool:
        """It takes no value, so it may be written as a bare word: ``- end``."""
        return isinstance(self.arg, Nothing)

    def make(self, line: int, col: int, value: Any, blocks: list[Any]) -> Any:
        if self.build is not None:
            return self.build(line, col, value, *blocks)
        return self.model(line, col, value, *blocks)

    def pick(self, result: Any) -> str | None:
        """The block an outcome names, or None when it names none of them."""
        if self.outcome is not None:
            return self.outcome(result)
        return result if isinstance(result, str) and result in self.blocks else None

    def hook_args(self, event: Any) -> tuple[Any, ...]:
        return tuple(getattr(event, f.name) for f in fields(event))


#: Every step keyword -> the other keys its step may have (live: registering updates it).
STEP_KEYS: dict[str, frozenset[str]] = dict(STRUCTURAL)
#: Every step keyword (a live view of ``STEP_KEYS``).
KEYWORDS = STEP_KEYS.keys()
#: Keyword -> every key its step may have, the keyword included (live).
ALLOWED: dict[str, frozenset[str]] = {kind: keys | {kind} for kind, keys in STEP_KEYS.items()}
_KINDS: dict[str, StepKind] = {}
_BY_MODEL: dict[type, StepKind] = {}
_BY_EVENT: dict[type, StepKind] = {}


def register(kind: StepKind) -> StepKind:
    """Add a step; ValueError if its keyword, model or event is already taken."""
    if kind.name in STEP_KEYS:
        raise ValueError(f"'{kind.name}' is already a step keyword")
    if kind.model in _BY_MODEL or (kind.event is not None and kind.event in _BY_EVENT):
        raise ValueError(f"step '{kind.name}': its model or event belongs to another step")
    _KINDS[kind.name] = kind
    _BY_MODEL[kind.model] = kind
    if kind.event is not None:
        _BY_EVENT[kind.event] = kind
    STEP_KEYS[kind.name] = frozenset(kind.blocks)
    ALLOWED[kind.name] = frozenset(kind.blocks) | {kind.name}
    return kind


def unregister(name: str) -> None:
    kind = _KINDS.pop(name)
    del _BY_MODEL[kind.model], STEP_KEYS[name], ALLOWED[name]
    if kind.event is not None:
        del _BY_EVENT[kind.event]


@contextmanager
def registered(*kinds: StepKind) -> Iterator[None]:
    """Register steps for the length of a ``with`` block (tests)."""
    done: list[StepKind] = []
    try:
        for kind in kinds:
            done.append(register(kind))
        yield
    finally:
        for kind in reversed(done):
            unregister(kind.name)


def kinds() -> list[StepKind]:
    """The registered steps, in registration order."""
    return list(_KINDS.values())


def get(name: str) -> StepKind | None:
    return _KINDS.get(name)


def for_model(cls: type) -> StepKind | None:
    return _BY_MODEL.get(cls)


def for_event(cls: type) -> StepKind | None:
    return _BY_EVENT.get(cls)


def advancing_events() -> tuple[type, ...]:
    """Events that ``Runner.advance()`` moves past: those of steps without blocks."""
    return tuple(k.event for k in _KINDS.values() if k.event is not None and not k.blocks)
