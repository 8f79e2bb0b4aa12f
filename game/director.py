"""Which scene follows which: title, campaign start, overworld, pause, back to title.

Scenes do their own work; the director only puts them on the stack and connects
their hooks, so the flow of the whole game reads in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from game.engine.fade import Fade
from game.menus.pause import PauseScene
from game.menus.title import CampaignChoice, TitleScene
from game.paths import DIALOGUE
from game.session import DEFAULT_PLAYER, Game, GameState
from game.world.scene import OverworldScene

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class CampaignStart:
    choice: CampaignChoice
    map: str
    spawn: str | None


def campaign_starts(root: Path = DIALOGUE) -> list[CampaignStart]:
    """The campaigns found in the dialogue folder, in a stable order."""
    starts = []
    for manifest in sorted(root.glob("*/campaign.yaml")):
        try:
            data = yaml.load(manifest.read_text(encoding="utf-8"), Loader=SafeLoader) or {}
        except (OSError, yaml.YAMLError):
            continue  # `python -m game lint` reports it with its location
        if not isinstance(data, dict):
            continue
        start = data.get("start") or {}
        choice = CampaignChoice(
            id=str(data.get("id", manifest.parent.name)),
            title=str(data.get("title", manifest.parent.name)),
            blurb=str(data.get("blurb", "")),
            player=str(data.get("player", DEFAULT_PLAYER)),
        )
        starts.append(CampaignStart(choice, str(start.get("map", "clinic")), start.get("spawn")))
    return starts


class Director:
    def __init__(self, game: Game, seed: int | None = None) -> None:
        self.game = game
        self.seed = seed if seed is not None else game.state.seed
        self.starts = {start.choice.id: start for start in campaign_starts()}

    # --- entry points --------------------------------------------------------------------
    def title(self) -> None:
        choices = [start.choice for start in self.starts.values()]
        self.game.stack.clear(TitleScene(self.game, choices, self.start_campaign))

    def start_campaign(self, campaign_id: str) -> None:
        start = self.starts[campaign_id]

        def begin() -> None:
            self.game.new_run(
                GameState(seed=self.seed, campaign=campaign_id, player=start.choice.player)
            )
            self.game.stack.clear(self.overworld(start.map, start.spawn))

        self.game.stack.push(Fade(self.game.stack, begin, out_ticks=20, in_ticks=20))

    def start_map(self, map_name: str, spawn: str | None, campaign: str | None) -> None:
        """Straight onto a map with a fresh state (``--map``)."""
        player = self.starts[campaign].choice.player if campaign in self.starts else DEFAULT_PLAYER
        self.game.new_run(GameState(seed=self.seed, campaign=campaign, player=player))
        self.game.stack.clear(self.overworld(map_name, spawn))

    # --- wiring --------------------------------------------------------------------------
    def overworld(self, map_name: str, spawn: str | None) -> OverworldScene:
        scene = OverworldScene(self.game, map_name, spawn)
        scene.on_pause = lambda: self.game.stack.push(PauseScene(self.game, self.to_title))
        return scene

    def to_title(self) -> None:
        self.game.stack.push(Fade(self.game.stack, self.title, out_ticks=20, in_ticks=12))
