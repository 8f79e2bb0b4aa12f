"""``python -m game preview FILE[:LINE]``: the game opened at the dialogue node that holds
that line (or the file's first node), reloaded whenever the file changes on disk.

    python -m game preview dialogue/rejuvenation/clinic.yaml:42
    python -m game preview my_mod/dialogue/rejuvenation/lunch.yaml --mod my_mod
    python -m game preview dialogue/rejuvenation/clinic.yaml:42 --headless --ticks 60 \\
        --screenshot shot.png

The file says which campaign to play: a file of the game (``dialogue/<campaign>/``) or
of a mod (a folder with a ``mod.yaml`` above the file; it is loaded even without
``--mod``). The run starts as ``--node CAMPAIGN:NODE`` does, on the map where that node
begins; the window keeps the game beside the editor and the file is looked at a few
times a second: when it changes, the content reloads as F5 does and the conversation
carries on from the same place with the new text. Problems (no such file, a line
outside every node, a file that is not dialogue, a mod skipped for its errors) are
one located line each on stderr and exit status 1.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from game.diagnostics import Diagnostic, display_path, printable

HELP = "open the game at the dialogue node holding FILE:LINE; reload as the file changes"
PROG = "python -m game preview"
DIALOGUE = "dialogue"


class PreviewError(Exception):
    """Why the file cannot be previewed: one or more located lines."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


@dataclass(frozen=True)
class Target:
    """Where the preview opens."""

    path: Path  # the dialogue file (resolved)
    campaign: str
    node: str
    #: Mod folders to load: those given, and the file's own mod when it is not among them.
    mods: tuple[Path, ...]


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE[:LINE]",
                        help="a dialogue file of the game or of a mod, and a line in it")
    parser.add_argument("--mod", action="append", default=[], type=Path, metavar="DIR",
                        help="load this mod folder too (repeatable)")
    parser.add_argument("--seed", type=int, metavar="S", help="seed of the run")
    parser.add_argument("--set", action="append", default=[], metavar="VAR=VALUE",
                        help="preset a story variable (repeatable)")
    parser.add_argument("--headless", action="store_true",
                        help="no window: run --ticks logic ticks as fast as possible")
    parser.add_argument("--ticks", type=int, metavar="N", help="stop after N logic ticks")
    parser.add_argument("--screenshot", type=Path, metavar="PATH",
                        help="write the last frame to PATH (with --ticks)")
    parser.add_argument("--input", metavar="SCRIPT", default="",
                        help='scripted input for --headless, e.g. "30:confirm"')
    parser.add_argument("--scale", type=int, metavar="N", help="window size (1 to 8)")


def run(args: argparse.Namespace) -> int:
    try:
        target = locate(args.file, args.mod)
    except PreviewError as exc:
        for line in exc.lines:
            print(line, file=sys.stderr)
        return 1
    from game.cli import UsageError, play, play_parser

    argv = ["--node", f"{target.campaign}:{target.node}"]
    for folder in target.mods:
        argv += ["--mod", str(folder)]
    for item in args.set:
        argv += ["--set", item]
    for flag, value in (("--seed", args.seed), ("--ticks", args.ticks),
                        ("--screenshot", args.screenshot), ("--scale", args.scale)):
        if value is not None:
            argv += [flag, str(value)]
    if args.input:
        argv += ["--input", args.input]
    if args.headless:
        argv.append("--headless")
    play_args = play_parser(list_commands=False).parse_args(argv)
    print(printable(f"preview: {display_path(str(target.path))}: node '{target.node}' of "
                    f"campaign '{target.campaign}' (reloads when the file changes)"))
    try:
        return play(play_args, watch=(target.path,))
    except UsageError as exc:
        print(f"{PROG}: error: {printable(exc)}", file=sys.stderr)
        return 1


# --- finding the node -------------------------------------------------------------------


def split_line(text: str) -> tuple[str, int | None]:
    """``FILE[:LINE]`` as (file, line or None); a drive letter (``C:\\...``) is not a line."""
    match = re.fullmatch(r"(.+):(\d+)", text)
    if match is None:
        return text, None
    return match.group(1), int(match.group(2))


def locate(text: str, mods: list[Path] | tuple[Path, ...] = ()) -> Target:
    """The campaign and node ``FILE[:LINE]`` opens at; :class:`PreviewError` says why not."""
    from game import paths
    from game.dialogue.mods import MANIFEST, MOD_FILE

    name, line = split_line(text)
    shown = printable(name)
    path = Path(name)
    if not path.exists():
        raise PreviewError([f"{shown}: error: no such file"])
    if path.is_dir():
        raise PreviewError([f"{shown}: error: a folder, not a dialogue file"])
    path = path.resolve()
    shown = printable(display_path(str(path)))
    root, mod_root = _owner(path, paths.ROOT.resolve(), MOD_FILE)
    if root is None:
        raise PreviewError([f"{shown}:1:1: error: not a dialogue file of the game or of a mod "
                            f"(it is in no {DIALOGUE}/ folder of the game, and no {MOD_FILE} "
                            "is in a folder above it)"])
    rel = path.relative_to(root)
    if rel.parts[0] != DIALOGUE or path.suffix.lower() not in (".yaml", ".yml"):
        raise PreviewError([f"{shown}:1:1: error: not a dialogue file: dialogue files are "
                            f"{DIALOGUE}/<campaign>/*.yaml (maps, levels and patches are seen "
                            "by playing the game)"])
    if path.name == MANIFEST:
        raise PreviewError([f"{shown}:1:1: error: this is the campaign's manifest, not a "
                            "dialogue file: preview a file with dialogue nodes"])
    given = [Path(folder).resolve() for folder in mods]
    if mod_root is not None and mod_root not in given \
            and mod_root.parent != paths.user_mods_dir().resolve():
        given.append(mod_root)
    node = _node_at(path, shown, line)
    campaign = _campaign(path, rel, mod_root, tuple(given), shown)
    _check_used(path, shown, campaign, node, tuple(given))
    return Target(path, campaign, node, tuple(given))


def _owner(path: Path, game_root: Path, mod_file: str) -> tuple[Path | None, Path | None]:
    """(the pack folder the file is in, the mod's folder or None for the game's)."""
    for folder in path.parents:
        if (folder / mod_file).is_file():
            return folder, folder
        if folder == game_root:
            return game_root, None
    return None, None


def _node_at(path: Path, shown: str, line: int | None) -> str:
    from game.dialogue.parse import parse_file

    diagnostics: list[Diagnostic] = []
    nodes = sorted(parse_file(path, "preview", diagnostics), key=lambda n: n.line)
    errors = [d.format() for d in diagnostics if d.is_error]
    if errors:
        raise PreviewError([*errors, f"{shown}: error: the file has errors: fix them to "
                                     "preview it (python -m game lint lists them all)"])
    if not nodes:
        raise PreviewError([f"{shown}:1:1: error: no dialogue nodes in this file"])
    if line is None:
        return nodes[0].id
    try:
        count = len(path.read_text(encoding="utf-8").splitlines())
    except (OSError, UnicodeDecodeError) as exc:
        raise PreviewError([f"{shown}: error: cannot read it ({printable(exc)})"]) from None
    if line < 1 or line > count:
        raise PreviewError([f"{shown}:{line}: error: line {line} is outside the file (it has "
                            f"{count} lines)"])
    before = [node for node in nodes if node.line <= line]
    if not before:
        first = nodes[0]
        raise PreviewError([f"{shown}:{line}: error: line {line} is in no node: the first "
                            f"node, '{first.id}', starts on line {first.line}"])
    return before[-1].id


def _campaign(path: Path, rel: Path, mod_root: Path | None, mods: tuple[Path, ...],
              shown: str) -> str:
    from game.dialogue.mods import scan_mods

    folders = rel.parts[1:-1]
    if mod_root is None:
        if not folders:
            raise PreviewError([f"{shown}:1:1: error: a dialogue file of the game lies in "
                                f"{DIALOGUE}/<campaign>/"])
        return folders[0]
    mod = next((m for m in scan_mods(mods).mods if m.root.resolve() == mod_root), None)
    if mod is None:
        where = printable(display_path(str(mod_root)))
        raise PreviewError([f"{shown}:1:1: error: the mod at {where} cannot be read "
                            "(python -m game lint says why)"])
    if folders and (mod_root / DIALOGUE / folders[0]).is_dir() and (
            mod.campaigns is None or folders[0] in mod.campaigns):
        return folders[0]
    if mod.campaigns:
        return mod.campaigns[0]
    raise PreviewError([f"{shown}:1:1: error: no campaign for this file: put it in "
                        f"{DIALOGUE}/<campaign>/ of the mod, or declare 'campaign:' in its "
                        "mod.yaml"])


def _check_used(path: Path, shown: str, campaign_id: str, node: str,
                mods: tuple[Path, ...]) -> None:
    """The campaign loads and plays this file's node (a mod skipped for its errors, or a
    later mod defining the node again, would show something else: say so)."""
    from game import paths
    from game.dialogue.library import ContentLibrary

    library = ContentLibrary(paths.ROOT, mods)
    campaign, diagnostics = library.load(campaign_id)
    errors = [d.format() for d in diagnostics if d.is_error]
    if campaign is None:
        raise PreviewError([*errors[:8], f"{shown}: error: campaign '{campaign_id}' does not "
                                         "load"])
    found = campaign.nodes.get(node)
    if found is not None and Path(found.path).resolve() == path:
        return
    for mod, why in library.skipped.get(campaign_id, []):
        if path.is_relative_to(mod.root.resolve()):
            first = [d.format() for d in why if d.is_error][:8]
            raise PreviewError([*first, f"{shown}: error: mod '{mod.id}' is skipped for "
                                        f"campaign '{campaign_id}' because of its errors "
                                        "(listed above)"])
    if found is not None:
        raise PreviewError([f"{shown}: error: node '{node}' is defined again in "
                            f"{printable(display_path(found.path))}:{found.line}, which "
                            "wins: preview that file"])
    raise PreviewError([f"{shown}: error: campaign '{campaign_id}' does not use this file's "
                        f"node '{node}'"])
