"""Constants of the swarm's world that a level may tune (heat, harm, deposits)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from game.nanobots.compile import DT, HARD_SPEED
from game.nanobots.tissues import INFO, TISSUE_COUNT, Tissue

__all__ = ["FLOW_REFRESH_STEPS", "HARD_SPEED", "Physics", "StepConstants"]
#: Steps between re-plans of the flow fields after a cavity cell was filled.
FLOW_REFRESH_STEPS = 24


@dataclass(frozen=True, slots=True)
class Physics:
    heat_gain: float = 0.05  # heat each bot adds to its cell per second
    heat_decay: float = 1.0  # share of heat lost per second
    heat_diffusion: float = 2.0  # cells^2 per second (explicit; keep below 30)
    heat_limit: float = 1.0  # heat above which living tissue is harmed
    heat_harm: float = 20.0  # harm per second per unit of heat above the limit, per cell
    deposit_heat: float = 3.0  # heat released per cell of filling laid
    marker_harm: float = 50.0  # harm per cell of filling laid in marker tissue

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


@dataclass(frozen=True, slots=True)
class StepConstants:
    """Physics folded with the tick length: what one step multiplies by."""

    keep: tuple[float, ...]  # velocity kept per step, by tissue
    harm_dt: tuple[float, ...]  # harm per bot per step, by tissue
    heat_stay: float  # share of a cell's heat that stays: decay and what diffuses out
    heat_diff: float  # share of each neighbour's heat that flows in
    heat_gain_dt: float
    deposit_heat: float
    heat_limit: float
    heat_harm_dt: float
    marker_harm: float

    @classmethod
    def of(cls, physics: Physics) -> StepConstants:
        return cls(
            keep=tuple(1.0 - INFO[Tissue(t)].drag * DT for t in range(TISSUE_COUNT)),
            harm_dt=tuple(INFO[Tissue(t)].harm * DT for t in range(TISSUE_COUNT)),
            heat_stay=(1.0 - physics.heat_decay * DT) - 4.0 * (physics.heat_diffusion * DT),
            heat_diff=physics.heat_diffusion * DT,
            heat_gain_dt=physics.heat_gain * DT,
            deposit_heat=physics.deposit_heat,
            heat_limit=physics.heat_limit,
            heat_harm_dt=physics.heat_harm * DT,
            marker_harm=physics.marker_harm,
        )


HARMFUL_TISSUES: tuple[int, ...] = tuple(
    int(t) for t in Tissue if INFO[t].harm > 0.0
)
SENSITIVE_TISSUES: tuple[int, ...] = tuple(int(t) for t in Tissue if INFO[t].heat_sensitive)
