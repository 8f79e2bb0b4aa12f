"""Subcommands of ``python -m game``, one module each.

A command module defines ``HELP`` (one line), ``configure(parser)`` to add its
arguments, and ``run(args) -> int`` returning the exit status. Modules are found
by name, so adding a command means adding a file here.

:func:`guarded` runs the whole command line (a play run or any command) so that
Ctrl-C and a reader that goes away (``python -m game playtest ... | head``) end it
quietly with the shell's usual status instead of a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Protocol, cast

#: Exit status after Ctrl-C (128 + SIGINT, as the shell reports a program it interrupted).
EXIT_INTERRUPTED = 130
#: Exit status when the output's reader went away (128 + SIGPIPE, as for ``yes | head``).
EXIT_BROKEN_PIPE = 141


class Command(Protocol):
    HELP: str

    def configure(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


def command_names() -> list[str]:
    return sorted(
        info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_")
    )


def load_command(name: str) -> Command:
    module: ModuleType = importlib.import_module(f"{__name__}.{name}")
    return cast(Command, module)


def guarded(body: Callable[[], int]) -> int:
    """``body()``'s exit status, or :data:`EXIT_INTERRUPTED` after Ctrl-C and
    :data:`EXIT_BROKEN_PIPE` when standard output (or error) is a closed pipe; neither
    prints anything. Output is flushed here, so a pipe closed early is noticed while
    it can still be handled, not as Python exits."""
    try:
        try:
            status = body()
        except SystemExit:  # argparse's --help, --version and usage errors
            sys.stdout.flush()
            raise
        sys.stdout.flush()
        return status
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _discard_output()
        return EXIT_BROKEN_PIPE


def _discard_output() -> None:
    """Point standard output at the null device: what is still buffered for a reader
    that has gone cannot be flushed as Python exits (that would print an error)."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # replaced by a test's capture, or closed
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)
