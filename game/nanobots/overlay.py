"""What the swarm view draws over the tissue (cycled with the OVERLAY action)."""

from __future__ import annotations

import enum


class Overlay(enum.IntEnum):
    NONE = 0
    TRAILS = 1
    HEAT = 2
    HARM = 3
    DENSITY = 4

    @property
    def label(self) -> str:
        return ("tissue", "trails", "heat", "harm", "density")[self.value]

    def next(self) -> Overlay:
        return Overlay((self.value + 1) % len(Overlay))
