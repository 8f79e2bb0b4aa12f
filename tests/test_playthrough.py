"""``python -m game playthrough``: routes played from New Game through the real game.

The shipped routes reach their beats by input frames alone; a route that skips a stop
fails and names the beat it missed; bad route files give located errors; the winning
programs the routes use are the fixes the nanobot tests prove; walks stay on the floor.
Each shipped route takes a second or two; ``make soak`` plays every route, ``make
test`` the chapter 1-2 ones.
"""

from __future__ import annotations

import itertools
import os
import re
from pathlib import Path

import numpy as np
import pytest

from game.cli import main
from game.nanobots.levels import load_level_id
from game.playthrough.beats import Beat
from game.playthrough.driver import Driver
from game.playthrough.pathfind import find_path, free_mask
from game.playthrough.route import read_programs, read_route, route_files
from tests.support.nanobots import FIXES, apply
from tests.support.soak import SOAK

ROOT = Path(__file__).resolve().parents[1]
ROUTES = ROOT / "playthroughs"
PROGRAMS = read_programs(ROUTES / "programs.yaml", [])
CAMPAIGNS = ("rejuvenation", "tooth_rebirth")
#: The chapter 1-2 beats of Rejuvenation, in story order.
REJUVENATION_CH1_2 = ["practice_empties", "max_clinic", "side_effects", "alliance",
                      "efficiency_first"]


@pytest.fixture(autouse=True)
def _no_user_mods(tmp_path, monkeypatch):
    monkeypatch.setenv("ENAMEL_DATA_DIR", str(tmp_path / "data"))
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")


def shipped_routes() -> list[tuple[str, Path]]:
    out = []
    for campaign in CAMPAIGNS:
        for path in route_files(ROUTES, campaign):
            slow = not path.stem.startswith("ch1_2")
            marks = [pytest.mark.soak] if slow else []
            if slow and not SOAK:
                marks.append(pytest.mark.skip(reason="later chapters: make soak plays them"))
            out.append(pytest.param(campaign, path, marks=marks, id=f"{campaign}/{path.stem}"))
    return out


def play(campaign: str, path: Path, **options):
    problems: list = []
    route = read_route(path, campaign, problems)
    assert route is not None, [d.format() for d in problems]
    return Driver(route, programs=PROGRAMS, **options).run()


@pytest.mark.parametrize(("campaign", "path"), shipped_routes())
def test_each_shipped_route_reaches_its_beats_through_the_real_game(campaign, path):
    report = play(campaign, path)
    assert report.ok, report.failure
    assert not report.missed
    wanted = [s.value for s in report.route.beats()]
    reached = [b.id for _, b in report.beats]
    assert set(wanted) <= set(reached)
    assert report.ticks > 600 and len(report.lines) > 100
    if report.route.ending:
        assert report.ending == report.route.ending
    if campaign == "rejuvenation" and path.stem.startswith("ch1_2"):
        assert reached[:5] == REJUVENATION_CH1_2  # printed in story order, as reached
        ticks = [t for t, _ in report.beats]
        assert ticks == sorted(ticks)


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
