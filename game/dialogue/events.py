"""What the dialogue runner waits on: one of these is ``Runner.current``.

Each event tells the UI what to show and which input the runner expects:

=================  ==================================================
event              input that moves on
=================  ==================================================
``Line``           ``advance()``
``Choice``         ``choose(index)`` with an enabled option's index
``Debate``         ``press()``, ``present(item)``, ``debate_move(delta)``
``Wait``           ``advance()`` once ``ticks`` logic ticks have passed
``Warp``           ``advance()`` once the map has changed
``Minigame``       ``minigame_result(won)`` or ``resume(MinigameResult)``
``Move``           ``advance()`` once the person stands there
``EndingReached``  nothing: the game shows the ending and returns to the title
``Split``          ``advance()`` (after the timer took the split)
``Sound``          ``advance()`` (after the cue started)
``PlayerSwitch``   ``advance()`` (after the controlled character changed)
``ChapterStart``   ``advance()`` (after the autosave)
``End``            nothing: the dialogue is over
=================  ==================================================

The events of steps with a keyword of their own (from ``Wait`` on) are declared
with their step in :mod:`game.dialogue.steps` and re-exported here; a registered
step's event is passed with ``advance()``, or ``resume(result)`` when the step
has blocks to pick from (``minigame_result(won)`` is that for minigames).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from game.dialogue import steps
from game.dialogue.markup import Spans

# Events of registered steps, declared with their step in game.dialogue.steps.
from game.dialogue.steps.chapter import ChapterStart
from game.dialogue.steps.ending import EndingReached
from game.dialogue.steps.minigame import Minigame, MinigameResult
from game.dialogue.steps.move import Move
from game.dialogue.steps.player import PlayerSwitch
from game.dialogue.steps.sound import Sound
from game.dialogue.steps.split import Split
from game.dialogue.steps.wait import Wait
from game.dialogue.steps.warp import Warp

__all__ = [
    "ChapterStart", "Choice", "Debate", "End", "EndingReached", "Event", "Line", "Minigame",
    "MinigameResult", "Move", "Option", "PlayerSwitch", "Sound", "Split", "Wait", "Warp",
    "advancing",
]


@dataclass(frozen=True, slots=True)
class Line:
    line_id: str
    speaker: str | None  # speaker id; None for narration
    name: str | None  # the speaker's display name; None for narration
    expression: str | None  # portrait expression; None for narration
    text: str  # plain text, markup removed
    spans: Spans  # (text, style) pieces, style in markup.STYLES


@dataclass(frozen=True, slots=True)
class Option:
    index: int  # pass to Runner.choose(); stable even when other options are hidden
    text: str
    enabled: bool  # False: shown greyed out (its `enabled_if` is false)
    line_id: str


@dataclass(frozen=True, slots=True)
class Choice:
    options: tuple[Option, ...]  # only visible options; hidden ones are left out


@dataclass(frozen=True, slots=True)
class Debate:
    debate_id: str
    claim_index: int  # the claim on screen, 0 .. claim_count - 1
    claim_count: int
    line_id: str  # of the claim on screen
    speaker: str
    name: str
    expression: str
    text: str
    spans: Spans
    can_press: bool  # the claim has something more to say when pressed
    refuted: bool  # this claim is already refuted
    refuted_count: int
    to_refute: int  # claims to refute to win
    credibility: int
    max_credibility: int
    evidence: tuple[str, ...]  # evidence the player holds, in the order gained
    #: The claims in this debate, as indices into the debate step's ``claims`` (a claim
    #: whose ``if:`` did not hold is left out); ``claim_index`` counts in this list.
    claim_ids: tuple[int, ...] = ()

    def step_index(self, offset: int = 0) -> int:
        """Where in the debate step's ``claims`` the claim ``offset`` places after the
        one on screen is (the claims in play wrap around)."""
        ids = self.claim_ids or tuple(range(self.claim_count))
        return ids[(self.claim_index + offset) % self.claim_count]


@dataclass(frozen=True, slots=True)
class End:
    pass


Event = (
    Line | Choice | Debate | Wait | Warp | Minigame | Split | Sound | PlayerSwitch | ChapterStart
    | Move | EndingReached | End
)


def advancing() -> tuple[type, ...]:
    """Events that ``advance()`` moves past: lines, and those of registered steps without
    blocks (``ADVANCING`` is the same, read when used)."""
    return (Line, *steps.advancing_events())


def __getattr__(name: str) -> Any:
    if name == "ADVANCING":  # live: a step registered later (by a test) counts too
        return advancing()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
