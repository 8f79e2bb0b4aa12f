"""The thread CPU time spent in nanobot simulation steps while some code runs.

    with simulation_time() as spent:
        replay(frames)
    spent.seconds, spent.steps

Verifying a run, or replaying a playthrough, must step the simulation as the run did:
game time over this time is the fastest the whole can ever go (the ceiling the other
figures are read against).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass
class Spent:
    seconds: float = 0.0
    steps: int = 0


@contextmanager
def simulation_time() -> Iterator[Spent]:
    from game.nanobots.sim import Simulation

    spent = Spent()
    real = Simulation.step

    def step(self: Simulation, *args: object, **kwargs: object) -> object:
        started = time.thread_time()
        try:
            return real(self, *args, **kwargs)
        finally:
            spent.seconds += time.thread_time() - started
            spent.steps += 1

    Simulation.step = step  # type: ignore[method-assign]
    try:
        yield spent
    finally:
        Simulation.step = real  # type: ignore[method-assign]
