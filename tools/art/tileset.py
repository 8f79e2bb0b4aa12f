"""Tileset builder: tiles and multi-tile objects -> PNG sheet + external Tiled .tsx.

A multi-tile object is drawn once on a big canvas and sliced into 16x16 tiles named
``<object>_r<row>c<col>`` (or just ``<object>`` when it is a single tile). Collision is
given per object as pixel rectangles; each tile receives the part of them that falls
inside it: a tile covered completely gets ``solid = true``, a partly covered one gets a
Tiled per-tile collision ``<objectgroup>``. Tiles of the top ``above`` rows get the
string property ``layer = above`` (a hint for the map builder: they go in the layer
drawn over the characters) and never collide.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import quoteattr

from .canvas import Canvas

TS = 16
COLUMNS = 16

Rect = tuple[int, int, int, int]


@dataclass
class Tile:
    name: str
    img: Canvas
    solid: bool = False
    rects: list[Rect] = field(default_factory=list)
    layer: str = ""  # "", "above", ...
    anim: list[tuple[str, int]] | None = None  # (tile name, duration ms)
    extra: dict[str, str] = field(default_factory=dict)


class Tileset:
    def __init__(self, name: str):
        self.name = name
        self.tiles: list[Tile] = []
        self.by_name: dict[str, Tile] = {}

    # ------------------------------------------------------------------
    def add(self, name: str, img: Canvas, solid: bool = False, rects: list[Rect] | None = None,
            layer: str = "", **extra: str) -> Tile:
        assert img.w == TS and img.h == TS, (name, img.w, img.h)
        assert name not in self.by_name, f"duplicate tile name {name} in {self.name}"
        assert name.replace("_", "").isalnum() and name == name.lower(), name
        rects = list(rects or [])
        if any(r == (0, 0, TS, TS) for r in rects):
            solid, rects = True, []
        t = Tile(name, img, solid, rects, layer, None, dict(extra))
        self.tiles.append(t)
        self.by_name[name] = t
        return t

    def add_object(self, name: str, img: Canvas, rects: list[Rect] | None = None,
                   above: int = 0, solid: bool = False, skip_empty: bool = True) -> list[str]:
        """Slice img (a multiple of 16 in both sizes) into tiles.

        rects: collision rectangles in object pixel coordinates.
        above: number of top tile rows that go in the ``above`` layer.
        solid: every non-above tile is fully solid.
        """
        assert img.w % TS == 0 and img.h % TS == 0, name
        cols, rows = img.w // TS, img.h // TS
        names = []
        for r in range(rows):
            for c in range(cols):
                part = img.crop(c * TS, r * TS, TS, TS)
                tname = name if rows == cols == 1 else f"{name}_r{r}c{c}"
                if skip_empty and not part.opaque().any() and rows * cols > 1:
                    continue
                is_above = r < above
                trects: list[Rect] = []
                tsolid = False
                if not is_above:
                    if solid:
                        tsolid = True
                    for rx, ry, rw, rh in rects or []:
                        x0, y0 = max(rx, c * TS), max(ry, r * TS)
                        x1, y1 = min(rx + rw, (c + 1) * TS), min(ry + rh, (r + 1) * TS)
                        if x1 > x0 and y1 > y0:
                            trects.append((x0 - c * TS, y0 - r * TS, x1 - x0, y1 - y0))
                self.add(tname, part, solid=tsolid, rects=[] if tsolid else trects,
                         layer="above" if is_above else "")
                names.append(tname)
        return names

    def animate(self, name: str, frames: list[tuple[str, int]]) -> None:
        self.by_name[name].anim = frames

    def index(self, name: str) -> int:
        return self.tiles.index(self.by_name[name])

    # ------------------------------------------------------------------
    def sheet(self) -> Canvas:
        rows = (len(self.tiles) + COLUMNS - 1) // COLUMNS
        cv = Canvas(COLUMNS * TS, rows * TS)
        for i, t in enumerate(self.tiles):
            cv.blit(t.img, (i % COLUMNS) * TS, (i // COLUMNS) * TS)
        return cv

    def tsx(self) -> str:
        rows = (len(self.tiles) + COLUMNS - 1) // COLUMNS
        ids = {t.name: i for i, t in enumerate(self.tiles)}
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<tileset version="1.10" tiledversion="1.10.2" name="{self.name}" '
            f'tilewidth="{TS}" tileheight="{TS}" tilecount="{len(self.tiles)}" '
            f'columns="{COLUMNS}">',
            f' <image source="{self.name}.png" width="{COLUMNS * TS}" height="{rows * TS}"/>',
        ]
        for i, t in enumerate(self.tiles):
            out.append(f' <tile id="{i}">')
            out.append("  <properties>")
            if t.layer:
                out.append(f'   <property name="layer" value="{t.layer}"/>')
            out.append(f'   <property name="name" value="{t.name}"/>')
            if t.solid:
                out.append('   <property name="solid" type="bool" value="true"/>')
            for k, v in sorted(t.extra.items()):
                out.append(f"   <property name={quoteattr(k)} value={quoteattr(v)}/>")
            out.append("  </properties>")
            if t.rects:
                out.append('  <objectgroup draworder="index" id="2">')
                for j, (x, y, w, h) in enumerate(t.rects, start=1):
                    out.append(f'   <object id="{j}" x="{x}" y="{y}" width="{w}" height="{h}"/>')
                out.append("  </objectgroup>")
            if t.anim:
                out.append("  <animation>")
                for fname, ms in t.anim:
                    out.append(f'   <frame tileid="{ids[fname]}" duration="{ms}"/>')
                out.append("  </animation>")
            out.append(" </tile>")
        out.append("</tileset>")
        return "\n".join(out) + "\n"

    def save(self, outdir: Path) -> None:
        outdir.mkdir(parents=True, exist_ok=True)
        self.sheet().save(outdir / f"{self.name}.png")
        (outdir / f"{self.name}.tsx").write_text(self.tsx(), encoding="utf-8")
