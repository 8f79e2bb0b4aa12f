"""F5 from every scene, through the real input path: a key event read by the app's
devices (or the input script the headless game runs), the scene stack handling the
reload once whatever is on top. A writer edits a line's file, presses F5 and sees the
line on screen with its new text at once; the result shows as a notice."""

from __future__ import annotations

from pathlib import Path

from game.app import App
from game.cli import stream_frames
from game.dialogue import events as ev
from game.dialogue.scene import DialogueScene
from game.director import Director
from game.engine.input import Action, script_ranges
from game.menus.notice import NoticeScene
from game.menus.pause import PauseScene
from game.nanobots.debugger import DebuggerScene
from game.world.scene import OverworldScene
from tests.dialogue.stage import start, tap, tick
from tests.menus.support import press_f5, shown

NODES = """\
opening:
  - max: The old words of the first line.
  - max: The second line.
hearing:
  - give: logs
  - debate:
      claims:
        - judge: The bots are safe, said the old judge.
          present:
            logs:
              - elena: Not according to their logs.
  - elena: Done.
talk_max:
  - max: Hi.
choosing:
  - max: Pick one.
  - choice:
      - Nod politely
      - Shrug at the old option
  - max: Chosen.
"""


def main_file(tmp_path: Path) -> Path:
    return tmp_path / "trial_mod" / "dialogue" / "trial" / "main.yaml"


def edit(tmp_path: Path, old: str, new: str) -> None:
    path = main_file(tmp_path)
    path.write_text(path.read_text().replace(old, new))


def app_for(game) -> App:  # type: ignore[no-untyped-def]
    app = App(game)
    app.open()
    return app


def test_f5_during_a_conversation_shows_the_current_line_with_its_new_text(tmp_path):
    game, director = start(tmp_path, NODES, node="opening")
    app = app_for(game)
    tick(game, 90)  # the line typed out
    dialogue = game.stack.top
    assert isinstance(dialogue, DialogueScene)
    assert "old words" in shown(app)
    edit(tmp_path, "The old words of the first line.", "Brand new words, freshly saved.")
    press_f5(app)
    assert game.stack.top is dialogue  # no error: no box over it
    current = dialogue.runner.current
    assert isinstance(current, ev.Line) and current.text == "Brand new words, freshly saved."
    drawn = shown(app)
    assert "Brand new words, freshly saved." in drawn  # the whole line, at once
    assert "old words" not in drawn
    assert "dialogue reloaded: 0 error(s)" in drawn  # the notice over the scenes
    assert director.campaign is dialogue.runner.campaign  # the director has the new one
    tap(game)  # and the conversation goes on in the new content
    assert dialogue.runner.current.text == "The second line."  # type: ignore[union-attr]


def test_f5_with_a_broken_file_keeps_the_line_and_lists_the_errors(tmp_path):
    game, _ = start(tmp_path, NODES, node="opening")
    app = app_for(game)
    tick(game, 5)
    dialogue = game.stack.top
    main_file(tmp_path).write_text("opening:\n  - max: [unclosed\n")
    press_f5(app)
    notice = game.stack.top
    assert isinstance(notice, NoticeScene)
    assert any("main.yaml:3:1: error: YAML syntax" in line for line in notice.messages)
    assert "error(s)" in notice.messages[0] and not notice.messages[0].startswith("dialogue "
                                                                                  "reloaded: 0")
    main_file(tmp_path).write_text(NODES)
    press_f5(app)  # fixed: the old box goes, the line stays
    assert game.stack.top is dialogue


def test_f5_from_the_pause_menu_over_a_conversation(tmp_path):
    game, _ = start(tmp_path, NODES, node="opening")
    tick(game, 5)
    dialogue = game.stack.top
    tap(game, Action.MENU)
    assert isinstance(game.stack.top, PauseScene)
    edit(tmp_path, "The old words of the first line.", "Paused, then edited.")
    tap(game, Action.RELOAD)
    assert isinstance(game.stack.top, PauseScene)  # the menu stays open
    assert dialogue.runner.current.text == "Paused, then edited."  # type: ignore[union-attr]


def test_f5_during_a_debate_shows_the_claim_with_its_new_text(tmp_path):
    game, _ = start(tmp_path, NODES, node="hearing")
    app = app_for(game)
    tick(game, 5)
    dialogue = game.stack.top
    assert isinstance(dialogue, DialogueScene) and isinstance(dialogue.runner.current, ev.Debate)
    edit(tmp_path, "The bots are safe, said the old judge.",
         "The bots are harmless, says the judge.")
    press_f5(app)
    assert game.stack.top is dialogue
    assert dialogue.runner.current.text == "The bots are harmless, says the judge."  # type: ignore[union-attr]
    drawn = shown(app)
    assert "harmless" in drawn and "old judge" not in drawn


def test_f5_on_the_map_from_the_headless_input_script(tmp_path):
    game, director = start(tmp_path, NODES, node="opening")
    while game.stack.find(DialogueScene) is not None:  # read the opening to its end
        tap(game)
    assert isinstance(game.stack.top, OverworldScene)
    edit(tmp_path, "- max: Hi.", "- max: Hello from the edited file.")
    app = app_for(game)
    app.run_frames(stream_frames(script_ranges("3:reload"), 10))  # --input "3:reload"
    assert isinstance(game.stack.top, OverworldScene)
    steps = director.campaign.nodes["talk_max"].steps  # type: ignore[union-attr]
    assert "Hello from the edited file." in repr(steps)
    assert "dialogue reloaded" in shown(app)


def test_f5_in_the_debugger_reloads_a_changed_level_file(tmp_path):
    game, director = start(tmp_path, NODES, node="opening")
    level = Path(__file__).resolve().parents[2] / "levels" / "efficiency_first.yaml"
    mine = tmp_path / "levels" / "efficiency_first.yaml"
    mine.parent.mkdir()
    mine.write_text(level.read_text())
    scene = DebuggerScene(game, "efficiency_first", path=mine)
    game.stack.push(scene)
    tick(game, 3)
    before = scene.level.goal.time_limit
    tap(game, Action.RELOAD)  # unchanged: nothing starts again
    assert scene.level.goal.time_limit == before
    lines = [f"  time_limit: {before + 7:g}" if line.strip().startswith("time_limit:")
             else line for line in mine.read_text().splitlines()]
    mine.write_text("\n".join(lines) + "\n")
    tap(game, Action.RELOAD)
    assert game.stack.top is scene and scene.level.goal.time_limit == before + 7
    mine.write_text("goal: [broken\n")
    tap(game, Action.RELOAD)
    notice = game.stack.top
    assert isinstance(notice, NoticeScene) and "NOT reloaded" in notice.messages[0]
    assert scene.level.goal.time_limit == before + 7  # the level on screen stays
    assert isinstance(director, Director)


def test_the_controls_screen_takes_f5_as_a_key_to_bind(tmp_path):
    from game.menus.controls import ControlsScene

    game, _ = start(tmp_path, NODES, node="opening")
    tick(game, 5)
    controls = ControlsScene(game)
    game.stack.push(controls)
    controls.listening = ("keys", Action.LOG)
    dialogue = game.stack.find(DialogueScene)
    before = dialogue.runner.campaign  # type: ignore[union-attr]
    tap(game, Action.RELOAD)
    assert dialogue.runner.campaign is before  # type: ignore[union-attr]
    assert game.stack.top is controls


def test_f5_on_a_choice_shows_the_options_as_they_now_read(tmp_path):
    game, _ = start(tmp_path, NODES, node="choosing")
    tap(game, after=60)  # the line, then the choice
    tap(game)
    dialogue = game.stack.top
    assert isinstance(dialogue, DialogueScene) and isinstance(dialogue.runner.current, ev.Choice)
    tap(game, Action.DOWN)
    edit(tmp_path, "Shrug at the old option", "Shrug, newly written")
    tap(game, Action.RELOAD)
    assert game.stack.top is dialogue
    assert dialogue._menu is not None and dialogue._menu.index == 1  # the cursor stays
    assert [item.label for item in dialogue._menu.items] == ["Nod politely",
                                                             "Shrug, newly written"]
    tap(game, Action.CONFIRM)
    assert dialogue.runner.current.text == "Chosen."  # type: ignore[union-attr]
