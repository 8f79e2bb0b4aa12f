"""Campaign manifests (``campaign.yaml``) and mod descriptions (``mod.yaml``).

A campaign manifest names the campaign, its player character, where it
starts, its chapters, speakers, evidence and declared variables, its endings,
credits, story beats and speedrun categories. In a mod, a
``campaign.yaml`` for a campaign that already exists is an *addition*: it may
only add (or replace) speakers, evidence and variables.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from yaml.nodes import Node, ScalarNode

from game.content.yamlread import ID_RE, MANIFEST, MOD, Reader, position, read_mapping_file
from game.diagnostics import Diagnostic, Sink
from game.dialogue import model as m
from game.dialogue.conditions import ConditionError, Value, cached_condition
from game.dialogue.parse import KEYWORDS, RESERVED_NAMES

CAMPAIGN_KEYS = frozenset({"id", "title", "blurb", "player", "start", "chapters", "speakers",
                           "evidence", "variables", "endings", "credits", "beats",
                           "categories"})
ADDITION_KEYS = frozenset({"id", "speakers", "evidence", "variables"})
REQUIRED_KEYS = ("id", "title", "player", "start")
START_KEYS = frozenset({"map", "spawn", "node"})
CHAPTER_KEYS = frozenset({"id", "title", "node", "map", "spawn"})
SPEAKER_KEYS = frozenset({"name", "portrait", "color"})
EVIDENCE_KEYS = frozenset({"name", "description", "icon"})
ENDING_KEYS = frozenset({"title", "description"})
BEAT_KEYS = frozenset({"id", "title", "when"})
CATEGORY_KEYS = frozenset({"id", "name", "start", "end", "splits", "finish", "seed"})
CATEGORY_START_KEYS = frozenset({"chapter", "on"})
CATEGORY_STARTS_ON = ("run", "control")
CATEGORY_ENDS = ("ending", "warp", "split")
MOD_KEYS = frozenset({"id", "name", "version", "priority", "campaign", "description", "author",
                      "requires", "game", "load_after"})
T = TypeVar("T")
COLOR_RE = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})\Z")


@dataclass
class Manifest:
    path: str
    id: str | None = None
    title: str = ""
    blurb: str = ""
    player: str | None = None
    player_pos: tuple[int, int] = (1, 1)
    start: m.Start | None = None
    chapters: tuple[m.Chapter, ...] = ()
    speakers: dict[str, m.Speaker] = field(default_factory=dict)
    evidence: dict[str, m.Evidence] = field(default_factory=dict)
    variables: dict[str, m.Variable] = field(default_factory=dict)
    endings: dict[str, m.Ending] = field(default_factory=dict)
    credits: tuple[str, ...] = ()
    beats: tuple[m.Beat, ...] = ()
    categories: tuple[m.Category, ...] = ()


def parse_manifest(
    path: Path, origin: str, diagnostics: list[Diagnostic], *, addition: bool = False
) -> Manifest | None:
    """A full manifest, or (``addition``) a mod's speakers, evidence and variables."""
    found = read_mapping_file(path, Sink(path, diagnostics),
                              "a campaign manifest (id:, title:, player:, start: ...)",
                              "the campaign manifest is empty", kind=MANIFEST)
    if found is None:
        return None
    reader, root, entries = found
    allowed = ADDITION_KEYS if addition else CAMPAIGN_KEYS
    where = "a mod's campaign additions" if addition else "a campaign manifest"
    reader.unknown_keys(entries, allowed, where)
    fields = {key: value for key, _, value in entries if key in allowed}
    if not addition:
        for key in REQUIRED_KEYS:
            if key not in fields:
                reader.error(root, f"the campaign manifest needs '{key}:'")
    return _ManifestReader(reader, origin).read(Manifest(str(path)), fields)


class _ManifestReader:
    def __init__(self, reader: Reader, origin: str) -> None:
        self.r = reader
        self.origin = origin

    def pos(self, node: Node) -> tuple[str, int, int]:
        return (self.r.path, *position(node))

    def read(self, out: Manifest, fields: dict[str, Node]) -> Manifest:
        if "id" in fields:
            out.id = self.r.ident(fields["id"], "campaign id")
        if "title" in fields:
            out.title = self.r.text(fields["title"], "a title") or ""
        if "blurb" in fields:
            out.blurb = " ".join((self.r.text(fields["blurb"], "a blurb") or "").split())
        if "player" in fields:
            out.player = self.r.ident(fields["player"], "speaker id")
            out.player_pos = self.pos(fields["player"])[1:]
        if "start" in fields:
            out.start = self.start(fields["start"])
        if "chapters" in fields:
            out.chapters = self.chapters(fields["chapters"])
        if "speakers" in fields:
            out.speakers = self.table(fields["speakers"], "speaker", self.speaker)
        if "evidence" in fields:
            out.evidence = self.table(fields["evidence"], "evidence", self.evidence)
        if "variables" in fields:
            out.variables = self.variables(fields["variables"])
        if "endings" in fields:
            out.endings = self.table(fields["endings"], "ending", self.ending)
        if "credits" in fields:
            out.credits = self.credits(fields["credits"])
        if "beats" in fields:
            out.beats = self.beats(fields["beats"])
        if "categories" in fields:
            out.categories = self.categories(fields["categories"])
        return out

    def _fields(self, node: Node, keys: frozenset[str], what: str) -> dict[str, Node] | None:
        entries = self.r.mapping(node, what)
        if entries is None:
            return None
        self.r.unknown_keys(entries, keys, what)
        return {key: value for key, _, value in entries if key in keys}

    def _optional_ident(self, fields: dict[str, Node], key: str, what: str) -> str | None:
        return self.r.ident(fields[key], what) if key in fields else None

    def start(self, node: Node) -> m.Start | None:
        fields = self._fields(node, START_KEYS, "the start (map:, spawn:, node:)")
        if fields is None:
            return None
        if "map" not in fields:
            self.r.error(node, "the start needs 'map:'")
            return None
        map_name = self.r.ident(fields["map"], "map name")
        if map_name is None:
            return None
        spawn = self._optional_ident(fields, "spawn", "spawn name")
        start_node = self._optional_ident(fields, "node", "node id")
        return m.Start(map_name, spawn, start_node, *self.pos(node))

    def chapters(self, node: Node) -> tuple[m.Chapter, ...]:
        items = self.r.sequence(node, "a list of chapters") or []
        out = []
        for item in items:
            fields = self._fields(item, CHAPTER_KEYS, "a chapter (id:, title:, node:)")
            if fields is None:
                continue
            missing = [k for k in ("id", "title", "node") if k not in fields]
            if missing:
                self.r.error(item, f"a chapter needs {', '.join(repr(k) for k in missing)}")
                continue
            chapter_id = self.r.ident(fields["id"], "chapter id")
            title = self.r.text(fields["title"], "a chapter title")
            start = self.r.ident(fields["node"], "node id")
            if chapter_id is None or title is None or start is None:
                continue
            out.append(m.Chapter(
                chapter_id, len(out) + 1, title, start,
                self._optional_ident(fields, "map", "map name"),
                self._optional_ident(fields, "spawn", "spawn name"), *self.pos(item)))
        return tuple(out)

    def table(
        self, node: Node, what: str, read_one: Callable[[str, Node, Node], T | None]
    ) -> dict[str, T]:
        entries = self.r.mapping(node, f"a mapping of {what} ids to their descriptions") or []
        out = {}
        for key, key_node, value in entries:
            if not ID_RE.match(key):
                self.r.error(key_node, f"'{key}' is not a valid {what} id")
                continue
            item = read_one(key, key_node, value)
            if item is not None:
                out[key] = item
        return out

    def speaker(self, key: str, key_node: Node, node: Node) -> m.Speaker | None:
        if key in KEYWORDS:
            self.r.error(key_node, f"'{key}' is a step keyword and cannot be a speaker id")
            return None
        if isinstance(node, ScalarNode):
            name = self.r.text(node, "the speaker's name")
            return None if name is None else m.Speaker(key, name, None, None,
                                                       *self.pos(key_node), self.origin)
        fields = self._fields(node, SPEAKER_KEYS, "a speaker (name:, portrait:, color:)")
        if fields is None:
            return None
        if "name" not in fields:
            self.r.error(node, f"speaker '{key}' needs 'name:'")
            return None
        name = self.r.text(fields["name"], "the speaker's name")
        portrait = self._optional_ident(fields, "portrait", "portrait id")
        color = self.r.text(fields["color"], "a colour") if "color" in fields else None
        if color is not None and not COLOR_RE.match(color):
            self.r.error(fields["color"], f"'{color}' is not a colour: write '#rrggbb'")
            color = None
        if name is None:
            return None
        return m.Speaker(key, name, portrait, color, *self.pos(key_node), self.origin)

    def evidence(self, key: str, key_node: Node, node: Node) -> m.Evidence | None:
        fields = self._fields(node, EVIDENCE_KEYS, "an evidence item (name:, description:)")
        if fields is None:
            return None
        if "name" not in fields:
            self.r.error(node, f"evidence '{key}' needs 'name:'")
            return None
        name = self.r.text(fields["name"], "the evidence's name")
        description = self.r.text(fields["description"], "a description") \
            if "description" in fields else ""
        icon = self._optional_ident(fields, "icon", "icon id")
        if name is None:
            return None
        description = " ".join((description or "").split())
        return m.Evidence(key, name, description, icon, *self.pos(key_node), self.origin)

    def ending(self, key: str, key_node: Node, node: Node) -> m.Ending | None:
        fields = self._fields(node, ENDING_KEYS, "an ending (title:, description:)")
        if fields is None:
            return None
        if "title" not in fields:
            self.r.error(node, f"ending '{key}' needs 'title:'")
            return None
        title = self.r.text(fields["title"], "the ending's title")
        description = self.r.text(fields["description"], "a description") \
            if "description" in fields else ""
        if title is None:
            return None
        return m.Ending(key, title, " ".join((description or "").split()),
                        *self.pos(key_node))

    def credits(self, node: Node) -> tuple[str, ...]:
        """The lines of the credits roll; an empty line (``""``) is a gap."""
        items = self.r.sequence(node, "a list of lines for the credits") or []
        out = []
        for item in items:
            text = self.r.text(item, "a line of the credits")
            if text is not None:
                out.append(text)
        return tuple(out)

    def beats(self, node: Node) -> tuple[m.Beat, ...]:
        items = self.r.sequence(node, "a list of beats ({id:, title:, when:})") or []
        out = []
        for item in items:
            fields = self._fields(item, BEAT_KEYS, "a beat (id:, title:, when:)")
            if fields is None:
                continue
            missing = [k for k in ("id", "title", "when") if k not in fields]
            if missing:
                self.r.error(item, f"a beat needs {', '.join(repr(k) for k in missing)}")
                continue
            beat_id = self.r.ident(fields["id"], "beat id")
            title = self.r.text(fields["title"], "a beat's title")
            when = self.condition(fields["when"])
            if beat_id is None or title is None or when is None:
                continue
            out.append(m.Beat(beat_id, title, when, *self.pos(item)))
        return tuple(out)

    def categories(self, node: Node) -> tuple[m.Category, ...]:
        items = self.r.sequence(node, "a list of speedrun categories ({id:, name:, end:})")
        return tuple(c for c in (self.category(item) for item in items or []) if c is not None)

    def category(self, item: Node) -> m.Category | None:
        fields = self._fields(item, CATEGORY_KEYS, "a speedrun category (id:, name:, start:, "
                                                   "end:, splits:, finish:, seed:)")
        if fields is None:
            return None
        missing = [k for k in ("id", "name", "end") if k not in fields]
        if missing:
            self.r.error(item, f"a category needs {', '.join(repr(k) for k in missing)}")
            return None
        category_id = self.r.ident(fields["id"], "category id")
        name = self.r.text(fields["name"], "the category's name")
        start = self.category_start(fields.get("start"))
        end = self.category_end(fields["end"])
        splits = self.category_splits(fields.get("splits"))
        finish = self.r.text(fields["finish"], "the last segment's name") \
            if "finish" in fields else "Finish"
        seed = self.r.integer(fields["seed"], "a seed") if "seed" in fields else None
        if None in (category_id, name, start, end, splits, finish) or \
                ("seed" in fields and seed is None):
            return None
        assert category_id and name and start and end and splits is not None and finish
        return m.Category(category_id, name, start[0], start[1], end[0], end[1], splits,
                          finish, seed, *self.pos(item))

    def category_start(self, node: Node | None) -> tuple[str | None, str] | None:
        if node is None:
            return None, "run"
        fields = self._fields(node, CATEGORY_START_KEYS, "a category start (chapter:, on:)")
        if fields is None:
            return None
        chapter = self._optional_ident(fields, "chapter", "chapter id")
        on = self.r.text(fields["on"], "run or control") if "on" in fields else "run"
        if on not in CATEGORY_STARTS_ON:
            self.r.error(fields["on"], f"'{on}' is not when a run starts: write "
                                       "'run' (its first tick) or 'control' (the first tick "
                                       "the player can move)")
            return None
        if "chapter" in fields and chapter is None:
            return None
        return chapter, on

    def category_end(self, node: Node) -> tuple[str, str] | None:
        fields = self._fields(node, frozenset(CATEGORY_ENDS),
                              "a category end ({ending: ID or any}, {warp: MAP} or "
                              "{split: NAME})")
        if fields is None:
            return None
        if len(fields) != 1:
            self.r.error(node, "a category end names one of ending:, warp: or split:")
            return None
        kind, value_node = next(iter(fields.items()))
        if kind == "split":
            value = self.r.text(value_node, "a split's name")
        else:
            value = self.r.ident(value_node, "an ending id" if kind == "ending" else "map name")
        return None if value is None else (kind, value)

    def category_splits(self, node: Node | None) -> tuple[str, ...] | None:
        if node is None:
            return ()
        items = self.r.sequence(node, "a list of split names, in order")
        if items is None:
            return None
        names = [self.r.text(item, "a split's name") for item in items]
        return None if None in names else tuple(n for n in names if n is not None)

    def condition(self, node: Node) -> m.CondAt | None:
        """A condition with its place (columns inside it, when it sits on one line)."""
        text = self.r.text(node, "a condition")
        if text is None:
            return None
        start, end = node.start_mark, node.end_mark
        quoted = isinstance(node, ScalarNode) and node.style in ("'", '"')
        inline = start.line == end.line and (not node.style or quoted)
        line, col = start.line + 1, start.column + 1 + (1 if quoted else 0)
        result = cached_condition(text)
        if isinstance(result, ConditionError):
            self.r.sink.error(line, col + result.offset if inline else col, result.message)
            return None
        return m.CondAt(result, line, col, inline)

    def variables(self, node: Node) -> dict[str, m.Variable]:
        entries = self.r.mapping(node, "a mapping of variable names to initial values") or []
        out = {}
        for name, key_node, value_node in entries:
            if not ID_RE.match(name) or name.startswith("__") or name in RESERVED_NAMES:
                self.r.error(key_node, f"'{name}' cannot be a variable name")
                continue
            value: Value | None = self.r.value(value_node, f"an initial value for '{name}'")
            if value is not None:
                out[name] = m.Variable(name, value, *self.pos(key_node))
        return out


VERSION_RE = re.compile(r"\d+(?:\.\d+)*\Z")
#: ``mod_id`` or ``mod_id >= 1.2`` (an item of ``requires:``).
REQUIREMENT_RE = re.compile(r"\s*([A-Za-z0-9_][A-Za-z0-9_-]*)\s*(?:>=\s*(\S+))?\s*\Z")


def version_key(text: str) -> tuple[int, ...] | None:
    """``1.2.0`` as numbers to compare, trailing zeros dropped (``1.2`` == ``1.2.0``);
    None when ``text`` is not numbers separated by dots."""
    text = text.strip()
    if not VERSION_RE.match(text):
        return None
    parts = [int(part) for part in text.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def loose_version_key(text: str) -> tuple[int, ...] | None:
    """A mod's own ``version:`` compared with a requirement: its leading numbers
    (``1.2.0-beta`` counts as 1.2.0); None when it does not start with a number."""
    found = re.match(r"\s*v?(\d+(?:\.\d+)*)", text)
    return version_key(found.group(1)) if found else None


@dataclass(frozen=True)
class Requirement:
    """An item of ``requires:`` (``minimum`` None: any version) or of ``load_after:``."""

    id: str
    minimum: str | None
    line: int
    col: int

    def __str__(self) -> str:
        return self.id if self.minimum is None else f"{self.id} >= {self.minimum}"


@dataclass(frozen=True)
class ModDescription:
    id: str | None  # None: missing or not a valid id (reported)
    name: str
    version: str
    priority: int
    campaigns: tuple[str, ...] | None  # None: not declared
    description: str
    path: str
    #: (line, column) of each of ``campaigns`` in mod.yaml
    campaign_places: tuple[tuple[int, int], ...] = ()
    requires: tuple[Requirement, ...] = ()
    load_after: tuple[Requirement, ...] = ()
    game: Requirement | None = None  # the minimum game version, as ``Requirement("game", ...)``
    ok: bool = True  # False: mod.yaml has errors (reported); the rest is read as well as can be


def parse_mod_yaml(path: Path, diagnostics: list[Diagnostic]) -> ModDescription | None:
    """The mod's description, or None when mod.yaml has any error (every one reported)."""
    desc = read_mod_yaml(path, diagnostics)
    return desc if desc is not None and desc.ok else None


def read_mod_yaml(path: Path, diagnostics: list[Diagnostic]) -> ModDescription | None:
    """Every field of mod.yaml that can be read, and every problem reported at once.

    None only when the file is not a mapping at all; otherwise ``ok`` tells whether
    anything was wrong (lint still checks the rest of such a mod, then skips it).
    """
    before = len(diagnostics)
    found = read_mapping_file(path, Sink(path, diagnostics),
                              "a mod description (id:, name:, version:, priority:)",
                              "mod.yaml is empty: it needs id:, name: and version:", kind=MOD)
    if found is None:
        return None
    reader, root, entries = found
    reader.unknown_keys(entries, MOD_KEYS, "mod.yaml")
    fields = {key: value for key, _, value in entries if key in MOD_KEYS}
    missing = [k for k in ("id", "name", "version") if k not in fields]
    if missing:
        reader.error(root, f"mod.yaml needs {', '.join(repr(k) for k in missing)}")
    mod_id = reader.ident(fields["id"], "mod id") if "id" in fields else None
    name = reader.text(fields["name"], "the mod's name") if "name" in fields else None
    version = reader.text(fields["version"], "a version") if "version" in fields else None
    priority = reader.integer(fields["priority"], "a priority") if "priority" in fields else 0
    campaigns = None
    places: tuple[tuple[int, int], ...] = ()
    if "campaign" in fields:
        listed = reader.ident_list(fields["campaign"], "campaign id")
        campaigns = tuple(c for c, _ in listed)
        places = tuple(position(node) for _, node in listed)
    description = reader.text(fields["description"], "a description") \
        if "description" in fields else ""
    requires = _requirements(reader, fields.get("requires"), "requires", versions=True)
    load_after = _requirements(reader, fields.get("load_after"), "load_after", versions=False)
    game = _game_version(reader, fields["game"]) if "game" in fields else None
    ok = not any(d.is_error for d in diagnostics[before:])
    return ModDescription(mod_id, name or "", version or "", priority or 0, campaigns,
                          description or "", str(path), places, requires, load_after, game, ok)


def _requirements(reader: Reader, node: Node | None, key: str,
                  versions: bool) -> tuple[Requirement, ...]:
    """``requires:`` or ``load_after:``: one item or a list of them."""
    if node is None:
        return ()
    if isinstance(node, ScalarNode):
        items = [node]
    else:
        items = reader.sequence(node, f"a list of mod ids for '{key}:'") or []
    out = []
    for item in items:
        text = reader.text(item, "a mod id")
        if text is None:
            continue
        found = REQUIREMENT_RE.match(text)
        wanted = "a mod id, or 'mod_id >= 1.2'" if versions else "a mod id"
        if found is None or (found.group(2) is not None and not versions):
            hint = ""
            if versions and re.search(r"[<>=!~^]", text):
                hint = " (only '>=' is supported: the version named or any newer one)"
            reader.error(item, f"'{text}' is not an item of '{key}:': write {wanted}{hint}")
            continue
        minimum = found.group(2)
        if minimum is not None and version_key(minimum) is None:
            reader.error(item, f"'{minimum}' is not a version: write numbers separated by "
                               "dots, like 1.2 or 1.2.0")
            continue
        out.append(Requirement(found.group(1), minimum, *position(item)))
    return tuple(out)


def _game_version(reader: Reader, node: Node) -> Requirement | None:
    text = reader.text(node, "a game version")
    if text is None:
        return None
    if version_key(text) is None:
        reader.error(node, f"'{text}' is not a game version: write the oldest version of "
                           "the game this mod works with, like 0.1.0")
        return None
    return Requirement("game", text.strip(), *position(node))
