"""The scene stack: input goes to the top, drawing starts at the highest opaque scene."""

from __future__ import annotations

from game.engine.input import Action, InputFrame
from game.engine.scene import Scene, SceneStack


class Probe(Scene):
    def __init__(self, name, log, passes=False, transparent=False):
        self.name, self.log, self.passes = name, log, passes
        self.transparent = transparent

    def on_enter(self):
        self.log.append(f"enter {self.name}")

    def on_exit(self):
        self.log.append(f"exit {self.name}")

    def on_cover(self):
        self.log.append(f"cover {self.name}")

    def on_uncover(self):
        self.log.append(f"uncover {self.name}")

    def update(self, inp):
        self.log.append(f"update {self.name}")
        return inp if self.passes else None

    def draw(self, screen, alpha):
        self.log.append(f"draw {self.name}")


def test_top_scene_consumes_input_unless_it_passes_it_down():
    log: list[str] = []
    stack = SceneStack()
    stack.push(Probe("map", log))
    stack.push(Probe("hud", log, passes=True))
    stack.push(Probe("box", log))
    log.clear()
    stack.update(InputFrame(Action.CONFIRM))
    assert log == ["update box"]
    stack.pop()
    log.clear()
    stack.update(InputFrame())
    assert log == ["update hud", "update map"]


def test_drawing_starts_at_the_highest_opaque_scene():
    log: list[str] = []
    stack = SceneStack()
    for name, transparent in [("title", False), ("map", False), ("box", True), ("fade", True)]:
        stack.push(Probe(name, log, transparent=transparent))
    log.clear()
    stack.draw(None, 0.0)
    assert log == ["draw map", "draw box", "draw fade"]


def test_changes_during_update_wait_until_the_update_ends():
    log: list[str] = []
    stack = SceneStack()

    class Opener(Probe):
        def update(self, inp):
            stack.push(Probe("menu", log))
            log.append("opener still on top: " + str(stack.top is self))
            return None

    stack.push(Opener("map", log))
    log.clear()
    stack.update(InputFrame())
    assert log == ["opener still on top: True", "cover map", "enter menu"]
    assert isinstance(stack.top, Probe) and stack.top.name == "menu"


def test_replace_and_clear_call_the_hooks():
    log: list[str] = []
    stack = SceneStack()
    stack.push(Probe("a", log))
    stack.replace(Probe("b", log))
    stack.clear(Probe("c", log))
    assert log == ["enter a", "exit a", "enter b", "exit b", "enter c"]
    assert len(stack) == 1
