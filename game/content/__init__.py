"""Helpers shared by every reader of content files (dialogue, manifests, mods, levels)."""
