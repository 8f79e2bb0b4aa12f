"""The campaign select from the title's New game: every card says who you play and
with whom, what the story is about and its chapters; the chosen card is marked (and
only it), by keys, the wheel and the mouse."""

from __future__ import annotations

from game.engine.input import Action, InputFrame
from game.menus.title import CampaignSelect
from tests.menus.support import choose, draw, tap, title_game


def test_the_cards_are_filled_and_the_chosen_one_is_marked(tmp_path):
    game, _ = title_game()
    choose(game, "New game")
    select = game.stack.top
    assert isinstance(select, CampaignSelect)
    first, second = select.campaigns[:2]
    for campaign in (first, second):
        assert campaign.chapters and campaign.cast and campaign.player_name
    drawn = draw(game).drawn()
    for chapter in (*first.chapters, *second.chapters):
        assert chapter in drawn
    assert f"You play {first.player_name}" in drawn
    assert drawn.count("Chosen") == 1
    tap(game, Action.RIGHT)
    assert select.index == 1 and draw(game).drawn().count("Chosen") == 1
    game.tick(InputFrame(wheel=1))  # the wheel back to the first
    assert select.index == 0
    right_card = (int(select.card_left(1)) + 20, select.TOP + 40)
    game.tick(InputFrame(pointer=right_card))  # the mouse moving onto a card picks it
    assert select.index == 1
    tap(game, Action.CANCEL)
    assert game.stack.top is not select
