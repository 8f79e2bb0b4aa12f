"""Reads pygame's device events into the input mapper (keyboard, gamepad, mouse)."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.engine.input import InputMapper

try:  # the SDL game-controller API gives every pad the same button names
    from pygame._sdl2 import controller as sdl_controller
except ImportError:  # pragma: no cover - very old pygame builds
    sdl_controller = None

PAD_BUTTONS: dict[int, str] = {
    pygame.CONTROLLER_BUTTON_A: "a",
    pygame.CONTROLLER_BUTTON_B: "b",
    pygame.CONTROLLER_BUTTON_X: "x",
    pygame.CONTROLLER_BUTTON_Y: "y",
    pygame.CONTROLLER_BUTTON_BACK: "back",
    pygame.CONTROLLER_BUTTON_START: "start",
    pygame.CONTROLLER_BUTTON_LEFTSHOULDER: "leftshoulder",
    pygame.CONTROLLER_BUTTON_RIGHTSHOULDER: "rightshoulder",
    pygame.CONTROLLER_BUTTON_DPAD_UP: "dpup",
    pygame.CONTROLLER_BUTTON_DPAD_DOWN: "dpdown",
    pygame.CONTROLLER_BUTTON_DPAD_LEFT: "dpleft",
    pygame.CONTROLLER_BUTTON_DPAD_RIGHT: "dpright",
}
AXIS_MAX = 32767


class Devices:
    """Feeds device events to ``mapper``; ``to_internal`` maps window pixels to game pixels."""

    def __init__(
        self, mapper: InputMapper, to_internal: Callable[[tuple[int, int]], tuple[int, int] | None]
    ) -> None:
        self.mapper = mapper
        self.to_internal = to_internal
        self.pads: dict[int, object] = {}
        self._stick = [0.0, 0.0]
        if sdl_controller is not None:
            sdl_controller.init()

    def handle(self, event: pygame.event.Event) -> None:
        kind = event.type
        if kind in (pygame.KEYDOWN, pygame.KEYUP):
            self.mapper.key(pygame.key.name(event.key), kind == pygame.KEYDOWN)
        elif kind in (pygame.CONTROLLERBUTTONDOWN, pygame.CONTROLLERBUTTONUP):
            name = PAD_BUTTONS.get(event.button)
            if name:
                self.mapper.pad_button(name, kind == pygame.CONTROLLERBUTTONDOWN)
        elif kind == pygame.CONTROLLERAXISMOTION and event.axis in (0, 1):
            self._stick[event.axis] = event.value / AXIS_MAX
            self.mapper.stick(*self._stick)
        elif kind == pygame.CONTROLLERDEVICEADDED:
            self._open_pad(event.device_index)
        elif kind == pygame.CONTROLLERDEVICEREMOVED:
            self.pads.pop(event.instance_id, None)
            self.mapper.release_all()
        elif kind == pygame.MOUSEMOTION:
            self.mapper.pointer(self.to_internal(event.pos))
        elif kind == pygame.MOUSEBUTTONDOWN and event.button == 1:
            self.mapper.pointer(self.to_internal(event.pos))
            self.mapper.click()
        elif kind == pygame.MOUSEWHEEL:
            self.mapper.wheel(event.y)
        elif kind == pygame.WINDOWFOCUSLOST:
            self.mapper.release_all()

    def _open_pad(self, index: int) -> None:
        if sdl_controller is None or not sdl_controller.is_controller(index):
            return
        pad = sdl_controller.Controller(index)
        self.pads[pad.id] = pad
