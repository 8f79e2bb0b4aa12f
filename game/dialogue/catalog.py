"""What content exists besides dialogue: maps (with spawns and objects), levels, portraits.

Lint checks dialogue against it. Maps are read with ``xml.etree.ElementTree``
(no pygame, no images): only the map's ``entry`` property and the objects of
its object layers matter here. Object layers other than ``collision`` hold
entities by ``type`` (or Tiled 1.9's ``class``): ``spawn`` (its name is the
spawn id), ``npc`` and ``inspect`` (``dialogue``, optional ``campaign`` and
``condition`` properties) and ``warp`` (``target_map``, ``target_spawn``).

A mod's ``maps/``, ``levels/`` and ``assets/portraits/`` overlay the base game's:
same name, the mod's file wins.
"""

from __future__ import annotations

import bisect
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from game.diagnostics import Diagnostic, Sink
from game.dialogue.safepath import list_files

COLLISION_LAYER = "collision"
DEFAULT_ENTRY = "entry"
_OBJECT_RE = re.compile(r"<object\b[^>]*?\bid=\"(\d+)\"")
_PROPERTY_RE = re.compile(r"<property\b[^>]*?\bname=\"([^\"]*)\"")


@dataclass(frozen=True, slots=True)
class MapObject:
    kind: str  # spawn, npc, warp, inspect, or anything else Tiled holds
    name: str
    object_id: str
    line: int
    props: dict[str, str]
    prop_lines: dict[str, int]

    def prop_line(self, key: str) -> int:
        return self.prop_lines.get(key, self.line)


@dataclass(frozen=True, slots=True)
class MapInfo:
    name: str
    path: str
    entry: str
    entry_line: int
    spawns: dict[str, int]  # spawn id -> line
    objects: tuple[MapObject, ...]
    origin: str


@dataclass
class Catalog:
    maps: dict[str, MapInfo] = field(default_factory=dict)
    levels: dict[str, str] = field(default_factory=dict)  # level id -> path
    portraits: dict[str, str] = field(default_factory=dict)  # portrait id -> path
    icons: dict[str, str] = field(default_factory=dict)  # evidence icon id -> path
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @classmethod
    def scan(cls, roots: Sequence[tuple[Path, str]]) -> Catalog:
        """The content of these roots (the base game first, then mods in load order)."""
        catalog = cls()
        for root, origin in roots:
            catalog.add_root(root, origin)
        return catalog

    def add_root(self, root: Path, origin: str) -> None:
        for path in list_files(root, "maps", ".tmx", self.diagnostics):
            info = read_map(path, origin, self.diagnostics)
            if info is not None:
                self.maps[info.name] = info
        for path in list_files(root, "levels", ".yaml", self.diagnostics):
            self.levels[path.stem] = str(path)
        for path in list_files(root, "assets/portraits", ".png", self.diagnostics):
            self.portraits[path.stem] = str(path)
        for path in list_files(root, "assets/icons", ".png", self.diagnostics):
            self.icons[path.stem] = str(path)

    def overlay(self, roots: Sequence[tuple[Path, str]]) -> Catalog:
        """A copy with more roots laid over this one."""
        catalog = Catalog(dict(self.maps), dict(self.levels), dict(self.portraits),
                          dict(self.icons), list(self.diagnostics))
        for root, origin in roots:
            catalog.add_root(root, origin)
        return catalog


def read_map(path: Path, origin: str, diagnostics: list[Diagnostic]) -> MapInfo | None:
    sink = Sink(path, diagnostics)
    try:
        data = path.read_bytes()
        root = ElementTree.fromstring(data)
    except OSError as exc:
        sink.error(1, 1, f"cannot read map: {exc.strerror or exc}")
        return None
    except ElementTree.ParseError as exc:
        line, col = exc.position
        sink.error(line, col + 1, f"not valid XML: {exc}")
        return None
    if root.tag != "map":
        sink.error(1, 1, f"not a Tiled map: the root element is <{root.tag}>, not <map>")
        return None
    text = data.decode("utf-8", "replace")
    lines = _LineIndex(text)
    map_props = _properties(root)
    entry = map_props.get("entry", DEFAULT_ENTRY)
    objects = _objects(root, text, lines)
    spawns: dict[str, int] = {}
    for obj in objects:
        if obj.kind == "spawn" and obj.name:
            spawns.setdefault(obj.name, obj.line)
    entry_line = lines.line_of(text.find('name="entry"')) if "entry" in map_props else 1
    return MapInfo(path.stem, str(path), entry, entry_line, spawns, objects, origin)


class _LineIndex:
    """Line numbers of character offsets."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        index = text.find("\n")
        while index >= 0:
            self.starts.append(index + 1)
            index = text.find("\n", index + 1)

    def line_of(self, index: int) -> int:
        return 1 if index < 0 else bisect.bisect_right(self.starts, index)


def _properties(element: ElementTree.Element) -> dict[str, str]:
    props: dict[str, str] = {}
    holder = element.find("properties")
    if holder is None:
        return props
    for prop in holder.findall("property"):
        name = prop.get("name")
        if name:
            value = prop.get("value")
            props[name] = value if value is not None else (prop.text or "")
    return props


def _objects(root: ElementTree.Element, text: str, lines: _LineIndex) -> tuple[MapObject, ...]:
    spans = [(m.group(1), m.start()) for m in _OBJECT_RE.finditer(text)]
    where = {obj_id: (start, spans[i + 1][1] if i + 1 < len(spans) else len(text))
             for i, (obj_id, start) in enumerate(spans)}
    out = []
    for group in root.iter("objectgroup"):
        if group.get("name") == COLLISION_LAYER:
            continue
        for obj in group.iter("object"):
            obj_id = obj.get("id", "")
            start, end = where.get(obj_id, (-1, -1))
            prop_lines = {}
            if start >= 0:
                for match in _PROPERTY_RE.finditer(text, start, end):
                    prop_lines.setdefault(match.group(1), lines.line_of(match.start()))
            out.append(MapObject(
                kind=obj.get("type") or obj.get("class") or "",
                name=obj.get("name", ""),
                object_id=obj_id,
                line=lines.line_of(start),
                props=_properties(obj),
                prop_lines=prop_lines,
            ))
    return tuple(out)
