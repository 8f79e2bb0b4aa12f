"""Sound and music generation for tools/make_audio.py (numpy only, seeded)."""
