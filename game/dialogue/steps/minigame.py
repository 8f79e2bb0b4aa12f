"""``minigame``: a nanobot level; its ``win`` or ``lose`` steps run, then the dialogue goes on.

    - minigame: safe_protocol                          # a level id
    - minigame: {level: live_demo, program: safe_protocol}
      win: [...]                                       # both optional
      lose: [...]

``program:`` names an earlier level: the debugger offers to load the program the
player won that level with (the story keeps it, see ``StoryState.programs``).

After any minigame the story holds ``minigame_result`` (``"won"``, ``"lost"`` or
``"gave_up"``), ``minigame_ticks`` (the simulation ticks of the attempt) and, once
the level is won, ``won_<level id>`` = true.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from yaml.nodes import MappingNode, Node

from game.diagnostics import did_you_mean, known_list
from game.dialogue.steps.args import Arg, Schema, ref
from game.dialogue.steps.registry import StepKind, register
from game.dialogue.yamlsource import Reader

if TYPE_CHECKING:
    from game.dialogue.lint import Linter
    from game.dialogue.model import Steps
    from game.dialogue.runner import Runner

#: The story variables every minigame sets (and ``won_<level id>``).
RESULT = "minigame_result"
TICKS = "minigame_ticks"
WON_PREFIX = "won_"
OUTCOMES = ("won", "lost", "gave_up")


@dataclass(slots=True)
class MinigameStep:
    line: int
    col: int
    level: str
    win: Steps | None
    lose: Steps | None
    #: The level whose winning program the debugger offers to load (None: none).
    program: str | None = None


@dataclass(frozen=True, slots=True)
class Minigame:
    """``Runner.minigame_result(won)`` (or ``resume``) once the level is over."""

    level: str
    #: The earlier level named by ``program:`` (None: the step names none).
    program: str | None = None
    #: The text of the program the player won that level with, as the story keeps it,
    #: for the debugger to offer (None: nothing to offer: never won, or not named).
    program_text: str | None = None


@dataclass(frozen=True, slots=True)
class MinigameResult:
    """What the game reports when a level is over (``Runner.resume`` takes it)."""

    outcome: str  # "won", "lost" or "gave_up"
    ticks: int = 0  # simulation ticks of the attempt
    program: str | None = None  # the winning program's text, when the game can tell it

    @property
    def won(self) -> bool:
        return self.outcome == "won"


class LevelAndProgram(Arg):
    """``live_demo`` or ``{level: live_demo, program: safe_protocol}``: (level, program)."""

    KEYS = frozenset({"level", "program"})

    def read(self, r: Reader, node: Node, step: str) -> tuple[str, str | None] | None:
        if not isinstance(node, MappingNode):
            level = r.ident(node, "level id")
            return None if level is None else (level, None)
        entries = r.mapping(node, "a minigame ({level: id, program: id})") or []
        r.unknown_keys(entries, self.KEYS, "a minigame")
        where = {key: value for key, _, value in entries}
        if "level" not in where:
            r.error(node, "a minigame needs 'level:'")
            return None
        level = r.ident(where["level"], "level id")
        program = r.ident(where["program"], "level id") if "program" in where else None
        return None if level is None else (level, program)

    def schema(self) -> Schema:
        both = {"type": "object", "properties": {
            "level": ref("id"),
            "program": ref("id", description="An earlier level: the debugger offers to load "
                                             "the program the player won it with.")},
            "required": ["level"], "additionalProperties": False}
        return {"anyOf": [ref("id"), both]}


def _level(check: Linter, name: str, step: MinigameStep, what: str) -> None:
    levels = check.catalog.levels if check.catalog is not None else None
    if levels is not None and name not in levels:
        check.error(step.line, step.col, f"unknown {what} '{name}'"
                                         f"{did_you_mean(name, levels)}"
                                         f" (levels: {known_list(levels)})")


def _lint(check: Linter, step: MinigameStep) -> None:
    _level(check, step.level, step, "minigame level")
    if step.program is not None:
        _level(check, step.program, step, "level for 'program:'")
    for name in (RESULT, TICKS, WON_PREFIX + step.level):
        check.provides(name)


def _run(runner: Runner, step: MinigameStep) -> Minigame:
    text = runner.story.programs.get(step.program) if step.program is not None else None
    return Minigame(step.level, step.program, text)


def result_of(result: Any) -> MinigameResult | None:
    """The host's result in full: a ``MinigameResult``, or a bare won/lost (``True``,
    ``"win"``, ``"won"``; ``False``, ``"lose"``, ``"lost"``, ``"gave_up"``)."""
    if isinstance(result, MinigameResult):
        return result if result.outcome in OUTCOMES else None
    if result in ("win", "won") or result is True:
        return MinigameResult("won")
    if result in ("lose", "lost") or result is False:
        return MinigameResult("lost")
    if result == "gave_up":
        return MinigameResult("gave_up")
    return None


def _outcome(result: Any) -> str | None:
    """The block a result names (a playtest script says win or lose)."""
    full = result_of(result)
    if full is None:
        return None
    return "win" if full.won else "lose"


def _resumed(runner: Runner, step: MinigameStep, result: Any) -> None:
    full = result_of(result)
    if full is None:
        return
    story = runner.story
    story.set(RESULT, full.outcome)
    story.set(TICKS, max(0, int(full.ticks)))
    if full.won:
        story.set(WON_PREFIX + step.level, True)
        if full.program is not None:
            story.programs[step.level] = full.program


def _describe(event: Minigame) -> str:
    offered = f" (program of {event.program} offered)" if event.program_text else ""
    return f"minigame {event.level}{offered}"


MINIGAME = register(StepKind(
    "minigame", MinigameStep, LevelAndProgram(),
    "Start a nanobot level (an id, or {level, program}); branch on the result.",
    build=lambda line, col, arg, win, lose: MinigameStep(line, col, arg[0], win, lose, arg[1]),
    run=_run, lint=_lint, blocks=("win", "lose"), event=Minigame, hook="minigame", waits=True,
    barrier=True, outcome=_outcome, resumed=_resumed, describe=_describe,
    label=lambda step, key: f"{step.level}: {key}",
))
