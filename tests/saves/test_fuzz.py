"""Hypothesis fuzzing of save files: whatever is on disk, listing and loading the
folder never raises anything but a SaveError, and a good save is never lost (its
backup survives any damage to the slot, and the next save goes through)."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from game.saves.atomic import backup_path
from game.saves.format import SaveError, checksum, decode, encode, to_document
from game.saves.store import SaveStore
from tests.saves.support import sample_save
from tests.support.soak import examples

GOOD = encode(sample_save("good", saved_at=1.0))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False,
                                                          allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=20,
)


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    """A good file cut, flipped, spliced or overwritten."""
    data = bytearray(GOOD)
    kind = draw(st.sampled_from(["cut", "flip", "splice", "bytes"]))
    if kind == "cut":
        return bytes(data[: draw(st.integers(0, len(data) - 1))])
    if kind == "flip":
        for _ in range(draw(st.integers(1, 8))):
            at = draw(st.integers(0, len(data) - 1))
            data[at] ^= draw(st.integers(1, 255))
        return bytes(data)
    if kind == "splice":
        at = draw(st.integers(0, len(data)))
        return bytes(data[:at]) + draw(st.binary(max_size=64)) + bytes(data[at:])
    return draw(st.binary(max_size=512))


@st.composite
def resealed(draw: st.DrawFn) -> str:
    """A good save whose parts are replaced by any JSON, with a checksum that matches
    (so the checks behind the checksum are what is fuzzed)."""
    document = to_document(sample_save())
    path: list = []
    node = document
    for _ in range(draw(st.integers(1, 4))):
        if isinstance(node, dict) and node:
            key = draw(st.sampled_from(sorted(node)))
        elif isinstance(node, list) and node:
            key = draw(st.integers(0, len(node) - 1))
        else:
            break
        path.append((node, key))
        node = node[key]
    if path:
        parent, key = path[-1]
        parent[key] = draw(json_values)
    document["checksum"] = checksum(document)
    return json.dumps(document)


@examples(1.0)
@given(damaged())
def test_a_damaged_slot_never_raises_and_its_backup_survives(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("saves")
    store = SaveStore(folder)
    store.write("1", sample_save("backup", saved_at=0.5))
    store.write("1", sample_save("good", saved_at=1.0))
    store.path("1").write_bytes(data)
    info = store.info("1")  # listing never raises
    assert [i.slot for i in store.slots()] == ["1"]
    try:
        loaded = store.read("1")
        assert loaded.meta.name == "good"  # damage that still reads can only be harmless
    except SaveError:
        assert info.damaged
    assert store.read("1", backup=True).meta.name == "backup"  # never lost
    store.write("1", sample_save("next", saved_at=2.0))  # saving again works
    assert store.read("1").meta.name == "next"
    assert store.read("1", backup=True).meta.name in ("backup", "good")


@examples(1.0)
@given(resealed())
def test_any_json_behind_a_valid_checksum_is_loaded_or_refused_cleanly(text):
    try:
        save = decode(text)
    except SaveError as exc:
        assert str(exc)
        return
    save.game_state()  # what decoding accepted, the game can use
    assert decode(encode(save).decode("utf-8")) == save


@examples(0.5)
@given(st.binary(max_size=256) | st.text(max_size=256).map(str.encode))
def test_random_bytes_and_text_are_refused_cleanly(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("saves")
    (folder / "slot-1.json").write_bytes(data)
    backup_path(folder / "slot-1.json").write_bytes(data[::-1])
    store = SaveStore(folder)
    info = store.info("1")
    assert info.damaged and info.problem
