"""Win and lose conditions, and the result handed back to whoever started a level."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from game.nanobots.levels import Goal, Level
from game.nanobots.sim import Simulation


class Verdict(enum.Enum):
    WON = "won"
    HARM = "harm"  # lost: the patient was hurt more than the goal allows
    TIME = "time"  # lost: the time limit ran out first

    @property
    def won(self) -> bool:
        return self is Verdict.WON


@dataclass(frozen=True)
class LevelResult:
    """What the debugger reports when the player leaves a level."""

    level_id: str
    won: bool
    metrics: dict[str, Any] = field(default_factory=dict)


def repaired_percent(sim: Simulation) -> float:
    return 100.0 * sim.repaired_fraction


def judge(sim: Simulation, goal: Goal) -> Verdict | None:
    """The verdict after the latest step, or None while the treatment goes on."""
    if sim.harm > goal.max_harm:
        return Verdict.HARM
    if repaired_percent(sim) >= goal.repaired - 1e-9:
        return Verdict.WON
    if sim.time >= goal.time_limit - 1e-9:
        return Verdict.TIME
    return None


def metrics(sim: Simulation, **extra: Any) -> dict[str, Any]:
    """Figures for the result screen and the caller (plain numbers only)."""
    out: dict[str, Any] = {
        "repaired_cells": sim.repaired,
        "cavity_cells": sim.cavity_cells,
        "repaired_percent": round(repaired_percent(sim), 2),
        "harm": round(sim.harm, 3),
        "peak_heat": round(sim.peak_heat, 3),
        "time": round(sim.time, 4),
        "steps": sim.steps,
        "bots": sim.n,
    }
    out.update(extra)
    return out


def new_simulation(level: Level, program=None, **kwargs: Any) -> Simulation:
    """A simulation of ``level`` (with ``program`` instead of the level's, if given)."""
    marks = tuple(level.goal.max_harm * f for f in (0.25, 0.5, 0.75, 1.0))
    return Simulation(level.grid, program or level.program, level.bots, level.seed,
                      level.physics, harm_marks=marks, **kwargs)


def play_out(sim: Simulation, goal: Goal, max_steps: int | None = None) -> Verdict | None:
    """Step until there is a verdict (headless; for tests and tools)."""
    limit = max_steps if max_steps is not None else int(goal.time_limit * 120) + 2
    for _ in range(limit):
        sim.step()
        verdict = judge(sim, goal)
        if verdict is not None:
            return verdict
    return None
