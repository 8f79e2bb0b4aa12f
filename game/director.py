"""Which scene follows which: title, campaign start, overworld, dialogue, minigame,
pause, saves and loads, the error screen, back to the title.

Scenes do their own work; the director puts them on the stack and connects their
hooks, so the flow of the whole game reads in one place. It also makes saves
from what is on the stack (:meth:`Director.make_save`) and puts a run back from
one (:meth:`Director.restore`); the file format is :mod:`game.saves`.
"""

from __future__ import annotations

import inspect
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from game import __version__, paths
from game.content.resolver import ContentError, Pack, Resolver
from game.content.safepath import inside_file
from game.dialogue import ContentLibrary, Runner, hot_reload
from game.dialogue.manifest import parse_manifest
from game.dialogue.model import Campaign
from game.dialogue.mods import MANIFEST
from game.dialogue.scene import BacklogEntry, CardScene, CreditsScene, DialogueScene
from game.dialogue.steps.minigame import MinigameResult
from game.dialogue.view import DialogueLook
from game.engine.fade import Fade
from game.engine.scene import Scene
from game.gamestate import DEFAULT_PLAYER, GameState
from game.menus.errorscreen import ErrorScene, summary, write_log
from game.menus.notice import NoticeScene
from game.menus.pause import EvidenceScene, PauseScene
from game.menus.saveload import SaveLoadScene, capture_thumbnail
from game.menus.title import CampaignChoice, TitleSaves, TitleScene
from game.saves.content import KnownContent, missing_content
from game.saves.format import (
    BacklogLine,
    DialoguePlace,
    NpcPlace,
    SaveData,
    SaveError,
    SaveMeta,
    WorldPlace,
)
from game.saves.store import ERROR, QUIT, chapter_slot
from game.services import Game
from game.speedrun.menu import open_practice
from game.story.state import StoryState, Value
from game.ui.toast import Toasts
from game.world.actors import Facing
from game.world.collision import SUB
from game.world.maps import MapObject
from game.world.overworld import Interaction
from game.world.scene import OverworldScene, WalkScene

#: How long a chapter's title card stays (confirm closes it sooner), and an ending's.
CHAPTER_CARD_TICKS = 120
ENDING_CARD_TICKS = 420
#: The keyword the debugger takes a program to offer under (see ``_Hooks.minigame``).
OFFER_PROGRAM = "offered_program"
OFFER_FROM = "offered_from"


class StartError(Exception):
    """A run cannot start (unknown campaign, broken content, a map that cannot be
    used); the message says why."""


@dataclass(frozen=True)
class StartOptions:
    """Where a run begins; the command line's ``--map``, ``--node`` and ``--set``."""

    campaign: str
    map: str | None = None
    spawn: str | None = None
    node: str | None = None
    variables: tuple[tuple[str, Value], ...] = ()


class Director:
    def __init__(self, game: Game, *, seed: int | None = None, mods: Sequence[Path] = ()) -> None:
        self.game = game
        self.seed = seed if seed is not None else game.state.seed
        self.library = ContentLibrary(paths.ROOT, mods)
        self.campaign: Campaign | None = None
        self.overworld: OverworldScene | None = None
        self.dialogue: DialogueScene | None = None
        self.backlog: list[BacklogEntry] = []
        #: "Received: ..." notices, shared by the dialogue and the map.
        self.toasts = Toasts()
        #: What the run looked like when last saved or loaded (see :meth:`unsaved`).
        self._saved_progress: str | None = None
        game.use_content(self.library.resolver())
        game.on_crash = self.crashed
        game.on_quit = self.quitting

    # --- campaigns -------------------------------------------------------------------------
    def campaign_choices(self) -> list[CampaignChoice]:
        """What the title screen offers, read from the manifests alone (fast)."""
        choices = []
        for campaign_id in self.library.campaign_ids():
            manifest = self._manifest_path(campaign_id)
            info = parse_manifest(manifest, "base", []) if manifest else None
            if info is None:
                continue
            choices.append(CampaignChoice.from_manifest(campaign_id, info, DEFAULT_PLAYER))
        return choices

    def _manifest_path(self, campaign_id: str) -> Path | None:
        for root in [self.library.root, *(mod.root for mod in self.library.scan.mods)]:
            path = inside_file(root, f"dialogue/{campaign_id}/{MANIFEST}")
            if path is not None:
                return path
        return None

    def load(self, campaign_id: str) -> Campaign:
        campaign, diagnostics = self.library.load(campaign_id)
        if campaign is None:
            errors = [d.format() for d in diagnostics if d.is_error][:3]
            raise StartError(f"campaign {campaign_id!r} cannot load: " + "; ".join(errors))
        return campaign

    # --- entry points ----------------------------------------------------------------------
    def title(self) -> None:
        self.overworld = self.dialogue = None
        self.game.use_content(self.library.resolver())
        saves = TitleSaves(self.continue_latest, self.load_menu, self.load_slot)
        self.game.stack.clear(TitleScene(self.game, self.campaign_choices(), self.new_game,
                                         saves, practice=lambda: open_practice(self),
                                         mods=self.library))

    def failed(self, title: str, error: Exception) -> None:
        """Back to the title, with the reason on a notice (a map or campaign that cannot
        be used while playing: never a traceback)."""
        self.overworld = self.dialogue = None
        self.campaign = None
        self.title()
        self.game.stack.push(NoticeScene(self.game, title, str(error).split("; ")))

    def new_game(self, campaign_id: str) -> None:
        """From the title: fade out, then begin the campaign from its start."""
        def begin() -> None:
            try:
                self.begin(StartOptions(campaign_id))
            except StartError as exc:
                self.failed("This story cannot start", exc)

        self.game.stack.push(Fade(self.game.stack, begin, out_ticks=20, in_ticks=20))

    def begin(self, options: StartOptions) -> None:
        """Start a run with a fresh state: on the campaign's start, or where options say.

        :class:`StartError` if it cannot: the campaign does not load, or its start map
        (or node) cannot be used.
        """
        campaign = self.load(options.campaign)
        start = campaign.start
        chapter = next((c for c in campaign.chapters if c.node == options.node and c.map),
                       None) if options.node and not options.map else None
        if chapter is not None:  # a chapter's start node: that chapter's map and spawn
            options = replace(options, map=chapter.map, spawn=chapter.spawn)
        map_name = options.map or (start.map if start else None)
        if map_name is None:
            raise StartError(f"campaign {campaign.id!r} has no start map")
        node = options.node or (start.node if start and not options.map else None)
        if node is not None and node not in campaign.nodes:
            raise StartError(f"campaign {campaign.id!r} has no node {node!r}")
        story = StoryState()
        for name, value in options.variables:
            story.set(name, value)
        self.game.new_run(GameState(seed=self.seed, campaign=campaign.id,
                                    player=campaign.player or DEFAULT_PLAYER, story=story))
        self.campaign = campaign
        self.dialogue = None  # (a conversation of the run left behind is not this run's)
        self.backlog = []
        self.toasts = Toasts()
        spawn = options.spawn if options.map else (start.spawn if start else None)
        try:
            # from here on every file comes from the game and the mods kept for the campaign
            self.game.use_content(self.library.resolver(campaign))
            self.overworld = self._overworld(map_name, spawn)
        except ContentError as exc:
            self.campaign = None
            raise StartError(f"campaign {campaign.id!r} cannot start on map "
                             f"{map_name!r}: {exc}") from None
        self.game.stack.clear(self.overworld)
        # the speedrun timer and recording: New Game is a full run, other starts practice
        self.game.speedrun.run_began(self.game, campaign, director=self, new_game=(
            options.map is None and options.node is None and not options.variables))
        if node is not None:
            self.play_node(node)
        self._saved_progress = self._progress()

    def level_only(self, level_id: str) -> None:
        """Straight into a nanobot debugger level (``--level``); back to the title after.

        No campaign is chosen, so the levels of the game and of every mod kept for some
        campaign count (a mod skipped for its errors everywhere contributes nothing).
        """
        from game.nanobots.debugger import DebuggerScene

        kept = {mod.id for campaign_id in self.library.campaign_ids()
                if (campaign := self.library.load(campaign_id)[0]) is not None
                for mod in campaign.mods}
        content = Resolver([*self.library.resolver().packs,
                            *(Pack.at(mod.id, mod.root) for mod in self.library.scan.mods
                              if mod.id in kept)])
        levels = content.listing("levels", ".yaml")
        if level_id not in levels:
            known = ", ".join(sorted(levels)) or "none"
            raise StartError(f"unknown level {level_id!r} (levels: {known})")
        self.game.new_run(GameState(seed=self.seed))
        self.game.stack.clear(DebuggerScene(self.game, level_id, lambda result: self.title(),
                                            path=levels[level_id].path))

    # --- overworld -------------------------------------------------------------------------
    def _overworld(self, map_name: str, spawn: str | None) -> OverworldScene:
        scene = OverworldScene(self.game, map_name, spawn, present=self.is_present)
        scene.toasts = self.toasts
        scene.on_pause = self.pause
        scene.on_interaction = self.interaction
        scene.on_reload = self.reload
        scene.on_error = lambda exc: self.failed("This map cannot be used", exc)
        return scene

    def pause(self) -> None:
        playing = self.campaign is not None and self.overworld is not None
        saves = self.game.saves is not None
        self.game.stack.push(PauseScene(
            self.game, self.to_title, self.evidence_screen if self.campaign else None,
            save=self.save_menu if playing and saves else None,
            load=self.load_menu if saves else None,
            history=self.history_screen if playing else None,
            unsaved=self.unsaved))

    def history_screen(self) -> Scene:
        from game.dialogue.scene import BacklogScene

        return BacklogScene(self.game, self.backlog)

    def evidence_screen(self) -> Scene:
        """The evidence the player holds, with the campaign's names, texts and icons."""
        assert self.campaign is not None
        return EvidenceScene(self.game, DialogueLook(self.game.images, self.campaign),
                             list(self.game.state.story.evidence))

    def is_present(self, obj: MapObject) -> bool:
        """A map object exists when its campaign matches and its condition holds."""
        if not obj.in_campaign(self.game.state.campaign):
            return False
        condition = obj.prop("condition")
        if not condition or self.campaign is None:
            return True
        return self.campaign.check(str(condition), self.game.state.story)

    def interaction(self, event: Interaction) -> Scene | None:
        node = event.target.prop("dialogue")
        if not node or self.campaign is None or node not in self.campaign.nodes:
            return None
        return self._dialogue_scene(str(node))

    # --- dialogue --------------------------------------------------------------------------
    def play_node(self, node: str) -> None:
        self.game.stack.push(self._dialogue_scene(node))

    def _dialogue_scene(self, node: str) -> DialogueScene:
        assert self.campaign is not None
        story = self.game.state.story
        held = list(story.evidence)  # what the node's first steps give is announced too
        runner = Runner(self.campaign, story, self.game.state.rng)
        runner.start(node)
        look = DialogueLook(self.game.images, self.campaign)
        self.dialogue = DialogueScene(self.game, runner, look, _Hooks(self), self.backlog,
                                      toasts=self.toasts, held=held)
        self.dialogue.on_pause = self.pause
        return self.dialogue

    # --- reload ----------------------------------------------------------------------------
    def reload(self) -> None:
        """F5: read maps and dialogue again; show what lint found instead of crashing.

        The mods kept may change (one fixed, one broken): files come from the new set.
        """
        if self.campaign is None:
            if self.overworld is not None:
                self.overworld.reload()
            return
        runner = self.dialogue.runner if self.dialogue is not None else None
        result = hot_reload(self.campaign, runner)
        if result.reloaded:  # the run's content changed: it can no longer be a record
            self.game.speedrun.mark_practice()
        self.campaign = result.campaign
        self.game.use_content(self.library.resolver(self.campaign))
        if self.overworld is not None:
            self.overworld.reload()
        if self.dialogue is not None:
            self.dialogue.look = DialogueLook(self.game.images, self.campaign)
            self.dialogue.typewriter = None
        problems = [d for d in result.diagnostics if d.is_error]
        if problems or not result.reloaded or (result.rebind and not result.rebind.ok):
            self.game.stack.push(NoticeScene(self.game, "Reload", result.messages()))
        else:
            self.game.notices += result.messages()[:2]  # the summary, and a moved place

    def to_title(self) -> None:
        self.game.speedrun.abandon(self.game)
        self.remember_read()
        self.overworld = self.dialogue = None
        self.game.stack.push(Fade(self.game.stack, self.title, out_ticks=20, in_ticks=12))

    def player_name(self) -> str:
        """The name of the character being played (a chapter may switch it)."""
        if self.campaign is None:
            return ""
        speaker = self.campaign.speakers.get(self.game.state.player)
        return speaker.name if speaker is not None else self.game.state.player

    # --- saves -----------------------------------------------------------------------------
    @property
    def playing(self) -> bool:
        """A run is under way (a campaign on a map): there is something to save."""
        return self.campaign is not None and self.overworld is not None

    def save_menu(self) -> Scene:
        assert self.game.saves is not None
        return SaveLoadScene(self.game, self.game.saves, "save", save=self.save_to)

    def load_menu(self) -> Scene:
        assert self.game.saves is not None
        ask = ["You have progress that is not saved: it will be lost."] \
            if self.playing and self.unsaved() else []
        return SaveLoadScene(self.game, self.game.saves, "load",
                             load=lambda slot, backup: self.load_slot(slot, backup=backup),
                             ask_before_load=ask)

    def make_save(self, kind: str = "manual", *, thumbnail: bool = True) -> SaveData:
        """The run as a save: state, map and position, the conversation (a debate or a
        minigame at its start), the backlog, and a picture of the game under the menus."""
        assert self.campaign is not None and self.overworld is not None
        state = self.game.state
        data = state.to_data()
        dialogue = None
        scene = self.dialogue  # (found here even before the stack has taken it)
        if scene is not None and not scene.runner.finished:
            runner, story, count = scene.save_point()
            data["story"] = story
            dialogue = DialoguePlace(runner, tuple(
                BacklogLine(e.name, tuple((t, st) for t, st in e.spans), e.color)
                for e in self.backlog[:count]))
        world = self.overworld.world
        place = WorldPlace(
            world.world.name, world.player.x, world.player.y,
            world.player.facing.name.lower(),
            tuple(NpcPlace(n.name, n.x, n.y, n.facing.name.lower(), max(0, n.idle))
                  for n in world.npcs))
        chapter = self.campaign.chapter(state.chapter) if state.chapter else None
        chapter_title = f"Chapter {chapter.number}: {chapter.title}" if chapter else ""
        meta = SaveMeta(
            name=" — ".join(p for p in (chapter_title.split(":")[0] if chapter else "",
                                        world.world.title) if p),
            kind=kind, campaign=self.campaign.id, campaign_title=self.campaign.title,
            chapter=state.chapter, chapter_title=chapter_title, place=world.world.title,
            map=world.world.name, play_ticks=state.ticks, saved_at=time.time(),
            game_version=__version__, player=self.player_name(),
            file_ticks=self.game.speedrun.file_time(self.game))
        picture = None
        if thumbnail:
            picture = capture_thumbnail(self.game, self.game.stack.find(PauseScene))
        return SaveData(meta, data, place, dialogue, picture)

    def save_to(self, slot: str, kind: str = "manual", *, thumbnail: bool = True) -> str | None:
        """Save the run to a slot; None when saved, else why not (for the menu)."""
        if self.game.saves is None or not self.playing:
            return "there is no game to save"
        try:
            self.game.saves.write(slot, self.make_save(kind, thumbnail=thumbnail))
        except OSError as exc:
            return f"the disk refused ({exc.strerror or exc})"
        self.remember_read()
        self._saved_progress = self._progress()
        return None

    def autosave(self, slot: str, kind: str) -> None:
        problem = self.save_to(slot, kind)
        if problem is not None and problem != "there is no game to save":
            self.game.notices.append(f"autosave failed: {problem}")

    def remember_read(self) -> None:
        """Add this run's lines to the text read across playthroughs, and write it."""
        read = self.game.read_text
        if read is None or self.campaign is None:
            return
        read.add(self.campaign.id, self.game.state.story.seen_lines)
        try:
            read.save()
        except OSError as exc:
            self.game.notices.append(f"cannot keep the text read: {exc}")

    def quitting(self) -> None:
        """The game closes: autosave the run (a minigame or debate at its start)."""
        try:
            if self.playing:
                self.autosave(QUIT, "quit")
        except Exception as exc:  # the run's state may be what broke: keep the old saves
            write_log(exc, ["while autosaving on quitting"])
        self.remember_read()

    def _progress(self) -> str:
        """What the player would lose by leaving now, as one text (not the clock, the
        generator or play time)."""
        if not self.playing:
            return ""
        data = self.make_save(thumbnail=False)
        state = {k: v for k, v in data.state.items() if k not in ("rng", "ticks")}
        world = data.world
        return json.dumps([state, None if world is None else [world.map, world.x, world.y],
                           None if data.dialogue is None else data.dialogue.runner],
                          sort_keys=True, default=str)

    def unsaved(self) -> bool:
        return self.playing and self._progress() != self._saved_progress

    def continue_latest(self) -> None:
        latest = self.game.saves.latest() if self.game.saves is not None else None
        if latest is not None:
            self.load_slot(latest.slot)

    def load_slot(self, slot: str, *, backup: bool = False) -> None:
        """Load a slot (or its backup) after a fade; a notice says why when it cannot (a
        damaged file, a campaign that does not load, content a mod no longer provides)."""
        if self.game.saves is None:
            return
        try:
            save = self.game.saves.read(slot, backup=backup)
        except SaveError as exc:
            self._refuse("This save cannot be loaded", [f"{exc}."])
            return
        campaign = self.check_save(save)
        if campaign is not None:
            self.game.stack.push(Fade(self.game.stack, lambda: self.restore(save, campaign),
                                      out_ticks=20, in_ticks=20))

    def check_save(self, save: SaveData) -> Campaign | None:
        """The campaign to restore a save into, or None (and a notice saying what is
        missing) when the campaign does not load or lacks what the save names."""
        try:
            campaign = self.load(save.meta.campaign or str(save.state.get("campaign")))
        except StartError as exc:
            self._refuse("This save cannot be loaded", [str(exc)])
            return None
        content = self.library.resolver(campaign)
        known = KnownContent(campaign.nodes, content.listing("maps", ".tmx"),
                             campaign.evidence, [c.id for c in campaign.chapters])
        missing = missing_content(save, known)
        if missing:
            self._refuse("This save needs content that is missing", [
                "It names what the game and its mods no longer provide:",
                *(f"- {item}" for item in missing),
                "Bring back the mod that provided it, or load another save."])
            return None
        return campaign

    def restore(self, save: SaveData, campaign: Campaign | None = None) -> bool:
        """Put a run back as saved: the map and where everyone stands, the conversation
        and its backlog, the story, the generator. False when it cannot (see
        :meth:`check_save`; a notice says why)."""
        campaign = campaign or self.check_save(save)
        if campaign is None:
            return False
        state = save.game_state()
        rng = state.rng.getstate()
        self.game.new_run(state)
        self.campaign = campaign
        self.dialogue = None  # the conversation under way, if any, is left with its run
        self.backlog = []
        self.toasts = Toasts()
        self.game.use_content(self.library.resolver(campaign))
        world = save.world
        map_name = world.map if world is not None else (campaign.start.map
                                                         if campaign.start else None)
        try:
            if map_name is None:
                raise StartError(f"campaign {campaign.id!r} has no start map")
            self.overworld = self._overworld(map_name, None)
            if world is not None:
                self._place_people(world)
        except (ContentError, StartError) as exc:
            self.failed("This save cannot be loaded", exc)
            return False
        self.game.stack.clear(self.overworld)
        # timed as practice; the file time goes on from the save's (speedrun)
        self.game.speedrun.run_loaded(self.game, campaign, save.meta.file_ticks, director=self)
        if save.dialogue is not None:
            self.backlog = [BacklogEntry(b.name, b.spans, b.color) for b in save.dialogue.backlog]
            try:
                runner = Runner.restore(campaign, state.story, save.dialogue.runner,
                                        state.rng)
            except (ValueError, IndexError, KeyError, TypeError) as exc:
                self.failed("The conversation in this save cannot be restored", exc)
                return False
            if not runner.finished:
                look = DialogueLook(self.game.images, campaign)
                self.dialogue = DialogueScene(self.game, runner, look, _Hooks(self),
                                              self.backlog, toasts=self.toasts)
                self.dialogue.on_pause = self.pause
                self.game.stack.push(self.dialogue)
        state.rng.setstate(rng)  # (building the map drew from it: back to the saved state)
        self._saved_progress = self._progress()
        return True

    def _place_people(self, world: WorldPlace) -> None:
        assert self.overworld is not None
        overworld = self.overworld.world
        for npc in world.npcs:
            actor = overworld.npc(npc.name)
            if actor is None:
                continue
            overworld.place_npc(npc.name, (npc.x // SUB, npc.y // SUB), Facing.parse(npc.facing))
            actor.x, actor.y, actor.idle = npc.x, npc.y, npc.idle
            actor.remember_position()
        overworld.place_player((world.x // SUB, world.y // SUB), Facing.parse(world.facing))
        overworld.player.x, overworld.player.y = world.x, world.y
        overworld.player.remember_position()

    def _refuse(self, title: str, lines: list[str]) -> None:
        """A load that cannot happen: say why, over whatever is on screen."""
        if not len(self.game.stack):
            self.title()
        self.game.stack.push(NoticeScene(self.game, title, lines))

    # --- the error screen ------------------------------------------------------------------
    def crashed(self, error: Exception) -> None:
        """Something unexpected broke during play: log it, autosave when possible, and
        show the error screen (which offers the title)."""
        context = [f"campaign {self.game.state.campaign}, chapter {self.game.state.chapter}, "
                   f"tick {self.game.state.ticks}",
                   "scenes: " + ", ".join(type(s).__name__ for s in self.game.stack.scenes)]
        log = write_log(error, context)
        saved = None
        if self.playing and self.game.saves is not None:
            try:
                if self.save_to(ERROR, "error", thumbnail=False) is None:
                    saved = "load \"Autosave: before an error\" to go on from there"
            except Exception:  # the run's state may be what broke: no autosave then
                saved = None
        self.overworld = self.dialogue = None
        self.game.stack.discard_pending()  # (changes asked for by the tick that broke)
        self.game.stack.clear(ErrorScene(self.game, summary(error), log, saved, self.title))


class _Hooks:
    """What dialogue asks of the game, done by the director."""

    def __init__(self, director: Director) -> None:
        self.director = director
        self.game = director.game

    def warp(self, map_name: str, spawn: str | None, done: Callable[[], None]) -> None:
        overworld = self.director.overworld
        assert overworld is not None

        def change() -> None:
            if overworld.change_map(map_name, spawn):
                done()

        self.game.stack.push(Fade(self.game.stack, change))

    def minigame(self, level: str, program: str | None, program_text: str | None,
                 done: Callable[[MinigameResult], None]) -> None:
        """The debugger on this level; the dialogue gets won / lost / gave up, the
        simulation ticks and, when won, the program's text (kept in the story for a
        later ``program:``). The program the player won level ``program`` with
        (``program_text``) is offered to the debugger once it takes one
        (``offered_program=<text>, offered_from=<level id>``)."""
        from game.dialogue.patches import level_editor, level_patches
        from game.nanobots.debugger import DebuggerScene

        campaign = self.director.campaign
        path = campaign.catalog.levels.get(level) if campaign and campaign.catalog else None
        extra: dict[str, Any] = {}
        takes = inspect.signature(DebuggerScene).parameters
        if program_text is not None and OFFER_PROGRAM in takes:
            extra[OFFER_PROGRAM] = program_text
            if OFFER_FROM in takes:
                extra[OFFER_FROM] = program
        patches = level_patches(campaign, level)
        if patches:  # a mod's level patches: the level as this campaign plays it
            extra["edit"] = level_editor(patches)
        scenes: list[Any] = []
        scene = DebuggerScene(self.game, level,
                              lambda result: done(minigame_result(result, scenes[0])),
                              path=Path(path) if path else None, **extra)
        scenes.append(scene)
        self.game.stack.push(scene)

    def switch_player(self, character: str) -> None:
        self.game.state.player = character
        if self.director.overworld is not None:
            self.director.overworld.world.player.character = character

    def chapter(self, chapter_id: str, done: Callable[[], None]) -> None:
        """A chapter starts: the places the story gave people are forgotten, the game
        autosaves (the chapter's own slot, which chapter select loads), and its title
        card shows ("Chapter 3" and its title) for two seconds."""
        self.game.state.chapter = chapter_id
        self.game.state.placements.clear()
        campaign = self.director.campaign
        chapter = campaign.chapter(chapter_id) if campaign is not None else None
        if campaign is not None and chapter is not None and self.game.saves is not None:
            self.director.autosave(chapter_slot(campaign.id, chapter_id), "chapter")
        if chapter is None:
            done()
            return
        self.game.stack.push(CardScene(self.game, f"Chapter {chapter.number}", chapter.title,
                                       done, ticks=CHAPTER_CARD_TICKS))

    def move(self, who: str, to: str, instant: bool, done: Callable[[], None]) -> None:
        """Someone on this map walks to a spawn or spot (or is put there at once); the
        place is kept for the rest of the chapter. Nobody of that name on this map, or
        no such point: nothing happens (lint warns about names no map has)."""
        scene = self.director.overworld
        overworld = scene.world if scene is not None else None
        point = overworld.world.point(to) if overworld is not None else None
        if scene is None or overworld is None or point is None or overworld.npc(who) is None:
            done()
            return
        facing = Facing.parse(point.prop("facing")) if point.prop("facing") else None

        def arrived() -> None:
            world = scene.world  # (the map's people may have been rebuilt meanwhile)
            npc = world.npc(who)
            if npc is not None:
                world.place_npc(who, point.feet, facing)
                self.game.state.place(world.world.name, who, point.feet,
                                      npc.facing.name.lower())
            done()

        if instant:
            overworld.place_npc(who, point.feet, facing)
            arrived()
            return
        overworld.walk_npc(who, point.feet)
        if not overworld.walking:
            arrived()
            return
        self.game.stack.push(WalkScene(self.game, scene, arrived))

    def ending(self, ending_id: str, done: Callable[[], None]) -> None:
        """The story is over: the ending's card, the credits, then the title (the
        dialogue is never handed back; the ``ending`` variable says which ending)."""
        campaign = self.director.campaign
        ending = campaign.endings.get(ending_id) if campaign is not None else None
        title = ending.title if ending is not None else ending_id.replace("_", " ").title()
        text = ending.description if ending is not None else ""
        lines = campaign.credits if campaign is not None else ()
        story_title = campaign.title if campaign is not None else ""

        def credits() -> None:
            self.game.stack.push(CreditsScene(self.game, story_title, lines,
                                              self.director.to_title))

        self.game.stack.push(CardScene(self.game, "Ending", title, credits, text=text,
                                       ticks=ENDING_CARD_TICKS, hint="Z to continue"))

    def split(self, name: str) -> None:
        self.game.splits.append((name, self.game.state.ticks))

    def sound(self, cue: str) -> None:
        self.game.audio.play(cue)

    def finished(self) -> None:
        self.director.dialogue = None
        if self.director.overworld is not None:
            self.director.overworld.refresh_people()



def minigame_result(result: Any, scene: Any = None) -> MinigameResult:
    """What the story keeps of a level's result (``LevelResult``): won, lost or gave up,
    the simulation ticks and, when won, the program's text — from the result if it
    carries one, else from the debugger's session."""
    metrics = getattr(result, "metrics", None) or {}
    won = bool(getattr(result, "won", False))
    reason = metrics.get("reason")
    outcome = "won" if won else "gave_up" if reason in ("gave_up", "level_error") else "lost"
    steps = metrics.get("steps", 0)
    ticks = steps if isinstance(steps, int) and not isinstance(steps, bool) else 0
    program = None
    if won:
        program = getattr(result, "program", None) or metrics.get("program")
        session = getattr(scene, "session", None)
        if program is None and session is not None:
            program = session.program.text()
        if program is not None and not isinstance(program, str):
            text = getattr(program, "text", None)
            program = text() if callable(text) else str(program)
    return MinigameResult(outcome, ticks, program)
