"""``chapter``: a chapter starts; the ``chapter`` variable holds its number, the game autosaves
and shows the chapter's title card ("Chapter 3" and its title); the dialogue waits for it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.diagnostics import did_you_mean, known_list
from game.dialogue.steps.args import Ident
from game.dialogue.steps.registry import StepKind, register

if TYPE_CHECKING:
    from game.dialogue.lint import Linter
    from game.dialogue.runner import Runner


@dataclass(slots=True)
class ChapterStep:
    line: int
    col: int
    chapter: str


@dataclass(frozen=True, slots=True)
class ChapterStart:
    """``advance()`` after the autosave and the title card."""

    chapter_id: str


def _run(runner: Runner, step: ChapterStep) -> ChapterStart:
    chapter = runner.campaign.chapter(step.chapter)
    if chapter is not None:
        runner.story.set("chapter", chapter.number)
    return ChapterStart(step.chapter)


def _lint(check: Linter, step: ChapterStep) -> None:
    ids = [c.id for c in check.campaign.chapters]
    if step.chapter not in ids:
        check.error(step.line, step.col, f"unknown chapter '{step.chapter}'"
                                         f"{did_you_mean(step.chapter, ids)} (chapters: "
                                         f"{known_list(ids)})")


CHAPTER = register(StepKind(
    "chapter", ChapterStep, Ident("chapter id"), "A chapter starts (the game autosaves).",
    run=_run, lint=_lint, event=ChapterStart, hook="chapter", waits=True, barrier=True,
))
