"""Shared test setup: no display, no sound, a private data folder."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pytest
from hypothesis import settings

SOAK = os.environ.get("ENAMEL_SOAK") == "1"

settings.register_profile("bounded", max_examples=60, deadline=None)
settings.register_profile("soak", max_examples=3000, deadline=None)
settings.load_profile("soak" if SOAK else "bounded")


def soak_scale(bounded: int, soak: int) -> int:
    """How many iterations a soak test runs: few under `make test`, many under `make soak`."""
    return soak if SOAK else bounded


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("ENAMEL_DATA_DIR", str(tmp_path / "userdata"))
