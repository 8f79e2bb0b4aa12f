"""``python -m game lint``: check every campaign, level and mod; exit 1 on any error.

One run reports everything: a mod skipped for an error (even one in its mod.yaml)
is still checked whole, so its other files' errors, the campaign-wide errors it
causes and its warnings all show at once.
"""

from __future__ import annotations

import argparse
import time

from game.content.safepath import list_files
from game.diagnostics import Diagnostic, sort_unique, summary
from game.dialogue.cliargs import add_mod_options, library
from game.dialogue.library import ContentLibrary
from game.nanobots.levels import check_levels

HELP = "check all dialogue, maps, levels and mods; print path:line:col problems"


def configure(parser: argparse.ArgumentParser) -> None:
    add_mod_options(parser)
    parser.add_argument("--campaign", dest="campaigns", metavar="ID", action="append",
                        help="only this campaign (repeatable; default: all)")
    parser.add_argument("--errors-only", action="store_true", help="do not print warnings")


def level_diagnostics(lib: ContentLibrary) -> list[Diagnostic]:
    """Problems in the nanobot level files of the base game and of each mod.

    Each root is checked on its own: a mod may replace a base level of the same id.
    Skipped mods are checked too (one run reports every problem of a mod).
    """
    found: list[Diagnostic] = []
    found += check_levels(sorted(lib.base_catalog.levels.values()))
    for mod in [*lib.scan.mods, *lib.scan.checked, *lib.scan.unmet]:
        found += check_levels(list_files(mod.root, "levels", ".yaml", found))
    return found


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    lib = library(args)
    campaigns = args.campaigns or lib.campaign_ids()
    diagnostics = list(lib.scan.diagnostics)
    for campaign_id in campaigns:
        diagnostics += lib.load(campaign_id)[1]
    diagnostics += level_diagnostics(lib)
    diagnostics = sort_unique(diagnostics)
    for diag in diagnostics:
        if diag.is_error or not args.errors_only:
            print(diag.format())
    mods = len(lib.scan.mods)
    skipped = len(lib.scan.skipped)
    what = f"{len(campaigns)} campaign{'s' * (len(campaigns) != 1)}, " \
           f"{mods} mod{'s' * (mods != 1)}" + (f" ({skipped} skipped)" if skipped else "")
    print(f"lint: {summary(diagnostics, what)} ({time.perf_counter() - started:.2f} s)")
    return 1 if any(d.is_error for d in diagnostics) else 0
