"""Dialogue from YAML: format, loader, conditions, runner, lint, mods."""
