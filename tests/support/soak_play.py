"""A random player for the soak test (``tests/test_soak_scenes.py``): the real game
(``Game``, ``Director``, the scene stack; SDL's dummy drivers, saves in the test's data
folder) driven by seeded random input frames.

Every random draw comes from the ``random.Random`` the test hands in, so a seed gives
the same run every time. The input is random but biased per scene so that a run goes
everywhere a player can: it walks and talks on the map, reads, skips and rolls back
dialogue, answers debates, presses every debugger key, opens the pause menu and saves
and loads through it, and uses the title's Continue, Load, Chapter select, Practice and
Settings. Quitting (from the title or the pause menu) is taken as a restart: the game
shuts down as the window would (the autosave on quitting), then shows the title again.

A run is split into episodes; each starts somewhere: the title, a chapter's start, a
debate's node (declared variables and evidence drawn at random, as ``--node`` with
``--set`` would), or a debugger level alone (``--level``). Between episodes the game goes
back to the title, and :class:`Soak` measures the traced memory there (after a garbage
collection), so the samples compare like with like. A save of the run is checked at
random points (encoded and decoded, and often loaded back at once).
"""

from __future__ import annotations

import dataclasses
import gc
import os
import random
import time
import tracemalloc
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pygame

from game.dialogue.model import Campaign, DebateStep
from game.director import Director, StartOptions
from game.engine.input import Action, InputFrame
from game.engine.screen import HEIGHT, WIDTH, Screen
from game.gamestate import GameState
from game.paths import user_data_dir
from game.saves.format import decode, encode
from game.services import Game

A = Action

#: A gesture: the actions, and for how many ticks they are held (at least one).
Gesture = tuple[Action, int, int]

MENU_KEYS: list[tuple[float, Gesture]] = [
    (15, (A.UP, 1, 1)), (20, (A.DOWN, 1, 1)), (5, (A.LEFT, 1, 1)), (5, (A.RIGHT, 1, 1)),
    (4, (A.DOWN, 20, 40)),  # held: the menus' auto-repeat
    (25, (A.CONFIRM, 1, 2)), (10, (A.CANCEL, 1, 1)), (3, (A.MENU, 1, 1)),
    (8, (A.NONE, 1, 8)),
]
WALKING: list[tuple[float, Gesture]] = [
    (9, (A.UP, 4, 50)), (11, (A.DOWN, 4, 50)), (10, (A.LEFT, 4, 50)), (10, (A.RIGHT, 4, 50)),
    (3, (A.UP | A.LEFT, 4, 30)), (3, (A.DOWN | A.RIGHT, 4, 30)),
    (4, (A.LEFT | A.RUN, 10, 60)), (4, (A.RIGHT | A.RUN, 10, 60)),
    (3, (A.UP | A.RUN, 10, 60)), (3, (A.DOWN | A.RUN, 10, 60)),
    (22, (A.CONFIRM, 1, 1)),  # talk, examine, doors
    (3, (A.MENU, 1, 1)), (1, (A.CANCEL, 1, 1)), (1, (A.LOG | A.AUTO | A.SKIP, 1, 3)),
    (8, (A.NONE, 1, 20)),
]
READING: list[tuple[float, Gesture]] = [
    (45, (A.CONFIRM, 1, 1)), (10, (A.SKIP, 5, 40)), (2, (A.LOG, 1, 1)), (2, (A.AUTO, 1, 1)),
    (2, (A.ROLLBACK, 1, 1)), (3, (A.MENU, 1, 1)), (5, (A.UP, 1, 1)), (6, (A.DOWN, 1, 1)),
    (4, (A.LEFT, 1, 1)), (4, (A.RIGHT, 1, 1)), (3, (A.CANCEL, 1, 1)), (1, (A.RUN, 1, 10)),
    (10, (A.NONE, 1, 30)),
]
DEBUGGING: list[tuple[float, Gesture]] = [
    (8, (A.PLAY, 1, 1)), (8, (A.STEP, 1, 1)), (3, (A.STEP | A.RUN, 1, 1)),
    (5, (A.REWIND, 5, 60)), (2, (A.REWIND | A.RUN, 1, 20)), (3, (A.SLOWER, 1, 1)),
    (4, (A.FASTER, 1, 1)), (1, (A.FASTER | A.RUN, 1, 1)), (3, (A.OVERLAY, 1, 1)),
    (6, (A.UP, 1, 1)), (6, (A.DOWN, 1, 1)), (5, (A.LEFT, 1, 1)), (5, (A.RIGHT, 1, 1)),
    (2, (A.RIGHT | A.RUN, 1, 1)), (12, (A.CONFIRM, 1, 1)), (6, (A.CANCEL, 1, 1)),
    (4, (A.MENU, 1, 1)), (5, (A.NONE, 10, 200)),  # let the swarm run
]
WATCHING: list[tuple[float, Gesture]] = [  # cards, fades, walks, credits
    (30, (A.NONE, 1, 30)), (10, (A.CONFIRM, 1, 1)), (4, (A.SKIP, 5, 30)),
    (2, (A.CANCEL, 1, 1)), (2, (A.MENU, 1, 1)),
]

TABLES: dict[str, list[tuple[float, Gesture]]] = {
    "OverworldScene": WALKING, "DialogueScene": READING, "DebuggerScene": DEBUGGING,
    "CardScene": WATCHING, "CreditsScene": WATCHING, "Fade": WATCHING, "WalkScene": WATCHING,
}

#: How many times each item of the title and the pause menu is in the deck of goals
#: (others: once); below one, the chance it is in it at all. Quitting is a restart here
#: (the window closes, the game starts again): rare, or runs stay short.
GOALS: dict[str, dict[str, float]] = {
    "TitleScene": {"Continue": 2, "New game": 2, "Quit": 0.1},
    "PauseScene": {"Resume": 2, "Save": 3, "Load": 2, "Evidence": 2, "Return to title": 2,
                   "Quit game": 0.1},
}

#: How often a frame carries the pointer (hover), a click or a wheel step.
POINTER_CHANCE = 0.04


class RandomPlayer:
    """Input frames from a seeded generator, biased by the scene on top."""

    def __init__(self, rng: random.Random, campaign: str, pause_weight: float = 3) -> None:
        self.rng = rng
        self.campaign = campaign  # New game starts this one
        #: How often the menu key is pressed on the map and in dialogue (see the tables).
        self.pause_weight = pause_weight
        self._held = A.NONE
        self._left = 0
        #: A menu item being gone to: (the scene, the item's label, presses left).
        self._goal: tuple[Any, str, int] | None = None
        #: The items still to go to, per menu (see :meth:`_goal_press`).
        self._decks: dict[str, list[str]] = {}

    def frame(self, game: Game) -> InputFrame:
        top = game.stack.top
        if self._left <= 0:
            self._start(top)
            pressed = self._held
        else:
            pressed = A.NONE
        self._left -= 1
        frame = InputFrame(self._held, pressed)
        if self.rng.random() < POINTER_CHANCE:
            rng = self.rng
            frame = dataclasses.replace(
                frame, pointer=(rng.randrange(WIDTH), rng.randrange(HEIGHT)),
                click=rng.random() < 0.4, wheel=rng.choice((0, 0, 0, 1, -1)))
        return frame

    def _start(self, top: Any) -> None:
        name = type(top).__name__
        goal = self._goal_press(top, name)
        if goal is not None:
            self._held, self._left = goal, 1
            return
        table = TABLES.get(name, MENU_KEYS)
        weights = [self.pause_weight if table in (WALKING, READING) and g[0] == A.MENU else w
                   for w, g in table]
        actions, low, high = self.rng.choices([g for _, g in table], weights)[0]
        self._held = self._steer(top, name, actions)
        self._left = self.rng.randint(low, high)

    def _goal_press(self, top: Any, name: str) -> Action | None:
        """On the title and the pause menu, mostly go to an item and choose it: random
        keys alone seldom get four rows down. The items come from a shuffled deck (each
        item as often as :data:`GOALS` says), so a short run meets them all too. None: no
        goal now, play at random."""
        goals = GOALS.get(name)
        menu = getattr(top, "menu", None)
        if goals is None or menu is None:
            self._goal = None
            return None
        if self._goal is None or self._goal[0] is not top:
            self._goal = None
            if self.rng.random() < 0.25:
                return None
            label = self._draw_goal(name, goals, [i.label for i in menu.items],
                                    [i.label for i in menu.items if i.enabled])
            if label is None:
                return None
            self._goal = (top, label, len(menu.items))
        scene, label, left = self._goal
        if menu.current.label == label:
            self._goal = None
            return A.CONFIRM
        if left <= 0:  # (greyed out meanwhile)
            self._goal = None
            return None
        self._goal = (scene, label, left - 1)
        return A.DOWN

    def _draw_goal(self, name: str, goals: dict[str, float], labels: list[str],
                   enabled: list[str]) -> str | None:
        deck = self._decks.setdefault(name, [])
        for _ in range(2):
            for index, label in enumerate(deck):
                if label in enabled:  # (one greyed out now stays in the deck for later)
                    return deck.pop(index)
            deck[:] = [label for label in labels for _ in range(round(goals.get(label, 1)))]
            deck += [label for label in labels if goals.get(label, 1) < 1
                     and self.rng.random() < goals[label]]
            self.rng.shuffle(deck)
        return None

    def _steer(self, top: Any, name: str, actions: Action) -> Action:
        """Bias a few choices: start the campaign under test; quit seldom (a quit is a
        restart here, which would cut every run short)."""
        rng = self.rng
        if name == "CampaignSelect":
            wanted = next((i for i, c in enumerate(top.campaigns) if c.id == self.campaign), 0)
            if actions & A.CONFIRM and top.index != wanted and rng.random() < 0.9:
                return A.RIGHT
            if actions & A.CANCEL and rng.random() < 0.8:
                return A.CONFIRM
        return actions


# --- where an episode starts ---------------------------------------------------------------
def walk_steps(value: Any) -> Iterator[Any]:
    """Every step object inside a node's steps (choices, branches, debates, blocks)."""
    if isinstance(value, tuple | list):
        for item in value:
            yield from walk_steps(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        yield value
        for f in dataclasses.fields(value):
            yield from walk_steps(getattr(value, f.name))


def debate_nodes(campaign: Campaign) -> list[str]:
    """The campaign's nodes that hold a debate, in a stable order."""
    return sorted(node_id for node_id, node in campaign.nodes.items()
                  if any(isinstance(step, DebateStep) for step in walk_steps(node.steps)))


def random_variables(rng: random.Random, campaign: Campaign) -> tuple[tuple[str, Any], ...]:
    """Each declared variable with a random value of its kind (as ``--set`` would)."""
    out = []
    for name in sorted(campaign.variables):
        value = campaign.variables[name].value
        if isinstance(value, bool):
            out.append((name, rng.random() < 0.5))
        elif isinstance(value, int):
            out.append((name, rng.randint(0, 4)))
    return tuple(out)


EPISODES: list[tuple[float, str]] = [(45, "title"), (20, "chapter"), (20, "debate"),
                                     (15, "level")]


@dataclass
class Stats:
    ticks: int = 0
    episodes: Counter[str] = field(default_factory=Counter)
    scenes: Counter[str] = field(default_factory=Counter)  # ticks with the scene on the stack
    marks: Counter[str] = field(default_factory=Counter)  # debates, save and load menus...
    quits: int = 0
    round_trips: int = 0
    restores: int = 0
    draws: int = 0
    #: Traced memory (bytes) at the title between episodes, after a collection (while
    #: tracemalloc traces), and the process's resident memory there (Linux; reported,
    #: not checked: it counts SDL's pixels and the allocator's free pages too).
    memory: list[int] = field(default_factory=list)
    rss: list[int] = field(default_factory=list)
    seconds: float = 0.0  # (the episodes', snapshots left out)


def rss_bytes() -> int | None:
    """The process's resident memory (Linux), or None."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


class Soak:
    """One game played at random for a number of ticks; see the module's docstring."""

    #: Chances per tick (while a run is under way) of a save round-trip check, and of
    #: loading that save back at once; how often the stack is drawn.
    ROUND_TRIP = 1 / 300
    RESTORE = 1 / 4
    DRAW = 1 / 3

    def __init__(self, rng: random.Random, campaign: str, *, seed: int = 7,
                 episode_ticks: tuple[int, int] = (1500, 4000),
                 episodes: list[tuple[float, str]] | None = None) -> None:
        pygame.display.init()
        pygame.display.set_mode((WIDTH, HEIGHT))
        self.rng = rng
        self.campaign_id = campaign
        self.game = Game(GameState(seed=seed))
        self.game.catch_errors = False  # a bug raises (the error screen would hide it)
        self.game.use_player_data(read_text=True)
        self.director = Director(self.game, seed=seed)
        self.campaign = self.director.load(campaign)
        self.debates = debate_nodes(self.campaign)
        self.chapters = [c for c in self.campaign.chapters if c.map is not None]
        self.levels = sorted(self.campaign.catalog.levels) if self.campaign.catalog else []
        self.player = RandomPlayer(rng, campaign)
        self.screen = Screen(pygame.display.get_surface(), self.game.images)
        self.episode_ticks = episode_ticks
        self.episodes = episodes or EPISODES
        self.stats = Stats()
        #: The tracemalloc snapshot at the baseline, its sample in ``stats.memory``, and
        #: what grew most from it to the end (see :meth:`run`).
        self.warm: tracemalloc.Snapshot | None = None
        self.baseline = 0
        self.growth: list[str] = []
        #: The last frames (game tick, scene on top, frame), for the report of a failure.
        self.recent: deque[tuple[int, str, InputFrame]] = deque(maxlen=40)
        self.where = ""

    # --- the run -------------------------------------------------------------------------
    def run(self, ticks: int, *, first: tuple[str, ...] = ("title",), warm_up: int = 0,
            trace: bool = False) -> Stats:
        """Play ``ticks`` ticks in episodes: those of ``first``, then kinds drawn at random.

        With ``trace``, tracemalloc starts after ``warm_up`` episodes (untraced, as
        tracing makes loading a campaign several times slower) and the traced memory is
        sampled at the title after each episode from then on. The baseline
        (:attr:`baseline`, an index in ``stats.memory``) is the first sample at least one
        episode after tracing began (what the warm-up left, such as the campaign model,
        has been replaced by traced copies by then) and at least half-way through the
        run (by then the caches the content bounds are full: every map visited, every
        save slot written). :attr:`growth` lists what grew most from it to the end.
        """
        kinds = list(first)
        tracing = False
        try:
            while self.stats.ticks < ticks:
                kind = kinds.pop(0) if kinds else self.rng.choices(
                    [k for _, k in self.episodes], [w for w, _ in self.episodes])[0]
                self.play(kind, min(self.rng.randint(*self.episode_ticks),
                                    ticks - self.stats.ticks))
                episodes = sum(self.stats.episodes.values())
                if trace and episodes == warm_up and not tracemalloc.is_tracing():
                    tracemalloc.start()
                    tracing = True
                elif tracing and self.warm is None and self.stats.ticks >= ticks // 2:
                    self.warm = tracemalloc.take_snapshot()
                    self.baseline = len(self.stats.memory) - 1
            if self.warm is not None:
                end = tracemalloc.take_snapshot()
                self.growth = [str(stat) for stat in end.compare_to(self.warm, "lineno")[:12]]
        finally:
            if tracing:
                tracemalloc.stop()
        return self.stats

    def play(self, kind: str, ticks: int, target: str | None = None) -> None:
        """One episode: start (see :meth:`begin`), ``ticks`` ticks of random input, back
        to the title, and a memory sample there."""
        start = time.perf_counter()
        self.begin(kind, target)
        for _ in range(ticks):
            self.tick()
        self.back_to_title()
        self.sample_memory()
        self.stats.seconds += time.perf_counter() - start

    def begin(self, kind: str, target: str | None = None) -> None:
        """Start an episode: from the title, a chapter's start, a debate's node or a level
        alone; ``target`` names the chapter, node or level (default: one at random)."""
        rng, director = self.rng, self.director
        self.stats.episodes[kind] += 1
        if kind == "chapter":
            chapter = next(c for c in self.chapters if c.id == target) if target \
                else rng.choice(self.chapters)
            self.where = f"chapter {chapter.id}"
            director.begin(StartOptions(self.campaign_id, node=chapter.node))
        elif kind == "debate":
            node = target or rng.choice(self.debates)
            variables = random_variables(rng, self.campaign)
            director.begin(StartOptions(self.campaign_id, node=node, variables=variables))
            items = sorted(self.campaign.evidence)
            held = items if rng.random() < 0.7 else rng.sample(items, rng.randint(0, len(items)))
            for item in held:
                self.game.state.story.give(item)
            self.where = f"debate node {node}, variables {dict(variables)}, evidence {held}"
            self.recent.clear()
            self.read_to_the_debate()
        elif kind == "level":
            level = target or rng.choice(self.levels)
            self.where = f"level {level}"
            director.level_only(level)
        else:
            self.where = "the title"
            director.title()
        self.recent.clear()

    def read_to_the_debate(self, limit: int = 1_500) -> None:
        """Read on (confirm on every other tick, the first option of each choice) until the
        debate starts, so that the random input that follows plays in it."""
        for tick in range(limit):
            dialogue = self.director.dialogue
            if dialogue is None or dialogue.runner.in_debate:
                return
            self.tick(InputFrame(A.CONFIRM, A.CONFIRM) if tick % 2 else InputFrame())

    def tick(self, frame: InputFrame | None = None) -> None:
        """One tick of the game: with ``frame``, or the random player's."""
        game = self.game
        frame = frame if frame is not None else self.player.frame(game)
        self.recent.append((game.state.ticks, type(game.stack.top).__name__, frame))
        try:
            game.tick(frame)
            self.stats.ticks += 1
            self.after_tick()
        except BaseException as exc:
            exc.add_note(self.report())
            raise

    def report(self) -> str:
        scenes = ", ".join(type(s).__name__ for s in self.game.stack.scenes)
        return (f"soak: campaign {self.campaign_id}, episode from {self.where}, "
                f"run tick {self.stats.ticks}, game tick {self.game.state.ticks}; "
                f"scenes: {scenes}\nlast frames ([held, pressed, x, y, click, wheel]):\n  "
                + "\n  ".join(f"{tick}: {name} {frame.to_data()}"
                               for tick, name, frame in self.recent))

    def after_tick(self) -> None:
        game, stats = self.game, self.stats
        assert len(game.stack), "the scene stack emptied"
        for scene in game.stack.scenes:
            stats.scenes[type(scene).__name__] += 1
        self.mark(game.stack.top)
        assert "ErrorScene" not in stats.scenes, "the error screen came up"
        if game.quit_requested:  # the window closes; the player starts the game again
            stats.quits += 1
            game.shutdown()
            game.quit_requested = False
            self.director.title()
        if self.rng.random() < self.DRAW:
            game.stack.draw(self.screen, self.rng.random())
            stats.draws += 1
        if self.director.playing and self.rng.random() < self.ROUND_TRIP:
            self.round_trip(restore=self.rng.random() < self.RESTORE)

    def mark(self, top: Any) -> None:
        marks = self.stats.marks
        runner = getattr(top, "runner", None)
        if runner is not None and runner.in_debate:
            marks["debate"] += 1
            if getattr(top, "picker", None) is not None:
                marks["evidence picker"] += 1
        mode = getattr(top, "mode", None)
        if type(top).__name__ == "SaveLoadScene":
            marks[f"{mode} menu"] += 1

    # --- saves ---------------------------------------------------------------------------
    def round_trip(self, *, restore: bool) -> None:
        """The run as a save survives encoding; loaded back, it saves the same again."""
        director = self.director
        save = director.make_save(thumbnail=False)
        blob = encode(save)
        back = decode(blob.decode("utf-8"))
        assert encode(back) == blob, "a save changed through encoding and decoding"
        self.stats.round_trips += 1
        if not restore:
            return
        if not director.restore(back):
            notice = self.game.stack.top
            why = [getattr(notice, "title", ""), *getattr(notice, "messages", [])]
            kept = user_data_dir() / "soak-unloadable.json"
            kept.write_bytes(blob)  # (Director.restore(decode(...)) of it does the same)
            raise AssertionError(f"a save of the run did not load: {why}; the save: {kept}")
        self.stats.restores += 1
        again = director.make_save(thumbnail=False)
        assert again.state == back.state
        assert again.world is not None and back.world is not None
        assert dataclasses.replace(again.world, npcs=()) == \
            dataclasses.replace(back.world, npcs=()), (again.world, back.world)
        # who stands on the map follows the story, and the map's people are brought up to
        # date when a conversation ends: a save made during one may list people the story
        # has already sent away (loaded, the map shows those the saved story places)
        saved = {npc.name: npc for npc in back.world.npcs}
        for npc in again.world.npcs:
            assert saved.get(npc.name, npc) == npc, (npc, saved[npc.name])
        assert again.dialogue == back.dialogue

    # --- between episodes ----------------------------------------------------------------
    def back_to_title(self) -> None:
        """Leave as a player would (Return to title: a fade); the title comes up."""
        if type(self.game.stack.top).__name__ == "TitleScene" and len(self.game.stack) == 1:
            return
        self.director.to_title()
        for _ in range(120):
            self.game.tick(InputFrame())
            if type(self.game.stack.top).__name__ == "TitleScene":
                return
        raise AssertionError(f"no title after leaving: {self.report()}")

    def sample_memory(self) -> None:
        gc.collect()
        if tracemalloc.is_tracing():
            self.stats.memory.append(tracemalloc.get_traced_memory()[0])
        rss = rss_bytes()
        if rss is not None:
            self.stats.rss.append(rss)
