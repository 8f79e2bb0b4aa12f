"""ENAMEL 2045 pixel-art generator: every PNG in assets/ (except fonts) is drawn by this package.

Entry point: ``tools/make_art.py``. All randomness is seeded, so a rerun reproduces every
file pixel for pixel.
"""
