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
MAP_NAMES = ["practice", "street", "clinic", "conference_hall", "sam_flat", "synthedent_suite",
             "new_clinic"]
KINDS = {"spawn", "npc", "warp", "inspect", "spot"}
# the prefixes of the dialogue nodes a map's people start (`<map>_<who>`; the hall's
# chapter-5 people and the suite use the plan's shorter `hall_` and `suite_`; Tooth
# Rebirth's chapters 3-6 use `tr_hall_`, `tr_clinic_` and `tr_new_`)
NODE_PREFIXES = {"conference_hall": ("conference_hall_", "hall_", "tr_hall_"),
                 "synthedent_suite": ("suite_",), "clinic": ("clinic_", "tr_clinic_"),
                 "new_clinic": ("tr_new_",)}
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
            prefixes = NODE_PREFIXES.get(name, (f"{name}_",))
            assert obj.properties["dialogue"].startswith(prefixes), obj.name
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
    assert street == {"practice", "clinic", "conference_hall", "sam_flat", "new_clinic"}


def test_the_new_places_are_linked_both_ways():
    def links(name: str) -> dict[str, tuple[str, str]]:
        return {o.name: (o.properties["target_map"], o.properties["target_spawn"])
                for o in objects(name, "warp")}
    assert links("street")["to_sam_flat"] == ("sam_flat", "entry")
    assert links("sam_flat")["to_street"] == ("street", "from_sam_flat")
    assert links("conference_hall")["to_suite"] == ("synthedent_suite", "entry")
    assert links("synthedent_suite")["to_hall"] == ("conference_hall", "from_suite")
    assert links("street")["to_new_clinic"] == ("new_clinic", "entry")
    assert links("new_clinic")["to_street"] == ("street", "from_new_clinic")
    # the lift leaves from the backstage corridor (behind the stage, above row 6)
    lift = next(o for o in objects("conference_hall", "warp") if o.name == "to_suite")
    assert lift.y < 6 * 16


def named(name: str) -> dict[str, pytmx.TiledObject]:
    return {o.name: o for o in objects(name)}


def test_the_plans_objects_and_their_nodes():
    """The names the story is written against (plan for issue 10: "Maps")."""
    expect = {
        "sam_flat": {"sam": "sam_flat_sam", "anya": "sam_flat_anya",
                     "sam_desk": "sam_flat_desk", "sam_screen": "sam_flat_screen",
                     "pinboard": "sam_flat_pinboard", "bookshelf": "sam_flat_bookshelf",
                     "window": "sam_flat_window"},
        "synthedent_suite": {"victor": "suite_victor", "priya": "suite_priya",
                             "suite_window": "suite_window", "suite_table": "suite_table",
                             "suite_screen": "suite_screen", "suite_bar": "suite_bar"},
        "conference_hall": {
            "guard": "hall_guard", "max": "hall_max", "victor": "hall_victor",
            "priya": "hall_priya", "moderator": "hall_moderator", "jun": "hall_jun",
            "camera_op": "hall_camera_op", "anya": "hall_anya", "sam": "hall_sam",
            "rosa": "hall_rosa", "tomas": "hall_tomas", "osei": "hall_osei",
            "haddad": "hall_haddad", "lindqvist": "hall_lindqvist", "dani": "hall_dani",
            "attendee_lobby": "hall_attendee_1", "attendee_seats": "hall_attendee_2"},
        "practice": {"dani": "practice_dani"},
        "street": {"osei": "street_osei"},
        "clinic": {"haddad": "clinic_haddad", "max_lab": "clinic_max_lab",
                   "rosa_ch6": "clinic_rosa_ch6", "tomas_ch6": "clinic_tomas_ch6",
                   "anya_ch6": "clinic_anya_ch6", "sam_ch6": "clinic_sam_ch6"},
    }
    for map_name, nodes in expect.items():
        objs = named(map_name)
        for obj_name, node in nodes.items():
            assert obj_name in objs, f"{map_name}: no object {obj_name}"
            assert objs[obj_name].properties["dialogue"] == node, (map_name, obj_name)
    people = [o for o in objects("sam_flat", "npc")]
    assert {o.properties["condition"] for o in people} == {"chapter >= 3 and chapter <= 4"}
    assert {o.properties["condition"] for o in objects("synthedent_suite", "npc")} == \
        {"chapter == 3"}
    hall = named("conference_hall")
    assert hall["dani"].properties["condition"] == "chapter == 5 and testimony_dani"
    assert "lindqvist_left" in hall["lindqvist"].properties["condition"]
    for obj in objects("conference_hall", "npc"):
        if obj.properties["campaign"] == "rejuvenation":
            assert obj.properties["condition"].startswith("chapter == 5"), obj.name
    assert named("practice")["dani"].properties["condition"] == "chapter == 3"


def test_tooth_rebirths_later_chapters_people_and_doors():
    """The names the Tooth Rebirth chapters 3-6 are written against (plan for issue 13),
    each person there in their chapter only, so nobody is in two places at once."""
    expect = {
        "conference_hall": {
            "ivy": "tr_hall_ivy", "saira": "tr_hall_saira", "elena_cruz": "tr_hall_elena",
            "mateo": "tr_hall_mateo", "jun_tr": "tr_hall_jun", "reporter": "tr_hall_reporter",
            "camera_op_tr": "tr_hall_camera_op", "guard_tr": "tr_hall_guard",
            "big_screen_keynote": "tr_hall_big_screen"},
        "clinic": {
            "noor_ch4": "tr_clinic_noor", "noor_father": "tr_clinic_noor_father",
            "saira_ch4": "tr_clinic_saira", "mateo_ch4": "tr_clinic_mateo",
            "ivy_ch4": "tr_clinic_ivy", "elena_ch5": "tr_clinic_elena_ch5",
            "mateo_ch5": "tr_clinic_mateo_ch5", "saira_ch5": "tr_clinic_saira_ch5",
            "ivy_ch5": "tr_clinic_ivy_ch5"},
        "new_clinic": {
            "noor": "tr_new_noor", "noor_father": "tr_new_noor_father", "varga": "tr_new_varga",
            "elena_cruz": "tr_new_elena", "mateo": "tr_new_mateo", "saira": "tr_new_saira",
            "ivy": "tr_new_ivy"},
    }
    chapter_of = {"conference_hall": "chapter == 3", "new_clinic": "chapter == 6"}
    for map_name, nodes in expect.items():
        objs = named(map_name)
        for obj_name, node in nodes.items():
            assert obj_name in objs, f"{map_name}: no object {obj_name}"
            props = objs[obj_name].properties
            assert props["dialogue"] == node, (map_name, obj_name)
            assert props["campaign"] == "tooth_rebirth", (map_name, obj_name)
            want = chapter_of.get(map_name) or (
                "chapter == 5" if obj_name.endswith("_ch5") else "chapter == 4")
            assert props["condition"].startswith(want), (map_name, obj_name)
    # the Tooth Rebirth people of chapters 1-2 are not in the clinic later
    clinic = named("clinic")
    for name in ("elena_cruz", "mateo", "saira", "ivy", "patient_waiting_tr", "noor"):
        assert clinic[name].properties["condition"] == "chapter <= 2", name
    # every Tooth Rebirth person has a chapter, and one character is in one place a chapter
    for map_name in ("conference_hall", "clinic", "new_clinic"):
        seen: dict[tuple[str, str], str] = {}
        for obj in objects(map_name, "npc"):
            props = obj.properties
            if props["campaign"] != "tooth_rebirth":
                continue
            key = (props["character"], props["condition"].split(" and ")[0])
            assert key not in seen, (map_name, obj.name, seen.get(key))
            seen[key] = obj.name
    # the new clinic's door opens in Tooth Rebirth's epilogue only
    door = named("street")["to_new_clinic"].properties
    assert door["campaign"] == "tooth_rebirth" and door["condition"] == "chapter >= 6"


def test_hall_spots_and_the_route_to_the_stage():
    spots = {o.name: o for o in objects("conference_hall", "spot")}
    assert set(spots) >= {"stage_left", "stage_right", "stage_podium", "panel_seat_1",
                          "panel_seat_2", "demo_pod"}
    hall = named("conference_hall")

    def tile(obj: pytmx.TiledObject) -> tuple[int, int]:
        return int(obj.x) // 16, int(obj.y) // 16
    entry, stage = tile(hall["entry"]), tile(hall["stage"])
    walk = abs(entry[0] - stage[0]) + abs(entry[1] - stage[1])
    assert 16 <= walk <= 24, walk
    # the required stops stand beside that walk (within two tiles of the line up the
    # aisle), between the entry and the stage
    for stop in ("guard", "max", "victor"):
        x, y = tile(hall[stop])
        assert stage[1] < y < entry[1] and abs(x - entry[0]) <= 3, (stop, x, y)
    # the spots are on the stage (rows 9-13, behind the stage edge)
    for spot in spots.values():
        assert 9 <= tile(spot)[1] <= 13, spot.name


def test_required_spawns():
    assert "entry" in spawns("practice")
    assert "from_sam_flat" in spawns("street")
    assert "from_suite" in spawns("conference_hall")
    assert {"entry"} <= spawns("sam_flat") and {"entry"} <= spawns("synthedent_suite")
    assert {"entry", "kade_office", "from_street"} <= spawns("clinic")
    assert {"entry", "stage", "backstage", "from_street"} <= spawns("conference_hall")
    assert {"from_new_clinic"} <= spawns("street") and {"entry"} <= spawns("new_clinic")


def cast(name: str, campaign: str) -> set[str]:
    return {o.properties["character"] for o in objects(name, "npc")
            if o.properties.get("campaign") == campaign}


def test_chapter_one_casts_are_placed():
    assert cast("practice", "rejuvenation") >= {"rosa", "patient_1"}
    for c in CAMPAIGNS:
        assert cast("street", c) >= {"patient_2", "attendee_1"}
    assert cast("clinic", "rejuvenation") >= {"max_chen", "anya", "sam", "tomas", "patient_3",
                                              "patient_4"}
    # Mrs. Varga has her own sprite (she used to borrow Mr. Lindqvist's)
    assert cast("clinic", "tooth_rebirth") >= {"elena_cruz", "mateo", "saira_almasi",
                                               "ivy_liu", "varga", "noor"}
    # the hall in chapter 5: the stand builder from the street is in the lobby
    assert cast("conference_hall", "rejuvenation") >= {
        "victor_hale", "priya_sandoval", "jun_park", "camera_op", "attendee_2", "attendee_1",
        "guard", "moderator", "max_chen", "anya", "sam", "rosa", "tomas", "patient_1",
        "patient_2", "patient_3", "patient_4"}
    assert cast("conference_hall", "tooth_rebirth") >= {
        "ivy_liu", "jun_park", "camera_op", "saira_almasi", "attendee_4", "guard"}


def test_map_sizes_are_close_to_the_brief():
    sizes = {n: (load(n).width, load(n).height) for n in MAP_NAMES}
    assert 16 <= sizes["practice"][0] <= 26 and 10 <= sizes["practice"][1] <= 18
    assert 34 <= sizes["street"][0] <= 48 and 14 <= sizes["street"][1] <= 22
    assert 38 <= sizes["clinic"][0] <= 50 and 26 <= sizes["clinic"][1] <= 34
    assert 46 <= sizes["conference_hall"][0] <= 58 and 30 <= sizes["conference_hall"][1] <= 40
    assert 14 <= sizes["sam_flat"][0] <= 26 and 10 <= sizes["sam_flat"][1] <= 18
    assert 18 <= sizes["synthedent_suite"][0] <= 32 and 12 <= sizes["synthedent_suite"][1] <= 20
    # the new clinic is one room, much smaller than the old one
    assert 16 <= sizes["new_clinic"][0] <= 30 and 12 <= sizes["new_clinic"][1] <= 20
    new_w, new_h = sizes["new_clinic"]
    old_w, old_h = sizes["clinic"]
    assert new_w * new_h * 3 <= old_w * old_h


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
