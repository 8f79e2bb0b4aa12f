"""``python -m game``: see :mod:`game.cli` (Ctrl-C while it starts up ends quietly too)."""

try:
    from game.cli import main
except KeyboardInterrupt:
    raise SystemExit(130) from None

raise SystemExit(main())
