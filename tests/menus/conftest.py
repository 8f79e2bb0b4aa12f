"""The comfort switches are the theme's (module state): every test here starts and
ends with them off, so none leaks into another test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from game.ui import theme


@pytest.fixture(autouse=True)
def _comfort_off() -> Iterator[None]:
    theme.use_comfort(high_contrast=False, reduced_motion=False)
    yield
    theme.use_comfort(high_contrast=False, reduced_motion=False)
