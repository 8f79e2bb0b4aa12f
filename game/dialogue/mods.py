"""Finding mods and what each one holds.

A mod is a folder with a ``mod.yaml`` (``id``, ``name``, ``version``, optional
``priority``, ``campaign``, ``requires``, ``game`` and ``load_after``) laid out like
the game itself::

    my_mod/
      mod.yaml
      dialogue/<campaign_id>/**/*.yaml   nodes; campaign.yaml = speakers/evidence/variables
      dialogue/*.yaml                    with `campaign:` in mod.yaml: for those campaigns
      levels/<level_id>.yaml             minigame levels
      maps/<name>.tmx                    maps
      assets/portraits/<id>.png          portraits
      assets/...                         any art or sound, replacing the game's by path

Mods come from the user's mods folder and from ``--mod DIR``. They load in
order of ``priority`` (then id), moved after the mods they require or name in
``load_after``: a mod that loads later replaces what earlier ones (and the base
game) defined under the same id. A mod is skipped, with an error in its
mod.yaml, when that file has an error, when it needs a newer game, when a mod it
requires is missing, too old or skipped, when it names a campaign (or has a
``dialogue/<folder>``) that no campaign has, or when its ordering constraints
form a cycle. The files of the mods kept for a campaign are found through
:class:`game.content.resolver.Resolver`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from game import __version__, paths
from game.content.safepath import is_inside, list_files, refuse_link
from game.diagnostics import Diagnostic, Sink, did_you_mean, known_list
from game.dialogue.manifest import (
    ID_RE,
    ModDescription,
    Requirement,
    loose_version_key,
    read_mod_yaml,
    version_key,
)

MOD_FILE = "mod.yaml"
MANIFEST = "campaign.yaml"


@dataclass(frozen=True)
class ModInfo:
    id: str
    name: str
    version: str
    priority: int
    root: Path
    campaigns: tuple[str, ...] | None  # declared in mod.yaml, or None
    description: str
    requires: tuple[Requirement, ...] = ()
    load_after: tuple[Requirement, ...] = ()
    game: Requirement | None = None
    #: (campaign id, folder name): a ``dialogue/<folder>`` read for that campaign. Only
    #: mods lint checks without loading them have any (a misspelt campaign folder).
    aliases: tuple[tuple[str, str], ...] = ()

    @property
    def manifest_path(self) -> Path:
        return self.root / MOD_FILE



@dataclass
class ModScan:
    mods: list[ModInfo] = field(default_factory=list)  # readable mods, in load order
    #: Mods not loaded for any campaign: (folder, why). ``why`` is one line: the
    #: first error of mod.yaml, a missing or skipped requirement, a newer game...
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: Skipped mods whose content lint still checks against each campaign (never
    #: loaded): a mod.yaml with errors, a misspelt campaign, files without a campaign.
    #: Their id is the folder's name when mod.yaml gives no valid one.
    checked: list[ModInfo] = field(default_factory=list)
    #: Mods read fine but skipped for their metadata: a newer game, a requirement that
    #: is missing, too old or skipped, a cycle in the load order (also in ``skipped``).
    unmet: list[ModInfo] = field(default_factory=list)


def mod_folders(extra: Sequence[Path] = (), user_mods: bool = True) -> list[Path]:
    """The user's mod folders (those holding a mod.yaml), then the ``--mod`` folders."""
    folders = []
    user_dir = paths.user_mods_dir()
    if user_mods and user_dir.is_dir():
        folders += sorted(p for p in user_dir.iterdir() if p.is_dir() and (p / MOD_FILE).is_file())
    folders += [Path(p) for p in extra]
    return folders


def scan_mods(extra: Sequence[Path] = (), user_mods: bool = True,
              campaigns: Sequence[str] | None = None) -> ModScan:
    """Read every mod's mod.yaml and put the usable ones in load order.

    ``campaigns``: the base game's campaign ids, to check the campaigns mods name
    (None: not checked).
    """
    scan = ModScan()
    seen: dict[str, Path] = {}
    for folder in mod_folders(extra, user_mods):
        manifest = folder / MOD_FILE
        if not manifest.is_file():
            Sink(folder, scan.diagnostics).error(1, 1, "not a mod: this folder has no mod.yaml")
            scan.skipped.append((folder, "no mod.yaml"))
            continue
        if not is_inside(folder, manifest):
            refuse_link(manifest, folder, scan.diagnostics)
            scan.skipped.append((folder, "mod.yaml is a link leading outside the mod"))
            continue
        before = len(scan.diagnostics)
        desc = read_mod_yaml(manifest, scan.diagnostics)
        duplicate = desc is not None and desc.id is not None and desc.id in seen
        if duplicate:
            assert desc is not None and desc.id is not None
            Sink(manifest, scan.diagnostics).error(
                1, 1, f"mod id '{desc.id}' is already used by {seen[desc.id]}; this one is skipped")
            scan.skipped.append((folder, f"duplicate mod id '{desc.id}'"))
            continue
        readable = desc is not None and desc.ok and desc.id is not None
        mod = _info(desc, folder, desc.id if readable and desc else _fallback_id(folder))
        if readable:
            seen[mod.id] = folder
        # every problem is reported, whichever comes first
        loose = mod.campaigns is None and has_loose_files(mod)
        if loose:
            Sink(manifest, scan.diagnostics).error(
                1, 1, "files directly in dialogue/ need the campaigns they belong to: add "
                      "'campaign: <id>' here, or move them into dialogue/<campaign_id>/")
        checked = mod if campaigns is None else _targets(scan, mod, desc, campaigns, seen)
        if not readable or loose or checked is not mod:
            scan.skipped.append((folder, _first_error(scan.diagnostics[before:])))
            scan.checked.append(checked)
            continue
        scan.mods.append(mod)
    scan.mods.sort(key=lambda mod: (mod.priority, mod.id))
    _resolve(scan)
    return scan


def _fallback_id(folder: Path) -> str:
    name = folder.resolve().name
    return name if ID_RE.match(name) else "mod"


def _info(desc: ModDescription | None, folder: Path, mod_id: str) -> ModInfo:
    if desc is None:
        return ModInfo(mod_id, "", "", 0, folder.resolve(), None, "")
    return ModInfo(mod_id, desc.name, desc.version, desc.priority, folder.resolve(),
                   desc.campaigns, desc.description, desc.requires, desc.load_after, desc.game)


def brought_campaigns(root: Path) -> list[str]:
    """Campaigns a mod brings: ``dialogue/<id>/campaign.yaml`` inside it."""
    folder = root / "dialogue"
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir()
                  if not p.is_symlink() and (p / MANIFEST).is_file())


def _targets(scan: ModScan, mod: ModInfo, desc: ModDescription | None,
             base: Sequence[str], seen: dict[str, Path]) -> ModInfo:
    """``mod`` when the campaigns it names and its ``dialogue/`` folders exist; else (each
    problem reported) the mod as lint checks it: read for the campaigns its misspellings
    are close to."""
    known = {*base, *brought_campaigns(mod.root)}
    for folder in seen.values():
        known.update(brought_campaigns(folder))
    sink = Sink(mod.manifest_path, scan.diagnostics)
    places = desc.campaign_places if desc is not None else ()
    aliases: list[tuple[str, str]] = []
    meant: list[str] = []
    bad = False
    for number, campaign in enumerate(mod.campaigns or ()):
        if campaign in known:
            meant.append(campaign)
            continue
        bad = True
        line, col = places[number] if number < len(places) else (1, 1)
        sink.error(line, col, f"unknown campaign '{campaign}'{did_you_mean(campaign, known)} "
                              f"(campaigns: {known_list(known)}): this mod would apply to "
                              "nothing")
        meant += _close(campaign, known)
    if mod.campaigns is None:
        for within in ("dialogue", "patches"):
            for folder in campaign_folders(mod, within):
                if folder in known:
                    continue
                bad = True
                close = _close(folder, known)
                aliases += [(campaign, folder) for campaign in close]
                if within == "patches" and close:
                    continue  # checked as that campaign's: the patch reader names the folder
                remedy = (f"rename it, or give it a {MANIFEST} to make it a new campaign"
                          if within == "dialogue" else "rename it")
                Sink(mod.root / within / folder, scan.diagnostics).error(
                    1, 1, f"folder '{within}/{folder}' is not a campaign"
                          f"{did_you_mean(folder, known)} (campaigns: {known_list(known)}): "
                          f"its files would never load; {remedy}")
    if not bad:
        return mod
    campaigns = tuple(meant) if mod.campaigns is not None else None
    return ModInfo(mod.id, mod.name, mod.version, mod.priority, mod.root, campaigns,
                   mod.description, mod.requires, mod.load_after, mod.game, tuple(aliases))


def _close(name: str, known: set[str]) -> list[str]:
    hint = did_you_mean(name, known)
    return [hint.split("'")[1]] if hint else []


def _resolve(scan: ModScan) -> None:
    """Skip mods needing a newer game or a mod that is missing, too old or skipped, and
    order the rest: by priority and id, each after the mods it requires or loads after."""
    game = version_key(__version__) or ()
    for mod in list(scan.mods):
        if mod.game is not None and (version_key(mod.game.minimum or '') or ()) > game:
            _drop(scan, mod, mod.game, f"this mod needs ENAMEL 2045 {mod.game.minimum} or "
                                       f"newer; this is {__version__}",
                  f"needs game version {mod.game.minimum} or newer")
    while True:
        _drop_unmet(scan)
        cycle = _order(scan)
        if not cycle:
            return
        names = " -> ".join(f"'{mod.id}'" for mod in [*cycle, cycle[0]])
        for mod, after in zip(cycle, [*cycle[1:], cycle[0]], strict=True):
            where = next(r for r in (*after.requires, *after.load_after) if r.id == mod.id)
            _drop(scan, after, where,
                  f"the load order has a cycle: {names} (each loads after the one before, "
                  "through 'requires:' or 'load_after:'); remove one of them",
                  "its load order has a cycle")


def _drop(scan: ModScan, mod: ModInfo, where: Requirement, message: str, why: str) -> None:
    Sink(mod.manifest_path, scan.diagnostics).error(
        where.line, where.col, f"{message}: mod '{mod.id}' is skipped")
    scan.mods.remove(mod)
    scan.unmet.append(mod)
    scan.skipped.append((mod.root, why))


def _drop_unmet(scan: ModScan) -> None:
    """Skip each mod whose requirement is not met, until every one left has its own."""
    changed = True
    while changed:
        changed = False
        present = {mod.id: mod for mod in scan.mods}
        gone = {mod.id for mod in (*scan.checked, *scan.unmet)}
        for mod in list(scan.mods):
            for req in mod.requires:
                problem = _unmet(req, present.get(req.id), req.id in gone, present)
                if problem is not None:
                    _drop(scan, mod, req, problem, f"requires mod '{req}'")
                    changed = True
                    break
            if changed:
                break


def _unmet(req: Requirement, dep: ModInfo | None, skipped: bool,
           present: dict[str, ModInfo]) -> str | None:
    if dep is None:
        if skipped:
            return f"requires mod '{req.id}', which is skipped (see its errors)"
        return (f"requires mod '{req.id}', which is not installed{did_you_mean(req.id, present)}"
                f" (mods found: {known_list(present)})")
    if req.minimum is not None:
        have = loose_version_key(dep.version)
        want = version_key(req.minimum) or ()
        if have is None:
            return (f"requires mod '{req.id}' {req.minimum} or newer, and its version "
                    f"'{dep.version}' is not numbers to compare")
        if have < want:
            return (f"requires mod '{req.id}' {req.minimum} or newer; version {dep.version} "
                    "is installed")
    return None


def _order(scan: ModScan) -> list[ModInfo]:
    """Put ``scan.mods`` (sorted by priority and id) in load order; [] when done, else
    the mods of a cycle (nothing reordered)."""
    mods = scan.mods
    ids = {mod.id for mod in mods}
    after = {mod.id: {r.id for r in (*mod.requires, *mod.load_after) if r.id in ids} - {mod.id}
             for mod in mods}
    placed: list[ModInfo] = []
    done: set[str] = set()
    waiting = list(mods)
    while waiting:
        ready = next((mod for mod in waiting if after[mod.id] <= done), None)
        if ready is None:
            return _cycle(waiting, after)
        waiting.remove(ready)
        placed.append(ready)
        done.add(ready.id)
    scan.mods[:] = placed
    return []


def _cycle(waiting: list[ModInfo], after: dict[str, set[str]]) -> list[ModInfo]:
    """One cycle among mods none of which can be placed: each loads after the one before."""
    by_id = {mod.id: mod for mod in waiting}
    path = [waiting[0].id]
    while True:
        nxt = min(i for i in after[path[-1]] if i in by_id)
        if nxt in path:
            cycle = path[path.index(nxt):]
            return [by_id[i] for i in reversed(cycle)]
        path.append(nxt)


def _first_error(diagnostics: list[Diagnostic]) -> str:
    first = next((d for d in diagnostics if d.is_error), None)
    return first.format() if first else "mod.yaml could not be read"


def campaign_folders(mod: ModInfo, within: str = "dialogue") -> list[str]:
    """Names of the folders directly in the mod's ``dialogue/`` (or ``patches/``)."""
    base = mod.root / within
    if not base.is_dir():
        return []
    return sorted(p.name for p in base.iterdir() if p.is_dir() and not p.is_symlink())


def has_loose_files(mod: ModInfo) -> bool:
    base = mod.root / "dialogue"
    return base.is_dir() and any(p.suffix == ".yaml" for p in base.iterdir() if p.is_file())


def applies_to(mod: ModInfo, campaign_id: str) -> bool:
    """Declared targets decide; without them, a ``dialogue/<id>/`` or ``patches/<id>/``
    folder does, and a mod with neither dialogue nor patches (maps, levels, portraits)
    applies to every campaign."""
    if mod.campaigns is not None:
        return campaign_id in mod.campaigns
    folders = campaign_folders(mod) + campaign_folders(mod, "patches")
    if any(campaign == campaign_id for campaign, _ in mod.aliases):
        return True
    return campaign_id in folders or (not folders and not has_loose_files(mod))


def mod_content(
    mod: ModInfo, campaign_id: str, campaign_ids: set[str], diagnostics: list[Diagnostic]
) -> tuple[Path | None, list[Path]]:
    """(manifest additions file or None, dialogue files) of a mod for one campaign."""
    files: list[Path] = []
    for name in [campaign_id, *(f for c, f in mod.aliases if c == campaign_id)]:
        if (mod.root / "dialogue" / name).is_dir():
            files += list_files(mod.root, f"dialogue/{name}", ".yaml", diagnostics,
                                recursive=True)
    if mod.campaigns is not None and campaign_id in mod.campaigns:
        loose = list_files(mod.root, "dialogue", ".yaml", diagnostics, recursive=True)
        dialogue = mod.root / "dialogue"
        files += [p for p in loose if p.relative_to(dialogue).parts[0] not in campaign_ids]
    manifests = [p for p in files if p.name == MANIFEST]
    nodes = [p for p in files if p.name != MANIFEST]
    for extra in manifests[1:]:
        Sink(extra, diagnostics).error(
            1, 1, f"a second campaign.yaml for '{campaign_id}' in this mod (first: {manifests[0]})")
    return (manifests[0] if manifests else None), nodes
