"""The engine: fixed tick, scene stack, input, screen, text, images. Knows no content."""
