"""Text contrast as WCAG 2 measures it, and text colours that reach it.

Pure arithmetic on RGB triples (no pygame): :func:`contrast` is WCAG's contrast
ratio (1 to 21), :func:`readable` the colour nearest a wanted one that reaches a
ratio on a background (the name plates use it for every speaker's colour, whatever
a campaign or a mod gives).
"""

from __future__ import annotations

RGB = tuple[int, int, int]

#: WCAG 2 level AA for body text, and level AAA.
AA = 4.5
AAA = 7.0

_WHITE: RGB = (255, 255, 255)
_BLACK: RGB = (0, 0, 0)


def _channel(value: int) -> float:
    c = max(0, min(255, value)) / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(color: tuple[int, ...]) -> float:
    """WCAG relative luminance of an sRGB colour (0 black .. 1 white)."""
    r, g, b = color[:3]
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """WCAG contrast ratio of two colours, 1 (none) to 21 (black on white)."""
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def mix(a: tuple[int, ...], b: tuple[int, ...], amount: float) -> RGB:
    """``a`` moved ``amount`` (0..1) of the way to ``b``."""
    t = max(0.0, min(1.0, amount))
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t),
            round(a[2] + (b[2] - a[2]) * t))


def readable(color: tuple[int, ...], background: tuple[int, ...], minimum: float = AA) -> RGB:
    """``color`` if it reaches ``minimum`` contrast on ``background``; else the least
    lightened (on a dark background) or darkened (on a light one) version of it that
    does, so a speaker keeps their hue. When even white or black cannot reach it,
    whichever of the two contrasts more."""
    base: RGB = (color[0], color[1], color[2])
    if contrast(base, background) >= minimum:
        return base
    ends = sorted((_WHITE, _BLACK), key=lambda end: contrast(end, background), reverse=True)
    end = ends[0]
    if contrast(end, background) < minimum:
        return end
    low, high = 0.0, 1.0  # low fails, high reaches it
    for _ in range(20):
        middle = (low + high) / 2
        if contrast(mix(base, end, middle), background) >= minimum:
            high = middle
        else:
            low = middle
    found = mix(base, end, high)
    while contrast(found, background) < minimum:  # rounding to whole channels
        high = min(1.0, high + 0.01)
        found = mix(base, end, high)
    return found
