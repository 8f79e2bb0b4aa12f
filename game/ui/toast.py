"""Short notices that come and go by themselves ("Received: Synthedent memo").

A :class:`Toasts` queue is plain logic (it counts ticks); its ``draw`` only calls the
screen it is given, so this module needs no pygame. The dialogue scene pushes one
when evidence is given and hands the queue on to the map, so a notice outlives the
dialogue that gave the item.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from game.ui import theme

if TYPE_CHECKING:
    from game.engine.screen import Screen

#: How long a notice shows, and how long it takes to slide in and fade out (ticks).
LIFE = 150
FADE = 12
#: Notices shown at once (the rest wait their turn).
SHOWN = 3
WIDTH = 480
HEIGHT = 20


@dataclass
class Toast:
    label: str  # "Received"
    text: str  # the item's name
    icon: Any = None  # an image the screen can blit, or None
    age: int = 0


class Toasts:
    def __init__(self) -> None:
        self.items: list[Toast] = []

    def push(self, label: str, text: str, icon: Any = None) -> None:
        self.items.append(Toast(label, text, icon))

    def tick(self) -> None:
        for toast in self.items[:SHOWN]:
            toast.age += 1
        self.items = [toast for toast in self.items if toast.age < LIFE]

    def __bool__(self) -> bool:
        return bool(self.items)

    def draw(self, screen: Screen, top: float = 8, left: float | None = None) -> None:
        """Draw the notices from ``top`` down, centred (or from ``left``: in a debate the
        speaker's portrait holds the middle of the screen)."""
        for row, toast in enumerate(self.items[:SHOWN]):
            fade = min(1.0, toast.age / FADE, (LIFE - toast.age) / FADE)
            if fade <= 0:
                continue
            label = f"{toast.label}:"
            width = (screen_width(label, theme.SIZE_SMALL + 0.5, "bold")
                     + screen_width(toast.text, theme.SIZE_BODY, "bold") + 24
                     + (20 if toast.icon is not None else 0))
            x = (WIDTH - width) / 2 if left is None else left
            slide = 0 if theme.reduced_motion() else round((1 - fade) * 8)
            y = top + row * (HEIGHT + 4) - slide
            screen.fill((*theme.INK, round(200 * fade)), (x, y, width, HEIGHT))
            screen.fill((*theme.GOLD, round(255 * fade)), (x, y, 2, HEIGHT))
            screen.fill((*theme.GOLD, round(120 * fade)), (x, y + HEIGHT - 1, width, 1))
            text_x = x + 8
            if toast.icon is not None:
                screen.blit(toast.icon, (text_x, y + 2), static=True)
                text_x += 20
            shade = min(1.0, fade)
            screen.text(label, (text_x, y + HEIGHT / 2), size=theme.SIZE_SMALL + 0.5,
                        face="bold", color=_dim(theme.GOLD, shade), anchor="midleft")
            text_x += screen_width(label, theme.SIZE_SMALL + 0.5, "bold") + 4
            screen.text(toast.text, (text_x, y + HEIGHT / 2), size=theme.SIZE_BODY, face="bold",
                        color=_dim(theme.GOLD_PALE, shade), anchor="midleft",
                        shadow=theme.SHADOW if shade > 0.6 else None)


def screen_width(text: str, size: float, face: str) -> float:
    """The drawn width of a text (fonts are the view's: imported only when drawing)."""
    from game.engine.text import text_width

    return text_width(text, size, face)


def _dim(color: tuple[int, int, int], fade: float) -> tuple[int, int, int]:
    return (round(color[0] * fade), round(color[1] * fade), round(color[2] * fade))
