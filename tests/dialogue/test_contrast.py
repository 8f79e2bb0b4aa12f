"""Text a player must read is readable: every speaker's name plate of both campaigns,
and the debate's hints, reach WCAG AA (4.5:1) against what is actually drawn behind
them; under a debate the room is dimmed almost to ink (game/dialogue/view.py,
game/ui/contrast.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pygame
import pytest

from game.dialogue import events as ev
from game.dialogue import view
from game.dialogue.library import load_campaign
from game.engine.images import ImageCache
from game.engine.screen import HEIGHT, WIDTH, Screen
from game.ui import theme
from game.ui.contrast import AA, AAA, contrast, mix, readable

CAMPAIGNS = ("rejuvenation", "tooth_rebirth")


@pytest.fixture(autouse=True)
def _display():
    pygame.display.init()
    pygame.display.set_mode((1, 1))
    yield


class RecordingScreen(Screen):
    """A screen at scale 1 that remembers the colour each text was drawn in."""

    def __init__(self, backdrop: tuple[int, int, int]) -> None:
        super().__init__(pygame.Surface((WIDTH, HEIGHT)), ImageCache())
        self.target.fill(backdrop)
        self.texts: dict[str, tuple[tuple[float, float], tuple[int, ...]]] = {}

    def text(self, content: str, pos: tuple[float, float], **kwargs) -> float:
        self.texts[content] = (pos, kwargs.get("color", (240, 240, 240)))
        return super().text(content, pos, **kwargs)

    def pixel(self, x: float, y: float) -> tuple[int, int, int]:
        return tuple(self.target.get_at((round(x), round(y))))[:3]


@contextmanager
def high_contrast(on: bool) -> Iterator[None]:
    theme.use_comfort(high_contrast=on, reduced_motion=False)
    try:
        yield
    finally:
        theme.use_comfort(high_contrast=False, reduced_motion=False)


def speakers(campaign_id: str) -> list[tuple[str, tuple[int, int, int]]]:
    campaign, _ = load_campaign(campaign_id, user_mods=False)
    assert campaign is not None and campaign.speakers
    return [(getattr(info, "name", None) or speaker,
             view.hex_color(getattr(info, "color", None), theme.TEAL_PALE))
            for speaker, info in campaign.speakers.items()]


def plate_contrast(name: str, color: tuple[int, int, int], backdrop=(255, 255, 255)) -> float:
    """The contrast of a name on its plate as drawn: the text's colour against the
    plate's pixels beside the name."""
    screen = RecordingScreen(backdrop)
    view.draw_box(screen, view.Speaking(name, None, color), [], finished=False, ticks=0)
    (x, y), drawn = screen.texts[name]
    width = screen.text(name, (0, 0), size=view.TEXT_SIZE, face="bold")
    behind = {screen.pixel(x - 5, y), screen.pixel(x + width + 5, y),
              screen.pixel(x - 5, y - 4), screen.pixel(x + width + 5, y + 4)}
    return min(contrast(drawn, pixel) for pixel in behind)


def test_contrast_is_wcags_ratio():
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast((90, 90, 90), (90, 90, 90)) == pytest.approx(1.0)
    # WCAG's own example: #767676 is the lightest grey that passes AA on white
    assert contrast((0x76, 0x76, 0x76), (255, 255, 255)) >= AA > \
        contrast((0x77, 0x77, 0x77), (255, 255, 255))


def test_readable_keeps_a_colour_that_passes_and_mends_one_that_does_not():
    assert readable(theme.WHITE, theme.NIGHT) == theme.WHITE
    pink, plum = (245, 154, 200), (120, 60, 90)
    mended = readable(pink, plum)
    assert contrast(pink, plum) < AA <= contrast(mended, plum)
    assert mended[0] >= mended[1] and mended[2] >= mended[1]  # still pink, only lighter
    # on the old teal plate even white fails: the name goes dark instead
    teal = (31, 140, 138)
    darker = readable((200, 204, 212), teal)
    assert contrast(darker, teal) >= AA and sum(darker) < sum((200, 204, 212))
    # where nothing reaches the ratio, the best there is
    grey = (118, 118, 118)
    best = max(((0, 0, 0), (255, 255, 255)), key=lambda end: contrast(end, grey))
    assert readable((110, 110, 110), grey, AAA) == best


@pytest.mark.parametrize("campaign_id", CAMPAIGNS)
def test_every_speakers_name_plate_reaches_aa(campaign_id):
    names = speakers(campaign_id)
    low = {name: round(plate_contrast(name, color), 2) for name, color in names
           if plate_contrast(name, color) < AA}
    assert low == {}
    # drawn over a light room or a dark one, the plate is the same
    name, color = names[0]
    assert plate_contrast(name, color, (0, 0, 0)) >= AA


@pytest.mark.parametrize("campaign_id", CAMPAIGNS)
def test_with_high_contrast_text_every_name_plate_reaches_aaa(campaign_id):
    with high_contrast(True):
        low = {name: round(plate_contrast(name, color), 2)
               for name, color in speakers(campaign_id) if plate_contrast(name, color) < AAA}
    assert low == {}


@pytest.mark.parametrize("campaign_id", CAMPAIGNS)
def test_every_speakers_name_in_the_history_reaches_aa(campaign_id):
    # the history's shade over the lightest scene there is
    worst = mix(theme.INK, theme.WHITE, 1 - view.BACKLOG_SHADE / 255)
    low = {name: round(contrast(view.backlog_name_color(color), worst), 2)
           for name, color in speakers(campaign_id)
           if contrast(view.backlog_name_color(color), worst) < AA}
    assert low == {}
    assert contrast(view.backlog_name_color((40, 40, 60)), worst) >= AA  # a mod's dark one


class Look:
    def speaking(self, speaker: str | None, name: str | None,
                 expression: str | None) -> view.Speaking:
        return view.Speaking(name, None, (95, 214, 208))


def debate() -> ev.Debate:
    return ev.Debate("trial", 0, 3, "l1", "max", "Max", "neutral", "It is safe.",
                     (("It is safe.", "plain"),), True, False, 0, 2, 3, 3, ("memo",))


def test_the_debates_hint_reads_on_any_room():
    for room in ((133, 146, 171), (255, 255, 255), (0, 0, 0)):  # grey, the brightest, dark
        screen = RecordingScreen(room)
        view.draw_debate(screen, Look(), debate(), [], action=0, finished=True, ticks=0)
        hints = [text for text in screen.texts if "other claims" in text]
        assert hints, "the debate shows how to reach the other claims"
        (x, y), color = screen.texts[hints[0]]
        width = screen.text(hints[0], (0, 0), size=theme.SIZE_SMALL)
        behind = {screen.pixel(x + 3, y), screen.pixel(x - width - 3, y)}  # anchored right
        assert min(contrast(color, pixel) for pixel in behind) >= AA, room


def test_a_debate_dims_the_room_behind_it_almost_to_ink():
    screen = RecordingScreen((255, 255, 255))
    view.draw_debate(screen, Look(), debate(), [], action=0, finished=True, ticks=0)
    # a corner of the room away from the header, the spotlight, the buttons and the box
    for spot in ((20, 60), (20, 150), (WIDTH - 20, 60)):
        assert contrast(screen.pixel(*spot), theme.INK) < 1.5, spot
