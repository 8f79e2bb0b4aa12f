"""A save file: what it holds, its checksum, its versions (pure: no pygame)."""

from __future__ import annotations

import json

import pytest

from game.gamestate import GameState
from game.saves.format import (
    MIN_VERSION,
    VERSION,
    SaveError,
    checksum,
    decode,
    encode,
    to_document,
)
from tests.saves.support import PNG, sample_save


def text_of(save) -> str:
    return encode(save).decode("utf-8")


def test_a_save_reads_back_as_it_was_written():
    save = sample_save()
    back = decode(text_of(save))
    assert back == save
    assert back.thumbnail == PNG
    state = back.game_state()
    original = GameState.from_data(save.state)
    assert state.rng.random() == original.rng.random()  # the generator goes on the same
    assert state.placements == {"clinic": {"max": (100, 120, "left")}}
    assert state.story.evidence == ["memo"] and state.chapter == "obsolete"


def test_the_file_names_its_format_version_and_checksum():
    document = json.loads(text_of(sample_save()))
    assert set(document) == {"format", "version", "checksum", "meta", "state", "world",
                             "dialogue", "thumbnail"}
    assert document["version"] == VERSION
    assert document["checksum"] == checksum(document)


@pytest.mark.parametrize("cut", [1, 10, 100, 1000, -2])
def test_a_truncated_file_is_damaged(cut):
    text = text_of(sample_save())
    with pytest.raises(SaveError, match=r"damaged|empty"):
        decode(text[:cut])


def test_an_edited_file_fails_its_checksum():
    document = to_document(sample_save())
    document["state"]["ticks"] = 5
    with pytest.raises(SaveError, match="checksum"):
        decode(json.dumps(document))


def test_a_newer_format_is_refused_with_the_reason():
    document = to_document(sample_save())
    document["version"] = VERSION + 1
    document["checksum"] = checksum(document)
    with pytest.raises(SaveError, match="newer version"):
        decode(json.dumps(document))


def test_a_format_older_than_the_minimum_is_refused_with_the_reason():
    document = to_document(sample_save())
    document["version"] = MIN_VERSION - 1
    document["checksum"] = checksum(document)
    with pytest.raises(SaveError, match="too old"):
        decode(json.dumps(document))


def version_1(save) -> dict:
    """The same save as version 1 wrote it (play time in seconds, ``position``)."""
    document = to_document(save)
    meta = dict(document["meta"])
    meta["seconds"] = meta.pop("play_ticks") / 60
    world = document.pop("world")
    dialogue = document.pop("dialogue")
    old = {"format": document["format"], "version": 1, "meta": meta,
           "state": document["state"],
           "position": {k: world[k] for k in ("map", "x", "y", "facing")},
           "dialogue": dialogue["runner"], "backlog": dialogue["backlog"]}
    old["checksum"] = checksum(old)
    return old


def test_an_older_version_loads_through_the_upgrades():
    save = sample_save()
    back = decode(json.dumps(version_1(save)))
    assert back.read_version == 1
    assert back.meta == save.meta
    assert back.state == save.state
    assert back.world is not None and (back.world.map, back.world.x, back.world.y) == \
        ("clinic", 1601, 2002)
    assert back.world.npcs == ()  # version 1 did not keep people
    assert back.dialogue == save.dialogue
    assert back.thumbnail is None


@pytest.mark.parametrize("change", [
    lambda d: d["state"].update(rng=[3, [1, 2], None]),
    lambda d: d["state"].update(seed="seven"),
    lambda d: d["state"]["story"].update(evidence=[1]),
    lambda d: d["world"].update(facing="sideways"),
    lambda d: d["dialogue"]["runner"].update(frames="intro"),
    lambda d: d["dialogue"].update(backlog=[["Max", "hi", [1, 2, 3]]]),
    lambda d: d["meta"].update(play_ticks=-1),
    lambda d: d.update(state=[]),
])
def test_data_that_does_not_fit_is_a_save_error(change):
    document = to_document(sample_save())
    change(document)
    document["checksum"] = checksum(document)
    with pytest.raises(SaveError):
        decode(json.dumps(document))


def test_a_broken_thumbnail_costs_only_the_picture():
    document = to_document(sample_save())
    document["thumbnail"] = "not base64!"
    document["checksum"] = checksum(document)
    assert decode(json.dumps(document)).thumbnail is None
    huge = bytearray(PNG)
    huge[16:20] = (100_000).to_bytes(4, "big")  # a picture claiming to be huge
    document["thumbnail"] = __import__("base64").b64encode(bytes(huge)).decode()
    document["checksum"] = checksum(document)
    assert decode(json.dumps(document)).thumbnail is None
