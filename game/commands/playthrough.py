"""``python -m game playthrough CAMPAIGN``: play routes through the real game, headless.

Each route (``playthroughs/<campaign>/<route>.yaml``, format in
:mod:`game.playthrough.route`) is played from New Game by input frames, exactly as a
player's keys would: walking, talking, choosing, debating, winning each minigame with
a known program. Every beat is printed as it is reached, then the ending and the
in-game time; the exit status is 1 if a route fails, misses one of its beats or does
not reach its ending. Line coverage is summed over all the routes run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from game import paths
from game.diagnostics import Diagnostic, display_path, printable
from game.dialogue.cliargs import add_mod_options, load

HELP = "play routes from New Game through the real game, headless; report beats and coverage"
PROG = "python -m game playthrough"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("campaign", help="campaign id, e.g. rejuvenation")
    parser.add_argument("--route", dest="routes", metavar="FILE", type=Path, action="append",
                        default=[], help="play this route file (repeatable; default: every "
                                         "route of the campaign)")
    parser.add_argument("--ending", metavar="ID",
                        help="play the campaign's routes that reach this ending")
    parser.add_argument("--all", action="store_true",
                        help="play every route and list the lines no route reached")
    parser.add_argument("--quiet", action="store_true",
                        help="one line per route (no beats as they are reached)")
    parser.add_argument("--steps", action="store_true",
                        help="also print each step of the route as it is done")
    parser.add_argument("--dir", type=Path, metavar="DIR", default=paths.ROOT / "playthroughs",
                        help="where the routes and programs.yaml are (default: playthroughs/)")
    parser.add_argument("--shots", type=Path, metavar="DIR",
                        help="save PNGs of what a player saw at a few moments (each map, "
                             "debate, nanobot level, title card, the credits) in DIR/<route>/")
    parser.add_argument("--seed", type=int, metavar="S", help="seed of the run (default: 2045)")
    add_mod_options(parser)


def run(args: argparse.Namespace) -> int:
    from game.playthrough.route import read_programs, read_route, route_files

    _, campaign = load(args, PROG)
    if campaign is None:
        return 1
    diagnostics: list[Diagnostic] = []
    programs = read_programs(args.dir / "programs.yaml", diagnostics)
    files = list(args.routes)
    if args.all or not files:
        files = route_files(args.dir, args.campaign)
    routes = [r for path in files if (r := read_route(path, args.campaign, diagnostics))]
    for diag in diagnostics:
        print(diag.format(), file=sys.stderr)
    if any(d.is_error for d in diagnostics):
        return 1
    if args.ending and not args.all:
        routes = [r for r in routes if r.ending == args.ending]
        if not routes:
            print(f"{PROG}: error: no route of {args.campaign} reaches ending "
                  f"{args.ending!r}", file=sys.stderr)
            return 1
    if not routes:
        print(f"{PROG}: error: no routes for {args.campaign} in "
              f"{printable(display_path(str(args.dir / args.campaign)))}", file=sys.stderr)
        return 1
    return _play(args, campaign, routes, programs)


def _play(args: argparse.Namespace, campaign: object, routes: list, programs: dict) -> int:
    from game.dialogue.playtest import coverage
    from game.playthrough.driver import SEED, Driver, game_time

    say = (lambda text: None) if args.quiet else (lambda text: print(printable(text)))
    reached: set[str] = set()
    failed = 0
    beats_reached: dict[str, None] = {}
    for route in routes:
        name = printable(display_path(route.path))
        if not args.quiet:
            print(f"{name}: {printable(route.description or route.name)}")
        driver = Driver(route, programs=programs, mods=args.mods,
                        user_mods=not args.no_user_mods,
                        seed=args.seed if args.seed is not None else SEED, out=say,
                        trace=args.steps and not args.quiet,
                        shots=args.shots / route.name if args.shots else None)
        report = driver.run()
        reached |= report.lines
        beats_reached.update((b.id, None) for _, b in report.beats)
        ending = report.ending or "none"
        summary = (f"{report.ticks} ticks ({game_time(report.ticks)} in game), "
                   f"{len(report.beats)} beats, ending {ending}, {len(report.lines)} lines read, "
                   f"{report.seconds:.2f} s real ({report.speed:.0f}x real time)")
        if not args.quiet:
            for line in _timeline(report):
                print(f"  {printable(line)}")
        if report.ok:
            print(f"{name}: ok: {summary}" if args.quiet else f"  ok: {summary}")
        else:
            failed += 1
            print(f"{name}: FAILED: {printable(report.failure)}" if args.quiet
                  else f"  FAILED: {printable(report.failure)}\n  after {summary}")
            for beat in report.missed:
                print(f"  missed beat {beat.id}: {printable(beat.title)}")
    cover = coverage(campaign, reached)  # type: ignore[arg-type]
    if not args.quiet:
        for path, (hit, total) in sorted(cover.per_file.items()):
            print(f"  {printable(display_path(path))}: {hit}/{total} lines "
                  f"({_percent(hit, total)})")
    print(f"coverage over {len(routes)} route{'s' if len(routes) != 1 else ''}: "
          f"{cover.reached}/{cover.total} lines ({_percent(cover.reached, cover.total)})")
    if args.all:
        for path, line, line_id, text in cover.unreached:
            print(printable(f"{display_path(path)}:{line}: no route reads {line_id}: "
                            f"{text[:60]}"))
        _unreached_beats(campaign, beats_reached)
    if failed:
        print(f"{failed} of {len(routes)} routes failed")
    return 1 if failed else 0


def _timeline(report: object) -> list[str]:
    """Where each chapter started and the splits, counted from the start of the chapter
    they fall in (a speedrun category's time)."""
    chapters: list[tuple[str, int]] = getattr(report, "chapters", [])
    splits: list[tuple[str, int]] = getattr(report, "splits", [])
    out = []
    if chapters:
        out.append("chapters started at tick: " + ", ".join(f"{c} {t}" for c, t in chapters))
    if splits:
        first = splits[0][1]
        chapter, since = next(((c, t) for c, t in reversed(chapters) if t <= first),
                              ("the run", 0))
        out.append(f"splits, ticks from the start of {chapter} ({since}): " + ", ".join(
            f"{name} +{tick - since}" for name, tick in splits))
    return out


def _unreached_beats(campaign: object, reached: dict[str, None]) -> None:
    from game.playthrough.beats import campaign_beats

    beats = campaign_beats(campaign)  # type: ignore[arg-type]
    missing = [b for b in beats if b.id not in reached]
    if beats:
        print(f"beats reached: {len(beats) - len(missing)}/{len(beats)}")
    for beat in missing:
        print(printable(f"no route reaches beat {beat.id}: {beat.title}"))


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "—"
