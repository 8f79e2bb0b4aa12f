"""Map content: real Tiled files that pytmx loads, the conventions the engine reads,
and the places, spawns, NPCs and warps the story needs."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest
import pytmx

ROOT = Path(__file__).resolve().parent.parent
MAPS = ROOT / "maps"
SPRITES = ROOT / "assets" / "sprites" / "characters"
MAP_NAMES = ["practice", "street", "clinic", "conference_hall"]
KINDS = {"spawn", "npc", "warp", "inspect"}
CAMPAIGNS = {"rejuvenation", "tooth_rebirth"}
RESERVED = {"name", "type", "x", "y", "width", "height", "id", "visible", "gid", "rotation"}
FACINGS = {"down", "up", "left", "right"}


@cache
def load(name: str) -> pytmx.TiledMap:
    return pytmx.TiledMap(str(MAPS / f"{name}.tmx"))


def objects(name: str, kind: str | None = None) -> list[pytmx.TiledObject]:
    out = []
    for group in load(name).objectgroups:
        for obj in group:
            if kind is None or obj.type == kind:
                out.append(obj)
    return out


def spawns(name: str) -> set[str]:
    return {o.name for o in objects(name, "spawn")}


def test_all_maps_exist():
    assert sorted(p.stem for p in MAPS.glob("*.tmx")) == sorted(MAP_NAMES)


@pytest.mark.parametrize("name", MAP_NAMES)
def test_map_loads_and_uses_only_existing_tiles(name: str):
    tmx = load(name)
    assert (tmx.tilewidth, tmx.tileheight) == (16, 16)
    for layer in tmx.visible_layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            for row in layer.data:
                for gid in row:
                    if gid:
                        props = tmx.get_tile_properties_by_gid(gid)
                        assert props and props.get("name"), f"{name}: gid {gid} is not a tile"


@pytest.mark.parametrize("name", MAP_NAMES)
def test_map_file_format(name: str):
    root = ET.parse(MAPS / f"{name}.tmx").getroot()
    # the TMX format of Tiled 1.x, which pytmx reads; any Tiled release may have saved it
    assert re.fullmatch(r"1\.\d+(\.\d+)?", root.get("version") or ""), root.get("version")
    assert root.get("orientation") == "orthogonal" and root.get("renderorder") == "right-down"
    for ts in root.findall("tileset"):
        src = ts.get("source")
        assert src.startswith("../assets/tilesets/") and src.endswith(".tsx")
        assert (MAPS / src).resolve().is_file()
    layers = [layer.get("name") for layer in root.findall("layer")]
    assert layers[0] == "ground" and "walls" in layers and "furniture" in layers
    assert layers[-1] == "above"
    for layer in root.findall("layer"):
        assert layer.find("data").get("encoding") == "csv"


@pytest.mark.parametrize("name", MAP_NAMES)
def test_map_properties(name: str):
    tmx = load(name)
    props = tmx.properties
    assert isinstance(props.get("title"), str) and props["title"]
    assert props.get("entry") in spawns(name)
    above = [layer for layer in tmx.layers if layer.name == "above"]
    assert above and above[0].properties.get("above") is True


@pytest.mark.parametrize("name", MAP_NAMES)
def test_entities_follow_conventions(name: str):
    tmx = load(name)
    npc_names = set()
    for obj in objects(name):
        assert obj.type in KINDS, f"{name}: {obj.name} has type {obj.type!r}"
        assert obj.name, f"{name}: object {obj.id} has no name"
        assert not (set(obj.properties) & RESERVED), f"{name}: {obj.name} uses a reserved name"
        px, py = obj.x, obj.y
        assert 0 <= px <= tmx.width * 16 and 0 <= py <= tmx.height * 16
        if "facing" in obj.properties:
            assert obj.properties["facing"] in FACINGS
        if "campaign" in obj.properties:
            assert obj.properties["campaign"] in CAMPAIGNS
        if obj.type == "npc":
            assert obj.name not in npc_names
            npc_names.add(obj.name)
            assert (SPRITES / f"{obj.properties['character']}.png").is_file()
            assert obj.properties["dialogue"].startswith(name.split("_")[0])
            assert obj.properties.get("campaign") in CAMPAIGNS
        if obj.type in ("warp", "inspect"):
            assert obj.width > 0 and obj.height > 0
        if obj.type == "inspect":
            assert obj.properties["dialogue"]
        if obj.type == "warp":
            target = obj.properties["target_map"]
            assert target in MAP_NAMES, f"{name}: warp {obj.name} -> unknown map {target}"
            assert obj.properties["target_spawn"] in spawns(target)


def test_doors_link_the_three_buildings_through_the_street():
    def links(name: str) -> set[tuple[str, str]]:
        return {(o.properties["target_map"], o.properties["target_spawn"])
                for o in objects(name, "warp")}
    assert ("street", "from_practice") in links("practice")
    assert ("street", "from_clinic") in links("clinic")
    assert ("street", "from_conference") in links("conference_hall")
    street = {t for t, _ in links("street")}
    assert street == {"practice", "clinic", "conference_hall"}


def test_required_spawns():
    assert "entry" in spawns("practice")
    assert {"entry", "kade_office", "from_street"} <= spawns("clinic")
    assert {"entry", "stage", "backstage", "from_street"} <= spawns("conference_hall")


def cast(name: str, campaign: str) -> set[str]:
    return {o.properties["character"] for o in objects(name, "npc")
            if o.properties.get("campaign") == campaign}


def test_chapter_one_casts_are_placed():
    assert cast("practice", "rejuvenation") >= {"rosa", "patient_1"}
    for c in CAMPAIGNS:
        assert cast("street", c) >= {"patient_2", "attendee_1"}
    assert cast("clinic", "rejuvenation") >= {"max_chen", "anya", "sam", "tomas", "patient_3",
                                              "patient_4"}
    assert cast("clinic", "tooth_rebirth") >= {"elena_cruz", "mateo", "saira_almasi",
                                               "ivy_liu", "patient_1", "noor"}
    assert cast("conference_hall", "rejuvenation") >= {
        "victor_hale", "priya_sandoval", "jun_park", "camera_op", "attendee_2", "attendee_3",
        "guard"}
    assert cast("conference_hall", "tooth_rebirth") >= {
        "ivy_liu", "jun_park", "camera_op", "saira_almasi", "attendee_4", "guard"}


def test_map_sizes_are_close_to_the_brief():
    sizes = {n: (load(n).width, load(n).height) for n in MAP_NAMES}
    assert 16 <= sizes["practice"][0] <= 26 and 10 <= sizes["practice"][1] <= 18
    assert 34 <= sizes["street"][0] <= 48 and 14 <= sizes["street"][1] <= 22
    assert 38 <= sizes["clinic"][0] <= 50 and 26 <= sizes["clinic"][1] <= 34
    assert 46 <= sizes["conference_hall"][0] <= 58 and 30 <= sizes["conference_hall"][1] <= 40


def test_builder_reproduces_committed_maps(tmp_path: Path):
    spec = importlib.util.spec_from_file_location("_enamel_build_maps",
                                                  ROOT / "tools" / "build_maps.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    assert module.main(["--out", str(tmp_path)]) == 0
    for name in MAP_NAMES:
        made = (tmp_path / f"{name}.tmx").read_text(encoding="utf-8")
        assert made == (MAPS / f"{name}.tmx").read_text(encoding="utf-8"), name
