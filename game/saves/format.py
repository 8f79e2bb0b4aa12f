"""One save as data and as a file: the layout, its checksum, its versions.

A save file is one JSON object::

    {"format": "enamel2045-save", "version": 2, "checksum": "sha256:…",
     "meta": {...}, "state": {...}, "world": {...} | null,
     "dialogue": {...} | null, "thumbnail": "<base64 PNG>" | null}

- ``meta``: what the load menu shows without loading anything (name, kind,
  campaign and its title, chapter and its title, place, map, play time in
  ticks, when it was saved, the game's version, the speedrun file time in ticks
  or null when unknown);
- ``state``: :meth:`GameState.to_data` (seed, campaign, player character,
  chapter, ticks, the random generator, where the story placed people, and the
  story: variables, evidence, lines read, nodes visited, ``once`` keys);
- ``world``: the map, where the player stands (subpixels) and faces, and where
  everyone on the map stands, faces and how long until they next look around;
- ``dialogue``: the runner's snapshot (:meth:`Runner.snapshot`) and the backlog,
  or null outside a conversation;
- ``thumbnail``: a small PNG of the screen, base64.

The checksum is a SHA-256 of the canonical JSON (sorted keys, no spaces, ASCII)
of every other key, so a file cut short, edited or damaged on disk is told
apart from a good one. :func:`decode` upgrades an older version step by step
(:data:`UPGRADES`) down to :data:`MIN_VERSION`, the oldest it can still read
(ink and Ren'Py do the same); anything it cannot use is a :class:`SaveError`
with a sentence for the player, never another exception.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from game.content.jsonread import JsonError, parse_json
from game.content.textread import MiB
from game.gamestate import GameState

FORMAT = "enamel2045-save"
#: The version this game writes.
VERSION = 2
#: The oldest version this game still reads (through :data:`UPGRADES`).
MIN_VERSION = 1
#: The largest save file read (a long game is a few hundred KiB).
MAX_BYTES = 8 * MiB
#: The largest thumbnail kept, and its largest size in pixels.
MAX_THUMBNAIL_BYTES = 256 * 1024
MAX_THUMBNAIL_SIZE = (320, 180)
#: The most backlog entries a save keeps (the newest).
MAX_BACKLOG = 1000
#: What a save was made for.
KINDS = ("manual", "chapter", "quit", "error")
FACINGS = ("down", "left", "right", "up")

_PNG = b"\x89PNG\r\n\x1a\n"


class SaveError(Exception):
    """A save that cannot be used; ``str()`` says why, for the player."""


@dataclass(frozen=True)
class SaveMeta:
    """What the load menu shows for a save."""

    name: str
    kind: str = "manual"
    campaign: str = ""
    campaign_title: str = ""
    chapter: str | None = None
    chapter_title: str = ""
    place: str = ""  # the map's title
    map: str = ""
    play_ticks: int = 0
    saved_at: float = 0.0  # seconds since the epoch (shown, and orders saves)
    game_version: str = ""
    player: str = ""  # the name of the character being played (saves before it: "")
    #: The speedrun file time: the run's counting ticks (docs/speedrun.md), carried on
    #: when the save is loaded; None when unknown (saves made before it was kept).
    file_ticks: int | None = None

    @property
    def play_time(self) -> str:
        """Play time as h:mm:ss (ticks are 1/60 s)."""
        seconds = self.play_ticks // 60
        return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"

    @property
    def file_time(self) -> str:
        """The file time as h:mm:ss.fff, or "unknown"."""
        from game.speedrun.timing import format_time

        return "unknown" if self.file_ticks is None else format_time(self.file_ticks)


@dataclass(frozen=True)
class NpcPlace:
    name: str
    x: int  # subpixels
    y: int
    facing: str
    idle: int  # ticks until they look around


@dataclass(frozen=True)
class WorldPlace:
    """Where the player is: the map, the spot (subpixels) and facing, and the people."""

    map: str
    x: int
    y: int
    facing: str
    npcs: tuple[NpcPlace, ...] = ()


@dataclass(frozen=True)
class BacklogLine:
    name: str | None
    spans: tuple[tuple[str, str], ...]
    color: tuple[int, int, int]


@dataclass(frozen=True)
class DialoguePlace:
    runner: dict[str, Any]  # Runner.snapshot()
    backlog: tuple[BacklogLine, ...] = ()


@dataclass(frozen=True)
class SaveData:
    meta: SaveMeta
    state: dict[str, Any]  # GameState.to_data()
    world: WorldPlace | None = None
    dialogue: DialoguePlace | None = None
    thumbnail: bytes | None = None
    #: Set by :func:`decode`: the version the file was written in (before upgrades).
    read_version: int = field(default=VERSION, compare=False)

    def game_state(self) -> GameState:
        """The run's state (checked by :func:`decode`, so it reads)."""
        return GameState.from_data(self.state)


# --- writing ----------------------------------------------------------------------------------
def canonical(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True,
                      allow_nan=False).encode("ascii")


def checksum(document: dict[str, Any]) -> str:
    body = {key: value for key, value in document.items() if key != "checksum"}
    return "sha256:" + hashlib.sha256(canonical(body)).hexdigest()


def to_document(save: SaveData) -> dict[str, Any]:
    """The save as the JSON object of the current version (with its checksum)."""
    meta = save.meta
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "meta": {
            "name": meta.name, "kind": meta.kind, "campaign": meta.campaign,
            "campaign_title": meta.campaign_title, "chapter": meta.chapter,
            "chapter_title": meta.chapter_title, "place": meta.place, "map": meta.map,
            "play_ticks": meta.play_ticks, "saved_at": meta.saved_at,
            "game_version": meta.game_version, "player": meta.player,
            "file_ticks": meta.file_ticks,
        },
        "state": save.state,
        "world": None if save.world is None else {
            "map": save.world.map, "x": save.world.x, "y": save.world.y,
            "facing": save.world.facing,
            "npcs": [{"name": n.name, "x": n.x, "y": n.y, "facing": n.facing, "idle": n.idle}
                     for n in save.world.npcs],
        },
        "dialogue": None if save.dialogue is None else {
            "runner": save.dialogue.runner,
            "backlog": [[line.name, [list(span) for span in line.spans], list(line.color)]
                        for line in save.dialogue.backlog[-MAX_BACKLOG:]],
        },
        "thumbnail": None if save.thumbnail is None
        else base64.b64encode(save.thumbnail).decode("ascii"),
    }
    document["checksum"] = checksum(document)
    return document


def encode(save: SaveData) -> bytes:
    """The file's bytes: compact JSON, one line, then a line break."""
    return json.dumps(to_document(save), ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False).encode("utf-8") + b"\n"


# --- reading ----------------------------------------------------------------------------------
def decode(text: str, where: str = "save") -> SaveData:
    """The save in a file's text, upgraded to this version; :class:`SaveError` if unusable."""
    try:
        document = parse_json(text, where)
    except JsonError as exc:
        if not text.strip():
            raise SaveError("the file is empty") from None
        raise SaveError(f"the file is damaged or cut short (it stops being a save at line "
                        f"{exc.line}, column {exc.col})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise SaveError("this is not an ENAMEL 2045 save file")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise SaveError("the save does not say its format version")
    if version > VERSION:
        raise SaveError(f"the save was made by a newer version of the game (format {version}; "
                        f"this game reads up to {VERSION})")
    if version < MIN_VERSION:
        raise SaveError(f"the save is too old for this game (format {version}; the oldest "
                        f"it reads is {MIN_VERSION})")
    if document.get("checksum") != checksum(document):
        raise SaveError("the file is damaged (its checksum does not match)")
    try:
        for step in range(version, VERSION):
            document = UPGRADES[step](dict(document))
        save = _from_document(document)
    except SaveError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError,
            RecursionError) as exc:
        raise SaveError(f"the save's data cannot be used ({_short(exc)})") from None
    return replace(save, read_version=version)


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."


def _from_document(document: dict[str, Any]) -> SaveData:
    meta = _meta(_object(document, "meta"))
    state = _object(document, "state")
    GameState.from_data(state)  # raises if it does not read
    world = document.get("world")
    dialogue = document.get("dialogue")
    return SaveData(meta, state,
                    None if world is None else _world(_as_object(world, "world")),
                    None if dialogue is None else _dialogue(_as_object(dialogue, "dialogue")),
                    _thumbnail(document.get("thumbnail")))


def _meta(data: dict[str, Any]) -> SaveMeta:
    chapter = data.get("chapter")
    kind = _text(data, "kind", "manual")
    saved_at = data.get("saved_at", 0.0)
    if isinstance(saved_at, bool) or not isinstance(saved_at, int | float) \
            or not math.isfinite(saved_at):
        raise SaveError("the save's time is not a number")
    return SaveMeta(
        name=_text(data, "name", ""), kind=kind if kind in KINDS else "manual",
        campaign=_text(data, "campaign", ""), campaign_title=_text(data, "campaign_title", ""),
        chapter=None if chapter is None else _text(data, "chapter", ""),
        chapter_title=_text(data, "chapter_title", ""), place=_text(data, "place", ""),
        map=_text(data, "map", ""), play_ticks=_count(data, "play_ticks"),
        saved_at=float(saved_at), game_version=_text(data, "game_version", ""),
        player=_text(data, "player", ""),
        file_ticks=None if data.get("file_ticks") is None else _count(data, "file_ticks"),
    )


def _world(data: dict[str, Any]) -> WorldPlace:
    npcs = data.get("npcs", [])
    if not isinstance(npcs, list):
        raise SaveError("the save's people are not a list")
    return WorldPlace(_text(data, "map"), _int(data, "x"), _int(data, "y"),
                      _facing(data), tuple(_npc(_as_object(n, "person")) for n in npcs))


def _npc(data: dict[str, Any]) -> NpcPlace:
    return NpcPlace(_text(data, "name"), _int(data, "x"), _int(data, "y"), _facing(data),
                    _count(data, "idle"))


def _dialogue(data: dict[str, Any]) -> DialoguePlace:
    runner = _object(data, "runner")
    from game.dialogue.runner import check_snapshot

    check_snapshot(runner)
    backlog = data.get("backlog", [])
    if not isinstance(backlog, list):
        raise SaveError("the save's backlog is not a list")
    return DialoguePlace(runner, tuple(_backlog_line(item) for item in backlog[-MAX_BACKLOG:]))


def _backlog_line(item: Any) -> BacklogLine:
    if not isinstance(item, list) or len(item) != 3:
        raise SaveError("a backlog line is not [name, spans, colour]")
    name, spans, color = item
    if name is not None and not isinstance(name, str):
        raise SaveError("a backlog line's name is not a text")
    if not isinstance(spans, list) or not all(
            isinstance(s, list) and len(s) == 2 and all(isinstance(p, str) for p in s)
            for s in spans):
        raise SaveError("a backlog line's text is not a list of [text, style]")
    if not isinstance(color, list) or len(color) != 3 or not all(
            isinstance(c, int) and not isinstance(c, bool) and 0 <= c <= 255 for c in color):
        raise SaveError("a backlog line's colour is not [r, g, b]")
    return BacklogLine(name, tuple((s[0], s[1]) for s in spans), (color[0], color[1], color[2]))


def _thumbnail(value: Any) -> bytes | None:
    """The PNG's bytes; None when missing or unusable (a save does not need one)."""
    if not isinstance(value, str) or len(value) > MAX_THUMBNAIL_BYTES * 4 // 3 + 4:
        return None
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    size = png_size(data)
    if size is None or not (0 < size[0] <= MAX_THUMBNAIL_SIZE[0]
                            and 0 < size[1] <= MAX_THUMBNAIL_SIZE[1]):
        return None
    return data


def png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG's header (checked before any decoder sees it)."""
    if len(data) < 24 or not data.startswith(_PNG) or data[12:16] != b"IHDR":
        return None
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


# --- field readers ----------------------------------------------------------------------------
def _as_object(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise SaveError(f"the save's {what} is not an object")
    return value


def _object(data: dict[str, Any], key: str) -> dict[str, Any]:
    return _as_object(data.get(key), key)


def _text(data: dict[str, Any], key: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise SaveError(f"the save's {key} is not a text")
    return value


def _int(data: dict[str, Any], key: str) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 2**31:
        raise SaveError(f"the save's {key} is not a whole number")
    return value


def _count(data: dict[str, Any], key: str) -> int:
    value = data.get(key, 0)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**53:
        raise SaveError(f"the save's {key} is not a count")
    return value


def _facing(data: dict[str, Any]) -> str:
    value = data.get("facing")
    if value not in FACINGS:
        raise SaveError(f"the save's facing is {value!r}, not one of {', '.join(FACINGS)}")
    return str(value)


# --- upgrades ---------------------------------------------------------------------------------
def _from_v1(document: dict[str, Any]) -> dict[str, Any]:
    """Version 1 (the first layout) kept the play time in seconds, the player's spot in
    ``position`` (no people) and the backlog beside the runner's snapshot."""
    meta = dict(_object(document, "meta"))
    seconds = meta.pop("seconds", 0)
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) \
            or not 0 <= seconds < 2**40:
        raise SaveError("the save's play time is not a number of seconds")
    meta["play_ticks"] = int(seconds * 60)
    position = document.pop("position", None)
    world = None
    if position is not None:
        position = _as_object(position, "position")
        world = {"map": position.get("map"), "x": position.get("x"), "y": position.get("y"),
                 "facing": position.get("facing"), "npcs": []}
    runner = document.pop("dialogue", None)
    backlog = document.pop("backlog", [])
    dialogue = None if runner is None else {"runner": runner, "backlog": backlog}
    document.update(meta=meta, world=world, dialogue=dialogue, version=2)
    document.setdefault("thumbnail", None)
    return document


#: Upgrades by the version they read: each returns the next version's document.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _from_v1}
