"""The one map reader: safe XML with places, the pure model, and references made
pack-relative."""

from __future__ import annotations

import pytest

from game.content.resolver import Found, Resolver
from game.content.safepath import Refused, pack_reference, safe_name
from game.content.xmldoc import XmlError, parse_xml, where
from tests.support.content import GAME
from tests.support.without import run_without

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
]>
<map><layer name="&lol2;"/></map>
"""


@pytest.mark.parametrize("positions", [True, False])
def test_a_doctype_is_refused_where_it_starts(positions):
    with pytest.raises(XmlError) as caught:
        parse_xml(LAUGHS, positions)
    assert (caught.value.line, caught.value.col) == (2, 1)


@pytest.mark.parametrize("positions", [True, False])
def test_an_external_entity_is_never_opened(tmp_path, positions):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    data = (f'<?xml version="1.0"?>\n  <!DOCTYPE m SYSTEM "file://{secret}">\n'
            f"<m>&x;</m>").encode()
    with pytest.raises(XmlError) as caught:
        parse_xml(data, positions)
    assert (caught.value.line, caught.value.col) == (2, 3)


def test_a_doctype_in_utf16_is_refused_too():
    with pytest.raises(XmlError):
        parse_xml(LAUGHS.replace(b'version="1.0"', b'version="1.0" encoding="UTF-16"')
                  .decode().encode("utf-16"), False)


def test_elements_keep_their_place():
    root = parse_xml(b'<?xml version="1.0"?>\n<map>\n  <layer a="1">x</layer>\n</map>\n')
    layer = root.find("layer")
    assert where(root) == (2, 1) and where(layer) == (3, 3)
    assert layer.get("a") == "1" and layer.text == "x"


@pytest.mark.parametrize(("base", "reference", "expected"), [
    ("maps", "../assets/tilesets/clinic.tsx", "assets/tilesets/clinic.tsx"),
    ("assets/tilesets", "clinic.png", "assets/tilesets/clinic.png"),
    ("assets/tilesets", "./sub/../clinic.png", "assets/tilesets/clinic.png"),
    ("maps", "..\\assets\\x.tsx", "assets/x.tsx"),
])
def test_references_become_pack_relative(base, reference, expected):
    assert pack_reference(base, reference) == expected


@pytest.mark.parametrize("reference", [
    "../../outside.tsx", "../../../etc/passwd", "/etc/passwd", "C:\\x.tsx", "C:x.tsx",
    "\\\\server\\share\\x.tsx", "..\\..\\x.tsx", "", "a\0b",
])
def test_references_leaving_the_pack_are_refused(reference):
    with pytest.raises(Refused):
        pack_reference("maps", reference)


@pytest.mark.parametrize("name", ["../x", "a/b", "a\\b", ".hidden", "", "C:x", "/x"])
def test_ids_are_not_paths(name):
    with pytest.raises(Refused):
        safe_name(name)


def test_a_map_in_a_mod_resolves_the_games_tilesets_by_path(tmp_path):
    (tmp_path / "mod" / "maps").mkdir(parents=True)
    content = Resolver.with_mods([("mod", tmp_path / "mod")])
    source = Found(content.packs[1], "maps/x.tmx", tmp_path / "mod" / "maps" / "x.tmx")
    rel, found = content.follow(source, "../assets/tilesets/clinic.tsx")
    assert rel == "assets/tilesets/clinic.tsx"
    assert found is not None and found.pack.id == "base"
    assert found.path == GAME / "assets" / "tilesets" / "clinic.tsx"


def test_the_map_model_and_the_overworld_import_without_pygame_or_pytmx():
    done = run_without(("pygame", "pytmx"), (
        "import game.world.overworld, game.world.maps, game.world.mapcheck\n"
        "import game.dialogue.catalog, game.content.resolver\n"
        "from game.world.maps import MapLibrary\n"
        "world = MapLibrary().get('clinic')\n"
        "assert world.solid.any() and world.spawns and not attempts\n"
    ))
    assert done.returncode == 0, done.stderr
