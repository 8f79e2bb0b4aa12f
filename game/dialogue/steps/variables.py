"""``set`` and ``add``: change story variables."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.dialogue.steps.args import Assignment, Assignments
from game.dialogue.steps.registry import StepKind, register

if TYPE_CHECKING:
    from game.dialogue.lint import Linter
    from game.dialogue.runner import Runner


@dataclass(slots=True)
class SetStep:
    line: int
    col: int
    values: tuple[Assignment, ...]


@dataclass(slots=True)
class AddStep:
    line: int
    col: int
    values: tuple[Assignment, ...]


def _lint(check: Linter, step: SetStep | AddStep) -> None:
    for a in step.values:
        check.assigned(a.name, a.line, a.col)


def _set(runner: Runner, step: SetStep) -> None:
    for a in step.values:
        runner.story.set(a.name, a.value)


def _add(runner: Runner, step: AddStep) -> None:
    for a in step.values:
        runner.story.add(a.name, a.value, runner.defaults.get(a.name, 0))  # type: ignore[arg-type]


SET = register(StepKind("set", SetStep, Assignments(numbers=False), "{name: value}",
                        run=_set, lint=_lint))
ADD = register(StepKind("add", AddStep, Assignments(numbers=True), "{name: amount}",
                        run=_add, lint=_lint))
