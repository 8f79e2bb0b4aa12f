"""Finding mods and what each one holds.

A mod is a folder with a ``mod.yaml`` (``id``, ``name``, ``version``, optional
``priority`` and ``campaign``) laid out like the game itself::

    my_mod/
      mod.yaml
      dialogue/<campaign_id>/**/*.yaml   nodes; campaign.yaml = speakers/evidence/variables
      dialogue/*.yaml                    with `campaign:` in mod.yaml: for those campaigns
      levels/<level_id>.yaml             minigame levels
      maps/<name>.tmx                    maps
      assets/portraits/<id>.png          portraits
      assets/...                         any art or sound, replacing the game's by path

Mods come from the user's mods folder and from ``--mod DIR``. They load in
order of ``priority`` (then id): a mod that loads later replaces what earlier
ones (and the base game) defined under the same id. The files of the mods kept
for a campaign are found through :class:`game.content.resolver.Resolver`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from game import paths
from game.content.safepath import is_inside, list_files, refuse_link
from game.diagnostics import Diagnostic, Sink
from game.dialogue.manifest import parse_mod_yaml

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



@dataclass
class ModScan:
    mods: list[ModInfo] = field(default_factory=list)  # readable mods, in load order
    #: Mods that could not be read at all: (folder, why).
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def mod_folders(extra: Sequence[Path] = (), user_mods: bool = True) -> list[Path]:
    """The user's mod folders (those holding a mod.yaml), then the ``--mod`` folders."""
    folders = []
    user_dir = paths.user_mods_dir()
    if user_mods and user_dir.is_dir():
        folders += sorted(p for p in user_dir.iterdir() if p.is_dir() and (p / MOD_FILE).is_file())
    folders += [Path(p) for p in extra]
    return folders


def scan_mods(extra: Sequence[Path] = (), user_mods: bool = True) -> ModScan:
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
        desc = parse_mod_yaml(manifest, scan.diagnostics)
        if desc is None:
            scan.skipped.append((folder, _first_error(scan.diagnostics[before:])))
            continue
        if desc.id in seen:
            Sink(manifest, scan.diagnostics).error(
                1, 1, f"mod id '{desc.id}' is already used by {seen[desc.id]}; this one is skipped")
            scan.skipped.append((folder, f"duplicate mod id '{desc.id}'"))
            continue
        seen[desc.id] = folder
        mod = ModInfo(desc.id, desc.name, desc.version, desc.priority, folder.resolve(),
                      desc.campaigns, desc.description)
        if mod.campaigns is None and has_loose_files(mod):
            Sink(manifest, scan.diagnostics).error(
                1, 1, "files directly in dialogue/ need the campaigns they belong to: add "
                      "'campaign: <id>' here, or move them into dialogue/<campaign_id>/")
            scan.skipped.append((folder, "dialogue files without a campaign"))
            continue
        scan.mods.append(mod)
    scan.mods.sort(key=lambda mod: (mod.priority, mod.id))
    return scan


def _first_error(diagnostics: list[Diagnostic]) -> str:
    first = next((d for d in diagnostics if d.is_error), None)
    return first.format() if first else "mod.yaml could not be read"


def campaign_folders(mod: ModInfo) -> list[str]:
    """Names of the folders directly in the mod's ``dialogue/``."""
    base = mod.root / "dialogue"
    if not base.is_dir():
        return []
    return sorted(p.name for p in base.iterdir() if p.is_dir() and not p.is_symlink())


def has_loose_files(mod: ModInfo) -> bool:
    base = mod.root / "dialogue"
    return base.is_dir() and any(p.suffix == ".yaml" for p in base.iterdir() if p.is_file())


def applies_to(mod: ModInfo, campaign_id: str) -> bool:
    """Declared targets decide; without them, a ``dialogue/<id>/`` folder does, and a
    mod with no dialogue at all (maps, levels, portraits) applies to every campaign."""
    if mod.campaigns is not None:
        return campaign_id in mod.campaigns
    folders = campaign_folders(mod)
    return campaign_id in folders or (not folders and not has_loose_files(mod))


def mod_content(
    mod: ModInfo, campaign_id: str, campaign_ids: set[str], diagnostics: list[Diagnostic]
) -> tuple[Path | None, list[Path]]:
    """(manifest additions file or None, dialogue files) of a mod for one campaign."""
    files: list[Path] = []
    folder = mod.root / "dialogue" / campaign_id
    if folder.is_dir():
        files += list_files(mod.root, f"dialogue/{campaign_id}", ".yaml", diagnostics,
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
