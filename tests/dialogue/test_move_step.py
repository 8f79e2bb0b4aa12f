"""``- move: {who, to, instant}``: a person walks to a spot through the real game while the
dialogue waits; lint checks the names against the campaign's maps."""

from __future__ import annotations

from game.dialogue import events as ev
from game.dialogue.library import load_campaign
from game.dialogue.schema import schemas
from game.engine.input import Action
from game.world.actors import Facing
from game.world.scene import WalkScene
from tests.dialogue.stage import start, tick, trial_mod
from tests.support.dialogue import runner_for

NODES = """\
opening:
  - elena: Watch him.
  - move: {who: max, to: stage_left}
  - max: Here I am.
  - move: {who: max, to: podium, instant: true}
  - max: And here.
talk_max:
  - max: Hi.
hearing:
  - judge: Order.
"""


def skip_to_move(game, director) -> None:
    tick(game, 2)
    while not isinstance(director.dialogue.runner.current, ev.Move):
        tick(game, 1, Action.CONFIRM)


def test_the_dialogue_waits_while_the_person_walks_there(tmp_path):
    game, director = start(tmp_path, NODES)
    skip_to_move(game, director)
    tick(game, 2)
    assert game.stack.find(WalkScene) is not None
    max_ = director.overworld.world.npc("max")
    start_x = max_.px
    tick(game, 60)
    assert max_.px > start_x and max_.moving  # on the way, one pixel a tick
    assert isinstance(director.dialogue.runner.current, ev.Move)  # the dialogue waits
    for _ in range(400):
        tick(game)
        if game.stack.find(WalkScene) is None:
            break
    assert (max_.px, max_.py) == (11 * 16 + 8, 2 * 16 + 12)
    assert max_.facing is Facing.DOWN  # the spot's facing
    assert director.dialogue.runner.current.text == "Here I am."


def test_confirm_has_them_arrive_at_once(tmp_path):
    game, director = start(tmp_path, NODES)
    skip_to_move(game, director)
    tick(game, 3)
    tick(game, 1, Action.CONFIRM)
    tick(game, 1)
    assert game.stack.find(WalkScene) is None
    max_ = director.overworld.world.npc("max")
    assert (max_.px, max_.py) == (11 * 16 + 8, 2 * 16 + 12)


def test_an_instant_move_places_them_and_the_place_outlasts_the_dialogue(tmp_path):
    game, director = start(tmp_path, NODES)
    skip_to_move(game, director)
    for _ in range(40):
        tick(game, 1, Action.CONFIRM)
        tick(game, 3)
    assert director.dialogue is None  # the dialogue ended
    max_ = director.overworld.world.npc("max")
    assert (max_.px, max_.py) == (11 * 16 + 8, 5 * 16 + 12)
    assert game.state.placements == {"hall": {"max": (11 * 16 + 8, 5 * 16 + 12, "down")}}
    data = game.state.to_data()
    assert data["placements"]["hall"]["max"] == [11 * 16 + 8, 5 * 16 + 12, "down"]


def test_a_new_chapter_forgets_where_people_were_put(tmp_path):
    nodes = NODES.replace("  - max: And here.\n", "  - max: And here.\n  - chapter: second\n")
    game, director = start(tmp_path, nodes)
    skip_to_move(game, director)
    for _ in range(80):
        tick(game, 1, Action.CONFIRM)
        tick(game, 3)
    assert director.dialogue is None
    assert game.state.placements == {}
    max_ = director.overworld.world.npc("max")
    assert (max_.px, max_.py) == (3 * 16 + 8, 2 * 16 + 12)  # back where the map puts him


def test_moving_someone_who_is_not_here_does_nothing(tmp_path):
    nodes = NODES.replace("who: max, to: stage_left", "who: nobody, to: stage_left")
    game, director = start(tmp_path, nodes)
    tick(game, 2)
    tick(game, 1, Action.CONFIRM)
    tick(game, 2)
    tick(game, 1, Action.CONFIRM)
    tick(game, 2)
    assert director.dialogue.runner.current.text == "Here I am."  # the move did nothing
    assert game.stack.find(WalkScene) is None
    assert director.overworld.world.npc("max").px == 3 * 16 + 8


def test_lint_warns_about_names_no_map_has(tmp_path):
    nodes = NODES.replace("who: max, to: stage_left", "who: maks, to: stage_left").replace(
        "to: podium", "to: podum")
    trial_mod(tmp_path, nodes)
    _, diagnostics = load_campaign("trial", root=tmp_path / "nothing",
                                          mods=[tmp_path / "trial_mod"], user_mods=False)
    found = [d.format() for d in diagnostics if "main.yaml" in d.path]
    assert any(":3:" in f and "warning: move: no map has an npc named 'maks'" in f
               for f in found), found
    assert any(":5:" in f and "no spawn or spot named 'podum'" in f for f in found), found


def test_the_step_reads_its_mapping_and_refuses_what_it_does_not_know(tmp_path):
    nodes = """\
start:
  - move: {who: max}
  - move: {who: max, to: door, speed: 3}
  - move: max
  - move: {who: max, to: door, instant: maybe}
"""
    from tests.support.dialogue import errors, load_demo

    _, diagnostics = load_demo(tmp_path, nodes)
    found = errors(diagnostics, "main.yaml")
    assert any(":2:" in e and "needs 'to:'" in e for e in found)
    assert any(":3:" in e and "unknown key 'speed'" in e for e in found)
    assert any(":4:" in e and "expected a move" in e for e in found)
    assert any(":5:" in e and "instant" in e for e in found)


def test_the_runner_shows_the_move_and_goes_on_after_it(tmp_path):
    runner = runner_for(tmp_path, "start:\n  - move: {who: max, to: door}\n  - max: Hi.\n")
    assert runner.current == ev.Move("max", "door", False)
    runner.advance()
    assert runner.current.text == "Hi."


def test_the_schema_describes_the_step():
    step = schemas()["dialogue.schema.json"]["definitions"]["step_move"]
    assert step["properties"]["move"]["required"] == ["who", "to"]
