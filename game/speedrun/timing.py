"""In-game time: logic ticks at 60 a second, shown as ``h:mm:ss.fff``."""

from __future__ import annotations

TICKS_PER_SECOND = 60


def ticks_to_ms(ticks: int) -> int:
    """Whole milliseconds of ``ticks`` (rounded down, so a time never shows more than it is)."""
    return ticks * 1000 // TICKS_PER_SECOND


def format_time(ticks: int, *, short: bool = False) -> str:
    """``h:mm:ss.fff`` (``short``: ``m:ss.fff`` under an hour)."""
    ms = ticks_to_ms(abs(ticks))
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    sign = "-" if ticks < 0 else ""
    if short and hours == 0:
        return f"{sign}{minutes}:{seconds:02d}.{millis:03d}"
    return f"{sign}{hours}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def format_delta(ticks: int) -> str:
    """A delta against a comparison: ``+1.234`` / ``-0:12.500``."""
    ms = ticks_to_ms(abs(ticks))
    sign = "-" if ticks < 0 else "+"
    minutes, rest = divmod(ms, 60_000)
    seconds, millis = divmod(rest, 1000)
    if minutes:
        return f"{sign}{minutes}:{seconds:02d}.{millis:03d}"
    return f"{sign}{seconds}.{millis:03d}"


def livesplit_time(ticks: int) -> str:
    """The game time as LiveSplit reads it (``h:mm:ss.fffffff``)."""
    whole, rest = divmod(ticks, TICKS_PER_SECOND)
    hours, whole = divmod(whole, 3600)
    minutes, seconds = divmod(whole, 60)
    fraction = rest * 10_000_000 // TICKS_PER_SECOND
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{fraction:07d}"


def seconds_text(ticks: int) -> str:
    """Seconds with nine decimals, as LiveSplit One's server protocol writes a time."""
    whole, rest = divmod(ticks, TICKS_PER_SECOND)
    return f"{whole}.{rest * 1_000_000_000 // TICKS_PER_SECOND:09d}"
