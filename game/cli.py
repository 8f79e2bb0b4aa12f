"""``python -m game``: play, run headless, or run a tool command.

    python -m game                      play in a window
    python -m game --headless --ticks N [--map NAME] [--seed S] [--screenshot PATH]
    python -m game COMMAND ...          a tool (see --help for the list)

Bad arguments and unknown names get one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from game import __version__
from game.commands import command_names, load_command
from game.diagnostics import printable

if TYPE_CHECKING:
    from game.director import Director
    from game.story.state import Value

PROG = "python -m game"


class UsageError(Exception):
    """Bad input from the command line; printed as one line."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def play_parser(list_commands: bool = True) -> Parser:
    """The options of a play run; the commands' one-line help only when asked for,
    since it imports every command module (start-up time matters)."""
    commands = "\n".join(f"  {name:<10} {load_command(name).HELP}" for name in command_names()) \
        if list_commands else "  (see --help)"
    parser = Parser(
        prog=PROG,
        description="ENAMEL 2045 — play the game, or run one of its tools.",
        epilog=f"commands (python -m game COMMAND --help):\n{commands}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"ENAMEL 2045 {__version__}")
    run = parser.add_argument_group("starting point")
    run.add_argument("--map", metavar="NAME", help="start on this map (maps/NAME.tmx)")
    run.add_argument("--spawn", metavar="NAME", help="spawn point on --map (default: its entry)")
    run.add_argument("--campaign", metavar="ID",
                     help="whose people stand on --map (default: rejuvenation)")
    run.add_argument("--seed", type=int, metavar="S", help="seed of the run's random generator")
    run.add_argument("--node", metavar="CAMPAIGN:NODE",
                     help="start straight into this dialogue node with a fresh state")
    run.add_argument("--set", action="append", default=[], metavar="VAR=VALUE",
                     help="preset a story variable (repeatable; with --node or --map)")
    run.add_argument("--level", metavar="LEVEL_ID", help="open a nanobot debugger level")
    run.add_argument("--mod", action="append", default=[], type=Path, metavar="DIR",
                     help="load this mod folder too (repeatable)")
    headless = parser.add_argument_group("headless runs and screenshots")
    headless.add_argument("--headless", action="store_true",
                          help="no window: run --ticks logic ticks as fast as possible")
    headless.add_argument("--ticks", type=_positive, metavar="N",
                          help="stop after N logic ticks (1/60 s each)")
    headless.add_argument("--screenshot", type=Path, metavar="PATH",
                          help="write the last frame as a PNG")
    headless.add_argument("--input", metavar="SCRIPT", default="",
                          help='scripted input, e.g. "0-59:right+run; 70:confirm"')
    headless.add_argument("--input-file", type=Path, metavar="FILE",
                          help="scripted input from a file (same format, one item a line)")
    speedrun = parser.add_argument_group("speedrunning (docs/speedrun.md)")
    speedrun.add_argument("--livesplit", metavar="HOST:PORT", nargs="?",
                          const="127.0.0.1:16834",
                          help="send the timer to LiveSplit's Server component "
                               "(default 127.0.0.1:16834)")
    speedrun.add_argument("--livesplit-one", metavar="PORT", nargs="?", const="16835",
                          help="be the server LiveSplit One connects to, on this port "
                               "(loopback; HOST:PORT to listen elsewhere; default 16835)")
    window = parser.add_argument_group("window")
    window.add_argument("--scale", type=_positive, metavar="N",
                        help="window size as a multiple of 480x270 (default: settings, 2)")
    window.add_argument("--fullscreen", action="store_true", help="start in fullscreen")
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0] in command_names():
        name = argv[0]
        command = load_command(name)
        parser = Parser(prog=f"{PROG} {name}", description=command.HELP)
        command.configure(parser)
        return command.run(parser.parse_args(argv[1:]))
    if argv and not argv[0].startswith("-"):
        known = ", ".join(command_names())
        print(f"{PROG}: error: unknown command {argv[0]!r} (commands: {known})", file=sys.stderr)
        return 2
    args = play_parser(list_commands=bool({"-h", "--help"} & set(argv))).parse_args(argv)
    try:
        return play(args)
    except UsageError as exc:
        print(f"{PROG}: error: {printable(exc)}", file=sys.stderr)
        return 2


def play(args: argparse.Namespace) -> int:
    if args.headless:
        os.environ["SDL_VIDEODRIVER"] = "dummy"
        os.environ["SDL_AUDIODRIVER"] = "dummy"
        if args.ticks is None:
            raise UsageError("--headless needs --ticks N")
    elif args.screenshot and args.ticks is None:
        raise UsageError("--screenshot needs --ticks N (the frame after N ticks is saved)")
    frames = _scripted_frames(args)
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

    from game.app import App, NoDisplayError, display_available
    from game.director import Director, StartError
    from game.gamestate import GameState
    from game.services import Game
    from game.settings import Settings
    from game.world.maps import MapError

    if not display_available():
        print(
            f"{PROG}: no display found. Run it on a desktop, under a virtual display "
            f"(xvfb-run {PROG}), or without a window: {PROG} --headless --ticks 600 "
            "--screenshot shot.png",
            file=sys.stderr,
        )
        return 1
    seed = args.seed if args.seed is not None else GameState().seed
    settings, problem = Settings.load()
    if problem:
        print(f"{PROG}: {printable(problem)}", file=sys.stderr)
    game = Game(GameState(seed=seed), settings)
    if args.headless:
        game.audio.enabled = False  # scripted runs never play through a sound card
    _speedrun(game, args)
    director = Director(game, seed=seed, mods=args.mod)
    try:
        start(director, args)
    except (MapError, StartError) as exc:
        raise UsageError(str(exc)) from None
    scale = args.scale or settings.scale
    fullscreen = (args.fullscreen or settings.fullscreen) and not args.headless
    app = App(game, scale=scale, fullscreen=fullscreen)
    try:
        app.open()
    except NoDisplayError as exc:
        print(f"{PROG}: cannot open a window ({exc}); try --headless", file=sys.stderr)
        return 1
    if args.headless:
        app.run_frames(frames)
        if args.screenshot:  # without one, nothing is ever drawn
            app.draw(1.0)
    else:
        app.run(max_ticks=args.ticks)
    if args.screenshot:
        app.save_screenshot(args.screenshot)
        print(f"wrote {args.screenshot}")
    game.speedrun.close()  # records and replays written, LiveSplit links closed
    return 0


def _speedrun(game: object, args: argparse.Namespace) -> None:
    """The speedrun timer, records and LiveSplit links the flags ask for."""
    from game.speedrun.livesplit import address
    from game.speedrun.play import attach

    for flag, value, port in (("--livesplit", args.livesplit, 16834),
                              ("--livesplit-one", args.livesplit_one, 16835)):
        if value is not None:
            try:
                address(value, "127.0.0.1", port)
            except ValueError as exc:
                raise UsageError(f"{flag}: {exc}") from None
    settings = getattr(game, "settings", None)
    livesplit = args.livesplit or getattr(settings, "livesplit", "") or None
    livesplit_one = args.livesplit_one or getattr(settings, "livesplit_one", "") or None
    try:
        attach(game, livesplit=livesplit, livesplit_one=livesplit_one,
               records=not args.headless)
    except OSError as exc:
        raise UsageError(f"--livesplit-one: cannot listen on {args.livesplit_one} "
                         f"({exc.strerror})") from None


def _scripted_frames(args: argparse.Namespace) -> list:
    from game.engine.input import frames_from_script

    script = args.input
    if args.input_file is not None:
        try:
            script += "\n" + args.input_file.read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"{args.input_file}: {exc.strerror}") from None
    try:
        return frames_from_script(script, args.ticks or 0)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def start(director: Director, args: argparse.Namespace) -> None:
    """Put the first scene on the stack, as the starting-point options ask."""
    from game.director import StartOptions

    variables = tuple(_variable(item) for item in args.set)
    if args.level:
        director.level_only(args.level)
    elif args.node:
        campaign, _, node = args.node.partition(":")
        if not node:
            raise UsageError(f"--node takes CAMPAIGN:NODE, not {args.node!r}")
        director.begin(StartOptions(campaign, map=args.map, spawn=args.spawn, node=node,
                                    variables=variables))
    elif args.map:
        director.begin(StartOptions(args.campaign or "rejuvenation", map=args.map,
                                    spawn=args.spawn, variables=variables))
    else:
        if variables:
            raise UsageError("--set needs --node or --map")
        director.title()


def _variable(item: str) -> tuple[str, Value]:
    from game.dialogue.assign import parse_assignment

    try:
        return parse_assignment(item)
    except ValueError:
        raise UsageError(f"--set takes VAR=VALUE, not {item!r}") from None
