"""Small Tiled maps written from ASCII grids, for tests of the overworld logic.

Legend: ``.`` floor, ``#`` solid wall tile, ``h`` a tile solid only in its
lower half (a collision rectangle), letters in ``objects`` place entities.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pygame

TSX = """<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="test" tilewidth="16" tileheight="16"
 tilecount="3" columns="3">
 <image source="test.png" width="48" height="16"/>
 <tile id="1"><properties><property name="solid" type="bool" value="true"/></properties></tile>
 <tile id="2"><objectgroup draworder="index"><object id="1" x="0" y="8" width="16" height="8"/>
 </objectgroup></tile>
</tileset>
"""

TILE_IDS = {".": 1, "#": 2, "h": 3}
_IDS = itertools.count(1)


def write_map(folder: Path, name: str, rows: list[str], objects: list[str],
              properties: dict[str, str] | None = None) -> Path:
    """Write ``folder/name.tmx`` (and its tileset once); return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / "test.tsx").exists():
        (folder / "test.tsx").write_text(TSX)
        image = pygame.Surface((48, 16))
        image.fill((200, 200, 200), (0, 0, 16, 16))
        image.fill((40, 40, 60), (16, 0, 16, 16))
        image.fill((120, 90, 60), (32, 0, 16, 16))
        pygame.image.save(image, str(folder / "test.png"))
    height, width = len(rows), len(rows[0])
    csv = ",\n".join(",".join(str(TILE_IDS[c]) for c in row) for row in rows)
    props = {"title": name.title(), "entry": "entry", **(properties or {})}
    map_props = "".join(f'<property name="{k}" value="{v}"/>' for k, v in props.items())
    body = "\n".join(objects)
    (folder / f"{name}.tmx").write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.10" tiledversion="1.10.2" orientation="orthogonal" renderorder="right-down"
 width="{width}" height="{height}" tilewidth="16" tileheight="16" infinite="0"
 nextlayerid="3" nextobjectid="50">
 <properties>{map_props}</properties>
 <tileset firstgid="1" source="test.tsx"/>
 <layer id="1" name="ground" width="{width}" height="{height}">
  <data encoding="csv">
{csv}
</data>
 </layer>
 <objectgroup id="2" name="entities">
{body}
 </objectgroup>
</map>
""")
    return folder / f"{name}.tmx"


def point(kind: str, name: str, x: int, y: int, **props: str) -> str:
    inner = "".join(f'<property name="{k}" value="{v}"/>' for k, v in props.items())
    return (f'<object id="{next(_IDS)}" name="{name}" type="{kind}" '
            f'x="{x}" y="{y}"><properties>{inner}</properties><point/></object>')


def rect(kind: str, name: str, x: int, y: int, w: int, h: int, **props: str) -> str:
    inner = "".join(f'<property name="{k}" value="{v}"/>' for k, v in props.items())
    return (f'<object id="{next(_IDS)}" name="{name}" type="{kind}" '
            f'x="{x}" y="{y}" width="{w}" height="{h}"><properties>{inner}</properties></object>')
