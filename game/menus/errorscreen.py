"""What the player sees when something unexpected breaks during play.

:func:`write_log` appends the full report (the traceback, the game's version,
where the run stood) to ``enamel2045.log`` in the data folder's ``logs/``;
:class:`ErrorScene` says briefly what happened, where that log is and whether the
run was saved first, and offers the title or quitting.
"""

from __future__ import annotations

import contextlib
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from game import __version__
from game.engine.input import InputFrame
from game.engine.scene import Scene
from game.engine.screen import HEIGHT, WIDTH, Screen
from game.engine.text import wrap
from game.paths import user_logs_dir
from game.services import Game
from game.ui import theme
from game.ui.menu import Menu, MenuItem

LOG_NAME = "enamel2045.log"
#: The log is started afresh (the old one kept as ``.1``) past this size.
MAX_LOG_BYTES = 1024 * 1024


def summary(error: BaseException) -> list[str]:
    """Two short lines: what was raised, and where in the game's code."""
    message = str(error).strip().splitlines()[0] if str(error).strip() else ""
    what = f"{type(error).__name__}: {message}" if message else type(error).__name__
    if len(what) > 200:
        what = what[:197] + "..."
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "/game/" in f.filename.replace("\\", "/")] or frames
    where = ""
    if ours:
        frame = ours[-1]
        name = frame.filename.replace("\\", "/")
        name = name[name.rfind("/game/") + 1:] if "/game/" in name else Path(name).name
        where = f"at {name}:{frame.lineno} in {frame.name}"
    return [what, where] if where else [what]


def write_log(error: BaseException, context: Sequence[str] = (),
              folder: Path | None = None) -> Path | None:
    """Append the report to the log; its path, or None if it could not be written."""
    folder = folder or user_logs_dir()
    path = folder / LOG_NAME
    report = [
        f"=== {time.strftime('%Y-%m-%d %H:%M:%S')}  ENAMEL 2045 {__version__}",
        *context,
        "".join(traceback.format_exception(type(error), error, error.__traceback__)).rstrip(),
        "",
    ]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            if path.stat().st_size > MAX_LOG_BYTES:
                path.replace(path.with_name(LOG_NAME + ".1"))
        with open(path, "a", encoding="utf-8") as stream:
            stream.write("\n".join(report) + "\n")
    except OSError:
        return None
    return path


class ErrorScene(Scene):
    """Something went wrong: the short report, where the log is, whether the run was
    saved; back to the title, or quit."""

    def __init__(self, game: Game, report: Sequence[str], log: Path | None,
                 saved: str | None, to_title: Callable[[], None]) -> None:
        self.game = game
        self.report = list(report)
        self.log = log
        self.saved = saved
        self.to_title = to_title
        self.menu = Menu([MenuItem("Return to title"), MenuItem("Quit game")],
                         cancellable=False)
        self.age = 0

    def update(self, inp: InputFrame) -> InputFrame | None:
        self.age += 1
        if self.age < 20:  # keys held as it broke are not an answer
            return None
        choice = self.menu.update(inp)
        if choice == 0:
            self.to_title()
        elif choice == 1:
            self.game.request_quit()
        return None

    def lines(self, width: float) -> list[tuple[str, tuple[int, int, int], str]]:
        out: list[tuple[str, tuple[int, int, int], str]] = []
        for line in self.report:
            out += [(part, theme.CORAL, "mono") for part in wrap(line, width, theme.SIZE_SMALL,
                                                                   "mono")[:3]]
        out.append(("", theme.MIST, "sans"))
        if self.saved:
            text = f"Your game was saved first: {self.saved}."
        else:
            text = "Your game could not be saved first; your last save is untouched."
        out += [(part, theme.MIST, "sans") for part in wrap(text, width, theme.SIZE_SMALL + 0.5)]
        where = f"The full report is in {self.log}" if self.log else \
            "The report could not be written to the data folder."
        out += [(part, theme.GREY, "sans") for part in wrap(where, width, theme.SIZE_SMALL + 0.5)]
        if self.log:
            out += [(part, theme.GREY, "sans") for part in wrap(
                "Sending it with a bug report helps us fix this.", width, theme.SIZE_SMALL + 0.5)]
        return out

    def draw(self, screen: Screen, alpha: float) -> None:
        screen.fill(theme.INK)
        x, width = 30, WIDTH - 60
        screen.text("Something went wrong", (WIDTH / 2, 26), size=theme.SIZE_TITLE,
                    face="bold", color=theme.GOLD, anchor="center", shadow=theme.SHADOW)
        y = 46
        for text, color, face in self.lines(width):
            screen.text(text, (x, y), size=theme.SIZE_SMALL + (0 if face == "mono" else 0.5),
                        color=color, face=face)
            y += 10
        self.menu.draw(screen, WIDTH / 2 - 65, max(y + 8, HEIGHT - 62), 130, align="center")
