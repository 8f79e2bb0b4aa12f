"""One fingerprint of everything that must come out the same on every machine.

Each entry is a SHA-256 over plain data:
- ``playthrough/<campaign>/<script>``: a scripted playthrough of the campaign's
  dialogue (the scripts in ``tests/content/<campaign>/``): transcript, lines
  reached and the story state at the end;
- ``game/<campaign>``: the whole game driven by input frames from the title
  (new game, the campaign, talking, walking): game state, generator, where the
  player stands and which scenes are up;
- ``nanobots/<level>``: a long simulation of each shipped level with its known fix.

``tests/test_golden_determinism.py`` runs this in several processes with different
``PYTHONHASHSEED`` and compares them with the committed ``tests/golden/determinism.json``.
A change to content, to the game's logic or to a locked dependency that alters a
result changes a fingerprint: refresh it on purpose with ``make golden`` and say
why in the commit.

Usage: ``python -m tests.support.determinism [--write]``.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "determinism.json"
CONTENT_TESTS = ROOT / "tests" / "content"
CAMPAIGNS = ("rejuvenation", "tooth_rebirth")
NANOBOT_STEPS = 1500

#: New game, the campaign at ``{pick}`` on the list, read the opening, walk, talk, walk.
GAME_SCRIPT = "0:confirm; {pick}; 620-700:down+run; 710-780:right; 1010-1100:left+up"
GAME_TICKS = 1200
TALKING = [*range(70, 600, 6), *range(790, 1000, 6)]  # confirm taps while talking


def digest(data: Any) -> str:
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()


def playthroughs(campaign_id: str) -> dict[str, str]:
    from game.dialogue.library import load_campaign
    from game.dialogue.playtest import play, read_script
    from game.story.state import StoryState

    campaign, diagnostics = load_campaign(campaign_id, user_mods=False)
    assert campaign is not None, [d.format() for d in diagnostics]
    result = {}
    for path in sorted((CONTENT_TESTS / campaign_id).glob("*.yaml")):
        problems: list = []
        script = read_script(path, problems)
        assert script is not None, [d.format() for d in problems]
        story = StoryState()
        run = play(campaign, script, story=story)
        result[f"playthrough/{campaign_id}/{path.stem}"] = digest({
            "transcript": run.transcript, "reached": list(run.reached),
            "problems": run.problems, "story": story.to_data(),
        })
    return result


def title_frames(index: int) -> list:
    """Input frames from the title: New game, the campaign at ``index`` on the list, read
    the opening (confirm taps while talking), walk about, talk, walk again."""
    from game.engine.input import Action, InputFrame, frames_from_script

    pick = "; ".join([f"{1 + i}:down" for i in range(index)] + [f"{1 + index}:confirm"])
    frames = frames_from_script(GAME_SCRIPT.format(pick=pick), GAME_TICKS)
    for tick in TALKING:
        frames[tick] = InputFrame(frames[tick].held | Action.CONFIRM, Action.CONFIRM)
    return frames


def game_run(index: int, seed: int = 11) -> str:
    """The whole game from the title, through the real scene stack, as input frames."""
    import pygame

    from game.director import Director
    from game.gamestate import GameState
    from game.services import Game
    from game.world.scene import OverworldScene

    pygame.display.init()
    pygame.display.set_mode((480, 270))
    game = Game(GameState(seed=seed))
    director = Director(game, seed=seed)
    director.title()
    for frame in title_frames(index):
        game.tick(frame)
    overworld = game.stack.find(OverworldScene)
    assert overworld is not None, "the run never reached the overworld"
    player = overworld.world.player
    return digest({
        "state": game.state.to_data(), "player": [player.x, player.y, player.facing.name],
        "map": overworld.world.world.name,
        "scenes": [type(scene).__name__ for scene in game.stack.scenes],
    })


def simulations() -> dict[str, str]:
    from game.nanobots.levels import level_paths, load_level_id
    from game.nanobots.outcome import new_simulation
    from tests.support.nanobots import FIXES, apply

    result = {}
    for level_id in sorted(p.stem for p in level_paths()):
        level = load_level_id(level_id)
        sim = new_simulation(level, apply(level.program, FIXES.get(level_id, [])))
        sim.run(NANOBOT_STEPS)
        result[f"nanobots/{level_id}"] = sim.state_hash()
    return result


def fingerprints() -> dict[str, str]:
    result: dict[str, str] = {}
    for index, campaign_id in enumerate(CAMPAIGNS):
        result.update(playthroughs(campaign_id))
        result[f"game/{campaign_id}"] = game_run(index)
    result.update(simulations())
    return result


def main(argv: list[str]) -> int:
    prints = fingerprints()
    if "--write" in argv:
        GOLDEN.write_text(json.dumps(prints, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {GOLDEN.relative_to(ROOT)} ({len(prints)} fingerprints)")
    else:
        print(json.dumps(prints, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
