"""F5 on the title and its Mods screen: a modder fixes a skipped mod while the game runs,
presses F5, and the title's notice, the Mods screen and a passing notice say what the
mods do now. Pressed as the window's loop reads it (an F5 key event)."""

from __future__ import annotations

import pygame

from game.app import App
from game.menus.mods_screen import KEPT, SKIPPED, ModsScene
from game.menus.title import TitleScene
from tests.menus.support import choose, press_f5, shown, title_game
from tests.menus.test_mods_screen import BROKEN, write_mod


def test_f5_on_the_title_checks_the_mods_again(tmp_path):
    root = write_mod("broken_test", {"dialogue/rejuvenation/extra.yaml": BROKEN})
    game, _ = title_game()
    app = App(game)
    app.open()
    title = game.stack.top
    assert isinstance(title, TitleScene) and title.skipped_mods == 1
    assert "1 mod was skipped for errors: see Mods" in shown(app)
    choose(game, "Mods")
    screen = game.stack.top
    assert isinstance(screen, ModsScene) and screen.report.mods[0].status == SKIPPED

    (root / "dialogue/rejuvenation/extra.yaml").write_text(
        "ch_extra:\n  - elena_rahmani: Hello.\n")
    press_f5(app)
    assert game.stack.top is screen and screen.report.mods[0].status == KEPT
    drawn = shown(app)
    assert "mods checked again: 1 found, 0 skipped" in drawn
    assert "rejuvenation: kept" in drawn
    press_f5(app)  # (again: nothing changed, nothing breaks)
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_ESCAPE, mod=0,
                                         unicode="", scancode=0))
    app.step()
    assert game.stack.top is title and title.skipped_mods == 0
    assert "skipped for errors" not in shown(app)


def test_f5_on_the_title_without_mods_says_so(tmp_path):
    game, _ = title_game()
    app = App(game)
    app.open()
    press_f5(app)
    assert isinstance(game.stack.top, TitleScene)
    assert "no mods to check" in shown(app)


def test_a_mod_skipped_for_its_metadata_shows_who_it_is_why_and_where(tmp_path):
    root = write_mod("needy_test", {"dialogue/rejuvenation/hello.yaml":
                                    "needy_hello:\n  - elena_rahmani: Hi.\n"})
    (root / "mod.yaml").write_text(
        'id: needy_test\nname: Needy\nversion: "2"\nrequires: [absent_mod]\n')
    game, _ = title_game()
    title = game.stack.top
    assert isinstance(title, TitleScene) and title.skipped_mods == 1
    choose(game, "Mods")
    [entry] = game.stack.top.report.mods
    assert (entry.id, entry.name, entry.status) == ("needy_test", "Needy", SKIPPED)
    assert "absent_mod" in entry.not_loaded
    assert any(error.startswith("mod.yaml:4:") and "absent_mod" in error
               for error in entry.errors), entry.errors
    app = App(game)
    app.open()
    drawn = shown(app)
    assert "Skipped for every campaign" in drawn and "mod.yaml:4:" in drawn
