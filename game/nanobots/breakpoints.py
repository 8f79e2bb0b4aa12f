"""Breakpoints on simulation events: pause when a bot enters a tissue, when harm
passes a threshold, when a cavity cell is filled."""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace

from game.nanobots.sim import StepEvents
from game.nanobots.tissues import TISSUE_NAMES, Tissue, tissue_from_name

#: Tissues a player may break on when a bot enters them.
ENTER_CHOICES: tuple[str, ...] = ("pulp", "gum", "marker", "bone", "enamel", "dentin")
HARM_STEP = 1.0


class Kind(enum.Enum):
    ENTER = "enter"
    HARM = "harm"
    FILLED = "filled"


@dataclass(frozen=True, slots=True)
class Breakpoint:
    kind: Kind
    enabled: bool = False
    tissue: str = "pulp"  # ENTER
    threshold: float = 1.0  # HARM

    def text(self) -> str:
        if self.kind is Kind.ENTER:
            return f"a bot enters {self.tissue}"
        if self.kind is Kind.HARM:
            return f"harm >= {self.threshold:g}"
        return "a cavity cell is filled"

    @property
    def adjustable(self) -> bool:
        return self.kind is not Kind.FILLED

    def adjusted(self, direction: int, max_harm: float) -> Breakpoint:
        if self.kind is Kind.ENTER:
            names = ENTER_CHOICES
            i = names.index(self.tissue) if self.tissue in names else 0
            return replace(self, tissue=names[(i + direction) % len(names)])
        if self.kind is Kind.HARM:
            top = max(HARM_STEP, round(max_harm))
            value = min(max(HARM_STEP, self.threshold + direction * HARM_STEP), top)
            return replace(self, threshold=value)
        return self


@dataclass(frozen=True, slots=True)
class Hit:
    breakpoint: int  # index in the list
    message: str
    bot: int | None = None
    cell: int | None = None


def default_breakpoints(max_harm: float) -> list[Breakpoint]:
    return [
        Breakpoint(Kind.ENTER, tissue="pulp"),
        Breakpoint(Kind.HARM, threshold=max(HARM_STEP, round(max_harm / 2))),
        Breakpoint(Kind.FILLED),
    ]


def check(points: list[Breakpoint], events: StepEvents, harm_before: float,
          harm_after: float, width: int) -> Hit | None:
    """The first enabled breakpoint this step's events trigger, if any."""
    for index, bp in enumerate(points):
        if not bp.enabled:
            continue
        if bp.kind is Kind.ENTER:
            tissue = tissue_from_name(bp.tissue)
            bot = events.first_entering(int(tissue))
            if bot is not None:
                return Hit(index, f"bot #{bot} entered the {_name(tissue)}", bot=bot)
        elif bp.kind is Kind.HARM:
            if harm_before < bp.threshold <= harm_after:
                return Hit(index, f"harm passed {bp.threshold:g} ({harm_after:.2f})")
        elif bp.kind is Kind.FILLED and events.filled:
            cell = events.filled[0]
            y, x = divmod(cell, width)
            more = f" (+{len(events.filled) - 1})" if len(events.filled) > 1 else ""
            return Hit(index, f"cavity cell ({x},{y}) filled{more}", cell=cell)
    return None


def _name(tissue: Tissue) -> str:
    return "nerve (pulp)" if tissue == Tissue.PULP else TISSUE_NAMES[tissue]
