"""``python -m game graph CAMPAIGN``: the node graph as Graphviz dot or Mermaid."""

from __future__ import annotations

import argparse
import sys

from game.dialogue.cliargs import add_mod_options, load
from game.dialogue.graph import FORMATS, render

HELP = "print a campaign's dialogue node graph (dot or mermaid)"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("campaign", help="campaign id, e.g. rejuvenation")
    parser.add_argument("--format", choices=FORMATS, default="dot",
                        help="dot (Graphviz: ... | dot -Tsvg > graph.svg) or mermaid")
    add_mod_options(parser)


def run(args: argparse.Namespace) -> int:
    _, campaign = load(args, "python -m game graph")
    if campaign is None:
        return 1
    sys.stdout.write(render(campaign, args.format))
    return 0
