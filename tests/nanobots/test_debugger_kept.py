"""The debugger keeps drawings of panels that change only on input (the program panel,
the legend, the key hints) and copies them back: the window must look exactly as if
every frame were drawn afresh, through edits, cursor moves, modes and a played run."""

from __future__ import annotations

import pygame
import pytest

from game.engine.input import Action, InputFrame
from game.nanobots.debugger import _Kept
from game.nanobots.grid import MAX_CELLS, LayoutError, parse_layout
from tests.nanobots.test_debugger_scene import Harness


@pytest.fixture(scope="module")
def screen():
    from game.engine.screen import Screen

    pygame.display.init()
    window = pygame.display.set_mode((960, 540))
    yield Screen(window)
    pygame.display.quit()


def frame_bytes(h: Harness) -> bytes:
    h.screen.clear()
    h.game.stack.draw(h.screen, 0.0)
    return pygame.image.tobytes(h.screen.target, "RGB")


def fresh_bytes(h: Harness) -> bytes:
    scene = h.scene
    scene._program_panel, scene._legend, scene._hints = _Kept(), _Kept(), _Kept()
    return frame_bytes(h)


def test_kept_panels_look_like_fresh_ones_through_a_session(screen):
    h = Harness(screen, "safe_protocol")
    steps = [
        InputFrame(),  # the briefing
        InputFrame(Action.CONFIRM, Action.CONFIRM),  # into the debugger
        InputFrame(Action.DOWN, Action.DOWN),  # the cursor moves
        InputFrame(Action.RIGHT, Action.RIGHT),  # onto a value
        InputFrame(Action.RIGHT | Action.RUN, Action.RIGHT),  # a value changes
        InputFrame(Action.DOWN, Action.DOWN),
        InputFrame(Action.PLAY, Action.PLAY),  # runs: the legend follows filled cavities
    ]
    seen = set()
    for frame in steps + [InputFrame()] * 3:
        h.tick(frame)
        kept = frame_bytes(h)
        again = frame_bytes(h)  # copied back this time
        assert again == kept
        assert fresh_bytes(h) == kept
        seen.add(kept)
    assert len(seen) > 4  # the frames did change


def test_a_kept_panel_is_drawn_again_when_its_key_changes(screen):
    kept = _Kept()
    calls = []

    def paint(color):
        def go():
            calls.append(color)
            screen.fill(color, (10, 10, 20, 20))
            return color
        return go

    assert kept.draw(screen, (10, 10, 20, 20), "a", paint((255, 0, 0))) == (255, 0, 0)
    screen.clear()
    assert kept.draw(screen, (10, 10, 20, 20), "a", paint((0, 255, 0))) == (255, 0, 0)
    assert screen.target.get_at(screen.to_window(15, 15))[:3] == (255, 0, 0)  # copied back
    assert kept.draw(screen, (10, 10, 20, 20), "b", paint((0, 0, 255))) == (0, 0, 255)
    assert calls == [(255, 0, 0), (0, 0, 255)]


def layout(width: int, height: int) -> str:
    rows = ["." * width] * height
    rows[0] = "*" + rows[0][1:]
    rows[1] = "C" + rows[1][1:]
    return "\n".join(rows)


def test_the_cell_cap_is_four_story_levels():
    assert MAX_CELLS == 4 * 64 * 44
    grid = parse_layout(layout(128, 88))
    assert grid.size == MAX_CELLS
    with pytest.raises(LayoutError) as info:
        parse_layout(layout(128, 89))
    assert (info.value.row, info.value.column) == (88, 0)  # the first row past the cap
