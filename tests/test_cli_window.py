"""What a run shows: the window's icon, and the README's headless examples doing what
the README says they do."""

from __future__ import annotations

import shlex
from pathlib import Path

import numpy as np
import pygame
import pytest

from game.cli import main

ROOT = Path(__file__).resolve().parent.parent
ICON = ROOT / "assets" / "ui" / "icon.png"


# --- the window icon ------------------------------------------------------------------------

def test_the_window_gets_the_game_icon(monkeypatch):
    given: list[pygame.Surface] = []
    real = pygame.display.set_icon
    monkeypatch.setattr(pygame.display, "set_icon",
                        lambda surface: (given.append(surface), real(surface))[1])
    assert main(["--headless", "--ticks", "1"]) == 0
    assert len(given) == 1
    assert given[0].get_size() == (32, 32)
    picture = pygame.image.load(str(ICON))
    assert pygame.image.tobytes(given[0], "RGBA") == pygame.image.tobytes(picture, "RGBA")


def _on_bar(icon: pygame.Surface, colour: tuple[int, int, int]) -> np.ndarray:
    """The icon drawn on a title bar of this colour: the luma of each pixel."""
    w, h = icon.get_size()
    bar = pygame.Surface((w, h))
    bar.fill(colour)
    bar.blit(icon, (0, 0))
    rgb = np.frombuffer(pygame.image.tobytes(bar, "RGB"), dtype=np.uint8).reshape(h, w, 3)
    return rgb.astype(float) @ np.array([0.299, 0.587, 0.114])


LIGHT_BAR, DARK_BAR = (240, 240, 240), (32, 32, 36)


@pytest.mark.parametrize("size", [32, 16])
def test_the_icon_reads_on_light_and_dark_bars(size):
    """At 32 and scaled down to 16 (a title bar, a task bar): on a dark bar the light
    tooth stands out, on a light one its dark outline does, and the teal bot on both."""
    icon = pygame.image.load(str(ICON))
    assert icon.get_size() == (32, 32)
    if size != 32:
        icon = pygame.transform.smoothscale(icon, (size, size))
    for bar, share in ((DARK_BAR, 0.4), (LIGHT_BAR, 0.15)):
        luma = _on_bar(icon, bar)
        background = float(np.array(bar) @ np.array([0.299, 0.587, 0.114]))
        standing_out = np.abs(luma - background) > 60
        assert standing_out.mean() > share, (bar, standing_out.mean())
    w, h = icon.get_size()
    rgba = np.frombuffer(pygame.image.tobytes(icon, "RGBA"), dtype=np.uint8)
    r, g, b, a = rgba.reshape(h, w, 4).astype(int).transpose(2, 0, 1)
    teal = (a > 160) & (g > r + 50) & (b > r + 30)
    assert teal.sum() >= 0.02 * w * h  # the bot is still there
    ys, xs = np.nonzero(teal)
    assert xs.mean() > w * 0.55 and ys.mean() > h * 0.55  # at work on the lower right
    assert 0.4 < (a > 160).mean() < 0.9  # a shape on a clear square, not a filled tile


# --- the README's examples -------------------------------------------------------------------

def readme_command(picture: str) -> list[str]:
    """The README's example that writes ``picture``, as the game's arguments."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").replace("\\\n", " ").splitlines()
    line = next(line for line in lines if picture in line and "-m game" in line)
    words = shlex.split(line)
    return words[words.index("game") + 1:]


def test_the_readme_talk_example_shows_a_conversation(tmp_path, monkeypatch):
    from game.app import App
    from game.dialogue.scene import DialogueScene

    args = readme_command("talk.png")
    args[args.index("--screenshot") + 1] = str(tmp_path / "talk.png")
    shown: list[object] = []
    real = App.draw
    monkeypatch.setattr(App, "draw", lambda self, alpha: (
        shown.append(self.game.stack.top), real(self, alpha)))
    assert main(args) == 0
    assert len(shown) == 1 and isinstance(shown[0], DialogueScene)  # talking in the shot
    assert (tmp_path / "talk.png").is_file()


def test_the_readme_map_example_runs(tmp_path):
    args = readme_command("clinic.png")
    args[args.index("--screenshot") + 1] = str(tmp_path / "clinic.png")
    assert main(args) == 0 and (tmp_path / "clinic.png").is_file()
