"""``python -m game lint``: check every campaign and mod; exit 1 if anything is an error."""

from __future__ import annotations

import argparse
import time

from game.dialogue.cliargs import add_mod_options, library
from game.dialogue.diagnostics import sort_unique, summary

HELP = "check all dialogue, maps and mods; print path:line:col problems"


def configure(parser: argparse.ArgumentParser) -> None:
    add_mod_options(parser)
    parser.add_argument("--campaign", dest="campaigns", metavar="ID", action="append",
                        help="only this campaign (repeatable; default: all)")
    parser.add_argument("--errors-only", action="store_true", help="do not print warnings")


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    lib = library(args)
    campaigns = args.campaigns or lib.campaign_ids()
    diagnostics = list(lib.scan.diagnostics)
    for campaign_id in campaigns:
        diagnostics += lib.load(campaign_id)[1]
    diagnostics = sort_unique(diagnostics)
    for diag in diagnostics:
        if diag.is_error or not args.errors_only:
            print(diag.format())
    mods = len(lib.scan.mods)
    what = f"{len(campaigns)} campaign{'s' * (len(campaigns) != 1)}, " \
           f"{mods} mod{'s' * (mods != 1)}"
    print(f"lint: {summary(diagnostics, what)} ({time.perf_counter() - started:.2f} s)")
    return 1 if any(d.is_error for d in diagnostics) else 0
