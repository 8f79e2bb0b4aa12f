"""The tissues of a tooth cross-section and how bots fare in each.

A tissue is a small integer (the values index numpy lookup tables), with a
name that level files use and properties the simulation reads:

* ``drag`` - how fast a bot's velocity decays in it (per second);
* ``harm`` - harm done per bot per second spent in it (the nerve hurts);
* ``cost`` - path cost of crossing one cell when a bot plans a route
  (soft pulp is cheap: the shortest route is not the safest one);
* ``heat_sensitive`` - living tissue that is harmed when it overheats.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Tissue(enum.IntEnum):
    FLUID = 0  # saliva and open space outside the tooth
    ENAMEL = 1
    DENTIN = 2
    PULP = 3  # the nerve and blood supply
    GUM = 4
    BONE = 5
    CAVITY = 6  # decay to repair
    MARKER = 7  # tissue expressing a genetic marker
    FILLED = 8  # a repaired cavity

    @property
    def key(self) -> str:
        return self.name.lower()


TISSUE_COUNT = len(Tissue)
TISSUE_NAMES: tuple[str, ...] = tuple(t.key for t in Tissue)
BY_NAME: dict[str, Tissue] = {t.key: t for t in Tissue}


@dataclass(frozen=True, slots=True)
class TissueInfo:
    label: str
    drag: float
    harm: float
    cost: int
    heat_sensitive: bool
    about: str


INFO: dict[Tissue, TissueInfo] = {
    Tissue.FLUID: TissueInfo("fluid", 1.0, 0.0, 1, False, "saliva; bots move freely"),
    Tissue.ENAMEL: TissueInfo("enamel", 9.0, 0.0, 8, False, "hard outer shell; slow going"),
    Tissue.DENTIN: TissueInfo("dentin", 5.0, 0.0, 4, True, "porous inner tooth"),
    Tissue.PULP: TissueInfo("pulp", 1.5, 2.5, 1, True, "nerve: soft, quick, and it hurts"),
    Tissue.GUM: TissueInfo("gum", 3.0, 1.0, 2, True, "soft tissue around the neck"),
    Tissue.BONE: TissueInfo("bone", 10.0, 0.5, 10, False, "jaw bone around the roots"),
    Tissue.CAVITY: TissueInfo("cavity", 2.0, 0.0, 1, False, "soft decay to fill"),
    Tissue.MARKER: TissueInfo("marker", 5.0, 0.0, 4, True, "marker-expressing tissue"),
    Tissue.FILLED: TissueInfo("filled", 3.0, 0.0, 3, False, "a repaired cavity"),
}


def tissue_from_name(name: str) -> Tissue:
    """The tissue called ``name`` (case-insensitive); raises KeyError listing the names."""
    try:
        return BY_NAME[name.strip().lower()]
    except KeyError:
        raise KeyError(f"unknown tissue {name!r} (known: {', '.join(TISSUE_NAMES)})") from None


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """What one character of a level layout stands for."""

    tissue: Tissue
    expression: float = 0.0  # genetic marker expression read by check_marker (0..1)
    spawn: bool = False  # bots are injected in these cells


#: The legend every level starts from; a level's ``legend`` adds or overrides entries.
DEFAULT_LEGEND: dict[str, LegendEntry] = {
    ".": LegendEntry(Tissue.FLUID),
    "*": LegendEntry(Tissue.FLUID, spawn=True),
    "E": LegendEntry(Tissue.ENAMEL),
    "D": LegendEntry(Tissue.DENTIN),
    "P": LegendEntry(Tissue.PULP),
    "G": LegendEntry(Tissue.GUM),
    "B": LegendEntry(Tissue.BONE),
    "C": LegendEntry(Tissue.CAVITY),
    "M": LegendEntry(Tissue.MARKER, expression=0.8),
    "F": LegendEntry(Tissue.FILLED),
}
