"""The swarm simulation, vectorised with numpy.

One :meth:`Simulation.step` advances 1/120 s. The state is a set of float64
and int64 arrays plus a few counters and a ``numpy.random.Generator(PCG64)``,
all advanced in a fixed order of element-wise operations, so the same level,
seed and program give bit-identical states in any process (see
:meth:`Simulation.state_hash`). The plain-Python twin in
:mod:`game.nanobots.reference` repeats every operation in the same order; the
tests hold the two to the same results.

A step, per bot, in this order:

1. velocity decays with the drag of the tissue the bot is in;
2. the compiled program runs top to bottom (seek, avoid, separate, wander,
   limit, deposit; see :mod:`game.nanobots.rules`);
3. the hardware speed limit applies; the bot moves and bounces off the edges.

Then, per cell, from where the bots were at the start of the step: filling is
laid (a cavity cell full to 1.0 becomes ``filled``), heat spreads and decays,
harm accrues (bots in the nerve or gum, deposits on marker tissue, overheated
living tissue). Separation reads a density grid built with ``bincount`` on cell
indices, so a step costs O(bots + cells), never O(bots²).
"""

from __future__ import annotations

import hashlib
import math
import struct
from dataclasses import dataclass, field

import numpy as np
import numpy.random  # numpy loads it on first use: not in the tick a level opens

from game.nanobots.compile import (
    ANCHOR_KEEP,
    DEPOSIT,
    DT,
    FIELD,
    LIMIT,
    NO_CHECK,
    NOTE,
    SEPARATE,
    WANDER,
    Compiled,
    FieldCache,
    Op,
    compile_program,
)
from game.nanobots.grid import TissueGrid
from game.nanobots.physics import (
    FLOW_REFRESH_STEPS,
    HARD_SPEED,
    HARMFUL_TISSUES,
    SENSITIVE_TISSUES,
    Physics,
    StepConstants,
)
from game.nanobots.rules import Program
from game.nanobots.tissues import TISSUE_COUNT, Tissue

_CAVITY = int(Tissue.CAVITY)
_FILLED = int(Tissue.FILLED)
#: Highest coordinate a bot may have along an axis of length L is ``L - EDGE``.
EDGE = 1.0 / 1048576.0


@dataclass(slots=True)
class StepEvents:
    """What happened during one step, for breakpoints and the UI."""

    step: int  # the step count after this step
    entered_bots: np.ndarray  # bots whose tissue changed this step, ascending
    entered_tissues: np.ndarray  # the tissue each of them entered
    filled: list[int]  # cavity cells that became full, ascending cell index
    harm_crossed: list[float]  # harm marks passed this step, ascending

    def entered(self) -> list[tuple[int, int]]:
        return list(zip(self.entered_bots.tolist(), self.entered_tissues.tolist(), strict=True))

    def first_entering(self, tissue: int) -> int | None:
        hits = np.flatnonzero(self.entered_tissues == tissue)
        return int(self.entered_bots[hits[0]]) if hits.size else None


@dataclass(slots=True)
class _Tick:
    """Per-step scratch shared by the lines of the program."""

    cell: np.ndarray
    counts: np.ndarray
    crowd: np.ndarray | None = None
    fill_add: np.ndarray | None = None


@dataclass(frozen=True, slots=True)
class Contribution:
    """What one line of the program did to one bot's velocity in one step."""

    line: int | None  # program line index, None for drag and the hardware limit
    label: str
    dvx: float
    dvy: float
    note: str = ""


@dataclass(frozen=True)
class Snapshot:
    """Everything needed to put a simulation back exactly where it was."""

    step: int
    arrays: dict[str, np.ndarray]
    harm: float
    harm_parts: tuple[float, float, float]
    repaired: int
    peak_heat: float
    dirty: bool
    rng: dict = field(repr=False)
    program: Program = field(repr=False)

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in self.arrays.values())


_STATE_ARRAYS = ("pos", "vel", "cell", "tissue", "flow_tissue", "fill", "heat", "harm_field")


class Simulation:
    def __init__(
        self,
        grid: TissueGrid,
        program: Program,
        bots: int,
        seed: int,
        physics: Physics | None = None,
        *,
        harm_marks: tuple[float, ...] = (),
        cache: FieldCache | None = None,
    ) -> None:
        if bots < 1:
            raise ValueError("a swarm needs at least one bot")
        self.grid = grid
        self.width, self.height = grid.width, grid.height
        self.size = grid.size
        self.n = bots
        self.seed = seed
        self.physics = physics or Physics()
        self.k = StepConstants.of(self.physics)
        self.cache = cache or FieldCache()
        self.harm_marks = tuple(sorted(harm_marks))
        self.probe: int | None = None
        self.probe_log: list[Contribution] = []

        self.expression = np.array(grid.expression, dtype=np.float64)
        self._keep = np.array(self.k.keep, dtype=np.float64)
        self._cavlike = np.zeros(TISSUE_COUNT, dtype=bool)
        self._cavlike[[Tissue.CAVITY, Tissue.MARKER]] = True
        tissue = np.array(grid.tissue, dtype=np.int64)
        self._harm_grid = np.array(self.k.harm_dt, dtype=np.float64)[tissue]
        sensitive = np.zeros(TISSUE_COUNT, dtype=bool)
        sensitive[list(SENSITIVE_TISSUES)] = True
        self._sensitive_grid = sensitive[tissue]
        self.marker_cells = np.flatnonzero(tissue == Tissue.MARKER)
        self.cavity_cells = int(np.count_nonzero(tissue == Tissue.CAVITY))
        self._around = np.zeros((self.height, self.width), dtype=np.float64)
        self._crowd = np.zeros((2, self.height, self.width), dtype=np.int64)
        self._buf = np.empty((2, bots), dtype=np.float64)
        self._np_fields: dict[int, tuple[tuple[float, ...], np.ndarray]] = {}
        self._tops = np.array([self.width - EDGE, self.height - EDGE])

        # --- the state -----------------------------------------------------------------
        self.rng = np.random.Generator(np.random.PCG64(seed))
        spawn = np.array(grid.spawn, dtype=np.int64)
        u = self.rng.random((bots, 3))
        start = spawn[(u[:, 0] * len(spawn)).astype(np.int64)]
        # positions and velocities as (2, bots): row 0 is x, row 1 is y
        self.pos = np.stack([(start % self.width) + u[:, 1], (start // self.width) + u[:, 2]])
        self.vel = np.zeros((2, bots), dtype=np.float64)
        self.ipos = self.pos.astype(np.int64)
        self.cell = self.ipos[1] * self.width + self.ipos[0]
        self.tissue = tissue
        self.flow_tissue = tissue.copy()
        self.fill = np.zeros(self.size, dtype=np.float64)
        self.heat = np.zeros(self.size, dtype=np.float64)
        self.harm_field = np.zeros(self.size, dtype=np.float64)
        self.steps = 0
        self.harm = 0.0
        self.harm_parts = (0.0, 0.0, 0.0)  # contact (nerve, gum, bone), heat, markers
        self.repaired = 0
        self.peak_heat = 0.0
        self.dirty = False  # a cavity filled since the flow fields were last planned
        self.program = program
        self._grids_for_tissue()
        self._flow_key = self.flow_tissue.tobytes()
        self._compiled: Compiled | None = None  # planned when first needed (see plan)

    # --- views of the state ------------------------------------------------------------
    @property
    def x(self) -> np.ndarray:
        return self.pos[0]

    @property
    def y(self) -> np.ndarray:
        return self.pos[1]

    @property
    def vx(self) -> np.ndarray:
        return self.vel[0]

    @property
    def vy(self) -> np.ndarray:
        return self.vel[1]

    # --- program -----------------------------------------------------------------------
    @property
    def time(self) -> float:
        return self.steps * DT

    @property
    def compiled(self) -> Compiled:
        """The program compiled against the plan grid (planned on first use)."""
        if self._compiled is None:
            self._compiled = self._compile()
        return self._compiled

    @compiled.setter
    def compiled(self, value: Compiled) -> None:
        self._compiled = value

    def plan(self) -> None:
        """Plan the flow fields now rather than at the first step that needs them (the
        debugger does it while its briefing shows); the result is the same either way."""
        self.compiled  # noqa: B018

    def set_program(self, program: Program) -> None:
        """Run ``program`` from the next step on (flow fields planned on the current plan grid)."""
        self.program = program
        self.compiled = self._compile()

    def _grids_for_tissue(self) -> None:
        """Per-cell lookups that follow the live tissue (rebuilt when a cavity fills)."""
        self._tissue_key = self.tissue.tobytes()
        self._open_cavities = np.flatnonzero(self.tissue == _CAVITY)
        self._keep_grid = self._keep.take(self.tissue)
        self._cavlike_grid = self._cavlike.take(self.tissue)
        self._beliefs: dict[float, np.ndarray] = {}

    def _belief_grid(self, threshold: float) -> np.ndarray:
        """Cells a deposit line below a marker check of ``threshold`` takes for cavities."""
        grid = self._beliefs.get(threshold)
        if grid is None:
            grid = self._cavlike_grid.copy()
            if threshold != NO_CHECK:
                grid &= self.expression < threshold
            self._beliefs[threshold] = grid
        return grid

    def _compile(self) -> Compiled:
        self._flow_key = self.flow_tissue.tobytes()
        return compile_program(self.program, self.width, self.height, self.flow_tissue,
                               self.expression, self.cache)

    def _field(self, op: Op) -> np.ndarray:
        """A seek/avoid field as a (2, cells) array (cached per compiled field)."""
        found = self._np_fields.get(id(op.fx))
        if found is not None and found[0] is op.fx:
            return found[1]
        if len(self._np_fields) > 64:
            self._np_fields.clear()
        array = np.array([op.fx, op.fy], dtype=np.float64)
        self._np_fields[id(op.fx)] = (op.fx, array)
        return array

    # --- stepping ----------------------------------------------------------------------
    def step(self) -> StepEvents:
        cell = self.cell
        tick = _Tick(cell, np.bincount(cell, minlength=self.size))
        tis = self.tissue.take(cell)
        keep = self._keep_grid.take(cell)
        probe = self.probe
        if probe is None:
            self.vel *= keep
            for op in self.compiled.ops:
                self._run_op(op, tick)
            if self.compiled.needs_hard_limit:
                self._limit(HARD_SPEED)
        else:
            self._run_probed(tick, keep, probe)
        self._move()
        self.ipos = self.pos.astype(np.int64)
        new_cell = self.ipos[1] * self.width + self.ipos[0]
        new_tis = self.tissue.take(new_cell)
        entered = np.flatnonzero(new_tis != tis)
        events = StepEvents(self.steps + 1, entered, new_tis[entered], [], [])
        self.cell = new_cell
        self._update_cells(tick.counts, tis, tick.fill_add, events)
        return events

    def _run_op(self, op: Op, tick: _Tick) -> None:
        """One compiled line, for every bot at once."""
        code = op.code
        if code == FIELD:
            self._push_along(op, tick.cell)
        elif code == SEPARATE:
            if tick.crowd is None:
                tick.crowd = self._crowd_gradient(tick.counts)
            self._separate(op, tick.cell, tick.counts, tick.crowd)
        elif code == WANDER:
            u = self.rng.random((self.n, 2))  # drawn bot by bot: x then y
            self.vel += op.coef * (u.T * 2.0 - 1.0)
        elif code == LIMIT:
            self._limit(op.limit)
        elif code == DEPOSIT:
            believed = self._belief_grid(op.threshold).take(tick.cell)
            if op.anchor:
                self.vel *= np.where(believed, ANCHOR_KEEP, 1.0)
            laid = np.bincount(tick.cell[believed], minlength=self.size) * op.coef
            tick.fill_add = laid if tick.fill_add is None else tick.fill_add + laid

    def _run_probed(self, tick: _Tick, keep: np.ndarray, probe: int) -> None:
        """The same step, logging what each line does to bot ``probe`` (for the inspector)."""
        self.probe_log = []
        vel = self.vel
        before = (float(vel[0, probe]), float(vel[1, probe]))
        vel *= keep
        self._log(None, "drag", before, f"x{float(keep[probe]):.3f}")
        for op in self.compiled.ops:
            before = (float(vel[0, probe]), float(vel[1, probe]))
            self._run_op(op, tick)
            if op.code == FIELD:
                self._log_parts(op, int(tick.cell[probe]))
            elif op.code != NOTE:
                self._log(op.line, self.program.rules[op.line].kind, before, "")
        if self.compiled.needs_hard_limit:
            before = (float(vel[0, probe]), float(vel[1, probe]))
            self._limit(HARD_SPEED)
            self._log(None, "hardware limit", before, "")

    def _log(self, line: int | None, label: str, before: tuple[float, float], note: str) -> None:
        i = self.probe
        assert i is not None
        after = (float(self.vel[0, i]), float(self.vel[1, i]))
        self.probe_log.append(
            Contribution(line, label, after[0] - before[0], after[1] - before[1], note)
        )

    def _push_along(self, op: Op, cell: np.ndarray) -> None:
        buf = self._buf
        self._field(op).take(cell, axis=1, out=buf)
        self.vel += buf

    def _log_parts(self, op: Op, cell: int) -> None:
        """Each folded seek/avoid line's own share, for the inspector."""
        for part in op.parts:
            kind = self.program.rules[part.line].kind
            self.probe_log.append(Contribution(part.line, kind, part.coef * float(part.fx[cell]),
                                               part.coef * float(part.fy[cell])))

    def _crowd_gradient(self, counts: np.ndarray) -> np.ndarray:
        """Per cell: count on the left minus on the right, above minus below (edges repeat)."""
        c = counts.reshape(self.height, self.width)
        out = self._crowd
        gx, gy = out[0], out[1]
        np.subtract(c[:, :-2], c[:, 2:], out=gx[:, 1:-1])
        np.subtract(c[:, 0], c[:, 1], out=gx[:, 0])
        np.subtract(c[:, -2], c[:, -1], out=gx[:, -1])
        np.subtract(c[:-2], c[2:], out=gy[1:-1])
        np.subtract(c[0], c[1], out=gy[0])
        np.subtract(c[-2], c[-1], out=gy[-1])
        return out.reshape(2, self.size)

    def _separate(self, op: Op, cell: np.ndarray, counts: np.ndarray,
                  crowd: np.ndarray) -> None:
        """Push down the density gradient, and apart inside a shared cell."""
        pressure = counts.take(cell) - 1
        offset = self.pos - self.ipos - 0.5
        self.vel += op.coef * (crowd.take(cell, axis=1) + pressure * offset)

    def _limit(self, top: float) -> None:
        vx, vy = self.vel
        square = vx * vx + vy * vy
        if float(square.max()) < top * top * (1.0 - 1e-9):
            return  # nobody is near the cap (sqrt rounds by half an ulp at most)
        speed = np.sqrt(square, out=square)
        over = np.flatnonzero(speed > top)
        if over.size:
            self.vel[:, over] *= top / speed[over]

    def _move(self) -> None:
        """Move, bouncing off the grid's edges (a step moves half a cell at most)."""
        self.pos += self.vel * DT
        lows = self.pos.min(axis=1)
        highs = self.pos.max(axis=1)
        for axis in (0, 1):
            pos, vel, top = self.pos[axis], self.vel[axis], float(self._tops[axis])
            if float(lows[axis]) < 0.0:
                low = np.flatnonzero(pos < 0.0)
                pos[low] = -pos[low]
                vel[low] = -vel[low]
            if float(highs[axis]) > top:
                high = np.flatnonzero(pos > top)
                pos[high] = (2.0 * top) - pos[high]
                vel[high] = -vel[high]

    def _update_cells(self, counts: np.ndarray, tis: np.ndarray,
                      fill_add: np.ndarray | None, events: StepEvents) -> None:
        k = self.k
        # 1. filling
        if fill_add is not None:
            self.fill += fill_add
            open_cells = self._open_cavities
            full = open_cells[self.fill.take(open_cells) >= 1.0]
            if full.size:
                self.tissue[full] = _FILLED
                self._grids_for_tissue()
                self.repaired += int(full.size)
                self.dirty = True
                events.filled = full.tolist()
        # 2. heat: decay, diffusion (edges insulate), bots, curing deposits
        h2 = self.heat.reshape(self.height, self.width)
        around = self._around  # ((up + down) + left) + right, an edge cell its own neighbour
        np.add(h2[:-2], h2[2:], out=around[1:-1])
        np.add(h2[0], h2[1], out=around[0])
        np.add(h2[-2], h2[-1], out=around[-1])
        around[:, 1:] += h2[:, :-1]
        around[:, 0] += h2[:, 0]
        around[:, :-1] += h2[:, 1:]
        around[:, -1] += h2[:, -1]
        around *= k.heat_diff
        heat = self.heat * k.heat_stay
        heat += around.ravel()
        heat += k.heat_gain_dt * counts
        if fill_add is not None:
            heat += k.deposit_heat * fill_add
        self.heat = heat
        hottest = float(heat.max())
        self.peak_heat = max(self.peak_heat, hottest)
        # 3. harm (each part skipped when it would add exactly nothing)
        per_tissue = np.bincount(tis, minlength=TISSUE_COUNT)
        from_bots = 0.0
        for t in HARMFUL_TISSUES:
            from_bots += int(per_tissue[t]) * k.harm_dt[t]
        if from_bots > 0.0:
            self.harm_field += counts * self._harm_grid
        from_heat = 0.0
        hot = np.flatnonzero(self._sensitive_grid & (heat > k.heat_limit)) if (
            hottest > k.heat_limit) else ()
        if len(hot):
            excess = heat[hot] - k.heat_limit
            from_heat = math.fsum(excess.tolist()) * k.heat_harm_dt
            self.harm_field[hot] += excess * k.heat_harm_dt
        from_markers = 0.0
        if fill_add is not None and self.marker_cells.size:
            laid = fill_add[self.marker_cells]
            from_markers = math.fsum(laid.tolist()) * k.marker_harm
            self.harm_field[self.marker_cells] += laid * k.marker_harm
        before = self.harm
        self.harm = before + ((from_bots + from_heat) + from_markers)
        contact, heated, marked = self.harm_parts
        self.harm_parts = (contact + from_bots, heated + from_heat, marked + from_markers)
        events.harm_crossed = [m for m in self.harm_marks if before < m <= self.harm]
        # 4. bookkeeping
        self.steps += 1
        if self.dirty and self.steps % FLOW_REFRESH_STEPS == 0:
            self.flow_tissue = self.tissue.copy()
            self.dirty = False
            self.compiled = self._compile()

    def run(self, steps: int) -> None:
        for _ in range(steps):
            self.step()

    # --- snapshots and identity ---------------------------------------------------------
    def snapshot(self) -> Snapshot:
        return Snapshot(
            step=self.steps,
            arrays={name: getattr(self, name).copy() for name in _STATE_ARRAYS},
            harm=self.harm,
            harm_parts=self.harm_parts,
            repaired=self.repaired,
            peak_heat=self.peak_heat,
            dirty=self.dirty,
            rng=_copy_rng_state(self.rng.bit_generator.state),
            program=self.program,
        )

    def restore(self, snap: Snapshot) -> None:
        for name in _STATE_ARRAYS:
            setattr(self, name, snap.arrays[name].copy())
        self.ipos = self.pos.astype(np.int64)
        if self.tissue.tobytes() != self._tissue_key:
            self._grids_for_tissue()
        self.steps = snap.step
        self.harm = snap.harm
        self.harm_parts = snap.harm_parts
        self.repaired = snap.repaired
        self.peak_heat = snap.peak_heat
        self.dirty = snap.dirty
        self.rng.bit_generator.state = _copy_rng_state(snap.rng)
        if snap.program != self.program or self._flow_key != self.flow_tissue.tobytes():
            self.program = snap.program
            self.compiled = self._compile()

    def state_hash(self) -> str:
        """SHA-256 of the whole state: arrays' bytes, counters, generator, program."""
        digest = hashlib.sha256()
        for name in _STATE_ARRAYS:
            array = np.ascontiguousarray(getattr(self, name))
            digest.update(name.encode())
            digest.update(array.dtype.str.encode())
            digest.update(array.tobytes())
        digest.update(struct.pack("<qdqd?", self.steps, self.harm, self.repaired,
                                  self.peak_heat, self.dirty))
        digest.update(struct.pack("<3d", *self.harm_parts))
        state = self.rng.bit_generator.state
        for value in (state["state"]["state"], state["state"]["inc"]):
            digest.update(int(value).to_bytes(16, "little"))
        digest.update(struct.pack("<qQ", int(state["has_uint32"]), int(state["uinteger"])))
        digest.update(self.program.text().encode())
        return digest.hexdigest()

    # --- queries for the UI -------------------------------------------------------------
    def nearest_bot(self, x: float, y: float) -> int:
        d = (self.x - x) ** 2 + (self.y - y) ** 2
        return int(np.argmin(d))

    def preview(self, bot: int) -> list[Contribution]:
        """What each line would do to ``bot`` in the next step (the state is left as it was)."""
        snap = self.snapshot()
        saved_probe, saved_log = self.probe, self.probe_log
        self.probe = bot
        try:
            self.step()
            return self.probe_log
        finally:
            self.probe, self.probe_log = saved_probe, saved_log
            self.restore(snap)

    @property
    def repaired_fraction(self) -> float:
        return self.repaired / self.cavity_cells if self.cavity_cells else 1.0


def _copy_rng_state(state: dict) -> dict:
    return {
        "bit_generator": state["bit_generator"],
        "state": {"state": int(state["state"]["state"]), "inc": int(state["state"]["inc"])},
        "has_uint32": int(state["has_uint32"]),
        "uinteger": int(state["uinteger"]),
    }
