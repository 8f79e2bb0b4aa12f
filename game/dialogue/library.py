"""Loading campaigns: the base pack, then mods in load order, each checked by lint.

    campaign, diagnostics = load_campaign("rejuvenation", mods=[Path("my_mod")])

A campaign pack is ``dialogue/<campaign_id>/campaign.yaml`` plus every other
``*.yaml`` file under that folder. Mods then add or replace nodes, speakers,
evidence and variables (see :mod:`game.dialogue.mods`). A mod that brings
errors — YAML that does not parse, anything lint calls an error in its files, or
a new error it causes in the content it changes — is reported and skipped; the
base game and the other mods load without it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game import paths
from game.content.resolver import Pack, Resolver
from game.content.safepath import inside_file, is_inside, list_files
from game.content.yamlread import DIALOGUE
from game.diagnostics import Diagnostic, Sink, display_path, known_list
from game.dialogue import model as m
from game.dialogue.catalog import Catalog
from game.dialogue.lint import lint_campaign
from game.dialogue.manifest import Manifest, parse_manifest
from game.dialogue.mods import MANIFEST, ModInfo, ModScan, applies_to, mod_content, scan_mods
from game.dialogue.parse import parse_file
from game.dialogue.patches import Patch, Patcher, read_patches, relocate
from game.dialogue.yamlsource import gc_paused
from game.world.maplint import lint_maps

BASE = "base"


@dataclass
class _Layer:
    """One pack's contribution to a campaign: the base game's, or one mod's."""

    origin: str
    mod: ModInfo | None
    manifest: Manifest | None
    nodes: dict[str, m.Node] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: The mod's patches (game.dialogue.patches), applied after its nodes.
    patches: list[Patch] = field(default_factory=list)

    def has_errors(self) -> bool:
        return any(d.is_error for d in self.diagnostics)


class ContentLibrary:
    """The base game and the mods found, read once and loaded campaign by campaign."""

    def __init__(
        self, root: Path = paths.ROOT, mods: Sequence[Path] = (), user_mods: bool = True
    ) -> None:
        self.root = Path(root).resolve()
        self.source = m.LoadSource(self.root, tuple(Path(p) for p in mods), user_mods)
        self.scan: ModScan = scan_mods(mods, user_mods, self.base_campaign_ids())
        #: campaign id -> mods skipped for it, with the diagnostics that made them skip.
        self.skipped: dict[str, list[tuple[ModInfo, list[Diagnostic]]]] = {}
        self._skipped: list[tuple[ModInfo, list[Diagnostic]]] = []
        self._base_catalog: Catalog | None = None

    @property
    def base_catalog(self) -> Catalog:
        if self._base_catalog is None:
            self._base_catalog = Catalog.scan(Resolver.base_game(self.root))
        return self._base_catalog

    def resolver(self, campaign: m.Campaign | None = None) -> Resolver:
        """The packs of a loaded campaign: the base game and the mods kept for it (a mod
        skipped for its errors is not among them); without a campaign, the game alone."""
        if campaign is not None and campaign.catalog is not None:
            return campaign.catalog.content
        return Resolver.base_game(self.root)

    def base_campaign_ids(self) -> list[str]:
        folder = self.root / "dialogue"
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir()
                      if inside_file(self.root, f"dialogue/{p.name}/{MANIFEST}"))

    def campaign_ids(self) -> list[str]:
        """Campaigns of the base game, then new campaigns that mods bring."""
        ids = self.base_campaign_ids()
        for mod in self.scan.mods:
            folder = mod.root / "dialogue"
            if folder.is_dir():
                ids += sorted(p.name for p in folder.iterdir() if p.name not in ids
                              and inside_file(mod.root, f"dialogue/{p.name}/{MANIFEST}"))
        return ids

    # --- loading -------------------------------------------------------------------------
    def load(self, campaign_id: str) -> tuple[m.Campaign | None, list[Diagnostic]]:
        self._skipped = []
        with gc_paused():
            result = self._load(campaign_id)
        self.skipped[campaign_id] = self._skipped
        return result

    def _load(self, campaign_id: str) -> tuple[m.Campaign | None, list[Diagnostic]]:
        diagnostics = list(self.scan.diagnostics)
        base = self._base_layer(campaign_id)
        applying = [mod for mod in self.scan.mods if applies_to(mod, campaign_id)]
        if base is None:  # a campaign a mod brings: the first such mod is its base
            owner = next((mod for mod in applying
                          if inside_file(mod.root, f"dialogue/{campaign_id}/{MANIFEST}")), None)
            if owner is None:
                where = self.root / "dialogue" / campaign_id
                Sink(where, diagnostics).error(1, 1, f"no campaign '{campaign_id}' (campaigns: "
                                                     f"{known_list(self.campaign_ids())})")
                return None, diagnostics
            applying.remove(owner)
            base = self._mod_layer(owner, campaign_id, full_manifest=True)
            if base.has_errors():
                return None, diagnostics + self._skip(base, base.diagnostics)
        diagnostics += base.diagnostics
        if base.manifest is None:
            return None, diagnostics
        mods = [self._mod_layer(mod, campaign_id, full_manifest=False) for mod in applying]
        # skipped mods lint still checks whole, so one run reports all their problems
        checks = [self._mod_layer(mod, campaign_id, full_manifest=False)
                  for mod in self.scan.checked if applies_to(mod, campaign_id)]
        campaign, found = self._settle(base, mods, checks)
        return campaign, diagnostics + found

    def _base_layer(self, campaign_id: str) -> _Layer | None:
        manifest_path = inside_file(self.root, f"dialogue/{campaign_id}/{MANIFEST}")
        if manifest_path is None:
            return None
        layer = _Layer(BASE, None, None)
        layer.manifest = parse_manifest(manifest_path, BASE, layer.diagnostics)
        files = list_files(self.root, f"dialogue/{campaign_id}", ".yaml", layer.diagnostics,
                           recursive=True)
        self._read_nodes(layer, [p for p in files if p.name != MANIFEST])
        if layer.manifest and layer.manifest.id and layer.manifest.id != campaign_id:
            Sink(manifest_path, layer.diagnostics).error(
                1, 1, f"the manifest's id '{layer.manifest.id}' differs from its folder's name "
                      f"'{campaign_id}'")
        return layer

    def _mod_layer(self, mod: ModInfo, campaign_id: str, full_manifest: bool) -> _Layer:
        layer = _Layer(mod.id, mod, None)
        known = set(self.campaign_ids())
        manifest, files = mod_content(mod, campaign_id, known, layer.diagnostics)
        if manifest is not None:
            layer.manifest = parse_manifest(manifest, mod.id, layer.diagnostics,
                                            addition=not full_manifest)
        elif full_manifest:
            Sink(mod.root / "mod.yaml", layer.diagnostics).error(
                1, 1, f"no dialogue/{campaign_id}/campaign.yaml in this mod")
        self._read_nodes(layer, files)
        # a broken level skips the mod like broken dialogue does (imported here: the
        # title screen starts without the simulation and numpy)
        from game.nanobots.levels import check_levels

        layer.diagnostics += check_levels(list_files(mod.root, "levels", ".yaml",
                                                     layer.diagnostics))
        layer.patches = read_patches(mod, campaign_id, known, layer.diagnostics)
        return layer

    def _read_nodes(self, layer: _Layer, files: list[Path]) -> None:
        for path in files:
            for node in parse_file(path, layer.origin, layer.diagnostics):
                first = layer.nodes.get(node.id)
                if first is None:
                    layer.nodes[node.id] = node
                else:
                    Sink(node.path, layer.diagnostics).error(
                        node.line, node.col,
                        f"node '{node.id}' is already defined at "
                        f"{display_path(first.path)}:{first.line}")

    def _settle(self, base: _Layer, mods: list[_Layer],
                checks: Sequence[_Layer] = ()) -> tuple[m.Campaign, list[Diagnostic]]:
        """Merge and lint the base, then add the mods one at a time in load order.

        A mod is kept only if, added to the base and the mods kept before it, it
        brings no new error: none in its own files (bad YAML, unknown speakers...)
        and none it causes elsewhere (a replaced node that gave the only evidence
        a debate needs). Errors the base game already has do not count against it.
        A mod with errors in its files is still merged and linted whole (what of it
        could be read) before it is skipped, and so are ``checks`` (mods skipped
        before loading: a broken mod.yaml...), so that one lint run reports every
        problem: its files', the campaign-wide ones, and the warnings. A mod
        requiring a mod skipped here is skipped too.
        """
        campaign, found = self._checked(base, [])
        known = _error_places(found)
        seen = set(found)
        active: list[_Layer] = []
        skipped: list[Diagnostic] = []
        gone: set[str] = set()
        for layer in mods:
            unmet = _needs_skipped(layer, gone)
            if unmet:
                gone.add(layer.origin)
                skipped += self._skip(layer, unmet)
                continue
            trial, trial_found = self._checked(base, [*active, _readable(layer)])
            new = _new_problems(trial_found, known, seen, layer)
            if layer.has_errors() or any(d.is_error for d in new):
                gone.add(layer.origin)
                skipped += self._skip(layer, layer.diagnostics + new)
                continue
            active.append(layer)
            campaign, found, known, seen = trial, trial_found, _error_places(trial_found), \
                set(trial_found)
        for layer in checks:
            trial_found = self._checked(base, [*active, _readable(layer)])[1]
            new = _new_problems(trial_found, known, seen, layer)
            assert layer.mod is not None
            root = layer.mod.root
            before = sum(1 for d in self.scan.diagnostics
                         if d.is_error and is_inside(root, Path(d.path)))
            skipped += self._skip(layer, layer.diagnostics + new, record=False, more=before)
        for layer in active:
            found += layer.diagnostics
        return campaign, found + skipped

    def _checked(self, base: _Layer, mods: list[_Layer]) -> tuple[m.Campaign, list[Diagnostic]]:
        campaign, found = self._merge(base, mods)
        assert campaign.catalog is not None
        # what lint finds in steps or map objects a patch brought is reported at the patch
        linted = relocate(lint_campaign(campaign) + lint_maps(campaign.id, campaign.catalog),
                          campaign.catalog.patched)
        return campaign, found + linted

    def _skip(self, layer: _Layer, diagnostics: list[Diagnostic], record: bool = True,
              more: int = 0) -> list[Diagnostic]:
        """Report a mod skipped for this campaign (``record``: in :attr:`skipped`;
        ``more``: its errors reported elsewhere, in its mod.yaml)."""
        if layer.mod is None:
            return diagnostics
        if record:
            self._skipped.append((layer.mod, diagnostics))
        errors = more + sum(1 for d in diagnostics if d.is_error)
        note = Diagnostic(str(layer.mod.root / "mod.yaml"), 1, 1, "warning",
                          f"mod '{layer.mod.id}' is skipped because of its {errors} error"
                          f"{'' if errors == 1 else 's'}; the game loads without it")
        return [*diagnostics, note]

    def _merge(self, base: _Layer, mods: list[_Layer]) -> tuple[m.Campaign, list[Diagnostic]]:
        assert base.manifest is not None
        man = base.manifest
        campaign = m.Campaign(
            id=man.id or "", title=man.title, blurb=man.blurb, player=man.player,
            start=man.start, manifest_path=man.path, chapters=man.chapters,
            endings=dict(man.endings), credits=man.credits, beats=man.beats,
            categories=man.categories,
            speakers=dict(man.speakers), evidence=dict(man.evidence),
            variables=dict(man.variables), source=self.source,
            mods=tuple(layer.mod for layer in (base, *mods) if layer.mod is not None),
        )
        campaign.catalog = self.base_catalog.overlay(
            [Pack.at(layer.mod.id, layer.mod.root)
             for layer in (base, *mods) if layer.mod is not None])
        diagnostics = list(campaign.catalog.diagnostics)
        merger = _Merger(campaign, diagnostics)
        for node in base.nodes.values():
            merger.node(node, base.origin)
        patcher = Patcher(campaign, diagnostics)
        for layer in mods:
            if layer.manifest is not None:
                merger.table("speaker", campaign.speakers, layer.manifest.speakers, layer.origin)
                merger.table("evidence", campaign.evidence, layer.manifest.evidence,
                              layer.origin)
                campaign.variables.update(layer.manifest.variables)
            for node in layer.nodes.values():
                merger.node(node, layer.origin)
            if layer.nodes:
                patcher.nodes_changed()
            patcher.apply(layer.patches)  # after the mod's own nodes, before later mods'
        patcher.finish()
        return campaign, diagnostics


def _place(diag: Diagnostic) -> tuple[str, int, int]:
    return (diag.path, diag.line, diag.col)


def _error_places(diagnostics: list[Diagnostic]) -> set[tuple[str, int, int]]:
    return {_place(d) for d in diagnostics if d.is_error}


def _new_problems(found: list[Diagnostic], known: set[tuple[str, int, int]],
                  seen: set[Diagnostic], layer: _Layer) -> list[Diagnostic]:
    """What adding ``layer`` brought: errors at new places, warnings not there before;
    none inside a file of the layer that could not be read at all (its stand-in nodes
    are not the writer's)."""
    unread = _unread_files(layer)
    return [d for d in found
            if d.path not in unread
            and ((_place(d) not in known) if d.is_error else (d not in seen))]


def _unread_files(layer: _Layer) -> set[str]:
    """Dialogue files of the layer with an error and no node read from them."""
    read = {node.path for node in layer.nodes.values()}
    manifest = layer.manifest.path if layer.manifest is not None else None
    return {d.path for d in layer.diagnostics
            if d.is_error and d.path.endswith(".yaml") and d.path not in read
            and d.path != manifest and Path(d.path).name not in (MANIFEST, "mod.yaml")
            and "levels" not in Path(d.path).parts}


#: A top-level ``node_id:`` line (or ``node_id`` alone: its ':' forgotten).
_NODE_KEY = re.compile(r"([A-Za-z0-9_][A-Za-z0-9_-]*)[ \t]*(?::(?:[ \t]|$)|$)")


def _readable(layer: _Layer) -> _Layer:
    """``layer`` as lint can check it: a dialogue file that could not be read at all
    still declares its nodes (each top-level ``id:`` line), as empty stand-ins, so
    the rest of the mod is not blamed for going to them."""
    if not layer.has_errors():
        return layer
    stand_ins: dict[str, m.Node] = {}
    for path in sorted(_unread_files(layer)):
        try:
            if layer.mod is None or not is_inside(layer.mod.root, Path(path)) or \
                    Path(path).stat().st_size > DIALOGUE.max_bytes:
                continue  # never read what lies outside the mod, nor absurd files
            lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            continue
        for number, text in enumerate(lines[:100_000], 1):
            found = _NODE_KEY.match(text)
            if found and found.group(1) not in layer.nodes:
                stand_ins.setdefault(found.group(1),
                                     m.Node(found.group(1), path, number, 1, (), layer.origin))
    if not stand_ins:
        return layer
    return dataclasses.replace(layer, nodes={**stand_ins, **layer.nodes})


def _needs_skipped(layer: _Layer, gone: set[str]) -> list[Diagnostic]:
    """An error for each mod ``layer`` requires that was skipped for this campaign."""
    if layer.mod is None:
        return []
    return [Diagnostic(str(layer.mod.root / "mod.yaml"), req.line, req.col, "error",
                       f"requires mod '{req.id}', which is skipped for this campaign "
                       "(see its errors)")
            for req in layer.mod.requires if req.id in gone]


class _Merger:
    """Lays definitions over each other, recording replacements and conflicts."""

    def __init__(self, campaign: m.Campaign, diagnostics: list[Diagnostic]) -> None:
        self.campaign = campaign
        self.diagnostics = diagnostics

    def node(self, node: m.Node, origin: str) -> None:
        origins = self.campaign.node_origins.setdefault(node.id, [])
        if origins and origins[-1] != BASE:
            self.conflict("node", node.id, origins[-1], origin, node.path, node.line, node.col)
        origins.append(origin)
        self.campaign.nodes[node.id] = node

    def table(self, kind: str, table: dict[str, Any], additions: dict[str, Any],
              origin: str) -> None:
        for key, item in additions.items():
            old = table.get(key)
            if old is not None and old.origin != BASE:
                self.conflict(kind, key, old.origin, origin, item.path, item.line, item.col)
            table[key] = item

    def conflict(
        self, kind: str, name: str, loser: str, winner: str, path: str, line: int, col: int
    ) -> None:
        self.campaign.conflicts.append(m.Conflict(kind, name, loser, winner))
        Sink(path, self.diagnostics).warning(
            line, col, f"{kind} '{name}' is defined by mod '{loser}' and by mod '{winner}'; "
                       f"'{winner}' loads later and wins")


def load_campaign(
    campaign_id: str, mods: Sequence[Path] = (), *, root: Path = paths.ROOT,
    user_mods: bool = True,
) -> tuple[m.Campaign | None, list[Diagnostic]]:
    """Load one campaign with the user's mods (and ``mods`` folders given explicitly).

    Returns the campaign (None only if its manifest cannot be read) and every
    diagnostic found on the way, lint's included.
    """
    return ContentLibrary(root, mods, user_mods).load(campaign_id)


def reload_campaign(campaign: m.Campaign) -> tuple[m.Campaign | None, list[Diagnostic]]:
    """Load a campaign again from disk, with the same root and mods as before."""
    source = campaign.source or m.LoadSource(paths.ROOT, (), True)
    return ContentLibrary(source.root, source.mod_dirs, source.user_mods).load(campaign.id)
