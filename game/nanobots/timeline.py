"""The simulation's past: periodic snapshots and exact rewinds by re-simulation.

A snapshot is taken every :data:`SNAPSHOT_EVERY` steps and whenever the program
is edited. Going back to step *t* restores the latest snapshot at or before *t*
and steps forward to *t* again; since stepping is deterministic this lands on
exactly the state the run had at *t* (the tests compare state hashes).

Editing the program at step *t* starts a new branch there: every snapshot after
*t* is dropped, so the timeline never mixes two programs' futures. Scrubbing
keeps every step of the segment it is in, so holding rewind costs one segment
of re-simulation per :data:`SNAPSHOT_EVERY` steps, not one per frame.
"""

from __future__ import annotations

import bisect

from game.nanobots.rules import Program
from game.nanobots.sim import Simulation, Snapshot, StepEvents

#: Steps between automatic snapshots (half a simulated second).
SNAPSHOT_EVERY = 60
#: Above this many snapshots, every other old one is dropped (memory guard).
MAX_SNAPSHOTS = 400


class Timeline:
    def __init__(self, sim: Simulation) -> None:
        self.sim = sim
        self._snaps: dict[int, Snapshot] = {}
        self._keys: list[int] = []
        self._dense: dict[int, Snapshot] = {}  # every step of the segment being scrubbed
        self._dense_base: int | None = None
        self.head = sim.steps  # furthest step reached on this branch
        self._keep(sim.snapshot())

    # --- moving forward -------------------------------------------------------------------
    @property
    def step(self) -> int:
        return self.sim.steps

    def advance(self) -> StepEvents:
        """One simulation step forward (re-running known history or making new history)."""
        events = self.sim.step()
        if self.sim.steps % SNAPSHOT_EVERY == 0 and self.sim.steps not in self._snaps:
            self._keep(self.sim.snapshot())
        self.head = max(self.head, self.sim.steps)
        return events

    # --- moving back ---------------------------------------------------------------------
    def seek(self, step: int) -> None:
        """Put the simulation at ``step`` (0..head) exactly as the run had it."""
        step = max(0, min(step, self.head))
        if step == self.sim.steps:
            return
        dense = self._dense.get(step)
        if dense is not None:
            self.sim.restore(dense)
            return
        base = self._keys[bisect.bisect_right(self._keys, step) - 1]
        if step < self.sim.steps or self.sim.steps < base:
            self.sim.restore(self._snaps[base])
        self._fill_dense(base, step)

    def _fill_dense(self, base: int, step: int) -> None:
        if self._dense_base != base:
            self._dense = {}
            self._dense_base = base
        self._dense[self.sim.steps] = self.sim.snapshot()
        while self.sim.steps < step:
            self.sim.step()
            self._dense[self.sim.steps] = self.sim.snapshot()

    def rewind(self, steps: int) -> None:
        self.seek(self.sim.steps - steps)

    # --- editing -------------------------------------------------------------------------
    def branch(self, program: Program) -> None:
        """Run ``program`` from the current step on; the old future is forgotten."""
        now = self.sim.steps
        self._keys = [k for k in self._keys if k <= now]
        self._snaps = {k: self._snaps[k] for k in self._keys}
        self._dense = {}
        self._dense_base = None
        self.sim.set_program(program)
        self.head = now
        self._keep(self.sim.snapshot())

    def restart(self, program: Program) -> None:
        """Back to step 0 (same seed) and run ``program`` from there."""
        self.sim.restore(self._snaps[0])
        self.branch(program)

    def _keep(self, snap: Snapshot) -> None:
        if snap.step not in self._snaps:
            bisect.insort(self._keys, snap.step)
        self._snaps[snap.step] = snap
        if len(self._keys) > MAX_SNAPSHOTS:
            keep = self._keys[:1] + self._keys[1:-1:2] + self._keys[-1:]
            self._snaps = {k: self._snaps[k] for k in keep}
            self._keys = keep

    @property
    def snapshot_steps(self) -> list[int]:
        return list(self._keys)
