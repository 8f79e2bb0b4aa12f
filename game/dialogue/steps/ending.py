"""``ending``: the story ends here: the ending is recorded, its card and the credits
show, and the game returns to the title.

    - ending: reform

The ending's id names one of the manifest's ``endings:``; the step sets the story
variable ``ending`` to it before the game takes over (the director's ``ending``
hook: the card, the credits roll, the title). Nothing after it runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.diagnostics import did_you_mean, known_list
from game.dialogue.steps.args import Ident
from game.dialogue.steps.registry import StepKind, register

if TYPE_CHECKING:
    from game.dialogue.lint import Linter
    from game.dialogue.runner import Runner

#: The story variable that holds the id of the ending reached.
VARIABLE = "ending"


@dataclass(slots=True)
class EndingStep:
    line: int
    col: int
    ending: str


@dataclass(frozen=True, slots=True)
class EndingReached:
    """The game shows the ending's card and the credits, then the title (it never
    hands the dialogue back)."""

    ending_id: str


def _run(runner: Runner, step: EndingStep) -> EndingReached:
    runner.story.set(VARIABLE, step.ending)
    return EndingReached(step.ending)


def _lint(check: Linter, step: EndingStep) -> None:
    endings = check.campaign.endings
    if step.ending not in endings:
        check.error(step.line, step.col, f"unknown ending '{step.ending}'"
                                         f"{did_you_mean(step.ending, endings)} (endings: "
                                         f"{known_list(endings)})")
    check.reaches_ending(step.ending)
    check.provides(VARIABLE)


ENDING = register(StepKind(
    "ending", EndingStep, Ident("ending id"),
    "The story ends: records the ending, shows its card and the credits, back to the title.",
    run=_run, lint=_lint, leaves=True, event=EndingReached, hook="ending", waits=True,
    barrier=True, describe=lambda event: f"ending {event.ending_id}",
))
