"""The Controls screen, reached from the title's Settings: rebinding a key changes what
the game does with it, and the next start of the game keeps it; a key another action
has is refused (said on screen), moved on a second press; essential actions keep a
key; reset; the mouse and the pad column."""

from __future__ import annotations

from game.director import StartOptions
from game.engine.input import DEFAULT_PAD_BINDINGS, PAD, Action, Bindings, InputMapper
from game.menus.controls import LISTEN_TICKS, ControlsScene
from game.menus.pause import PauseScene
from game.menus.saveload import ConfirmScene
from game.menus.settings_menu import SettingsScene
from game.settings import Settings
from game.world.scene import OverworldScene
from tests.menus.support import choose, draw, press_key, tap, tick, title_game, to_row


def open_controls(game) -> ControlsScene:
    choose(game, "Settings")
    assert isinstance(game.stack.top, SettingsScene)
    to_row(game, "Controls")
    tap(game, Action.CONFIRM)
    scene = game.stack.top
    assert isinstance(scene, ControlsScene)
    return scene


def leave_to_title(game) -> None:
    tap(game, Action.CANCEL)  # controls -> settings
    tap(game, Action.CANCEL)  # settings -> title


def on_the_map(game, director) -> InputMapper:
    """Play on a map, with the input mapper the window uses (following the settings)."""
    director.begin(StartOptions("rejuvenation", map="clinic"))
    assert isinstance(game.stack.top, OverworldScene)
    return InputMapper(bindings=game.settings.controls)


def key(game, mapper: InputMapper, name: str) -> None:
    mapper.key(name, True)
    game.tick(mapper.sample())
    mapper.key(name, False)
    game.tick(mapper.sample())


def test_a_rebound_key_does_its_new_action_and_survives_a_restart(tmp_path):
    game, director = title_game()
    mapper = on_the_map(game, director)
    key(game, mapper, "p")
    assert not isinstance(game.stack.top, PauseScene)  # P does nothing at first
    director.title()
    tick(game)
    controls = open_controls(game)
    to_row(game, "Pause menu")
    tap(game, Action.CONFIRM)  # listen
    assert controls.listening == ("keys", Action.MENU)
    press_key(game, "p")
    assert controls.listening is None and "P now does Pause menu" in controls.status
    assert "p" in game.settings.controls.bound("keys", Action.MENU)
    leave_to_title(game)
    assert Settings.path().is_file()  # leaving saved it

    # the next start of the game: settings read from the data folder
    settings, problem = Settings.load()
    assert problem is None
    assert settings.controls.bound("keys", Action.MENU) == ["escape", "p"]
    game, director = title_game(settings)
    mapper = on_the_map(game, director)
    key(game, mapper, "p")
    assert isinstance(game.stack.top, PauseScene)


def test_the_mapper_follows_a_change_made_while_it_runs():
    bindings = Bindings.defaults()
    mapper = InputMapper(bindings=bindings)
    bindings.press("keys", Action.LOG, "h")
    mapper.key("h", True)
    assert mapper.sample().hit(Action.LOG)


def test_a_key_another_action_has_is_refused_then_moved_by_pressing_it_again(tmp_path):
    game, _ = title_game()
    controls = open_controls(game)
    to_row(game, "Run")
    tap(game, Action.CONFIRM)
    press_key(game, "z")  # Z is Confirm's, and the map reads both Confirm and Run
    shown = draw(game).drawn()
    assert "Refused" in controls.status and "Confirm" in controls.status
    assert controls.status in shown  # the reason is on screen
    assert "z" in game.settings.controls.bound("keys", Action.CONFIRM)
    assert "z" not in game.settings.controls.bound("keys", Action.RUN)
    assert controls.listening is not None  # still listening: the same key again moves it
    press_key(game, "z")
    assert controls.status.startswith("Moved") and controls.status in draw(game).drawn()
    assert "z" in game.settings.controls.bound("keys", Action.RUN)
    assert "z" not in game.settings.controls.bound("keys", Action.CONFIRM)
    assert game.settings.controls.key_map()["z"] == Action.RUN


def test_keys_meant_to_share_are_not_a_conflict(tmp_path):
    game, _ = title_game()
    open_controls(game)
    to_row(game, "Debugger: overlays")  # the debugger never reads fast-forward (Tab)
    tap(game, Action.CONFIRM)
    press_key(game, "tab")
    assert game.settings.controls.key_map()["tab"] == Action.SKIP | Action.OVERLAY


def test_an_essential_action_keeps_its_last_pad_button(tmp_path):
    game, _ = title_game()
    controls = open_controls(game)
    to_row(game, "Confirm / talk")
    tap(game, Action.RIGHT)  # the pad column
    tap(game, Action.CONFIRM)
    assert controls.listening == (PAD, Action.CONFIRM)
    press_key(game, "a", "pad")  # its only button: pressing it would take it off
    assert game.settings.controls.bound(PAD, Action.CONFIRM) == ["a"]
    assert "last button" in controls.status and controls.status in draw(game).drawn()
    tap(game, Action.CONFIRM)
    press_key(game, "y", "pad")  # Y is History's: a conversation reads both
    assert "Refused" in controls.status and "History" in controls.status
    press_key(game, "y", "pad")  # again: moved, and History keeps nothing on the pad
    assert game.settings.controls.bound(PAD, Action.CONFIRM) == ["a", "y"]
    assert game.settings.controls.bound(PAD, Action.LOG) == []


def test_a_pad_button_clash_is_refused_on_the_pad_column(tmp_path):
    game, _ = title_game()
    controls = open_controls(game)
    to_row(game, "Run")
    tap(game, Action.RIGHT)
    tap(game, Action.CONFIRM)
    press_key(game, "b", "pad")  # Back's button: the debugger reads Back and Run
    assert "Refused" in controls.status and "Back" in controls.status
    assert game.settings.controls.pad_map()["b"] == DEFAULT_PAD_BINDINGS["b"]


def test_reset_to_defaults_asks_then_puts_every_key_back(tmp_path):
    game, _ = title_game()
    open_controls(game)
    to_row(game, "History")
    tap(game, Action.CONFIRM)
    press_key(game, "h")
    assert game.settings.controls != Bindings.defaults()
    to_row(game, "Reset to defaults")
    tap(game, Action.CONFIRM)
    assert isinstance(game.stack.top, ConfirmScene)
    tap(game, Action.CONFIRM)
    assert game.settings.controls == Bindings.defaults()


def test_listening_gives_up_after_five_seconds_and_on_a_click(tmp_path):
    game, _ = title_game()
    controls = open_controls(game)
    tap(game, Action.CONFIRM)
    tick(game, LISTEN_TICKS + 1)
    assert controls.listening is None and controls.status == "Nothing changed."
    tap(game, Action.CONFIRM)
    from game.engine.input import InputFrame

    game.tick(InputFrame(pointer=(5, 5), click=True))
    assert controls.listening is None
    assert game.settings.controls == Bindings.defaults()


def test_the_mouse_picks_a_cell_and_a_click_listens(tmp_path):
    from game.engine.input import InputFrame
    from game.menus.controls import KEYS_X, PAD_X, PANEL, ROW_HEIGHT, TOP

    game, _ = title_game()
    controls = open_controls(game)
    x, y = PANEL[0], PANEL[1]
    row = 9  # History
    pad_cell = (int(x + PAD_X + 10), int(y + TOP + row * ROW_HEIGHT + 5))
    game.tick(InputFrame(pointer=pad_cell, click=True))
    assert controls.listening == (PAD, Action.LOG)
    press_key(game, "rightshoulder", "pad")
    keys_cell = (int(x + KEYS_X + 10), pad_cell[1])
    game.tick(InputFrame(pointer=keys_cell))
    assert controls.column == 0
    assert "rightshoulder" in game.settings.controls.bound(PAD, Action.LOG)


def test_the_settings_and_controls_screens_work_by_mouse_and_wheel(tmp_path):
    from game.engine.input import InputFrame

    game, _ = title_game()
    choose(game, "Settings")
    settings = game.stack.top
    assert isinstance(settings, SettingsScene)
    index = next(i for i, row in enumerate(settings.rows) if row.label == "Controls")
    x, y, _, _ = settings.panel()
    from game.menus.settings_menu import ROW_HEIGHT, TOP

    spot = (int(x + 20), int(y + TOP + index * ROW_HEIGHT + 4))
    game.tick(InputFrame(pointer=spot))
    assert settings.index == index
    game.tick(InputFrame(pointer=spot, click=True))
    controls = game.stack.top
    assert isinstance(controls, ControlsScene)
    game.tick(InputFrame(wheel=-3))
    assert controls.scroll == 3
    tap(game, Action.CANCEL)
    game.tick(InputFrame(wheel=-1))
    assert settings.index == index + 1


def test_a_gamepad_alone_reaches_the_controls_and_binds_a_button(tmp_path):
    """Only pad buttons, through the input mapper: the title, Settings, Controls, the pad
    column, a new button for History; B leaves."""
    game, _ = title_game()
    mapper = InputMapper(bindings=game.settings.controls)

    def button(name: str) -> None:
        mapper.pad_button(name, True)
        game.tick(mapper.sample())
        mapper.pad_button(name, False)
        game.tick(mapper.sample())

    title = game.stack.top
    while title.menu.current.label != "Settings":
        button("dpdown")
    button("a")
    settings = game.stack.top
    assert isinstance(settings, SettingsScene)
    while settings.index >= len(settings.rows) or \
            settings.rows[settings.index].label != "Controls":
        button("dpup")  # (up from the top: Back, then the rows from the bottom)
    button("a")
    controls = game.stack.top
    assert isinstance(controls, ControlsScene)
    while controls.rows[controls.index] != Action.SLOWER:
        button("dpdown")
    button("dpright")
    button("a")
    assert controls.listening == (PAD, Action.SLOWER)
    button("leftshoulder")  # LB: Previous tab, Rollback and Rewind; Slower shares it in
    assert "Refused" in controls.status  # the debugger, where Rewind is read
    button("back")  # Back: Auto-advance and Overlays; the debugger reads Overlays
    button("back")  # again: moved
    assert game.settings.controls.pad_map()["back"] == Action.AUTO | Action.SLOWER
    button("b")
    button("b")
    assert game.stack.top is title
