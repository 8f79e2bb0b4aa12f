"""The whole game as a player reaches it: the title menu, a new campaign, talking,
the minigame started by dialogue, hot reload, saving and Continue, and determinism of
complete runs.

Everything is driven by input frames through the real scene stack (SDL's dummy
driver; nothing is drawn unless a test asks)."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.dialogue.scene import DialogueScene
from game.director import Director, StartOptions
from game.engine.input import Action, InputFrame
from game.engine.screen import Screen
from game.gamestate import GameState
from game.menus.notice import NoticeScene
from game.menus.pause import PauseScene
from game.menus.saveload import SaveLoadScene
from game.menus.title import CampaignSelect, TitleScene
from game.nanobots.debugger import DebuggerScene
from game.services import Game
from game.world.scene import OverworldScene
from tests.support.determinism import title_frames

MOD_YAML = 'id: flow_test\nname: Flow test\nversion: "1"\npriority: 5\n'
MINIGAME_NODE = """\
flow_minigame:
  - minigame: efficiency_first
    win:
      - set: {flow_result: 1}
    lose:
      - set: {flow_result: 2}
  - "The bots go quiet."
"""


def make_game(mods: tuple[Path, ...] = (), seed: int = 7) -> tuple[Game, Director]:
    pygame.display.init()
    pygame.display.set_mode((480, 270))
    game = Game(GameState(seed=seed))
    return game, Director(game, seed=seed, mods=mods)


def tap(game: Game, action: Action, after: int = 1) -> None:
    game.tick(InputFrame(action, action))
    for _ in range(after):
        game.tick(InputFrame())


def top(game: Game) -> object:
    return game.stack.top


def test_new_game_from_the_title_starts_the_campaign(tmp_path):
    game, director = make_game()
    director.title()
    assert isinstance(top(game), TitleScene)
    tap(game, Action.CONFIRM)  # New game
    assert isinstance(top(game), CampaignSelect)
    tap(game, Action.CONFIRM, after=60)  # the first campaign, then the fade
    assert game.state.campaign == director.campaign_choices()[0].id
    assert isinstance(game.stack.scenes[0], OverworldScene)
    assert game.stack.find(DialogueScene) is not None  # the campaign's opening scene,
    assert game.state.story.get("chapter") == 1  # under chapter 1's title card
    tap(game, Action.CONFIRM, after=20)  # the card fades out
    assert isinstance(top(game), DialogueScene)
    screen = Screen(pygame.display.get_surface(), game.images)
    game.stack.draw(screen, 1.0)


def test_a_mod_node_starts_the_minigame_and_branches_on_its_result(tmp_path):
    mod = tmp_path / "flow_test"
    (mod / "dialogue" / "rejuvenation").mkdir(parents=True)
    (mod / "mod.yaml").write_text(MOD_YAML)
    (mod / "dialogue" / "rejuvenation" / "flow.yaml").write_text(MINIGAME_NODE)
    game, director = make_game((mod,))
    director.begin(StartOptions("rejuvenation", map="clinic", node="flow_minigame"))
    game.tick(InputFrame())
    debugger = top(game)
    assert isinstance(debugger, DebuggerScene) and debugger.level_id == "efficiency_first"
    # give up through the debugger's own menu: Resume, Restart, Hint, Give up
    tap(game, Action.CONFIRM)  # leave the briefing
    tap(game, Action.MENU)
    for _ in range(3):
        tap(game, Action.DOWN)
    tap(game, Action.CONFIRM, after=3)
    assert not isinstance(top(game), DebuggerScene)
    assert game.state.story.get("flow_result") == 2  # the lose branch ran
    assert isinstance(top(game), DialogueScene)


def test_f5_reload_shows_a_broken_file_instead_of_crashing(tmp_path):
    mod = tmp_path / "flow_test"
    node_dir = mod / "dialogue" / "rejuvenation"
    node_dir.mkdir(parents=True)
    (mod / "mod.yaml").write_text(MOD_YAML)
    (node_dir / "flow.yaml").write_text('flow_hello:\n  - "Hello."\n')
    game, director = make_game((mod,))
    director.begin(StartOptions("rejuvenation", map="clinic"))
    overworld = top(game)
    assert isinstance(overworld, OverworldScene)
    before = (overworld.world.player.px, overworld.world.player.py)
    (node_dir / "flow.yaml").write_text('flow_hello:\n  - max: [unclosed\n')
    tap(game, Action.RELOAD)
    notice = top(game)
    assert isinstance(notice, NoticeScene)
    assert any("flow.yaml:3:1: error: YAML syntax" in line for line in notice.messages)
    assert (overworld.world.player.px, overworld.world.player.py) == before
    assert director.campaign is not None and "clinic_max" in director.campaign.nodes


def run_from_title(seed: int) -> tuple:
    game, director = make_game(seed=seed)
    director.title()
    for frame in title_frames(0):  # the first campaign
        game.tick(frame)
    overworld = game.stack.find(OverworldScene)
    assert isinstance(overworld, OverworldScene)
    player = overworld.world.player
    npcs = [(npc.name, npc.facing, npc.idle) for npc in overworld.world.npcs]
    return (game.state.to_data(), player.x, player.y, player.facing,
            [type(scene).__name__ for scene in game.stack.scenes], npcs)


def test_same_seed_and_input_give_the_same_run():
    first, second = run_from_title(11), run_from_title(11)
    assert first == second
    data = first[0]
    assert data["campaign"] == "rejuvenation" and 0 < data["ticks"] < 1200
    assert len(data["story"]["seen"]) > 3  # the opening scene was read


def test_runs_differ_only_through_their_seed():
    one, two = run_from_title(1), run_from_title(2)
    assert (one[0]["seed"], two[0]["seed"]) == (1, 2)
    # what the player's input decides is the same: the story read, where they walked...
    assert one[0]["story"] == two[0]["story"] and one[1:5] == two[1:5]
    # ...what the seeded generator decides is not: when and where the NPCs look around
    npcs_one, npcs_two = one[5], two[5]
    assert [name for name, _, _ in npcs_one] == [name for name, _, _ in npcs_two]
    assert len(npcs_one) > 1 and npcs_one != npcs_two


def test_save_in_a_dialogue_return_to_the_title_and_continue_to_the_same_line():
    game, director = make_game()
    game.use_player_data()  # (the test's private data folder)
    director.title()
    tap(game, Action.CONFIRM)  # New game (nothing to continue yet)
    tap(game, Action.CONFIRM, after=60)  # the first campaign, then the fade
    tap(game, Action.CONFIRM, after=20)  # chapter 1's card closes
    for _ in range(4):
        tap(game, Action.CONFIRM, after=90)
    dialogue = top(game)
    assert isinstance(dialogue, DialogueScene)
    line = dialogue.runner.current
    tap(game, Action.MENU)  # Esc works in a conversation
    assert isinstance(top(game), PauseScene)
    tap(game, Action.DOWN)
    tap(game, Action.CONFIRM)  # Save
    assert isinstance(top(game), SaveLoadScene)
    tap(game, Action.CONFIRM)  # slot 1
    tap(game, Action.CANCEL)
    for _ in range(5):
        tap(game, Action.DOWN)
    tap(game, Action.CONFIRM, after=40)  # Return to title: saved, so no question
    title = top(game)
    assert isinstance(title, TitleScene) and title.menu.current.label == "Continue"
    tap(game, Action.CONFIRM, after=45)
    restored = top(game)
    assert isinstance(restored, DialogueScene) and restored is not dialogue
    assert restored.runner.current == line
    assert restored.runner.snapshot() == dialogue.runner.snapshot()
    screen = Screen(pygame.display.get_surface(), game.images)
    game.stack.draw(screen, 1.0)


def test_a_chapter_start_node_starts_on_that_chapters_map(tmp_path):
    _game, director = make_game()
    director.begin(StartOptions("rejuvenation", node="ch5_showdown"))
    assert director.overworld is not None
    assert director.overworld.world.world.name == "conference_hall"
