"""Reduced motion and high-contrast text, switched in the title's Settings: they reach
the views (the theme they draw with, the fade they show), are saved, and never change
what happens in a run (the fade's ticks are the same)."""

from __future__ import annotations

from game.engine.fade import Fade
from game.engine.input import Action
from game.menus.title import CampaignSelect, TitleScene
from game.settings import Settings
from game.ui import theme
from game.world.scene import OverworldScene
from tests.menus.support import RecordingScreen, choose, draw, tap, tick, title_game, to_row


def switch(game, label: str) -> None:
    """Title -> Settings -> the row -> change it -> back to the title."""
    choose(game, "Settings")
    to_row(game, label)
    tap(game, Action.RIGHT)
    tap(game, Action.CANCEL)
    assert isinstance(game.stack.top, TitleScene)


def ticks_to_the_map(game) -> tuple[int, list[float]]:
    """New game, the first campaign: ticks until the map shows, and the darkness the
    fade draws on each of them."""
    choose(game, "New game")
    assert isinstance(game.stack.top, CampaignSelect)
    tap(game, Action.CONFIRM, after=0)
    darkness, count = [], 0
    while (fade := game.stack.find(Fade)) is not None:
        darkness.append(fade.drawn_darkness())
        tick(game)
        count += 1
    assert isinstance(game.stack.scenes[0], OverworldScene)
    return count, darkness


def test_reduced_motion_cuts_the_fade_without_changing_its_ticks(tmp_path):
    game, _ = title_game()
    plain_ticks, ramp = ticks_to_the_map(game)
    assert ramp[0] < 0.2 and max(ramp) > 0.9 and len(set(ramp)) > 10  # a ramp to black

    game, _ = title_game()
    switch(game, "Reduced motion")
    assert game.settings.reduced_motion and theme.reduced_motion()
    assert Settings.load()[0].reduced_motion  # saved on leaving
    cut_ticks, cut = ticks_to_the_map(game)
    assert cut_ticks == plain_ticks  # the run is the same: only the drawing differs
    assert set(cut) == {1.0}  # dark at once, no ramp


def test_high_contrast_changes_the_colours_the_menus_draw_with(tmp_path):
    game, _ = title_game()
    normal = draw(game)
    disabled_normal = normal.color_of("Continue")  # no save yet: a disabled entry
    selected_normal = normal.color_of("New game")

    switch(game, "High-contrast text")
    assert game.settings.high_contrast and theme.high_contrast()
    high = draw(game)
    assert high.color_of("Continue") == theme.GREY != disabled_normal
    assert high.color_of("New game") == theme.WHITE != selected_normal
    # the selected row is a solid bar, and the menus' shade behind them darker
    assert (*theme.TEAL_DARK, 255) in [color for color, _ in high.fills]
    choose(game, "Settings")
    assert (*theme.INK, theme.SCRIM) in [color for color, _ in draw(game).fills]
    assert theme.SCRIM > 200


def test_the_comfort_settings_are_read_at_the_next_start(tmp_path):
    settings = Settings()
    settings.high_contrast = True
    settings.reduced_motion = True
    settings.save()
    loaded, problem = Settings.load()
    assert problem is None
    title_game(loaded)  # the title applies them from its first frame
    assert theme.high_contrast() and theme.reduced_motion()
    assert theme.TEXT_DIM == theme.MIST


def test_high_contrast_text_reaches_aaa_on_the_panels_and_aa_on_the_selected_row():
    from game.ui.contrast import AA, AAA, contrast

    theme.use_comfort(high_contrast=False, reduced_motion=False)
    dim_before = contrast(theme.TEXT_DIM, theme.NIGHT)
    theme.use_comfort(high_contrast=True, reduced_motion=False)
    for name in ("TEXT", "TEXT_DIM", "HIGHLIGHT"):
        assert contrast(getattr(theme, name), theme.NIGHT) >= AAA, name
    assert contrast(theme.TEXT_DIM, theme.NIGHT) > dim_before
    assert theme.SELECTED_FILL[3] == 255  # solid: the row's text is on this colour alone
    assert contrast(theme.SELECTED_TEXT, theme.SELECTED_FILL[:3]) >= AA
    assert contrast(theme.GOLD_PALE, theme.SELECTED_FILL[:3]) >= AA  # a selected value


class _Placed(RecordingScreen):
    """Records where each text is drawn."""

    def __init__(self, game) -> None:  # type: ignore[no-untyped-def]
        super().__init__(game)
        self.placed: list[tuple[str, tuple[float, float]]] = []

    def text(self, content, pos, **kwargs):  # type: ignore[no-untyped-def]
        self.placed.append((content, tuple(pos)))
        return super().text(content, pos, **kwargs)


def test_reduced_motion_shows_the_credits_as_still_pages(tmp_path):
    from game.dialogue import view

    game, _ = title_game()
    lines = ["# Story", *[f"Credit line {n}" for n in range(60)]]

    def placed(reduced: bool, scroll: float) -> list[tuple[str, tuple[float, float]]]:
        theme.use_comfort(high_contrast=False, reduced_motion=reduced)
        screen = _Placed(game)
        view.draw_credits(screen, "Rejuvenation", lines, scroll)
        return screen.placed

    rolling = [placed(False, scroll) for scroll in (60.0, 70.0, 80.0)]
    assert rolling[0] != rolling[1] != rolling[2]  # the roll moves every tick
    still = [placed(True, scroll) for scroll in (0.0, 10.0, 120.0)]
    assert still[0] == still[1] == still[2]  # a page stands still
    assert "Rejuvenation" in [text for text, _ in still[0]]  # the first page shows at once
    turned = placed(True, view.CREDITS_PAGE + 1)
    shown = [text for text, _ in turned]
    assert "Credit line 20" in shown and "Rejuvenation" not in shown  # the next page
