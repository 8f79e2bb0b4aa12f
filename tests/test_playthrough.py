"""``python -m game playthrough``: routes played from New Game through the real game.

The shipped routes reach their beats by input frames alone; each ending of both
campaigns is reached from New Game with every beat of the manifest played, and from the
chapter 5 start (Showdown%); Tooth Rebirth's routes together read every line a player
can reach; a route that skips a stop fails and names the beat it missed; bad route files
give located errors; the winning programs the routes use are the fixes the nanobot tests
prove; walks stay on the floor.

Timing: a chapter 1-2 route or a chapter-start route takes about a second; a route from
New Game to an ending 4-10 s (about 15,000-23,000 ticks at 40-80x real time, 15-20 s
for Rejuvenation's three, about 13 s for Tooth Rebirth's two). ``make test`` plays the
short ones (every chapter is played by one of them: chapters 1-2 from New Game, 3, 4 and
5-6 from their starts; for Tooth Rebirth only the five in TR_BOUNDED); ``make soak`` also
plays the New Game routes to each ending and Tooth Rebirth's other chapter routes, which
are there for line coverage. Each route is played once per session, however many tests
look at it.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from game.cli import main
from game.dialogue.library import ContentLibrary
from game.dialogue.playtest import coverage
from game.nanobots.levels import load_level_id
from game.playthrough.beats import Beat, campaign_beats
from game.playthrough.driver import Driver
from game.playthrough.pathfind import find_path, free_mask
from game.playthrough.route import read_programs, read_route, route_files
from tests.nanobots.test_carry import PROTOCOL_ON_STAGE
from tests.support.nanobots import FIXES, apply
from tests.support.soak import SOAK

ROOT = Path(__file__).resolve().parents[1]
ROUTES = ROOT / "playthroughs"
PROGRAMS = read_programs(ROUTES / "programs.yaml", [])
CAMPAIGNS = ("rejuvenation", "tooth_rebirth")
#: The chapter 1-2 beats of Rejuvenation, in story order.
REJUVENATION_CH1_2 = ["practice_empties", "max_clinic", "side_effects", "alliance",
                      "efficiency_first"]
#: Rejuvenation's endings, each with a route from New Game (playthroughs/rejuvenation/
#: <ending>.yaml) and one from the chapter 5 start (showdown_<ending>.yaml).
ENDINGS = ("reform", "settlement", "bitter")
#: Showdown%'s splits, in order (ch5_showdown.yaml).
SPLITS = ["Hall", "Provocation", "Panel 1", "Panel 2", "Demo", "Vision"]
#: The chapters of Rejuvenation, in order (campaign.yaml).
CHAPTERS = ["obsolete", "uneasy_alliance", "cover_up", "safe_protocol", "showdown",
            "epilogue"]
#: Tooth Rebirth's endings, each with a route from New Game (playthroughs/tooth_rebirth/
#: <ending>.yaml) and one from the chapter 5 start (showdown_<ending>.yaml).
TR_ENDINGS = ("together", "too_late")
#: The chapters of Tooth Rebirth, in order (campaign.yaml).
TR_CHAPTERS = ["miracle_clinic", "whispers", "backlash", "crisis_of_conscience",
               "showdown_and_redesign", "epilogue"]
#: Tooth Rebirth's routes that ``make test`` plays: every chapter, and each ending from
#: the chapter 5 start. Its other chapter routes read the branches these leave out (line
#: coverage) and play under ``make soak``.
TR_BOUNDED = {"ch1_2_kind", "ch3_her_call", "ch4_screen", "showdown_together",
              "showdown_too_late"}


@pytest.fixture(autouse=True)
def _no_user_mods(tmp_path, monkeypatch):
    monkeypatch.setenv("ENAMEL_DATA_DIR", str(tmp_path / "data"))
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")


#: Marks for a test that plays a whole game: only under ``make soak``.
WHOLE_GAME = [pytest.mark.soak, *([] if SOAK else [pytest.mark.skip(
    reason="New Game to an ending takes 4-10 s: make soak plays it")])]
#: Marks for a route that is there for line coverage: only under ``make soak``.
COVERAGE_ROUTE = [pytest.mark.soak, *([] if SOAK else [pytest.mark.skip(
    reason="a route for line coverage: make soak plays it")])]


def route_marks(campaign: str, path: Path) -> list:
    route = read_route(path, campaign, [])
    if route is not None and route.start is None and route.ending is not None:
        return WHOLE_GAME
    if campaign == "tooth_rebirth" and path.stem not in TR_BOUNDED:
        return COVERAGE_ROUTE
    return []


def shipped_routes() -> list[tuple[str, Path]]:
    return [pytest.param(campaign, path, marks=route_marks(campaign, path),
                         id=f"{campaign}/{path.stem}")
            for campaign in CAMPAIGNS for path in route_files(ROUTES, campaign)]


def play(campaign: str, path: Path, **options):
    problems: list = []
    route = read_route(path, campaign, problems)
    assert route is not None, [d.format() for d in problems]
    return Driver(route, programs=PROGRAMS, **options).run()


@functools.cache
def played(campaign: str, path: Path):
    """A shipped route's report, played once per test session."""
    return play(campaign, path)


def campaign_beat_ids(campaign: str) -> list[str]:
    """The campaign's beats, in story order."""
    loaded, _ = ContentLibrary(ROOT, (), False).load(campaign)
    assert loaded is not None
    return [b.id for b in campaign_beats(loaded)]


@pytest.mark.parametrize(("campaign", "path"), shipped_routes())
def test_each_shipped_route_reaches_its_beats_through_the_real_game(campaign, path):
    report = played(campaign, path)
    assert report.ok, report.failure
    assert not report.missed
    wanted = [s.value for s in report.route.beats()]
    reached = [b.id for _, b in report.beats]
    assert set(wanted) <= set(reached)
    assert report.ticks > 600 and len(report.lines) > (50 if report.route.start else 100)
    if report.route.ending:
        assert report.ending == report.route.ending
    if campaign == "rejuvenation" and path.stem.startswith("ch1_2"):
        assert reached[:5] == REJUVENATION_CH1_2  # printed in story order, as reached
        ticks = [t for t, _ in report.beats]
        assert ticks == sorted(ticks)


@pytest.mark.parametrize("ending", [pytest.param(e, marks=WHOLE_GAME) for e in ENDINGS])
def test_each_ending_is_reached_from_new_game_with_every_beat_in_story_order(ending):
    report = whole_game("rejuvenation", ending, CHAPTERS, least_beats=20)
    assert [name for name, _ in report.splits] == SPLITS


def whole_game(campaign: str, ending: str, chapters: list[str], least_beats: int):  # type: ignore[no-untyped-def]
    """The New Game route to ``ending``, played: it reaches that ending from the title
    with every beat of the campaign once and in story order, through ``chapters``, and
    the credits roll after the last beat."""
    report = played(campaign, ROUTES / campaign / f"{ending}.yaml")
    assert report.ok, report.failure
    assert report.route.start is None  # New Game, from the title screen
    assert report.ending == ending
    beats = campaign_beat_ids(campaign)
    assert len(beats) >= least_beats
    assert [b.id for _, b in report.beats] == beats  # none missed, each once, in order
    ticks = [t for t, _ in report.beats]
    assert ticks == sorted(ticks)
    assert [c for c, _ in report.chapters] == chapters
    assert report.ticks > ticks[-1]  # the credits rolled after the last beat
    return report


@pytest.mark.parametrize("ending", ENDINGS)
def test_each_ending_is_reached_from_the_chapter_5_start(ending):
    report = played("rejuvenation", ROUTES / "rejuvenation" / f"showdown_{ending}.yaml")
    assert report.ok, report.failure
    assert report.route.start is not None and report.route.start.chapter == "showdown"
    assert report.ending == ending
    beats = campaign_beat_ids("rejuvenation")
    later = beats[beats.index("hall"):]
    assert [b.id for _, b in report.beats if b.id in later] == later
    assert [c for c, _ in report.chapters] == ["showdown", "epilogue"]
    assert [name for name, _ in report.splits] == SPLITS


@pytest.mark.parametrize("ending", [pytest.param(e, marks=WHOLE_GAME) for e in TR_ENDINGS])
def test_each_tooth_rebirth_ending_is_reached_from_new_game_with_every_beat_in_order(ending):
    whole_game("tooth_rebirth", ending, TR_CHAPTERS, least_beats=13)


@pytest.mark.parametrize("ending", TR_ENDINGS)
def test_each_tooth_rebirth_ending_is_reached_from_the_chapter_5_start(ending):
    report = played("tooth_rebirth", ROUTES / "tooth_rebirth" / f"showdown_{ending}.yaml")
    assert report.ok, report.failure
    start = report.route.start
    assert start is not None and start.chapter == "showdown_and_redesign"
    assert report.ending == ending
    beats = campaign_beat_ids("tooth_rebirth")
    later = beats[beats.index("four_creeds"):]
    assert [b.id for _, b in report.beats if b.id in later] == later
    assert [c for c, _ in report.chapters] == ["showdown_and_redesign", "epilogue"]
    assert report.ticks > max(t for t, _ in report.beats)


def test_every_tooth_rebirth_chapter_is_played_by_a_route_that_make_test_plays():
    chapters: set[str] = set()
    for stem in sorted(TR_BOUNDED):
        report = played("tooth_rebirth", ROUTES / "tooth_rebirth" / f"{stem}.yaml")
        assert report.ok, (stem, report.failure)
        chapters |= {c for c, _ in report.chapters}
    assert chapters == set(TR_CHAPTERS)
    assert {e for s in TR_BOUNDED if (e := read_route(
        ROUTES / "tooth_rebirth" / f"{s}.yaml", "tooth_rebirth", []).ending)} == set(TR_ENDINGS)


@pytest.mark.soak
@pytest.mark.skipif(not SOAK, reason="plays every Tooth Rebirth route: make soak plays it")
def test_tooth_rebirth_routes_read_every_line_a_player_can_reach():
    loaded, _ = ContentLibrary(ROOT, (), False).load("tooth_rebirth")
    assert loaded is not None
    reached: set[str] = set()
    beats: set[str] = set()
    for path in route_files(ROUTES, "tooth_rebirth"):
        report = played("tooth_rebirth", path)
        assert report.ok, (path.name, report.failure)
        reached |= report.lines
        beats |= {b.id for _, b in report.beats}
    cover = coverage(loaded, reached)
    unread = [(Path(path).name, line, line_id) for path, line, line_id, _ in cover.unreached]
    assert unread == []  # every line of the campaign is read by some route
    assert beats == set(campaign_beat_ids("tooth_rebirth"))


def test_every_chapter_is_played_by_a_route_that_make_test_plays():
    starts = set()
    for path in route_files(ROUTES, "rejuvenation"):
        route = read_route(path, "rejuvenation", [])
        assert route is not None
        if route.start is not None:
            starts.add(route.start.chapter)
        elif route.ending is None:
            starts.add("obsolete")  # New Game, chapters 1-2 only
    assert {"obsolete", "cover_up", "safe_protocol", "showdown"} <= starts


def test_showdown_from_its_fixed_start_has_no_waits():
    """Showdown%: from the chapter start to the Vision split every line is confirmed at
    once; nothing makes the runner wait (a wait step or a slow scene would show here)."""
    report = played("rejuvenation", ROUTES / "rejuvenation" / "showdown_settlement.yaml")
    assert report.ok, report.failure
    assert report.route.start is not None and not report.route.start.variables
    start = dict(report.chapters)["showdown"]
    splits = dict(report.splits)
    assert splits["Vision"] - start < 20 * 60  # 9.5 s of game time when measured
    assert list(splits.values()) == sorted(splits.values())


def test_screenshots_show_the_debates_the_demo_and_the_ending_and_change_nothing(tmp_path):
    path = ROUTES / "rejuvenation" / "showdown_settlement.yaml"
    shot = play("rejuvenation", path, shots=tmp_path)
    plain = played("rejuvenation", path)
    assert shot.ok, shot.failure
    assert (shot.ticks, shot.frames, shot.lines) == (plain.ticks, plain.frames, plain.lines)
    names = sorted(p.name for p in tmp_path.glob("*.png"))
    for wanted in ("map_showdown_conference_hall", "debate_panel_round_1_first",
                   "debate_panel_round_2_first", "level_live_demo_running",
                   "card_Settlement", "credits"):
        assert any(wanted in name for name in names), (wanted, names)
    assert names == sorted(names, key=lambda n: int(n[:3]))  # numbered as taken


def test_both_campaigns_have_chapter_1_2_routes():
    for campaign in CAMPAIGNS:
        assert any(p.stem.startswith("ch1_2") for p in route_files(ROUTES, campaign)), campaign


def test_the_same_route_gives_the_same_ticks_and_lines():
    path = ROUTES / "tooth_rebirth" / "ch1_2_kind.yaml"
    first, second = play("tooth_rebirth", path), play("tooth_rebirth", path)
    assert first.ok and second.ok
    assert (first.ticks, first.frames, first.lines) == (second.ticks, second.frames,
                                                        second.lines)


SKIPPING = """\
description: chapter 1 and 2, but the lab servers are never opened
steps:
  - talk: rosa
  - choose: We'll manage
  - talk: patient
  - choose: Let me check you over
  - go: clinic
  - talk: max
  - choose: Say nothing
  - talk: patient_waiting
  - choose: 1
  - talk: max
  - choose: Pull the power
  - choose: You pulled the plug
  - talk: tomas
  - expect_beat: side_effects
  - expect_beat: alliance
"""


def test_a_route_that_skips_a_stop_fails_and_names_the_missed_beat(tmp_path, capsys):
    route = tmp_path / "skipping.yaml"
    route.write_text(SKIPPING)
    code = main(["playthrough", "rejuvenation", "--route", str(route), "--quiet"])
    out = capsys.readouterr().out
    assert code == 1
    assert "missed beat alliance" in out and "records and logs" in out
    assert "skipping.yaml:17:5" in out  # where the route expected it


def test_a_talk_whose_person_is_elsewhere_fails_at_its_line(tmp_path, capsys):
    route = tmp_path / "elsewhere.yaml"
    route.write_text("steps:\n  - talk: rosa\n  - choose: 2\n  - expect: not rosa_loyal\n"
                     "  - talk: tomas\n")
    code = main(["playthrough", "rejuvenation", "--route", str(route), "--quiet"])
    out = capsys.readouterr().out
    assert code == 1
    assert "elsewhere.yaml:5:5: talk: tomas: nobody called 'tomas' is on practice" in out


def test_a_choice_the_route_did_not_expect_is_reported_with_its_options(tmp_path, capsys):
    route = tmp_path / "silent.yaml"
    route.write_text("steps:\n  - talk: rosa\n  - talk: patient\n")
    code = main(["playthrough", "rejuvenation", "--route", str(route), "--quiet"])
    out = capsys.readouterr().out
    assert code == 1
    assert "silent.yaml:3:5: talk: patient: the dialogue shows a choice (1. Be honest" in out


def test_a_choice_the_route_names_ambiguously_fails_listing_the_options(tmp_path, capsys):
    route = tmp_path / "ambiguous.yaml"
    route.write_text("steps:\n  - talk: rosa\n  - choose: we\n")  # in both of Rosa's options
    code = main(["playthrough", "rejuvenation", "--route", str(route), "--quiet"])
    out = capsys.readouterr().out
    assert code == 1
    assert "ambiguous.yaml:3:5: choose: we: more than one option contains it" in out
    assert "1. Be honest" in out and "2. We'll manage" in out


def test_a_route_can_start_at_a_chapter_and_names_an_unknown_one(tmp_path, capsys):
    route = tmp_path / "chapter.yaml"
    route.write_text("start: {chapter: showdwn}\nsteps:\n  - talk: guard\n")
    code = main(["playthrough", "rejuvenation", "--route", str(route), "--quiet"])
    out = capsys.readouterr().out
    assert code == 1
    assert "chapter.yaml:1:8: start: the campaign has no chapter 'showdwn'" in out
    assert "showdown" in out.split("chapters:")[1]
    route.write_text("start: {chapter: showdown, set: {trust: 2}}\nsteps:\n  - talk: guard\n"
                     "  - choose: 1\n  - expect: trust == 2 and guard_passed\n"
                     "  - expect_beat: hall\n")
    code = main(["playthrough", "rejuvenation", "--route", str(route), "--quiet"])
    assert code == 0, capsys.readouterr().out


BAD_ROUTES = {
    "steps:\n  - talk: rosa\n  - walk: street\n": (3, 5, "unknown route step 'walk'"),
    "steps:\n  - choose: 0\n": (2, 13, "choose: an option's text or its number"),
    "steps:\n  - expect: trust >=\n": (2, 13, "expect: invalid condition"),
    "steps:\n  - minigame: winn\n": (2, 15, "did you mean 'win'?"),
    "steps:\n  - minigame: {win: [{toggle: 0}]}\n": (2, 31, "a line number"),
    "steps:\n  - minigame: {win: [{set: {efficiency: 1}}]}\n": (2, 28, "needs 'line:'"),
    "steps: [talk: rosa\n": (2, 1, ""),
    "stepz:\n  - talk: rosa\n": (1, 1, "unknown key 'stepz'"),
    "ending: reform\nsteps:\n  - talk: rosa\n": (1, 9, "no step '- ending: reform'"),
    "steps:\n  - move: 0\n": (2, 11, "not 0"),
    "": (1, 1, "the route is empty"),
    "start: {chapter: showdown, sett: {}}\nsteps:\n  - talk: rosa\n": (1, 28, "unknown key"),
    "start: {set: {trust: 1}}\nsteps:\n  - talk: rosa\n": (1, 8, "start needs 'chapter:'"),
    "start: showdown\nsteps:\n  - talk: rosa\n": (1, 8, "start: {chapter: ID"),
    "steps:\n  - minigame: {load: maybe}\n": (2, 22, "load"),
    "steps:\n  - minigame: {load: false}\n": (2, 15, "{load: true}"),
    "steps:\n  - minigame: {lode: true}\n": (2, 15, "{load: true}"),
    "steps:\n  - minigame: {load: true, win: [{toggle: 0}]}\n": (2, 43, "a line number"),
}


@pytest.mark.parametrize("text", BAD_ROUTES, ids=[f"bad{i}" for i in range(len(BAD_ROUTES))])
def test_a_bad_route_file_gets_a_located_error_not_a_traceback(tmp_path, capsys, text):
    line, col, words = BAD_ROUTES[text]
    route = tmp_path / "bad.yaml"
    route.write_text(text)
    code = main(["playthrough", "rejuvenation", "--route", str(route)])
    captured = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in captured.err + captured.out
    found = re.search(r"bad\.yaml:(\d+):(\d+): error: (.*)", captured.err)
    assert found, captured.err
    assert (int(found[1]), int(found[2])) == (line, col), captured.err
    assert words in found[3]


def test_an_unknown_beat_in_a_route_is_named_with_the_campaigns_beats(tmp_path, capsys):
    route = tmp_path / "beat.yaml"
    route.write_text("steps:\n  - expect_beat: practice_empty\n")
    code = main(["playthrough", "rejuvenation", "--route", str(route), "--quiet"])
    out = capsys.readouterr().out
    assert code == 1
    assert "beat.yaml:2:5" in out and "no beat 'practice_empty'" in out
    assert "practice_empties" in out


def test_beats_handed_to_the_driver_are_printed_as_they_are_reached(tmp_path):
    route = tmp_path / "short.yaml"
    route.write_text("steps:\n  - talk: rosa\n  - choose: Be honest\n  - expect_beat: loyal\n")
    said: list[str] = []
    report = play("rejuvenation", route, out=said.append,
                  beats=[Beat("loyal", "Rosa stays", "rosa_loyal"),
                         Beat("never", "Never", "trust > 9")])
    assert report.ok, report.failure
    assert [b.id for _, b in report.beats] == ["loyal"]
    assert any("beat loyal: Rosa stays" in line for line in said)


def test_the_ending_option_picks_routes_by_their_ending(capsys):
    code = main(["playthrough", "rejuvenation", "--ending", "no_such_ending"])
    assert code == 1
    assert "no route of rejuvenation reaches ending 'no_such_ending'" in capsys.readouterr().err


#: Chapter 4 into the demo, loading the protocol won in chapter 4 (make test plays it).
ON_STAGE = ROUTES / "rejuvenation" / "ch4_protocol_on_stage.yaml"


def play_keeping_game(path: Path) -> tuple[Any, Any]:
    """A route's report and the game it played (its story at the end)."""
    route = read_route(path, "rejuvenation", [])
    assert route is not None
    driver = Driver(route, programs=PROGRAMS)
    return driver.run(), driver.game


def test_a_route_loads_the_program_the_demo_offers_and_wins_with_it():
    report, game = play_keeping_game(ON_STAGE)
    assert report.ok, report.failure
    route = read_route(ON_STAGE, "rejuvenation", [])
    assert any(step.kind == "minigame" and step.load for step in route.steps)
    programs = game.state.story.programs
    level = load_level_id("live_demo")
    assert programs["live_demo"] == PROTOCOL_ON_STAGE  # won as loaded, not as shipped
    assert programs["live_demo"] != level.program.text()


def test_a_route_keeps_the_shipped_program_unless_it_says_load(tmp_path):
    path = tmp_path / "rejuvenation" / "declined.yaml"
    path.parent.mkdir()
    path.write_text(ON_STAGE.read_text().replace("minigame: {load: true}", "minigame: win"))
    report, game = play_keeping_game(path)
    assert report.ok, report.failure
    level = load_level_id("live_demo")
    assert game.state.story.programs["live_demo"] == apply(level.program,
                                                           FIXES["live_demo"]).text()


def test_loading_where_nothing_is_offered_fails_at_the_step(tmp_path, capsys):
    text = (ROUTES / "rejuvenation" / "ch4_signed_mirror.yaml").read_text()
    route = tmp_path / "nothing.yaml"
    route.write_text(text.replace("  - minigame: win", "  - minigame: {load: true}"))
    line = next(i for i, row in enumerate(route.read_text().splitlines(), 1)
                if "load: true" in row)
    code = main(["playthrough", "rejuvenation", "--route", str(route), "--quiet"])
    out = capsys.readouterr().out
    assert code == 1
    assert f"nothing.yaml:{line}:5: minigame: win (with the program offered): " in out
    assert "offers none" in out


@pytest.mark.parametrize("level", sorted(PROGRAMS))
def test_the_programs_table_holds_the_fixes_the_nanobot_tests_prove(level):
    program = load_level_id(level).program
    expected = apply(program, FIXES[level])
    mine = program
    for edit in PROGRAMS[level]:
        index = edit.line - 1
        if edit.kind == "toggle":
            mine = mine.toggle(index)
        elif edit.kind == "move":
            step = -1 if edit.by < 0 else 1
            for _ in range(abs(edit.by)):
                mine = mine.move(index, step)
                index += step
        else:
            for name, value in edit.values:
                mine = mine.set_value(index, name, value)
    assert mine == expected
    assert set(PROGRAMS) == set(FIXES)


def test_a_walk_goes_around_walls_in_straight_lines():
    solid = np.zeros((60, 80), dtype=bool)
    solid[0:40, 38:42] = True  # a wall with a gap at the bottom
    free = free_mask(solid, [], [])
    found = find_path(free, (10, 20), lambda x, y: True if x >= 70 and y == 20 else None)
    assert found is not None
    points = [(10, 20), *found[0]]
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        assert x0 == x1 or y0 == y1  # straight lines only
        for x in range(min(x0, x1), max(x0, x1) + 1):
            for y in range(min(y0, y1), max(y0, y1) + 1):
                assert free[y, x], (x, y)
    assert max(y for _, y in points) >= 40  # under the wall
