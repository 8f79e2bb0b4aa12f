"""Whole-game playthroughs: routes played from New Game through the real game.

- :mod:`game.playthrough.route` reads route files (``playthroughs/<campaign>/*.yaml``)
  and the table of winning nanobot programs, with located errors;
- :mod:`game.playthrough.beats` reads a campaign's story beats and says which are reached;
- :mod:`game.playthrough.pathfind` finds walks over a map's collision mask;
- :mod:`game.playthrough.driver` (view side) runs the game tick by tick, pressing the
  keys a player would press to follow a route.

Everything but the driver is pure logic (no pygame).
"""
