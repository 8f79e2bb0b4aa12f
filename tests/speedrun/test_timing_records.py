"""In-game time, the run timer, personal bests, golds and their storage."""

from __future__ import annotations

import json

from game.dialogue.model import Category
from game.speedrun.records import Records, RecordStore, atomic_write, segment_durations
from game.speedrun.timer import Phase, RunTimer
from game.speedrun.timing import format_delta, format_time, livesplit_time, seconds_text


def category(starts_on: str = "control") -> Category:
    return Category("showdown", "Showdown%", "showdown", starts_on, "warp", "clinic",
                    ("A", "B", "C"), "Finale", 2045, "campaign.yaml", 1, 1)


def test_time_is_shown_from_ticks_as_h_mm_ss_fff():
    assert format_time(0) == "0:00:00.000"
    assert format_time(537) == "0:00:08.950"
    assert format_time(60 * 3600 + 61) == "1:00:01.016"
    assert format_time(537, short=True) == "0:08.950"
    assert format_delta(-90) == "-1.500"
    assert livesplit_time(537) == "00:00:08.9500000"
    assert seconds_text(90) == "1.500000000"


def test_category_time_starts_with_control_and_stops_while_paused():
    timer = RunTimer(category())
    for tick in range(1, 11):  # the chapter card and opening lines: no control
        assert timer.tick(tick, counting=True, control=False) == []
    assert timer.phase is Phase.WAITING and timer.file_ticks == 10 and timer.ticks == 0
    assert timer.tick(11, counting=True, control=True) == ["start"]
    assert timer.started_at == 11 and timer.ticks == 1
    timer.tick(12, counting=False, control=False)  # the pause menu
    assert timer.ticks == 1 and timer.file_ticks == 11
    timer.tick(13, counting=True, control=False)
    assert timer.ticks == 2


def test_splits_end_segments_in_order_and_skip_the_ones_missed():
    timer = RunTimer(category("run"))
    timer.tick(1, counting=True, control=False)
    assert timer.split("B") == ["skip", "split"]  # A was never reached
    assert timer.split("A") == []  # behind us: ignored
    assert timer.split("Z") == []  # not a split of this category
    timer.tick(2, counting=True, control=False)
    assert timer.finish(2) == ["skip", "finish"]
    assert timer.splits == [None, 1, None, 2] and timer.finished
    assert timer.finish(3) == [] and timer.abandon() == []


def test_personal_best_golds_sum_of_best_and_delta():
    records = Records("rejuvenation", "showdown", ("A", "B", "C"))
    assert records.add([10, 30, 60], finished=True) == (True, [0, 1, 2])
    assert records.pb_time == 60 and records.sum_of_best == 60
    new_pb, golds = records.add([12, 25, None], finished=False)  # reset after B
    assert not new_pb and golds == [1]  # B took 13 ticks: a gold, not a PB
    assert records.golds == [10, 13, 30] and records.sum_of_best == 53
    assert records.delta(1, 25) == -5 and records.delta(0, 14) == 4
    assert records.add([11, 31, 61], finished=True) == (False, [])
    assert records.attempts == 3 and records.finished == 2
    assert segment_durations([10, None, 40]) == [10, None, None]


def test_records_are_kept_in_the_data_folder_and_survive_a_bad_file(tmp_path):
    store = RecordStore(tmp_path)
    records = store.load("rejuvenation", "showdown", ("A", "B"))
    records.add([5, 9], finished=True)
    path = store.save(records)
    assert path == tmp_path / "rejuvenation" / "showdown.json"
    again = store.load("rejuvenation", "showdown", ("A", "B"))
    assert again.pb == [5, 9] and again.golds == [5, 4] and again.attempts == 1
    # other segments (the content changed): the records start afresh
    assert store.load("rejuvenation", "showdown", ("A", "B", "C")).pb is None
    path.write_text("{not json", encoding="utf-8")
    assert store.load("rejuvenation", "showdown", ("A", "B")).pb is None
    assert path.with_name("showdown.json.broken").exists()


def test_atomic_write_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "deep" / "file.json"
    atomic_write(target, b'{"a": 1}')
    atomic_write(target, b'{"a": 2}')
    assert json.loads(target.read_text()) == {"a": 2}
    assert [p.name for p in target.parent.iterdir()] == ["file.json"]
