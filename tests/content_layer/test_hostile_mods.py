"""Every kind of reference that leads outside a mod is refused: lint reports it at its
file, line and column and skips the mod; the game never opens what it points at, whether
the mod comes through New Game (skipped) or is handed to the map library directly."""

from __future__ import annotations

import os
from pathlib import Path

import pygame
import pytest

from game.cli import main
from game.content.resolver import ContentError, Resolver
from game.director import Director, StartOptions
from game.engine.images import ImageCache
from game.engine.screen import Screen
from game.gamestate import GameState
from game.services import Game
from game.world.maps import MapError, MapLibrary
from game.world.view import CharacterSprites
from tests.support.content import (
    GAME,
    make_mod,
    npc,
    outside_files,
    recording,
    room,
    tileset,
    write,
)


def place(text: str, marker: str) -> tuple[int, int]:
    """Line and column (1-based) of ``marker`` in ``text``."""
    for number, line in enumerate(text.splitlines(), 1):
        if marker in line:
            return number, line.index(marker) + 1
    raise AssertionError(f"{marker!r} not in the text")


def lint_mod(mod: Path):
    from game.dialogue.lint import lint

    return lint([mod], root=GAME, user_mods=False, campaigns=["rejuvenation"])


def errors_in(diagnostics, path: Path):
    return [d for d in diagnostics if d.is_error and Path(d.path) == path]


def skipped(diagnostics, mod_id: str) -> bool:
    return any(not d.is_error and f"mod '{mod_id}' is skipped" in d.message for d in diagnostics)


# --- the hostile mods ------------------------------------------------------------------------

def tileset_dotdot(tmp: Path, outside: Path) -> tuple[Path, Path, str]:
    text = room("../../../outside/secret.tsx")  # from mods/dotdot/maps/ to outside/
    mod = make_mod(tmp / "mods", "dotdot", {"maps/evil.tmx": text})
    return mod, mod / "maps" / "evil.tmx", "<tileset"


def tileset_absolute(tmp: Path, outside: Path) -> tuple[Path, Path, str]:
    text = room(str(outside / "secret.tsx"))
    mod = make_mod(tmp / "mods", "absolute", {"maps/evil.tmx": text})
    return mod, mod / "maps" / "evil.tmx", "<tileset"


def image_outside(tmp: Path, outside: Path) -> tuple[Path, Path, str]:
    mod = make_mod(tmp / "mods", "image", {
        "maps/evil.tmx": room("../assets/tilesets/mine.tsx"),
        "assets/tilesets/mine.tsx": tileset("../../../../outside/secret.png")})
    return mod, mod / "assets" / "tilesets" / "mine.tsx", "<image"


def linked_tileset(tmp: Path, outside: Path) -> tuple[Path, Path, str]:
    mod = make_mod(tmp / "mods", "linked", {"maps/evil.tmx": room("../assets/tilesets/t.tsx")})
    (mod / "assets" / "tilesets").mkdir(parents=True)
    os.symlink(outside / "secret.tsx", mod / "assets" / "tilesets" / "t.tsx")
    return mod, mod / "maps" / "evil.tmx", "<tileset"


def doctype_map(tmp: Path, outside: Path) -> tuple[Path, Path, str]:
    doctype = (f'<!DOCTYPE map [<!ENTITY secret SYSTEM "file://{outside}/secret.tsx">]>\n')
    mod = make_mod(tmp / "mods", "doctype", {"maps/evil.tmx": room(doctype=doctype)})
    return mod, mod / "maps" / "evil.tmx", "<!DOCTYPE"


def doctype_tileset(tmp: Path, outside: Path) -> tuple[Path, Path, str]:
    doctype = '<!DOCTYPE t [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>\n'
    mod = make_mod(tmp / "mods", "laughs", {
        "maps/evil.tmx": room("../assets/tilesets/mine.tsx"),
        "assets/tilesets/mine.tsx": tileset("mine.png", doctype=doctype)})
    return mod, mod / "assets" / "tilesets" / "mine.tsx", "<!DOCTYPE"


HOSTILE = [tileset_dotdot, tileset_absolute, image_outside, doctype_map, doctype_tileset]
if hasattr(os, "symlink"):
    HOSTILE.append(linked_tileset)


@pytest.fixture
def outside(tmp_path):
    return outside_files(tmp_path)


@pytest.mark.parametrize("hostile", HOSTILE, ids=lambda f: f.__name__)
def test_lint_refuses_it_where_it_is_written_and_reads_nothing_outside(
        hostile, tmp_path, outside, monkeypatch):
    mod, culprit, marker = hostile(tmp_path, outside)
    with recording(monkeypatch) as reads:
        diagnostics = lint_mod(mod)
    found = errors_in(diagnostics, culprit)
    assert found, [d.format() for d in diagnostics]
    text = culprit.read_text(encoding="utf-8")
    assert (found[0].line, found[0].col) == place(text, marker)
    assert skipped(diagnostics, mod.name)
    assert reads.under(outside) == []


@pytest.mark.parametrize("hostile", HOSTILE, ids=lambda f: f.__name__)
def test_the_map_library_refuses_it_with_its_place_and_reads_nothing_outside(
        hostile, tmp_path, outside, monkeypatch):
    """Even handed a hostile mod directly (no lint to skip it), the game's map loading
    refuses, naming the file and line; nothing outside the packs is opened."""
    mod, culprit, marker = hostile(tmp_path, outside)
    library = MapLibrary(Resolver.with_mods([(mod.name, mod)]))
    with recording(monkeypatch) as reads, pytest.raises(MapError) as caught:
        library.get("evil")
    line, col = place(culprit.read_text(encoding="utf-8"), marker)
    first = caught.value.diagnostics[0]
    assert (Path(first.path), first.line, first.col) == (culprit, line, col)
    assert reads.under(outside) == []


@pytest.mark.parametrize("hostile", HOSTILE, ids=lambda f: f.__name__)
def test_new_game_with_it_plays_the_game_without_the_mod(hostile, tmp_path, outside,
                                                          monkeypatch):
    mod, _, _ = hostile(tmp_path, outside)
    pygame.display.init()
    screen = Screen(pygame.display.set_mode((480, 270)))
    game = Game(GameState(seed=3))
    director = Director(game, seed=3, mods=[mod])
    with recording(monkeypatch) as deciding:
        director.begin(StartOptions("rejuvenation"))  # lint reads the mod, and skips it
    with recording(monkeypatch) as playing:
        assert "evil" not in game.maps.sources
        assert [p.id for p in game.content.packs] == ["base"]
        with pytest.raises(MapError):
            game.maps.get("evil")
        assert director.overworld is not None
        screen.images = game.images
        director.overworld.draw(screen, 1.0)
    assert deciding.under(outside) == [] and playing.under(outside) == []
    assert playing.under(mod) == []
    assert playing.under(GAME / "assets" / "tilesets")  # the map was really drawn


@pytest.mark.parametrize("hostile", HOSTILE[:2], ids=lambda f: f.__name__)
def test_the_command_line_refuses_a_map_of_a_skipped_mod(hostile, tmp_path, outside, capsys):
    mod, _, _ = hostile(tmp_path, outside)
    assert main(["--headless", "--ticks", "2", "--mod", str(mod), "--map", "evil"]) == 2
    assert "evil" in capsys.readouterr().err


# --- NPC characters ----------------------------------------------------------------------------

def test_an_npc_character_that_is_a_path_is_an_error_at_its_property(tmp_path, outside,
                                                                     monkeypatch):
    text = room(objects=npc("sneak", "../../../../../outside/secret_sheet"))
    mod = make_mod(tmp_path / "mods", "sneaky", {"maps/evil.tmx": text})
    with recording(monkeypatch) as reads:
        diagnostics = lint_mod(mod)
    found = errors_in(diagnostics, mod / "maps" / "evil.tmx")
    assert [d.line for d in found] == [place(text, 'name="character"')[0]]
    assert skipped(diagnostics, "sneaky")
    assert reads.under(outside) == []


def test_the_game_draws_a_stand_in_for_a_character_that_is_a_path(tmp_path, outside,
                                                                   monkeypatch):
    pygame.display.init()
    images = ImageCache(Resolver.with_mods([("sneaky", tmp_path / "mods" / "sneaky")]))
    sprites = CharacterSprites(images)
    with recording(monkeypatch) as reads:
        for character in ("../../../../../outside/secret_sheet", str(outside / "secret_sheet"),
                          "..", "C:secret_sheet"):
            frames = sprites.frames(character)
            assert frames and frames[0][0].get_size() == (16, 24)
    assert reads.under(outside) == []
    assert len(sprites.missing) == 4


# --- links -----------------------------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_a_linked_map_or_sheet_leading_out_of_the_mod_is_refused(tmp_path, outside,
                                                                  monkeypatch):
    mod = make_mod(tmp_path / "mods", "links", {})
    (mod / "maps").mkdir()
    os.symlink(outside / "maps" / "practice.tmx", mod / "maps" / "practice.tmx")
    sheets = mod / "assets" / "sprites" / "characters"
    sheets.mkdir(parents=True)
    os.symlink(outside / "secret_sheet.png", sheets / "rosa.png")
    with recording(monkeypatch) as reads:
        diagnostics = lint_mod(mod)
    assert errors_in(diagnostics, mod / "maps" / "practice.tmx")
    assert errors_in(diagnostics, sheets / "rosa.png")
    assert skipped(diagnostics, "links")
    # the game, handed the mod anyway, uses neither
    content = Resolver.with_mods([("links", mod)])
    library = MapLibrary(content)
    with recording(monkeypatch) as more:
        assert Path(library.sources["practice"].path).parent == GAME / "maps"
        library.get("practice")
        images = ImageCache(content)
        CharacterSprites(images).frames("rosa")
    assert reads.under(outside) == [] and more.under(outside) == []


def test_a_mod_root_given_by_a_link_still_keeps_its_files_inside(tmp_path, outside):
    real = make_mod(tmp_path / "real", "real", {"maps/room.tmx": room()})
    if not hasattr(os, "symlink"):
        pytest.skip("needs symlinks")
    os.symlink(real, tmp_path / "alias")
    diagnostics = lint_mod(tmp_path / "alias")
    assert not [d.format() for d in diagnostics if d.is_error]
    write(real, {"maps/room.tmx": room("../../../outside/secret.tsx")})
    assert errors_in(lint_mod(tmp_path / "alias"), real / "maps" / "room.tmx")


def test_a_replaced_tileset_of_the_game_is_checked_through_the_games_maps(
        tmp_path, outside, monkeypatch):
    """A mod that only brings ``assets/tilesets/practice.tsx`` changes the game's practice
    map: lint reads that map again with it, and refuses the image it points at."""
    text = tileset("../../../../outside/secret.png")
    mod = make_mod(tmp_path / "mods", "retile", {"assets/tilesets/practice.tsx": text})
    culprit = mod / "assets" / "tilesets" / "practice.tsx"
    with recording(monkeypatch) as reads:
        diagnostics = lint_mod(mod)
        with pytest.raises(MapError) as caught:
            MapLibrary(Resolver.with_mods([("retile", mod)])).get("practice")
    assert [(d.line, d.col) for d in errors_in(diagnostics, culprit)][:1] == \
        [place(text, "<image")]
    assert skipped(diagnostics, "retile")
    assert Path(caught.value.diagnostics[0].path) == culprit
    assert reads.under(outside) == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_any_link_out_of_a_mods_content_folders_skips_the_mod(tmp_path, outside,
                                                              monkeypatch):
    """A font, a sound or a UI image nothing names in content yet is still refused by
    lint, and the game (handed the mod anyway) refuses it instead of reading it."""
    mod = make_mod(tmp_path / "mods", "fonts", {})
    fonts = mod / "assets" / "fonts"
    fonts.mkdir(parents=True)
    os.symlink(outside / "secret.png", fonts / "Inter-Regular.otf")
    diagnostics = lint_mod(mod)
    assert errors_in(diagnostics, fonts / "Inter-Regular.otf")
    assert skipped(diagnostics, "fonts")
    content = Resolver.with_mods([("fonts", mod)])
    with recording(monkeypatch) as reads, pytest.raises(ContentError):
        content.path("assets/fonts/Inter-Regular.otf")
    assert reads.under(outside) == []
