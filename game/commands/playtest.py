"""``python -m game playtest CAMPAIGN``: a scripted headless playthrough with line coverage."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from game.diagnostics import Diagnostic, display_path, printable
from game.dialogue.assign import apply
from game.dialogue.cliargs import add_mod_options, load
from game.dialogue.model import Campaign
from game.dialogue.playtest import Script, coverage, play, read_script
from game.story.state import StoryState

HELP = "play a campaign headless from a script of choices; report line coverage"
PROG = "python -m game playtest"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("campaign", help="campaign id, e.g. rejuvenation")
    parser.add_argument("--script", dest="scripts", metavar="FILE", type=Path, action="append",
                        default=[], help="YAML script of decisions (repeatable: coverage adds "
                                         "up over all scripts)")
    parser.add_argument("--node", metavar="NODE", help="start at this node instead")
    parser.add_argument("--set", dest="assignments", metavar="VAR=VALUE", action="append",
                        default=[], help="set a story variable before starting (repeatable)")
    parser.add_argument("--give", dest="items", metavar="ITEM", action="append", default=[],
                        help="give an evidence item before starting (repeatable)")
    parser.add_argument("--unreached", action="store_true", help="list the lines not reached")
    parser.add_argument("--transcript", action="store_true", help="print what was played")
    add_mod_options(parser)


def run(args: argparse.Namespace) -> int:
    _, campaign = load(args, PROG)
    if campaign is None:
        return 1
    scripts: list[Script] = []
    diagnostics: list[Diagnostic] = []
    for path in args.scripts:
        script = read_script(path, diagnostics)
        if script is not None:
            scripts.append(script)
    for diag in diagnostics:
        print(diag.format(), file=sys.stderr)
    if any(d.is_error for d in diagnostics):
        return 1
    reached: set[str] = set()
    problems = 0
    for script in scripts or [Script("")]:
        story = StoryState()
        try:
            apply(story, args.assignments, args.items)
        except ValueError as exc:
            print(f"{PROG}: error: --set: {printable(exc)}", file=sys.stderr)
            return 2
        result = play(campaign, script, start=args.node, story=story)
        name = printable(display_path(script.path)) if script.path else "(no script)"
        print(f"{name}: {result.events} events, {len(result.reached)} lines")
        if args.transcript:
            for line in result.transcript:
                print(f"    {printable(line)}")
        for problem in result.problems:
            print(f"  problem: {printable(problem)}")
        problems += len(result.problems)
        reached.update(result.reached)
    _report(campaign, reached, args.unreached)
    return 1 if problems else 0


def _report(campaign: Campaign, reached: set[str], unreached: bool) -> None:
    cover = coverage(campaign, reached)
    for path, (hit, total) in sorted(cover.per_file.items()):
        print(f"  {printable(display_path(path))}: {hit}/{total} lines "
              f"({_percent(hit, total)})")
    print(f"coverage: {cover.reached}/{cover.total} lines ({_percent(cover.reached, cover.total)})")
    if unreached:
        for path, line, line_id, text in cover.unreached:
            print(printable(f"{display_path(path)}:{line}: unreached {line_id}: {text[:60]}"))


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "—"
