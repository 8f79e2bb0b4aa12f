#!/usr/bin/env python3
"""Build maps/*.tmx (Tiled maps) from the readable layout sources in tools/maps/.

Each source module in tools/maps/ describes one map with ASCII grids and legends (see
docs/art.md, "Map sources"). This script resolves tile names through the external
tilesets in assets/tilesets/*.tsx, auto-tiles walls and roofs, stamps multi-tile
objects, writes a Tiled 1.10 TMX with CSV layers, and checks the result: every spawn
and NPC on a walkable tile, every walkable tile reachable from the entry spawn, every
warp pointing at an existing map and spawn.

Usage: python tools/build_maps.py [--out DIR] [--check-only] [map ...]
"""

from __future__ import annotations

import argparse
import importlib
import random
import re
import sys
import xml.etree.ElementTree as ET
import zlib
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import quoteattr

ROOT = Path(__file__).resolve().parent.parent
TILESETS = ROOT / "assets" / "tilesets"
sys.path.insert(0, str(ROOT / "tools"))

MAP_NAMES = ("practice", "street", "clinic", "conference_hall", "sam_flat", "synthedent_suite",
             "new_clinic")
LAYERS = ("ground", "details", "walls", "furniture", "decor", "above")
TS = 16
OBJ_RE = re.compile(r"^(.*)_r(\d+)c(\d+)$")


class BuildError(Exception):
    pass


# --- tilesets ---------------------------------------------------------------
@dataclass
class TileInfo:
    id: int
    name: str
    solid: bool
    rects: list[tuple[float, float, float, float]]
    layer: str


@dataclass
class TilesetInfo:
    name: str
    tilecount: int
    tiles: dict[str, TileInfo]
    objects: dict[str, dict[tuple[int, int], TileInfo]] = field(default_factory=dict)


def load_tileset(name: str) -> TilesetInfo:
    path = TILESETS / f"{name}.tsx"
    root = ET.parse(path).getroot()
    tiles: dict[str, TileInfo] = {}
    for t in root.iter("tile"):
        props = {p.get("name"): (p.get("value"), p.get("type", "string"))
                 for p in t.iter("property")}
        if "name" not in props:
            continue
        rects = [(float(o.get("x", 0)), float(o.get("y", 0)), float(o.get("width", 0)),
                  float(o.get("height", 0))) for o in t.iter("object")]
        tname = props["name"][0]
        solid = props.get("solid", ("false",))[0] == "true"
        tiles[tname] = TileInfo(int(t.get("id")), tname, solid, rects,
                                props.get("layer", ("",))[0])
    info = TilesetInfo(name, int(root.get("tilecount")), tiles)
    for tname, ti in tiles.items():
        m = OBJ_RE.match(tname)
        if m:
            info.objects.setdefault(m.group(1), {})[(int(m.group(2)), int(m.group(3)))] = ti
        else:
            info.objects.setdefault(tname, {})[(0, 0)] = ti
    return info


# --- the builder --------------------------------------------------------------
@dataclass
class Placed:
    ts: str
    tile: TileInfo


class MapBuilder:
    def __init__(self, stem: str, src, tilesets: dict[str, TilesetInfo]):
        self.stem = stem
        self.src = src
        self.tilesets = tilesets
        self.names = list(src.TILESETS)
        self.grid = rows(src.LAYOUT)
        self.h = len(self.grid)
        self.w = len(self.grid[0])
        for y, r in enumerate(self.grid):
            if len(r) != self.w:
                raise BuildError(f"{stem}: LAYOUT row {y} has {len(r)} chars, expected {self.w}")
        self.layers: dict[str, list[list[Placed | None]]] = {
            name: [[None] * self.w for _ in range(self.h)] for name in LAYERS}
        self.rng = random.Random(zlib.crc32(stem.encode()))

    # tile lookup: "tileset:name"
    def tile(self, ref: str) -> Placed:
        ts, _, name = ref.partition(":")
        if ts not in self.tilesets or ts not in self.names:
            raise BuildError(f"{self.stem}: tileset {ts!r} not used by this map ({ref})")
        info = self.tilesets[ts]
        if name not in info.tiles:
            raise BuildError(f"{self.stem}: no tile {name!r} in tileset {ts}")
        return Placed(ts, info.tiles[name])

    def put(self, layer: str, x: int, y: int, ref: str | Placed) -> None:
        p = self.tile(ref) if isinstance(ref, str) else ref
        self.layers[layer][y][x] = p

    # --- base layout: floors, walls, autotiles -------------------------------
    def build_layout(self) -> None:
        legend = self.src.LEGEND
        for y in range(self.h):
            for x in range(self.w):
                ch = self.grid[y][x]
                if ch not in legend:
                    raise BuildError(f"{self.stem}: LAYOUT ({x},{y}) char {ch!r} not in LEGEND")
                spec = legend[ch]
                if isinstance(spec, str):
                    self.put("ground", x, y, spec)
                elif isinstance(spec, list):
                    self.put("ground", x, y, self.choose(spec))
                elif "wall" in spec:
                    self.wall(x, y, ch, spec)
                elif "auto" in spec:
                    self.auto(x, y, ch, spec)
                elif "tile" in spec:
                    self.put(spec.get("layer", "walls"), x, y, spec["tile"])
                    if "under" in spec:
                        self.put("ground", x, y, self.pick(spec["under"]))
                else:
                    raise BuildError(f"{self.stem}: bad legend entry for {ch!r}: {spec}")

    def pick(self, spec) -> str:
        return self.choose(spec) if isinstance(spec, list) else spec

    def choose(self, options: list) -> str:
        total = sum(w for _, w in options)
        r = self.rng.random() * total
        for ref, w in options:
            r -= w
            if r < 0:
                return ref
        return options[-1][0]

    def is_wall(self, x: int, y: int) -> bool:
        if not (0 <= x < self.w and 0 <= y < self.h):
            return True
        spec = self.src.LEGEND[self.grid[y][x]]
        return isinstance(spec, dict) and ("wall" in spec or spec.get("blocks_as_wall", False))

    def wall_kind(self, x: int, y: int) -> str:
        """'top', 'upper' or 'lower' for a wall cell."""
        k = 0
        yy = y
        while yy < self.h and self.is_wall(x, yy):
            k += 1
            yy += 1
        if yy >= self.h:
            return "top"
        return {1: "lower", 2: "upper"}.get(k, "top")

    def is_top(self, x: int, y: int) -> bool:
        if not (0 <= x < self.w and 0 <= y < self.h):
            return True
        return self.is_wall(x, y) and self.wall_kind(x, y) == "top"

    def wall(self, x: int, y: int, ch: str, spec: dict) -> None:
        kind = self.wall_kind(x, y)
        if kind == "top":
            n, e = not self.is_top(x, y - 1), not self.is_top(x + 1, y)
            s, w = not self.is_top(x, y + 1), not self.is_top(x - 1, y)
            mask = f"{int(n)}{int(e)}{int(s)}{int(w)}"
            self.put("walls", x, y, f"common:walltop_{spec['top']}_{mask}")
        else:
            upper, lower = spec["wall"]
            self.put("walls", x, y, upper if kind == "upper" else lower)

    def auto(self, x: int, y: int, ch: str, spec: dict) -> None:
        def same(xx: int, yy: int) -> bool:
            if not (0 <= xx < self.w and 0 <= yy < self.h):
                return True
            return self.grid[yy][xx] == ch
        n, e, s, w = (not same(x, y - 1), not same(x + 1, y), not same(x, y + 1),
                      not same(x - 1, y))
        ref = spec["auto"].format(mask=f"{int(n)}{int(e)}{int(s)}{int(w)}")
        self.put(spec.get("layer", "walls"), x, y, ref)

    # --- overlays: multi-tile objects marked by their footprint --------------
    def build_overlay(self, grid_src: str, legend: dict, layer: str, label: str) -> None:
        grid = self.overlay_rows(grid_src, label)
        done = [[False] * self.w for _ in range(self.h)]
        for y in range(self.h):
            for x in range(self.w):
                ch = grid[y][x]
                if ch in ". " or done[y][x]:
                    continue
                if ch not in legend:
                    raise BuildError(f"{self.stem}: {label} ({x},{y}) char {ch!r} not in legend")
                ref = legend[ch]
                ts, _, obj = ref.partition(":")
                if ts not in self.names:
                    raise BuildError(f"{self.stem}: tileset {ts} not listed in TILESETS")
                parts = self.tilesets[ts].objects.get(obj)
                if not parts:
                    raise BuildError(f"{self.stem}: no object {obj!r} in tileset {ts}")
                ow = max(c for _, c in parts) + 1
                oh = max(r for r, _ in parts) + 1
                for yy in range(y, y + oh):
                    for xx in range(x, x + ow):
                        if yy >= self.h or xx >= self.w or grid[yy][xx] != ch or done[yy][xx]:
                            raise BuildError(
                                f"{self.stem}: {label} object {obj} ({ow}x{oh}) at ({x},{y}) "
                                f"does not fit its footprint of {ch!r}")
                        done[yy][xx] = True
                for (r, c), ti in parts.items():
                    target = "above" if ti.layer == "above" else layer
                    if self.layers[target][y + r][x + c] is not None and target == "above":
                        target = "above"
                    self.layers[target][y + r][x + c] = Placed(ts, ti)

    def overlay_rows(self, grid_src: str, label: str) -> list[str]:
        """An overlay grid; short rows are padded with '.', long ones are an error."""
        grid = rows(grid_src)
        if len(grid) != self.h:
            raise BuildError(f"{self.stem}: {label} has {len(grid)} rows, expected {self.h}")
        for y, r in enumerate(grid):
            if len(r) > self.w:
                raise BuildError(f"{self.stem}: {label} row {y} is longer than {self.w}")
        return [r.ljust(self.w, ".") for r in grid]

    # --- walkability ----------------------------------------------------------
    def cell_state(self, x: int, y: int) -> str:
        """'free', 'partial' or 'solid' for collision (ignoring the above layer)."""
        has_ground = False
        partial = False
        for name in LAYERS:
            if name == "above":
                continue
            p = self.layers[name][y][x]
            if p is None:
                continue
            has_ground = True
            if p.tile.solid:
                return "solid"
            if p.tile.rects:
                partial = True
        if not has_ground:
            return "solid"
        return "partial" if partial else "free"

    def marks(self) -> dict[str, list[tuple[int, int]]]:
        out: dict[str, list[tuple[int, int]]] = {}
        for y, r in enumerate(self.overlay_rows(self.src.MARKS, "MARKS")):
            for x, ch in enumerate(r):
                if ch not in ". ":
                    out.setdefault(ch, []).append((x, y))
        return out


def rows(s: str) -> list[str]:
    lines = s.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


# --- entities -------------------------------------------------------------
@dataclass
class Entity:
    kind: str
    name: str
    x: float
    y: float
    w: float = 0
    h: float = 0
    props: dict[str, str] = field(default_factory=dict)
    cell: tuple[int, int] = (0, 0)


ENTITY_PROPS = {"spawn": ("facing",),
                "npc": ("character", "facing", "campaign", "dialogue", "condition"),
                "warp": ("target_map", "target_spawn", "campaign", "condition"),
                "inspect": ("dialogue", "campaign", "condition"),
                "spot": ("facing",)}


def resolve_entities(b: MapBuilder) -> list[Entity]:
    marks = b.marks()
    out = []
    for e in b.src.ENTITIES:
        kind = e["type"]
        at = e["at"]
        if isinstance(at, str):
            if at not in marks:
                raise BuildError(f"{b.stem}: entity {e['name']} uses mark {at!r} not in MARKS")
            cells = marks[at]
        else:
            x, y = at[0], at[1]
            cw, ch = (at[2], at[3]) if len(at) == 4 else (1, 1)
            cells = [(xx, yy) for yy in range(y, y + ch) for xx in range(x, x + cw)]
        x0 = min(c[0] for c in cells)
        y0 = min(c[1] for c in cells)
        x1 = max(c[0] for c in cells) + 1
        y1 = max(c[1] for c in cells) + 1
        props = {k: e[k] for k in ENTITY_PROPS[kind] if k in e}
        if kind in ("spawn", "npc", "spot"):
            if len(cells) != 1:
                raise BuildError(f"{b.stem}: point entity {e['name']} must mark one cell")
            out.append(Entity(kind, e["name"], x0 * TS + 8, y0 * TS + 12, props=props,
                              cell=(x0, y0)))
        else:
            out.append(Entity(kind, e["name"], x0 * TS, y0 * TS, (x1 - x0) * TS,
                              (y1 - y0) * TS, props=props, cell=(x0, y0)))
    return out


def check(b: MapBuilder, ents: list[Entity]) -> list[str]:
    """Everything the engine relies on that a map source can get wrong."""
    errs = entity_errors(b, ents)
    spawns = {e.name: e for e in ents if e.kind == "spawn"}
    if b.src.ENTRY not in spawns:
        return [*errs, f"entry spawn {b.src.ENTRY} missing"]
    seen = flood(b, spawns[b.src.ENTRY].cell)
    lost = [(x, y) for y in range(b.h) for x in range(b.w)
            if b.cell_state(x, y) == "free" and (x, y) not in seen]
    if lost:
        errs.append(f"{len(lost)} walkable cells unreachable from entry, e.g. {lost[:8]}")
    for e in ents:
        if e.kind in ("spawn", "npc", "spot") and e.cell not in seen:
            errs.append(f"{e.kind} {e.name} at {e.cell} is not reachable from the entry")
        if e.kind == "warp":
            errs.extend(warp_errors(e, seen, spawns))
    return errs


def entity_errors(b: MapBuilder, ents: list[Entity]) -> list[str]:
    errs = []
    names = [e.name for e in ents]
    for n in sorted(set(names)):
        if names.count(n) > 1:
            errs.append(f"duplicate entity name {n}")
    for e in ents:
        for k in ENTITY_PROPS[e.kind]:
            if k not in e.props and k not in ("campaign", "facing", "condition"):
                errs.append(f"{e.kind} {e.name} lacks property {k}")
        if e.kind in ("spawn", "npc", "spot") and b.cell_state(*e.cell) != "free":
            errs.append(f"{e.kind} {e.name} at {e.cell} stands on a {b.cell_state(*e.cell)} tile")
    return errs


def flood(b: MapBuilder, start: tuple[int, int]) -> set[tuple[int, int]]:
    """Cells reachable from start over tiles with no collision at all."""
    seen = {start}
    q = deque([start])
    while q:
        x, y = q.popleft()
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < b.w and 0 <= ny < b.h and (nx, ny) not in seen \
                    and b.cell_state(nx, ny) == "free":
                seen.add((nx, ny))
                q.append((nx, ny))
    return seen


def warp_errors(e: Entity, seen: set[tuple[int, int]], spawns: dict[str, Entity]) -> list[str]:
    errs = []
    cells = [(x, y) for y in range(int(e.y) // TS, int(e.y + e.h) // TS)
             for x in range(int(e.x) // TS, int(e.x + e.w) // TS)]
    if not any(c in seen for c in cells):
        errs.append(f"warp {e.name} cannot be reached")
    for s in spawns.values():
        sx, sy = s.cell
        if any(abs(sx - x) + abs(sy - y) < 2 for x, y in cells):
            errs.append(f"spawn {s.name} is too close to warp {e.name}")
    return errs


# --- TMX output -----------------------------------------------------------
def tmx_text(b: MapBuilder, ents: list[Entity]) -> str:
    firstgid = {}
    gid = 1
    for name in b.names:
        firstgid[name] = gid
        gid += b.tilesets[name].tilecount
    n_layers = len(LAYERS)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<map version="1.10" tiledversion="1.10.2" orientation="orthogonal" '
        f'renderorder="right-down" width="{b.w}" height="{b.h}" tilewidth="{TS}" '
        f'tileheight="{TS}" infinite="0" nextlayerid="{n_layers + 2}" '
        f'nextobjectid="{len(ents) + 1}">',
        " <properties>",
        f"  <property name=\"entry\" value={quoteattr(b.src.ENTRY)}/>",
        f"  <property name=\"title\" value={quoteattr(b.src.TITLE)}/>",
        " </properties>",
    ]
    for name in b.names:
        src = f"../assets/tilesets/{name}.tsx"
        out.append(f' <tileset firstgid="{firstgid[name]}" source="{src}"/>')
    for i, lname in enumerate(LAYERS, start=1):
        out.append(f' <layer id="{i}" name="{lname}" width="{b.w}" height="{b.h}">')
        if lname == "above":
            out.append("  <properties>")
            out.append('   <property name="above" type="bool" value="true"/>')
            out.append("  </properties>")
        out.append('  <data encoding="csv">')
        lines = []
        for y in range(b.h):
            cells = []
            for x in range(b.w):
                p = b.layers[lname][y][x]
                cells.append(str(firstgid[p.ts] + p.tile.id) if p else "0")
            lines.append(",".join(cells))
        out.append(",\n".join(lines))
        out.append("</data>")
        out.append(" </layer>")
    out.append(f' <objectgroup id="{n_layers + 1}" name="entities">')
    for oid, e in enumerate(ents, start=1):
        attrs = f'id="{oid}" name={quoteattr(e.name)} type="{e.kind}" x="{e.x:g}" y="{e.y:g}"'
        if e.kind in ("warp", "inspect"):
            attrs += f' width="{e.w:g}" height="{e.h:g}"'
        out.append(f"  <object {attrs}>")
        if e.props:
            out.append("   <properties>")
            for k in sorted(e.props):
                out.append(f"    <property name=\"{k}\" value={quoteattr(str(e.props[k]))}/>")
            out.append("   </properties>")
        if e.kind in ("spawn", "npc", "spot"):
            out.append("   <point/>")
        out.append("  </object>")
    out.append(" </objectgroup>")
    out.append("</map>")
    return "\n".join(out) + "\n"


def build_map(stem: str, tilesets: dict[str, TilesetInfo]) -> tuple[str, list[Entity], list[str]]:
    src = importlib.import_module(f"maps.{stem}")
    b = MapBuilder(stem, src, tilesets)
    b.build_layout()
    for grid_name, legend_name, layer in (("DETAILS", "DETAILS_LEGEND", "details"),
                                          ("FURNITURE", "FURNITURE_LEGEND", "furniture"),
                                          ("DECOR", "DECOR_LEGEND", "decor"),
                                          ("ABOVE", "ABOVE_LEGEND", "above")):
        if hasattr(src, grid_name):
            b.build_overlay(getattr(src, grid_name), getattr(src, legend_name), layer, grid_name)
    ents = resolve_entities(b)
    errs = check(b, ents)
    return tmx_text(b, ents), ents, errs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "maps")
    ap.add_argument("--check-only", action="store_true")
    ap.add_argument("--force", action="store_true", help="write the maps even if checks fail")
    ap.add_argument("maps", nargs="*", default=list(MAP_NAMES))
    args = ap.parse_args(argv)
    tilesets = {p.stem: load_tileset(p.stem) for p in sorted(TILESETS.glob("*.tsx"))}
    all_ents: dict[str, list[Entity]] = {}
    texts = {}
    failed = False
    for stem in args.maps:
        text, ents, errs = build_map(stem, tilesets)
        for err in errs:
            print(f"{stem}: {err}", file=sys.stderr)
        failed |= bool(errs)
        texts[stem] = text
        all_ents[stem] = ents
    for stem, ents in all_ents.items():
        for e in ents:
            if e.kind != "warp":
                continue
            tm, tsp = e.props["target_map"], e.props["target_spawn"]
            if tm in all_ents:
                names = {x.name for x in all_ents[tm] if x.kind == "spawn"}
                if tsp not in names:
                    print(f"{stem}: warp {e.name} -> {tm}:{tsp}: no such spawn", file=sys.stderr)
                    failed = True
            elif not (ROOT / "maps" / f"{tm}.tmx").exists():
                print(f"{stem}: warp {e.name} -> missing map {tm}", file=sys.stderr)
                failed = True
    if failed and not args.force:
        return 1
    if not args.check_only:
        args.out.mkdir(parents=True, exist_ok=True)
        for stem, text in texts.items():
            (args.out / f"{stem}.tmx").write_text(text, encoding="utf-8")
            print(f"wrote {args.out / (stem + '.tmx')}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
