"""``python -m game`` as a process: Ctrl-C and a closed pipe end it quietly, a display
that does not answer is said so (no endless run without a window), and the commands
the no-display message suggests really work.

Messages from argparse, pygame and SDL are not asserted, only exit statuses, the names
the game's own lines give, and that no traceback is printed.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from game.cli import launcher
from game.commands import EXIT_BROKEN_PIPE, EXIT_INTERRUPTED

ROOT = Path(__file__).resolve().parent.parent
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and pipes")


def game_env(**changes: str | None) -> dict[str, str]:
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def start(*args: str, **popen: object) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "game", *args], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen)


def interrupt(process: subprocess.Popen) -> tuple[str, str]:
    process.send_signal(signal.SIGINT)
    try:
        return process.communicate(timeout=60)
    finally:
        process.kill()


# --- Ctrl-C ------------------------------------------------------------------------------------

@posix_only
def test_ctrl_c_while_playing_in_a_window_ends_quietly():
    process = start(env=game_env(ENAMEL_STARTUP_PROBE="1"))
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "first-frame"  # the real-time loop runs
    time.sleep(0.3)
    _, err = interrupt(process)
    assert process.returncode == EXIT_INTERRUPTED, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


@posix_only
def test_ctrl_c_during_a_long_headless_run_ends_quietly():
    process = start("--headless", "--ticks", "2000000000", "--map", "street", env=game_env())
    time.sleep(2.5)  # started and ticking (it would run for hours)
    assert process.poll() is None
    _, err = interrupt(process)
    assert process.returncode == EXIT_INTERRUPTED, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


@posix_only
def test_ctrl_c_in_a_tool_ends_quietly():
    process = start("playthrough", "rejuvenation", "--all", env=game_env(PYTHONUNBUFFERED="1"))
    assert process.stdout is not None
    first = process.stdout.readline()  # the first route has begun; a dozen more follow
    assert first and process.poll() is None, (first, process.poll())
    _, err = interrupt(process)
    assert process.returncode == EXIT_INTERRUPTED, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


# --- a closed pipe ---------------------------------------------------------------------------

@posix_only
@pytest.mark.parametrize("buffered", [True, False], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize("args", [
    ["playtest", "rejuvenation", "--transcript"],
    ["levels"],
    ["mods"],
    ["lint"],
    ["--headless", "--ticks", "1", "--screenshot", "{tmp}/shot.png"],
    ["--help"],
    ["playtest", "--help"],
    ["--version"],
], ids=lambda args: " ".join(args[:2]))
def test_output_into_a_closed_pipe_ends_quietly(args, buffered, tmp_path):
    """``python -m game playtest ... | head``: the reader goes away before the output
    is written (here: before the process even starts writing)."""
    env = game_env(PYTHONUNBUFFERED=None if buffered else "1")
    process = start(*(arg.format(tmp=tmp_path) for arg in args), env=env)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    err = process.stderr.read()
    process.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipeError" not in err
    assert "Exception ignored" not in err
    if args[-1] in ("--help", "--version"):  # (argparse itself drops what it cannot write)
        assert process.returncode in (0, EXIT_BROKEN_PIPE), err
    else:
        assert process.returncode == EXIT_BROKEN_PIPE, err


def test_a_tool_into_an_open_pipe_still_says_everything():
    result = subprocess.run([sys.executable, "-m", "game", "levels"], capture_output=True,
                            text=True, env=game_env(), timeout=120)
    assert result.returncode == 0 and len(result.stdout.splitlines()) > 3


# --- no display, or one that does not answer ---------------------------------------------------

def _free_x_display() -> str:
    for number in range(99, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            return f":{number}"
    pytest.skip("no unused X display number")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland variables")
@pytest.mark.parametrize("variable", ["DISPLAY", "WAYLAND_DISPLAY"])
def test_a_display_that_does_not_answer_is_said_not_run_without_a_window(variable, tmp_path):
    value = _free_x_display() if variable == "DISPLAY" else "wayland-enamel-gone"
    env = game_env(SDL_VIDEODRIVER=None, DISPLAY=None, WAYLAND_DISPLAY=None,
                   XDG_RUNTIME_DIR=str(tmp_path))
    env[variable] = value
    # --ticks bounds the run: a game that opened "a window" on SDL's offscreen driver
    # would otherwise run forever, which is exactly the bug
    result = subprocess.run([sys.executable, "-m", "game", "--ticks", "120"],
                            capture_output=True, text=True, env=env, timeout=60, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert variable in result.stderr and "--headless" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_driver_asked_for_is_not_a_fallback():
    from game.app import fell_back

    assert fell_back("offscreen", []) and fell_back("dummy", ["x11"])
    assert not fell_back("offscreen", ["offscreen"]) and not fell_back("dummy", ["x11", "dummy"])
    assert not fell_back("x11", []) and not fell_back("wayland", [])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland variables")
def test_the_no_display_message_suggests_a_command_that_works(tmp_path):
    # a shell outside the venv: its PATH has no venv, so a bare "python" is another one
    env = game_env(SDL_VIDEODRIVER=None, DISPLAY=None, WAYLAND_DISPLAY=None,
                   PATH=os.pathsep.join(["/usr/bin", "/bin"]))
    result = subprocess.run([sys.executable, "-m", "game"], capture_output=True, text=True,
                            env=env, timeout=60, cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "xvfb-run" in result.stderr
    suggested = re.search(r"\(([^()]*--headless[^()]*)\)", result.stderr)
    assert suggested, result.stderr
    command = shlex.split(suggested.group(1))
    # run it as printed, from the same folder, in the same shell (but headless)
    ran = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=tmp_path,
                         env=dict(env, SDL_VIDEODRIVER="dummy"))
    assert ran.returncode == 0, ran.stderr
    assert (tmp_path / "shot.png").is_file()


def _program(name: str) -> str:
    """Where a shell in the current folder finds this program."""
    if os.sep in name:
        return os.path.abspath(name)
    found = shutil.which(name)
    assert found is not None, name
    return os.path.abspath(found)


def test_the_suggested_python_is_the_one_running(monkeypatch, tmp_path):
    python = os.path.abspath(sys.executable)  # (not resolved: a venv's python is a link)
    for folder in (ROOT, tmp_path, Path(python).parent):
        monkeypatch.chdir(folder)
        program, *rest = shlex.split(launcher())
        assert rest == ["-m", "game"]
        assert _program(program) == python, (folder, program)
