"""Patches: a mod edits one shipped line, option, speaker, evidence item, chapter, level
key or map object without copying the file it is in (docs/modding.md, "Patches").

The proof the issue asks for: a mod that only patches puts an NPC on a shipped map and
changes one shipped line, and the game (the real director, scenes and input) shows the
NPC and, on talking to it, the patched line; a second mod patching the same line is a
conflict that `python -m game mods` and lint report, naming both.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pygame
import pytest

from game import cli
from game.content.edited import EditedContent
from game.content.resolver import Resolver
from game.diagnostics import Diagnostic
from game.dialogue import model as m
from game.dialogue.library import load_campaign
from game.dialogue.patches import Applied, Patch, Placed, campaign_level, patch_schema, relocate
from game.dialogue.scene import DialogueScene
from game.dialogue.schema import SCHEMA_DIR
from game.dialogue.schema import render as render_schema
from game.director import Director, StartOptions
from game.engine.input import Action, InputFrame
from game.gamestate import GameState
from game.services import Game
from game.world.scene import OverworldScene
from tests.support.content import GAME, make_mod

DOC = Path(__file__).resolve().parents[2] / "docs" / "modding.md"

#: Anya's first line in the clinic (dialogue/rejuvenation/people_clinic.yaml).
ANYA_LINE = "clinic_anya.713a77"
#: The line after it, Elena's answer.
ELENA_LINE = "clinic_anya.d58117"
#: The choice's second option ("I'd rather not be content, thank you.").
ANYA_OPTION = "clinic_anya.f2c4f5"

LUNCH = f"""\
- line: {ANYA_LINE}
  text: Okay, chat, a *patched* doctor just walked in.
- map: clinic
  add:
    - {{type: npc, name: lunch_anya, x: 20, y: 15, dialogue: clinic_anya, character: anya,
       facing: up}}
"""


def load(*mods: Path, campaign: str = "rejuvenation") -> tuple[m.Campaign, list[Diagnostic]]:
    loaded, diagnostics = load_campaign(campaign, list(mods), root=GAME, user_mods=False)
    assert loaded is not None
    return loaded, diagnostics


def patch_mod(tmp_path: Path, mod_id: str, text: str, priority: int = 0,
              file: str = "patches/rejuvenation/edit.yaml") -> Path:
    return make_mod(tmp_path, mod_id, {file: text}, campaign=None, priority=priority)


def errors(diagnostics: list[Diagnostic]) -> list[str]:
    return [d.format() for d in diagnostics if d.is_error]


def say(campaign: m.Campaign, line_id: str) -> m.Say:
    found = [s for s in walk(campaign.nodes["clinic_anya"].steps)
             if isinstance(s, m.Say) and s.line_id == line_id]
    assert len(found) == 1
    return found[0]


def walk(steps: m.Steps):
    for step in steps:
        yield step
        for _, block in m.sub_blocks(step):
            yield from walk(block)


def lines_of(campaign: m.Campaign, node: str) -> list[str]:
    return [s.text for s in walk(campaign.nodes[node].steps) if isinstance(s, m.Say)]


# --- the proof: played through the game ---------------------------------------------------
def test_a_patched_in_npc_on_a_shipped_map_says_the_patched_line_in_the_game(tmp_path):
    mod = patch_mod(tmp_path, "lunch", LUNCH)
    assert not (mod / "maps").exists() and not (mod / "dialogue").exists()  # patches only
    pygame.display.init()
    pygame.display.set_mode((480, 270))
    game = Game(GameState(seed=3))
    director = Director(game, seed=3, mods=[mod])
    director.begin(StartOptions("rejuvenation", map="clinic", spawn="corridor"))
    overworld = game.stack.top
    assert isinstance(overworld, OverworldScene)
    world = overworld.world
    npc = world.npc("lunch_anya")
    assert npc is not None and (npc.px, npc.py) == (20 * 16 + 8, 15 * 16 + 12)
    # the player stands on the corridor spawn facing down, one tile above the new NPC
    assert world.player.facing.name == "DOWN" and npc.py - world.player.py == 16
    game.tick(InputFrame(Action.CONFIRM, Action.CONFIRM))
    for _ in range(3):
        game.tick(InputFrame())
    scene = game.stack.top
    assert isinstance(scene, DialogueScene)
    assert scene.runner.current.text == "Okay, chat, a patched doctor just walked in."
    assert scene.runner.current.line_id == ANYA_LINE  # a text patch keeps the line's id


def test_without_the_mod_the_map_and_the_line_are_the_games(tmp_path):
    campaign, _ = load()
    assert "lunch_anya" not in {o.name for o in campaign.catalog.maps["clinic"].objects}
    assert say(campaign, ANYA_LINE).text.startswith("Okay, chat, you will not believe")
    assert "lunch_anya" not in (GAME / "maps" / "clinic.tmx").read_text(encoding="utf-8")


def test_the_game_and_lint_see_the_same_patched_map(tmp_path):
    mod = patch_mod(tmp_path, "lunch", LUNCH)
    campaign, diagnostics = load(mod)
    assert errors(diagnostics) == []
    content = campaign.catalog.content
    assert isinstance(content, EditedContent)
    from game.world.maps import MapLibrary

    played = MapLibrary(content).get("clinic")
    linted = campaign.catalog.maps["clinic"]
    assert [(o.name, o.x, o.y) for o in played.objects] == \
        [(o.name, o.x, o.y) for o in linted.objects]
    added = next(o for o in played.objects if o.name == "lunch_anya")
    assert added.source == str(mod / "patches/rejuvenation/edit.yaml") and added.line == 5
    assert added.prop("campaign") == "rejuvenation"  # a campaign's patch: its own NPC
    assert MapLibrary(Resolver.base_game(GAME)).get("clinic").objects != played.objects


# --- conflicts -----------------------------------------------------------------------------
def test_two_mods_patching_one_line_conflict_and_the_later_wins(tmp_path, capsys):
    first = patch_mod(tmp_path, "lunch", LUNCH, priority=1)
    second = patch_mod(tmp_path, "brunch", f"- line: {ANYA_LINE}\n  text: Brunch, chat!\n",
                       priority=2)
    campaign, diagnostics = load(first, second)
    assert errors(diagnostics) == []
    assert m.Conflict("patch", f"line '{ANYA_LINE}'", "lunch", "brunch") in campaign.conflicts
    assert say(campaign, ANYA_LINE).text == "Brunch, chat!"
    warning = [d for d in diagnostics if "is patched by" in d.message]
    assert len(warning) == 1 and warning[0].severity == "warning"
    assert "'lunch'" in warning[0].message and "'brunch'" in warning[0].message
    assert warning[0].path == str(second / "patches/rejuvenation/edit.yaml")

    assert cli.main(["mods", "--no-user-mods", "--mod", str(first), "--mod", str(second)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "conflicts: 1" in out
    assert (f"  rejuvenation: line '{ANYA_LINE}' is patched by 'lunch' and 'brunch': "
            "'brunch' wins") in out
    assert (f"       * line '{ANYA_LINE}': text — patches/rejuvenation/edit.yaml:1") in out
    assert "       * map 'clinic': add lunch_anya — patches/rejuvenation/edit.yaml:3" in out


def test_two_mods_on_one_map_object_and_one_field_conflict(tmp_path):
    first = patch_mod(tmp_path, "a", "- map: clinic\n  move: {max: {x: 20, y: 15}}\n"
                                     "- speaker: max_chen\n  set: {name: Max A}\n", 1)
    second = patch_mod(tmp_path, "b", "- map: clinic\n  remove: [max]\n"
                                      "- speaker: max_chen\n  set: {color: '#ffcc00'}\n"
                                      "- evidence: bot_logs\n  set: {name: Logs}\n", 2)
    campaign, diagnostics = load(first, second)
    assert errors(diagnostics) == []
    assert {(c.name, c.loser, c.winner) for c in campaign.conflicts} == {
        ("map object 'clinic.max'", "a", "b")}  # different fields of a speaker: no conflict
    assert campaign.speakers["max_chen"].name == "Max A"
    assert campaign.speakers["max_chen"].color == "#ffcc00"
    assert "max" not in {o.name for o in campaign.catalog.maps["clinic"].objects
                         if o.in_campaign("rejuvenation")}


# --- every target checked --------------------------------------------------------------------
@pytest.mark.parametrize(("entry", "named"), [
    ("- line: clinic_anya.000000\n  remove: true\n", "line 'clinic_anya.000000'"),
    ("- option: clinic_anya.ffffff\n  text: Hm\n", "option 'clinic_anya.ffffff'"),
    ("- speaker: max_chenn\n  set: {name: Max}\n", "speaker 'max_chenn'"),
    ("- evidence: bot_log\n  set: {name: Logs}\n", "evidence 'bot_log'"),
    ("- chapter: obsolet\n  set: {title: Old}\n", "chapter 'obsolet'"),
    ("- level: live_dem\n  set: {hint: Try harder}\n", "level 'live_dem'"),
    ("- map: clinik\n  remove: [max]\n", "map 'clinik'"),
    ("- map: clinic\n  remove: [maxx]\n", "no object 'maxx'"),
    ("- map: clinic\n  move: {maxx: {x: 1, y: 1}}\n", "no object 'maxx'"),
])
def test_a_target_that_is_gone_is_a_located_error_and_the_mod_is_skipped(tmp_path, entry,
                                                                          named):
    mod = patch_mod(tmp_path, "stale", f"- line: {ANYA_LINE}\n  text: Changed\n{entry}")
    campaign, diagnostics = load(mod)
    found = [d for d in diagnostics if d.is_error]
    assert len(found) == 1, errors(diagnostics)
    assert found[0].path == str(mod / "patches/rejuvenation/edit.yaml")
    assert found[0].line in (3, 4) and named in found[0].message
    assert "did you mean" in found[0].message
    assert not campaign.mods  # skipped: not even its good patch applies
    assert say(campaign, ANYA_LINE).text.startswith("Okay, chat, you will not believe")


@pytest.mark.parametrize(("text", "message"), [
    ("- lines: x\n  text: y\n", "a patch names its target"),
    (f"- line: {ANYA_LINE}\n  option: x\n", "one target per patch"),
    (f"- line: {ANYA_LINE}\n", "nothing to change"),
    (f"- line: {ANYA_LINE}\n  text: a\n  remove: true\n", "both change"),
    (f"- line: {ANYA_LINE}\n  replce: []\n", "did you mean 'replace'"),
    ("- speaker: max_chen\n  set: {nmae: Max}\n", "did you mean 'name'"),
    ("- speaker: max_chen\n  set: {color: yellow}\n", "is not a colour"),
    ("- level: live_demo\n  set: {id: other}\n", "cannot change"),
    ("- map: clinic\n  add: [{type: npcc, name: a, x: 1, y: 1}]\n", "unknown object type"),
    ("- map: clinic\n  add: [{type: npc, name: a, x: 1}]\n", "needs 'y:'"),
    ("line: x\n", "a list of patches"),
])
def test_a_malformed_patch_is_a_located_error(tmp_path, text, message):
    mod = patch_mod(tmp_path, "bad", text)
    campaign, diagnostics = load(mod)
    found = [d for d in diagnostics if d.is_error]
    assert found and message in found[0].message, errors(diagnostics)
    assert found[0].path == str(mod / "patches/rejuvenation/edit.yaml")
    assert not campaign.mods


def test_a_patch_folder_named_after_no_campaign_is_an_error_with_a_suggestion(tmp_path):
    mod = patch_mod(tmp_path, "typo", f"- line: {ANYA_LINE}\n  remove: true\n",
                    file="patches/rejuvenaton/edit.yaml")
    _, diagnostics = load(mod)
    assert any("no campaign 'rejuvenaton'" in e and "did you mean 'rejuvenation'" in e
               for e in errors(diagnostics))


# --- lines, options, claims, once blocks ---------------------------------------------------
def test_line_operations_replace_insert_and_remove(tmp_path):
    mod = patch_mod(tmp_path, "ops", f"""\
- line: {ANYA_LINE}
  insert_before:
    - "The ring light flickers."
  replace:
    - anya happy: Hi, Doctor!
- line: {ELENA_LINE}
  remove: true
- option: {ANYA_OPTION}
  text: Ask one honest question
  insert_after:
    - option: Wave at the camera
      do:
        - anya: Hi chat!
""")
    campaign, diagnostics = load(mod)
    assert errors(diagnostics) == []
    lines = lines_of(campaign, "clinic_anya")
    start = lines.index("The ring light flickers.")
    assert lines[start:start + 3] == ["The ring light flickers.", "Hi, Doctor!",
                                      lines[start + 2]]
    assert lines[start + 2].startswith("Oh my god")  # Elena's line is gone
    choice = next(s for s in campaign.nodes["clinic_anya"].steps if isinstance(s, m.ChoiceStep))
    assert [o.text for o in choice.options][1:3] == ["Ask one honest question",
                                                     "Wave at the camera"]
    assert choice.options[1].line_id == ANYA_OPTION and choice.options[1].steps
    assert choice.options[2].steps is not None and len(choice.options) == 3
    ids = [s.line_id for s in walk(campaign.nodes["clinic_anya"].steps)
           if isinstance(s, m.Say)]
    assert len(ids) == len(set(ids))  # new lines get fresh ids of the node


def test_a_claim_and_a_once_block_are_patched_by_their_ids(tmp_path):
    base, _ = load()
    claims = [(node.id, step) for node in base.nodes.values() for step in walk(node.steps)
              if isinstance(step, m.DebateStep)]
    node_id, debate = claims[0]
    claim = debate.claims[0]
    onces = [(node.id, step) for node in base.nodes.values() for step in walk(node.steps)
             if isinstance(step, m.OnceStep)]
    once_node, once = onces[0]
    mod = patch_mod(tmp_path, "claims", f"""\
- line: {claim.line_id}
  text: A patched claim.
- line: {once.key}
  replace:
    - "Once, patched."
""")
    campaign, diagnostics = load(mod)
    assert errors(diagnostics) == []
    patched = next(s for s in walk(campaign.nodes[node_id].steps)
                   if isinstance(s, m.DebateStep) and s.debate_id == debate.debate_id)
    assert patched.claims[0].text == "A patched claim."
    assert patched.claims[0].answers == claim.answers  # press, present... stay
    assert "Once, patched." in lines_of(campaign, once_node)
    assert not any(isinstance(s, m.OnceStep) and s.key == once.key
                   for s in walk(campaign.nodes[once_node].steps))


def test_the_wrong_kind_of_id_says_which_target_to_write(tmp_path):
    mod = patch_mod(tmp_path, "kind", f"- line: {ANYA_OPTION}\n  text: x\n")
    _, diagnostics = load(mod)
    assert any(f"write 'option: {ANYA_OPTION}'" in e for e in errors(diagnostics))


def test_steps_a_patch_brings_are_linted_like_dialogue(tmp_path):
    mod = patch_mod(tmp_path, "lint", f"""\
- line: {ANYA_LINE}
  insert_after:
    - anyaa: Typo in the speaker.
    - goto: nowhere_node
""")
    campaign, diagnostics = load(mod)
    messages = errors(diagnostics)
    assert any("anyaa" in e for e in messages) and any("nowhere_node" in e for e in messages)
    assert not campaign.mods  # the new errors skip the mod, as in its own files


def test_lint_of_patched_steps_is_placed_at_the_patch(tmp_path):
    mod = patch_mod(tmp_path, "warn", f"""\
- line: {ELENA_LINE}
  insert_after:
    - goto: clinic_max
    - anya: Never said.
""")
    campaign, diagnostics = load(mod)
    assert errors(diagnostics) == [] and campaign.mods
    # the library's lint may place them already; relocate leaves placed ones alone
    placed = relocate(diagnostics, campaign.catalog.patched)
    unreached = [d for d in placed if "never reached" in d.message]
    patch_file = str(mod / "patches/rejuvenation/edit.yaml")
    assert [(d.path, d.line) for d in unreached if d.path == patch_file] == [(patch_file, 4)]
    assert not any(d.path.endswith("people_clinic.yaml") and d.line == 4 for d in placed)


def test_relocate_puts_what_lint_says_about_patched_steps_at_the_patch():
    patch = Patch("line", ANYA_LINE, "mod", "rejuvenation", "/mods/x/patches/p.yaml", 1, 3)
    applied = [Applied(patch, (Placed("/game/dialogue/a.yaml", 3, 6, patch),))]
    inside = Diagnostic("/game/dialogue/a.yaml", 4, 7, "error", "unknown speaker")
    outside = Diagnostic("/game/dialogue/a.yaml", 9, 7, "error", "unknown speaker")
    other = Diagnostic("/game/dialogue/b.yaml", 4, 7, "error", "unknown speaker")
    moved = relocate([inside, outside, other], applied)
    assert moved == [Diagnostic("/mods/x/patches/p.yaml", 4, 7, "error", "unknown speaker"),
                     outside, other]


# --- manifest fields and levels ------------------------------------------------------------
def test_speaker_evidence_and_chapter_fields(tmp_path):
    mod = patch_mod(tmp_path, "fields", """\
- speaker: max_chen
  set: {name: Max Chen Jr., color: "#ffcc00"}
- evidence: bot_logs
  set: {description: "The bots' own record,   session by session."}
- chapter: obsolete
  set: {title: Obsolete?}
""")
    campaign, diagnostics = load(mod)
    assert errors(diagnostics) == []
    speaker = campaign.speakers["max_chen"]
    assert (speaker.name, speaker.color) == ("Max Chen Jr.", "#ffcc00")
    assert speaker.portrait == load()[0].speakers["max_chen"].portrait  # the rest stays
    assert campaign.evidence["bot_logs"].description == \
        "The bots' own record, session by session."
    assert campaign.chapter("obsolete").title == "Obsolete?"


def test_a_level_patch_changes_the_level_the_campaign_plays(tmp_path):
    mod = patch_mod(tmp_path, "level", "- level: live_demo\n  set: {goal.time_limit: 90, "
                                       "hint: Slow down.}\n")
    campaign, diagnostics = load(mod)
    assert errors(diagnostics) == []
    path = campaign.catalog.levels["live_demo"]
    level = campaign_level(campaign, "live_demo", path)
    shipped = campaign_level(load()[0], "live_demo", path)
    assert (level.goal.time_limit, level.hint) == (90, "Slow down.")
    assert level.goal.repaired == shipped.goal.repaired and shipped.goal.time_limit != 90


def test_a_level_patch_that_breaks_the_level_is_an_error_at_the_patch(tmp_path):
    mod = patch_mod(tmp_path, "level", "- level: live_demo\n  set:\n    bots: -3\n")
    campaign, diagnostics = load(mod)
    found = [d for d in diagnostics if d.is_error]
    assert len(found) == 1 and found[0].path == str(mod / "patches/rejuvenation/edit.yaml")
    assert found[0].line == 3 and "live_demo" in found[0].message
    assert not campaign.mods


# --- maps ------------------------------------------------------------------------------------
def test_move_and_remove_objects_by_name(tmp_path):
    mod = patch_mod(tmp_path, "moves", """\
- map: clinic
  move:
    anya: {x: 20, y: 15}
    dental_chair: {x: 2, y: 3}
  remove: [sam]
""")
    campaign, diagnostics = load(mod)
    assert errors(diagnostics) == []
    world = campaign.catalog.maps["clinic"]
    mine = {o.name: o for o in world.objects if o.in_campaign("rejuvenation")}
    assert mine["anya"].feet == (20 * 16 + 8, 15 * 16 + 12)
    assert (mine["dental_chair"].x, mine["dental_chair"].y) == (32, 48)
    assert (mine["dental_chair"].w, mine["dental_chair"].h) == (48, 48)  # size stays
    assert "sam" not in mine


def test_a_person_placed_in_a_wall_is_reported_at_the_patch(tmp_path):
    mod = patch_mod(tmp_path, "wall", "- map: clinic\n  add:\n"
                                      "    - {type: npc, name: stuck, x: 0, y: 0, "
                                      "dialogue: clinic_anya, character: anya}\n")
    _, diagnostics = load(mod)
    found = [d for d in diagnostics if "stands where nobody can stand" in d.message]
    assert len(found) == 1 and found[0].path == str(mod / "patches/rejuvenation/edit.yaml")
    assert found[0].line == 3 and found[0].severity == "warning"


def test_edited_content_differs_when_its_edits_do():
    packs = Resolver.base_game(GAME).packs
    assert EditedContent(packs, {}) == Resolver(packs)
    assert EditedContent(packs, {"maps/clinic.tmx": ["x"]}) != Resolver(packs)
    assert Resolver(packs) != EditedContent(packs, {"maps/clinic.tmx": ["x"]})


# --- schema and docs -----------------------------------------------------------------------
def test_the_committed_patch_schema_matches_the_reader():
    path = SCHEMA_DIR / "patch.schema.json"
    assert path.read_text(encoding="utf-8") == render_schema(patch_schema()), (
        "patch.schema.json is stale: run python -m game.dialogue.schema")
    targets = {item["title"] for item in json.loads(path.read_text())["items"]["oneOf"]}
    assert targets == {"line", "option", "speaker", "evidence", "chapter", "level", "map"}


def doc_patches() -> list[str]:
    """The YAML examples of docs/modding.md's "Patches" section."""
    text = DOC.read_text(encoding="utf-8")
    section = text.split("### Patches", 1)[1].split("\n## ", 1)[0].split("\n### ", 1)[0]
    return re.findall(r"```yaml\n(.*?)```", section, re.S)


def test_the_docs_patch_examples_load_without_errors(tmp_path):
    examples = [e for e in doc_patches() if e.lstrip().startswith(("- ", "#"))]
    kinds = set()
    for number, example in enumerate(examples):
        mod = patch_mod(tmp_path / str(number), "docs_example", example)
        campaign, diagnostics = load(mod)
        assert [d.format() for d in diagnostics] == [], example  # not even a warning
        assert campaign.mods
        kinds |= {applied.patch.kind for applied in campaign.catalog.patched}
    assert kinds == {"line", "option", "speaker", "evidence", "chapter", "level", "map"}


def test_a_text_patch_may_interpolate_and_its_mistakes_are_at_the_patch(tmp_path):
    from game.dialogue.runner import Runner
    from game.story.state import StoryState

    good = patch_mod(tmp_path, "vars", f"- line: {ANYA_LINE}\n"
                                       "  text: Chat, {elena_rahmani.name} is here.\n")
    campaign, diagnostics = load(good)
    assert not errors(diagnostics)
    runner = Runner(campaign, StoryState())
    runner.start("clinic_anya")
    while runner.current is not None and getattr(runner.current, "line_id", "") != ANYA_LINE:
        runner.advance()
    assert runner.current is not None and "{" not in runner.current.text
    assert campaign.speakers["elena_rahmani"].name in runner.current.text
    bad = patch_mod(tmp_path / "bad", "badvars", f"- line: {ANYA_LINE}\n"
                                                 "  text: Chat, {nobody_here} is here.\n")
    campaign, diagnostics = load(bad)
    found = [d for d in diagnostics if d.is_error and "nobody_here" in d.message]
    assert found and found[0].path == str(bad / "patches/rejuvenation/edit.yaml")
    assert found[0].line == 2 and campaign.mods == ()  # the mod is skipped


def test_a_patches_folder_decides_the_campaign_a_mod_applies_to(tmp_path):
    mod = patch_mod(tmp_path, "lunch", LUNCH)
    rejuvenation, _ = load(mod)
    tooth, _ = load(mod, campaign="tooth_rebirth")
    assert [m.id for m in rejuvenation.mods] == ["lunch"] and tooth.mods == ()
    far = patch_mod(tmp_path / "far", "far", f"- line: {ANYA_LINE}\n  remove: true\n",
                    file="patches/qqqqqq/edit.yaml")
    _, diagnostics = load(far)
    assert any(d.is_error and d.path == str(far / "patches" / "qqqqqq") for d in diagnostics)
