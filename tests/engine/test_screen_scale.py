"""Scaling internal pixels into the window: the opaque map canvas goes straight into the
window, everything else is blended; both must look the same as a plain scaled copy."""

from __future__ import annotations

import os

import pygame
import pytest

from game.engine.screen import HEIGHT, WIDTH, Screen

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")


def pattern(flags: int = 0) -> pygame.Surface:
    surface = pygame.Surface((WIDTH, HEIGHT), flags)
    surface.fill((20, 30, 40, 255))
    for x in range(0, WIDTH, 7):
        pygame.draw.line(surface, (200, x % 255, 90, 255), (x, 0), (WIDTH - x, HEIGHT - 1))
    return surface


def expected(window: pygame.Surface, surface: pygame.Surface, scale: int,
             pos: tuple[int, int]) -> bytes:
    reference = pygame.Surface(window.get_size())
    reference.fill((0, 0, 0))
    reference.blit(pygame.transform.scale(surface, (surface.get_width() * scale,
                                                    surface.get_height() * scale)), pos)
    return pygame.image.tobytes(reference, "RGB")


@pytest.fixture()
def window():
    pygame.display.init()
    yield pygame.display.set_mode((WIDTH * 2 + 40, HEIGHT * 2 + 20))


@pytest.mark.parametrize("flags", [0, pygame.SRCALPHA])
def test_a_full_canvas_looks_the_same_scaled_straight_into_the_window(window, flags):
    screen = Screen(window)
    screen.clear()
    canvas = pattern(flags)
    screen.blit(canvas, (0, 0))
    assert pygame.image.tobytes(window, "RGB") == expected(window, canvas, 2, screen.origin)


def test_a_canvas_partly_outside_the_window_is_clipped_not_refused(window):
    screen = Screen(window)
    screen.clear()
    canvas = pattern()
    screen.blit(canvas, (100, 50))
    x, y = screen.to_window(100, 50)
    assert pygame.image.tobytes(window, "RGB") == expected(window, canvas, 2, (x, y))


def test_a_translucent_overlay_is_blended_over_what_is_below(window):
    screen = Screen(window)
    screen.clear((255, 255, 255))
    overlay = pygame.Surface((10, 10), pygame.SRCALPHA)
    overlay.fill((0, 0, 0, 128))
    screen.blit(overlay, (0, 0))
    r, g, b, _ = window.get_at(screen.to_window(1, 1))
    assert 100 < r < 160 and r == g == b  # half black over white, not black
