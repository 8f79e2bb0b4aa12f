"""Rejuvenation's shipped routes (playthroughs/rejuvenation/) read every line of its
dialogue, played through the real game: no line is written for a state no player can be
in, and every branch a player can take is played by some route.

Playing every route takes a minute or two (the three from New Game most of it), so this
runs under ``make soak``; ``python -m game playthrough rejuvenation --all`` prints the
same coverage and lists any line left unread.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.dialogue.library import ContentLibrary
from game.dialogue.playtest import coverage
from game.playthrough.beats import campaign_beats
from game.playthrough.driver import Driver
from game.playthrough.route import read_programs, read_route, route_files
from tests.support.soak import SOAK

ROOT = Path(__file__).resolve().parents[3]
ROUTES = ROOT / "playthroughs"


@pytest.fixture(autouse=True)
def _no_user_mods(tmp_path, monkeypatch):
    monkeypatch.setenv("ENAMEL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SDL_VIDEODRIVER", "dummy")
    monkeypatch.setenv("SDL_AUDIODRIVER", "dummy")


def test_there_is_a_short_route_from_every_chapter_start_that_has_choices():
    starts = set()
    for path in route_files(ROUTES, "rejuvenation"):
        route = read_route(path, "rejuvenation", [])
        assert route is not None, path
        if route.start is not None:
            starts.add(route.start.chapter)
    assert {"uneasy_alliance", "cover_up", "safe_protocol", "showdown"} <= starts


@pytest.mark.soak
@pytest.mark.skipif(not SOAK, reason="plays every Rejuvenation route: make soak plays it")
def test_the_routes_read_every_line_and_reach_every_beat():
    loaded, _ = ContentLibrary(ROOT, (), False).load("rejuvenation")
    assert loaded is not None
    programs = read_programs(ROUTES / "programs.yaml", [])
    reached: set[str] = set()
    beats: set[str] = set()
    for path in route_files(ROUTES, "rejuvenation"):
        route = read_route(path, "rejuvenation", [])
        assert route is not None, path
        report = Driver(route, programs=programs).run()
        assert report.ok, (path.name, report.failure)
        reached |= report.lines
        beats |= {b.id for _, b in report.beats}
    cover = coverage(loaded, reached)
    unread = [(Path(path).name, line, text[:60]) for path, line, _, text in cover.unreached]
    assert unread == []
    assert cover.reached == cover.total
    assert beats == {b.id for b in campaign_beats(loaded)}
