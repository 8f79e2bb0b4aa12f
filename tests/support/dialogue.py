"""Building small content packs for the dialogue tests."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

from game.diagnostics import Diagnostic
from game.dialogue import events as ev
from game.dialogue.library import load_campaign
from game.dialogue.model import Campaign
from game.dialogue.runner import Runner
from game.story.state import StoryState

FIXTURES = Path(__file__).parents[1] / "dialogue" / "fixtures"
GOOD = FIXTURES / "good"
BROKEN = FIXTURES / "broken"
DEMO_NODES = GOOD / "dialogue" / "demo" / "main.yaml"


def write(root: Path, files: dict[str, str]) -> Path:
    """Write ``{relative path: text}`` under root (text is dedented)."""
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def demo_root(tmp: Path, nodes: str | None = None) -> Path:
    """A copy of the good fixture; ``nodes`` replaces its dialogue file."""
    root = tmp / "game"
    shutil.copytree(GOOD, root)
    if nodes is not None:
        write(root, {"dialogue/demo/main.yaml": nodes})
    return root


def load_demo(tmp: Path, nodes: str | None = None) -> tuple[Campaign, list[Diagnostic]]:
    campaign, diagnostics = load_campaign("demo", root=demo_root(tmp, nodes), user_mods=False)
    assert campaign is not None, [d.format() for d in diagnostics]
    return campaign, diagnostics


def errors(diagnostics: list[Diagnostic], file: str = "") -> list[str]:
    """Errors (only those in files whose path ends with ``file``)."""
    return [d.format() for d in diagnostics if d.is_error and d.path.endswith(file)]


def runner_for(tmp: Path, nodes: str, start: str = "start",
               story: StoryState | None = None) -> Runner:
    """A runner started on ``start`` in the demo campaign with these nodes."""
    campaign, diagnostics = load_demo(tmp, nodes)
    assert not errors(diagnostics, "main.yaml"), errors(diagnostics, "main.yaml")
    runner = Runner(campaign, story or StoryState())
    runner.start(start)
    return runner


def texts(runner: Runner, limit: int = 200) -> list[str]:
    """Advance through lines (and other advancing events) until a decision or the end."""
    out = []
    for _ in range(limit):
        event = runner.current
        if isinstance(event, ev.Line):
            out.append(event.text)
        elif not isinstance(event, ev.ADVANCING):
            break
        runner.advance()
    return out
