"""Lint: everything a writer or modder would want to hear before playing.

    python -m game lint [--mod DIR ...]

Errors (the content is broken; a mod with errors is skipped): unknown step
kinds and keys, YAML errors, unknown speakers, expressions, nodes, maps,
spawns, evidence, levels and chapters, invalid or unsafe conditions, duplicate
ids, choices without options, debates that cannot be won, map objects naming
missing nodes, variables read but never set (and without an initial value).

Warnings (probably a mistake): nodes nothing reaches, steps after a goto/end/
return, choices where every option has a condition, variables set but never
read, evidence never given, ``return`` in a node no step
calls, missing portrait files, mod conflicts, endings no step reaches.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from game import paths
from game.diagnostics import (
    Diagnostic,
    Sink,
    did_you_mean,
    display_path,
    known_list,
    sort_unique,
)
from game.dialogue import model as m
from game.dialogue.catalog import Catalog, MapInfo, MapObject
from game.dialogue.conditions import ConditionError, Ref, parse_condition
from game.dialogue.steps import KEYWORDS, StepKind
from game.dialogue.steps import kinds as registered_kinds
from game.dialogue.textvars import Template
from game.world.maplint import trigger_splits

DIALOGUE_OBJECTS = ("npc", "inspect")
BUILTIN_VARIABLES = frozenset({"chapter"})
#: Variables the game itself reads (the overworld shows ``objective`` as the current goal).
GAME_READ_VARIABLES = frozenset({"objective"})


@dataclass(slots=True)
class _Pos:
    path: str
    line: int
    col: int


@dataclass
class _Facts:
    """What the campaign's steps refer to, collected in one walk."""

    edges: dict[str, set[str]] = field(default_factory=dict)
    called: set[str] = field(default_factory=set)
    given: set[str] = field(default_factory=set)
    sets: dict[str, _Pos] = field(default_factory=dict)
    reads: dict[str, _Pos] = field(default_factory=dict)
    ids: dict[str, _Pos] = field(default_factory=dict)
    returns: dict[str, _Pos] = field(default_factory=dict)
    debates: list[tuple[str, m.DebateStep]] = field(default_factory=list)
    #: (kind, name, where) of seen()/visited() calls, checked once all ids are known.
    lookups: list[tuple[str, str, _Pos]] = field(default_factory=list)
    #: maps that warp steps lead to
    warps: set[str] = field(default_factory=set)
    #: variables the game sets (minigame results, the ending): read freely, never "unread"
    provided: set[str] = field(default_factory=set)
    #: (node, ending id) of every ``ending`` step
    endings: list[tuple[str, str]] = field(default_factory=list)
    #: names of every ``split`` step (speedrun categories name them)
    splits: set[str] = field(default_factory=set)
    #: ``{variable}`` references in texts, checked once every step that sets one is known
    text_vars: list[tuple[str, _Pos]] = field(default_factory=list)


class Linter:
    """Walks a campaign's steps once, then checks the whole campaign.

    Registered steps (game.dialogue.steps) lint themselves with what this class
    offers them: ``campaign``, ``catalog``, ``error``, ``warning``, ``evidence``,
    ``gives``, ``assigned``, ``provides``, ``warp_to``, ``returns_here``,
    ``campaign_maps``, ``reaches_ending``.
    """

    def __init__(self, campaign: m.Campaign) -> None:
        self.c = campaign
        self.catalog: Catalog | None = campaign.catalog
        self.diagnostics: list[Diagnostic] = []
        self.facts = _Facts()
        self.path = ""
        self.node = ""
        self.maps: list[MapInfo] = []
        #: Nodes some entry point leads to (known once ``check_reachable`` ran).
        self.reached: set[str] = set()
        self.visit: dict[type, Callable[[Any], None]] = {
            m.Say: self.say, m.ChoiceStep: self.choice, m.IfStep: self.if_step,
            m.DebateStep: self.debate, m.OnceStep: self.once,
        }
        for kind in registered_kinds():
            self.visit[kind.model] = partial(self.registered, kind)
        #: Steps after which nothing runs (goto, end, return).
        self.leaving = frozenset(kind.model for kind in registered_kinds() if kind.leaves)

    @property
    def campaign(self) -> m.Campaign:
        return self.c

    # --- reporting -----------------------------------------------------------------------
    def error(self, line: int, col: int, message: str, path: str | None = None) -> None:
        Sink(path or self.path, self.diagnostics).error(line, col, message)

    def warning(self, line: int, col: int, message: str, path: str | None = None) -> None:
        Sink(path or self.path, self.diagnostics).warning(line, col, message)

    # --- the walk ------------------------------------------------------------------------
    def run(self) -> list[Diagnostic]:
        for node in self.c.nodes.values():
            self.path, self.node = node.path, node.id
            self.facts.edges.setdefault(node.id, set())
            self.steps(node.steps)
        self.maps = self.used_maps()
        self.path = self.c.manifest_path
        self.check_manifest()
        self.check_maps()
        self.check_debates()
        self.check_lookups()
        self.check_reachable()
        self.check_endings()
        self.check_text_vars()
        self.check_variables()
        self.check_returns()
        return self.diagnostics

    def steps(self, steps: m.Steps) -> None:
        leaves = False
        for step in steps:
            if leaves:
                self.warning(step.line, step.col, "this step is never reached: the step before "
                                                  "it always leaves (goto, end or return)")
                leaves = False
            self.visit[step.__class__](step)
            leaves = step.__class__ in self.leaving

    def new_id(self, line_id: str, line: int, col: int) -> None:
        first = self.facts.ids.get(line_id)
        if first is not None:
            self.error(line, col, f"id '{line_id}' is already used at "
                                  f"{display_path(first.path)}:{first.line}")
        else:
            self.facts.ids[line_id] = _Pos(self.path, line, col)

    # --- lines ---------------------------------------------------------------------------
    def say(self, step: m.Say) -> None:
        self.new_id(step.line_id, step.line, step.col)
        if step.speaker is not None:
            self.speaker(step.speaker, step.expression, step.line, step.col)
        self.text(step.template)

    def text(self, template: Template | None) -> None:
        """``{id.name}`` names an evidence item or a speaker; ``{variable}`` is checked
        once every step is known (``check_text_vars``)."""
        if template is None:
            return
        for ref in template.refs:
            line, col = template.position(ref.offset)
            if ref.kind == "var":
                self.facts.text_vars.append((ref.name, _Pos(self.path, line, col)))
            elif ref.name not in self.c.evidence and ref.name not in self.c.speakers:
                known = [*self.c.evidence, *self.c.speakers]
                self.error(line, col, f"'{{{ref.name}.name}}': no evidence item or speaker "
                                      f"'{ref.name}'{did_you_mean(ref.name, known)}")

    def check_text_vars(self) -> None:
        """A ``{variable}`` in a text must be one the campaign has: declared, set by a
        step, or set by the game."""
        known = {*self.facts.sets, *self.c.variables, *BUILTIN_VARIABLES,
                 *GAME_READ_VARIABLES, *self.facts.provided}
        for name, where in self.facts.text_vars:
            if name in known:
                self.facts.reads.setdefault(name, where)
            else:
                self.error(where.line, where.col, f"unknown variable '{{{name}}}': no step "
                           f"sets it and the manifest does not declare it"
                           f"{did_you_mean(name, known)}", where.path)

    def speaker(self, speaker: str, expression: str | None, line: int, col: int) -> None:
        if speaker not in self.c.speakers:
            self.error(line, col, f"unknown speaker or step '{speaker}'"
                                  f"{did_you_mean(speaker, [*self.c.speakers, *KEYWORDS])} "
                                  f"(speakers: {known_list(self.c.speakers)})")
        if expression is not None and expression not in m.EXPRESSIONS:
            self.error(line, col, f"unknown expression '{expression}'"
                                  f"{did_you_mean(expression, m.EXPRESSIONS)} (expressions: "
                                  f"{', '.join(m.EXPRESSIONS)})")

    # --- choices and branches ------------------------------------------------------------
    def choice(self, step: m.ChoiceStep) -> None:
        if not step.options:
            self.error(step.line, step.col, "a choice needs at least one option")
            return
        texts: set[str] = set()
        for option in step.options:
            self.new_id(option.line_id, option.line, option.col)
            if option.text in texts:
                self.warning(option.line, option.col, f"two options read '{option.text}'")
            texts.add(option.text)
            self.text(option.template)
            for cond in (option.show_if, option.enabled_if):
                if cond is not None:
                    self.condition(cond)
            if option.steps is not None:
                self.steps(option.steps)
        if all(o.show_if is not None or o.enabled_if is not None for o in step.options):
            self.warning(step.line, step.col, "every option has a condition: when none holds, "
                                              "the choice is skipped (add an option without "
                                              "'if' as a way forward)")

    def if_step(self, step: m.IfStep) -> None:
        for cond, steps in step.branches:
            self.condition(cond)
            self.steps(steps)
        if step.otherwise is not None:
            self.steps(step.otherwise)

    def once(self, step: m.OnceStep) -> None:
        self.new_id(step.key, step.line, step.col)
        self.steps(step.steps)

    def condition(self, cond: m.CondAt, path: str | None = None) -> None:
        self.refs(cond.condition.refs, cond.position, path)

    def refs(self, refs: Iterable[Ref], position: Callable[[Ref], tuple[int, int]],
             path: str | None = None) -> None:
        for ref in refs:
            line, col = position(ref)
            where = _Pos(path or self.path, line, col)
            if ref.kind == "var":
                self.facts.reads.setdefault(ref.name, where)
            elif ref.kind == "has":
                self.evidence(ref.name, line, col, path)
            else:
                self.facts.lookups.append((ref.kind, ref.name, where))

    # --- registered steps ----------------------------------------------------------------
    def registered(self, kind: StepKind, step: m.Step) -> None:
        """A step of the registry: its own checks, the nodes it leads to, its blocks."""
        if kind.lint is not None:
            kind.lint(self, step)
        if kind.name == "split":
            self.facts.splits.add(str(getattr(step, "name", "")))
        if kind.links is not None:
            for link, node in kind.links(step):
                self.link(link, node, step.line, step.col, kind.name)
        for key in kind.blocks:
            block = getattr(step, key)
            if block is not None:
                self.steps(block)

    # --- variables and evidence ----------------------------------------------------------
    def assigned(self, name: str, line: int, col: int) -> None:
        """A step sets this variable here."""
        self.facts.sets.setdefault(name, _Pos(self.path, line, col))
        if name in BUILTIN_VARIABLES:
            self.warning(line, col, f"'{name}' is set by 'chapter' steps; setting it "
                                    "by hand may confuse saves and practice starts")

    def provides(self, name: str) -> None:
        """The game sets this variable (a minigame's result, the ending): reading it is
        fine, and nobody has to."""
        self.facts.provided.add(name)

    def campaign_maps(self) -> list[MapInfo]:
        """Every map of the campaign's packs (a node may run on any of them)."""
        return list(self.catalog.maps.values()) if self.catalog is not None else []

    def reaches_ending(self, ending: str) -> None:
        """An ``ending`` step in the node being walked."""
        self.facts.endings.append((self.node, ending))

    def evidence(self, item: str, line: int, col: int, path: str | None = None) -> None:
        if item not in self.c.evidence:
            self.error(line, col, f"unknown evidence '{item}'"
                                  f"{did_you_mean(item, self.c.evidence)} (evidence: "
                                  f"{known_list(self.c.evidence)})", path)

    def gives(self, item: str) -> None:
        """A step gives this evidence (so debates needing it can be won)."""
        self.facts.given.add(item)

    # --- flow ----------------------------------------------------------------------------
    def link(self, kind: str, node: str, line: int, col: int, word: str) -> None:
        """The step ``word`` leads to a node: ``goto`` (continues there) or ``call``
        (comes back)."""
        self.facts.edges[self.node].add(node)
        if node not in self.c.nodes:
            self.error(line, col, f"{word} to unknown node '{node}'"
                                  f"{did_you_mean(node, self.c.nodes)}")
        if kind == "call":
            self.facts.called.add(node)

    def returns_here(self, line: int, col: int) -> None:
        """A ``return`` in the node being walked."""
        self.facts.returns.setdefault(self.node, _Pos(self.path, line, col))

    def warp_to(self, name: str, spawn: str | None, line: int, col: int) -> None:
        """A step moves the player to this map (and spawn, None: the entry)."""
        self.facts.warps.add(name)
        self.map_spawn(name, spawn, line, col)

    def map_spawn(self, name: str, spawn: str | None, line: int, col: int,
                  path: str | None = None) -> None:
        if self.catalog is None:
            return
        info = self.catalog.maps.get(name)
        if info is None:
            self.error(line, col, f"unknown map '{name}'{did_you_mean(name, self.catalog.maps)}"
                                  f" (maps: {known_list(self.catalog.maps)})", path)
        elif spawn is not None and spawn not in info.spawns:
            self.error(line, col, f"map '{name}' has no spawn '{spawn}'"
                                  f"{did_you_mean(spawn, info.spawns)} (spawns: "
                                  f"{known_list(info.spawns)})", path)
        elif spawn is None and info.entry not in info.spawns:
            self.error(line, col, f"map '{name}' has no entry spawn '{info.entry}': name a "
                                  f"spawn (spawns: {known_list(info.spawns)})", path)

    # --- debates -------------------------------------------------------------------------
    def debate(self, step: m.DebateStep) -> None:
        self.facts.debates.append((self.path, step))
        self.new_id(step.debate_id, step.line, step.col)
        if step.credibility_expr is not None:
            self.condition(step.credibility_expr)
        if step.fumbles is not None:
            self.assigned(step.fumbles, step.line, step.col)
        for claim in step.claims:
            self.new_id(claim.line_id, claim.line, claim.col)
            self.speaker(claim.speaker, claim.expression, claim.line, claim.col)
            self.text(claim.template)
            if claim.show_if is not None:
                self.condition(claim.show_if)
            for answer in claim.answers:
                self.evidence(answer.item, answer.line, answer.col)
                self.steps(answer.steps)
            for steps in (claim.press, claim.wrong):
                if steps is not None:
                    self.steps(steps)
        for steps in (step.wrong, step.fail, step.fail_again):
            if steps is not None:
                self.steps(steps)

    def check_debates(self) -> None:
        for path, step in self.facts.debates:
            if not step.claims:
                self.error(step.line, step.col, "a debate needs at least one claim", path)
            elif not any(claim.answers for claim in step.claims):
                self.error(step.line, step.col, "this debate cannot be won: no claim accepts "
                                                "evidence ('present:')", path)
            elif all(claim.show_if is not None for claim in step.claims if claim.answers):
                self.warning(step.line, step.col, "every claim that accepts evidence has an "
                             "'if:': when none holds, the debate is skipped (won at once)",
                             path)
            if step.fail_again is not None and step.fail is None:
                self.warning(step.line, step.col, "'fail_again' without 'fail': the first "
                             "failure plays no fail steps", path)
            for claim in step.claims:
                items = [a.item for a in claim.answers]
                if items and not any(item in self.facts.given for item in items):
                    self.error(claim.line, claim.col, "this claim cannot be refuted: no step "
                               f"gives {' or '.join(repr(i) for i in items)}", path)

    # --- whole-campaign checks -----------------------------------------------------------
    def check_lookups(self) -> None:
        for kind, name, where in self.facts.lookups:
            known = name in self.c.nodes or (kind == "seen" and name in self.facts.ids)
            if not known:
                what = "line or node" if kind == "seen" else "node"
                self.error(where.line, where.col, f"{kind}('{name}'): no {what} has this id"
                                                  f"{did_you_mean(name, self.c.nodes)}",
                           where.path)

    def entry_points(self) -> list[str]:
        entries = [c.node for c in self.c.chapters]
        if self.c.start is not None and self.c.start.node:
            entries.append(self.c.start.node)
        for _, obj in self.dialogue_objects():
            if obj.props.get("dialogue"):
                entries.append(obj.props["dialogue"])
        return entries

    def check_reachable(self) -> None:
        reached: set[str] = set()
        todo = [n for n in self.entry_points() if n in self.c.nodes]
        while todo:
            node = todo.pop()
            if node not in reached:
                reached.add(node)
                todo.extend(self.facts.edges.get(node, ()))
        self.reached = reached
        for node in self.c.nodes.values():
            if node.id not in reached:
                self.warning(node.line, node.col, f"node '{node.id}' is never reached: no goto,"
                             " call, chapter, campaign start or map object leads to it",
                             node.path)

    def check_endings(self) -> None:
        """Every ending declared is reached by an ``ending`` step some entry point leads to."""
        reached = {ending for node, ending in self.facts.endings if node in self.reached}
        for ending in self.c.endings.values():
            if ending.id not in reached:
                self.warning(ending.line, ending.col, f"ending '{ending.id}' is never reached: "
                             "no 'ending' step of a node the story reaches names it",
                             ending.path)

    def check_variables(self) -> None:
        sets = dict(self.facts.sets)
        for name, var in self.c.variables.items():
            sets.setdefault(name, _Pos(var.path, var.line, var.col))
        provided = self.facts.provided
        for name, where in self.facts.reads.items():
            if name not in sets and name not in BUILTIN_VARIABLES and name not in provided:
                self.error(where.line, where.col, f"variable '{name}' is read but never set "
                           "and has no initial value (it would stay 0, i.e. false)"
                           f"{did_you_mean(name, [*sets, *provided, *BUILTIN_VARIABLES])}: "
                           "set it, or give it a value under 'variables:' in campaign.yaml",
                           where.path)
        for name, where in sets.items():
            if name not in self.facts.reads and name not in GAME_READ_VARIABLES \
                    and name not in provided:
                self.warning(where.line, where.col, f"variable '{name}' is set but never read",
                             where.path)

    def check_returns(self) -> None:
        for node, where in self.facts.returns.items():
            if node not in self.facts.called:
                self.warning(where.line, where.col, f"'return' in node '{node}', which no step "
                             "calls: here it ends the dialogue (use 'end')", where.path)

    def check_manifest(self) -> None:
        c = self.c
        if c.player is not None and c.player not in c.speakers:
            self.error(1, 1, f"the player '{c.player}' is not one of the speakers"
                             f"{did_you_mean(c.player, c.speakers)}")
        if c.start is not None:
            self.map_spawn(c.start.map, c.start.spawn, c.start.line, c.start.col)
            if c.start.node is not None:
                self.manifest_node(c.start.node, c.start.line, c.start.col, "the start")
        seen: set[str] = set()
        for chapter in c.chapters:
            if chapter.id in seen:
                self.error(chapter.line, chapter.col, f"chapter id '{chapter.id}' is used twice")
            seen.add(chapter.id)
            self.manifest_node(chapter.node, chapter.line, chapter.col, f"chapter '{chapter.id}'")
            if chapter.map is not None:
                self.map_spawn(chapter.map, chapter.spawn, chapter.line, chapter.col)
        self.check_beats()
        self.check_categories()
        self.check_assets()

    def check_beats(self) -> None:
        """Beat ids are unique; their conditions name things that exist."""
        first: dict[str, m.Beat] = {}
        for beat in self.c.beats:
            if beat.id in first:
                self.error(beat.line, beat.col, f"beat id '{beat.id}' is used twice (first on "
                                                f"line {first[beat.id].line})", beat.path)
            first.setdefault(beat.id, beat)
            self.condition(beat.when, beat.path)

    def check_categories(self) -> None:
        """Speedrun categories: unique ids, and the chapter, ending, map and splits they
        name exist in the campaign's dialogue."""
        first: dict[str, m.Category] = {}
        for cat in self.c.categories:
            def err(message: str, cat: m.Category = cat) -> None:
                self.error(cat.line, cat.col, f"category '{cat.id}' {message}", cat.path)

            if cat.id in first:
                err(f"is declared twice (first on line {first[cat.id].line})")
            first.setdefault(cat.id, cat)
            chapters = [c.id for c in self.c.chapters]
            if cat.chapter is not None and cat.chapter not in chapters:
                err(f"starts at unknown chapter '{cat.chapter}'"
                    f"{did_you_mean(cat.chapter, chapters)}")
            value = cat.end_value
            if cat.end_kind == "ending" and value != "any" and value not in self.c.endings:
                err(f"ends on unknown ending '{value}'{did_you_mean(value, self.c.endings)}"
                    " (or write 'ending: any')")
            if cat.end_kind == "warp" and value not in self.facts.warps:
                err(f"ends on a warp to '{value}', but no warp step leads there")
            splits = self.facts.splits | trigger_splits(self.campaign_maps(), self.c.id)
            for name in [*cat.splits, *([value] if cat.end_kind == "split" else [])]:
                if name not in splits:
                    err(f"names split '{name}', but no split step or map trigger has that "
                        f"name{did_you_mean(name, splits)}")
            if len(set(cat.segments)) != len(cat.segments):
                err("names a segment twice (each split and the finish name one segment)")

    def manifest_node(self, node: str, line: int, col: int, what: str) -> None:
        if node not in self.c.nodes:
            self.error(line, col, f"{what} names unknown node '{node}'"
                                  f"{did_you_mean(node, self.c.nodes)}")

    def check_assets(self) -> None:
        for speaker in self.c.speakers.values():
            if speaker.portrait and self.catalog is not None \
                    and speaker.portrait not in self.catalog.portraits:
                self.warning(speaker.line, speaker.col, f"no portrait '{speaker.portrait}' "
                             f"(assets/portraits/{speaker.portrait}.png) for '{speaker.id}'",
                             speaker.path)
        for item in self.c.evidence.values():
            if item.icon and self.catalog is not None and item.icon not in self.catalog.icons:
                known = ", ".join(sorted(self.catalog.icons))
                self.warning(item.line, item.col, f"no icon '{item.icon}' "
                             f"(assets/icons/{item.icon}.png) for evidence '{item.id}'; "
                             f"icons: {known}", item.path)
            if item.id not in self.facts.given:
                self.warning(item.line, item.col, f"evidence '{item.id}' is never given",
                             item.path)

    # --- maps ----------------------------------------------------------------------------
    def used_maps(self) -> list[MapInfo]:
        """Maps the campaign can reach: where it starts, its chapters' maps, the maps its
        warp steps lead to, and every map their warp objects lead to; and every map a
        mod adds or replaces (checked as fully as the game's own)."""
        if self.catalog is None:
            return []
        maps = self.catalog.maps
        todo = [c.map for c in self.c.chapters if c.map] + sorted(self.facts.warps)
        todo += [name for name, info in maps.items() if info.origin != "base"]
        if self.c.start is not None:
            todo.append(self.c.start.map)
        used: dict[str, MapInfo] = {}
        while todo:
            name = todo.pop()
            if name in maps and name not in used:
                used[name] = maps[name]
                todo += [o.props.get("target_map", "") for o in maps[name].objects
                         if o.kind == "warp"]
        return sorted(used.values(), key=lambda info: info.name)

    def dialogue_objects(self) -> Iterable[tuple[MapInfo, MapObject]]:
        """Map objects that start dialogue in this campaign (on the maps it uses)."""
        for info in self.maps:
            for obj in info.objects:
                owner = obj.props.get("campaign")
                if obj.kind in DIALOGUE_OBJECTS and (not owner or owner == self.c.id):
                    yield info, obj

    def check_maps(self) -> None:
        for info, obj in self.dialogue_objects():
            label = f"{obj.kind} '{obj.name or obj.object_id}'"
            node = obj.props.get("dialogue")
            if node and node not in self.c.nodes:
                hint = "" if obj.props.get("campaign") else (
                    " (an object without a 'campaign' property belongs to every campaign)")
                self.error(obj.prop_line("dialogue"), 1,
                           f"{label} starts dialogue node '{node}', which campaign '{self.c.id}'"
                           f" does not have{did_you_mean(node, self.c.nodes)}{hint}", info.path)
            text = obj.props.get("condition")
            if text:
                self.map_condition(info, obj, label, text)
        for info in self.maps:
            self.check_map_warps(info)

    def map_condition(self, info: MapInfo, obj: MapObject, label: str, text: str) -> None:
        line = obj.prop_line("condition")
        result = parse_condition(text)
        if isinstance(result, ConditionError):
            self.error(line, 1, f"{label}: condition: {result.message}", info.path)
        else:
            self.refs(result.refs, lambda ref: (line, 1), info.path)

    def check_map_warps(self, info: MapInfo) -> None:
        for obj in info.objects:
            if obj.kind == "warp":
                target = obj.props.get("target_map")
                if not target:
                    self.error(obj.line, 1, f"warp '{obj.name or obj.object_id}' needs a "
                                            "'target_map' property", info.path)
                else:
                    self.map_spawn(target, obj.props.get("target_spawn") or None,
                                   obj.prop_line("target_map"), 1, info.path)


def lint_campaign(campaign: m.Campaign) -> list[Diagnostic]:
    """Lint one loaded campaign (what ``load_campaign`` already does for you)."""
    return Linter(campaign).run()


def lint(
    mods: Sequence[Path] = (), *, root: Path = paths.ROOT, user_mods: bool = True,
    campaigns: Sequence[str] | None = None,
) -> list[Diagnostic]:
    """Lint every campaign (or those named) with every mod: diagnostics sorted, each once."""
    from game.dialogue.library import ContentLibrary

    library = ContentLibrary(root, mods, user_mods)
    diagnostics: list[Diagnostic] = list(library.scan.diagnostics)
    for campaign_id in campaigns if campaigns is not None else library.campaign_ids():
        diagnostics += library.load(campaign_id)[1]
    return sort_unique(diagnostics)
