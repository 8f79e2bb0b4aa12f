"""The command line: one-line errors, the no-display message, headless runs."""

from __future__ import annotations

import os
import subprocess
import sys

import pygame
import pytest

from game.cli import main
from game.engine.screen import HEIGHT, WIDTH


def run_game(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "game", *args], capture_output=True, text=True,
                          env=env or dict(os.environ), timeout=60)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--headless", "--ticks", "5", "--map", "atlantis"], "unknown map 'atlantis'"),
        (["--headless", "--ticks", "0"], "must be at least 1"),
        (["--headless"], "--headless needs --ticks"),
        (["--headless", "--ticks", "5", "--input", "3:jump"], "unknown action 'jump'"),
        (["--bogus"], "--bogus"),  # the line names the option it did not know
        (["frobnicate"], "unknown command 'frobnicate'"),
        (["--headless", "--ticks", "5", "--node", "rejuvenation"], "--node takes CAMPAIGN:NODE"),
        (["--headless", "--ticks", "5", "--set", "trust"], "--set takes VAR=VALUE"),
    ],
)
def test_bad_input_gets_one_line_and_a_nonzero_exit(args, message):
    result = run_game(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_without_a_display_the_game_says_what_to_do():
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "SDL_VIDEODRIVER")}
    result = run_game(env=env)
    assert result.returncode == 1
    assert "no display found" in result.stderr and "--headless" in result.stderr
    assert "xvfb-run" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for command in ("lint", "mods", "graph", "levels", "playtest"):
        assert command in out


def test_headless_title_screenshot(tmp_path):
    shot = tmp_path / "title.png"
    assert main(["--headless", "--ticks", "3", "--scale", "2", "--screenshot", str(shot)]) == 0
    picture = pygame.image.load(str(shot))
    assert picture.get_size() == (WIDTH * 2, HEIGHT * 2)  # the whole window at scale 2

    def colours(x: int, y: int, w: int, h: int) -> set[tuple[int, int, int]]:
        return {tuple(picture.get_at((i, j)))[:3] for i in range(x, x + w, 2)
                for j in range(y, y + h, 2)}

    assert len(colours(0, 0, WIDTH * 2, HEIGHT * 2)) > 16  # a drawn scene, not a blank frame
    assert len(colours(WIDTH // 2, 60, WIDTH, 160)) > 4  # the title is not a flat patch


@pytest.mark.parametrize("shot", [False, True])
def test_a_headless_run_draws_only_for_a_screenshot(tmp_path, monkeypatch, shot):
    from game.app import App

    drawn: list[float] = []
    real = App.draw
    monkeypatch.setattr(App, "draw", lambda self, alpha: (drawn.append(alpha),
                                                          real(self, alpha)))
    args = ["--headless", "--ticks", "30", "--map", "street"]
    if shot:
        args += ["--screenshot", str(tmp_path / "shot.png")]
    assert main(args) == 0
    assert len(drawn) == (1 if shot else 0)
