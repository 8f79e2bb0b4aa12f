"""Reading a content or data file's text: a size limit, then UTF-8 only.

The YAML reader (:mod:`game.content.yamlread`) and the JSON reader
(:mod:`game.content.jsonread`) both start here, so every file the game reads
is refused the same way when it is too large or not UTF-8 text: an
:class:`Unreadable` with a line, a column and a message in our own words.

The size is checked before anything is read (a 60 MB file costs a ``stat``),
and reading never takes more than the limit, whatever the file claims.
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

KiB = 1024
MiB = 1024 * KiB

#: What YAML counts as the end of a line (JSON text only ever has the first two).
_LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
_OTHER_ENCODINGS = (
    (codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16"),
)


class Unreadable(Exception):
    """A file that cannot be read as text; ``line`` and ``col`` count from 1."""

    def __init__(self, line: int, col: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.col = col
        self.message = message


def size_text(size: int) -> str:
    """``32 MiB``, ``60.0 MiB``, ``64 KiB`` or ``900 bytes``."""
    if size >= MiB:
        return f"{size // MiB} MiB" if size % MiB == 0 else f"{size / MiB:.1f} MiB"
    if size >= KiB:
        return f"{size // KiB} KiB" if size % KiB == 0 else f"{size / KiB:.1f} KiB"
    return f"{size} bytes"


def too_large(size: int | None, max_bytes: int, what: str) -> Unreadable:
    told = f"is {size_text(size)}" if size is not None else "is larger than that"
    return Unreadable(1, 1, f"the file {told}; {what} may be at most {size_text(max_bytes)}")


def read_text(path: Path, max_bytes: int, what: str) -> str:
    """The text of a UTF-8 file (a byte order mark is dropped).

    Raises :class:`Unreadable` when the file cannot be read, is over ``max_bytes``
    (``what`` names the kind of file in the message: "a level file") or is not
    UTF-8, at the line and column of the first byte that is not.
    """
    return decode(read_bytes(path, max_bytes, what))


def read_bytes(path: Path, max_bytes: int, what: str) -> bytes:
    """The bytes of a file of at most ``max_bytes``; raises :class:`Unreadable`."""
    try:
        with open(path, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > max_bytes:
                raise too_large(size, max_bytes, what)
            data = stream.read(size + 1)
            if len(data) > size:  # the file grew since, or has no size (a pipe)
                data += stream.read(max_bytes + 1 - len(data))
    except OSError as exc:
        raise Unreadable(1, 1, f"cannot read the file: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise too_large(None, max_bytes, what)
    return data


def decode(data: bytes) -> str:
    """``data`` as UTF-8 text without its byte order mark; raises :class:`Unreadable`."""
    body = data[len(codecs.BOM_UTF8):] if data.startswith(codecs.BOM_UTF8) else data
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        for bom, name in _OTHER_ENCODINGS:
            if data.startswith(bom):
                raise Unreadable(1, 1, f"the file is not UTF-8 text but {name} "
                                       "(save it as UTF-8)") from None
        before = body[: exc.start].decode("utf-8")  # valid: the first bad byte is at start
        line, col = line_col(before, len(before))
        raise Unreadable(line, col, f"the file is not UTF-8 text: byte 0x{body[exc.start]:02x} "
                                    "cannot be read here (save the file as UTF-8)") from None


def line_col(text: str, index: int) -> tuple[int, int]:
    """(line, column), counting from 1, of ``text[index]`` (lines as YAML counts them)."""
    index = min(index, len(text))
    line, start = 1, 0
    for found in _LINE_BREAK.finditer(text, 0, index):
        line, start = line + 1, found.end()
    return line, index - start + 1


def line_at(text: str, line: int) -> str:
    """Line number ``line`` (from 1) of ``text``, without its line break; "" past the end."""
    start, number = 0, 1
    for found in _LINE_BREAK.finditer(text):
        if number == line:
            return text[start : found.start()]
        start, number = found.end(), number + 1
    return text[start:] if number == line else ""
