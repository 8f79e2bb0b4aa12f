"""The speedrun file time (the whole campaign's counting ticks) is kept in each save,
goes on from it when the save is loaded through the menus, and the load menu shows
it per slot; a save made before it was kept loads with the time unknown."""

from __future__ import annotations

import json
from dataclasses import replace

from game.engine.input import Action
from game.engine.screen import Screen
from game.menus.saveload import ConfirmScene, SaveLoadScene
from game.saves.format import SaveError, checksum, decode, encode
from tests.dialogue.stage import tap, tick
from tests.saves.support import sample_save
from tests.saves.test_save_flow import begin, draw, pause_item, save_in_slot, through_card


def file_time(game) -> int | None:
    return game.speedrun.file_time(game)


def load_slot_one(game) -> None:
    pause_item(game, "Load")
    menu = game.stack.top
    assert isinstance(menu, SaveLoadScene) and menu.mode == "load"
    while menu.current.slot != "1":
        tap(game, Action.DOWN)
    tap(game, Action.CONFIRM)
    if isinstance(game.stack.top, ConfirmScene):  # unsaved progress: asked first
        tap(game, Action.CONFIRM)
    tick(game, 45)


def shown_in_load_menu(game, monkeypatch) -> list[str]:
    """The texts the load menu draws with slot 1 chosen."""
    pause_item(game, "Load")
    menu = game.stack.top
    assert isinstance(menu, SaveLoadScene)
    while menu.current.slot != "1":
        tap(game, Action.DOWN)
    drawn: list[str] = []
    original = Screen.text

    def spy(self, text, *args, **kwargs):
        drawn.append(str(text))
        return original(self, text, *args, **kwargs)

    monkeypatch.setattr(Screen, "text", spy)
    draw(game)
    monkeypatch.setattr(Screen, "text", original)
    tap(game, Action.CANCEL)
    tap(game, Action.CANCEL)
    return drawn


def test_save_then_load_and_the_file_time_goes_on_from_the_save(tmp_path, monkeypatch):
    game, _ = begin(tmp_path)
    through_card(game)
    tick(game, 100)
    before_save = file_time(game)
    assert before_save is not None and before_save > 100
    save_in_slot(game)  # the pause menu is up while saving: it does not count
    saved = game.saves.read("1").meta.file_ticks
    assert saved is not None and saved == before_save + 1  # (the menu key's own tick)
    assert f"File time {game.saves.read('1').meta.file_time}" in \
        shown_in_load_menu(game, monkeypatch)
    tick(game, 500)  # play on: file time grows past the save's
    assert file_time(game) > saved + 500
    load_slot_one(game)
    after = file_time(game)
    assert after is not None and saved < after < saved + 100  # back to the save's, going on
    tick(game, 60)
    assert file_time(game) == after + 60
    assert game.speedrun.practice  # a loaded run is never a personal best
    save_in_slot(game)  # and a save of the loaded run carries the time on again
    assert game.saves.read("1").meta.file_ticks == after + 60 + 1


def test_a_save_made_before_file_time_loads_with_the_time_unknown(tmp_path, monkeypatch):
    game, _ = begin(tmp_path)
    through_card(game)
    save_in_slot(game)
    path = game.saves.path("1")
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["meta"]["file_ticks"]  # as the game wrote saves before it kept the time
    document["checksum"] = checksum(document)
    path.write_text(json.dumps(document), encoding="utf-8")
    assert game.saves.read("1").meta.file_ticks is None
    assert "File time unknown" in shown_in_load_menu(game, monkeypatch)
    load_slot_one(game)
    assert file_time(game) is None
    tick(game, 30)
    assert file_time(game) is None and game.speedrun.timer.file_ticks >= 30
    save_in_slot(game)
    assert game.saves.read("1").meta.file_ticks is None  # still unknown, not made up


def test_file_time_round_trips_and_a_bad_one_is_a_save_error():
    meta = sample_save().meta
    save = replace(sample_save(), meta=replace(meta, file_ticks=4321))
    assert decode(encode(save).decode()).meta.file_ticks == 4321
    assert decode(encode(save).decode()).meta.file_time == "0:01:12.016"
    document = json.loads(encode(save))
    document["meta"]["file_ticks"] = -5
    document["checksum"] = checksum(document)
    try:
        decode(json.dumps(document))
    except SaveError as exc:
        assert "file_ticks" in str(exc)
    else:
        raise AssertionError("a negative file time was accepted")
