"""The swarm simulation in plain Python: lists and floats, one bot at a time.

It exists to check :mod:`game.nanobots.sim`. It starts from a copy of a
vectorised simulation's state and repeats every rule with the same
floating-point operations in the same order (its random numbers come from a
plain-Python PCG64, :mod:`game.nanobots.pcg64`), so after any number of steps
both must agree: positions to the last bit in practice, and the same events
and counters. Both read the same compiled program and flow fields
(:mod:`game.nanobots.compile`), which are grid precomputations, not bot rules.
It is also the yardstick for the vectorised version's speed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.nanobots.compile import (
    ANCHOR_KEEP,
    DEPOSIT,
    DT,
    FIELD,
    LIMIT,
    PLAIN,
    SEPARATE,
    WANDER,
    Compiled,
    FieldCache,
    compile_program,
)
from game.nanobots.pcg64 import PCG64
from game.nanobots.physics import (
    FLOW_REFRESH_STEPS,
    HARD_SPEED,
    HARMFUL_TISSUES,
    SENSITIVE_TISSUES,
)
from game.nanobots.rules import Program
from game.nanobots.sim import EDGE, Simulation
from game.nanobots.tissues import TISSUE_COUNT, Tissue

_CAVLIKE = (Tissue.CAVITY, Tissue.MARKER)


@dataclass(slots=True)
class RefEvents:
    step: int
    entered: list[tuple[int, int]]
    filled: list[int]
    harm_crossed: list[float]


class ReferenceSimulation:
    def __init__(self, sim: Simulation) -> None:
        grid = sim.grid
        self.grid = grid
        self.width, self.height, self.size, self.n = sim.width, sim.height, sim.size, sim.n
        self.k = sim.k
        self.harm_marks = sim.harm_marks
        self.expression = list(grid.expression)
        self.harm_grid = [self.k.harm_dt[t] for t in grid.tissue]
        self.sensitive = [t in SENSITIVE_TISSUES for t in grid.tissue]
        self.marker_cells = [i for i, t in enumerate(grid.tissue) if t == Tissue.MARKER]
        self.x = sim.x.tolist()
        self.y = sim.y.tolist()
        self.vx = sim.vx.tolist()
        self.vy = sim.vy.tolist()
        self.cell = sim.cell.tolist()
        self.tissue = sim.tissue.tolist()
        self.flow_tissue = sim.flow_tissue.tolist()
        self.fill = sim.fill.tolist()
        self.heat = sim.heat.tolist()
        self.harm_field = sim.harm_field.tolist()
        self.steps = sim.steps
        self.harm = sim.harm
        self.harm_parts = sim.harm_parts
        self.repaired = sim.repaired
        self.peak_heat = sim.peak_heat
        self.dirty = sim.dirty
        state = sim.rng.bit_generator.state
        if state["has_uint32"]:
            raise ValueError("the generator holds a buffered 32-bit value; not supported")
        self.rng = PCG64.from_numpy_state(state)
        self.cache = FieldCache()
        self.program = sim.program
        self.compiled = self._compile()

    def set_program(self, program: Program) -> None:
        self.program = program
        self.compiled = self._compile()

    def _compile(self) -> Compiled:
        """Planned in plain Python too (:data:`~game.nanobots.compile.PLAIN`), so the
        comparison with the simulation also checks the numpy planner."""
        return compile_program(self.program, self.width, self.height, self.flow_tissue,
                               self.expression, self.cache, PLAIN)

    def step(self) -> RefEvents:
        ops = self.compiled.ops
        counts = [0] * self.size
        for c in self.cell:
            counts[c] += 1
        crowd = self._crowd_gradient(counts) if any(op.code == SEPARATE for op in ops) else None
        draws = {
            id(op): [self.rng.random() for _ in range(2 * self.n)] for op in ops
            if op.code == WANDER
        }
        laid_counts = {id(op): [0] * self.size for op in ops if op.code == DEPOSIT}
        entered: list[tuple[int, int]] = []
        starting: list[int] = []
        for i in range(self.n):
            starting.append(self._step_bot(i, ops, counts, crowd, draws, laid_counts, entered))
        fill_add: list[float] | None = None
        for op in ops:
            if op.code == DEPOSIT:
                laid = [count * op.coef for count in laid_counts[id(op)]]
                fill_add = laid if fill_add is None else [
                    a + b for a, b in zip(fill_add, laid, strict=True)
                ]
        events = RefEvents(self.steps + 1, entered, [], [])
        self._update_cells(counts, starting, fill_add, events)
        return events

    def _step_bot(self, i, ops, counts, crowd, draws, laid_counts, entered) -> int:
        w = self.width
        c = self.cell[i]
        tis = self.tissue[c]
        x, y = self.x[i], self.y[i]
        keep = self.k.keep[tis]
        vx = self.vx[i] * keep
        vy = self.vy[i] * keep
        for op in ops:
            code = op.code
            if code == FIELD:
                vx = vx + op.fx[c]
                vy = vy + op.fy[c]
            elif code == SEPARATE:
                pressure = counts[c] - 1
                dx = x - (c % w) - 0.5
                dy = y - (c // w) - 0.5
                vx = vx + op.coef * (crowd[0][c] + pressure * dx)
                vy = vy + op.coef * (crowd[1][c] + pressure * dy)
            elif code == WANDER:
                u = draws[id(op)]
                vx = vx + op.coef * (u[2 * i] * 2.0 - 1.0)
                vy = vy + op.coef * (u[2 * i + 1] * 2.0 - 1.0)
            elif code == LIMIT:
                vx, vy = _limited(vx, vy, op.limit)
            elif code == DEPOSIT and tis in _CAVLIKE and self.expression[c] < op.threshold:
                if op.anchor:
                    vx = vx * ANCHOR_KEEP
                    vy = vy * ANCHOR_KEEP
                laid_counts[id(op)][c] += 1
        vx, vy = _limited(vx, vy, HARD_SPEED)
        x, vx = _moved(x, vx, w)
        y, vy = _moved(y, vy, self.height)
        self.x[i], self.y[i], self.vx[i], self.vy[i] = x, y, vx, vy
        new_cell = int(y) * w + int(x)
        self.cell[i] = new_cell
        if self.tissue[new_cell] != tis:
            entered.append((i, self.tissue[new_cell]))
        return tis

    def _crowd_gradient(self, counts: list[int]) -> tuple[list[int], list[int]]:
        w, h = self.width, self.height
        gx = [0] * self.size
        gy = [0] * self.size
        for c in range(self.size):
            y, x = divmod(c, w)
            left = counts[c - 1] if x > 0 else counts[c]
            right = counts[c + 1] if x < w - 1 else counts[c]
            up = counts[c - w] if y > 0 else counts[c]
            down = counts[c + w] if y < h - 1 else counts[c]
            gx[c] = left - right
            gy[c] = up - down
        return gx, gy

    def _update_cells(self, counts, starting, fill_add, events: RefEvents) -> None:
        k = self.k
        w, h = self.width, self.height
        if fill_add is not None:
            self.fill = [a + b for a, b in zip(self.fill, fill_add, strict=True)]
            full = [c for c in range(self.size)
                    if self.tissue[c] == Tissue.CAVITY and self.fill[c] >= 1.0]
            for c in full:
                self.tissue[c] = int(Tissue.FILLED)
            if full:
                self.repaired += len(full)
                self.dirty = True
                events.filled = full
        old = self.heat
        heat = [0.0] * self.size
        for c in range(self.size):
            y, x = divmod(c, w)
            here = old[c]
            up = old[c - w] if y > 0 else here
            down = old[c + w] if y < h - 1 else here
            left = old[c - 1] if x > 0 else here
            right = old[c + 1] if x < w - 1 else here
            inflow = (((up + down) + left) + right) * k.heat_diff
            value = here * k.heat_stay + inflow
            value = value + k.heat_gain_dt * counts[c]
            if fill_add is not None:
                value = value + k.deposit_heat * fill_add[c]
            heat[c] = value
        self.heat = heat
        self.peak_heat = max(self.peak_heat, max(heat))
        per_tissue = [0] * TISSUE_COUNT
        for t in starting:
            per_tissue[t] += 1
        from_bots = 0.0
        for t in HARMFUL_TISSUES:
            from_bots += per_tissue[t] * k.harm_dt[t]
        hf = self.harm_field
        for c in range(self.size):
            hf[c] = hf[c] + counts[c] * self.harm_grid[c]
        excess = []
        for c in range(self.size):
            if self.sensitive[c] and heat[c] > k.heat_limit:
                e = heat[c] - k.heat_limit
                excess.append(e)
                hf[c] = hf[c] + e * k.heat_harm_dt
        from_heat = math.fsum(excess) * k.heat_harm_dt if excess else 0.0
        from_markers = 0.0
        if fill_add is not None and self.marker_cells:
            laid = [fill_add[c] for c in self.marker_cells]
            from_markers = math.fsum(laid) * k.marker_harm
            for c, amount in zip(self.marker_cells, laid, strict=True):
                hf[c] = hf[c] + amount * k.marker_harm
        before = self.harm
        self.harm = before + ((from_bots + from_heat) + from_markers)
        contact, heated, marked = self.harm_parts
        self.harm_parts = (contact + from_bots, heated + from_heat, marked + from_markers)
        events.harm_crossed = [m for m in self.harm_marks if before < m <= self.harm]
        self.steps += 1
        if self.dirty and self.steps % FLOW_REFRESH_STEPS == 0:
            self.flow_tissue = list(self.tissue)
            self.dirty = False
            self.compiled = self._compile()


def _limited(vx: float, vy: float, top: float) -> tuple[float, float]:
    speed = math.sqrt(vx * vx + vy * vy)
    if speed > top:
        scale = top / speed
        return vx * scale, vy * scale
    return vx, vy


def _moved(pos: float, vel: float, length: int) -> tuple[float, float]:
    pos = pos + vel * DT
    if pos < 0.0:
        pos = -pos
        vel = -vel
    top = length - EDGE
    if pos > top:
        pos = (2.0 * top) - pos
        vel = -vel
    return pos, vel
