"""The save folder: slots, autosaves, chapter starts, damaged files and their backups;
what is missing from the content; the text read across playthroughs."""

from __future__ import annotations

from game.saves.atomic import backup_path
from game.saves.content import KnownContent, missing_content
from game.saves.readtext import ReadText
from game.saves.store import SaveStore, chapter_slot
from tests.saves.support import sample_save


def test_slots_list_autosaves_chapter_starts_then_the_players(tmp_path):
    store = SaveStore(tmp_path)
    store.write("3", sample_save("three", saved_at=30))
    store.write("quit", sample_save("on quit", saved_at=50))
    store.write(chapter_slot("rejuvenation", "obsolete"), sample_save("ch1", saved_at=10))
    store.write(chapter_slot("rejuvenation", "pressure"), sample_save("ch2", saved_at=20,
                                                                      ticks=9000))
    assert [i.slot for i in store.slots()] == [
        "quit", "chapter-rejuvenation-obsolete", "chapter-rejuvenation-pressure", "3"]
    assert store.latest().meta.name == "on quit"
    assert [i.meta.name for i in store.chapters()] == ["ch1", "ch2"]
    assert [i.exists for i in store.manual_slots()] == [False, False, True] + [False] * 6


def test_continue_skips_a_damaged_latest_save(tmp_path):
    store = SaveStore(tmp_path)
    store.write("1", sample_save("older", saved_at=1))
    store.write("2", sample_save("newer", saved_at=2))
    store.path("2").write_text("{", encoding="utf-8")
    assert store.latest().meta.name == "older"


def test_a_damaged_save_is_reported_with_its_backup(tmp_path):
    store = SaveStore(tmp_path)
    store.write("1", sample_save("first", saved_at=1))
    store.write("1", sample_save("second", saved_at=2))
    data = store.path("1").read_bytes()
    store.path("1").write_bytes(data[: len(data) // 2])
    info = store.info("1")
    assert info.damaged and "damaged" in info.problem
    assert info.backup is not None and info.backup.name == "first"
    assert store.read("1", backup=True).meta.name == "first"


def test_a_slot_whose_file_is_gone_still_offers_its_backup(tmp_path):
    store = SaveStore(tmp_path)
    store.write("1", sample_save("first"))
    store.write("1", sample_save("second"))
    store.path("1").unlink()
    (info,) = store.slots()
    assert info.slot == "1" and info.damaged and info.problem == "the file is missing"
    assert info.backup.name == "first"


def test_a_backup_that_is_damaged_too_is_said_so(tmp_path):
    store = SaveStore(tmp_path)
    store.write("1", sample_save("first"))
    store.path("1").write_text("nonsense", encoding="utf-8")
    backup_path(store.path("1")).write_text("{}", encoding="utf-8")
    info = store.info("1")
    assert info.damaged and info.backup is None and "not an ENAMEL 2045 save" in \
        info.backup_problem


def test_files_that_are_not_saves_are_ignored(tmp_path):
    store = SaveStore(tmp_path)
    (tmp_path / "notes.txt").write_text("hi", encoding="utf-8")
    (tmp_path / "slot-12.json").write_text("{}", encoding="utf-8")
    (tmp_path / "slot-1.json.tmp").write_text("{", encoding="utf-8")
    assert store.slots() == []
    assert SaveStore(tmp_path / "absent").slots() == []


def test_missing_content_is_named():
    save = sample_save()
    everything = KnownContent({"intro"}, {"clinic"}, {"memo"}, {"obsolete"})
    assert missing_content(save, everything) == []
    nothing = KnownContent(set(), set(), set(), set())
    assert missing_content(save, nothing) == [
        "map 'clinic' (where you stood)", "chapter 'obsolete'",
        "dialogue node 'intro' (the conversation in progress)", "evidence 'memo'"]


def test_text_read_is_remembered_across_runs_and_can_be_forgotten(tmp_path):
    path = tmp_path / "read.json"
    read = ReadText(path)
    assert not read.has("rejuvenation", "a.1")
    read.add("rejuvenation", ["a.1", "a.2"])
    read.save()
    again = ReadText(path)
    assert again.has("rejuvenation", "a.1") and not again.has("tooth_rebirth", "a.1")
    again.clear()
    assert not ReadText(path).has("rejuvenation", "a.1")


def test_an_unreadable_read_text_file_is_set_aside(tmp_path):
    path = tmp_path / "read.json"
    path.write_text("[[[", encoding="utf-8")
    read = ReadText(path)
    assert read.problem is not None and read.count() == 0
    assert (tmp_path / "read.json.broken").exists()
