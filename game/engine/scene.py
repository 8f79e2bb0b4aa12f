"""Scenes on a stack: title, overworld, dialogue box, minigame, pause menu...

Only the top scene receives the tick's input. It returns ``None`` to consume it
(the scenes below do not update this tick) or returns a frame to pass down to the
scene below. Drawing starts at the highest opaque scene and goes up, so a
``transparent`` scene (a dialogue box, a fade) is drawn over the one beneath it.
Stack changes requested while the stack updates take effect after the update.

Hot reload (F5, the ``RELOAD`` action, or :meth:`SceneStack.reload` called by a file
watcher) is handled here, once, whatever scene is on top: every scene's
:meth:`Scene.reload_content` is called, the bottom one first, so the scene that owns
the run's content (the map, whose director reloads the campaign) reads it before the
scenes above it (a dialogue box, the debugger, a menu) refresh what they show.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from game.engine.input import Action, InputFrame

if TYPE_CHECKING:
    from game.engine.screen import Screen


class Scene:
    """Base class. Override what you need; every hook is optional."""

    #: Draw the scene below first (overlays, fades, dialogue boxes).
    transparent: bool = False

    @property
    def takes_every_key(self) -> bool:
        """True while the scene wants every key as it is (the Controls screen waiting for
        the key to bind): F5 is then its key, not a reload."""
        return False

    def on_enter(self) -> None:
        """Pushed onto the stack."""

    def on_exit(self) -> None:
        """Removed from the stack."""

    def on_cover(self) -> None:
        """Another scene was pushed on top of this one."""

    def on_uncover(self) -> None:
        """The scene on top of this one was removed."""

    def update(self, inp: InputFrame) -> InputFrame | None:
        """Advance one logic tick. Return None to consume the input, or a frame to pass down."""
        return None

    def reload_content(self) -> None:
        """Hot reload: read from disk again what this scene owns (if anything), or show
        again, from the content the scenes below have just read, what it shows. Called on
        every scene of the stack, the bottom one first (see :meth:`SceneStack.reload`)."""

    def draw(self, screen: Screen, alpha: float) -> None:
        """Draw the current state; ``alpha`` (0..1) is how far toward the next tick."""


class SceneStack:
    def __init__(self) -> None:
        self._scenes: list[Scene] = []
        self._pending: list[Callable[[], None]] = []
        self._updating = False

    # --- queries -----------------------------------------------------------------------
    @property
    def top(self) -> Scene | None:
        return self._scenes[-1] if self._scenes else None

    @property
    def scenes(self) -> tuple[Scene, ...]:
        return tuple(self._scenes)

    def __len__(self) -> int:
        return len(self._scenes)

    def find(self, kind: type[Scene]) -> Scene | None:
        for scene in reversed(self._scenes):
            if isinstance(scene, kind):
                return scene
        return None

    # --- changes -----------------------------------------------------------------------
    def push(self, scene: Scene) -> None:
        self._apply(lambda: self._push(scene))

    def pop(self, scene: Scene | None = None) -> None:
        """Remove the top scene, or the given scene wherever it is."""
        self._apply(lambda: self._remove(scene))

    def replace(self, scene: Scene) -> None:
        """Swap the top scene for another."""

        def change() -> None:
            self._remove(None, uncover=False)
            self._push(scene)

        self._apply(change)

    def clear(self, then: Scene | None = None) -> None:
        """Empty the stack (e.g. back to the title) and optionally push one scene."""

        def change() -> None:
            while self._scenes:
                self._remove(None, uncover=False)
            if then is not None:
                self._push(then)

        self._apply(change)

    def _apply(self, change: Callable[[], None]) -> None:
        if self._updating:
            self._pending.append(change)
        else:
            change()

    def _push(self, scene: Scene) -> None:
        if self._scenes:
            self._scenes[-1].on_cover()
        self._scenes.append(scene)
        scene.on_enter()

    def _remove(self, scene: Scene | None, uncover: bool = True) -> None:
        if not self._scenes:
            return
        target = self._scenes[-1] if scene is None else scene
        if target not in self._scenes:
            return
        was_top = target is self._scenes[-1]
        self._scenes.remove(target)
        target.on_exit()
        if uncover and was_top and self._scenes:
            self._scenes[-1].on_uncover()

    # --- per tick ----------------------------------------------------------------------
    def reload(self) -> None:
        """Hot reload from whatever is on screen: :meth:`Scene.reload_content` of every
        scene, bottom first. Changes to the stack they ask for land afterwards."""
        updating, self._updating = self._updating, True
        try:
            for scene in list(self._scenes):
                if scene in self._scenes:
                    scene.reload_content()
        finally:
            self._updating = updating
        if not updating:
            self._apply_pending()

    def update(self, inp: InputFrame) -> None:
        if inp.pressed & Action.RELOAD:
            top = self.top
            if top is None or not top.takes_every_key:
                self.reload()
                inp = without(inp, Action.RELOAD)
        self._updating = True
        try:
            passed: InputFrame | None = inp
            for scene in reversed(self._scenes):
                passed = scene.update(passed)
                if passed is None:
                    break
        finally:
            self._updating = False
        self._apply_pending()

    def _apply_pending(self) -> None:
        while self._pending:
            pending, self._pending = self._pending, []
            for change in pending:
                change()

    def discard_pending(self) -> None:
        """Forget the changes asked for during this update (a tick that broke: its
        half-made changes must not land on top of the error screen)."""
        self._pending.clear()

    def draw(self, screen: Screen, alpha: float) -> None:
        start = 0
        for index in range(len(self._scenes) - 1, -1, -1):
            if not self._scenes[index].transparent:
                start = index
                break
        for scene in self._scenes[start:]:
            scene.draw(screen, alpha)


def without(inp: InputFrame, actions: Action) -> InputFrame:
    """The frame with ``actions`` neither held nor pressed (handled by the stack)."""
    return InputFrame(inp.held & ~actions, inp.pressed & ~actions, inp.pointer, inp.click,
                      inp.wheel, inp.raw)
