"""Soak: the real game played with seeded random input through every scene.

The whole game (``Game``, ``Director``, the scene stack; SDL's dummy drivers, saves in
the test's private data folder) is driven from the title by
:class:`tests.support.soak_play.Soak`: it walks and talks, reads, skips and rolls back,
answers debates with evidence, presses every key of the nanobot debugger, opens the
pause menu to save, load, look at the evidence and the history and change settings,
and uses the title's Continue, Load, Chapter select, Practice and Settings. Episodes
also begin where random input seldom gets: each chapter's start, each debate's node
(declared variables and evidence drawn at random, as ``--node`` with ``--set``), and
each debugger level alone (``--level``).

What must hold all along:

- no exception escapes a tick (the error screen is off, so a bug raises; it must never
  come up either), and the scene stack never empties;
- the run stays serialisable: at random points it is saved, encoded, decoded and
  encoded again to the same bytes, and often loaded back at once, after which it
  saves the same again;
- memory stays flat: after a warm-up (one episode of each kind, untraced: tracing makes
  loading a campaign several times slower), tracemalloc traces the rest of the run; the
  traced memory, measured at the title between episodes after a collection, grows by
  less than :data:`MEMORY_BOUND` over the second half of the run.

``make test`` plays about a thousand ticks per campaign, traced, and a few thousand more
untraced (about 20 s in all); ``make soak`` (ENAMEL_SOAK=1) plays 200,000 traced ticks
per campaign and tens of thousands more. A failure's message says where the episode
began, the tick and the last frames, and a save that does not load is kept in the data
folder; on the same code and content, the seeded generator plays the same run again.
"""

from __future__ import annotations

import random

import pytest

from tests.support.soak import SOAK, soak_scale
from tests.support.soak_play import Soak, Stats

CAMPAIGNS = ("rejuvenation", "tooth_rebirth")

#: Ticks of random play per campaign, from the title, with the memory traced.
TICKS = soak_scale(1_300, 200_000)
#: How long an episode lasts before the player goes back to the title.
EPISODE_TICKS = (1_500, 4_000) if SOAK else (120, 220)
#: The first episodes of a run: one of each kind. They are the warm-up, after which the
#: memory should stay flat: every kind of scene has been drawn, its images, fonts, maps
#: and text layouts cached.
FIRST = ("title", "chapter", "debate", "level")

MIB = 1 << 20
#: How much the traced memory may grow over the second half of the run (from the first
#: sample half-way through, to the end). The first half is the warm-up of what the
#: content and the save slots bound: maps first visited (their tiles and masks), text
#: layouts (LRU caches), the save folder's listing (each slot read is kept, ~30 KiB with
#: its picture; about 70 slots with the backups). Measured in 200,000-tick soaks: the
#: second half grew by 1.7 MiB (rejuvenation, 7.8 -> 9.5) and 1.6 MiB (tooth_rebirth,
#: 6.5 -> 8.1), most of it the leak of each save's picture
#: (:func:`test_a_save_picture_leaves_nothing_behind`); with pictures that leak nothing,
#: 0.5 MiB (4.8 -> 5.3), flat over the last quarter. Anything kept per tick played goes
#: over (a frame kept a tick is ~100 bytes: 100,000 ticks are ~10 MiB), and so does
#: keeping a run too many (a campaign's model and maps, MiBs).
MEMORY_BOUND = 4 * MIB

#: Scenes (by class name) and states (a debate, its evidence picker, the save and load
#: menus) that every run reaches, even the short one of ``make test``.
PLAYED = {"TitleScene", "OverworldScene", "DialogueScene", "DebuggerScene", "Fade"}
#: The menus, reached by :func:`test_random_keys_from_the_title_reach_every_menu` (and by
#: the long run of ``make soak``).
MENUS = {"TitleScene", "CampaignSelect", "PauseScene", "SaveLoadScene", "SettingsScene",
         "ChapterSelect", "PracticeScene", "EvidenceScene", "BacklogScene", "CardScene"}
MENU_MARKS = {"save menu", "load menu"}
#: Reached by the long run as well.
MARKS = {"debate", "evidence picker", *MENU_MARKS}


def figures(campaign: str, stats: Stats) -> str:
    memory = stats.memory
    rss = stats.rss
    return (f"soak {campaign}: {stats.ticks} ticks in {stats.seconds:.1f} s, episodes "
            f"{dict(stats.episodes)}, {stats.round_trips} save round-trips "
            f"({stats.restores} loaded back), {stats.quits} quits, {stats.draws} draws; "
            f"traced memory at the title (MiB) "
            f"{[round(m / MIB, 2) for m in memory]}; RSS (MiB) {[m // MIB for m in rss]}")


def assert_reached(stats: Stats, scenes: set[str], marks: set[str], campaign: str) -> None:
    missing = (scenes - set(stats.scenes)) | (marks - set(stats.marks))
    assert not missing, f"never reached: {sorted(missing)}\n{figures(campaign, stats)}"


@pytest.mark.parametrize("campaign", CAMPAIGNS)
def test_random_play_through_every_scene_raises_nothing_and_keeps_memory_flat(
        campaign: str) -> None:
    soak = Soak(random.Random(f"soak/{campaign}"), campaign, episode_ticks=EPISODE_TICKS)
    stats = soak.run(TICKS, first=FIRST, warm_up=len(FIRST), trace=True)
    print(figures(campaign, stats), f"\nbaseline: sample {soak.baseline}; what grew most "
          "over the second half:\n  " +
          "\n  ".join(soak.growth[:6]))
    assert stats.ticks == TICKS
    assert_reached(stats, PLAYED | MENUS if SOAK else PLAYED,
                   MARKS if SOAK else {"debate"}, campaign)
    assert stats.round_trips and (stats.restores or not SOAK)
    assert len(stats.memory) > soak.baseline + 1, "too few episodes: make TICKS larger"
    warm, end = stats.memory[soak.baseline], stats.memory[-1]
    assert end - warm < MEMORY_BOUND, (
        f"traced memory grew by {(end - warm) / MIB:.1f} MiB over the second half\n"
        f"{figures(campaign, stats)}\nwhat grew most:\n" + "\n".join(soak.growth))


def test_random_keys_from_the_title_reach_every_menu() -> None:
    """The same player from the title only (untraced, so quicker; the menus are the same
    in both campaigns): the title's items, the pause menu's, saving and loading through
    them, and saves round-tripped."""
    campaign = CAMPAIGNS[1]
    soak = Soak(random.Random(f"menus/{campaign}"), campaign, episode_ticks=(150, 300),
                episodes=[(1, "title")])
    soak.player.pause_weight = 12  # (the pause menu's items, in a short run)
    stats = soak.run(soak_scale(2_000, 20_000))
    print(figures(campaign, stats))
    assert_reached(stats, MENUS, MENU_MARKS, campaign)
    assert stats.round_trips


#: Ticks of random input from each start of the tests below.
START_TICKS = soak_scale(150, 5_000)


@pytest.mark.parametrize("campaign", CAMPAIGNS)
def test_random_input_from_every_debate_and_chapter_start(campaign: str) -> None:
    """Where random play from the title seldom gets: each debate's node, with variables
    and evidence drawn at random, and (``make soak``) each chapter's start."""
    soak = Soak(random.Random(f"starts/{campaign}"), campaign)
    assert len(soak.chapters) >= 5 and len(soak.debates) >= 3  # both campaigns have as many
    chapters = soak.chapters if SOAK else []  # (make test: a chapter start in each run)
    for node in soak.debates:
        soak.play("debate", START_TICKS, node)
    for chapter in chapters:
        soak.play("chapter", START_TICKS, chapter.id)
    print(figures(campaign, soak.stats))
    assert soak.stats.marks["debate"] > 0


def test_random_input_in_every_debugger_level_alone() -> None:
    soak = Soak(random.Random("levels"), CAMPAIGNS[0])
    assert len(soak.levels) >= 5
    for level in soak.levels:
        before = soak.stats.scenes["DebuggerScene"]
        soak.play("level", START_TICKS, level)  # (until the level ends, then the title)
        assert soak.stats.scenes["DebuggerScene"] > before + min(START_TICKS // 2, 60), level
    print(figures("levels", soak.stats))


# --- what the soak found -------------------------------------------------------------------
STAGE_NODES = """\
opening:
  - elena: One.
  - elena: Two.
talk_max:
  - max: Hi.
  - max: Still here.
hearing:
  - elena: Later.
"""


def test_loading_a_save_made_on_the_map_during_a_conversation_leaves_no_conversation(
        tmp_path) -> None:
    """Found by the soak: loading a save that holds no conversation while one was under
    way kept that conversation as the run's, so the next save held it again (a save of
    another campaign then named a node the campaign does not have, and cannot load)."""
    from game.engine.input import Action
    from game.saves.format import decode, encode
    from tests.dialogue.stage import start, tap

    game, director = start(tmp_path, STAGE_NODES, "opening")
    game.settings.text_speed = "instant"
    tap(game, Action.CONFIRM)
    tap(game, Action.CONFIRM)  # the opening is over: on the map
    assert director.dialogue is None
    on_the_map = decode(encode(director.make_save(thumbnail=False)).decode("utf-8"))
    assert on_the_map.dialogue is None
    director.play_node("talk_max")  # a conversation under way...
    tap(game, Action.NONE)
    assert director.make_save(thumbnail=False).dialogue is not None
    assert director.restore(on_the_map)  # ...and the save from the map loaded
    assert director.make_save(thumbnail=False).dialogue is None
    assert not director.unsaved()


def test_a_save_picture_leaves_nothing_behind() -> None:
    import gc
    import tracemalloc

    import pygame

    from game.menus.saveload import capture_thumbnail
    from game.services import Game

    pygame.display.init()
    pygame.display.set_mode((480, 270))
    game = Game()
    assert capture_thumbnail(game) is not None  # (the first may fill caches)
    gc.collect()
    tracemalloc.start()
    try:
        for _ in range(50):
            picture = capture_thumbnail(game)
            assert picture is not None and picture.startswith(b"\x89PNG")
        del picture
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert kept < 32 * 1024, f"50 pictures kept {kept / 1024:.0f} KiB"
