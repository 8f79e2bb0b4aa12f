"""Patches: a mod edits content it does not bring, without copying it.

A mod's ``patches/`` folder holds YAML files laid out like ``dialogue/``
(``patches/<campaign_id>/**/*.yaml``, or directly in ``patches/`` when ``mod.yaml``
declares ``campaign:``). A file is a list of entries; each names one target and what
to do to it (docs/modding.md, "Patches")::

    - line: max_welcome                 # a line, debate claim or once block, by line id
      text: Welcome back, Doctor. Coffee?
    - option: clinic_max.o.9c1d2e       # a choice option by its line id
      remove: true
    - speaker: max_chen
      set: {name: Max Chen Jr.}
    - level: live_demo
      set: {goal.time_limit: 90}
    - map: clinic
      add: [{type: npc, name: lunch_rosa, x: 12, y: 7, dialogue: lunch_rosa, character: rosa}]

The library reads a mod's patches with its files (:func:`read_patches`: problems of
shape are the mod's errors) and applies them while it merges the campaign, after the
mod's own nodes and manifest additions (:class:`Patcher`), so a later mod's patch sees
what earlier mods did. A target that is not there is an error at the patch, naming
it; two mods patching one target is a warning naming both, and a
:class:`~game.dialogue.model.Conflict` of kind ``patch``. Steps a patch brings land in
the node, where lint checks them with the rest (:func:`relocate` puts what lint says
about them at the patch). Map patches change the campaign's map models
(:mod:`game.world.mappatch`); level patches change a level's YAML as it is read
(:func:`campaign_level`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.content.edited import EditedContent, edits_of
from game.content.safepath import list_files
from game.content.yamlread import ID_RE, STR, Reader, position, read_yaml
from game.diagnostics import Diagnostic, Sink, did_you_mean, display_path, known_list
from game.dialogue import model as m
from game.dialogue import steps as step_registry
from game.dialogue.manifest import COLOR_RE
from game.dialogue.markup import PLAIN, parse_markup
from game.dialogue.mods import ModInfo
from game.dialogue.parse import LINE_ID_RE, NodeParser
from game.world.mapdata import ENTITY_KINDS, MapObject
from game.world.mappatch import (
    KNOWN_PROPERTIES,
    PLACE_KEYS,
    MapPatch,
    Move,
    Removal,
    by_map,
    placement_problems,
)
from game.world.mappatch import apply as apply_map
from game.world.mappatch import place as map_place

FOLDER = "patches"
#: What a line or option patch can do.
LINE_OPS = ("text", "replace", "insert_before", "insert_after", "remove")
#: Of those, what happens to the target itself (at most one).
TARGET_OPS = ("text", "replace", "remove")
MAP_OPS = ("add", "move", "remove")
#: Target kind -> its operations.
TARGETS: dict[str, tuple[str, ...]] = {
    "line": LINE_OPS, "option": LINE_OPS, "speaker": ("set",), "evidence": ("set",),
    "chapter": ("set",), "level": ("set",), "map": MAP_OPS,
}
#: The fields ``set:`` may change, per target kind, with how each is read.
FIELDS: dict[str, dict[str, str]] = {
    "speaker": {"name": "text", "portrait": "id", "color": "color"},
    "evidence": {"name": "text", "description": "paragraph", "icon": "id"},
    "chapter": {"title": "text", "node": "id", "map": "id", "spawn": "id"},
}
#: Top-level keys of a level file a patch may set (``id`` names the file: not patchable);
#: ``goal.<key>`` and ``physics.<key>`` set one key inside those.
LEVEL_KEYS = ("title", "campaign", "chapter", "seed", "bots", "goal", "layout", "program",
              "briefing", "hint", "win_text", "lose_text", "legend", "physics")
LEVEL_NESTED = ("goal", "physics")
#: Which kinds of id each line-patch target takes.
LINE_KINDS = {"line": ("line", "claim", "once"), "option": ("option",)}
_DERIVED = re.compile(r"(.+\.[0-9a-f]{6})(?:\.(\d+))?\Z")


# --- the patch model -----------------------------------------------------------------------
@dataclass(eq=False)
class Patch:
    """One entry of a patch file."""

    kind: str  # a key of TARGETS
    target: str  # the line id, speaker id, map name...
    mod: str
    campaign: str
    path: str
    line: int
    col: int
    #: The operations in the order they apply, with their YAML values (line and option).
    ops: dict[str, Node] = field(default_factory=dict)
    #: ``set:`` field -> (value, line, col) (speaker, evidence, chapter); for a level the
    #: value is the YAML node to put in place.
    values: dict[str, tuple[Any, int, int]] = field(default_factory=dict)
    map: MapPatch | None = None

    @property
    def what(self) -> str:
        """``line 'max_welcome'``: the target, as messages name it."""
        return f"{self.kind} '{self.target}'"

    def summary(self) -> str:
        """What the patch does, for ``python -m game mods``."""
        if self.map is not None:
            done = [f"{op} {name}" for op, name, _, _ in self.map.touches()]
            return f"map '{self.target}': {', '.join(done)}"
        if self.values:
            return f"{self.what}: set {', '.join(self.values)}"
        return f"{self.what}: {', '.join(self.ops)}"

    def where(self) -> str:
        return f"{display_path(self.path)}:{self.line}"


@dataclass(frozen=True)
class Placed:
    """Steps a patch put into a node: lines ``first``..``last`` of the patch file stand
    in ``node_path`` (where lint reports them) for :func:`relocate`."""

    node_path: str
    first: int
    last: int
    patch: Patch


@dataclass(frozen=True)
class Applied:
    """A patch applied to a loaded campaign (``campaign.catalog.patched``), with where
    the steps it brought stand."""

    patch: Patch
    placed: tuple[Placed, ...] = ()


@dataclass(frozen=True)
class LevelPatch:
    """A level patch as the game applies it: top-level (or ``goal.x``) keys and values."""

    level: str
    mod: str
    path: str
    line: int
    col: int
    values: tuple[tuple[str, Node], ...]


# --- reading -------------------------------------------------------------------------------
def patch_files(mod: ModInfo, campaign_id: str, campaign_ids: Iterable[str],
                diagnostics: list[Diagnostic]) -> list[Path]:
    """A mod's patch files for one campaign: ``patches/<campaign_id>/**``, and with
    ``campaign:`` in mod.yaml, the files directly in ``patches/`` (and its subfolders
    that are not named after a campaign)."""
    base = mod.root / FOLDER
    if not base.is_dir():
        return []
    known = set(campaign_ids)
    files: list[Path] = []
    if (base / campaign_id).is_dir():
        files += list_files(mod.root, f"{FOLDER}/{campaign_id}", ".yaml", diagnostics,
                            recursive=True)
    if mod.campaigns is not None and campaign_id in mod.campaigns:
        loose = list_files(mod.root, FOLDER, ".yaml", diagnostics, recursive=True)
        files += [p for p in loose if p.relative_to(base).parts[0] not in known]
    elif mod.campaigns is None:
        for folder in sorted(p for p in base.iterdir() if p.is_dir() and p.name not in known):
            Sink(folder, diagnostics).error(
                1, 1, f"patches/{folder.name}/: no campaign '{folder.name}'"
                      f"{did_you_mean(folder.name, known)} (campaigns: {known_list(known)})")
        if any(p.suffix == ".yaml" for p in base.iterdir() if p.is_file()):
            Sink(mod.root / "mod.yaml", diagnostics).error(
                1, 1, "files directly in patches/ need the campaigns they belong to: add "
                      "'campaign: <id>' here, or move them into patches/<campaign_id>/")
    return sorted(set(files))


def read_patches(mod: ModInfo, campaign_id: str, campaign_ids: Iterable[str],
                 diagnostics: list[Diagnostic]) -> list[Patch]:
    """Every patch of a mod for one campaign, in file order (files sorted by path)."""
    patches: list[Patch] = []
    for path in patch_files(mod, campaign_id, campaign_ids, diagnostics):
        patches += read_patch_file(path, mod.id, campaign_id, diagnostics)
    return patches


def read_patch_file(path: Path, mod_id: str, campaign_id: str,
                    diagnostics: list[Diagnostic]) -> list[Patch]:
    sink = Sink(path, diagnostics)
    root = read_yaml(path, sink)
    if root is None:
        return []
    reader = Reader(sink)
    items = reader.sequence(root, "a list of patches (each starting with '- ')")
    if items is None:
        return []
    out = []
    for item in items:
        patch = _PatchReader(reader, mod_id, campaign_id).entry(item)
        if patch is not None:
            out.append(patch)
    return out


class _PatchReader:
    def __init__(self, reader: Reader, mod_id: str, campaign_id: str) -> None:
        self.r = reader
        self.mod = mod_id
        self.campaign = campaign_id

    def entry(self, node: Node) -> Patch | None:
        entries = self.r.mapping(node, "a patch (a target such as 'line: <id>', then what to "
                                       "do to it)")
        if entries is None:
            return None
        fields = {key: (key_node, value) for key, key_node, value in entries}
        kinds = [key for key in fields if key in TARGETS]
        if not kinds:
            near = next((f"; found '{k}'{did_you_mean(k, TARGETS)}" for k in fields
                         if did_you_mean(k, TARGETS)), "")
            self.r.error(node, "a patch names its target: one of "
                               f"{', '.join(k + ':' for k in TARGETS)}{near}")
            return None
        if len(kinds) > 1:
            self.r.error(fields[kinds[1]][0], f"one target per patch, found '{kinds[0]}' and "
                                              f"'{kinds[1]}' (start each patch with '- ')")
            return None
        kind = kinds[0]
        allowed = frozenset({kind, *TARGETS[kind]})
        self.r.unknown_keys(entries, allowed, f"a '{kind}' patch")
        value = fields[kind][1]
        if kind in LINE_KINDS:
            target = self.r.text(value, "a line id")
            if target is not None and not LINE_ID_RE.match(target):
                self.r.error(value, f"'{target}' is not a line id (docs/modding.md, Line ids)")
                target = None
        else:
            target = self.r.ident(value, f"{kind} id" if kind != "map" else "map name")
        if target is None:
            return None
        ops = {key: fields[key][1] for key in TARGETS[kind] if key in fields}
        if not ops:
            self.r.error(node, f"nothing to change: a '{kind}' patch needs "
                               f"{' or '.join(k + ':' for k in TARGETS[kind])}")
            return None
        patch = Patch(kind, target, self.mod, self.campaign, self.r.path, *position(node))
        if kind in LINE_KINDS:
            return self.line_ops(patch, ops)
        if kind == "map":
            return self.map_ops(patch, ops)
        return self.set_op(patch, ops["set"])

    def line_ops(self, patch: Patch, ops: dict[str, Node]) -> Patch | None:
        main = [key for key in TARGET_OPS if key in ops]
        if len(main) > 1:
            self.r.error(ops[main[1]], f"'{main[0]}' and '{main[1]}' both change the "
                                       f"{patch.kind}: use one")
            return None
        ok = True
        for key, value in ops.items():
            if key == "remove":
                ok &= self.r.boolean(value, "remove") is True or self._say_remove(value)
            elif key == "text":
                ok &= self.r.text(value, f"the {patch.kind}'s new text") is not None
            elif not isinstance(value, SequenceNode):
                self.r.error(value, f"expected a list of {self._items(patch)} under '{key}:'")
                ok = False
        order = [k for k in ("insert_before", *TARGET_OPS, "insert_after") if k in ops]
        patch.ops = {key: ops[key] for key in order}
        return patch if ok else None

    def _say_remove(self, node: Node) -> bool:
        if isinstance(node, ScalarNode) and node.value in ("false", "False"):
            self.r.error(node, "'remove: false' removes nothing: leave the key out")
        return False

    @staticmethod
    def _items(patch: Patch) -> str:
        return "options" if patch.kind == "option" else "steps"

    def set_op(self, patch: Patch, node: Node) -> Patch | None:
        entries = self.r.mapping(node, f"the {patch.kind}'s fields to change (set: "
                                       "{field: value})")
        if entries is None:
            return None
        if not entries:
            self.r.error(node, "'set:' changes nothing: name a field and its new value")
            return None
        for key, key_node, value in entries:
            if patch.kind == "level":
                self.level_field(patch, key, key_node, value)
            else:
                self.manifest_field(patch, key, key_node, value)
        return patch if patch.values else None

    def manifest_field(self, patch: Patch, key: str, key_node: Node, value: Node) -> None:
        known = FIELDS[patch.kind]
        how = known.get(key)
        if how is None:
            article = "an" if patch.kind[0] in "aeiou" else "a"
            self.r.error(key_node, f"{article} {patch.kind} has no field '{key}'"
                                   f"{did_you_mean(key, known)} (fields: {', '.join(known)})")
            return
        what = f"the {patch.kind}'s {key}"
        got: str | None
        if how == "id":
            got = self.r.ident(value, what)
        else:
            got = self.r.text(value, what)
            if got is not None and how == "color" and not COLOR_RE.match(got):
                self.r.error(value, f"'{got}' is not a colour: write '#rrggbb'")
                got = None
            elif got is not None and how == "paragraph":
                got = " ".join(got.split())
        if got is not None:
            patch.values[key] = (got, *position(value))

    def level_field(self, patch: Patch, key: str, key_node: Node, value: Node) -> None:
        top, _, inner = key.partition(".")
        if top not in LEVEL_KEYS or (inner and (top not in LEVEL_NESTED
                                                or not ID_RE.match(inner))):
            hint = " ('id' names the file: it cannot change)" if key == "id" else ""
            self.r.error(key_node, f"a level has no key '{key}' to set"
                                   f"{did_you_mean(top, LEVEL_KEYS)}{hint} (keys: "
                                   f"{', '.join(LEVEL_KEYS)}; goal.<key>, physics.<key> "
                                   "change one key inside those)")
            return
        patch.values[key] = (value, *position(key_node))

    # --- maps ------------------------------------------------------------------------------
    def map_ops(self, patch: Patch, ops: dict[str, Node]) -> Patch | None:
        adds: list[MapObject] = []
        moves: list[Move] = []
        removals: list[Removal] = []
        if "add" in ops:
            for item in self.r.sequence(ops["add"], "a list of objects to add") or []:
                obj = self.map_object(patch, item)
                if obj is not None:
                    adds.append(obj)
        if "move" in ops:
            for name, key_node, value in self.r.mapping(
                    ops["move"], "objects to move ({name: {x: tiles, y: tiles}})") or []:
                where = self.tiles(value, f"where '{name}' moves to")
                if where is not None:
                    moves.append(Move(name, where[0], where[1], *position(key_node)))
        if "remove" in ops:
            node = ops["remove"]
            names = self.r.sequence(node, "a list of object names") \
                if isinstance(node, SequenceNode) else [node]
            for item in names or []:
                name = self.r.text(item, "an object's name")
                if name is not None:
                    removals.append(Removal(name, *position(item)))
        if not (adds or moves or removals):
            return None
        patch.map = MapPatch(patch.target, self.campaign, self.mod, patch.path, patch.line,
                             patch.col, tuple(adds), tuple(moves), tuple(removals))
        return patch

    def tiles(self, node: Node, what: str) -> tuple[float, float] | None:
        entries = self.r.mapping(node, f"{what} ({{x: tiles, y: tiles}})")
        if entries is None:
            return None
        self.r.unknown_keys(entries, frozenset({"x", "y"}), what)
        fields = {key: value for key, _, value in entries}
        if "x" not in fields or "y" not in fields:
            self.r.error(node, f"{what} needs 'x:' and 'y:' (in tiles)")
            return None
        x = self.r.number(fields["x"], "x (tiles)", lo=0, hi=4096)
        y = self.r.number(fields["y"], "y (tiles)", lo=0, hi=4096)
        return None if x is None or y is None else (float(x), float(y))

    def map_object(self, patch: Patch, node: Node) -> MapObject | None:
        entries = self.r.mapping(node, "an object ({type: npc, name: ..., x: ..., y: ..., "
                                       "and its properties})")
        if entries is None:
            return None
        fields = {key: (key_node, value) for key, key_node, value in entries}
        kinds = list(ENTITY_KINDS)
        for key in ("type", "name", "x", "y"):
            if key not in fields:
                self.r.error(node, f"an object to add needs '{key}:'")
                return None
        kind = self.r.text(fields["type"][1], "the object's type")
        if kind is None:
            return None
        if kind not in kinds:
            self.r.error(fields["type"][1], f"unknown object type '{kind}'"
                                            f"{did_you_mean(kind, kinds)} (types: "
                                            f"{', '.join(kinds)})")
            return None
        name = self.r.ident(fields["name"][1], "object name")
        x = self.r.number(fields["x"][1], "x (tiles)", lo=0, hi=4096)
        y = self.r.number(fields["y"][1], "y (tiles)", lo=0, hi=4096)
        size = [self.r.number(fields[k][1], f"{k} (tiles)", lo=0.0625, hi=4096)
                if k in fields else 1 for k in ("w", "h")]
        props: dict[str, str] = {}
        prop_lines: dict[str, int] = {}
        for key, (key_node, value) in fields.items():
            if key in PLACE_KEYS:
                continue
            if key not in KNOWN_PROPERTIES:
                self.r.warning(key_node, f"the game does not read a property '{key}'"
                                         f"{did_you_mean(key, KNOWN_PROPERTIES)} (it reads: "
                                         f"{', '.join(sorted(KNOWN_PROPERTIES))})")
            text = self.r.value(value, f"property '{key}'")
            if text is not None:
                props[key] = ("true" if text else "false") if isinstance(text, bool) \
                    else str(text)
                prop_lines[key] = position(value)[0]
        props.setdefault("campaign", self.campaign)
        if name is None or x is None or y is None or None in size:
            return None
        line, col = position(node)
        geometry = map_place(kind, float(x), float(y), float(size[0] or 1),
                             float(size[1] or 1))
        return MapObject(kind=kind, name=name, props=props, object_id=f"{self.mod}:{name}",
                         line=line, col=col, prop_lines=prop_lines, source=self.r.path,
                         **geometry)


# --- applying ------------------------------------------------------------------------------
class Patcher:
    """Applies patches to a campaign being merged, in load order."""

    def __init__(self, campaign: m.Campaign, diagnostics: list[Diagnostic]) -> None:
        self.campaign = campaign
        self.diagnostics = diagnostics
        #: (kind, target, field) -> the patch that changed it last.
        self.claims: dict[tuple[str, ...], Patch] = {}
        self.applied: list[Patch] = []
        self.placed: list[Placed] = []
        self.map_patches: list[MapPatch] = []
        self.level_patches: list[LevelPatch] = []
        self._index: dict[str, tuple[str, str]] | None = None

    # --- the line index --------------------------------------------------------------------
    @property
    def index(self) -> dict[str, tuple[str, str]]:
        """line id -> (node id, kind: line, claim, once, option, debate)."""
        if self._index is None:
            self._index = {}
            for node in self.campaign.nodes.values():
                for line_id, kind in _ids(node.steps):
                    self._index.setdefault(line_id, (node.id, kind))
        return self._index

    def _reindex(self, old: m.Node | None, new: m.Node) -> None:
        index = self.index
        if old is not None:
            for line_id, _ in _ids(old.steps):
                if index.get(line_id, ("",))[0] == old.id:
                    del index[line_id]
        for line_id, kind in _ids(new.steps):
            index.setdefault(line_id, (new.id, kind))

    def nodes_changed(self) -> None:
        """Nodes were merged (a later mod's): find lines afresh."""
        self._index = None

    # --- applying --------------------------------------------------------------------------
    def apply(self, patches: Sequence[Patch]) -> None:
        for patch in patches:
            before = len(self.diagnostics)
            if patch.kind in LINE_KINDS:
                self._line(patch)
            elif patch.kind == "map":
                self._map(patch)
            elif patch.kind == "level":
                self._level(patch)
            else:
                self._manifest(patch)
            if not any(d.is_error for d in self.diagnostics[before:]):
                self.applied.append(patch)
                for key in _keys(patch):
                    self._claim(key, patch)

    def maps(self) -> dict[str, Any]:
        catalog = self.campaign.catalog
        return catalog.maps if catalog is not None else {}

    def _claim(self, key: tuple[str, ...], patch: Patch) -> None:
        first = self.claims.get(key)
        self.claims[key] = patch
        if first is None or first.mod == patch.mod:
            return
        name = f"{key[0]} '{key[1]}'" + (f" field '{key[2]}'" if len(key) > 2 else "")
        self.campaign.conflicts.append(m.Conflict("patch", name, first.mod, patch.mod))
        Sink(patch.path, self.diagnostics).warning(
            patch.line, patch.col,
            f"{name} is patched by mod '{first.mod}' ({first.where()}) and by mod "
            f"'{patch.mod}'; '{patch.mod}' loads later and wins")

    def _missing(self, patch: Patch, known: Iterable[str], where: str = "") -> None:
        known = list(known)
        place = where or f"campaign '{self.campaign.id}'"
        Sink(patch.path, self.diagnostics).error(
            patch.line, patch.col,
            f"{patch.what} is not in {place}{did_you_mean(patch.target, known)}: nothing to "
            "patch (it may have been renamed, removed, or replaced by another mod)")

    # --- lines and options -----------------------------------------------------------------
    def _line(self, patch: Patch) -> None:
        found = self.index.get(patch.target)
        wanted = LINE_KINDS[patch.kind]
        if found is None:
            known = [i for i, (_, kind) in self.index.items() if kind in wanted]
            self._missing(patch, known)
            return
        node_id, kind = found
        sink = Sink(patch.path, self.diagnostics)
        if kind not in wanted:
            better = "option" if kind == "option" else "line"
            hint = (f"write '{better}: {patch.target}'" if better != patch.kind
                    else "patch its claims, or replace the node")
            sink.error(patch.line, patch.col, f"'{patch.target}' is a {kind} id, not a "
                                              f"{patch.kind}'s: {hint}")
            return
        node = self.campaign.nodes[node_id]
        parser = NodeParser(Reader(sink), node_id)
        for line_id, _ in _ids(node.steps):
            derived = _DERIVED.match(line_id)
            if derived and line_id.startswith(node_id + "."):
                base, count = derived.group(1), int(derived.group(2) or 1)
                parser.counts[base] = max(parser.counts.get(base, 0), count)
        editor = _Editor(patch, parser, sink)
        steps = _edit_steps(node.steps, patch.target, editor)
        if steps is None or editor.failed:
            return
        new = m.Node(node.id, node.path, node.line, node.col, steps, node.origin)
        self.campaign.nodes[node_id] = new
        self._reindex(node, new)
        for key, value in patch.ops.items():
            if isinstance(value, SequenceNode) and value.value:
                self.placed.append(Placed(node.path, value.start_mark.line + 1,
                                          value.end_mark.line + 1, patch))
            elif key == "text":  # its {references} are checked at the patch's text
                line = value.start_mark.line + 1
                self.placed.append(Placed(node.path, line, line, patch))

    # --- manifest fields -------------------------------------------------------------------
    def _manifest(self, patch: Patch) -> None:
        if patch.kind == "chapter":
            chapters = {c.id: c for c in self.campaign.chapters}
            old = chapters.get(patch.target)
            if old is None:
                self._missing(patch, chapters)
                return
            new = dataclasses.replace(old, **{k: v[0] for k, v in patch.values.items()})
            self.campaign.chapters = tuple(new if c.id == old.id else c
                                           for c in self.campaign.chapters)
            return
        table: dict[str, Any] = (self.campaign.speakers if patch.kind == "speaker"
                                 else self.campaign.evidence)
        item = table.get(patch.target)
        if item is None:
            self._missing(patch, table)
            return
        table[patch.target] = dataclasses.replace(
            item, **{k: v[0] for k, v in patch.values.items()})

    # --- maps ------------------------------------------------------------------------------
    def _map(self, patch: Patch) -> None:
        """Patch the campaign's map model now, so later mods see the change."""
        assert patch.map is not None
        maps = self.maps()
        if patch.target not in maps:
            self._missing(patch, maps)
            return
        before = len(self.diagnostics)
        world = apply_map(maps[patch.target], [patch.map], self.diagnostics)
        if not any(d.is_error for d in self.diagnostics[before:]):
            maps[patch.target] = world
            self.map_patches.append(patch.map)
            # what lint says of the objects it placed belongs at the patch (see relocate)
            self.placed += [Placed(world.path, line, line, patch)
                            for op, _, line, _ in patch.map.touches() if op != "remove"]

    # --- levels ----------------------------------------------------------------------------
    def _level(self, patch: Patch) -> None:
        catalog = self.campaign.catalog
        levels = catalog.levels if catalog is not None else {}
        if patch.target not in levels:
            self._missing(patch, levels, "the game or its mods (levels/)")
            return
        level = LevelPatch(patch.target, patch.mod, patch.path, patch.line, patch.col,
                           tuple((key, value[0]) for key, value in patch.values.items()))
        before = len(self.diagnostics)
        _check_level(levels[patch.target], level, self.diagnostics)
        if not any(d.is_error for d in self.diagnostics[before:]):
            self.level_patches.append(level)

    # --- the end of the merge --------------------------------------------------------------
    def finish(self) -> None:
        """Apply the map patches to the campaign's maps, check where people stand, and
        hand the map and level patches to the run's content (the game's map library)."""
        catalog = self.campaign.catalog
        if catalog is None:
            return
        catalog.patched = [Applied(patch, tuple(p for p in self.placed if p.patch is patch))
                           for patch in self.applied]
        if not (self.map_patches or self.level_patches):
            return
        for name in dict.fromkeys(p.map for p in self.map_patches):
            placement_problems(catalog.maps[name],
                               [p for p in self.map_patches if p.map == name], self.diagnostics)
        edits: dict[str, list[Any]] = by_map(self.map_patches)
        for level in self.level_patches:
            edits.setdefault(f"levels/{level.level}.yaml", []).append(level)
        catalog.content = EditedContent(catalog.content.packs, edits)


def _keys(patch: Patch) -> list[tuple[str, ...]]:
    """What a patch changes, as conflict keys: two mods with one key conflict."""
    if patch.map is not None:
        return [("map object", f"{patch.target}.{name}") for _, name, _, _ in
                patch.map.touches()]
    if patch.values:
        return [(patch.kind, patch.target, key) for key in patch.values]
    return [(patch.kind, patch.target)]


class _Editor:
    """Does a line or option patch's operations where its target stands."""

    def __init__(self, patch: Patch, parser: NodeParser, sink: Sink) -> None:
        self.patch = patch
        self.parser = parser
        self.sink = sink
        self.failed = False

    def splice(self, items: tuple[Any, ...], index: int,
               parse: Callable[[Node], list[Any]]) -> tuple[Any, ...]:
        ops = self.patch.ops
        before = parse(ops["insert_before"]) if "insert_before" in ops else []
        after = parse(ops["insert_after"]) if "insert_after" in ops else []
        middle = [items[index]]
        if "remove" in ops:
            middle = []
        elif "replace" in ops:
            middle = parse(ops["replace"])
        elif "text" in ops:
            middle = [self.retext(items[index], ops["text"])]
        return (*items[:index], *before, *middle, *after, *items[index + 1:])

    def steps(self, items: m.Steps, index: int) -> m.Steps:
        return self.splice(items, index, lambda node: list(self.parser.steps(node, 1)))

    def options(self, items: tuple[m.Option, ...], index: int) -> tuple[m.Option, ...]:
        def parse(node: Node) -> list[Any]:
            found = (self.parser.option(item, 1) for item in node.value)
            return [option for option in found if option is not None]

        return self.splice(items, index, parse)

    def claims(self, items: tuple[m.Claim, ...], index: int) -> tuple[m.Claim, ...]:
        def parse(node: Node) -> list[Any]:
            found = (self.parser.claim(item, 1) for item in node.value)
            return [claim for claim in found if claim is not None]

        return self.splice(items, index, parse)

    def retext(self, item: Any, node: Node) -> Any:
        text = node.value if isinstance(node, ScalarNode) else ""
        # the new text's {references} and {variations} (variations only in lines), checked
        # at their column in the patch file, then its markup
        template, shown = self.parser.template(node, text, isinstance(item, m.Say))
        plain, spans, problem = parse_markup(shown)
        if problem:
            self.sink.warning(*position(node), problem)
        if isinstance(item, m.OnceStep):
            self.sink.error(self.patch.line, self.patch.col,
                            f"'{self.patch.target}' is a once block, which has no text of its "
                            "own: use 'replace:' with its new steps")
            self.failed = True
            return item
        if isinstance(item, m.Option):
            return dataclasses.replace(item, text=plain, template=template)
        kept = None if len(spans) == 1 and spans[0][1] == PLAIN else spans
        return dataclasses.replace(item, text=plain, spans=kept, template=template)


def _ids(steps: m.Steps) -> Iterator[tuple[str, str]]:
    """Every line id in these steps, nested blocks included, with its kind."""
    for step in steps:
        if isinstance(step, m.Say):
            yield step.line_id, "line"
        elif isinstance(step, m.OnceStep):
            yield step.key, "once"
        elif isinstance(step, m.ChoiceStep):
            for option in step.options:
                yield option.line_id, "option"
        elif isinstance(step, m.DebateStep):
            yield step.debate_id, "debate"
            for claim in step.claims:
                yield claim.line_id, "claim"
        for _, block in m.sub_blocks(step):
            yield from _ids(block)


def _edit_steps(steps: m.Steps, target: str, editor: _Editor) -> m.Steps | None:
    """``steps`` with the patch done at ``target`` (searched in nested blocks too), or
    None when the target is not in them."""
    for index, step in enumerate(steps):
        if (isinstance(step, m.Say) and step.line_id == target) or (
                isinstance(step, m.OnceStep) and step.key == target):
            return editor.steps(steps, index)
        new = _edit_inside(step, target, editor)
        if new is not None:
            return (*steps[:index], new, *steps[index + 1:])
    return None


def _edit_inside(step: m.Step, target: str, editor: _Editor) -> m.Step | None:
    replace = dataclasses.replace
    if isinstance(step, m.ChoiceStep):
        for index, option in enumerate(step.options):
            if option.line_id == target:
                return replace(step, options=editor.options(step.options, index))
            inner = _edit_steps(option.steps, target, editor) if option.steps else None
            if inner is not None:
                options = list(step.options)
                options[index] = replace(option, steps=inner)
                return replace(step, options=tuple(options))
        return None
    if isinstance(step, m.IfStep):
        for index, (cond, block) in enumerate(step.branches):
            inner = _edit_steps(block, target, editor)
            if inner is not None:
                branches = list(step.branches)
                branches[index] = (cond, inner)
                return replace(step, branches=tuple(branches))
        inner = _edit_steps(step.otherwise, target, editor) if step.otherwise else None
        return None if inner is None else replace(step, otherwise=inner)
    if isinstance(step, m.OnceStep):
        inner = _edit_steps(step.steps, target, editor)
        return None if inner is None else replace(step, steps=inner)
    if isinstance(step, m.DebateStep):
        return _edit_debate(step, target, editor)
    kind = step_registry.for_model(step.__class__)
    for key in kind.blocks if kind is not None else ():
        block = getattr(step, key)
        inner = _edit_steps(block, target, editor) if block else None
        if inner is not None:
            return replace(step, **{key: inner})
    return None


def _edit_debate(step: m.DebateStep, target: str, editor: _Editor) -> m.Step | None:
    replace = dataclasses.replace
    for index, claim in enumerate(step.claims):
        if claim.line_id == target:
            return replace(step, claims=editor.claims(step.claims, index))
        new_claim = None
        for key in ("press", "wrong"):
            block = getattr(claim, key)
            inner = _edit_steps(block, target, editor) if block else None
            if inner is not None:
                new_claim = replace(claim, **{key: inner})
                break
        for a, answer in enumerate(claim.answers if new_claim is None else ()):
            inner = _edit_steps(answer.steps, target, editor)
            if inner is not None:
                answers = list(claim.answers)
                answers[a] = replace(answer, steps=inner)
                new_claim = replace(claim, answers=tuple(answers))
                break
        if new_claim is not None:
            claims = list(step.claims)
            claims[index] = new_claim
            return replace(step, claims=tuple(claims))
    for key in ("wrong", "fail", "fail_again"):
        block = getattr(step, key)
        inner = _edit_steps(block, target, editor) if block else None
        if inner is not None:
            return replace(step, **{key: inner})
    return None


# --- lint's view of patched steps ----------------------------------------------------------
def relocate(diagnostics: Iterable[Diagnostic], applied: Sequence[Applied]) -> list[Diagnostic]:
    """Lint reports a step at its node's file; a step a patch brought is in the patch
    file, at the same line and column: move those diagnostics there."""
    placed = [p for a in applied for p in a.placed]
    if not placed:
        return list(diagnostics)
    out = []
    for diag in diagnostics:
        spot = next((p for p in placed if p.node_path == diag.path
                     and p.first <= diag.line <= p.last), None)
        out.append(diag if spot is None else dataclasses.replace(diag, path=spot.patch.path))
    return out


# --- levels --------------------------------------------------------------------------------
def level_editor(patches: Sequence[LevelPatch]) -> Callable[[Node], None]:
    """What changes a level file's composed YAML: each patch's keys, in order."""

    def edit(root: Node) -> None:
        if not isinstance(root, MappingNode):
            return
        for patch in patches:
            for key, value in patch.values:
                top, _, inner = key.partition(".")
                if not inner:
                    _put(root, top, value)
                    continue
                holder = _get(root, top)
                if holder is None:
                    holder = MappingNode("tag:yaml.org,2002:map", [], value.start_mark,
                                         value.end_mark)
                    _put(root, top, holder)
                if isinstance(holder, MappingNode):
                    _put(holder, inner, value)

    return edit


def _get(mapping: MappingNode, key: str) -> Node | None:
    return next((v for k, v in mapping.value if isinstance(k, ScalarNode) and k.value == key),
                None)


def _put(mapping: MappingNode, key: str, value: Node) -> None:
    for index, (k, _) in enumerate(mapping.value):
        if isinstance(k, ScalarNode) and k.value == key:
            mapping.value[index] = (k, value)
            return
    mapping.value.append((ScalarNode(STR, key, value.start_mark, value.end_mark), value))


def _check_level(path: str, patch: LevelPatch, diagnostics: list[Diagnostic]) -> None:
    """The level read with the patch must still be a level: what the patch breaks is an
    error at the patch (or at the value in it that is wrong)."""
    from game.nanobots.levels import LevelError, load_level

    def errors(edit: Callable[[Node], None] | None) -> list[Diagnostic]:
        try:
            load_level(path, edit)
        except LevelError as exc:
            return [d for d in exc.diagnostics if d.is_error]
        except OSError as exc:
            return [Diagnostic(path, 1, 1, "error", str(exc))]
        return []

    before = {(d.line, d.col, d.message) for d in errors(None)}
    lines = {value.start_mark.line for _, value in patch.values}
    sink = Sink(patch.path, diagnostics)
    for diag in errors(level_editor([patch])):
        if (diag.line, diag.col, diag.message) in before:
            continue
        inside = any(value.start_mark.line + 1 <= diag.line <= value.end_mark.line + 1
                     for _, value in patch.values) or diag.line - 1 in lines
        if inside:
            sink.error(diag.line, diag.col, f"level '{patch.level}': {diag.message}")
        else:
            sink.error(patch.line, patch.col, f"level '{patch.level}' with this patch: "
                                              f"{diag.message}")


def level_patches(campaign: m.Campaign | None, level_id: str) -> list[LevelPatch]:
    if campaign is None or campaign.catalog is None:
        return []
    return [p for p in edits_of(campaign.catalog.content, f"levels/{level_id}.yaml")
            if isinstance(p, LevelPatch)]


def campaign_level(campaign: m.Campaign | None, level_id: str, path: str | Path) -> Any:
    """Level ``level_id`` (file ``path``) as the campaign plays it, with the level
    patches of its mods (a :class:`game.nanobots.levels.Level`; :class:`LevelError` when
    it cannot be used)."""
    from game.nanobots.levels import load_level

    patches = level_patches(campaign, level_id)
    return load_level(path, level_editor(patches) if patches else None)


# --- the JSON Schema -----------------------------------------------------------------------
def patch_schema() -> dict[str, Any]:
    """The JSON Schema of a patch file (``dialogue/schema/patch.schema.json``)."""
    dialogue = "dialogue.schema.json#/definitions"
    line_id = {"type": "string", "pattern": "^[A-Za-z0-9_][A-Za-z0-9_.:-]*$"}
    ident = {"type": "string", "pattern": "^[A-Za-z0-9_][A-Za-z0-9_-]*$"}
    steps = {"$ref": f"{dialogue}/steps"}
    options = {"type": "array", "items": {"$ref": f"{dialogue}/step_choice/properties/choice/"
                                                  "items"}}
    claims = {"type": "array", "items": {"$ref": f"{dialogue}/step_debate/properties/debate/"
                                                 "properties/claims/items"}}
    remove = {"const": True, "description": "Remove the target."}

    def line_target(key: str, items: dict[str, Any], desc: str) -> dict[str, Any]:
        return {"type": "object", "description": desc, "required": [key],
                "properties": {key: line_id, "text": {"type": ["string", "number"],
                                                      "description": "The new text; speaker, "
                                                      "expression and id stay."},
                               "replace": items, "insert_before": items,
                               "insert_after": items, "remove": remove},
                "additionalProperties": False,
                "not": {"anyOf": [{"required": ["text", "replace"]},
                                  {"required": ["text", "remove"]},
                                  {"required": ["replace", "remove"]}]}}

    def setter(key: str, fields: dict[str, Any], desc: str) -> dict[str, Any]:
        return {"type": "object", "description": desc, "required": [key, "set"],
                "properties": {key: ident, "set": {"type": "object", "properties": fields,
                                                   "additionalProperties": False,
                                                   "minProperties": 1}},
                "additionalProperties": False}

    text = {"type": "string"}
    number = {"type": "number", "minimum": 0}
    level_fields: dict[str, Any] = {key: {} for key in LEVEL_KEYS}
    level_set = {"type": "object", "minProperties": 1, "properties": level_fields,
                 "patternProperties": {"^(goal|physics)\\.[A-Za-z0-9_]+$": {}},
                 "additionalProperties": False}
    obj = {"type": "object", "required": ["type", "name", "x", "y"], "properties": {
        "type": {"enum": list(ENTITY_KINDS)}, "name": ident, "x": number, "y": number,
        "w": number, "h": number, **{key: {"type": ["string", "number", "boolean"]}
                                     for key in sorted(KNOWN_PROPERTIES)}},
        "description": "An object as on a Tiled map: x, y (and w, h) in tiles; its "
                       "properties as keys."}
    map_patch = {"type": "object", "required": ["map"], "minProperties": 2, "properties": {
        "map": ident, "add": {"type": "array", "items": obj},
        "move": {"type": "object", "additionalProperties": {
            "type": "object", "required": ["x", "y"],
            "properties": {"x": number, "y": number}, "additionalProperties": False}},
        "remove": {"anyOf": [text, {"type": "array", "items": text}]}},
        "additionalProperties": False,
        "description": "Add, move (in tiles) or remove objects of a map, by name."}
    entries = [
        line_target("line", {"anyOf": [steps, claims]},
                    "A line, debate claim or once block, by its line id (steps, or claims "
                    "for a claim)."),
        line_target("option", options, "A choice option, by its line id."),
        setter("speaker", {"name": text, "portrait": ident,
                           "color": {"type": "string", "pattern": "^#([0-9a-fA-F]{3}){1,2}$"}},
               "Change fields of a speaker of the manifest."),
        setter("evidence", {"name": text, "description": text, "icon": ident},
               "Change fields of an evidence item."),
        setter("chapter", {"title": text, "node": ident, "map": ident, "spawn": ident},
               "Change fields of a chapter."),
        {**setter("level", {}, "Change top-level keys of a level (goal.<key>, physics.<key>:"
                               " one key inside those)."),
         "properties": {"level": ident, "set": level_set}},
        map_patch,
    ]
    return {"$schema": "http://json-schema.org/draft-07/schema#",
            "title": "ENAMEL 2045 patch file (patches/<campaign>/*.yaml)",
            "description": "A list of patches: each names one target (line:, option:, "
                           "speaker:, evidence:, chapter:, level: or map:) and what to do to "
                           "it. See docs/modding.md, Patches.",
            "type": "array",
            "items": {"oneOf": [{**entry, "title": next(iter(entry["required"]))}
                                for entry in entries]}}
