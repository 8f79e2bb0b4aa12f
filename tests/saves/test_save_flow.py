"""Saves through the game's own menus: input frames into the real scene stack, on a
small campaign the tests control (tests/dialogue/stage.py).

Save in a dialogue and in a debate, Continue and Load from the title, a damaged slot
and its backup, the chapter autosave and chapter select, the autosave on quitting
(at a minigame's start), unsaved progress asked about, content a mod no longer
provides, the error screen, and text read remembered across playthroughs."""

from __future__ import annotations

import pygame
import pytest

from game.dialogue import events as ev
from game.dialogue.scene import DialogueScene
from game.director import Director, StartOptions
from game.engine.input import Action, InputFrame
from game.engine.scene import Scene
from game.engine.screen import Screen
from game.menus.errorscreen import LOG_NAME, ErrorScene
from game.menus.notice import NoticeScene
from game.menus.pause import PauseScene
from game.menus.saveload import ConfirmScene, SaveLoadScene
from game.menus.title import ChapterSelect, TitleScene
from game.paths import user_logs_dir
from game.saves.readtext import ReadText
from game.services import Game
from game.world.scene import OverworldScene
from tests.dialogue.stage import start, tap, tick, trial_mod

NODES = """\
opening:
  - chapter: first
  - elena: One.
  - elena: Two.
  - give: memo
  - elena: Three.
  - elena: Four.
talk_max:
  - max: Hi.
hearing:
  - give: [memo, logs]
  - elena: Before the debate.
  - debate:
      id: panel
      credibility: 3
      claims:
        - max: It was fine.
          present:
            memo:
              - elena: This memo says otherwise.
        - max: Nobody knew.
          present:
            logs:
              - elena: The logs knew.
  - elena: After the debate.
tinker:
  - elena: Let us look.
  - minigame: efficiency_first
    win:
      - set: {fixed: 1}
  - elena: Done.
"""

PAUSE_ITEMS = ["Resume", "Save", "Load", "Evidence", "History", "Settings",
               "Return to title", "Quit game"]


def draw(game: Game) -> None:
    game.stack.draw(Screen(pygame.display.get_surface(), game.images), 1.0)


def begin(tmp_path, node: str | None = None) -> tuple[Game, Director]:
    game, director = start(tmp_path, NODES, node)
    game.settings.text_speed = "instant"  # a confirm turns each page
    game.use_player_data()
    tick(game, 2)
    return game, director


def through_card(game: Game) -> None:
    tick(game, 12)
    tap(game, Action.CONFIRM, after=20)  # the chapter card closes


def current_line(game: Game) -> ev.Line:
    scene = game.stack.top
    assert isinstance(scene, DialogueScene), game.stack.scenes
    assert isinstance(scene.runner.current, ev.Line)
    return scene.runner.current


def pause_item(game: Game, label: str) -> None:
    """From anywhere: the menu key, then down to ``label`` and choose it."""
    tap(game, Action.MENU)
    pause = game.stack.top
    assert isinstance(pause, PauseScene)
    assert [item.label for item in pause.menu.items] == PAUSE_ITEMS
    while pause.menu.current.label != label:
        tap(game, Action.DOWN)
    tap(game, Action.CONFIRM)


def save_in_slot(game: Game, slot: int = 1) -> None:
    pause_item(game, "Save")
    menu = game.stack.top
    assert isinstance(menu, SaveLoadScene) and menu.mode == "save"
    for _ in range(slot - 1):
        tap(game, Action.DOWN)
    tap(game, Action.CONFIRM)
    if isinstance(game.stack.top, ConfirmScene):  # saving over a slot asks
        tap(game, Action.CONFIRM)
    assert menu.status.startswith("Saved"), menu.status
    tap(game, Action.CANCEL)  # back to the pause menu
    tap(game, Action.CANCEL)  # and to the game


def new_director(game: Game, tmp_path) -> Director:
    """The same player's data, as after restarting the game."""
    director = Director(game, seed=3, mods=(trial_mod(tmp_path, NODES),))
    director.title()
    return director


def title_item(game: Game, label: str) -> None:
    title = game.stack.top
    assert isinstance(title, TitleScene)
    tick(game)
    while title.menu.current.label != label:
        tap(game, Action.DOWN)
    tap(game, Action.CONFIRM)


def test_the_menu_key_pauses_a_conversation_and_resumes_it(tmp_path):
    game, _ = begin(tmp_path)
    through_card(game)
    line = current_line(game)
    tap(game, Action.MENU)
    assert isinstance(game.stack.top, PauseScene)
    draw(game)
    tap(game, Action.MENU)
    assert current_line(game) == line


def test_save_in_a_dialogue_then_continue_from_the_title_shows_the_same_line(tmp_path):
    game, director = begin(tmp_path)
    through_card(game)
    tap(game)  # One. -> Two.
    tap(game)  # -> Three. (the memo given)
    line = current_line(game)
    assert line.text == "Three."
    backlog = list(director.backlog)
    save_in_slot(game)
    pause_item(game, "Return to title")  # nothing unsaved: no question
    tick(game, 40)
    assert isinstance(game.stack.top, TitleScene)
    new_director(game, tmp_path)
    title_item(game, "Continue")
    tick(game, 45)
    assert current_line(game) == line
    assert game.state.story.evidence == ["memo"]
    assert [e.spans for e in game.stack.top.backlog] == [e.spans for e in backlog]
    scene = game.stack.top  # the line is on screen, typed out again
    assert "".join(text for line_ in scene.typewriter.visible() for text, _ in line_) == \
        "Three."
    draw(game)
    tap(game)
    assert current_line(game).text == "Four."


def test_a_save_brings_back_where_the_player_stood(tmp_path):
    game, director = begin(tmp_path)
    through_card(game)
    for _ in range(4):
        tap(game)
    assert isinstance(game.stack.top, OverworldScene)
    tick(game, 20, Action.RIGHT)
    player = director.overworld.world.player
    where = (player.x, player.y, player.facing)
    save_in_slot(game)
    tick(game, 30, Action.LEFT)
    pause_item(game, "Load")
    menu = game.stack.top
    assert isinstance(menu, SaveLoadScene) and menu.mode == "load"
    while menu.current.slot != "1":
        tap(game, Action.DOWN)
    tap(game, Action.CONFIRM)  # the walk since is unsaved: asked first
    assert isinstance(game.stack.top, ConfirmScene)
    tap(game, Action.CONFIRM, after=45)
    player = director.overworld.world.player
    assert (player.x, player.y, player.facing) == where


def test_a_damaged_slot_is_reported_and_its_backup_loads(tmp_path):
    game, director = begin(tmp_path)
    through_card(game)
    save_in_slot(game)  # at "One."
    tap(game)
    save_in_slot(game)  # at "Two."; the first save is now the backup
    path = game.saves.path("1")
    path.write_bytes(path.read_bytes()[:300])  # a power cut, a bad disk
    director.to_title()
    tick(game, 40)
    title_item(game, "Load")
    menu = game.stack.top
    assert isinstance(menu, SaveLoadScene)
    assert [row.slot for row in menu.rows] == ["chapter-trial-first", "1"]
    tap(game, Action.DOWN)
    row = menu.current
    assert row.slot == "1" and row.damaged and row.backup is not None
    draw(game)
    tap(game, Action.CONFIRM)
    confirm = game.stack.top
    assert isinstance(confirm, ConfirmScene) and "damaged" in confirm.title
    tap(game, Action.CONFIRM, after=45)
    assert current_line(game).text == "One."


def test_continue_is_offered_only_with_a_save_and_loads_the_latest(tmp_path):
    game, director = begin(tmp_path)
    director.title()
    tick(game)
    title = game.stack.top
    assert isinstance(title, TitleScene)
    labels = {item.label: item.enabled for item in title.menu.items}
    assert list(labels) == ["Continue", "New game", "Load", "Chapter select", "Practice",
                            "Settings", "Mods", "Quit"]
    assert labels["Continue"]  # the chapter autosave of the opening
    assert title.menu.current.label == "Continue"


def test_the_chapter_start_autosaves_and_chapter_select_plays_it_again(tmp_path):
    game, director = begin(tmp_path)
    (info,) = game.saves.chapters()
    assert info.meta.chapter == "first" and info.meta.chapter_title == \
        "Chapter 1: First Light"
    through_card(game)
    for _ in range(3):
        tap(game)
    director.to_title()
    tick(game, 40)
    title_item(game, "Chapter select")
    assert isinstance(game.stack.top, ChapterSelect)
    draw(game)
    tap(game, Action.CONFIRM, after=45)
    through_card(game)
    assert current_line(game).text == "One."
    assert game.state.story.evidence == []


def test_a_save_during_a_debate_keeps_the_debate_at_its_start(tmp_path):
    game, director = begin(tmp_path, "hearing")
    tap(game)  # Before the debate. -> the debate
    scene = game.stack.top
    assert isinstance(scene.runner.current, ev.Debate)
    tap(game, Action.DOWN)  # present...
    tap(game, Action.CONFIRM)
    tap(game, Action.CONFIRM)  # the memo: the first claim is refuted
    tick(game, 3)
    assert scene.runner.in_debate
    save_in_slot(game)
    save = game.saves.read("1")
    frames = save.dialogue.runner["frames"]
    (progress,) = frames[0]["debates"].values()
    assert progress["refuted"] == [] and progress["credibility"] == 3
    director.to_title()
    tick(game, 40)
    title_item(game, "Continue")
    tick(game, 45)
    restored = game.stack.top
    assert isinstance(restored.runner.current, ev.Debate)
    assert restored.runner.current.refuted_count == 0 and restored.runner.current.claim_index == 0


def test_quitting_during_a_minigame_autosaves_at_its_start(tmp_path):
    from game.nanobots.debugger import DebuggerScene

    game, director = begin(tmp_path, "tinker")
    tap(game)
    tick(game, 2)
    assert isinstance(game.stack.top, DebuggerScene)
    game.shutdown()  # the window closes
    info = game.saves.info("quit")
    assert info.ok and info.meta.kind == "quit"
    director.title()
    title_item(game, "Continue")
    tick(game, 45)
    assert isinstance(game.stack.top, DebuggerScene)  # the level starts again


def test_leaving_with_unsaved_progress_asks_first(tmp_path):
    game, _ = begin(tmp_path)
    through_card(game)
    tap(game)
    pause_item(game, "Return to title")
    confirm = game.stack.top
    assert isinstance(confirm, ConfirmScene)
    draw(game)
    tap(game, Action.DOWN)
    tap(game, Action.CONFIRM)  # Stay
    assert isinstance(game.stack.top, PauseScene)
    tap(game, Action.CANCEL)
    pause_item(game, "Quit game")
    assert isinstance(game.stack.top, ConfirmScene)
    tap(game, Action.CONFIRM)
    assert game.quit_requested


def test_a_save_naming_content_a_mod_no_longer_provides_says_what_is_missing(tmp_path):
    game, director = begin(tmp_path, "hearing")
    save_in_slot(game)
    mod = trial_mod(tmp_path, NODES.replace("hearing:", "trial_hearing:"))
    director = Director(game, seed=3, mods=(mod,))
    director.title()
    title_item(game, "Continue")
    notice = game.stack.top
    assert isinstance(notice, NoticeScene) and "missing" in notice.title
    text = " ".join(notice.messages)
    assert "dialogue node 'hearing'" in text
    assert isinstance(game.stack.scenes[0], TitleScene)  # nothing else changed
    draw(game)


class Broken(Scene):
    def update(self, inp: InputFrame) -> InputFrame | None:
        raise RuntimeError("the flux capacitor")


def test_an_unexpected_error_shows_the_error_screen_after_an_autosave(tmp_path):
    game, _ = begin(tmp_path)
    through_card(game)
    tap(game)
    game.catch_errors = True  # as the real-time loop does
    game.stack.push(Broken())
    tick(game)
    screen = game.stack.top
    assert isinstance(screen, ErrorScene)
    assert "RuntimeError: the flux capacitor" in screen.report[0]
    log = user_logs_dir() / LOG_NAME
    assert screen.log == log and "the flux capacitor" in log.read_text(encoding="utf-8")
    assert screen.saved and game.saves.info("error").ok
    draw(game)
    tick(game, 25)
    tap(game, Action.CONFIRM)  # Return to title
    assert isinstance(game.stack.top, TitleScene)


def test_without_the_error_screen_errors_are_raised(tmp_path):
    game, _ = begin(tmp_path)
    game.stack.push(Broken())
    with pytest.raises(RuntimeError):
        tick(game)


def skip_through(game: Game, ticks: int = 12) -> None:
    tick(game, ticks, Action.SKIP)


def test_text_read_in_an_earlier_playthrough_can_be_skipped(tmp_path):
    game, director = begin(tmp_path)
    game.read_text = ReadText(tmp_path / "read.json")
    through_card(game)
    skip_through(game)
    assert current_line(game).text == "One."  # never read: skip stops here
    for _ in range(4):
        tap(game)
    director.remember_read()  # (as saving, quitting or the title do)
    game2, director2 = begin(tmp_path / "second")
    game2.read_text = ReadText(tmp_path / "read.json")  # (the window keeps it from the start)
    director2.begin(StartOptions("trial"))  # a new run: it reads what was read before
    tick(game2, 2)
    through_card(game2)
    skip_through(game2, 30)
    assert not isinstance(game2.stack.top, DialogueScene)  # read before: skipped
    game3, _ = begin(tmp_path / "third")  # a replay or headless run: not consulted
    through_card(game3)
    skip_through(game3, 30)
    assert current_line(game3).text == "One."
    game4, director4 = begin(tmp_path / "fourth")  # in speedrun mode: not either
    game4.read_text = ReadText(tmp_path / "read.json")
    game4.settings.speedrun = True
    director4.begin(StartOptions("trial"))
    tick(game4, 2)
    through_card(game4)
    skip_through(game4, 30)
    assert current_line(game4).text == "One."
    game2.read_text.clear()
    assert not ReadText(tmp_path / "read.json").count()


def test_a_loaded_run_goes_on_from_the_saved_generator(tmp_path):
    game, director = begin(tmp_path)
    through_card(game)
    save_in_slot(game)
    save = game.saves.read("1")
    tick(game, 300)  # the people on the map look around: the generator moves on
    assert director.restore(save)
    assert game.state.to_data()["rng"] == save.state["rng"]


def test_a_save_says_who_is_being_played(tmp_path):
    game, _ = begin(tmp_path)
    through_card(game)
    game.state.player = "max"  # as a chapter's `player:` step switches it
    save_in_slot(game)
    assert game.saves.read("1").meta.player == "Max"
