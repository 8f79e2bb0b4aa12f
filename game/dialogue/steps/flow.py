"""``goto``, ``call``, ``end`` and ``return``: where the dialogue goes next."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.dialogue.steps.args import Ident, Nothing
from game.dialogue.steps.registry import StepKind, register

if TYPE_CHECKING:
    from game.dialogue.lint import Linter
    from game.dialogue.runner import Runner


@dataclass(slots=True)
class GotoStep:
    line: int
    col: int
    node: str


@dataclass(slots=True)
class CallStep:
    line: int
    col: int
    node: str


@dataclass(slots=True)
class EndStep:
    line: int
    col: int


@dataclass(slots=True)
class ReturnStep:
    line: int
    col: int


def _goto(runner: Runner, step: GotoStep) -> None:
    runner.jump_to(step.node)


def _call(runner: Runner, step: CallStep) -> None:
    runner.call_node(step.node)


def _end(runner: Runner, step: EndStep) -> None:
    runner.end_dialogue()


def _return(runner: Runner, step: ReturnStep) -> None:
    runner.return_to_caller()


def _lint_return(check: Linter, step: ReturnStep) -> None:
    check.returns_here(step.line, step.col)


GOTO = register(StepKind("goto", GotoStep, Ident("node id"), "Continue in another node.",
                         run=_goto, links=lambda step: (("goto", step.node),), leaves=True))
CALL = register(StepKind("call", CallStep, Ident("node id"), "Run another node, then come back.",
                         run=_call, links=lambda step: (("call", step.node),)))
END = register(StepKind("end", EndStep, Nothing(), "End the dialogue (write '- end').",
                        run=_end, build=lambda line, col, _: EndStep(line, col), leaves=True))
RETURN = register(StepKind("return", ReturnStep, Nothing(),
                           "Back to the caller (write '- return').", run=_return,
                           build=lambda line, col, _: ReturnStep(line, col), lint=_lint_return,
                           leaves=True))
