"""Command-line options shared by the content tools (lint, mods, graph, playtest)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from game.dialogue.library import ContentLibrary
from game.dialogue.model import Campaign


def add_mod_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--mod", dest="mods", metavar="DIR", type=Path, action="append",
                        default=[], help="also load the mod in DIR (repeatable)")
    parser.add_argument("--no-user-mods", action="store_true",
                        help="ignore the mods in the user's mods folder")


def library(args: argparse.Namespace) -> ContentLibrary:
    return ContentLibrary(mods=args.mods, user_mods=not args.no_user_mods)


def load(args: argparse.Namespace, prog: str) -> tuple[ContentLibrary, Campaign | None]:
    """The campaign named by ``args.campaign``; on failure its errors go to stderr."""
    lib = library(args)
    if args.campaign not in lib.campaign_ids():
        known = ", ".join(lib.campaign_ids()) or "none"
        print(f"{prog}: error: unknown campaign {args.campaign!r} (campaigns: {known})",
              file=sys.stderr)
        return lib, None
    campaign, diagnostics = lib.load(args.campaign)
    if campaign is None:
        for diag in diagnostics:
            if diag.is_error:
                print(diag.format(), file=sys.stderr)
    return lib, campaign
