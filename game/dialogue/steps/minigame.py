"""``minigame``: a nanobot level; its ``win`` or ``lose`` steps run, then the dialogue goes on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from game.diagnostics import did_you_mean, known_list
from game.dialogue.steps.args import Ident
from game.dialogue.steps.registry import StepKind, register

if TYPE_CHECKING:
    from game.dialogue.lint import Linter
    from game.dialogue.model import Steps


@dataclass(slots=True)
class MinigameStep:
    line: int
    col: int
    level: str
    win: Steps | None
    lose: Steps | None


@dataclass(frozen=True, slots=True)
class Minigame:
    """``Runner.minigame_result(won)`` (or ``resume``) once the level is over."""

    level: str


def _lint(check: Linter, step: MinigameStep) -> None:
    levels = check.catalog.levels if check.catalog is not None else None
    if levels is not None and step.level not in levels:
        check.error(step.line, step.col, f"unknown minigame level '{step.level}'"
                                         f"{did_you_mean(step.level, levels)}"
                                         f" (levels: {known_list(levels)})")


def _outcome(result: Any) -> str | None:
    """The host reports whether the level was won (a playtest script: win or lose)."""
    if result in ("win", True):
        return "win"
    return "lose" if result in ("lose", False) else None


MINIGAME = register(StepKind(
    "minigame", MinigameStep, Ident("level id"), "Start a nanobot level; branch on the result.",
    run=lambda runner, step: Minigame(step.level), lint=_lint, blocks=("win", "lose"),
    event=Minigame, hook="minigame", waits=True, barrier=True, outcome=_outcome,
    label=lambda step, key: f"{step.level}: {key}",
))
