"""The layers: pure logic imports without pygame; only the view side may need it.

Every module of ``game/`` that is not listed in ``VIEW_SIDE`` is pure logic (story
state, dialogue runner, conditions, simulation, timers, collision, maps as data,
settings, the command-line tools) and must import with pygame unavailable, so
replays, saves, verification and lint run on any machine. A new module is pure
unless it is added here, with a reason (docs/architecture.md lists the layers).
"""

from __future__ import annotations

from pathlib import Path

from tests.support.without import run_without

ROOT = Path(__file__).resolve().parents[1]

#: Modules that draw, play sound, read devices or wire scenes together.
VIEW_SIDE = frozenset({
    "game.__main__", "game.app", "game.services", "game.director",
    "game.engine.audio", "game.engine.devices", "game.engine.fade", "game.engine.images",
    "game.engine.screen", "game.engine.text",
    "game.dialogue.scene", "game.dialogue.view",
    "game.dialogue.typewriter",  # pages text by the fonts' measurements
    "game.menus.notice", "game.menus.pause", "game.menus.settings_menu", "game.menus.title",
    "game.menus.saveload",  # the save and load menus, and the screen's thumbnail
    "game.menus.errorscreen",  # the error screen
    "game.menus.controls",  # the Controls screen (rebinding keys and pad buttons)
    "game.menus.mods_screen",  # the Mods screen (what `game mods` reports)
    "game.nanobots.debugger", "game.nanobots.render", "game.nanobots.view_cards",
    "game.nanobots.view_hud", "game.nanobots.view_inspector", "game.nanobots.view_program",
    "game.nanobots.widgets",
    "game.ui.menu", "game.ui.portraits",
    "game.world.scene", "game.world.view",
    "game.world.tiled",  # pytmx's reading of a map, for drawing it
    "game.world.preload",  # reads and draws maps in the background
})


def modules() -> list[str]:
    found = []
    for path in sorted((ROOT / "game").rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found.append(".".join(parts))
    return found


def test_the_view_list_names_existing_modules():
    assert set(modules()) >= VIEW_SIDE


def test_pure_modules_import_without_pygame():
    pure = [name for name in modules() if name not in VIEW_SIDE]
    # Any attempt to import pygame counts, even one a library catches and survives.
    code = (
        "import importlib\n"
        "failed = []\n"
        f"for name in {pure!r}:\n"
        "    before = len(attempts)\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except ImportError as exc:\n"
        "        failed.append(f'{name}: {exc}')\n"
        "    if len(attempts) > before:\n"
        "        failed.append(f'{name}: tried to import {attempts[before]}')\n"
        "print('\\n'.join(failed))\n"
    )
    out = run_without(("pygame",), code)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", "pure modules that need pygame:\n" + out.stdout
    assert len(pure) > 50
