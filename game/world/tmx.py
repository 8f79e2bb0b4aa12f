"""Reading Tiled maps (``.tmx``) and tilesets (``.tsx``) into the map model.

One reader for everything that looks at maps: the game, lint and the map checks.
Every file is found through a :class:`~game.content.resolver.Resolver`: a map's
tileset ``source=`` is taken relative to the map file, made pack-relative
(``../assets/tilesets/clinic.tsx`` in ``maps/`` is ``assets/tilesets/clinic.tsx``),
must stay inside the pack, and is looked up through the overlay (the highest-priority
pack that has that path, down to the base game). A tileset's image is found the same
way, relative to the tileset. XML is read by :mod:`game.content.xmldoc` (no DTDs, no
entities).

Problems become diagnostics at the file and place they are in: the ``<tileset>``
element of the map for a tileset reference, the ``.tsx`` itself for what is wrong
inside a tileset.
"""

from __future__ import annotations

import base64
import functools
import gzip
import struct
import zlib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from game.content.resolver import Found, Refused, Resolver
from game.content.textread import MiB, Unreadable, read_bytes
from game.content.xmldoc import Element, XmlError, parse_xml, where
from game.diagnostics import Diagnostic, Sink
from game.world.mapdata import (
    COLLISION_LAYER,
    DEFAULT_ENTRY,
    GID_MASK,
    TILE_SIZE,
    MapObject,
    MapTileset,
    Tile,
    TileLayer,
    Tileset,
    WorldMap,
    flag,
)

#: The largest map or tileset file read (the largest shipped one is 27 KiB).
MAX_BYTES = 4 * MiB
#: The most tiles a map may have across and down (the largest shipped map is 52x36):
#: the game keeps a pixel-sized picture and collision mask of the whole map.
MAX_TILES = 128


class TilesetCache:
    """Tilesets read once per session (a lint run, a map library until it reloads)."""

    def __init__(self) -> None:
        self._sets: dict[tuple[Path, Resolver], tuple[Tileset | None, list[Diagnostic]]] = {}

    def get(self, found: Found, content: Resolver) -> tuple[Tileset | None, list[Diagnostic]]:
        # the same file may find other images through other packs
        key = (found.path, content)
        if key not in self._sets:
            diagnostics: list[Diagnostic] = []
            tileset = _read_external_tileset(found, content, diagnostics)
            self._sets[key] = (tileset, diagnostics)
        return self._sets[key]

    def clear(self) -> None:
        self._sets.clear()


def read_map(found: Found, content: Resolver, diagnostics: list[Diagnostic],
             cache: TilesetCache | None = None) -> WorldMap | None:
    """The map in file ``found``, or None when it cannot be used; every problem (the
    map's and its tilesets') is added to ``diagnostics``."""
    sink = Sink(found.path, diagnostics)
    root = parse_file(found.path, sink)
    if root is None:
        return None
    if root.tag != "map":
        sink.error(*where(root),
                   f"not a Tiled map: the root element is <{root.tag}>, not <map>")
        return None
    reader = _MapReader(found, content, sink, cache or TilesetCache(), diagnostics)
    return reader.read(root)


def parse_file(path: Path, sink: Sink, positions: bool = True) -> Element | None:
    """The XML of a map or tileset file, or None (and an error in ``sink``)."""
    try:
        data = read_bytes(path, MAX_BYTES, "a map or tileset file")
    except Unreadable as exc:
        sink.error(exc.line, exc.col, exc.message)
        return None
    try:
        return parse_xml(data, positions)
    except XmlError as exc:
        sink.error(exc.line, exc.col, exc.message)
        return None


def _int(element: Element, key: str, sink: Sink, default: int | None = None,
         minimum: int = 0, maximum: int | None = None) -> int | None:
    raw = element.get(key)
    if raw is None:
        if default is None:
            sink.error(*where(element), f"<{element.tag}> needs a '{key}' attribute")
        return default
    try:
        value = int(raw)
    except ValueError:
        sink.error(*where(element),
                   f"<{element.tag}> {key}={raw!r} is not a whole number")
        return None
    if value < minimum:
        sink.error(*where(element),
                   f"<{element.tag}> {key}={value} must be at least {minimum}")
        return None
    if maximum is not None and value > maximum:
        sink.error(*where(element), f"<{element.tag}> {key}={value} is over {maximum}")
        return None
    return value


def _float(element: Element, key: str, sink: Sink) -> float:
    raw = element.get(key)
    if raw is None:
        return 0.0
    try:
        value = float(raw)
    except ValueError:
        sink.error(*where(element), f"<{element.tag}> {key}={raw!r} is not a number")
        return 0.0
    if value != value or value in (float("inf"), float("-inf")):
        sink.error(*where(element), f"<{element.tag}> {key}={raw!r} is not a number")
        return 0.0
    return value


def properties(element: Element) -> tuple[dict[str, str], dict[str, int]]:
    """Custom properties as written (text) and the line of each."""
    props: dict[str, str] = {}
    lines: dict[str, int] = {}
    holder = element.find("properties")
    if holder is None:
        return props, lines
    for prop in holder.findall("property"):
        name = prop.get("name")
        if name:
            value = prop.get("value")
            props[name] = value if value is not None else (prop.text or "")
            lines.setdefault(name, where(prop)[0])
    return props, lines


class _MapReader:
    def __init__(self, found: Found, content: Resolver, sink: Sink, cache: TilesetCache,
                 diagnostics: list[Diagnostic]) -> None:
        self.found = found
        self.content = content
        self.sink = sink
        self.cache = cache
        self.diagnostics = diagnostics

    def error(self, element: Element, message: str) -> None:
        self.sink.error(*where(element), message)

    def read(self, root: Element) -> WorldMap | None:
        before = len(self.diagnostics)
        width = _int(root, "width", self.sink, minimum=1, maximum=MAX_TILES)
        height = _int(root, "height", self.sink, minimum=1, maximum=MAX_TILES)
        tile_w = _int(root, "tilewidth", self.sink, minimum=1)
        tile_h = _int(root, "tileheight", self.sink, minimum=1)
        if (tile_w, tile_h) != (TILE_SIZE, TILE_SIZE) and None not in (tile_w, tile_h):
            self.error(root, f"tiles must be {TILE_SIZE}x{TILE_SIZE}, not {tile_w}x{tile_h}")
        orientation = root.get("orientation", "orthogonal")
        if orientation != "orthogonal":
            self.error(root, f"only orthogonal maps are supported, not {orientation!r}")
        if flag(root.get("infinite", "0")):
            self.error(root, "infinite maps are not supported: turn 'Infinite' off in "
                             "Tiled's map properties")
        if any(d.is_error for d in self.diagnostics[before:]):
            return None
        assert width and height and tile_w and tile_h
        for image_layer in _in_order(root, "imagelayer"):
            self.error(image_layer, "image layers are not supported: draw it on a tile layer")
        props, prop_lines = properties(root)
        tilesets = self.tilesets(root)
        read = [(element, layer) for element in _in_order(root, "layer")
                if (layer := self.layer(element, width, height)) is not None]
        if len(tilesets) == len(root.findall("tileset")):  # (else: said already)
            self.check_gids(read, tilesets)
        layers = [layer for _, layer in read]
        objects: list[MapObject] = []
        collision: list[MapObject] = []
        for group in _in_order(root, "objectgroup"):
            target = collision if group.get("name") == COLLISION_LAYER else objects
            target += [self.object(obj) for obj in group.findall("object")]
        name = Path(self.found.rel).stem
        return WorldMap(
            name=name, path=str(self.found.path),
            title=str(props.get("title") or name.replace("_", " ").title()),
            entry=str(props.get("entry") or DEFAULT_ENTRY),
            entry_line=prop_lines.get("entry", 1),
            width=width, height=height, tile_w=tile_w, tile_h=tile_h,
            layers=layers, tilesets=sorted(tilesets, key=lambda t: t.firstgid),
            objects=objects, collision=collision, origin=self.found.pack.id,
            files=tuple(dict.fromkeys(rel for used in tilesets
                                      for rel in (used.rel, *used.tileset.refs) if rel)),
        )

    # --- tilesets ----------------------------------------------------------------------------
    def tilesets(self, root: Element) -> list[MapTileset]:
        used: list[MapTileset] = []
        for element in root.findall("tileset"):
            firstgid = _int(element, "firstgid", self.sink, minimum=1)
            if firstgid is None:
                continue
            source = element.get("source")
            if source is None:  # embedded in the map
                tileset = _read_tileset(element, self.found, self.content, self.sink,
                                        self.diagnostics)
                rel = ""
            else:
                tileset, rel = self.external(element, source)
            if tileset is None:
                continue
            used.append(MapTileset(firstgid, tileset, rel))
        return used

    def external(self, element: Element, source: str) -> tuple[Tileset | None, str]:
        try:
            rel, found = self.content.follow(self.found, source)
        except Refused as exc:
            self.error(element, f"tileset {source!r} is refused: {exc}")
            return None, ""
        if found is None:
            self.error(element, f"tileset {source!r} ({rel}) is not in the game"
                                f"{' or its mods' if len(self.content.packs) > 1 else ''}")
            return None, rel
        tileset, problems = self.cache.get(found, self.content)
        self.diagnostics += problems
        if tileset is None:
            self.error(element, f"tileset {source!r} cannot be used (see {found.path})")
        return tileset, rel

    # --- layers ------------------------------------------------------------------------------
    def layer(self, element: Element, width: int, height: int) -> TileLayer | None:
        props, _ = properties(element)
        name = element.get("name", "")
        data = element.find("data")
        if data is None:
            self.error(element, f"layer {name!r} has no <data>")
            return None
        if data.find("chunk") is not None:
            self.error(data, f"layer {name!r} is stored in chunks (an infinite map)")
            return None
        decoded = self.decode(data, name)
        if decoded is None:
            return None
        count, ids, values = decoded
        if count != width * height:
            self.error(data, f"layer {name!r} has {count} tiles, not {width}x{height}")
            return None
        if ids and (min(ids) < 0 or max(ids) > 0xFFFFFFFF):
            self.error(data, f"layer {name!r}: a tile id is not a 32-bit number")
            return None

        def rows() -> tuple[tuple[int, ...], ...]:
            flat = values()
            return tuple(tuple(flat[y * width : (y + 1) * width]) for y in range(height))

        return TileLayer(name, flag(props.get("above", "")), rows, frozenset(ids),
                         where(element)[0])

    def decode(self, data: Element,
               name: str) -> tuple[int, set[int], Callable[[], list[int]]] | None:
        """(how many tiles, the distinct ids, a function giving all of them in order).

        CSV — what Tiled writes, and every map of the game — is checked without making
        an int of every cell (lint reads every map); the cells are made when the game
        first draws or walks the map.
        """
        encoding = data.get("encoding")
        try:
            if encoding == "csv":
                text = (data.text or "").strip().rstrip(",")
                tokens = text.split(",") if text else []
                return len(tokens), {int(token) for token in set(tokens)}, \
                    functools.partial(_ints, tokens)
            if encoding is None:
                values = [int(tile.get("gid", "0") or 0) for tile in data.findall("tile")]
            elif encoding == "base64":
                raw = base64.b64decode((data.text or "").strip(), validate=False)
                compression = data.get("compression")
                if compression == "zlib":
                    raw = zlib.decompress(raw)
                elif compression == "gzip":
                    raw = gzip.decompress(raw)
                elif compression:
                    self.error(data, f"layer {name!r}: compression {compression!r} is not "
                                     "supported (use CSV, or zlib/gzip)")
                    return None
                if len(raw) % 4:
                    raise ValueError("not a whole number of tiles")
                values = list(struct.unpack(f"<{len(raw) // 4}I", raw))
            else:
                self.error(data, f"layer {name!r}: encoding {encoding!r} is not supported")
                return None
        except (ValueError, zlib.error, OSError, EOFError) as exc:
            self.error(data, f"layer {name!r}: cannot read its tiles ({exc})")
            return None
        return len(values), set(values), lambda: values

    def check_gids(self, layers: list[tuple[Element, TileLayer]],
                   tilesets: list[MapTileset]) -> None:
        """Every tile id of the map's layers belongs to one of its tilesets."""
        ranges = sorted((t.firstgid, t.firstgid + t.tileset.tilecount) for t in tilesets)
        for element, layer in layers:
            used = {gid & GID_MASK for gid in layer.ids}
            unknown = sorted(gid for gid in used
                             if gid and not any(start <= gid < end for start, end in ranges))
            if unknown:
                data = element.find("data")
                self.error(data if data is not None else element,
                           f"layer {layer.name!r} uses tile id {unknown[0]}, which no tileset "
                           "of the map has")
                return

    # --- objects -----------------------------------------------------------------------------
    def object(self, element: Element) -> MapObject:
        props, prop_lines = properties(element)
        kind = element.get("type") or element.get("class") or ""
        object_id = element.get("id", "")
        x, y = _float(element, "x", self.sink), _float(element, "y", self.sink)
        w, h = _float(element, "width", self.sink), _float(element, "height", self.sink)
        points = element.find("polygon") or element.find("polyline")
        if points is not None:
            w, h = self.extent(points)
        return MapObject(
            kind=kind, name=element.get("name") or f"{kind}_{object_id}",
            x=x, y=y, w=w, h=h, props=props, object_id=object_id,
            line=where(element)[0], col=where(element)[1], prop_lines=prop_lines,
        )

    def extent(self, element: Element) -> tuple[float, float]:
        try:
            pairs = [tuple(float(v) for v in pair.split(","))
                     for pair in (element.get("points") or "").split()]
            xs = [0.0, *(p[0] for p in pairs)]
            ys = [0.0, *(p[1] for p in pairs)]
        except (ValueError, IndexError):
            self.error(element, f"<{element.tag}> points are not pairs of numbers")
            return 0.0, 0.0
        return abs(min(xs)) + abs(max(xs)), abs(min(ys)) + abs(max(ys))


def _in_order(root: Element, tag: str) -> Iterator[Element]:
    """Elements ``tag`` of the map and of its group layers, in file order."""
    for child in root:
        if child.tag == tag:
            yield child
        elif child.tag == "group":
            yield from _in_order(child, tag)


# --- tilesets ----------------------------------------------------------------------------------
def _read_external_tileset(found: Found, content: Resolver,
                           diagnostics: list[Diagnostic]) -> Tileset | None:
    """A .tsx file. Tilesets are big, so they are read without element positions first;
    only if that finds a problem are they read again with them, to say where."""
    for positions in (False, True):
        found_here: list[Diagnostic] = []
        sink = Sink(found.path, found_here)
        root = parse_file(found.path, sink, positions)
        if root is None:
            diagnostics += found_here  # an XML error has its place from the parser
            return None
        if root.tag != "tileset":
            tileset = None
            sink.error(*where(root),
                       f"not a Tiled tileset: the root element is <{root.tag}>, not <tileset>")
        else:
            tileset = _read_tileset(root, found, content, sink, found_here)
        if not found_here or positions:
            diagnostics += found_here
            return tileset
    return None  # pragma: no cover - the second round always returns


def _read_tileset(element: Element, found: Found, content: Resolver, sink: Sink,
                  diagnostics: list[Diagnostic]) -> Tileset | None:
    """A tileset element (of a .tsx, or embedded in the map ``found``); references in it
    are relative to ``found``."""
    before = len(diagnostics)
    name = element.get("name", "")
    tile_w = _int(element, "tilewidth", sink, minimum=1)
    tile_h = _int(element, "tileheight", sink, minimum=1)
    tilecount = _int(element, "tilecount", sink, default=-1, minimum=-1)
    columns = _int(element, "columns", sink, default=0) or 0
    margin = _int(element, "margin", sink, default=0) or 0
    spacing = _int(element, "spacing", sink, default=0) or 0
    if tile_w is None or tile_h is None:
        return None
    if (tile_w, tile_h) != (TILE_SIZE, TILE_SIZE):
        sink.error(*where(element), f"tileset {name!r}: tiles must be "
                                              f"{TILE_SIZE}x{TILE_SIZE}, not {tile_w}x{tile_h}")
    if element.find("tileoffset") is not None:
        sink.error(*where(element), f"tileset {name!r}: tile offsets are not supported")
    image, image_size, image_line = None, (0, 0), where(element)[0]
    refs: list[str] = []
    sheet = element.find("image")
    if sheet is not None:
        image_line = where(sheet)[0]
        image, image_size = _image(sheet, found, content, sink, refs)
    tile_elements = _tile_ids(element, sink)
    if sheet is None:  # a collection of images: each tile's image is found now
        tiles = {tile_id: _tile(tile, found, content, sink, refs)
                 for tile_id, tile in tile_elements.items()}
        read_tiles: Callable[[], Mapping[int, Tile]] = lambda: tiles  # noqa: E731
    else:  # checked below; the Tile objects are made when first asked for
        read_tiles = functools.partial(_tiles, tile_elements, found, content)
    if sheet is not None and columns == 0 and image_size[0]:
        columns = max(1, (image_size[0] - 2 * margin + spacing) // (tile_w + spacing))
    if tilecount is None or tilecount < 0:
        tilecount = (max(tile_elements) + 1 if tile_elements else 0) if sheet is None else \
            columns * max(1, (image_size[1] - 2 * margin + spacing) // (tile_h + spacing))
    tileset = Tileset(name, str(found.path), *where(element), tile_w, tile_h,
                      tilecount, columns, margin, spacing, image, image_size, image_line,
                      read_tiles, tuple(refs))
    _check_tiles(tileset, element, tile_elements, sink)
    if sheet is not None:
        _check_sheet(tileset, sheet, sink)
    if any(d.is_error for d in diagnostics[before:]):
        return None
    return tileset


def _tile_ids(element: Element, sink: Sink) -> dict[int, Element]:
    tiles = {}
    for tile in element.findall("tile"):
        tile_id = _int(tile, "id", sink)
        if tile_id is not None:
            tiles[tile_id] = tile
    return tiles


def _tiles(elements: dict[int, Element], found: Found, content: Resolver) -> dict[int, Tile]:
    quiet = Sink(found.path, [])  # every problem was reported when the file was read
    return {tile_id: _tile(tile, found, content, quiet, []) for tile_id, tile in elements.items()}


def _check_tiles(tileset: Tileset, element: Element, tiles: dict[int, Element],
                 sink: Sink) -> None:
    """What a tileset says about its tiles makes sense (without making Tile objects:
    tilesets hold hundreds of tiles, and lint reads every one)."""
    name, count = tileset.name, tileset.tilecount
    if tileset.image is None and element.find("image") is None and not tiles and count:
        sink.error(*where(element), f"tileset {name!r} has no <image>")
    for tile_id, tile in tiles.items():
        if not 0 <= tile_id < count:
            sink.error(*where(tile),
                       f"tileset {name!r}: tile id {tile_id} is past its {count} tiles")
        elif element.find("image") is None and tile.find("image") is None:
            sink.error(*where(tile), f"tileset {name!r}: tile {tile_id} has no image")
    for frame in element.iterfind("tile/animation/frame"):
        tile_id = _int(frame, "tileid", sink)
        _int(frame, "duration", sink, minimum=1)
        if tile_id is not None and not 0 <= tile_id < count:
            sink.error(*where(frame), f"tileset {name!r}: an animation shows tile {tile_id}, "
                                      f"past its {count} tiles")
    for obj in element.iterfind("tile/objectgroup/object"):
        for key in ("x", "y", "width", "height"):
            _float(obj, key, sink)


def _check_sheet(tileset: Tileset, sheet: Element, sink: Sink) -> None:
    """The tiles a sheet tileset claims fit in its image."""
    width, height = tileset.image_size
    if not (width and height):
        return
    columns = max(1, tileset.columns)
    rows = (tileset.tilecount + columns - 1) // columns
    need_w = tileset.margin + columns * tileset.tile_w + (columns - 1) * tileset.spacing
    need_h = tileset.margin + rows * tileset.tile_h + max(0, rows - 1) * tileset.spacing
    if need_w > width or need_h > height:
        sink.error(*where(sheet),
                   f"tileset {tileset.name!r}: {tileset.tilecount} tiles in {columns} columns "
                   f"need a {need_w}x{need_h} image, but it is {width}x{height}")


def _image(element: Element, found: Found, content: Resolver, sink: Sink,
           refs: list[str]) -> tuple[Path | None, tuple[int, int]]:
    source = element.get("source")
    if not source:
        sink.error(*where(element), "<image> needs a 'source' attribute")
        return None, (0, 0)
    try:
        rel, image = content.follow(found, source)
    except Refused as exc:
        sink.error(*where(element), f"image {source!r} is refused: {exc}")
        return None, (0, 0)
    refs.append(rel)
    if image is None:
        sink.error(*where(element), f"image {source!r} ({rel}) is not in the game"
                                              f"{' or its mods' if len(content.packs) > 1 else ''}")
        return None, (0, 0)
    size = png_size(image.path)
    width = _int(element, "width", sink, default=0) or 0
    height = _int(element, "height", sink, default=0) or 0
    if size is not None:
        if (width and width != size[0]) or (height and height != size[1]):
            sink.error(*where(element),
                       f"image {source!r} is {size[0]}x{size[1]}, not {width}x{height} as "
                       "written here (save the tileset again in Tiled)")
        width, height = size
    return image.path, (width, height)


def _tile(element: Element, found: Found, content: Resolver, sink: Sink,
          refs: list[str]) -> Tile:
    props: dict[str, str] = {}
    colliders = []
    animation = []
    image, size = None, (0, 0)
    for child in element:  # one pass: tilesets hold hundreds of tiles
        tag = child.tag
        if tag == "properties":
            for prop in child:
                name = prop.get("name")
                if name and prop.tag == "property":
                    value = prop.get("value")
                    props[name] = value if value is not None else (prop.text or "")
        elif tag == "objectgroup":
            for obj in child:
                if obj.tag == "object":
                    colliders.append((_float(obj, "x", sink), _float(obj, "y", sink),
                                      _float(obj, "width", sink), _float(obj, "height", sink)))
        elif tag == "animation":
            for frame in child:
                if frame.tag == "frame":
                    tile_id = _int(frame, "tileid", sink)
                    duration = _int(frame, "duration", sink, minimum=1)
                    if tile_id is not None and duration is not None:
                        animation.append((tile_id, duration))
        elif tag == "image":
            image, size = _image(child, found, content, sink, refs)
    return Tile(props, tuple(colliders), tuple(animation), image, size)


def png_size(path: Path) -> tuple[int, int] | None:
    """Width and height from a PNG's header (None if the file is not a PNG)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(24)
    except OSError:
        return None
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def _ints(tokens: list[str]) -> list[int]:
    return list(map(int, tokens))
