"""All tilesets, in a stable order. Tile ids are positions in each tileset: only append."""

from __future__ import annotations

from . import (
    tiles_clinic,
    tiles_common,
    tiles_conference,
    tiles_flat,
    tiles_practice,
    tiles_rebirth,
    tiles_street,
    tiles_suite,
)
from .tileset import Tileset


def build_all() -> list[Tileset]:
    return [
        tiles_common.build(),
        tiles_clinic.build(),
        tiles_practice.build(),
        tiles_conference.build(),
        tiles_street.build(),
        tiles_flat.build(),
        tiles_suite.build(),
        tiles_rebirth.build(),
    ]
