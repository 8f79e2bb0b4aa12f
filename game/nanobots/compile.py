"""Turn a program into per-tick operations with their precomputed grid fields.

Compiling resolves everything that does not depend on individual bots: the
weights a ``tradeoff`` line puts on the lines below it, the marker threshold a
``check_marker`` line hands down, and the flow fields of ``seek`` and
``avoid`` lines (computed by :mod:`game.nanobots.flowfield`). The vectorised
simulation and the plain-Python reference both run the same compiled
operations, each with its own per-bot arithmetic.

Constants are folded with the tick length here (``coef = gain * weight * DT``)
so both implementations multiply by exactly the same floats.

The grid work (costs, sources, fields, folding) has two planners that give
bit-identical operations: :data:`ARRAYS`, numpy over whole grids, which the game
plans with, and :data:`PLAIN`, plain Python cell by cell (the original code, kept
as the reference that the plain-Python simulation plans with and the tests hold
the numpy one to). Per-cell fields are tuples of floats from :data:`PLAIN` and
read-only float64 arrays from :data:`ARRAYS`; both index the same way.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from game.nanobots import flowfield
from game.nanobots.rules import Program
from game.nanobots.tissues import INFO, TISSUE_COUNT, Tissue, tissue_from_name

#: Simulated seconds per step: two steps per 60 Hz game tick.
DT = 1.0 / 120.0
#: Velocity kept per step while a bot deposits with ``anchor`` on.
ANCHOR_KEEP = 0.5
NO_CHECK = float("inf")
#: Hardware speed limit in cells per second (half a cell per step), after the program.
HARD_SPEED = 60.0
#: Extra path cost per cell inside an avoided tissue, per unit of the avoid line's gain.
AVOID_COST = 0.5

SEEK, AVOID, SEPARATE, WANDER, LIMIT, DEPOSIT, NOTE, FIELD = range(8)


#: A per-cell field: a tuple of floats (the plain planner) or a read-only float64 array.
Field = Any


@dataclass(frozen=True, slots=True, eq=False)
class Op:
    """One executable line. ``fx``/``fy`` are per-cell fields for seek and avoid.
    Ops compare by identity (their fields may be arrays)."""

    code: int
    line: int  # index of the rule in the program
    coef: float = 0.0  # velocity change per unit of field per step
    limit: float = 0.0  # speed cap (LIMIT)
    crowd: int = 1  # SEPARATE
    threshold: float = NO_CHECK  # DEPOSIT: marker threshold handed down by check_marker
    anchor: bool = False  # DEPOSIT
    fx: Field = ()
    fy: Field = ()
    parts: tuple[Op, ...] = ()  # FIELD: the seek/avoid lines folded into it


@dataclass(frozen=True, slots=True)
class Compiled:
    ops: tuple[Op, ...]
    key: tuple[object, ...]  # identifies the program + grid this was compiled for
    #: False when the last line that can speed a bot up is a limit below the hardware's
    #: (then the hardware limit can never bite, and skipping it changes nothing)
    needs_hard_limit: bool = True


def believed_cavity(tissue: int, expression: float, threshold: float) -> bool:
    """Whether a bot takes a cell for a cavity: cavity or marker tissue reading below the
    threshold (with no check above, every marker cell is misread as a cavity)."""
    return (tissue == Tissue.CAVITY or tissue == Tissue.MARKER) and expression < threshold


class FieldCache:
    """Remembers fields by what they depend on, so rewinds and toggles are instant."""

    def __init__(self, capacity: int = 48) -> None:
        self.capacity = capacity
        self._fields: OrderedDict[tuple[object, ...], Any] = OrderedDict()
        self.misses = 0
        #: The last field of each kind made (by :data:`ARRAYS`: a seek line's, the signed
        #: distances to a tissue), with what it was made from: a new one of the same kind
        #: may be found from it (see :func:`flowfield.coded_update`).
        self.bases: dict[object, Any] = {}

    def get(self, key: tuple[object, ...], make: Callable[[], Any]) -> Any:
        found = self._fields.get(key)
        if found is not None:
            self._fields.move_to_end(key)
            return found
        self.misses += 1
        value = make()
        self._fields[key] = value
        if len(self._fields) > self.capacity:
            self._fields.popitem(last=False)
        return value


def compile_program(
    program: Program,
    width: int,
    height: int,
    tissue: Sequence[int] | np.ndarray,
    expression: Sequence[float] | np.ndarray,
    cache: FieldCache,
    planner: Planner | None = None,
) -> Compiled:
    """Compile ``program`` against the tissue grid its flow fields are planned on, with
    ``planner`` (:data:`ARRAYS` unless given)."""
    plan = planner or ARRAYS
    grid = plan.grid(tissue)
    costs = plan.costs(grid)
    seek_w = avoid_w = limit_w = 1.0
    threshold = NO_CHECK
    route_costs = costs  # seek routes also pay what the avoid lines above them shun
    ops: list[Op] = []
    for line, rule in enumerate(program.rules):
        if not rule.enabled:
            continue
        kind = rule.kind
        if kind == "tradeoff":
            e = float(rule.get("efficiency"))
            seek_w, avoid_w, limit_w = 0.5 + e, 2.0 * (1.0 - e), 0.5 + e
            ops.append(Op(NOTE, line))
        elif kind == "check_marker":
            threshold = float(rule.get("threshold"))
            ops.append(Op(NOTE, line))
        elif kind == "seek":
            target = tissue_from_name(str(rule.get("target")))
            sources = plan.sources(grid, expression, target, threshold)
            fx, fy = plan.seek(width, height, route_costs, sources, cache, (target, line))
            ops.append(Op(SEEK, line, coef=float(rule.get("gain")) * seek_w * DT, fx=fx, fy=fy))
        elif kind == "avoid":
            target = tissue_from_name(str(rule.get("tissue")))
            radius = int(rule.get("radius"))
            gain = float(rule.get("gain")) * avoid_w
            signed = plan.signed(width, height, grid, target, cache)
            fx, fy = plan.avoid(width, height, signed, radius, cache)
            ops.append(Op(AVOID, line, coef=gain * DT, fx=fx, fy=fy))
            route_costs = plan.shunned(route_costs, signed, radius, gain)
        elif kind == "separate":
            crowd = int(rule.get("crowd"))
            coef = float(rule.get("gain")) * DT / crowd
            ops.append(Op(SEPARATE, line, coef=coef, crowd=crowd))
        elif kind == "wander":
            ops.append(Op(WANDER, line, coef=float(rule.get("gain")) * DT))
        elif kind == "limit":
            ops.append(Op(LIMIT, line, limit=float(rule.get("speed")) * limit_w))
        elif kind == "deposit":
            ops.append(
                Op(DEPOSIT, line, coef=float(rule.get("rate")) / 100.0 * DT, threshold=threshold,
                   anchor=bool(rule.get("anchor")))
            )
        else:  # pragma: no cover - levels are validated against KINDS
            raise ValueError(f"unknown rule kind {kind!r}")
    return Compiled(tuple(_fold_fields(ops, plan)), (program.text(), plan.key(grid)),
                    _needs_hard_limit(ops))


def _fold_fields(ops: list[Op], plan: Planner) -> list[Op]:
    """Fold each run of seek/avoid lines (only notes between them) into one FIELD op whose
    per-cell vector is ``((c1*f1) + c2*f2) + ...``: one gather per run instead of one per
    line. Both implementations add this same field, so they stay equal."""
    out: list[Op] = []
    run: list[Op] = []
    for op in [*ops, Op(NOTE, -1)]:
        if op.code in (SEEK, AVOID):
            run.append(op)
            continue
        if op.code == NOTE and op.line >= 0:
            out.append(op)
            continue
        if run:
            out.append(_folded(run, plan))
            run = []
        if op.line >= 0:
            out.append(op)
    return out


def _folded(run: list[Op], plan: Planner) -> Op:
    fx, fy = plan.fold([(op.coef, op.fx, op.fy) for op in run])
    return Op(FIELD, run[0].line, coef=1.0, fx=fx, fy=fy, parts=tuple(run))


def _needs_hard_limit(ops: list[Op]) -> bool:
    for op in reversed(ops):
        if op.code in (NOTE, DEPOSIT):  # a deposit only ever slows a bot down
            continue
        return not (op.code == LIMIT and op.limit < HARD_SPEED * (1.0 - 1e-9))
    return True


class Planner:
    """How the grid work of a compile is done; see :data:`PLAIN` and :data:`ARRAYS`."""

    def grid(self, tissue: Sequence[int] | np.ndarray) -> Any:
        raise NotImplementedError

    def costs(self, grid: Any) -> Any:
        raise NotImplementedError

    def key(self, grid: Any) -> object:
        raise NotImplementedError

    def sources(self, grid: Any, expression: Sequence[float] | np.ndarray, target: Tissue,
                threshold: float) -> Any:
        raise NotImplementedError

    def seek(self, width: int, height: int, costs: Any, sources: Any,
             cache: FieldCache, kind: object = None) -> tuple[Field, Field]:
        """The field that leads down the distances to ``sources``; ``kind`` names the
        line it is for, whose last field a planner may start from."""
        raise NotImplementedError

    def signed(self, width: int, height: int, grid: Any, target: Tissue,
               cache: FieldCache) -> Any:
        raise NotImplementedError

    def avoid(self, width: int, height: int, signed: Any, radius: int,
              cache: FieldCache) -> tuple[Field, Field]:
        raise NotImplementedError

    def shunned(self, costs: Any, signed: Any, radius: int, gain: float) -> Any:
        raise NotImplementedError

    def fold(self, run: list[tuple[float, Field, Field]]) -> tuple[Field, Field]:
        raise NotImplementedError


class PlainPlanner(Planner):
    """Cell by cell in plain Python, with :func:`flowfield.distances` (the reference)."""

    def grid(self, tissue):
        return tuple(int(t) for t in tissue)

    def costs(self, grid):
        return tuple(INFO[Tissue(t)].cost for t in grid)

    def key(self, grid):
        return grid

    def sources(self, grid, expression, target, threshold):
        if target == Tissue.CAVITY:
            return tuple(
                i for i, t in enumerate(grid) if believed_cavity(t, expression[i], threshold)
            )
        return tuple(i for i, t in enumerate(grid) if t == target)

    def seek(self, width, height, costs, sources, cache, kind=None):
        def make():
            dist = flowfield.distances(width, height, sources, costs)
            fx, fy = flowfield.slope(width, height, dist, downhill=True)
            return tuple(fx), tuple(fy)

        return cache.get(("seek", width, height, costs, sources), make)

    def signed(self, width, height, grid, target, cache):
        inside = tuple(t == target for t in grid)
        return cache.get(("signed", width, height, inside),
                         lambda: tuple(flowfield.signed_distance(width, height, inside)))

    def avoid(self, width, height, signed, radius, cache):
        def make():
            ux, uy = flowfield.slope(width, height, signed, downhill=False)
            fx = [0.0] * len(signed)
            fy = [0.0] * len(signed)
            for cell, s in enumerate(signed):
                if s < radius:
                    falloff = min(2.0, (radius - s) / radius)
                    fx[cell] = ux[cell] * falloff
                    fy[cell] = uy[cell] * falloff
            return tuple(fx), tuple(fy)

        return cache.get(("avoid", width, height, signed, radius), make)

    def shunned(self, costs, signed, radius, gain):
        """Path costs raised inside a shunned tissue and (by half) within ``radius`` of it."""
        penalty = int(gain * AVOID_COST)
        if penalty <= 0:
            return costs
        half = penalty // 2
        return tuple(
            c + (penalty if s < 0 else half if s < radius else 0)
            for c, s in zip(costs, signed, strict=True)
        )

    def fold(self, run):
        """``((c1*f1) + c2*f2) + ...`` per cell."""
        coef, fx, fy = run[0]
        fx = [coef * v for v in fx]
        fy = [coef * v for v in fy]
        for coef, ox, oy in run[1:]:
            fx = [a + coef * b for a, b in zip(fx, ox, strict=True)]
            fy = [a + coef * b for a, b in zip(fy, oy, strict=True)]
        return tuple(fx), tuple(fy)


_COSTS = np.array([INFO[Tissue(t)].cost for t in range(TISSUE_COUNT)], dtype=np.int64)


def _frozen(array: np.ndarray) -> np.ndarray:
    array.setflags(write=False)
    return array


class ArrayPlanner(Planner):
    """The same with numpy over the whole grid, element-wise in the same order, and
    :func:`flowfield.distance_array`; fields are cached by their inputs' bytes."""

    def grid(self, tissue):
        return _frozen(np.array(tissue, dtype=np.int64))

    def costs(self, grid):
        return _frozen(_COSTS.take(grid))

    def key(self, grid):
        return grid.tobytes()

    def sources(self, grid, expression, target, threshold):
        if target == Tissue.CAVITY:
            believed = (grid == Tissue.CAVITY) | (grid == Tissue.MARKER)
            believed &= np.asarray(expression, dtype=np.float64) < threshold
            return np.flatnonzero(believed)
        return np.flatnonzero(grid == target)

    def seek(self, width, height, costs, sources, cache, kind=None):
        """On a miss the distances are found from the last field of the same line, relaxed
        only around what changed (a cavity filled; see :func:`flowfield.coded_update`),
        else worked out whole; the directions are worked out again only around the cells
        whose distance changed. (On grids too large to code, :func:`flowfield.distance_update`
        does it for changes that can only make distances grow.)"""
        def make():
            family = ("seek", width, height, kind)
            base = cache.bases.get(family)
            dist = coded = fx = fy = None
            if base is not None:
                old_costs, old_sources, old_dist, old_coded, old_fx, old_fy = base
                if old_coded is not None:
                    coded = flowfield.coded_update(width, height, old_coded, old_sources,
                                                   old_costs, sources, costs)
                    if coded is not None:
                        dist = flowfield.decoded(coded)
                else:
                    dist = flowfield.distance_update(width, height, old_dist, old_sources,
                                                     old_costs, sources, costs)
                if dist is not None:
                    fx, fy = flowfield.slope_update(width, height, dist, old_dist, old_fx,
                                                    old_fy, downhill=True)
            if dist is None:
                coded = flowfield.distance_coded(width, height, sources, costs)
                if coded is not None:
                    dist = flowfield.decoded(coded)
                else:
                    dist = flowfield.distance_array(width, height, sources, costs)
            if fx is None:
                fx, fy = flowfield.slope_arrays(width, height, dist, downhill=True)
            fx, fy = _frozen(fx), _frozen(fy)
            if coded is not None:
                coded = _frozen(coded)
            cache.bases[family] = (costs, sources, _frozen(dist), coded, fx, fy)
            if len(cache.bases) > 16:
                cache.bases.pop(next(iter(cache.bases)))
            return fx, fy

        return cache.get(("seek", width, height, costs.tobytes(), sources.tobytes()), make)

    def signed(self, width, height, grid, target, cache):
        inside = grid == target

        def make():  # from the last one of the same tissue, when there is one
            family = ("signed", width, height, target)
            signed, base = flowfield.signed_distance_update(width, height, inside,
                                                            cache.bases.get(family))
            if base is not None:
                cache.bases[family] = tuple(_frozen(array) for array in base)
                if len(cache.bases) > 16:
                    cache.bases.pop(next(iter(cache.bases)))
            return _frozen(signed)

        return cache.get(("signed", width, height, inside.tobytes()), make)

    def avoid(self, width, height, signed, radius, cache):
        def make():
            ux, uy = flowfield.slope_arrays(width, height, signed, downhill=False)
            near = signed < radius
            falloff = np.minimum(2.0, (radius - signed) / radius)
            fx = np.where(near, ux * falloff, 0.0)
            fy = np.where(near, uy * falloff, 0.0)
            return _frozen(fx), _frozen(fy)

        return cache.get(("avoid", width, height, signed.tobytes(), radius), make)

    def shunned(self, costs, signed, radius, gain):
        penalty = int(gain * AVOID_COST)
        if penalty <= 0:
            return costs
        half = penalty // 2
        extra = np.where(signed < 0, penalty, np.where(signed < radius, half, 0))
        return _frozen(costs + extra)

    def fold(self, run):
        coef, fx, fy = run[0]
        fx, fy = coef * fx, coef * fy
        for coef, ox, oy in run[1:]:
            fx = fx + coef * ox
            fy = fy + coef * oy
        return _frozen(fx), _frozen(fy)


#: The reference planner (plain Python) and the one the game uses (numpy).
PLAIN: Planner = PlainPlanner()
ARRAYS: Planner = ArrayPlanner()
