"""``python -m game``: play, run headless, or run a tool command.

    python -m game                      play in a window
    python -m game --headless --ticks N [--map NAME] [--seed S] [--screenshot PATH]
    python -m game COMMAND ...          a tool (see --help for the list)

Bad arguments and unknown names get one line on stderr and a non-zero exit; so do
options that would be ignored (``--spawn`` without ``--map``...) and a screenshot that
could not be written, checked before the run. Ctrl-C ends any of these quietly with
status 130, and output into a closed pipe (``... | head``) with 141.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from game import __version__
from game.commands import command_names, guarded, load_command
from game.diagnostics import printable

if TYPE_CHECKING:
    from game.app import App
    from game.director import Director
    from game.engine.input import Action, InputFrame
    from game.story.state import Value

PROG = "python -m game"
#: Window sizes the game offers, as multiples of 480x270 (the settings screen's range).
MIN_SCALE, MAX_SCALE = 1, 8
#: What ``--screenshot`` may end in: the formats pygame writes (anything else it would
#: silently write as TGA).
SCREENSHOT_FORMATS = (".png", ".bmp", ".tga", ".jpg", ".jpeg")


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
                          help="write the last frame to PATH (.png, or .bmp, .tga, .jpg)")
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
    window.add_argument("--scale", type=_scale, metavar="N",
                        help=f"window size as a multiple of 480x270, {MIN_SCALE} to "
                             f"{MAX_SCALE} (default: settings, 2)")
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


def _scale(text: str) -> int:
    value = _positive(text)
    if value > MAX_SCALE:
        raise argparse.ArgumentTypeError(f"must be {MIN_SCALE} to {MAX_SCALE}, not {value}")
    return value


def launcher() -> str:
    """The command that starts the game again from here: the Python running it now
    (the venv's, which has pygame) with ``-m game``. A bare ``python`` may be another
    interpreter, without the game's packages."""
    python = os.path.abspath(sys.executable)
    on_path = shutil.which(os.path.basename(python))
    if on_path is not None and os.path.abspath(on_path) == python:
        shown = os.path.basename(python)
    else:
        try:
            shown = os.path.relpath(python)
        except ValueError:  # another drive (Windows)
            shown = python
        if shown.startswith(os.pardir):
            shown = python
        elif os.sep not in shown:  # in this very folder: a bare name would search PATH
            shown = os.path.join(os.curdir, shown)
    return f"{shlex.quote(shown)} -m game"


def main(argv: list[str] | None = None) -> int:
    return guarded(lambda: _main(sys.argv[1:] if argv is None else list(argv)))


def _main(argv: list[str]) -> int:
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


def play(args: argparse.Namespace, watch: Sequence[Path] = ()) -> int:
    """A run of the game as ``args`` ask; ``watch``: files whose change on disk reloads
    the content as F5 does (the writers' preview)."""
    if args.headless:
        os.environ["SDL_VIDEODRIVER"] = "dummy"
        os.environ["SDL_AUDIODRIVER"] = "dummy"
        if args.ticks is None:
            raise UsageError("--headless needs --ticks N")
    elif args.screenshot and args.ticks is None:
        raise UsageError("--screenshot needs --ticks N (the frame after N ticks is saved)")
    check_options(args)
    frames = _scripted_frames(args)
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

    from game.app import App, display_available
    from game.director import Director, StartError
    from game.gamestate import GameState
    from game.services import Game
    from game.settings import Settings
    from game.world.maps import MapError

    if not display_available():
        print(f"{PROG}: no display found. {_display_way_out()}", file=sys.stderr)
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
    app.watch(*watch)
    if not _open_window(app):
        return 1
    if args.headless:
        app.run_frames(frames)
        if args.screenshot:  # without one, nothing is ever drawn
            app.draw(1.0)
    else:
        app.run(max_ticks=args.ticks)
    status = _write_screenshot(app, args.screenshot) if args.screenshot else 0
    game.speedrun.close()  # records and replays written, LiveSplit links closed
    return status


def _open_window(app: App) -> bool:
    """Open the app's window, or say on stderr why none can open and what to run."""
    from game.app import FallbackDisplayError, NoDisplayError

    try:
        app.open()
    except FallbackDisplayError as exc:
        named = [name for name in ("DISPLAY", "WAYLAND_DISPLAY") if os.environ.get(name)]
        stale = " and ".join(f"{name}={printable(os.environ[name])!r}" for name in named)
        several = len(named) > 1
        why = (f"{stale} {'name' if several else 'names'} no running display (left over "
               "from an old SSH session or a container?), so " if named else "")
        fix = (f"Point {' or '.join(named)} at a running display or unset "
               f"{'them' if several else 'it'}. " if named else "")
        print(f"{PROG}: no window can open: {why}SDL fell back to its {exc.driver!r} "
              f"driver, which shows nothing. {fix}{_display_way_out()}", file=sys.stderr)
        return False
    except NoDisplayError as exc:
        print(f"{PROG}: cannot open a window ({printable(exc)}). {_display_way_out()}",
              file=sys.stderr)
        return False
    return True


def _write_screenshot(app: App, path: Path) -> int:
    try:
        app.save_screenshot(path)
    except OSError as exc:  # checked before the run, but a disk can fill up...
        print(f"{PROG}: error: --screenshot {printable(path)}: cannot write it "
              f"({printable(exc)})", file=sys.stderr)
        return 1
    print(f"wrote {path}")
    return 0


def _display_way_out() -> str:
    """What to run instead, in commands that work from here (see :func:`launcher`)."""
    command = launcher()
    return (f"Run it on a desktop, under a virtual display (xvfb-run {command}), or "
            f"without a window ({command} --headless --ticks 600 --screenshot shot.png).")


def check_options(args: argparse.Namespace) -> None:
    """Refuse options that this run would ignore, and a screenshot that cannot be written,
    before anything starts (:class:`UsageError` naming the option)."""
    _check_starting_point(args)
    if args.headless and args.fullscreen:
        raise UsageError("--fullscreen needs a window, and --headless opens none")
    if not args.headless:
        for flag, value in (("--input", args.input), ("--input-file", args.input_file)):
            if value:
                raise UsageError(f"{flag} needs --headless (a window takes the keyboard, "
                                 "mouse and gamepad)")
    for folder in args.mod:
        _check_mod(folder)
    if args.screenshot is not None:
        _check_screenshot(args.screenshot)


def _check_starting_point(args: argparse.Namespace) -> None:
    """--level, --map, --spawn, --campaign and --node: only combinations that are used."""
    if args.level:
        for flag, value in (("--map", args.map), ("--node", args.node),
                            ("--spawn", args.spawn), ("--campaign", args.campaign),
                            ("--set", args.set)):
            if value:
                raise UsageError(f"--level opens a debugger level on its own: {flag} "
                                 "cannot be used with it")
    if args.spawn and not args.map:
        raise UsageError(f"--spawn {args.spawn!r} needs --map (the map it is on)")
    if args.campaign:
        if args.node:
            if args.node.partition(":")[0] != args.campaign:
                raise UsageError(f"--campaign {args.campaign!r} does not match --node "
                                 f"{args.node!r} (the node names its campaign)")
        elif not args.map:
            raise UsageError(f"--campaign {args.campaign!r} needs --map (whose people "
                             "stand on it), or use --node CAMPAIGN:NODE")


def _check_mod(folder: Path) -> None:
    from game.dialogue.mods import MOD_FILE

    shown = printable(folder)
    if not folder.exists():
        raise UsageError(f"--mod {shown}: no such folder")
    if not folder.is_dir():
        raise UsageError(f"--mod {shown}: not a folder")
    if not (folder / MOD_FILE).is_file():
        raise UsageError(f"--mod {shown}: not a mod (it has no {MOD_FILE})")


def _check_screenshot(path: Path) -> None:
    shown = printable(path)
    if path.suffix.lower() not in SCREENSHOT_FORMATS:
        known = ", ".join(SCREENSHOT_FORMATS)
        if not path.suffix:
            raise UsageError(f"--screenshot {shown}: the name needs the picture's format "
                             f"at its end ({known})")
        raise UsageError(f"--screenshot {shown}: {printable(path.suffix)!r} is not a picture "
                         f"format the game writes (use {known})")
    folder = path.parent
    if not folder.exists():
        raise UsageError(f"--screenshot {shown}: the folder {printable(folder)} does not exist")
    if not folder.is_dir():
        raise UsageError(f"--screenshot {shown}: {printable(folder)} is not a folder")
    if path.is_dir():
        raise UsageError(f"--screenshot {shown}: that is a folder")
    if not os.access(path if path.exists() else folder, os.W_OK):
        what = "the file" if path.exists() else f"the folder {printable(folder)}"
        raise UsageError(f"--screenshot {shown}: {what} is not writable")


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


def _scripted_frames(args: argparse.Namespace) -> Iterator[InputFrame]:
    """The run's input, one frame a tick, made as the run takes them (``--ticks`` may be
    billions: building them all first would run out of memory)."""
    script = args.input
    if args.input_file is not None:
        try:
            script += "\n" + args.input_file.read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"{args.input_file}: {exc.strerror}") from None
    from game.engine.input import script_ranges

    try:
        ranges = script_ranges(script)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    return stream_frames(ranges, args.ticks or 0)


def stream_frames(ranges: list[tuple[int, int, Action]], ticks: int) -> Iterator[InputFrame]:
    """The ``ticks`` frames that :func:`game.engine.input.frames_from_script` would list,
    one at a time: held over each range, pressed on the tick the hold begins."""
    from game.engine.input import Action, InputFrame

    # the ticks where what is held may change: a range begins, or the one after it ends
    changes = sorted({tick for start, end, _ in ranges for tick in (start, end + 1)})
    previous = Action.NONE
    tick = 0
    for change in [*changes, ticks]:
        if change <= tick:
            continue
        held = Action.NONE
        for start, end, actions in ranges:
            if start <= tick <= end:
                held |= actions
        first = InputFrame(held, held & ~previous)
        steady = InputFrame(held, Action.NONE)
        stop = min(change, ticks)
        if tick < stop:
            yield first
            tick += 1
        while tick < stop:
            yield steady
            tick += 1
        previous = held
        if tick >= ticks:
            return


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
