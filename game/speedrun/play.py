"""Playing the game for speedrunning: category starts, verifying and watching replays,
practice states and the quick reset.

These functions build and tick the real game (director, scenes), so they import the
view side when called; the module itself imports nothing that draws.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.engine.input import EMPTY, InputFrame
from game.speedrun import checksum as cs
from game.speedrun.categories import find_category
from game.speedrun.records import RecordStore
from game.speedrun.replay import Replay, ReplayError, read_replay, refusal
from game.speedrun.session import Link, PracticeState, Speedrun
from game.speedrun.timing import TICKS_PER_SECOND, format_time

#: Ticks a category start may take before the run begins (the fade out).
START_TICKS = 120
#: The fade from the menu into a category's start, as New Game's.
FADE_OUT, FADE_IN = 20, 20


class StartProblem(Exception):
    """A category or chapter that cannot be started; the message says why."""


def speedrun_of(game: Any) -> Speedrun:
    """The game's speedrun object, made (without records or links) if it has none."""
    found = getattr(game, "speedrun", None)
    if not isinstance(found, Speedrun):
        found = Speedrun()
        game.speedrun = found
    return found


def attach(game: Any, *, livesplit: str | None = None, livesplit_one: str | None = None,
           records: bool = True) -> Speedrun:
    """Give the game its speedrun object with records in the data folder and the
    LiveSplit links asked for (``HOST:PORT``; LiveSplit One: ``PORT`` or ``HOST:PORT``)."""
    from game.speedrun.livesplit import LiveSplitOneServer, LiveSplitServerClient, address

    links: list[Link] = []
    if livesplit:
        links.append(LiveSplitServerClient(*address(livesplit, "127.0.0.1", 16834)).start())
    if livesplit_one:
        links.append(LiveSplitOneServer(*address(livesplit_one, "127.0.0.1", 16835)).start())
    speedrun = Speedrun(store=RecordStore() if records else None, links=links)
    game.speedrun = speedrun
    return speedrun


def tick(game: Any, frame: InputFrame) -> None:
    """One tick of the game with the speedrun told about it (safe when ``Game.tick``
    tells it too: each tick is counted once)."""
    speedrun = speedrun_of(game)
    speedrun.before_tick(game, frame)
    game.tick(frame)
    speedrun.after_tick(game)


def start_category(director: Any, campaign_id: str, category_id: str, *,
                   practice: bool = False, fade: bool = True) -> None:
    """Begin a run of a category (``chapter:<id>`` for a chapter's practice start) as
    the practice menu and the replay verifier do: a fade, then the category's start."""
    from game.director import StartError, StartOptions

    game = director.game
    try:
        campaign = director.load(campaign_id)
    except StartError as exc:
        raise StartProblem(str(exc)) from None
    if category_id.startswith("chapter:"):
        chapter_id, seed = category_id[8:], None
    else:
        category = find_category(campaign, category_id)
        if category is None:
            raise StartProblem(f"campaign {campaign_id!r} has no speedrun category "
                               f"{category_id!r}")
        chapter_id, seed = category.chapter, category.seed
    options = StartOptions(campaign_id)
    if chapter_id is not None:
        chapter = campaign.chapter(chapter_id)
        if chapter is None or chapter.map is None:
            raise StartProblem(f"campaign {campaign_id!r} has no chapter {chapter_id!r} with "
                               "a map to start on")
        options = StartOptions(campaign_id, map=chapter.map, spawn=chapter.spawn,
                               node=chapter.node)
    if seed is not None:
        director.seed = seed
    speedrun = speedrun_of(game)

    def begin() -> None:
        speedrun.start_next(category_id, practice)
        try:
            director.begin(options)
        except StartError as exc:
            director.failed("This run cannot start", exc)
            return
        assert director.campaign is not None
        speedrun.run_began(game, director.campaign, director=director)

    if fade:
        from game.engine.fade import Fade

        game.stack.push(Fade(game.stack, begin, out_ticks=FADE_OUT, in_ticks=FADE_IN))
    else:
        begin()


def quick_reset(director: Any) -> bool:
    """Back to the start of the category being run (practice's quick reset): a fresh
    attempt (a chapter's start stays practice)."""
    speedrun = speedrun_of(director.game)
    if speedrun.campaign is None or speedrun.category is None:
        return False
    speedrun.abandon(director.game)
    start_category(director, speedrun.campaign, speedrun.category.id)
    return True


def load_state(director: Any, state: PracticeState) -> None:
    """Back to a practice save-state: its start, then its input again, headless and as
    fast as the machine goes (the run is marked practice)."""
    game = director.game
    start_category(director, state.campaign, state.category, practice=True)
    wait_for_start(game)
    for frame in state.frames:
        tick(game, frame)
    speedrun_of(game).mark_practice()


def began(game: Any) -> bool:
    """A run has begun and no input of it has been played yet."""
    speedrun = speedrun_of(game)
    rec = speedrun.recording
    return rec is not None and rec.first_tick is None and speedrun.owns(game)


def wait_for_start(game: Any) -> None:
    """Tick without input through a category start's fade until the run begins (as a
    recording does: input is recorded from the run's first tick on)."""
    for _ in range(START_TICKS):
        if began(game):
            return
        tick(game, EMPTY)


#: The practice keys (window keys: never recorded as input).
PRACTICE_KEYS = {"f6": "save state", "f7": "load state", "f8": "quick reset"}


def practice_key(game: Any, key: str) -> bool:
    """F8: back to the category's start; F6: save a practice state; F7: load it. Saving
    or loading marks the run as practice. Returns whether the key was used."""
    speedrun = speedrun_of(game)
    director = speedrun.director
    if director is None or speedrun.campaign is None or key not in PRACTICE_KEYS:
        return False
    if key == "f8":
        return quick_reset(director)
    if key == "f6":
        saved = speedrun.save_state(game) is not None
        if saved:
            speedrun.messages.append("State saved (practice)")
        return saved
    state = speedrun.states.get(0)
    if state is None:
        return False
    load_state(director, state)
    speedrun.messages.append("State loaded (practice)")
    return True


# --- verification ---------------------------------------------------------------------------
@dataclass
class Verdict:
    ok: bool
    message: str
    ticks: int = 0  # run ticks played
    category_ticks: int | None = None
    finished: bool = False
    final_hash: str = ""
    failed_tick: int | None = None
    differed: list[str] = field(default_factory=list)
    seconds: float = 0.0  # the whole verification, reading the content included
    play_seconds: float = 0.0  # the ticks alone
    refused: bool = False
    splits: list[tuple[str, int | None]] = field(default_factory=list)

    @property
    def speed(self) -> float:
        """Times faster than real time."""
        return self.ticks / TICKS_PER_SECOND / self.seconds if self.seconds > 0 else 0.0

    @property
    def play_speed(self) -> float:
        """Times faster than real time, the ticks alone (start-up left out)."""
        return self.ticks / TICKS_PER_SECOND / self.play_seconds if self.play_seconds else 0.0

    @property
    def time(self) -> str:
        return format_time(self.category_ticks) if self.category_ticks is not None else "-"


def _headless_game(replay: Replay, mods: Sequence[Path]) -> tuple[Any, Any]:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    from game.director import Director
    from game.engine.screen import HEIGHT, WIDTH
    from game.gamestate import GameState
    from game.services import Game
    from game.settings import Settings

    pygame.display.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((WIDTH, HEIGHT))
    header = replay.header
    settings = Settings()
    for name, value in header.settings.items():
        if hasattr(settings, name) and type(getattr(settings, name)) is type(value):
            setattr(settings, name, value)
    game = Game(GameState(seed=header.seed), settings)
    game.read_text = _ReadAtStart(header.read_before)  # type: ignore[assignment]
    director = Director(game, seed=header.seed, mods=mods)
    return game, director


class _ReadAtStart:
    """The lines a recorded run counted as read before it began (from its header)."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = frozenset(lines)

    def ids(self, campaign: str | None) -> frozenset[str]:
        return self.lines

    def has(self, campaign: str | None, line_id: str) -> bool:
        return line_id in self.lines

    def add(self, campaign: str | None, line_ids: object) -> None:
        pass  # verifying reads nothing for good

    def save(self) -> None:
        pass


def _load_once(director: Any, campaign: Any) -> None:
    """Reading a campaign takes a while: this director reads it once (a verifier's own
    director; the game's reads it again on each start, as it should)."""
    read = director.load

    def load(campaign_id: str) -> Any:
        return campaign if campaign_id == campaign.id else read(campaign_id)

    director.load = load


def verify(replay: Replay | Path, *, mods: Sequence[Path] = (),
           check_content: bool = True) -> Verdict:
    """Play a replay headless and compare every checksum; ``ok`` only on a full match."""
    began = time.perf_counter()
    try:
        loaded = read_replay(replay) if isinstance(replay, Path) else replay
    except ReplayError as exc:
        return Verdict(False, str(exc), refused=True)
    header = loaded.header
    game, director = _headless_game(loaded, mods)
    game.audio.enabled = False  # no mixer, no music read in threads: sound changes no tick
    try:
        campaign = director.load(header.campaign)
    except Exception as exc:  # StartError: the campaign does not load here
        return Verdict(False, f"refused: {exc}", refused=True)
    packs = director.library.resolver(campaign).packs
    _load_once(director, campaign)
    reason = refusal(header, packs=packs, campaign=campaign, check_content=check_content)
    if reason is not None:
        return Verdict(False, f"refused: {reason}", failed_tick=0, refused=True)
    speedrun = Speedrun(described=False)  # (its header is never written: no hashes)
    game.speedrun = speedrun
    try:
        start_category(director, header.campaign, header.category, practice=header.practice)
    except StartProblem as exc:
        return Verdict(False, f"refused: {exc}", refused=True)
    wait_for_start(game)
    playing = time.perf_counter()
    verdict = _play_and_compare(game, speedrun, loaded)
    verdict.play_seconds = time.perf_counter() - playing
    verdict.seconds = time.perf_counter() - began
    return verdict


def _play_and_compare(game: Any, speedrun: Speedrun, replay: Replay) -> Verdict:
    header = replay.header
    if game.state.ticks != header.first_tick:
        return Verdict(False, f"the run began at tick {game.state.ticks}, the replay at tick "
                              f"{header.first_tick}", failed_tick=header.first_tick)
    expected = dict(replay.checkpoints)
    checked = 0
    for frame in replay.frames:
        tick(game, frame)
        rec = speedrun.recording
        assert rec is not None
        while checked < len(rec.checkpoints):
            at, got = rec.checkpoints[checked]
            checked += 1
            want = expected.get(at)
            if want is None:
                return Verdict(False, f"tick {at}: the replay has no checksum for this tick "
                                      "(checksums removed or moved)", ticks=len(rec.frames),
                               failed_tick=at, differed=["checkpoints"])
            if want != got:
                parts = cs.differing(want, got)
                return Verdict(False, f"tick {at}: the state differs from the replay's "
                                      f"checksum ({', '.join(parts)})",
                               ticks=len(rec.frames), failed_tick=at, differed=parts)
    rec = speedrun.recording
    assert rec is not None
    if checked != len(replay.checkpoints):
        extra = next(t for t, _ in replay.checkpoints if t not in dict(rec.checkpoints))
        return Verdict(False, f"tick {extra}: the replay has a checksum for a tick the run "
                              "never reached", ticks=len(rec.frames), failed_tick=extra,
                       differed=["checkpoints"])
    mine = speedrun.replay(game)
    assert mine is not None
    result = mine.result
    verdict = Verdict(True, "ok", ticks=len(rec.frames), category_ticks=result.category_ticks,
                      finished=result.finished, final_hash=result.final_hash,
                      splits=result.splits)
    claimed = replay.result
    mismatches = [name for name, a, b in (
        ("the final state", claimed.final_hash, result.final_hash),
        ("the in-game time", claimed.category_ticks, result.category_ticks),
        ("whether the run finished", claimed.finished, result.finished),
        ("the splits", [list(s) for s in claimed.splits], [list(s) for s in result.splits]),
    ) if a != b]
    if mismatches:
        verdict.ok = False
        verdict.failed_tick = game.state.ticks
        verdict.differed = mismatches
        verdict.message = (f"tick {game.state.ticks}: the replay's result differs: "
                           + ", ".join(mismatches))
    return verdict


# --- watching a replay ----------------------------------------------------------------------
def play(replay: Replay, *, speed: float = 1.0, mods: Sequence[Path] = (),
         scale: int = 2, max_frames: int | None = None,
         screenshot: Path | None = None) -> Verdict:
    """Show a replay in a window with the timer, ``speed`` times real time (Esc stops)."""
    import pygame

    from game.app import App
    from game.speedrun.overlay import draw_overlay

    game, director = _headless_game(replay, mods)
    speedrun = Speedrun()
    game.speedrun = speedrun
    start_category(director, replay.header.campaign, replay.header.category,
                   practice=replay.header.practice)
    app = App(game, scale=scale)
    app.open()
    frames: Iterable[InputFrame] = iter(replay.frames)
    opened = time.perf_counter()
    last, owed, shown = opened, 0.0, 0
    waiting = True
    while True:
        stop = False
        for event in pygame.event.get():
            if event.type == pygame.QUIT or (event.type == pygame.KEYDOWN
                                             and event.key == pygame.K_ESCAPE):
                stop = True
        now = time.perf_counter()
        owed = min(owed + (now - last) * TICKS_PER_SECOND * speed, 4000.0)
        last = now
        while owed >= 1 and not stop:
            owed -= 1
            if waiting and began(game):
                waiting = False
            frame = EMPTY if waiting else next(frames, None)  # type: ignore[call-overload]
            if frame is None:
                stop = True
                break
            tick(game, frame)
        app.draw(0.0)
        assert app.screen is not None
        draw_overlay(app.screen, speedrun, always=True)
        pygame.display.flip()
        shown += 1
        if stop or (max_frames is not None and shown >= max_frames):
            break
        pygame.time.wait(5)
    if screenshot is not None:
        app.save_screenshot(screenshot)
    timer = speedrun.timer
    ticks = timer.ticks if timer is not None and timer.started_at is not None else None
    return Verdict(True, "played", ticks=game.state.ticks, category_ticks=ticks,
                   seconds=time.perf_counter() - opened)


def run_frames(game: Any, frames: Iterable[InputFrame],
               each: Callable[[int], None] | None = None) -> None:
    """Feed frames with the speedrun told (headless tools)."""
    for index, frame in enumerate(frames):
        tick(game, frame)
        if each is not None:
            each(index)
