"""The story's beats, for tools that follow a playthrough (``playthrough``, tests).

A campaign's manifest lists its beats in story order, each a condition that becomes
true once the beat has been played::

    beats:
      - {id: dani_examined, title: Dani examined, when: seen(ch3_dani_exam)}
      - {id: memo_found, title: The memo, when: has(internal_memo)}

``campaign.beats`` holds them (:class:`game.dialogue.model.Beat`); this module
answers which of them hold for a story state::

    from game.dialogue.beats import beats, holding, new_beats

    for beat in beats(campaign):                  # in story order
        print(beat.id, beat.title, beat.when.condition.source)
    done = holding(campaign, game.state.story)    # the beats played so far
    fresh = new_beats(campaign, story, done)      # those that became true since

Nothing here reads a clock or changes the story.
"""

from __future__ import annotations

from collections.abc import Collection

from game.dialogue.conditions import StoryView
from game.dialogue.model import Beat, Campaign

__all__ = ["Beat", "beats", "holding", "missing", "new_beats"]


def beats(campaign: Campaign) -> tuple[Beat, ...]:
    """The campaign's beats, in the manifest's (story) order."""
    return campaign.beats


def holding(campaign: Campaign, story: StoryView) -> list[Beat]:
    """The beats whose ``when`` holds for this story, in story order."""
    defaults = campaign.defaults()
    return [beat for beat in campaign.beats if beat.holds(story, defaults)]


def new_beats(campaign: Campaign, story: StoryView, already: Collection[str]) -> list[Beat]:
    """Beats that hold now and whose ids are not in ``already`` (call it after every
    tick or event to print each beat as it is reached)."""
    return [beat for beat in holding(campaign, story) if beat.id not in already]


def missing(campaign: Campaign, story: StoryView) -> list[Beat]:
    """The beats that do not hold (what a playthrough missed)."""
    reached = {beat.id for beat in holding(campaign, story)}
    return [beat for beat in campaign.beats if beat.id not in reached]
