"""Chapter title cards, endings with their card and the credits roll back to the title,
and the manifest's story beats (with the API the playthrough tool uses)."""

from __future__ import annotations

import pygame

from game.dialogue import events as ev
from game.dialogue.beats import beats, holding, missing, new_beats
from game.dialogue.library import load_campaign
from game.dialogue.scene import CardScene, CreditsScene, DialogueScene
from game.dialogue.schema import schemas
from game.engine.input import Action
from game.engine.screen import Screen
from game.menus.title import TitleScene
from game.story.state import StoryState
from tests.dialogue.stage import CAMPAIGN, start, tick, trial_mod

NODES = """\
opening:
  - chapter: first
  - elena: It begins.
  - give: memo
  - goto: hearing
talk_max:
  - max: Hi.
hearing:
  - chapter: second
  - judge: Order.
  - if: has(memo)
    then:
      - ending: good
  - ending: bad
"""


def draw(game) -> None:
    screen = Screen(pygame.display.get_surface(), game.images)
    game.stack.draw(screen, 1.0)


def test_a_chapter_shows_its_title_card_and_the_dialogue_waits(tmp_path):
    game, director = start(tmp_path, NODES)
    tick(game, 2)
    card = game.stack.top
    assert isinstance(card, CardScene)
    assert (card.kicker, card.title) == ("Chapter 1", "First Light")
    assert isinstance(director.dialogue.runner.current, ev.ChapterStart)
    draw(game)
    tick(game, 100)
    assert game.stack.top is card  # about two seconds
    tick(game, 40)
    assert isinstance(game.stack.top, DialogueScene)
    assert director.dialogue.runner.current.text == "It begins."
    assert game.state.story.get("chapter") == 1 and game.state.chapter == "first"


def test_confirm_skips_the_card(tmp_path):
    game, _ = start(tmp_path, NODES)
    tick(game, 15)
    tick(game, 1, Action.CONFIRM)
    tick(game, 16)
    assert isinstance(game.stack.top, DialogueScene)


def advance(game, director, until, limit: int = 400) -> None:
    for _ in range(limit):
        if until():
            return
        tick(game, 1, Action.CONFIRM)
        tick(game, 2)
    raise AssertionError("never got there")


def test_an_ending_shows_its_card_then_the_credits_then_the_title(tmp_path):
    game, director = start(tmp_path, NODES)
    advance(game, director, lambda: isinstance(game.stack.top, CardScene)
            and game.stack.top.kicker == "Ending")
    card = game.stack.top
    assert (card.title, card.text) == ("A Good End", "Everyone goes home.")
    assert game.state.story.get("ending") == "good"
    draw(game)
    tick(game, 30)
    tick(game, 1, Action.CONFIRM)
    tick(game, 20)
    credits = game.stack.top
    assert isinstance(credits, CreditsScene)
    assert credits.lines == ["# Story", "The test team", "", "Thank you for playing."]
    draw(game)
    before = credits.scroll
    tick(game, 60)
    assert credits.scroll > before  # it rolls
    for _ in range(2000):  # and ends by itself
        tick(game)
        if isinstance(game.stack.top, TitleScene):
            break
    assert isinstance(game.stack.top, TitleScene)


def test_the_credits_can_be_skipped(tmp_path):
    game, director = start(tmp_path, NODES)
    advance(game, director, lambda: isinstance(game.stack.top, CreditsScene))
    tick(game, 30)
    tick(game, 1, Action.CONFIRM)
    tick(game, 60)
    assert isinstance(game.stack.top, TitleScene)


def test_the_ending_step_records_the_ending_for_tools(tmp_path):
    nodes = NODES.replace("  - goto: hearing\n", "")
    trial_mod(tmp_path, nodes)
    campaign, _ = load_campaign("trial", root=tmp_path / "none",
                                mods=[tmp_path / "trial_mod"], user_mods=False)
    from game.dialogue.runner import Runner

    story = StoryState()
    play = Runner(campaign, story)
    play.start("hearing")
    while not isinstance(play.current, ev.EndingReached):
        play.advance()
    assert play.current == ev.EndingReached("bad")
    assert story.get("ending") == "bad"


def lint(tmp_path, nodes: str, campaign: str = CAMPAIGN) -> list[str]:
    trial_mod(tmp_path, nodes, campaign)
    _, diagnostics = load_campaign("trial", root=tmp_path / "none",
                                   mods=[tmp_path / "trial_mod"], user_mods=False)
    return [d.format() for d in diagnostics]


def test_an_unknown_ending_is_an_error_and_an_unreached_one_a_warning(tmp_path):
    found = lint(tmp_path, NODES.replace("ending: bad", "ending: worse"))
    assert any("main.yaml:14:" in f and "error: unknown ending 'worse'" in f for f in found)
    assert any("campaign.yaml:20:3: warning: ending 'bad' is never reached" in f
               for f in found), found
    assert not any("ending 'good' is never reached" in f for f in found)


def test_steps_after_an_ending_are_never_reached(tmp_path):
    found = lint(tmp_path, NODES.replace("  - ending: bad\n", "  - ending: bad\n  - judge: Hm.\n"))
    assert any("main.yaml:15:" in f and "this step is never reached" in f for f in found)


BEATS_CAMPAIGN = CAMPAIGN.replace(
    "  - {id: heard, title: The hearing, when: visited(hearing)}\n",
    "  - {id: heard, title: The hearing, when: visited(hearing)}\n"
    "  - {id: memo, title: Twice, when: has(nothing) and}\n"
    "  - {id: late, title: Late}\n")


def test_beats_are_checked_where_they_are_written(tmp_path):
    found = [f for f in lint(tmp_path, NODES, BEATS_CAMPAIGN) if "campaign.yaml" in f]
    assert any(":30:" in f and "invalid condition" in f for f in found), found
    assert any(":31:" in f and "a beat needs 'when'" in f for f in found), found


def test_a_beat_id_used_twice_and_unknown_names_are_errors(tmp_path):
    campaign = CAMPAIGN.replace("when: has(memo)}", "when: has(memo)}\n"
                                "  - {id: memo, title: Again, when: has(folder)}")
    found = [f for f in lint(tmp_path, NODES, campaign) if "campaign.yaml" in f]
    assert any(":29:5:" in f and "beat id 'memo' is used twice" in f for f in found), found
    assert any(":29:40:" in f and "unknown evidence 'folder'" in f for f in found), found


def test_the_beats_api_tells_which_beats_a_story_has_reached(tmp_path):
    trial_mod(tmp_path, NODES)
    campaign, _ = load_campaign("trial", root=tmp_path / "none",
                                mods=[tmp_path / "trial_mod"], user_mods=False)
    assert [b.id for b in beats(campaign)] == ["opened", "memo", "heard"]
    story = StoryState()
    assert holding(campaign, story) == []
    story.visit("opening")
    story.give("memo")
    assert [b.id for b in holding(campaign, story)] == ["opened", "memo"]
    assert [b.id for b in new_beats(campaign, story, {"opened"})] == ["memo"]
    assert [b.id for b in missing(campaign, story)] == ["heard"]
    assert beats(campaign)[1].title == "The memo"


def test_the_campaign_schema_knows_endings_credits_and_beats():
    properties = schemas()["campaign.schema.json"]["properties"]
    assert properties["beats"]["items"]["required"] == ["id", "title", "when"]
    assert properties["endings"]["additionalProperties"]["required"] == ["title"]
    assert properties["credits"]["items"] == {"type": "string"}
