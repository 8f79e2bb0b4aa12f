"""Writers' text features: ``{trust}``, ``{bot_logs.name}`` and the variations
``{a|b}``, ``{&a|b}``, ``{!a|b}``, ``{~a|b}`` (docs/modding.md, "Text").

What a writer relies on: the text the player sees (box, backlog, choice list),
variations that move on each time a line is read and survive a save, shuffles that
replay exactly from the run's seed, line ids that do not move, and lint errors at
the column of the mistake. The last test plays an interpolated line through the
real game and reads it off the screen.
"""

from __future__ import annotations

import json
import random
import re
import zlib
from pathlib import Path

import pygame
import pytest

from game.dialogue import events as ev
from game.dialogue.library import load_campaign
from game.dialogue.runner import Runner
from game.dialogue.scene import DialogueScene
from game.director import Director, StartOptions
from game.engine.input import Action, InputFrame
from game.engine.screen import Screen
from game.gamestate import GameState
from game.services import Game
from game.story.state import StoryState
from tests.support.dialogue import load_demo
from tests.support.yaml_backends import yaml_backend  # noqa: F401

DOC = Path(__file__).parents[2] / "docs" / "modding.md"

# --- running ------------------------------------------------------------------------------
LOOP = """
start:
  - {line}
  - choice:
      - option: Again
        do:
          - goto: start
      - option: Stop
"""


def looping(tmp: Path, line: str, seed: int | None = 1, story: StoryState | None = None
            ) -> Runner:
    """A runner on a node that shows ``line``, then offers to show it again."""
    campaign, diagnostics = load_demo(tmp, LOOP.format(line=line))
    assert not [d for d in diagnostics if d.is_error and d.path.endswith("main.yaml")], \
        [d.format() for d in diagnostics]
    rng = None if seed is None else random.Random(seed)
    runner = Runner(campaign, story or StoryState(), rng)
    runner.start("start")
    return runner


def visits(runner: Runner, times: int) -> list[str]:
    """The line's text on each of ``times`` visits."""
    out = []
    for _ in range(times):
        line = runner.current
        assert isinstance(line, ev.Line)
        out.append(line.text)
        runner.advance()
        runner.choose(0)  # Again
    return out


@pytest.mark.parametrize(("written", "shown"), [
    ("{Hello|Hello again|You again}, Doctor.",
     ["Hello, Doctor.", "Hello again, Doctor.", "You again, Doctor.", "You again, Doctor."]),
    ("The pods {&hum|whir|click}.",
     ["The pods hum.", "The pods whir.", "The pods click.", "The pods hum.", "The pods whir."]),
    ("{!Welcome! |Back? |}Coffee.", ["Welcome! Coffee.", "Back? Coffee.", "Coffee.", "Coffee."]),
    ("{!First|Second}", ["First", "Second", "", ""]),
])
def test_sequences_cycles_and_once_only_move_on_each_visit(tmp_path, written, shown):
    runner = looping(tmp_path, f'max: "{written}"')
    assert visits(runner, len(shown)) == shown


def test_a_line_shown_again_without_being_read_keeps_its_variation(tmp_path):
    runner = looping(tmp_path, 'max: "{one|two|three}"')
    first = runner.current
    again = Runner.restore(runner.campaign, runner.story, runner.snapshot())
    assert again.current == first  # re-shown (a load, a reload): not counted
    assert runner.rebind(runner.campaign) and runner.current == first
    runner.advance()
    runner.choose(0)
    assert runner.current.text == "two"


SHUFFLE = 'max: "Pod {~one|two|three|four|five} blinks."'


def shuffle_run(tmp: Path, seed: int | None, times: int = 15) -> list[str]:
    return [re.sub(r"Pod (\w+) blinks\.", r"\1", text)
            for text in visits(looping(tmp, SHUFFLE, seed), times)]


def test_a_shuffle_shows_each_alternative_once_a_round_in_a_seeded_order(tmp_path):
    shown = shuffle_run(tmp_path / "a", 7)
    rounds = [shown[i:i + 5] for i in range(0, 15, 5)]
    for round_ in rounds:
        assert sorted(round_) == ["five", "four", "one", "three", "two"]
    assert len({tuple(r) for r in rounds}) > 1  # each round its own order
    assert shuffle_run(tmp_path / "b", 7) == shown  # the same seed: the same text
    assert shuffle_run(tmp_path / "c", 8) != shown  # another seed: another order
    assert shuffle_run(tmp_path / "d", None) == shuffle_run(tmp_path / "e", None)


def test_the_shuffle_seed_comes_from_the_runs_generator_once(tmp_path):
    rng = random.Random(3)
    campaign, _ = load_demo(tmp_path, LOOP.format(line=SHUFFLE))
    story = StoryState()
    runner = Runner(campaign, story, rng)
    runner.start("start")
    assert story.text_seed == random.Random(3).getrandbits(32)
    state = rng.getstate()
    visits(runner, 6)
    assert rng.getstate() == state  # nothing more is drawn, however often it is shown


def test_no_generator_is_touched_by_lines_without_a_shuffle(tmp_path):
    rng = random.Random(3)
    state = rng.getstate()
    runner = looping(tmp_path, 'max: "{a|b} {&c|d} {!e|f} {trust}"')
    runner.rng = rng
    visits(runner, 4)
    assert rng.getstate() == state and runner.story.text_seed is None


ALL_KINDS = 'max: "{Hi|Hello} {&a|b|c} {!x|y|} {~1|2|3|4}"'


def test_variations_carry_on_after_a_save_and_load_in_the_middle(tmp_path):
    straight = visits(looping(tmp_path / "a", ALL_KINDS, seed=5), 9)
    runner = looping(tmp_path / "b", ALL_KINDS, seed=5)
    before = visits(runner, 4)
    on_screen = runner.current
    # a save while the fifth showing is on screen: the story and the position, as JSON
    saved = json.loads(json.dumps({"story": runner.story.to_data(),
                                   "runner": runner.snapshot()}))
    loaded = Runner.restore(runner.campaign, StoryState.from_data(saved["story"]),
                            saved["runner"], random.Random(999))  # (a generator moved on)
    assert loaded.current == on_screen
    assert before + visits(loaded, 5) == straight
    assert saved["story"]["variations"] and isinstance(saved["story"]["text_seed"], int)


def test_a_story_saved_before_variations_existed_still_loads():
    old = {"version": 1, "variables": {"trust": 2}, "evidence": ["logs"], "seen": ["a.1"],
           "visited": {"start": 1}, "once": []}
    story = StoryState.from_data(old)
    assert story.variations == {} and story.text_seed is None
    assert story.to_data() == old  # and nothing new is written until a variation is read
    with pytest.raises(ValueError, match="variation"):
        StoryState.from_data({**old, "variations": {"x#0": -1}})
    with pytest.raises(ValueError, match="text_seed"):
        StoryState.from_data({**old, "text_seed": "seven"})


# --- interpolation ------------------------------------------------------------------------
INTERPOLATION = """
start:
  - set: {mood: calm, ratio: 2.5, whole: 4.0, flag: true}
  - max: "Trust is *{trust}*, mood {mood}, ratio {ratio}, whole {whole}, flag {flag}."
  - "{logs.name} and {reports.name}, says {max.name} to {elena.name}."
  - elena: "{{not a variable}} and a bar \\\\| and **{ trust }**"
  - set: {trust: 3, mood: "*bold*"}
  - max: "Trust is *{trust}*, mood {mood}."
  - choice:
      - option: Ask {max.name} about {logs.name} ({trust})
      - option: "Leave"
  - give: logs
  - debate:
      claims:
        - max: You have nothing on me, {elena.name}. Trust is {trust}.
          present:
            logs:
              - elena: This.
"""


def test_variables_evidence_and_speaker_names_are_put_into_the_text(tmp_path):
    campaign, diagnostics = load_demo(tmp_path, INTERPOLATION)
    assert not [d for d in diagnostics if d.is_error and d.path.endswith("main.yaml")], \
        [d.format() for d in diagnostics]
    runner = Runner(campaign, StoryState())
    runner.start("start")
    line = runner.current
    assert line.text == "Trust is 0, mood calm, ratio 2.5, whole 4, flag true."
    assert ("0", "em") in line.spans  # emphasis around a value
    runner.advance()
    assert runner.current.text == "Bot logs and Incident reports, says Max to Dr. Elena."
    runner.advance()
    assert runner.current.text == "{not a variable} and a bar | and 0"
    assert runner.current.spans[-1] == ("0", "strong")
    runner.advance()
    line = runner.current
    assert line.text == "Trust is 3, mood *bold*."  # a value is never markup
    assert line.spans == (("Trust is ", "plain"), ("3", "em"), (", mood *bold*.", "plain"))
    runner.advance()
    assert [o.text for o in runner.current.options] == ["Ask Max about Bot logs (3)", "Leave"]
    runner.choose(1)
    claim = runner.current
    assert isinstance(claim, ev.Debate)
    assert claim.text == "You have nothing on me, Dr. Elena. Trust is 3."


def test_emphasis_spans_values_and_alternatives(tmp_path):
    runner = looping(tmp_path, 'max: "*Trust is {trust} now*, {**loud**|*soft* {max.name}}"',
                     story=StoryState(variables={"trust": 2}))
    assert runner.current.spans == (("Trust is 2 now", "em"), (", ", "plain"),
                                    ("loud", "strong"))
    visits(runner, 1)
    assert runner.current.spans == (("Trust is 2 now", "em"), (", ", "plain"), ("soft", "em"),
                                    (" Max", "plain"))


def test_the_line_id_comes_from_the_text_as_written(tmp_path):
    written = "Trust is {trust}, {Hi|Hello}."
    ids = []
    for trust in (0, 5):
        runner = looping(tmp_path / str(trust), f'max: "{written}"',
                         story=StoryState(variables={"trust": trust}))
        assert runner.current.text == f"Trust is {trust}, Hi."
        ids.append(runner.current.line_id)
        visits(runner, 1)
        assert runner.current.line_id == ids[-1]  # the next variation: the same line
    crc = zlib.crc32(f"max\x1f{written}".encode()) & 0xFFFFFF
    assert ids == [f"start.{crc:06x}"] * 2


# --- lint ---------------------------------------------------------------------------------
BROKEN = """\
start:
  - give: logs
  - max: Hi {trsut}, I am {max.name} with {log.name}.
  - "Open {a|b and never closed"
  - max: 'Pick one | or the other, and a } too'
  - max: Empty {} and {&} and {|} and {x.title}.
  - max: Nested {a|{b|c}}.
  - choice:
      - option: Choose {a|b}
  - debate:
      claims:
        - max: Claim {&a|b} by {maxx.name}.
          present:
            logs:
              - elena: No.
  - max: |
      A block text with {nobody}.
"""

EXPECTED = [
    (3, 14, "unknown variable '{trsut}'", "did you mean 'trust'?"),
    (3, 44, "'{log.name}': no evidence item or speaker 'log'", "did you mean 'logs'?"),
    (4, 11, "'{' is never closed", "{{"),
    (5, 20, "'|' outside braces", "\\|"),
    (5, 42, "'}' closes no '{'", "}}"),
    (6, 16, "empty braces", "{{"),
    (6, 23, "variation (cycle) has nothing to show", ""),
    (6, 31, "variation has nothing to show", ""),
    (6, 42, "'.title': only '.name'", ""),
    (7, 20, "a variation inside a variation", ""),
    (9, 24, "variations are for lines and narration", ""),
    (12, 22, "variations are for lines and narration", ""),
    (12, 33, "'{maxx.name}': no evidence item or speaker 'maxx'", "did you mean 'max'?"),
    (16, 10, "unknown variable '{nobody}'", ""),  # (a block text: where it starts)
]


@pytest.mark.usefixtures("yaml_backend")
def test_lint_points_at_each_mistake_in_a_text(tmp_path):
    _, diagnostics = load_demo(tmp_path, BROKEN)
    found = [(d.line, d.col, d.message) for d in diagnostics
             if d.is_error and d.path.endswith("main.yaml")]
    for line, col, words, hint in EXPECTED:
        hits = [f for f in found if f[:2] == (line, col) and words in f[2] and hint in f[2]]
        assert hits, f"no error '{words}' at {line}:{col}; found {found}"
    assert len(found) == len(EXPECTED), found


def test_a_variable_set_by_a_step_or_declared_may_be_shown(tmp_path):
    nodes = """\
start:
  - set: {met: true}
  - max: "{met} {trust} {chapter} {minigame_result}"
  - minigame: bias
"""
    _, diagnostics = load_demo(tmp_path, nodes)
    mine = [d.format() for d in diagnostics if d.path.endswith("main.yaml")]
    assert not mine  # no error, and 'met' counts as read


# --- the docs -----------------------------------------------------------------------------
def doc_examples() -> list[str]:
    """The YAML examples of the "Text" section of docs/modding.md."""
    text = DOC.read_text(encoding="utf-8")
    section = text.split("\n### Text\n", 1)[1].split("\n### ", 1)[0]
    return re.findall(r"```yaml\n(.*?)```", section, re.DOTALL)


def test_the_docs_text_examples_lint_clean_and_show_what_they_say(tmp_path):
    examples = doc_examples()
    assert len(examples) >= 2
    mod = tmp_path / "docs_text"
    (mod / "dialogue" / "rejuvenation").mkdir(parents=True)
    (mod / "mod.yaml").write_text('id: docs_text\nname: Docs text\nversion: "1"\n')
    for number, example in enumerate(examples):
        (mod / "dialogue" / "rejuvenation" / f"example_{number}.yaml").write_text(example)
    campaign, diagnostics = load_campaign("rejuvenation", (mod,), user_mods=False)
    assert campaign is not None
    errors = [d.format() for d in diagnostics if d.is_error]
    assert not errors
    assert "text_interpolation" in campaign.nodes and "text_variations" in campaign.nodes
    story = StoryState(variables={"trust": 2})
    runner = Runner(campaign, story, random.Random(1))
    runner.start("text_interpolation")
    assert runner.current.text == "Trust between us stands at 2."
    runner.advance()
    assert runner.current.spans[0] == ("Nanobot logs", "em")
    shown = []
    for _ in range(3):
        runner.start("text_variations")
        while isinstance(runner.current, ev.Line):
            shown.append(runner.current.text)
            runner.advance()
    assert shown[0] == "Welcome, Doctor." and shown[4] == "Back again?"
    assert shown[8] == "You again."
    assert [shown[i] for i in (1, 5, 9)] == [f"The pods {w} behind the glass."
                                             for w in ("hum", "whir", "click")]
    assert [shown[i] for i in (2, 6)] == ["First time here? Coffee's on the left.",
                                          "Coffee's on the left."]


# --- through the game ---------------------------------------------------------------------
MOD_NODE = """\
text_on_screen:
  - set: {trust: 3}
  - max_chen: "Trust is *{trust}*, {elena_rahmani.name}. Read {bot_logs.name}."
  - "Done."
"""


def test_an_interpolated_line_is_on_screen_and_in_the_backlog(tmp_path, monkeypatch):
    mod = tmp_path / "text_test"
    (mod / "dialogue" / "rejuvenation").mkdir(parents=True)
    (mod / "mod.yaml").write_text('id: text_test\nname: Text test\nversion: "1"\n')
    (mod / "dialogue" / "rejuvenation" / "text.yaml").write_text(MOD_NODE)
    pygame.display.init()
    pygame.display.set_mode((480, 270))
    game = Game(GameState(seed=3))
    director = Director(game, seed=3, mods=(mod,))
    director.begin(StartOptions("rejuvenation", map="clinic", node="text_on_screen"))
    for _ in range(240):  # the typewriter reveals the whole line
        game.tick(InputFrame())
    dialogue = game.stack.top
    assert isinstance(dialogue, DialogueScene)
    drawn: list[tuple[str, str]] = []
    real_text = Screen.text

    def recording(self: Screen, content: str, pos: tuple[float, float], **kw: object) -> float:
        drawn.append((content, str(kw.get("face", "sans"))))
        return real_text(self, content, pos, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Screen, "text", recording)
    game.stack.draw(Screen(pygame.display.get_surface(), game.images), 1.0)
    on_screen = " ".join(content for content, _ in drawn)
    assert "Dr. Elena Rahmani" in on_screen and "Nanobot logs" in on_screen
    assert "{" not in on_screen
    faces = {face for content, face in drawn if content.strip() == "3"}
    assert faces and faces != {"sans"}  # the value in italics
    game.tick(InputFrame(Action.CONFIRM, Action.CONFIRM))
    game.tick(InputFrame())
    said = "".join(text for text, _ in dialogue.backlog[-1].spans)
    assert said == "Trust is 3, Dr. Elena Rahmani. Read Nanobot logs."
