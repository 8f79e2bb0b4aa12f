"""``give`` and ``take``: evidence the player holds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.dialogue.steps.args import Ids, ItemRef
from game.dialogue.steps.registry import StepKind, register

if TYPE_CHECKING:
    from game.dialogue.lint import Linter
    from game.dialogue.runner import Runner


@dataclass(slots=True)
class GiveStep:
    line: int
    col: int
    items: tuple[ItemRef, ...]


@dataclass(slots=True)
class TakeStep:
    line: int
    col: int
    items: tuple[ItemRef, ...]


def _lint_give(check: Linter, step: GiveStep) -> None:
    for ref in step.items:
        check.evidence(ref.item, ref.line, ref.col)
        check.gives(ref.item)


def _lint_take(check: Linter, step: TakeStep) -> None:
    for ref in step.items:
        check.evidence(ref.item, ref.line, ref.col)


def _give(runner: Runner, step: GiveStep) -> None:
    for ref in step.items:
        runner.story.give(ref.item)


def _take(runner: Runner, step: TakeStep) -> None:
    for ref in step.items:
        runner.story.take(ref.item)


GIVE = register(StepKind("give", GiveStep, Ids("evidence id"), "Give evidence (an id or a list).",
                         run=_give, lint=_lint_give))
TAKE = register(StepKind("take", TakeStep, Ids("evidence id"),
                         "Take evidence away (an id or a list).", run=_take, lint=_lint_take))
