"""The window and the main loop: real time for players, tick by tick for tools.

The loop runs logic in fixed 60 Hz ticks (an accumulator with a cap) and draws
once per frame, interpolating between the last two ticks. Headless runs use the
same ``Game`` and scenes with SDL's dummy driver and no real time at all.

Over every scene the app draws the notice board (``game.notices``: a reload's result,
a setting that could not be saved). Files it is told to watch (:meth:`App.watch`, the
writers' preview) are looked at a few times a second, and a change reloads the content
as F5 does (:meth:`~game.engine.scene.SceneStack.reload`): that is the view's business,
never game logic's.

A run of the game (:meth:`App.run`, :meth:`App.run_frames`) keeps its saves in the
player's data folder; tools that drive a ``Game`` themselves keep none. Only the
real-time loop also remembers the text read across playthroughs, shows the error
screen instead of stopping on an unexpected exception, and autosaves as the window
closes.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path

import pygame

from game.engine.clock import FixedClock
from game.engine.devices import Devices
from game.engine.input import InputFrame, InputMapper
from game.engine.screen import HEIGHT, WIDTH, Screen
from game.menus.notice import NoticeBoard
from game.paths import user_data_dir
from game.services import Game
from game.speedrun.overlay import draw_overlay

CAPTION = "ENAMEL 2045"
#: Frames a second when the display does not say its refresh rate: more frames than
#: the display shows would only burn the CPU.
DEFAULT_REFRESH = 60
#: Bounds on what a display may report (a 240 Hz monitor gets 240 frames a second).
MIN_REFRESH, MAX_REFRESH = 30, 240


def frame_cap(reported: int) -> int:
    """Frames a second to draw for a display that reports ``reported`` Hz (0: unknown)."""
    if reported <= 0:
        return DEFAULT_REFRESH
    return max(MIN_REFRESH, min(MAX_REFRESH, reported))


#: How often watched files are looked at: seconds in a window, ticks in a headless run.
WATCH_SECONDS = 0.25
WATCH_TICKS = 15

#: SDL's video drivers that show nothing: fine when asked for (headless runs, tests),
#: a dead end when SDL falls back to one on its own.
INVISIBLE_DRIVERS = ("dummy", "offscreen")


class NoDisplayError(RuntimeError):
    pass


class FallbackDisplayError(NoDisplayError):
    """SDL found no display to use and fell back to a driver that shows nothing (a
    ``DISPLAY`` left over from an old SSH session, a container): the game would run
    with no window at all."""

    def __init__(self, driver: str) -> None:
        super().__init__(f"SDL fell back to its {driver!r} video driver")
        self.driver = driver


def requested_drivers() -> list[str]:
    """The video drivers the user asked SDL for (``SDL_VIDEODRIVER``, a comma list)."""
    text = os.environ.get("SDL_VIDEODRIVER", "")
    return [name.strip().lower() for name in text.split(",") if name.strip()]


def fell_back(driver: str, requested: list[str]) -> bool:
    """Whether SDL's ``driver`` shows nothing although nobody asked for it."""
    return driver.lower() in INVISIBLE_DRIVERS and driver.lower() not in requested


def display_available() -> bool:
    """Whether a real window can open (SDL's dummy/offscreen drivers count as yes)."""
    requested = requested_drivers()
    if any(name in INVISIBLE_DRIVERS for name in requested):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                    or {"kmsdrm", "x11", "wayland"} & set(requested))
    return True


class App:
    def __init__(self, game: Game, *, scale: int = 2, fullscreen: bool = False) -> None:
        self.game = game
        self.scale = max(1, scale)
        self.fullscreen = fullscreen
        self.mapper = InputMapper(bindings=game.settings.controls)  # the player's keys
        self.window: pygame.Surface | None = None
        self.screen: Screen | None = None
        self.devices: Devices | None = None
        self.frames_drawn = 0
        #: Passing notices drawn over every scene (taken from ``game.notices``).
        self.notices = NoticeBoard()
        #: Files whose change reloads the content (see :meth:`watch`): path -> last mtime.
        self._watched: dict[Path, tuple[int, int] | None] = {}
        self._watch_ticks = 0

    # --- watched files ------------------------------------------------------------------------
    def watch(self, *paths: Path) -> None:
        """Reload the content (as F5 does) whenever one of these files changes on disk."""
        for path in paths:
            self._watched[Path(path)] = _mtime(Path(path))

    def poll_watched(self) -> bool:
        """Look at the watched files now; True (and the content reloaded) when one changed."""
        changed = []
        for path, before in self._watched.items():
            now = _mtime(path)
            if now != before:
                self._watched[path] = now
                changed.append(path)
        if not changed:
            return False
        names = ", ".join(path.name for path in changed)
        self.game.notices.append(f"{names} changed on disk: reloading")
        self.game.stack.reload()
        self.notices.take(self.game)
        return True

    # --- window ---------------------------------------------------------------------------
    def open(self) -> None:
        """Open the window; :class:`NoDisplayError` when none can open, including when
        SDL would quietly draw into nothing (:class:`FallbackDisplayError`)."""
        try:
            pygame.display.init()
            driver = pygame.display.get_driver()
            if fell_back(driver, requested_drivers()):
                pygame.display.quit()
                raise FallbackDisplayError(driver)
            pygame.font.init()
            pygame.display.set_caption(CAPTION)
            icon = self.game.content.path("assets/ui/icon.png")
            if icon is not None:
                pygame.display.set_icon(pygame.image.load(str(icon)))
            self.window = self._set_mode()
        except pygame.error as exc:
            raise NoDisplayError(str(exc)) from None
        self.screen = Screen(self.window, self.game.images)
        self.devices = Devices(self.mapper, self.screen.to_internal)

    def _set_mode(self) -> pygame.Surface:
        if self.fullscreen:
            return pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        return pygame.display.set_mode((WIDTH * self.scale, HEIGHT * self.scale), pygame.RESIZABLE)

    def toggle_fullscreen(self) -> None:
        self.fullscreen = not self.fullscreen
        self.window = self._set_mode()
        assert self.screen is not None
        self.screen.resize(self.window)

    # --- real-time loop ----------------------------------------------------------------------
    def run(self, max_ticks: int | None = None) -> int:
        """Play until the player quits (or ``max_ticks`` ticks have run)."""
        assert self.screen is not None
        clock = FixedClock()
        pacer = pygame.time.Clock()
        cap = frame_cap(self._refresh_rate())
        if self.game.preloader is None:
            self.game.preload_maps()
        self.game.use_player_data(read_text=True)  # (a replay shown in a window does not run here)
        self.game.catch_errors = True
        last = time.perf_counter()
        looked = last
        try:
            while not self.game.quit_requested and len(self.game.stack):
                now = time.perf_counter()
                ticks = clock.advance(now - last)
                last = now
                self._pump()
                self._apply_display_settings()
                if self._watched and now - looked >= WATCH_SECONDS:
                    looked = now
                    self._guarded_poll()
                for _ in range(ticks):
                    self.game.tick(self.mapper.sample())
                    self.notices.take(self.game)
                    if max_ticks is not None and self.game.state.ticks >= max_ticks:
                        self.game.request_quit()
                        break
                self._draw_guarded(clock.alpha)
                pygame.display.flip()
                pacer.tick(cap)
        finally:
            self.game.catch_errors = False
            self.game.shutdown()
        return 0

    def _guarded_poll(self) -> None:
        """Look at the watched files; a reload that breaks goes to the error screen."""
        try:
            self.poll_watched()
        except Exception as exc:  # anything: the error screen reports it
            self.game.crashed(exc)

    def step(self) -> None:
        """One tick from the devices, as the window's loop does it (pygame's events
        read, one sample of the input ticked): for tests that press real keys."""
        self._pump()
        self.game.tick(self.mapper.sample())
        self.notices.take(self.game)

    def _draw_guarded(self, alpha: float) -> None:
        """Draw; a scene that fails to draw goes to the error screen like a tick would."""
        try:
            self.draw(alpha)
        except Exception as exc:  # anything: the error screen reports it
            self.game.crashed(exc)

    @staticmethod
    def _refresh_rate() -> int:
        try:
            return int(pygame.display.get_current_refresh_rate())
        except (pygame.error, AttributeError):
            return 0

    def _apply_display_settings(self) -> None:
        """Follow the settings screen's window size and fullscreen choices."""
        settings = self.game.settings
        if settings.fullscreen != self.fullscreen:
            self.toggle_fullscreen()
        elif not self.fullscreen and settings.scale != self.scale:
            self.scale = settings.scale
            self.window = self._set_mode()
            assert self.screen is not None
            self.screen.resize(self.window)

    def _pump(self) -> None:
        assert self.devices is not None and self.screen is not None
        for event in pygame.event.get():
            if event.type == pygame.QUIT:
                self.game.request_quit()
            elif event.type == pygame.VIDEORESIZE or event.type == pygame.WINDOWSIZECHANGED:
                self.window = pygame.display.get_surface()
                self.screen.resize(self.window)
            elif event.type == pygame.KEYDOWN and self._app_key(event):
                continue
            else:
                self.devices.handle(event)

    def _app_key(self, event: pygame.event.Event) -> bool:
        """Window-level keys that are not game input (and so are not recorded)."""
        if event.key == pygame.K_F11 or (
            event.key == pygame.K_RETURN and event.mod & pygame.KMOD_ALT
        ):
            self.game.settings.fullscreen = not self.fullscreen
            return True
        if event.key == pygame.K_F12:
            folder = user_data_dir() / "screenshots"
            try:
                self.save_screenshot(folder / f"enamel2045-{self.game.state.ticks:08d}.png")
            except OSError as exc:
                self.game.notices.append(f"cannot save the screenshot: {exc}")
            return True
        if event.key in (pygame.K_F6, pygame.K_F7, pygame.K_F8):  # practice (speedrun)
            from game.speedrun.play import practice_key

            return practice_key(self.game, pygame.key.name(event.key))
        return False

    # --- drawing and headless runs -------------------------------------------------------------
    def draw(self, alpha: float) -> None:
        assert self.screen is not None
        self.screen.clear()
        self.game.stack.draw(self.screen, alpha)
        self.notices.take(self.game)
        self.notices.draw(self.screen, self.game.state.ticks)
        if self.game.settings.speedrun:
            draw_overlay(self.screen, self.game.speedrun)
        self.frames_drawn += 1
        if self.frames_drawn == 1 and os.environ.get("ENAMEL_STARTUP_PROBE"):
            print("first-frame", flush=True)

    def run_frames(self, frames: Iterable[InputFrame]) -> None:
        """Run ticks from recorded or scripted input as fast as possible, drawing nothing
        (the player's saves are used: Continue and Load work as in a window)."""
        self.game.use_player_data()
        for frame in frames:
            if self.game.quit_requested or not len(self.game.stack):
                break
            if self._watched:
                self._watch_ticks += 1
                if self._watch_ticks >= WATCH_TICKS:
                    self._watch_ticks = 0
                    self.poll_watched()
            self.game.tick(frame)
            self.notices.take(self.game)

    def save_screenshot(self, path: Path) -> None:
        """Write the window's picture (its format from the name's extension); OSError
        when it cannot be written."""
        assert self.window is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            pygame.image.save(self.window, str(path))
        except pygame.error as exc:
            raise OSError(f"{path}: {exc}") from None


def _mtime(path: Path) -> tuple[int, int] | None:
    """When the file last changed (with its size, so two quick saves in one second
    count), or None while it is missing."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size
