"""Record a category run through the real game, played by the playthrough driver.

    python -m game.speedrun.record ROUTE.yaml OUT.enamelreplay [--campaign ID]
                                   [--category ID]

The route (the playthrough format, ``game/playthrough/route.py``) is played from the
category's start — not from New Game — with every input frame recorded, until the
category's timer stops. View side: it plays the game (pygame is imported when run).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from game import paths
from game.playthrough.driver import Driver, RouteFailure
from game.speedrun.play import speedrun_of, start_category, tick
from game.speedrun.replay import Replay


class CategoryDriver(Driver):
    """The playthrough driver, started at a category's start and stopped at its end."""

    def __init__(self, *args: object, category: str, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.category = category
        self.replay: Replay | None = None

    def _play(self) -> None:
        """From the category's start until its timer stops (set up as the driver does)."""
        start_category(self.director, self.route.campaign, self.category)
        self._category_loop()

    def _category_loop(self) -> None:
        speedrun = speedrun_of(self.game)
        while True:
            timer = speedrun.timer
            if timer is not None and timer.finished:
                self.replay = speedrun.replay(self.game)
                return
            if self.report.frames >= self.max_ticks:
                raise RouteFailure(f"gave up after {self.max_ticks} ticks ({self._where()})")
            held = self.decide()
            tick(self.game, self.keys.frame(held))
            self.report.frames += 1
            self._after_tick()


def main(argv: list[str] | None = None) -> int:
    from game.playthrough.route import read_programs, read_route
    from game.speedrun.timing import format_time

    parser = argparse.ArgumentParser(prog="python -m game.speedrun.record")
    parser.add_argument("route", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--campaign", default="rejuvenation")
    parser.add_argument("--category", default="showdown")
    args = parser.parse_args(argv)
    problems: list = []
    route = read_route(args.route, args.campaign, problems)
    programs = read_programs(paths.ROOT / "playthroughs" / "programs.yaml", problems)
    if route is None:
        for problem in problems:
            print(problem.format(), file=sys.stderr)
        return 1
    driver = CategoryDriver(route, programs=programs, category=args.category,
                            out=print, trace=False)
    report = driver.run()
    if not report.ok or driver.replay is None:
        print(f"the run failed: {report.failure}", file=sys.stderr)
        return 1
    driver.replay.write(args.out)
    result = driver.replay.result
    print(f"recorded {args.out}: {len(driver.replay.frames)} ticks, in-game time "
          f"{format_time(result.category_ticks or 0)}")
    for name, ticks in result.splits:
        print(f"  {name:<12} {format_time(ticks) if ticks is not None else '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
