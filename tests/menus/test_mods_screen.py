"""The title's Mods entry and its notice: a mod skipped for its errors is listed with
each error at its place (file:line:col), a kept mod with what it adds; the title says
when mods were skipped. Mods here sit in the player's mods folder, as a player's do."""

from __future__ import annotations

from pathlib import Path

from game.engine.input import Action, InputFrame
from game.menus.mods_screen import KEPT, SKIPPED, UNREADABLE, ModsScene
from game.menus.title import TitleScene
from game.paths import user_mods_dir
from tests.menus.support import choose, draw, tap, title_game


def write_mod(name: str, files: dict[str, str], priority: int = 0) -> Path:
    root = user_mods_dir() / name
    root.mkdir(parents=True)
    (root / "mod.yaml").write_text(f'id: {name}\nname: Test {name}\nversion: "1"\n'
                                   f"priority: {priority}\n")
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


BROKEN = "ch_extra:\n  - elena_rahmani: Hello.\n  - goto: no_such_node\n"
GOOD = "good_hello:\n  - elena_rahmani: A new line.\n"


def test_a_skipped_mod_is_noticed_on_the_title_and_listed_with_its_error_place(tmp_path):
    write_mod("broken_test", {"dialogue/rejuvenation/extra.yaml": BROKEN})
    write_mod("good_test", {"dialogue/rejuvenation/hello.yaml": GOOD}, priority=2)
    game, _ = title_game()
    title = game.stack.top
    assert isinstance(title, TitleScene) and title.skipped_mods == 1
    assert "1 mod was skipped for errors: see Mods" in draw(game).drawn()
    labels = [item.label for item in title.menu.items]
    assert labels.index("Mods") == labels.index("Quit") - 1

    choose(game, "Mods")
    screen = game.stack.top
    assert isinstance(screen, ModsScene)
    broken, good = screen.report.mods
    assert (broken.id, broken.status, good.id, good.status) == (
        "broken_test", SKIPPED, "good_test", KEPT)
    [status] = [s for s in broken.campaigns if s.campaign == "rejuvenation"]
    assert not status.kept
    assert any(error.startswith("dialogue/rejuvenation/extra.yaml:3:") and "no_such_node"
               in error for error in status.errors), status.errors
    drawn = draw(game).drawn()
    assert "dialogue/rejuvenation/extra.yaml:3:" in drawn and "rejuvenation: skipped" in drawn

    tap(game, Action.DOWN)  # the kept mod: what it adds
    drawn = draw(game).drawn()
    assert "rejuvenation: kept" in drawn and "good_hello" in drawn
    tap(game, Action.CANCEL)
    assert game.stack.top is title


def test_a_mod_whose_manifest_cannot_be_read_is_listed_with_why(tmp_path):
    root = user_mods_dir() / "unreadable_test"
    root.mkdir(parents=True)
    (root / "mod.yaml").write_text("id: [oops\n")
    game, _ = title_game()
    assert game.stack.top.skipped_mods == 1
    choose(game, "Mods")
    [entry] = game.stack.top.report.mods
    assert entry.status == UNREADABLE and "mod.yaml:2" in entry.unreadable


def test_a_mod_skipped_for_its_mod_yaml_also_lists_the_errors_in_its_files(tmp_path):
    root = write_mod("badid_test", {"dialogue/rejuvenation/extra.yaml": BROKEN})
    text = (root / "mod.yaml").read_text().replace("id: badid_test", "id: bad id")
    (root / "mod.yaml").write_text(text)
    game, _ = title_game()
    choose(game, "Mods")
    [entry] = game.stack.top.report.mods
    assert entry.status == SKIPPED
    places = [error.split(": ")[0] for error in entry.errors]
    assert "mod.yaml:1:5" in places  # the id
    assert any(p.startswith("dialogue/rejuvenation/extra.yaml:3") for p in places)  # the goto


def test_without_mods_the_title_says_nothing_and_the_screen_says_none(tmp_path):
    game, _ = title_game()
    assert game.stack.top.skipped_mods == 0
    assert "skipped" not in draw(game).drawn()
    choose(game, "Mods")
    assert "No mods found." in draw(game).drawn()
    game.tick(InputFrame(Action.MENU, Action.MENU))
    assert isinstance(game.stack.top, TitleScene)
