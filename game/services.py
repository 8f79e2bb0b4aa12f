"""The running game's services: what scenes need to do their work.

``Game`` bundles the current :class:`~game.gamestate.GameState` with the scene
stack, loaded content, images, the settings and audio. No display is needed to
create or tick a ``Game``.

What a run keeps on disk is off until asked for: ``saves`` (the save folder) is
None for tools and tests that drive a ``Game`` themselves, and the app turns it
on (:meth:`use_player_data`); the text read across playthroughs (``read_text``)
only in a real-time window, so replays and headless runs never depend on it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from game.content.resolver import Resolver
from game.engine import text
from game.engine.audio import Audio
from game.engine.images import ImageCache
from game.engine.scene import SceneStack
from game.gamestate import GameState
from game.saves.store import SaveStore
from game.settings import Settings
from game.speedrun import Speedrun
from game.ui import theme
from game.world.maps import MapLibrary

if TYPE_CHECKING:
    from game.saves.readtext import ReadText
    from game.world.preload import MapPreloader


class Game:
    """Services shared by scenes. Created once per process; ``state`` changes per run."""

    def __init__(self, state: GameState | None = None, settings: Settings | None = None) -> None:
        self.state = state or GameState()
        self.settings = settings or Settings()
        self.stack = SceneStack()
        #: The packs every file comes from: the base game, and once a campaign starts,
        #: the mods kept for it (see :meth:`use_content`).
        self.content = Resolver.base_game()
        self.images = ImageCache(self.content)
        self.maps = MapLibrary(self.content)
        self.quit_requested = False
        #: Messages for the player from systems below the scenes (e.g. reload errors).
        self.notices: list[str] = []
        #: Splits the dialogue declared, as (name, tick), for the speedrun timer.
        self.splits: list[tuple[str, int]] = []
        theme.follow(self.settings)  # high contrast and reduced motion, from the start
        self.audio = Audio(self.content, self.settings)
        #: The speedrun timer, input recording, records and LiveSplit links
        #: (game/speedrun); the command line attaches one with records and links.
        self.speedrun = Speedrun()
        text.use_fonts(self.content)
        #: Reads and draws maps in the background while the game runs in real time
        #: (see :meth:`preload_maps`); None in headless runs and tests.
        self.preloader: MapPreloader | None = None
        #: The save slots (None: this run keeps no saves; see :meth:`use_player_data`).
        self.saves: SaveStore | None = None
        #: Lines read in any playthrough (None: not consulted; replays never do).
        self.read_text: ReadText | None = None
        #: Called with an unexpected exception of a tick when ``catch_errors`` is on
        #: (the director shows the error screen); without it the exception is raised.
        self.on_crash: Callable[[Exception], None] | None = None
        self.catch_errors = False
        #: Called once as the game closes (the director's autosave on quitting).
        self.on_quit: Callable[[], None] | None = None
        self._crashing = False

    def preload_maps(self, first: Iterable[str] = ()) -> None:
        """Read and draw every map of the run's packs in the background, ``first``
        first, so entering one costs no frame (the real-time loop asks for this)."""
        from game.world.preload import MapPreloader

        if self.preloader is not None:
            self.preloader.stop()
        self.preloader = MapPreloader(self.maps, self.images, first).start()

    def use_content(self, content: Resolver) -> None:
        """Read every file from these packs from now on (maps, images, fonts, sounds)."""
        if content == self.content:
            return
        self.content = content
        self.images.content = content
        self.maps = MapLibrary(content)
        self.audio.use_content(content)
        text.use_fonts(content)
        if self.preloader is not None:
            self.preload_maps()

    def new_run(self, state: GameState) -> None:
        self.state = state
        self.splits = []

    def request_quit(self) -> None:
        self.quit_requested = True

    def use_player_data(self, *, read_text: bool = False) -> None:
        """Keep saves in the player's data folder (and, with ``read_text``, remember the
        text read across playthroughs: real-time play only)."""
        from game.paths import user_data_dir, user_saves_dir

        if self.saves is None:
            self.saves = SaveStore(user_saves_dir())
        if read_text and self.read_text is None:
            from game.saves.readtext import FILE_NAME, ReadText

            self.read_text = ReadText(user_data_dir() / FILE_NAME)

    def read_before(self, campaign: str | None, line_id: str) -> bool:
        """Whether a line was read in an earlier playthrough. Only a real-time window
        keeps that memory (``read_text``). A run the speedrun object records reads it as
        it was when the run began (kept in the replay, so verifying skips the same lines;
        empty in speedrun mode, where no run depends on what a player read before)."""
        speedrun = getattr(self, "speedrun", None)
        if speedrun is not None and speedrun.owns(self):
            return line_id in speedrun.read_snapshot  # fixed at the run's start, replayed
        if self.read_text is None:
            return False
        return self.read_text.has(campaign, line_id)

    def forget_read_text(self) -> None:
        """Forget the text read in every playthrough (a settings entry calls this)."""
        if self.read_text is not None:
            try:
                self.read_text.clear()
            except OSError as exc:
                self.notices.append(f"cannot forget the text read: {exc}")

    def save_settings(self) -> None:
        """Write the settings (a menu that changed them closes); a failure is a notice."""
        try:
            self.settings.save()
        except OSError as exc:
            self.notices.append(f"settings not saved: {exc}")

    def tick(self, inp: Any) -> None:
        """One logic tick of the whole game."""
        self.speedrun.before_tick(self, inp)
        if not self.catch_errors or self.on_crash is None:
            self.stack.update(inp)
        else:
            try:
                self.stack.update(inp)
            except Exception as exc:  # anything: the error screen reports it
                self.crashed(exc)
        self.state.ticks += 1
        self.speedrun.after_tick(self)

    def crashed(self, error: Exception) -> None:
        """An unexpected error while playing: the error screen, or raise when there is
        none (or when showing it failed too)."""
        if self.on_crash is None or self._crashing:
            raise error
        self._crashing = True
        try:
            self.on_crash(error)
        finally:
            self._crashing = False

    def shutdown(self) -> None:
        """The game is closing: what must be kept is written (autosave, text read); the
        threads still reading (maps and the modules they import, music) are let finish
        what they are in: one inside a C library while Python exits can abort the process."""
        if self.on_quit is not None:
            self.on_quit()
        if self.preloader is not None:
            self.preloader.stop()
            self.preloader.join(5.0)
        self.audio.finish_loading()
