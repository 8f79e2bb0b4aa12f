"""Speedrunning: in-game time, categories, splits and records, replays, LiveSplit.

Pure logic (no pygame), except the modules that play the game or draw it:

- :mod:`~game.speedrun.timing` — ticks to ``h:mm:ss.fff``;
- :mod:`~game.speedrun.categories` — the categories a campaign's manifest declares;
- :mod:`~game.speedrun.timer` — the run timer: file time, category time, segments;
- :mod:`~game.speedrun.records` — personal bests, golds, sum of best, live delta, stored
  atomically in the data folder;
- :mod:`~game.speedrun.replay` — the replay file: header, run-length-encoded input,
  checksums every second of game time;
- :mod:`~game.speedrun.checksum` — what a checksum covers;
- :mod:`~game.speedrun.session` — :class:`Speedrun`, the one object the game holds
  (``game.speedrun``): it watches each tick, records it and drives the timer and links;
- :mod:`~game.speedrun.livesplit` — LiveSplit Server (TCP) and LiveSplit One (WebSocket)
  links, sent from a thread;
- :mod:`~game.speedrun.lss` — LiveSplit ``.lss`` splits files;
- view side, importing pygame only when called: :mod:`~game.speedrun.play` (starting a
  category, verifying and playing replays, practice states), :mod:`~game.speedrun.overlay`
  (the timer on screen) and :mod:`~game.speedrun.menu` (practice and records screens).
"""

from game.speedrun.session import Speedrun
from game.speedrun.timing import TICKS_PER_SECOND, format_time

__all__ = ["TICKS_PER_SECOND", "Speedrun", "format_time"]
