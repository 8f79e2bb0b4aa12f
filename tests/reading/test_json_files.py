"""JSON is read one way (game.content.jsonread): data, or an error at a line and column.

Settings use it: a bad settings file (too large, nested too deep, not JSON) is set
aside as settings.json.broken and the defaults used, with a message.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time

import pytest

from game.content.jsonread import JsonError, parse_json, read_json
from game.content.textread import size_text
from game.content.yamldepth import MAX_NESTING
from game.settings import MAX_BYTES, Settings


def error(path, **kwargs) -> JsonError:
    with pytest.raises(JsonError) as info:
        read_json(path, **kwargs)
    return info.value


def test_data_is_returned(tmp_path):
    path = tmp_path / "data.json"
    data = {"a": [1, 2.5, "é", None, True], "b": {"c": "[{not brackets}]"}}
    path.write_text(json.dumps(data), encoding="utf-8")
    assert read_json(path) == data
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(data).encode("utf-8"))  # a BOM is fine
    assert read_json(path) == data


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.json"
    path.write_text('{"pad": "' + "x" * 2000 + '"}', encoding="utf-8")
    with open(path, "r+b") as stream:
        stream.truncate(50_000_000)  # sparse
    start = time.perf_counter()
    found = error(path, max_bytes=1000)
    assert time.perf_counter() - start < 1.0
    assert (found.path, found.line, found.col) == (str(path), 1, 1)
    assert size_text(1000) in found.message


def test_a_file_at_the_limit_is_read(tmp_path):
    path = tmp_path / "data.json"
    path.write_text('{"pad": "' + "x" * 990 + '"}', encoding="utf-8")
    assert read_json(path, max_bytes=path.stat().st_size)["pad"] == "x" * 990
    assert error(path, max_bytes=path.stat().st_size - 1).line == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_file_that_claims_no_size_is_read_only_to_the_limit(tmp_path):
    """A pipe (or a file still growing) has no size to check first: reading stops."""
    path = tmp_path / "pipe.json"
    os.mkfifo(path)

    def feed() -> None:
        with contextlib.suppress(BrokenPipeError), open(path, "wb") as pipe:
            pipe.write(b'{"pad": "' + b"x" * 100_000 + b'"}')

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    found = error(path, max_bytes=1000)
    writer.join(timeout=5)
    assert (found.line, found.col) == (1, 1) and size_text(1000) in found.message


@pytest.mark.parametrize(("text", "line", "col"), [
    ('{"a":\n  ' + "[" * (MAX_NESTING + 1) + "]" * (MAX_NESTING + 1) + "}", 2, 3 + MAX_NESTING - 1),
    ('["[[[[", ' + '{"k": ' * MAX_NESTING + "1" + "}" * MAX_NESTING + "]", 1,
     len('["[[[[", ') + len('{"k": ') * (MAX_NESTING - 1) + 1),  # the root list is level 1
    ("[" * 100_000 + "]" * 100_000, 1, MAX_NESTING + 1),
], ids=["arrays", "objects-after-brackets-in-a-string", "100000"])
def test_deep_nesting_is_a_located_error(tmp_path, text, line, col):
    path = tmp_path / "deep.json"
    path.write_text(text, encoding="utf-8")
    found = error(path)
    assert (found.line, found.col) == (line, col), found


def test_nesting_up_to_the_limit_is_read():
    text = "[" * MAX_NESTING + "]" * MAX_NESTING
    assert parse_json(text) == json.loads(text)


# Non-finite numbers are found by us: their exact place. Syntax errors are found by
# CPython's json, whose column differs between releases (a trailing comma: 3.11 points
# at the brace, 3.13 at the comma), so for those the place must lie within the mistake.
@pytest.mark.parametrize(("text", "line", "cols"), [
    ('{"a": 1,\n "b": NaN}', 2, {7}),
    ('{"a": "NaN Infinity 1e999",\n "b": [1, -Infinity]}', 2, {11}),
    ('{"a": 1e999}', 1, {7}),
    ("{\n  \"a\": }", 2, {7, 8}),
    ('{"a": 1,}', 1, {8, 9}),
])
def test_bad_json_and_numbers_that_are_not_finite_are_located(tmp_path, text, line, cols):
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    found = error(path)
    assert found.line == line and found.col in cols, found


def test_bytes_that_are_not_utf8_are_located(tmp_path):
    path = tmp_path / "bad.json"
    path.write_bytes(b'{"a": 1,\n "b": "\xe9t\xe9"}')
    found = error(path)
    assert (found.line, found.col) == (2, 8)


# --- settings ------------------------------------------------------------------------------


def set_aside(tmp_path, data: str | bytes) -> str:
    """Load settings from ``data``: defaults, a message, and the file kept as .broken."""
    path = tmp_path / "settings.json"
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    loaded, problem = Settings.load(path)
    assert loaded == Settings()
    assert problem is not None and str(path) in problem
    assert (tmp_path / "settings.json.broken").read_bytes() == (
        data if isinstance(data, bytes) else data.encode("utf-8"))
    assert not path.exists()
    return problem


def test_oversized_settings_are_set_aside(tmp_path):
    text = json.dumps({"scale": 3, "pad": "x" * MAX_BYTES})
    problem = set_aside(tmp_path, text)
    assert size_text(MAX_BYTES) in problem


def test_deep_settings_are_set_aside_with_the_place(tmp_path):
    text = '{"scale": 3,\n "x": ' + "[" * (MAX_NESTING + 1) + "]" * (MAX_NESTING + 1) + "}"
    problem = set_aside(tmp_path, text)
    assert problem.startswith(f"{tmp_path / 'settings.json'}:2:{6 + MAX_NESTING}: ")


def test_settings_with_nan_are_set_aside(tmp_path):
    set_aside(tmp_path, '{"scale": 3, "text_speed": NaN}')


def test_settings_that_are_not_utf8_are_set_aside(tmp_path):
    set_aside(tmp_path, b'{"scale": 3, "text_speed": "\xff"}')


def test_good_settings_still_load(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"scale": 3, "text_speed": "fast"}), encoding="utf-8")
    loaded, problem = Settings.load(path)
    assert problem is None and (loaded.scale, loaded.text_speed) == (3, "fast")
