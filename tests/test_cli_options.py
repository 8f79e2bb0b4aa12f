"""Options a run would ignore or could not honour are refused before it starts, with
the option (and the path) named; scripted input is made as the run goes, so a huge
``--ticks`` costs no memory.

The messages' wording is the game's own, but these tests only look for the option and
the path they name, the exit status and the absence of a traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.cli import main, play_parser, stream_frames
from game.engine.input import ACTION_NAMES, frames_from_script, script_ranges

ROOT = Path(__file__).resolve().parent.parent


def run_game(*args: str, **kwargs: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "game", *args], capture_output=True,
                          text=True, env=dict(os.environ), timeout=120, **kwargs)


def assert_refused(result: subprocess.CompletedProcess, *named: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    for text in named:
        assert text in result.stderr, (text, result.stderr)


# --- --screenshot --------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["x.txt", "shot", "shot.gif", "x.png.txt"])
def test_a_screenshot_name_pygame_cannot_write_is_refused(tmp_path, name):
    shot = tmp_path / name
    assert_refused(run_game("--headless", "--ticks", "2", "--screenshot", str(shot)),
                   "--screenshot", name)
    assert not shot.exists()  # (a .txt used to be written, as a TGA)


@pytest.mark.parametrize(("name", "magic"), [
    ("shot.png", b"\x89PNG"), ("shot.PNG", b"\x89PNG"), ("shot.bmp", b"BM"),
    ("shot.jpg", b"\xff\xd8"), ("shot.jpeg", b"\xff\xd8"), ("shot.tga", None),
])
def test_every_format_pygame_writes_is_taken(tmp_path, name, magic):
    shot = tmp_path / name
    assert main(["--headless", "--ticks", "1", "--screenshot", str(shot)]) == 0
    data = shot.read_bytes()
    assert data and (magic is None or data.startswith(magic))


def test_a_screenshot_into_a_missing_folder_is_refused_before_the_run(tmp_path):
    shot = tmp_path / "missing" / "shot.png"
    assert_refused(run_game("--headless", "--ticks", "2", "--screenshot", str(shot)),
                   "--screenshot", str(shot))
    assert not shot.parent.exists()


def test_a_screenshot_under_a_file_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("not a folder", encoding="utf-8")
    shot = tmp_path / "notes.txt" / "shot.png"  # (was FileExistsError, a traceback)
    assert_refused(run_game("--headless", "--ticks", "2", "--screenshot", str(shot)),
                   "--screenshot", str(shot))


def test_a_screenshot_onto_a_folder_is_refused(tmp_path):
    (tmp_path / "shot.png").mkdir()
    assert_refused(run_game("--headless", "--ticks", "2", "--screenshot",
                            str(tmp_path / "shot.png")), "--screenshot", "shot.png")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="needs a folder this user cannot write (root writes anywhere)")
def test_a_screenshot_into_a_read_only_folder_is_refused(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert_refused(run_game("--headless", "--ticks", "2", "--screenshot",
                                str(folder / "shot.png")), "--screenshot", str(folder))
    finally:
        folder.chmod(0o700)


def test_a_screenshot_where_this_user_may_not_write_is_refused(tmp_path, monkeypatch, capsys):
    """(the check above, for users who can write anywhere, such as root in a container)"""
    real = os.access
    locked = tmp_path / "locked"
    locked.mkdir()
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if Path(path) == locked
                        else real(path, mode, **kw))
    assert main(["--headless", "--ticks", "1", "--screenshot", str(locked / "shot.png")]) == 2
    err = capsys.readouterr().err
    assert "--screenshot" in err and str(locked) in err and "Traceback" not in err
    assert not (locked / "shot.png").exists()


def test_a_screenshot_that_fails_to_write_after_the_run_is_one_line(tmp_path, monkeypatch,
                                                                    capsys):
    import pygame

    def refuse(surface: object, path: str) -> None:
        raise pygame.error("disk full")

    monkeypatch.setattr(pygame.image, "save", refuse)
    shot = tmp_path / "shot.png"
    assert main(["--headless", "--ticks", "1", "--screenshot", str(shot)]) == 1
    err = capsys.readouterr().err
    assert str(shot) in err and "--screenshot" in err and len(err.strip().splitlines()) == 1


# --- options that would be ignored ------------------------------------------------------

@pytest.mark.parametrize(("args", "named"), [
    (["--campaign", "tooth_rebirth"], ["--campaign"]),
    (["--spawn", "entry"], ["--spawn", "--map"]),
    (["--spawn", "entry", "--node", "rejuvenation:ch1_obsolete"], ["--spawn", "--map"]),
    (["--map", "clinic", "--level", "first_contact"], ["--map", "--level"]),
    (["--node", "rejuvenation:ch1_obsolete", "--level", "first_contact"],
     ["--node", "--level"]),
    (["--set", "trust=1", "--level", "first_contact"], ["--set", "--level"]),
    (["--campaign", "tooth_rebirth", "--node", "rejuvenation:ch1_obsolete"], ["--campaign"]),
    (["--fullscreen"], ["--fullscreen", "--headless"]),
])
def test_options_the_run_would_ignore_are_refused(args, named):
    assert_refused(run_game("--headless", "--ticks", "2", *args), *named)


def test_campaign_with_a_map_and_a_matching_node_still_work(tmp_path):
    assert main(["--headless", "--ticks", "2", "--campaign", "tooth_rebirth",
                 "--map", "clinic"]) == 0
    assert main(["--headless", "--ticks", "2", "--campaign", "rejuvenation",
                 "--node", "rejuvenation:ch1_obsolete"]) == 0


def test_scripted_input_without_headless_is_refused():
    # (a window takes its input from the devices: the script would be dropped)
    assert_refused(run_game("--ticks", "2", "--input", "0:confirm"), "--input")


def test_a_mod_folder_that_does_not_exist_is_refused(tmp_path):
    missing = tmp_path / "no_such_mod"
    assert_refused(run_game("--headless", "--ticks", "2", "--mod", str(missing)),
                   "--mod", str(missing))


@pytest.mark.parametrize("kind", ["file", "folder without mod.yaml"])
def test_a_mod_that_is_not_a_mod_folder_is_refused(tmp_path, kind):
    path = tmp_path / "thing"
    if kind == "file":
        path.write_text("id: thing\n", encoding="utf-8")
    else:
        path.mkdir()
    assert_refused(run_game("--headless", "--ticks", "2", "--mod", str(path)),
                   "--mod", str(path))


# --- --scale -------------------------------------------------------------------------------

@pytest.mark.parametrize("scale", ["0", "9", "100", "-1", "two"])
def test_a_window_scale_outside_1_to_8_is_refused(scale):
    assert_refused(run_game("--headless", "--ticks", "2", "--scale", scale), "--scale")


@pytest.mark.parametrize("scale", [1, 8])
def test_window_scales_1_to_8_are_taken(scale):
    assert play_parser(list_commands=False).parse_args(["--scale", str(scale)]).scale == scale


# --- streamed input --------------------------------------------------------------------------

scripts = st.lists(
    st.tuples(st.integers(0, 40), st.integers(0, 12),
              st.lists(st.sampled_from(sorted(ACTION_NAMES)), min_size=1, max_size=3)),
    max_size=6,
).map(lambda items: "; ".join(f"{start}-{start + length}:{'+'.join(names)}"
                              for start, length, names in items))


@given(script=scripts, ticks=st.integers(0, 60))
def test_streamed_frames_are_the_frames_the_script_lists(script, ticks):
    assert list(stream_frames(script_ranges(script), ticks)) == \
        frames_from_script(script, ticks)


@pytest.mark.skipif(sys.platform == "win32", reason="needs resource.setrlimit")
def test_a_run_of_two_billion_ticks_fits_in_little_memory(tmp_path):
    import resource

    # address space for the whole game: building every frame first would need ~16 GB
    # (and, without the limit, could take the machine's memory before failing)
    limit = 768 * 2 ** 20

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    shot = tmp_path / "quit.png"
    # Up from New game wraps to Quit on the title; the run ends there, long before 2e9
    result = run_game("--headless", "--ticks", "2000000000", "--input", "5:up; 10:confirm",
                      "--screenshot", str(shot), preexec_fn=cap)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and shot.is_file()
