"""``player``: switch the character the player controls (one of the speakers)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.diagnostics import did_you_mean
from game.dialogue.steps.args import Ident
from game.dialogue.steps.registry import StepKind, register

if TYPE_CHECKING:
    from game.dialogue.lint import Linter


@dataclass(slots=True)
class PlayerStep:
    line: int
    col: int
    character: str


@dataclass(frozen=True, slots=True)
class PlayerSwitch:
    """``advance()`` after the controlled character changed."""

    character: str


def _lint(check: Linter, step: PlayerStep) -> None:
    speakers = check.campaign.speakers
    if step.character not in speakers:
        check.error(step.line, step.col, f"unknown character '{step.character}'"
                                         f"{did_you_mean(step.character, speakers)}"
                                         " (the player becomes one of the speakers)")


PLAYER = register(StepKind(
    "player", PlayerStep, Ident("character id"), "Switch the controlled character.",
    run=lambda runner, step: PlayerSwitch(step.character), lint=_lint, event=PlayerSwitch,
    hook="switch_player",
))
