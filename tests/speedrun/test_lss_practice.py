"""LiveSplit .lss export; practice through the game's menus: the Practice menu, the
quick reset, save-states that mark a run as practice; records of a finished run."""

from __future__ import annotations

import pygame
import pytest

from game.engine.input import EMPTY, Action, InputFrame
from game.speedrun.lss import export_lss, lss_text, read_lss
from game.speedrun.records import Records, RecordStore
from game.speedrun.replay import read_replay
from tests.speedrun.test_replay import SHOWDOWN


def test_a_category_s_splits_and_pb_export_as_lss_and_read_back(tmp_path):
    records = Records("rejuvenation", "showdown", ("Provocation", "Panel 1", "Finale"))
    records.add([218, 322, 537], finished=True)
    records.add([210, 330, None], finished=False)
    path = export_lss(records, "Showdown%", tmp_path / "showdown.lss")
    run = read_lss(path.read_text(encoding="utf-8"))
    assert (run.game, run.category, run.attempts) == ("ENAMEL 2045", "Showdown%", 2)
    assert [(s.name, s.pb, s.best) for s in run.segments] == [
        ("Provocation", 218, 210), ("Panel 1", 322, 104), ("Finale", 537, 215)]
    assert "<GameTime>00:00:08.9500000</GameTime>" in lss_text(records, "Showdown%")


@pytest.fixture
def director():
    from game.director import Director
    from game.gamestate import GameState
    from game.services import Game
    from game.settings import Settings
    from game.speedrun.session import Speedrun

    pygame.display.init()
    pygame.display.set_mode((480, 270))
    game = Game(GameState(seed=2045), Settings(text_speed="instant"))
    game.speedrun = Speedrun(store=None)
    return Director(game, seed=2045)


def _press(director, action: Action, ticks: int = 1) -> None:
    from game.speedrun.play import tick

    tick(director.game, InputFrame(action, action))
    for _ in range(ticks - 1):
        tick(director.game, EMPTY)


def test_the_practice_menu_starts_showdown_and_every_chapter(director):
    from game.speedrun.menu import PracticeScene, open_practice

    director.title()
    open_practice(director)
    scene = director.game.stack.top
    assert isinstance(scene, PracticeScene)
    labels = [e.label for e in scene.entries]
    assert "Showdown% (Rejuvenation)" in labels
    assert "Rejuvenation 5: The Conference Showdown" in labels
    assert sum(1 for e in scene.entries if e.category.startswith("chapter:")) >= 6
    # choose Showdown% with the keys, as a player does
    want = labels.index("Showdown% (Rejuvenation)")
    for _ in range(want):
        _press(director, Action.DOWN, 2)
    _press(director, Action.CONFIRM, 40)
    speedrun = director.game.speedrun
    assert speedrun.category is not None and speedrun.category.id == "showdown"
    assert not speedrun.practice and director.game.state.chapter == "showdown"


def _run_into_the_hall(director, ticks: int = 400) -> None:
    """Confirm through the chapter card and the opening lines, then walk a little."""
    from game.speedrun.play import tick

    for t in range(ticks):
        held = Action.CONFIRM if t % 2 == 0 and t < 300 else Action.UP if t >= 300 else 0
        tick(director.game, InputFrame(Action(held), Action(held) if t < 300 else
                                       Action(held) if t == 300 else Action.NONE))


def test_showdown_time_starts_when_the_player_can_move_in_the_hall(director):
    from game.speedrun.play import start_category

    start_category(director, "rejuvenation", "showdown")
    _run_into_the_hall(director, 300)
    timer = director.game.speedrun.timer
    assert timer is not None and timer.started_at is not None
    top = director.game.stack.top
    assert getattr(top, "world", None) is not None  # on the map
    assert timer.ticks == director.game.state.ticks - timer.started_at + 1
    assert timer.file_ticks > timer.ticks  # the card and the lines before it count in file time


def test_quick_reset_goes_back_to_the_category_start(director):
    from game.speedrun.play import quick_reset, start_category, tick

    start_category(director, "rejuvenation", "showdown")
    _run_into_the_hall(director)
    first = director.game.state
    assert quick_reset(director)
    for _ in range(30):
        tick(director.game, EMPTY)
    assert director.game.state is not first and director.game.state.ticks < 20
    assert director.game.speedrun.category.id == "showdown"


def test_a_save_state_loads_to_the_same_state_and_marks_the_run_practice(director):
    from game.speedrun import checksum as cs
    from game.speedrun.play import load_state, start_category

    start_category(director, "rejuvenation", "showdown")
    _run_into_the_hall(director)
    speedrun = director.game.speedrun
    assert not speedrun.practice
    saved = speedrun.save_state(director.game)
    assert saved is not None and speedrun.practice  # saving marks it practice
    before = cs.checksum(director.game)
    _run_into_the_hall(director, 100)  # play on, then go back
    load_state(director, saved)
    assert director.game.state.ticks == saved.run_tick
    assert cs.checksum(director.game).split(".")[:5] == before.split(".")[:5]
    assert director.game.speedrun.practice
    assert director.game.speedrun.recording.header.practice


def test_a_finished_run_keeps_records_and_its_replay_in_the_data_folder(tmp_path):
    from game.speedrun.play import verify  # noqa: F401  (imports the view side)
    from game.speedrun.session import Speedrun

    replay = read_replay(SHOWDOWN)
    store = RecordStore(tmp_path)
    speedrun = Speedrun(store=store)
    assert replay.result.category_ticks is not None
    # a run ends: the timer as the verifier leaves it, kept as the game keeps it
    from game.speedrun import play

    game, director = play._headless_game(replay, ())
    game.speedrun = speedrun
    play.start_category(director, "rejuvenation", "showdown")
    play.wait_for_start(game)
    for frame in replay.frames:
        play.tick(game, frame)
    speedrun.flush()
    records = store.load("rejuvenation", "showdown", speedrun.category.segments)
    assert records.pb_time == replay.result.category_ticks and records.finished == 1
    assert records.sum_of_best == records.pb_time
    assert (store.folder("rejuvenation") / "showdown-pb.enamelreplay").exists()
    again = read_replay(store.folder("rejuvenation") / "showdown-last.enamelreplay")
    assert again.result.final_hash == replay.result.final_hash
    assert "New personal best" in speedrun.messages


def test_a_replay_plays_in_a_window_with_the_timer(tmp_path):
    from game.speedrun.play import play

    shot = tmp_path / "replay.png"
    verdict = play(read_replay(SHOWDOWN), speed=1000, max_frames=40, screenshot=shot)
    assert verdict.ticks > 0 and shot.stat().st_size > 1000


def test_bad_livesplit_flags_get_one_line_and_exit_2(capsys):
    from game.cli import main

    assert main(["--headless", "--ticks", "1", "--livesplit", "host:99999"]) == 2
    assert "--livesplit: not a port" in capsys.readouterr().err


def test_practice_keys_reset_save_and_load(director):
    from game.speedrun import checksum as cs
    from game.speedrun.play import practice_key, start_category, tick

    game = director.game
    assert not practice_key(game, "f8")  # no run: nothing to reset
    start_category(director, "rejuvenation", "showdown")
    _run_into_the_hall(director)
    assert practice_key(game, "f6") and game.speedrun.practice
    saved = cs.checksum(game).split(".")[:5]
    _run_into_the_hall(director, 50)
    assert practice_key(game, "f7")
    assert cs.checksum(game).split(".")[:5] == saved
    assert practice_key(game, "f8")
    for _ in range(30):
        tick(game, EMPTY)
    assert game.state.ticks < 20


def test_reloading_content_in_a_timed_run_marks_it_practice(director):
    """F5 (or the writers' preview) reads the content again mid-run: the run can no
    longer be a record of the content it started with."""
    from game.speedrun.play import start_category

    start_category(director, "rejuvenation", "showdown")
    _run_into_the_hall(director)
    speedrun = director.game.speedrun
    assert not speedrun.practice
    _press(director, Action.RELOAD, 2)
    assert speedrun.practice and speedrun.recording.header.practice
