"""Checks that a map can be played: doors lead somewhere, people stand on the floor,
and every bit of floor can be walked to from the map's entry.

Walkability is judged for a character's feet box at every pixel; connected
floor is found by joining runs of walkable pixels row by row (union-find), which
is fast even on large maps.

The shipped maps are checked by the tests and by ``tools/build_maps.py``; lint
runs the same checks on every map a mod adds or replaces (:mod:`game.world.maplint`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np

from game.world.collision import FEET_H, FEET_W, Box, feet_box
from game.world.mapdata import WorldMap
from game.world.maplint import Problem

Run = tuple[int, int, int]  # y, x_start, x_end (inclusive)


def walkable_mask(solid: np.ndarray, obstacles: Iterable[Box] = ()) -> np.ndarray:
    """True where a character's feet point can stand (its whole feet box is free)."""
    blocked = solid.copy()
    for x, y, w, h in obstacles:
        blocked[max(0, y) : y + h, max(0, x) : x + w] = True
    height, width = blocked.shape
    # summed-area table: count of blocked pixels in any box in O(1)
    table = np.zeros((height + 1, width + 1), dtype=np.int32)
    table[1:, 1:] = blocked.cumsum(0).cumsum(1)
    ok = np.zeros_like(blocked)
    left, top = FEET_W // 2, FEET_H - 1
    # feet point (px, py) covers x in [px-left, px-left+FEET_W), y in [py-top, py]
    ys = np.arange(top, height)
    xs = np.arange(left, width - FEET_W + left + 1)
    y0, y1 = ys - top, ys + 1
    x0, x1 = xs - left, xs - left + FEET_W
    counts = (table[y1][:, x1] - table[y0][:, x1] - table[y1][:, x0] + table[y0][:, x0])
    ok[np.ix_(ys, xs)] = counts == 0
    return ok


def _runs(mask: np.ndarray) -> list[Run]:
    runs: list[Run] = []
    for y, row in enumerate(mask):
        padded = np.concatenate(([False], row, [False])).astype(np.int8)
        edges = np.flatnonzero(np.diff(padded))
        runs.extend((y, int(s), int(e) - 1) for s, e in zip(edges[::2], edges[1::2], strict=True))
    return runs


def floor_regions(mask: np.ndarray) -> tuple[list[Run], list[int]]:
    """Runs of walkable pixels and, for each, the id of its connected region."""
    runs = _runs(mask)
    parent = list(range(len(runs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_row: dict[int, list[int]] = {}
    for index, (y, _, _) in enumerate(runs):
        by_row.setdefault(y, []).append(index)
    for y, current in by_row.items():
        above = by_row.get(y - 1, [])
        j = 0
        for i in current:
            _, start, end = runs[i]
            while j < len(above) and runs[above[j]][2] < start:
                j += 1
            k = j
            while k < len(above) and runs[above[k]][1] <= end:
                parent[find(i)] = find(above[k])
                k += 1
    return runs, [find(i) for i in range(len(runs))]


def _region_at(runs: list[Run], regions: list[int], px: int, py: int) -> int | None:
    for (y, start, end), region in zip(runs, regions, strict=True):
        if y == py and start <= px <= end:
            return region
    return None


def check_map(
    world: WorldMap,
    spawns_by_map: Mapping[str, Iterable[str]],
    campaigns: Iterable[str] = (),
) -> list[str]:
    """Problems with one map, each a sentence starting with the map's path.

    ``spawns_by_map`` names the spawns of every map (to check warps); for each
    campaign the NPCs of that campaign count as obstacles, since they must not
    block the way.
    """
    problems: list[str] = []
    where = str(world.path)
    for warp in world.objects_of("warp"):
        target, spawn = warp.prop("target_map"), warp.prop("target_spawn")
        if target not in spawns_by_map:
            problems.append(f"{where}: warp {warp.name!r} leads to unknown map {target!r}")
        elif spawn and spawn not in set(spawns_by_map[target]):
            problems.append(f"{where}: warp {warp.name!r} leads to unknown spawn "
                            f"{spawn!r} on {target}")
    for name in list(campaigns) or [None]:
        problems += [f"{where}: {p.message}" for p in floor_problems(world, name)]
    return list(dict.fromkeys(problems))


def floor_problems(world: WorldMap, campaign: str | None) -> list[Problem]:
    """Spawns, NPCs (of ``campaign``, or all) and spots standing where nobody can stand
    (an error for a spawn, a warning for the others), and floor the entry cannot reach
    with those NPCs in the way."""
    npcs = [o for o in world.objects_of("npc") if campaign is None or o.in_campaign(campaign)]
    obstacles = [feet_box(*o.feet) for o in npcs]
    mask = walkable_mask(world.solid)
    problems: list[Problem] = []
    for obj in [*world.objects_of("spawn"), *npcs, *world.objects_of("spot")]:
        px, py = obj.feet
        if not (0 <= py < mask.shape[0] and 0 <= px < mask.shape[1]) or not mask[py, px]:
            problems.append(Problem(obj, "error" if obj.kind == "spawn" else "warning",
                                    f"{obj.kind} {obj.name!r} stands where nobody can stand "
                                    f"(pixel {px},{py}, tile {px // 16},{py // 16})"))
    problems += _unreachable(world, walkable_mask(world.solid, obstacles), campaign)
    return problems


def _unreachable(world: WorldMap, mask: np.ndarray, campaign: str | None) -> list[Problem]:
    entry = world.spawns.get(world.entry)
    if entry is None:
        return [Problem(None, "error", f"no entry spawn {world.entry!r}")]
    runs, regions = floor_regions(mask)
    home = _region_at(runs, regions, *entry.feet)
    if home is None:
        return []  # reported as a spawn that stands where nobody can stand
    lost = [run for run, region in zip(runs, regions, strict=True) if region != home]
    if not lost:
        return []
    y, start, _ = lost[0]
    pixels = sum(end - s + 1 for _, s, end in lost)
    context = f" with the {campaign} NPCs in place" if campaign else ""
    return [Problem(entry, "warning", f"{pixels} pixels of floor cannot be reached from the "
                                      f"entry{context}, e.g. tile {start // 16},{y // 16}")]
