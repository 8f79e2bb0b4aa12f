"""Replay files (``.enamelreplay``): what a run was played against, and its input.

A replay is JSON: a header (the game and logic version, a hash of the content in use
per pack — the game's and each mod's —, the campaign and category, the seed, the
settings that change what a tick does, the versions of the libraries the logic
uses), the input of every tick run-length encoded, a checksum of the state every
second of game time (:mod:`game.speedrun.checksum`) and the result the recorder saw.

Input is a string of runs separated by spaces: ``HELD.PRESSED`` (plus
``.X.Y.CLICK.WHEEL`` when the pointer was used), with ``N*`` in front when the same
frame repeats N times. This module is pure; :mod:`game.speedrun.play` runs replays.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from game.content.jsonread import JsonError, read_json
from game.content.textread import MiB
from game.engine.input import InputFrame
from game.speedrun.records import atomic_write

FORMAT = "enamel2045-replay"
FORMAT_VERSION = 1
#: Bump when a change to the game makes the same input play differently (a tick's
#: logic, the text's pagination, a scene's timing): replays of the old logic are
#: refused with a clear message instead of failing at some tick.
LOGIC_VERSION = 1
SUFFIX = ".enamelreplay"
CHECKPOINT_EVERY = 60
MAX_BYTES = 64 * MiB
#: Settings that change what a tick does (the rest only change how it looks).
LOGIC_SETTINGS = ("text_speed", "auto_speed", "skip_unseen")
#: Libraries whose versions the logic depends on (fonts measure text with pygame).
DEPENDENCIES = ("pygame-ce", "numpy", "PyYAML", "pytmx")
IGNORED_SUFFIXES = frozenset({".png", ".jpg", ".ogg", ".wav", ".mp3", ".flac", ".md"})


class ReplayError(Exception):
    """A replay file that cannot be read; the message says where and why."""


@dataclass
class Header:
    game_version: str
    logic_version: int
    campaign: str
    category: str
    practice: bool
    seed: int
    settings: dict[str, Any]
    content: dict[str, dict[str, str]]  # pack id -> part (dialogue, maps...) -> hash
    content_hash: str  # hash of all packs, in order
    dependencies: dict[str, str]
    first_tick: int = 1  # the run tick of the first recorded input
    checkpoint_every: int = CHECKPOINT_EVERY
    #: Lines read in earlier playthroughs when the run began: fast-forward skips them,
    #: so verifying plays with the same memory (empty in speedrun mode).
    read_before: list[str] = field(default_factory=list)


@dataclass
class Result:
    ticks: int = 0  # run ticks recorded
    finished: bool = False
    category_ticks: int | None = None
    file_ticks: int = 0
    splits: list[tuple[str, int | None]] = field(default_factory=list)
    final_hash: str = ""


@dataclass
class Replay:
    header: Header
    frames: list[InputFrame]
    checkpoints: list[tuple[int, str]]  # (run tick, checksum)
    result: Result

    def to_data(self) -> dict[str, Any]:
        return {"format": FORMAT, "format_version": FORMAT_VERSION,
                "header": asdict(self.header), "inputs": encode_inputs(self.frames),
                "checkpoints": [[tick, value] for tick, value in self.checkpoints],
                "result": asdict(self.result)}

    def write(self, path: Path) -> None:
        text = json.dumps(self.to_data(), indent=1, sort_keys=False)
        atomic_write(path, (text + "\n").encode("utf-8"))


# --- input encoding ---------------------------------------------------------------------
def encode_inputs(frames: Iterable[InputFrame]) -> str:
    runs: list[list[Any]] = []
    for frame in frames:
        token = ".".join(str(v) for v in frame.to_data())
        if runs and runs[-1][1] == token:
            runs[-1][0] += 1
        else:
            runs.append([1, token])
    return " ".join(token if count == 1 else f"{count}*{token}" for count, token in runs)


def decode_inputs(text: str) -> list[InputFrame]:
    """Frames from :func:`encode_inputs`; ReplayError names the bad run."""
    frames: list[InputFrame] = []
    for index, item in enumerate(text.split()):
        count_text, star, token = item.rpartition("*")
        try:
            count = int(count_text) if star else 1
            values = [int(v) for v in token.split(".")]
            if count < 1 or len(values) not in (2, 6) or values[0] < 0 or values[1] < 0:
                raise ValueError
            frame = InputFrame.from_data(values)
        except ValueError:
            raise ReplayError(f"input run {index + 1} ({item!r}) is not "
                              "[N*]HELD.PRESSED[.X.Y.CLICK.WHEEL]") from None
        frames.extend([frame] * count)
    return frames


# --- what the replay was played against -------------------------------------------------
def dependency_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": platform.python_version()}
    for name in DEPENDENCIES:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "absent"
    return out


_PACK_HASHES: dict[tuple[str, tuple[tuple[str, int, int], ...]], str] = {}


def used_levels(campaign: Any) -> set[str]:
    """The nanobot levels a campaign's dialogue plays (every ``minigame`` step's level).

    Every value reachable from the nodes' steps is looked at (lists, tuples, dicts and
    dataclasses, whatever the step), without recursion; each type's fields are looked up
    once."""
    found: set[str] = set()
    seen: set[int] = set()
    fields: dict[type, tuple[str, ...]] = {}
    todo: list[Any] = [node.steps for node in campaign.nodes.values()]
    while todo:
        value = todo.pop()
        if isinstance(value, _ATOMS) or id(value) in seen:
            continue
        seen.add(id(value))
        if isinstance(value, list | tuple):
            todo.extend(value)
            continue
        if isinstance(value, dict):
            todo.extend(value.values())
            continue
        kind = type(value)
        names = fields.get(kind)
        if names is None:
            names = fields[kind] = tuple(getattr(value, "__dataclass_fields__", None) or ())
        if kind.__name__ == "MinigameStep":
            found.add(str(value.level))
        todo.extend(getattr(value, name, None) for name in names)
    return found


_ATOMS = (str, int, float, bool, type(None))


def _content_files(root: Path, campaign: str, levels: set[str]) -> dict[str, list[Path]]:
    """The files of a pack that decide how a campaign plays, by part: its dialogue
    folder, the maps, the levels it plays, the fonts (they measure the text into pages)
    and the tilesets (maps read them); pictures and sounds change nothing a tick does."""
    out: dict[str, list[Path]] = {
        "levels": [root / "levels" / f"{level}.yaml" for level in sorted(levels)]}
    # a mod's patches and the dialogue files it keeps directly in dialogue/ (for the
    # campaigns its mod.yaml names) change the campaign as much as its own folder does
    loose = root / "dialogue"
    out["loose"] = sorted(p for p in loose.iterdir() if p.suffix == ".yaml") \
        if loose.is_dir() else []
    for name, folder in (("dialogue", f"dialogue/{campaign}"), ("maps", "maps"),
                         ("fonts", "assets/fonts"), ("tilesets", "assets/tilesets"),
                         ("patches", "patches")):
        found: list[Path] = []
        base = root / folder
        for dirpath, dirnames, filenames in os.walk(base) if base.is_dir() else ():
            dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "__")))
            found += [Path(dirpath) / n for n in filenames
                      if Path(n).suffix.lower() not in IGNORED_SUFFIXES
                      and not n.startswith(".")]
        out[name] = found
    return {name: [p for p in paths if p.is_file()] for name, paths in out.items()}


def _files_hash(root: Path, paths: list[Path]) -> str:
    files = sorted((p.relative_to(root).as_posix(), p.stat().st_size, p.stat().st_mtime_ns)
                   for p in paths)
    key = (str(root), tuple(files))
    if key not in _PACK_HASHES:
        digest = hashlib.sha256()
        for rel, _, _ in files:
            digest.update(rel.encode() + b"\0")
            digest.update(hashlib.sha256((root / rel).read_bytes()).digest())
        _PACK_HASHES[key] = digest.hexdigest()
    return _PACK_HASHES[key]


def pack_hash(root: Path, campaign: str, levels: set[str]) -> dict[str, str]:
    """SHA-256 of each part of a pack's content for a campaign (names and bytes)."""
    return {name: _files_hash(root, paths)
            for name, paths in _content_files(root, campaign, levels).items() if paths}


def content_hashes(packs: Sequence[Any],
                   campaign: Any) -> tuple[dict[str, dict[str, str]], str]:
    """Each pack's hashes (by pack id, then part) for the campaign, and one of them all."""
    levels = used_levels(campaign)
    per_pack = {pack.id: pack_hash(Path(pack.root), campaign.id, levels) for pack in packs}
    overall = hashlib.sha256(json.dumps(per_pack, sort_keys=True).encode()).hexdigest()
    return per_pack, overall


def logic_settings(settings: Any) -> dict[str, Any]:
    return {name: getattr(settings, name) for name in LOGIC_SETTINGS if hasattr(settings, name)}


def make_header(*, campaign: Any, category: str, practice: bool, seed: int, settings: Any,
                packs: Sequence[Any], first_tick: int, described: bool = True) -> Header:
    """The header of a run. ``described=False`` leaves out what takes time to find (the
    content hashes, the library versions): for a run that is never written (the
    verifier's own, compared by its checksums and result alone)."""
    from game import __version__

    per_pack, overall = content_hashes(packs, campaign) if described else ({}, "")
    return Header(__version__, LOGIC_VERSION, campaign.id, category, practice, seed,
                  logic_settings(settings), per_pack, overall,
                  dependency_versions() if described else {}, first_tick)


# --- reading ----------------------------------------------------------------------------
def read_replay(path: Path) -> Replay:
    """A replay read back; ReplayError says what is wrong with the file."""
    try:
        data = read_json(path, max_bytes=MAX_BYTES, what="a replay")
    except JsonError as exc:
        raise ReplayError(f"{path}:{exc.line}:{exc.col}: {exc.message}") from None
    return replay_from_data(data, str(path))


def replay_from_data(data: Any, where: str = "replay") -> Replay:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ReplayError(f"{where}: not an ENAMEL 2045 replay (no \"format\": \"{FORMAT}\")")
    if data.get("format_version") != FORMAT_VERSION:
        raise ReplayError(f"{where}: replay format {data.get('format_version')!r}; this game "
                          f"reads format {FORMAT_VERSION}")
    try:
        header = Header(**data["header"])
        result_data = dict(data.get("result") or {})
        result_data["splits"] = [(str(n), t) for n, t in result_data.get("splits", [])]
        result = Result(**result_data)
        checkpoints = [(int(tick), str(value)) for tick, value in data["checkpoints"]]
        inputs = data["inputs"]
        if not isinstance(inputs, str):
            raise TypeError("inputs is not a string")
    except (KeyError, TypeError, ValueError) as exc:
        raise ReplayError(f"{where}: the replay is incomplete or damaged ({exc})") from None
    frames = decode_inputs(inputs)
    return Replay(header, frames, checkpoints, result)


def refusal(header: Header, *, packs: Sequence[Any], campaign: Any,
            check_content: bool = True) -> str | None:
    """Why this game cannot verify the replay (None: it can): another logic version,
    other content, another campaign's packs."""
    from game import __version__

    if header.logic_version != LOGIC_VERSION:
        return (f"this replay was made by ENAMEL 2045 {header.game_version} with logic "
                f"version {header.logic_version}; this is {__version__} with logic version "
                f"{LOGIC_VERSION}, which plays the same input differently")
    if not check_content:
        return None
    per_pack, overall = content_hashes(packs, campaign)
    if overall == header.content_hash and per_pack == header.content:
        return None
    problems = []
    for pack_id, value in header.content.items():
        if pack_id not in per_pack:
            problems.append(f"mod '{pack_id}' is not loaded here")
        elif per_pack[pack_id] != value:
            what = "the game's" if pack_id == "base" else f"mod '{pack_id}''s"
            mine = per_pack[pack_id]
            parts = sorted(k for k in {*mine, *value} if not isinstance(value, dict)
                           or mine.get(k) != value.get(k))
            problems.append(f"{what} {', '.join(parts) or 'content'} differ from the "
                            "replay's")
    for pack_id in per_pack:
        if pack_id not in header.content:
            problems.append(f"mod '{pack_id}' is loaded here but was not in the run")
    if not problems:
        problems.append("the header's content hash does not match its packs")
    return "made against other content: " + "; ".join(problems)


def describe(header: Header) -> str:
    practice = " (practice)" if header.practice else ""
    return (f"{header.campaign} {header.category}{practice}, seed {header.seed}, "
            f"ENAMEL 2045 {header.game_version}, {sys.implementation.name} "
            f"{header.dependencies.get('python', '?')}")
