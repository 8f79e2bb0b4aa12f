"""Mods replace the game's files by path, through the game's own loading: maps copied
from the game, the game's tilesets used by a mod's map, a character's sprite sheet, a
sound, a tileset image. A mod skipped for its errors contributes nothing at all."""

from __future__ import annotations

import shutil
import struct
import wave
from pathlib import Path

import numpy as np
import pygame
import pytest

from game.dialogue.view import DialogueLook
from game.director import Director, StartError, StartOptions
from game.engine.screen import Screen
from game.gamestate import GameState
from game.services import Game
from tests.support.content import (
    GAME,
    make_mod,
    npc,
    recording,
    room,
    save_png,
)


def lint_errors(mod: Path) -> list[str]:
    return [d.format() for d in lint_mod(mod) if d.is_error]


def lint_mod(mod: Path):
    from game.dialogue.lint import lint

    return lint([mod], root=GAME, user_mods=False, campaigns=["rejuvenation"])


def start(mods: list[Path], **options) -> tuple[Game, Director, Screen]:
    pygame.display.init()
    screen = Screen(pygame.display.set_mode((480, 270)))
    game = Game(GameState(seed=5))
    director = Director(game, seed=5, mods=mods)
    director.begin(StartOptions("rejuvenation", **options))
    screen.images = game.images
    return game, director, screen


def pixels(surface: pygame.Surface) -> bytes:
    return pygame.image.tobytes(surface, "RGBA")


def with_npc(map_text: str, extra: str) -> str:
    """A copy of a shipped map's text with one more object on its entities layer."""
    head, tail = map_text.rsplit(" </objectgroup>", 1)
    return head + extra.replace('id="7"', 'id="900"') + "\n </objectgroup>" + tail


def test_a_shipped_map_copied_into_a_mod_passes_lint_and_plays(tmp_path, monkeypatch):
    # what docs/modding.md suggests to place an NPC: copy the map, add the object
    text = with_npc((GAME / "maps" / "practice.tmx").read_text(encoding="utf-8"),
                    npc("visitor", "patient_2", x=232, y=156, dialogue="practice_rosa"))
    mod = make_mod(tmp_path / "mods", "visitor", {"maps/practice.tmx": text})
    assert lint_errors(mod) == []
    _game, director, screen = start([mod])
    world = director.overworld.world
    assert Path(world.world.path) == mod / "maps" / "practice.tmx"
    assert "visitor" in [actor.name for actor in world.npcs]
    with recording(monkeypatch) as reads:
        director.overworld.draw(screen, 1.0)
    assert reads.under(GAME / "assets" / "tilesets")  # the game's tilesets, found by path
    assert director.overworld.view.below.get_at((232, 150)) != (10, 12, 22, 255)


def test_a_mod_map_uses_the_games_tilesets_wherever_the_mod_folder_is(tmp_path):
    far = tmp_path / "somewhere" / "deep" / "else"
    mod = make_mod(far, "lunch", {"maps/lunch.tmx": room()})
    assert lint_errors(mod) == []
    _game, director, screen = start([mod], map="lunch")
    world = director.overworld.world.world
    assert world.name == "lunch" and world.origin == "lunch"
    image, _, _ = world.tile_source(1)
    assert image == GAME / "assets" / "tilesets" / "practice.png"
    director.overworld.draw(screen, 1.0)
    assert not world.solid[40, 40]  # the game's floor tile, walkable


def test_a_mod_replaces_a_characters_sprite_sheet(tmp_path):
    mod = make_mod(tmp_path / "mods", "new_rosa", {})
    sheet = save_png(mod / "assets" / "sprites" / "characters" / "rosa.png", (48, 96),
                     (10, 200, 30))
    _game, director, screen = start([mod])
    director.overworld.draw(screen, 1.0)
    rosa = next(a for a in director.overworld.world.npcs if a.character == "rosa")
    drawn = director.overworld.sprites.frame(rosa)
    expected = pygame.image.load(str(sheet)).subsurface(drawn.get_offset(), drawn.get_size())
    assert pixels(drawn) == pixels(expected)


def _wav(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(22050)
        out.writeframes(b"".join(struct.pack("<h", (i * 37) % 2000) for i in range(2205)))
    return path


def test_a_mod_replaces_a_sound(tmp_path, monkeypatch):
    mod = make_mod(tmp_path / "mods", "chime", {})
    cue = _wav(mod / "assets" / "sounds" / "door_chime.wav")
    game, _director, _ = start([mod])
    assert game.audio.cue_path("door_chime") == cue
    assert game.audio.cue_path("../../door_chime") is None  # an id, never a path
    try:
        pygame.mixer.init()
    except pygame.error:
        pytest.skip("no audio device, not even SDL's dummy one")
    with recording(monkeypatch) as reads:
        game.audio.play("door_chime")
    assert reads.under(cue) == [cue.resolve()]


def test_a_mod_replaces_a_tileset_image_used_by_the_games_maps(tmp_path):
    mod = make_mod(tmp_path / "mods", "repaint", {})
    shutil.copy(GAME / "assets" / "tilesets" / "practice.png", tmp_path / "orig.png")
    image = pygame.image.load(str(tmp_path / "orig.png"))
    save_png(mod / "assets" / "tilesets" / "practice.png", image.get_size(), (250, 0, 250))
    assert lint_errors(mod) == []
    _game, director, screen = start([mod])
    world = director.overworld.world.world
    floor = next(gid for row in world.layers[0].gids for gid in row if gid)
    assert world.tile_source(floor)[0] == mod / "assets" / "tilesets" / "practice.png"
    director.overworld.draw(screen, 1.0)


def test_a_mod_replaces_a_tileset_by_its_path(tmp_path):
    """A .tsx at the game's path replaces the game's for the game's maps too: here it
    makes every practice floor tile solid."""
    text = (GAME / "assets" / "tilesets" / "practice.tsx").read_text(encoding="utf-8")
    text = text.replace('<property name="name" value="floor_wood"/>',
                        '<property name="name" value="floor_wood"/>\n'
                        '   <property name="solid" type="bool" value="true"/>')
    mod = make_mod(tmp_path / "mods", "sticky", {"assets/tilesets/practice.tsx": text})
    shutil.copy(GAME / "assets" / "tilesets" / "practice.png",
                mod / "assets" / "tilesets" / "practice.png")
    _game, director, _ = start([mod], map="practice", spawn="entry")
    world = director.overworld.world.world
    used = {t.rel: t.tileset.path for t in world.tilesets}
    assert used["assets/tilesets/practice.tsx"] == str(mod / "assets/tilesets/practice.tsx")
    _base_game, base_director, _ = start([])
    assert world.solid.sum() > base_director.overworld.world.world.solid.sum()


def test_a_skipped_mod_contributes_nothing(tmp_path, monkeypatch):
    practice = (GAME / "maps" / "practice.tmx").read_text(encoding="utf-8")
    mod = make_mod(tmp_path / "mods", "broken", {
        "dialogue/rejuvenation/oops.yaml": "oops:\n  - nobody_at_all: Hello?\n",
        "maps/practice.tmx": with_npc(practice, npc("ghost", "rosa", x=232, y=156)),
        "maps/extra.tmx": room(),
        "levels/efficiency_first.yaml": "id: efficiency_first\n",
    })
    save_png(mod / "assets" / "portraits" / "rosa.png", (256, 64), (0, 255, 0))
    save_png(mod / "assets" / "sprites" / "characters" / "rosa.png", (48, 96), (0, 255, 0))
    save_png(mod / "assets" / "ui" / "panel.png", (24, 24), (0, 255, 0))
    game, director, screen = start([mod])
    assert [skipped.id for skipped, _ in director.library.skipped["rejuvenation"]] == ["broken"]
    with recording(monkeypatch) as reads:
        assert "extra" not in game.maps.sources
        assert Path(game.maps.sources["practice"].path) == GAME / "maps" / "practice.tmx"
        assert "ghost" not in [a.name for a in director.overworld.world.npcs]
        catalog = director.campaign.catalog
        assert Path(catalog.levels["efficiency_first"]).parent == GAME / "levels"
        look = DialogueLook(game.images, director.campaign)
        assert look.portraits.get("rosa") is not None
        director.overworld.draw(screen, 1.0)
        screen.frame((10, 10, 100, 40))
        game.audio.play("door_chime")
    assert reads.under(mod) == []
    assert reads.under(GAME / "assets" / "portraits" / "rosa.png")


def test_lint_checks_a_mod_map_as_fully_as_a_shipped_one(tmp_path):
    objects = "\n".join([
        npc("nobody", "patient_1", dialogue="no_such_node"),
        """  <object id="8" name="door" type="warp" x="0" y="64" width="16" height="16">
   <properties>
    <property name="target_map" value="no_such_map"/>
   </properties>
  </object>""",
    ])
    text = room(objects=objects)
    # a spawn out in the void: nobody can stand there
    text = text.replace('name="entry" type="spawn" x="40" y="44"',
                        'name="entry" type="spawn" x="400" y="400"')
    mod = make_mod(tmp_path / "mods", "sloppy", {"maps/sloppy.tmx": text})
    placed = {d.line for d in lint_mod(mod)
              if d.is_error and Path(d.path) == mod / "maps" / "sloppy.tmx"}
    lines = text.splitlines()

    def line_of(marker: str) -> int:
        return next(i for i, line in enumerate(lines, 1) if marker in line)

    assert line_of('value="no_such_node"') in placed
    assert line_of('value="no_such_map"') in placed
    assert line_of('name="entry" type="spawn"') in placed


@pytest.mark.parametrize("broken", ["missing_tileset", "missing_image", "tile_past_end"])
def test_lint_checks_a_mod_maps_tilesets(tmp_path, broken):
    files = {"maps/m.tmx": room("../assets/tilesets/mine.tsx"),
             "assets/tilesets/mine.tsx": (
                 '<?xml version="1.0" encoding="UTF-8"?>\n<tileset name="mine" tilewidth="16" '
                 'tileheight="16" tilecount="4" columns="4">\n <image source="mine.png" '
                 'width="64" height="16"/>\n</tileset>\n')}
    if broken == "missing_tileset":
        del files["assets/tilesets/mine.tsx"]
    if broken == "tile_past_end":
        files["maps/m.tmx"] = files["maps/m.tmx"].replace(",1,", ",9,", 1)
    mod = make_mod(tmp_path / "mods", "tiles", files)
    if broken != "missing_image":
        save_png(mod / "assets" / "tilesets" / "mine.png", (64, 16), (90, 90, 90))
    culprit = mod / ("assets/tilesets/mine.tsx" if broken == "missing_image" else "maps/m.tmx")
    assert [d for d in lint_mod(mod) if d.is_error and Path(d.path) == culprit]


def test_every_shipped_map_reads_the_same_through_the_one_reader():
    """Lint's catalog and the game's map library give the same maps (one model)."""
    from game.content.resolver import Resolver
    from game.dialogue.catalog import Catalog
    from game.world.maps import MapLibrary

    content = Resolver.base_game()
    catalog, library = Catalog.scan(content), MapLibrary(content)
    assert sorted(catalog.maps) == library.names()
    for name in library.names():
        linted, played = catalog.maps[name], library.get(name)
        assert type(linted) is type(played)
        assert [(o.kind, o.name, o.props) for o in linted.objects] == \
            [(o.kind, o.name, o.props) for o in played.objects]
        assert np.array_equal(linted.solid, played.solid)


def _levels_only_mod(tmp_path: Path, level_text: str) -> Path:
    shipped = (GAME / "levels" / "efficiency_first.yaml").read_text(encoding="utf-8")
    return make_mod(tmp_path / "mods", "tweaks", {
        "levels/efficiency_first.yaml": shipped,
        "levels/extra_hard.yaml": level_text,
    })


def test_a_broken_level_file_skips_its_mod(tmp_path):
    mod = _levels_only_mod(tmp_path, "id: extra_hard\nwidth: [\n")
    diagnostics = lint_mod(mod)
    broken = mod / "levels" / "extra_hard.yaml"
    assert any(d.is_error and Path(d.path) == broken for d in diagnostics)
    _game, director, _ = start([mod])
    assert [skipped.id for skipped, _ in director.library.skipped["rejuvenation"]] == ["tweaks"]
    level = director.campaign.catalog.levels["efficiency_first"]
    assert Path(level).parent == GAME / "levels"


def _opened_levels(monkeypatch) -> list[Path]:
    import game.nanobots.debugger as debugger

    opened: list[Path] = []
    real = debugger.load_level

    def load(path):
        opened.append(Path(path))
        return real(path)

    monkeypatch.setattr(debugger, "load_level", load)
    return opened


def test_the_level_option_uses_no_level_of_a_skipped_mod(tmp_path, monkeypatch):
    mod = _levels_only_mod(tmp_path, "id: extra_hard\nwidth: [\n")
    opened = _opened_levels(monkeypatch)
    pygame.display.init()
    director = Director(Game(GameState(seed=5)), seed=5, mods=[mod])
    director.level_only("efficiency_first")
    assert opened == [GAME / "levels" / "efficiency_first.yaml"]
    with pytest.raises(StartError):
        director.level_only("extra_hard")


def test_the_level_option_uses_a_kept_mods_level(tmp_path, monkeypatch):
    good = (GAME / "levels" / "efficiency_first.yaml").read_text(encoding="utf-8")
    mod = _levels_only_mod(tmp_path, good.replace("id: efficiency_first", "id: extra_hard"))
    assert [d.format() for d in lint_mod(mod) if d.is_error] == []
    opened = _opened_levels(monkeypatch)
    pygame.display.init()
    director = Director(Game(GameState(seed=5)), seed=5, mods=[mod])
    director.level_only("extra_hard")
    director.level_only("efficiency_first")
    assert opened == [mod / "levels" / "extra_hard.yaml", mod / "levels" / "efficiency_first.yaml"]
