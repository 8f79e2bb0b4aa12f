"""``python -m game replay verify FILE`` / ``replay play FILE [--speed N]``.

``verify`` plays the replay headless with drawing off, as fast as the machine goes,
compares every checksum and the result, and prints the in-game time, the final state
hash and ``ok`` — or the first tick whose checksum differs and what differed. It exits
0 only on a match (1: a mismatch, 2: the replay cannot be verified here: another
logic version, other content, a damaged file). ``play`` shows it in a window with the
timer.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "verify a speedrun replay headless, or watch it in a window"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("verify", "play"),
                        help="verify: re-run headless and compare; play: show in a window")
    parser.add_argument("file", type=Path, help="a .enamelreplay file")
    parser.add_argument("--mod", action="append", default=[], type=Path, metavar="DIR",
                        help="load this mod folder too, as the run did (repeatable)")
    parser.add_argument("--speed", type=float, default=1.0, metavar="N",
                        help="play: N times real time (default 1)")


def run(args: argparse.Namespace) -> int:
    from game.speedrun.replay import ReplayError, describe, read_replay
    from game.speedrun.timing import format_time

    try:
        replay = read_replay(args.file)
    except ReplayError as exc:
        print(f"replay: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"replay: {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    print(f"{args.file}: {describe(replay.header)}")
    if args.action == "play":
        if not 0 < args.speed <= 1000:
            print("replay: --speed takes a number from 0 to 1000", file=sys.stderr)
            return 2
        from game.app import NoDisplayError
        from game.speedrun.play import play

        try:
            verdict = play(replay, speed=args.speed, mods=args.mod)
        except NoDisplayError as exc:
            print(f"replay: cannot open a window ({exc})", file=sys.stderr)
            return 1
        print(f"played {verdict.ticks} ticks, in-game time {verdict.time}")
        return 0
    from game.speedrun.play import verify

    verdict = verify(replay, mods=args.mod)
    if verdict.refused:
        print(f"replay: {verdict.message}", file=sys.stderr)
        return 2
    if not verdict.ok:
        print(f"FAILED at tick {verdict.failed_tick}: {verdict.message}")
        return 1
    for name, ticks in verdict.splits:
        print(f"  {name:<14} {format_time(ticks) if ticks is not None else '-'}")
    state = "finished" if verdict.finished else "not finished"
    print(f"in-game time {verdict.time} ({state}), {verdict.ticks} ticks")
    print(f"final state {verdict.final_hash}")
    print(f"verified in {verdict.seconds:.2f} s ({verdict.speed:.0f}x real time; the ticks "
          f"alone {verdict.play_seconds:.2f} s, {verdict.play_speed:.0f}x)")
    print("ok")
    return 0
