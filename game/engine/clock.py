"""The fixed logic tick: an accumulator turns real frame time into whole ticks."""

from __future__ import annotations

TICK_HZ = 60
TICK_SECONDS = 1.0 / TICK_HZ
#: Longest real time one frame may account for; beyond it the game slows down
#: instead of running ever more ticks per frame (the spiral of death).
MAX_FRAME_SECONDS = 0.25


class FixedClock:
    """Counts how many logic ticks are due; rendering uses :attr:`alpha` to interpolate."""

    def __init__(self, hz: int = TICK_HZ, max_frame: float = MAX_FRAME_SECONDS) -> None:
        self.step = 1.0 / hz
        self.max_frame = max_frame
        self.accumulator = 0.0
        self.dropped = 0.0  # real seconds skipped by the cap, for diagnostics

    def advance(self, frame_seconds: float) -> int:
        """Add one frame's real duration; return the number of ticks to run now."""
        if frame_seconds > self.max_frame:
            self.dropped += frame_seconds - self.max_frame
            frame_seconds = self.max_frame
        self.accumulator += max(0.0, frame_seconds)
        ticks = int(self.accumulator / self.step)
        self.accumulator = max(0.0, self.accumulator - ticks * self.step)
        return ticks

    @property
    def alpha(self) -> float:
        """How far between the last tick and the next one this frame is drawn (0..1)."""
        return min(1.0, max(0.0, self.accumulator / self.step))


def ticks_to_clock(ticks: int) -> str:
    """Format a tick count as ``m:ss.mmm`` (hours added when needed)."""
    millis = ticks * 1000 // TICK_HZ
    seconds, ms = divmod(millis, 1000)
    minutes, s = divmod(seconds, 60)
    hours, m = divmod(minutes, 60)
    if hours:
        return f"{hours}:{m:02d}:{s:02d}.{ms:03d}"
    return f"{m}:{s:02d}.{ms:03d}"
