"""Subcommands of ``python -m game``, one module each.

A command module defines ``HELP`` (one line), ``configure(parser)`` to add its
arguments, and ``run(args) -> int`` returning the exit status. Modules are found
by name, so adding a command means adding a file here.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from types import ModuleType
from typing import Protocol, cast


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
