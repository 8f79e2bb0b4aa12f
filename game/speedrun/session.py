"""The speedrun object the game holds (``game.speedrun``): one per process.

It is told about each logic tick (:meth:`Speedrun.before_tick` with the tick's input,
:meth:`Speedrun.after_tick` once the tick ran) and about the start of each run
(:meth:`Speedrun.run_began`). From that alone it

- records the run's input and a checksum of its state every second (the replay);
- runs the category timer: file time, category time, the segments from the
  dialogue's ``split`` steps and the map's split triggers (``game.splits``), the
  category's end;
- keeps the personal best, golds and sum of best, and saves them and the replays in
  the data folder (off the game loop);
- tells LiveSplit and LiveSplit One (:mod:`game.speedrun.livesplit`), whose sending
  happens on threads of their own.

It looks at the scene stack through attributes only (the top scene's ``world``, a
dialogue's ``runner.current``), so it imports nothing that draws.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.dialogue.model import Campaign, Category
from game.engine.input import InputFrame
from game.speedrun import checksum as cs
from game.speedrun.categories import find_category, new_game_category, practice_category
from game.speedrun.records import Records, RecordStore
from game.speedrun.replay import CHECKPOINT_EVERY, SUFFIX, Header, Replay, Result, make_header
from game.speedrun.timer import Phase, RunTimer

#: Scenes during which the timers stand still (the pause menu and what it opens, the
#: title and its menus). A scene anywhere on the stack counts.
PAUSING = frozenset({"PauseScene", "EvidenceScene", "SettingsScene", "TitleScene",
                     "CampaignSelect", "PracticeScene", "RecordsScene"})
#: Scenes that mean the run is over (back on the title).
LEAVING = frozenset({"TitleScene"})
#: How often game time is sent to LiveSplit while a run is on (ticks).
GAME_TIME_EVERY = 6


class Link:
    """Something told about the run (LiveSplit, LiveSplit One, a test)."""

    def send(self, command: str, ticks: int = 0) -> None: ...

    def close(self) -> None: ...


@dataclass
class Recording:
    header: Header
    frames: list[InputFrame] = field(default_factory=list)
    checkpoints: list[tuple[int, str]] = field(default_factory=list)
    inputs: cs.InputChain = field(default_factory=cs.InputChain)
    first_tick: int | None = None  # the run tick count when the first frame was fed


@dataclass
class PracticeState:
    """A practice save-state: a category's start and the input up to a tick. Loading
    it plays that input again from the start, headless and fast, so the state is the
    same to the bit (:func:`game.speedrun.play.load_state`)."""

    campaign: str
    category: str
    seed: int
    frames: list[InputFrame]
    run_tick: int


class Speedrun:
    def __init__(self, *, store: RecordStore | None = None, links: Sequence[Link] = (),
                 save: bool = True, described: bool = True) -> None:
        self.store = store
        #: False: runs' headers leave out the content hashes and library versions (the
        #: replay verifier's own runs, never written; see :func:`make_header`).
        self.described = described
        self.links: list[Link] = list(links)
        self.save = save and store is not None
        self.campaign: str | None = None
        self.category: Category | None = None
        self.timer: RunTimer | None = None
        self.records: Records | None = None
        self.recording: Recording | None = None
        #: What the next run is (set by a practice or category start; None: New Game).
        self.pending: tuple[str, bool] | None = None
        self.states: dict[int, PracticeState] = {}
        #: Short messages for the overlay ("New personal best", "Gold: Panel 1").
        self.messages: list[str] = []
        self.last_replay: Path | None = None
        #: The director runs are started with (practice keys need it).
        self.director: Any = None
        self.finished_runs: list[tuple[RunTimer, Replay]] = []
        self.on_finish: Callable[[RunTimer, Replay], None] | None = None
        self._state: object = None
        self._in_tick = False
        self._counting = True
        self._control = False
        self._splits_seen = 0
        self._writers: list[threading.Thread] = []
        #: The run was restored from a save (timed; its replay is not kept: it does not
        #: begin at a category's start, so nothing could verify it).
        self.loaded = False
        #: Lines the run's fast-forward may skip as read before (see :meth:`run_began`).
        self.read_snapshot: frozenset[str] = frozenset()

    # --- runs --------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.timer is not None and self.timer.phase in (Phase.WAITING, Phase.RUNNING)

    @property
    def practice(self) -> bool:
        return self.timer is not None and self.timer.practice

    def owns(self, game: Any) -> bool:
        """The game's current run is the one being timed."""
        return self._state is game.state

    def start_next(self, category: str, practice: bool = False) -> None:
        """The next run to begin is this category (``chapter:<id>`` for a chapter's
        practice start)."""
        self.pending = (category, practice)

    def run_began(self, game: Any, campaign: Campaign, *, new_game: bool = True,
                  director: Any = None) -> None:
        """A run began (``Director.begin``): from New Game, a category's start, or a
        debugging start (``--map``/``--node``: ``new_game=False``, timed as practice).
        ``director`` is kept for the practice keys (quick reset, states)."""
        if director is not None:
            self.director = director
        if self._state is game.state:
            return  # told twice (the director and a category start): once is enough
        self.abandon(game)
        pending, self.pending = self.pending, None
        category: Category | None = None
        practice = False
        if pending is not None:
            category_id, practice = pending
            if category_id.startswith("chapter:"):
                category, practice = practice_category(campaign, category_id[8:]), True
            else:
                category = find_category(campaign, category_id)
        elif new_game:
            category = new_game_category(campaign)
        if category is None:
            category = practice_category(campaign, game.state.chapter or "start")
            practice = True
        self._state = game.state
        self.campaign = campaign.id
        self.category = category
        self.timer = RunTimer(category, practice=practice)
        self.records = self.store.load(campaign.id, category.id, category.segments) \
            if self.store is not None and not category.id.startswith("chapter:") else None
        header = make_header(campaign=campaign, category=category.id, practice=practice,
                             seed=game.state.seed, settings=game.settings,
                             packs=game.content.packs, first_tick=0,
                             described=self.described)
        # what fast-forward may skip in this run: the lines read in earlier playthroughs,
        # fixed now and kept in the replay (none in speedrun mode: a run never depends on
        # what this player read before)
        read_text = getattr(game, "read_text", None)
        speedrun_mode = bool(getattr(game.settings, "speedrun", False))
        self.read_snapshot = read_text.ids(campaign.id) \
            if read_text is not None and not speedrun_mode else frozenset()
        header.read_before = sorted(self.read_snapshot)
        self.recording = Recording(header)
        self._splits_seen = len(game.splits)
        self.messages = []
        self.loaded = False

    def run_loaded(self, game: Any, campaign: Campaign, file_ticks: int | None, *,
                   director: Any = None) -> None:
        """A run restored from a save (``Director.restore``): timed as practice of its
        chapter (never a personal best), its file time going on from the save's
        (``file_ticks``; None: unknown, an older save)."""
        self.start_next(f"chapter:{game.state.chapter or 'start'}", practice=True)
        self.run_began(game, campaign, new_game=False, director=director)
        if self.timer is not None and self.owns(game):
            self.timer.file_before = file_ticks
            self.loaded = True

    def file_time(self, game: Any) -> int | None:
        """The file time of the game's run, for a save (None: not known)."""
        if self.timer is None or not self.owns(game):
            return None
        return self.timer.file_time

    def mark_practice(self) -> None:
        """A practice state was loaded: this run can never be a personal best."""
        if self.timer is not None:
            self.timer.practice = True
        if self.recording is not None:
            self.recording.header.practice = True

    # --- ticks -------------------------------------------------------------------------------
    def before_tick(self, game: Any, frame: InputFrame) -> None:
        """Called with each tick's input before the scenes see it."""
        if self._in_tick:
            return
        self._in_tick = True
        if self.timer is None or self._state is not game.state or self.recording is None:
            return
        rec = self.recording
        if rec.first_tick is None:
            rec.first_tick = game.state.ticks
            rec.header.first_tick = game.state.ticks
        rec.frames.append(frame)
        rec.inputs.add(frame)
        names = {type(scene).__name__ for scene in game.stack.scenes}
        self._counting = not (names & PAUSING)
        self._control = _has_control(game)

    def after_tick(self, game: Any) -> None:
        """Called once the tick ran (``state.ticks`` counts it)."""
        if not self._in_tick:
            return
        self._in_tick = False
        _take_trigger_splits(game)
        timer, rec = self.timer, self.recording
        if timer is None or rec is None or self._state is not game.state \
                or rec.first_tick is None:
            return
        tick = game.state.ticks
        if timer.phase in (Phase.WAITING, Phase.RUNNING):
            for event in timer.tick(tick, counting=self._counting, control=self._control):
                self._tell(event, timer)
            self._take_splits(game, timer)
            if timer.running and self._at_end(game, timer.category):
                for event in timer.finish(tick):
                    self._tell(event, timer)
            elif timer.running and timer.ticks % GAME_TIME_EVERY == 0:
                self._tell("gametime", timer)
        else:
            timer.tick_finished(counting=self._counting)
        if (tick - rec.first_tick) % CHECKPOINT_EVERY == 0:
            rec.checkpoints.append((tick, cs.checksum(game, rec.inputs)))
        if timer.finished and timer.ended_at == tick:
            self._finished(game)
        elif timer.phase is not Phase.FINISHED and \
                {type(s).__name__ for s in game.stack.scenes} & LEAVING:
            self.abandon(game)

    def _take_splits(self, game: Any, timer: RunTimer) -> None:
        splits = getattr(game, "splits", [])
        if len(splits) < self._splits_seen:
            self._splits_seen = 0
        for name, _ in splits[self._splits_seen:]:
            for event in timer.split(name):
                self._tell(event, timer)
            if timer.category.end_kind == "split" and name == timer.category.end_value:
                for event in timer.finish(game.state.ticks):
                    self._tell(event, timer)
        self._splits_seen = len(splits)

    @staticmethod
    def _at_end(game: Any, category: Category) -> bool:
        """Whether the dialogue stands on the category's end (the step the last input
        led to): a warp to the map, an ending, the next chapter."""
        return any(_is_end(getattr(getattr(scene, "runner", None), "current", None), category)
                   for scene in game.stack.scenes)

    # --- the end of a run ----------------------------------------------------------------------
    def replay(self, game: Any) -> Replay | None:
        """The run so far as a replay."""
        timer, rec = self.timer, self.recording
        if timer is None or rec is None:
            return None
        result = Result(ticks=len(rec.frames), finished=timer.finished,
                        category_ticks=timer.ticks if timer.started_at is not None else None,
                        file_ticks=timer.file_ticks,
                        splits=list(zip(timer.category.segments, timer.splits, strict=False)),
                        final_hash=cs.final_hash(game, rec.inputs))
        return Replay(rec.header, list(rec.frames), list(rec.checkpoints), result)

    def _finished(self, game: Any) -> None:
        timer = self.timer
        replay = self.replay(game)
        assert timer is not None and replay is not None
        self.finished_runs.append((timer, replay))
        if self.on_finish is not None:
            self.on_finish(timer, replay)
        self._keep(timer, replay, finished=True)

    def abandon(self, game: Any = None) -> None:
        """The run was left (reset, back to the title, another run began)."""
        timer = self.timer
        if timer is None or timer.phase not in (Phase.WAITING, Phase.RUNNING):
            return
        started = timer.phase is Phase.RUNNING
        for event in timer.abandon():
            self._tell(event, timer)
        replay = self.replay(game) if game is not None and started else None
        if replay is not None:
            self._keep(timer, replay, finished=False)

    def _keep(self, timer: RunTimer, replay: Replay, *, finished: bool) -> None:
        """Count the attempt, note PBs and golds, save records and replays (a thread)."""
        records = self.records
        new_pb = False
        if records is not None and not timer.practice:
            new_pb, golds = records.add(list(timer.splits), finished)
            self.messages += [f"Gold: {records.segments[i]}" for i in golds]
            if new_pb:
                self.messages.append("New personal best")
                records.pb_replay = f"{_file(timer.category.id)}-pb{SUFFIX}"
        if not self.save or self.store is None or self.campaign is None or self.loaded:
            return
        store, folder = self.store, self.store.folder(self.campaign)
        last = folder / f"{_file(timer.category.id)}-last{SUFFIX}"
        self.last_replay = last
        snapshot = copy.deepcopy(records)

        def write() -> None:
            replay.write(last)
            if new_pb and snapshot is not None and snapshot.pb_replay:
                replay.write(folder / snapshot.pb_replay)
            if snapshot is not None and not timer.practice:
                store.save(snapshot)

        writer = threading.Thread(target=write, name="speedrun-save", daemon=False)
        writer.start()
        self._writers.append(writer)

    def flush(self) -> None:
        """Wait for records and replays being written."""
        for writer in self._writers:
            writer.join()
        self._writers.clear()

    # --- practice states ---------------------------------------------------------------------
    def save_state(self, game: Any, slot: int = 0) -> PracticeState | None:
        """Keep the run up to now (practice): its start and its input."""
        rec, timer = self.recording, self.timer
        if rec is None or timer is None or self.campaign is None:
            return None
        self.mark_practice()
        state = PracticeState(self.campaign, rec.header.category, rec.header.seed,
                              list(rec.frames), game.state.ticks)
        self.states[slot] = state
        return state

    # --- links -------------------------------------------------------------------------------
    def _tell(self, event: str, timer: RunTimer) -> None:
        for link in self.links:
            link.send(event, timer.ticks)

    def close(self) -> None:
        self.flush()
        for link in self.links:
            link.close()


def _take_trigger_splits(game: Any) -> None:
    """The split triggers the player entered this tick join the dialogue's splits
    (``game.splits``, the one split path), each name once per run."""
    for scene in game.stack.scenes:
        take = getattr(getattr(scene, "world", None), "take_splits", None)
        if take is None:
            continue
        for name in take():
            if all(name != taken for taken, _ in game.splits):
                game.splits.append((name, game.state.ticks))


def _is_end(event: Any, category: Category) -> bool:
    kind, value = type(event).__name__, category.end_value
    if category.end_kind == "warp":
        return kind == "Warp" and getattr(event, "map", None) == value
    if category.end_kind == "ending":
        return kind == "EndingReached" and value in ("any", getattr(event, "ending_id", None))
    if category.end_kind == "chapter":
        return kind == "ChapterStart" and getattr(event, "chapter_id", None) != category.chapter
    return False


def _has_control(game: Any) -> bool:
    """The player can move: the scene on top is the map (no dialogue, card or fade)."""
    top = game.stack.top
    world = getattr(top, "world", None)
    return world is not None and hasattr(world, "player") and hasattr(world, "npcs")


def _file(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name)
