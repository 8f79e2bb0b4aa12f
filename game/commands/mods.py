"""``python -m game mods``: the mods found, their load order, what each changes, conflicts."""

from __future__ import annotations

import argparse
from pathlib import Path

from game.content.overlay import FileConflict, file_changes
from game.diagnostics import printable
from game.dialogue.cliargs import add_mod_options, library
from game.dialogue.library import BASE, ContentLibrary
from game.dialogue.model import Campaign, Conflict
from game.dialogue.mods import ModInfo

HELP = ("list mods: load order, nodes and files added and replaced, what each patches, "
        "conflicts, skipped mods")


def configure(parser: argparse.ArgumentParser) -> None:
    add_mod_options(parser)


def run(args: argparse.Namespace) -> int:
    lib = library(args)
    campaigns = {cid: lib.load(cid)[0] for cid in lib.campaign_ids()}
    files, file_conflicts = file_changes(lib.root, [(mod.id, mod.root) for mod in lib.scan.mods])
    print(f"mods in load order (by priority, then id; a later mod wins): {len(lib.scan.mods)}")
    for number, mod in enumerate(lib.scan.mods, 1):
        print(printable(f"  {number}. {mod.id} {mod.version} \"{mod.name}\" "
                        f"(priority {mod.priority}) — {mod.root}"))
        for cid, campaign in campaigns.items():
            if campaign is not None and mod in campaign.mods:
                print(printable(f"     {cid}: {changes_summary(campaign, mod.id)}"))
                for row in patch_rows(campaign, mod):
                    print(printable(f"       * {row}"))
        mine = files[mod.id]
        print(f"     files: adds {len(mine.added)}, replaces {len(mine.replaced)}")
        for mark, names in (("+", mine.added), ("~", mine.replaced)):
            for name in names:
                print(printable(f"       {mark} {name}"))
    _conflicts(campaigns, file_conflicts)
    _skipped(lib)
    return 0


def changes_summary(campaign: Campaign, mod_id: str) -> str:
    added, replaced = [], []
    for node, origins in campaign.node_origins.items():
        for index, origin in enumerate(origins):
            if origin == mod_id:
                if index == 0:
                    added.append(node)
                else:
                    before = "the base game" if origins[index - 1] == BASE else origins[index - 1]
                    replaced.append(f"{node} (from {before})")
    speakers = [s.id for s in campaign.speakers.values() if s.origin == mod_id]
    evidence = [e.id for e in campaign.evidence.values() if e.origin == mod_id]
    parts = [f"adds {len(added)} node(s){_names(added)}",
             f"replaces {len(replaced)}{_names(replaced)}"]
    if speakers:
        parts.append(f"speakers{_names(speakers)}")
    if evidence:
        parts.append(f"evidence{_names(evidence)}")
    patched = [a.patch.what for a in (campaign.catalog.patched if campaign.catalog else [])
               if a.patch.mod == mod_id]
    if patched:
        parts.append(f"patches {len(patched)}{_names(list(dict.fromkeys(patched)))}")
    return "; ".join(parts)


def patch_rows(campaign: Campaign, mod: ModInfo) -> list[str]:
    """What a mod's patches changed in a campaign, each with its file:line (in the mod)."""
    rows = []
    catalog = campaign.catalog
    for applied in catalog.patched if catalog is not None else []:
        patch = applied.patch
        if patch.mod == mod.id:
            path = Path(patch.path)
            where = path.relative_to(mod.root).as_posix() if path.is_relative_to(mod.root) \
                else str(path)
            rows.append(f"{patch.summary()} — {where}:{patch.line}")
    return rows


def _names(names: list[str], limit: int = 8) -> str:
    if not names:
        return ""
    shown = ", ".join(names[:limit]) + (f", … {len(names) - limit} more" if len(names) > limit
                                        else "")
    return f": {shown}"


def _conflicts(campaigns: dict[str, Campaign | None], files: list[FileConflict]) -> None:
    rows = [f"{cid}: {_conflict(c)}"
            for cid, campaign in campaigns.items() if campaign for c in campaign.conflicts]
    rows += [f"file '{c.path}' is brought by '{c.loser}' and '{c.winner}': '{c.winner}' wins"
             for c in files]
    print(f"conflicts: {len(rows)}")
    for row in rows:
        print(printable(f"  {row}"))


def _conflict(c: Conflict) -> str:
    if c.kind == "patch":  # the name says what: "line 'max_welcome'"
        return f"{c.name} is patched by '{c.loser}' and '{c.winner}': '{c.winner}' wins"
    return f"{c.kind} '{c.name}' is defined by '{c.loser}' and '{c.winner}': '{c.winner}' wins"


def _skipped(lib: ContentLibrary) -> None:
    rows = [(str(folder), reason) for folder, reason in lib.scan.skipped]
    for cid, skipped in lib.skipped.items():
        for mod, diagnostics in skipped:
            first = next((d.format() for d in diagnostics if d.is_error), "errors")
            errors = sum(d.is_error for d in diagnostics)
            rows.append((f"{mod.id} ({cid})", f"{errors} error(s); first: {first}"))
    print(f"skipped: {len(rows)}")
    for who, why in rows:
        print(printable(f"  {who}: {why}"))
