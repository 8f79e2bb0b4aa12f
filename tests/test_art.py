"""The generated art: one palette, exact sheet sizes, valid tilesets, reproducible output."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import numpy as np
import pygame
import pytest

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
TOOLS = ROOT / "tools"

CHARACTERS = [
    "elena_rahmani", "max_chen", "anya", "sam", "victor_hale", "priya_sandoval", "kade",
    "elena_cruz", "mateo", "saira_almasi", "ivy_liu", "noor", "jun_park", "rosa", "tomas",
    "patient_1", "patient_2", "patient_3", "patient_4", "attendee_1", "attendee_2",
    "attendee_3", "attendee_4", "camera_op", "guard", "moderator", "varga", "noor_father",
    "reporter", "zsofi",
]
PORTRAITS = [
    "elena_rahmani", "max_chen", "anya", "sam", "victor_hale", "priya_sandoval", "kade",
    "elena_cruz", "mateo", "saira_almasi", "ivy_liu", "noor", "jun_park", "rosa", "tomas",
    "generic_patient", "generic_attendee",
    "lindqvist", "osei", "dani", "haddad", "varga", "noor_father", "moderator", "camera_op",
    "guard", "attendee_1", "attendee_3", "attendee_4", "reporter", "zsofi",
]
ICONS = ["document", "chart", "data_chip", "testimonial", "photo", "vial", "memo", "bot_log",
         "tooth_scan", "badge", "recording", "contract"]
UI_SIZES = {"panel": (24, 24), "nameplate": (24, 16), "cursor": (8, 8), "advance": (16, 8),
            "title_bg": (480, 270), "logo": (240, 60), "icon": (32, 32)}


def art_pngs(root: Path = ASSETS) -> list[Path]:
    return sorted(p for p in root.rglob("*.png") if "fonts" not in p.relative_to(root).parts)


def rgba(path: Path) -> np.ndarray:
    surf = pygame.image.load(str(path))
    w, h = surf.get_size()
    data = pygame.image.tobytes(surf, "RGBA")
    return np.frombuffer(data, dtype=np.uint8).reshape(h, w, 4)


@cache
def palette() -> set[tuple[int, int, int]]:
    lines = (ASSETS / "palette.gpl").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "GIMP Palette"
    cols = set()
    for line in lines[1:]:
        parts = line.split()
        if len(parts) >= 3 and all(p.isdigit() for p in parts[:3]):
            cols.add(tuple(int(p) for p in parts[:3]))
    return cols


def test_palette_has_32_to_64_distinct_colours():
    assert 32 <= len(palette()) <= 64
    swatches = rgba(ASSETS / "palette.png")
    found = {tuple(int(v) for v in px[:3]) for px in swatches.reshape(-1, 4) if px[3] == 255}
    assert found == palette()


@pytest.mark.parametrize("path", art_pngs(), ids=lambda p: str(p.relative_to(ASSETS)))
def test_png_uses_only_palette_colours(path: Path):
    px = rgba(path).reshape(-1, 4)
    alpha = px[:, 3]
    assert set(np.unique(alpha).tolist()) <= {0, 255}, "only opaque or fully transparent pixels"
    opaque = px[alpha == 255][:, :3]
    colours = {tuple(int(v) for v in c) for c in np.unique(opaque, axis=0)}
    stray = colours - palette()
    assert not stray, f"colours outside the palette: {sorted(stray)[:5]}"


@pytest.mark.parametrize("cid", CHARACTERS)
def test_character_sheet_size(cid: str):
    path = ASSETS / "sprites" / "characters" / f"{cid}.png"
    img = rgba(path)
    assert img.shape[:2] == (96, 48)
    # every frame has a figure whose feet reach the bottom rows of the frame
    for row in range(4):
        for col in range(3):
            frame = img[row * 24:(row + 1) * 24, col * 16:(col + 1) * 16, 3]
            assert frame.any(), (row, col)
            assert frame[21:].any(), f"feet should be at the bottom of frame {row},{col}"


def test_child_is_shorter_than_adults():
    def top(cid: str) -> int:
        a = rgba(ASSETS / "sprites" / "characters" / f"{cid}.png")[:24, :16, 3]
        return int(np.argmax(a.any(axis=1)))
    assert top("noor") >= top("max_chen") + 4
    assert top("zsofi") >= top("max_chen") + 4


@pytest.mark.parametrize("pid", PORTRAITS)
def test_portrait_strip(pid: str):
    img = rgba(ASSETS / "portraits" / f"{pid}.png")
    assert img.shape[:2] == (64, 256)
    frames = [img[:, i * 64:(i + 1) * 64] for i in range(4)]
    for i in range(4):
        for j in range(i + 1, 4):
            assert (frames[i] != frames[j]).any(), f"expressions {i} and {j} are identical"


@pytest.mark.parametrize("name", ICONS)
def test_icon_size(name: str):
    assert rgba(ASSETS / "icons" / f"{name}.png").shape[:2] == (16, 16)


@pytest.mark.parametrize(("name", "size"), UI_SIZES.items())
def test_ui_sizes(name: str, size: tuple[int, int]):
    w, h = size
    assert rgba(ASSETS / "ui" / f"{name}.png").shape[:2] == (h, w)


def test_ui_json_describes_nine_slices():
    import json

    meta = json.loads((ASSETS / "ui" / "ui.json").read_text(encoding="utf-8"))
    assert meta["panel"]["corner"] == 8 and meta["panel"]["size"] == [24, 24]
    assert meta["nameplate"]["corner"] == 6 and meta["nameplate"]["size"] == [24, 16]
    for entry in meta.values():
        if isinstance(entry, dict) and "file" in entry:
            assert (ASSETS / "ui" / entry["file"]).is_file()


def tilesets() -> list[Path]:
    return sorted((ASSETS / "tilesets").glob("*.tsx"))


@pytest.mark.parametrize("tsx", tilesets(), ids=lambda p: p.stem)
def test_tileset_is_valid(tsx: Path):
    root = ET.parse(tsx).getroot()
    assert root.tag == "tileset"
    assert root.get("tilewidth") == "16" and root.get("tileheight") == "16"
    columns, count = int(root.get("columns")), int(root.get("tilecount"))
    image = root.find("image")
    assert image is not None
    png = tsx.parent / image.get("source")
    assert png.is_file()
    h, w = rgba(png).shape[:2]
    assert (w, h) == (int(image.get("width")), int(image.get("height")))
    assert w == columns * 16 and h % 16 == 0 and count <= columns * (h // 16)
    names = set()
    for tile in root.findall("tile"):
        tid = int(tile.get("id"))
        assert 0 <= tid < count
        props = {p.get("name"): p for p in tile.iter("property")}
        assert "name" in props, f"tile {tid} has no name"
        name = props["name"].get("value")
        assert name not in names, f"duplicate tile name {name}"
        assert name == name.lower() and name.replace("_", "").isalnum()
        names.add(name)
        if "solid" in props:
            assert props["solid"].get("type") == "bool"
        for obj in tile.iter("object"):
            x, y = float(obj.get("x")), float(obj.get("y"))
            ow, oh = float(obj.get("width")), float(obj.get("height"))
            assert x >= 0 and y >= 0 and x + ow <= 16 and y + oh <= 16 and ow > 0 and oh > 0
        for frame in tile.iter("frame"):
            assert 0 <= int(frame.get("tileid")) < count
    assert len(names) == count


@cache
def _load_script(name: str):
    spec = importlib.util.spec_from_file_location(f"_enamel_{name}", TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_generator_reproduces_committed_art(tmp_path: Path):
    make_art = _load_script("make_art")
    assert make_art.main(["--out", str(tmp_path)]) == 0
    made = {p.relative_to(tmp_path) for p in art_pngs(tmp_path)}
    committed = {p.relative_to(ASSETS) for p in art_pngs()}
    assert made == committed
    for rel in sorted(made):
        a, b = rgba(tmp_path / rel), rgba(ASSETS / rel)
        assert a.shape == b.shape, rel
        assert np.array_equal(a, b), f"{rel} differs from a fresh run of tools/make_art.py"
    for tsx in (tmp_path / "tilesets").glob("*.tsx"):
        committed_tsx = ASSETS / "tilesets" / tsx.name
        assert tsx.read_text(encoding="utf-8") == committed_tsx.read_text(encoding="utf-8")
    assert (tmp_path / "palette.gpl").read_text() == (ASSETS / "palette.gpl").read_text()
