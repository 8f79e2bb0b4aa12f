"""Mods for the content-layer tests (tests/content_layer/): small rooms on the game's
own tilesets, hostile references of every kind, and a recorder of every file the game
opens."""

from __future__ import annotations

import builtins
import functools
import io
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pygame
import pytest

from game import paths
from game.dialogue.library import load_campaign
from game.dialogue.model import Campaign
from game.dialogue.playtest import Playthrough, play, read_script
from game.story.state import StoryState
from tests.support.dialogue import write

GAME = paths.ROOT

#: A floor tile of the game's practice tileset (local id 0, firstgid 1 below).
FLOOR = 1


def make_mod(folder: Path, mod_id: str, files: dict[str, str] | None = None,
             campaign: str | None = "rejuvenation", priority: int = 0) -> Path:
    extra = f"campaign: {campaign}\n" if campaign else ""
    return write(folder / mod_id, {
        "mod.yaml": f"id: {mod_id}\nname: Mod {mod_id}\nversion: '1.0'\n"
                    f"priority: {priority}\n{extra}",
        **(files or {})})


def room(tileset: str = "../assets/tilesets/practice.tsx", *, objects: str = "",
         width: int = 6, height: int = 5, doctype: str = "", entry: str = "entry") -> str:
    """A map: ``width`` x ``height`` floor tiles of ``tileset`` (a ``source=`` written as
    in the map file), an entry spawn in the middle, and ``objects``."""
    rows = ",\n".join(",".join([str(FLOOR)] * width) for _ in range(height))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
{doctype}<map version="1.10" tiledversion="1.10.2" orientation="orthogonal" \
renderorder="right-down" width="{width}" height="{height}" tilewidth="16" tileheight="16" \
infinite="0" nextlayerid="3" nextobjectid="9">
 <properties>
  <property name="entry" value="{entry}"/>
  <property name="title" value="Test Room"/>
 </properties>
 <tileset firstgid="1" source="{tileset}"/>
 <layer id="1" name="ground" width="{width}" height="{height}">
  <data encoding="csv">
{rows}
</data>
 </layer>
 <objectgroup id="2" name="entities">
  <object id="1" name="entry" type="spawn" x="40" y="44">
   <properties>
    <property name="facing" value="down"/>
   </properties>
   <point/>
  </object>
{objects}
 </objectgroup>
</map>
"""


def npc(name: str, character: str, x: int = 56, y: int = 28, *,
        dialogue: str = "", campaign: str = "rejuvenation") -> str:
    talk = f'    <property name="dialogue" value="{dialogue}"/>\n' if dialogue else ""
    return f"""  <object id="7" name="{name}" type="npc" x="{x}" y="{y}">
   <properties>
    <property name="campaign" value="{campaign}"/>
    <property name="character" value="{character}"/>
{talk}    <property name="facing" value="down"/>
   </properties>
   <point/>
  </object>"""


def tileset(image: str, *, doctype: str = "") -> str:
    """A 4-tile tileset whose image ``source=`` is ``image``."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
{doctype}<tileset version="1.10" tiledversion="1.10.2" name="mine" tilewidth="16" \
tileheight="16" tilecount="4" columns="4">
 <image source="{image}" width="64" height="16"/>
</tileset>
"""


def save_png(path: Path, size: tuple[int, int], color: tuple[int, int, int]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    surface = pygame.Surface(size, pygame.SRCALPHA)
    surface.fill((*color, 255))
    for x in range(0, size[0], 3):  # a pattern, so a copy is told from a plain fill
        surface.set_at((x, x % size[1]), (255 - color[0], 17, 99, 255))
    pygame.image.save(surface, str(path))
    return path


def outside_files(tmp: Path) -> Path:
    """A folder outside every pack with files a hostile mod would like the game to read."""
    outside = tmp / "outside"
    write(outside, {"secret.tsx": tileset("secret.png"), "maps/secret.tmx": room(
        "../secret.tsx")})
    save_png(outside / "secret.png", (64, 16), (200, 0, 0))
    save_png(outside / "secret_sheet.png", (48, 96), (200, 0, 0))
    shutil.copy(GAME / "maps" / "practice.tmx", outside / "maps" / "practice.tmx")
    return outside


class Reads:
    """Every file opened through Python, pygame images, sounds and fonts, as real paths."""

    def __init__(self) -> None:
        self.paths: list[Path] = []

    def note(self, target: object) -> None:
        if isinstance(target, (str, os.PathLike)):
            self.paths.append(Path(os.fspath(target)).resolve())

    def under(self, folder: Path) -> list[Path]:
        folder = folder.resolve()
        return [p for p in self.paths if p == folder or folder in p.parents]


@contextmanager
def recording(monkeypatch: pytest.MonkeyPatch) -> Iterator[Reads]:
    reads = Reads()
    real_open, real_image, real_sound, real_font = (
        io.open, pygame.image.load, pygame.mixer.Sound, pygame.font.Font)

    def opening(file, *args, **kwargs):
        reads.note(file)
        return real_open(file, *args, **kwargs)

    def image(file, *args, **kwargs):
        reads.note(file)
        return real_image(file, *args, **kwargs)

    def sound(*args, **kwargs):
        reads.note(args[0] if args else kwargs.get("file"))
        return real_sound(*args, **kwargs)

    def font(*args, **kwargs):
        reads.note(args[0] if args else None)
        return real_font(*args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(io, "open", opening)
        patch.setattr(builtins, "open", opening)
        patch.setattr(pygame.image, "load", image)
        patch.setattr(pygame.mixer, "Sound", sound)
        patch.setattr(pygame.font, "Font", font)
        yield reads


@functools.cache
def shipped_campaign(campaign_id: str) -> Campaign:
    """A campaign of the game as it ships (no mods), loaded once per test run."""
    loaded, diagnostics = load_campaign(campaign_id, user_mods=False)
    assert loaded is not None, [d.format() for d in diagnostics]
    return loaded


@functools.cache
def scripted_play(campaign_id: str, script_path: Path) -> tuple[Playthrough, StoryState]:
    """A playtest script (``game.dialogue.playtest``) played on the shipped campaign from a
    fresh story: what it played and the story it left (played once per test run)."""
    diagnostics: list = []
    script = read_script(script_path, diagnostics)
    assert script is not None, [d.format() for d in diagnostics]
    story = StoryState()
    return play(shipped_campaign(campaign_id), script, story=story), story
