"""Kept for the dialogue modules that import from here: YAML is read by
:mod:`game.content.yamlread`, the one reader of every YAML file the game reads.

Everything here is that module's, under the same names; new code imports from there.
"""

from __future__ import annotations

from game.content.yamlread import (
    BOOL,
    DIALOGUE,
    FLOAT,
    ID_RE,
    INT,
    MAP,
    MAX_NESTING,
    NULL,
    SEQ,
    STANDARD_TAGS,
    STR,
    TIMESTAMP,
    Reader,
    compose_text,
    describe,
    gc_paused,
    loader,
    position,
    read_mapping_file,
    read_yaml,
)

__all__ = [
    "BOOL", "DIALOGUE", "FLOAT", "ID_RE", "INT", "MAP", "MAX_NESTING", "NULL",
    "SEQ", "STANDARD_TAGS", "STR", "TIMESTAMP", "Reader", "compose_text", "describe",
    "gc_paused", "loader", "position", "read_mapping_file", "read_yaml",
]
