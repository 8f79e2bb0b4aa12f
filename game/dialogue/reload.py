"""Hot reload: read a campaign's files again while the game runs (F5 in the game).

    result = hot_reload(campaign, runner)
    campaign = result.campaign           # use this from now on
    for line in result.messages(): ...   # show problems on screen

The new content replaces the old unless its manifest cannot be read at all.
A running dialogue carries on from the same place in the new steps (see
``Runner.rebind``); if its node is gone, it finishes on the old content and
``result.rebind`` says why.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.diagnostics import Diagnostic, count, sort_unique
from game.dialogue.library import reload_campaign
from game.dialogue.model import Campaign
from game.dialogue.runner import RebindResult, Runner


@dataclass(frozen=True)
class ReloadResult:
    campaign: Campaign  # the campaign to use from now on (the old one if reloading failed)
    diagnostics: tuple[Diagnostic, ...]
    reloaded: bool  # the new content is in use
    rebind: RebindResult | None  # what happened to the runner's position (None: no runner)

    def messages(self, limit: int = 8) -> list[str]:
        """Short lines for the screen: a summary, then the first errors."""
        errors, warnings = count(self.diagnostics)
        head = "dialogue reloaded" if self.reloaded else "dialogue NOT reloaded"
        lines = [f"{head}: {errors} error(s), {warnings} warning(s)"]
        if self.rebind is not None and self.rebind.message:
            lines.append(self.rebind.message)
        lines += [d.format() for d in self.diagnostics if d.is_error][:limit]
        return lines


def hot_reload(campaign: Campaign, runner: Runner | None = None) -> ReloadResult:
    new, diagnostics = reload_campaign(campaign)
    found = tuple(sort_unique(diagnostics))
    if new is None:
        return ReloadResult(campaign, found, False, None)
    rebind = runner.rebind(new) if runner is not None else None
    return ReloadResult(new, found, True, rebind)
