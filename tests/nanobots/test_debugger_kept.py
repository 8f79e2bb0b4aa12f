"""The debugger keeps drawings of panels that change only on input (the program panel,
the legend, the key hints) and copies them back: the window must look exactly as if
every frame were drawn afresh, through edits, cursor moves, modes and a played run."""

from __future__ import annotations

import pygame
import pytest

from game.engine.input import Action, InputFrame
from game.nanobots.debugger import FADE_TICKS, WARM_STAGES, _Kept
from game.nanobots.grid import MAX_CELLS, LayoutError, parse_layout
from game.nanobots.session import Mode
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
    h.scene.forget_drawings()
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
        InputFrame(), InputFrame(Action.FASTER, Action.FASTER),  # the speed shows
        InputFrame(Action.REWIND, Action.REWIND), InputFrame(Action.REWIND),  # rewinding
        InputFrame(),
    ]
    seen = set()
    for frame in [InputFrame()] * 8 + steps + [InputFrame()] * 3:
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


def test_the_briefing_prepares_the_instrument_a_part_a_tick_behind_its_card(screen):
    h = Harness(screen, "safe_protocol")
    h.tick()
    frame_bytes(h)  # the opening frame: the card only, nothing planned yet
    assert h.s.sim._compiled is None
    assert h.scene._program_panel.copy is None
    for _ in WARM_STAGES:
        h.tick()
        frame_bytes(h)
    assert h.s.sim._compiled is not None  # planned while the card showed
    assert h.scene._program_panel.copy is not None and h.scene._inspector.copy is not None
    for _ in range(FADE_TICKS + 5):
        h.tick()
        drawn_every_tick = frame_bytes(h)
    late = Harness(screen, "safe_protocol")  # drawn only now, as a headless run draws
    for _ in range(h.s.ticks):
        late.tick()
    assert frame_bytes(late) == drawn_every_tick
    h.tick(InputFrame(Action.CONFIRM, Action.CONFIRM))
    assert h.s.mode is Mode.DEBUG
    assert frame_bytes(h) == fresh_bytes(h)


def test_a_played_level_looks_the_same_kept_or_fresh(screen):
    h = Harness(screen, "safe_protocol")
    h.tick(InputFrame(Action.CONFIRM, Action.CONFIRM))
    h.tick(InputFrame(Action.PLAY, Action.PLAY))
    h.until(lambda: h.s.sim.repaired > 0)
    h.s.speed = 7  # the fastest: cavities fill every few frames
    fills = 0
    for _ in range(30):
        before = h.s.sim.repaired
        h.tick()
        kept = frame_bytes(h)
        assert fresh_bytes(h) == kept
        h.scene.view._tissue = None  # the tissue image painted whole, not patched
        h.scene.view._tissue_key = None
        assert fresh_bytes(h) == kept
        fills += h.s.sim.repaired > before
    assert fills >= 3
