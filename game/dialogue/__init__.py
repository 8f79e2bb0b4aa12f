"""Dialogue from YAML: format, loader, conditions, runner, lint, mods.

The entry points, for the game and its tools::

    from game.dialogue import load_campaign, Runner, check_condition, hot_reload
    from game.dialogue.lint import lint

docs/modding.md describes the format for writers and modders.
"""

from game.diagnostics import Diagnostic
from game.dialogue.conditions import check_condition
from game.dialogue.library import ContentLibrary, load_campaign, reload_campaign
from game.dialogue.model import Campaign
from game.dialogue.reload import ReloadResult, hot_reload
from game.dialogue.runner import RebindResult, Runner

__all__ = [
    "Campaign",
    "ContentLibrary",
    "Diagnostic",
    "RebindResult",
    "ReloadResult",
    "Runner",
    "check_condition",
    "hot_reload",
    "load_campaign",
    "reload_campaign",
]
