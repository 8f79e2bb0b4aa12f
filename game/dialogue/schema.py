"""JSON Schemas of the content files, for editors (``dialogue/schema/*.schema.json``).

The schemas are built from the parser's own tables and the step registry (each
registered step's argument type gives its schema), so they cannot drift from
what the game reads; a test checks the committed files match. Regenerate with::

    python -m game.dialogue.schema

An editor with a YAML language server (VS Code's YAML extension) validates and
completes a file that starts with, e.g.::

    # yaml-language-server: $schema=../schema/dialogue.schema.json

Lint stays the authority: the schemas know nothing of which speakers, nodes or
maps exist.
"""

from __future__ import annotations

import json
from pathlib import Path

from game import paths
from game.dialogue.manifest import COLOR_RE
from game.dialogue.model import EXPRESSIONS
from game.dialogue.parse import CLAIM_KEYS
from game.dialogue.steps import KEYWORDS, kinds
from game.dialogue.steps.args import ID, Schema, ref

SCHEMA_DIR = paths.DIALOGUE / "schema"
DRAFT = "http://json-schema.org/draft-07/schema#"
LINE_ID = "^[A-Za-z0-9_][A-Za-z0-9_.:-]*$"
_NOT_CLAIM_KEY = "|".join(sorted(CLAIM_KEYS))
SPEAKER_KEY = (f"^(?!({_NOT_CLAIM_KEY})( |$))[A-Za-z0-9_][A-Za-z0-9_-]*"
               f"( ({'|'.join(EXPRESSIONS)}))?$")


def _kind(name: str, value: Schema, extra: Schema | None = None,
          required: list[str] | None = None, desc: str = "") -> Schema:
    return {"type": "object", "description": desc, "properties": {name: value, **(extra or {})},
            "required": required or [name], "additionalProperties": False}


def _common() -> dict[str, Schema]:
    return {
        "id": {"type": "string", "pattern": ID},
        "ids": {"anyOf": [ref("id"), {"type": "array", "items": ref("id")}]},
        "line_id": {"type": "string", "pattern": LINE_ID, "description":
                    "A stable id for this line (seen text, translation). Without one, an id is "
                    "derived from the node, the speaker and the text."},
        "text": {"type": ["string", "number", "boolean"], "description":
                 "Text; *emphasis* and **strong**, \\* for a star. {trust} shows a "
                 "variable, {bot_logs.name} an evidence item's or a speaker's name; in lines, "
                 "{a|b|c} a sequence, {&a|b} a cycle, {!a|b} once-only, {~a|b} a shuffle; "
                 "{{ and }} for braces, \\| for a bar. Quote it when it contains ': ' or "
                 "starts with '*' or '{'."},
        "condition": {"type": ["string", "boolean", "number"], "description":
                      "Variables, == != < <= > >=, and/or/not, + -, has(item), seen(id), "
                      "visited(node)."},
        "steps": {"type": "array", "items": ref("step"),
                  "description": "A list of steps, each starting with '- '."},
        "block": {"anyOf": [ref("steps"), {"type": "null"}]},
        "step": {"anyOf": [{"type": "string", "description": "Narration, or "
                            + " / ".join(k.name for k in kinds() if k.bare) + "."},
                           ref("step_object")]},
    }


def _choice() -> Schema:
    option = {"type": "object", "properties": {
        "option": ref("text"), "id": ref("line_id"),
        "if": ref("condition", description="Hide the option while this is false."),
        "enabled_if": ref("condition", description="Show it greyed out while this is false."),
        "once": {"type": "boolean", "description": "Offer it only until it is picked once."},
        "do": ref("block", description="Steps run when picked; without them the dialogue "
                                       "carries on after the choice."),
    }, "required": ["option"], "additionalProperties": False}
    return _kind("choice", {"type": "array", "items": {"anyOf": [{"type": "string"}, option]},
                            "minItems": 1}, desc="The player picks one option.")


def _debate() -> Schema:
    claim = {"type": "object", "description": "A claim: 'speaker: text', press:, present:.",
             "properties": {
                 "id": ref("line_id"), "press": ref("block"), "wrong": ref("block"),
                 "if": ref("condition", description="The claim is in the debate only if "
                                                    "this holds as the debate starts."),
                 "present": {"type": "object", "propertyNames": {"pattern": ID},
                             "additionalProperties": ref("block"),
                             "description": "Evidence that refutes the claim: {item: steps}."}},
             "patternProperties": {SPEAKER_KEY: ref("text")}, "additionalProperties": False}
    body = {"type": "object", "properties": {
        "id": ref("line_id"),
        "credibility": {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "string"}],
                        "description": "A whole number, or an expression worked out as the "
                                       "debate starts, e.g. \"2 + witnesses\" (at least 1)."},
        "penalty": {"type": "integer", "minimum": 1},
        "fumbles": ref("id", description="A number variable that counts wrong presentations."),
        "claims": {"type": "array", "items": claim, "minItems": 1},
        "wrong": ref("block", description="Steps after a wrong presentation."),
        "fail": ref("block", description="Steps when credibility runs out, before it restarts."),
        "fail_again": ref("block", description="Steps instead of 'fail' from the second time "
                                               "credibility runs out."),
    }, "required": ["claims"], "additionalProperties": False}
    return _kind("debate", body, desc="Cross-examination: press claims, present evidence.")


def _steps() -> dict[str, Schema]:
    """The schema of each step keyword: the structural steps, then the registered ones."""
    structural = {
        "narrate": _kind("narrate", ref("text"), {"id": ref("line_id")}, desc="Narration."),
        "choice": _choice(),
        "if": _kind("if", ref("condition"), {"then": ref("block")}, ["if", "then"],
                    "Run 'then' when the condition holds; 'elif'/'else' steps may follow."),
        "elif": _kind("elif", ref("condition"), {"then": ref("block")}, ["elif", "then"],
                      "Follows an 'if' or 'elif'."),
        "else": _kind("else", ref("block"), desc="Follows an 'if' or 'elif'."),
        "debate": _debate(),
        "once": _kind("once", ref("block"), {"id": ref("line_id")},
                      desc="Steps that run only the first time."),
    }
    registered = {kind.name: _kind(kind.name, kind.arg.schema(),
                                   {key: ref("block") for key in kind.blocks}, desc=kind.doc)
                  for kind in kinds()}
    return {**structural, **registered}


def dialogue_schema() -> Schema:
    definitions = _common()
    kinds = _steps()
    for name, schema in kinds.items():
        definitions[f"step_{name}"] = schema
    definitions["step_line"] = {
        "type": "object", "description": "A line: 'speaker: text' or 'speaker expression: text'.",
        "properties": {"id": ref("line_id")}, "patternProperties": {SPEAKER_KEY: ref("text")},
        "additionalProperties": False, "minProperties": 1, "maxProperties": 2}
    any_keyword = {"anyOf": [{"required": [k]} for k in sorted(kinds)]}
    definitions["step_object"] = {"type": "object", "allOf": [
        *({"if": {"required": [k]}, "then": ref(f"step_{k}")} for k in sorted(kinds)),
        {"if": {"not": any_keyword}, "then": ref("step_line")}]}
    return {"$schema": DRAFT, "title": "ENAMEL 2045 dialogue file",
            "description": "Node ids mapped to lists of steps. See docs/modding.md.",
            "type": "object", "propertyNames": {"pattern": ID},
            "additionalProperties": ref("block"), "definitions": definitions}


def campaign_schema() -> Schema:
    id_ = {"type": "string", "pattern": ID}
    speaker = {"anyOf": [{"type": "string", "description": "The display name."}, {
        "type": "object", "properties": {
            "name": {"type": "string"},
            "portrait": ref("id", description="assets/portraits/<id>.png"),
            "color": {"type": "string", "pattern": "^" + COLOR_RE.pattern.removesuffix(r"\Z")
                      + "$"}},
        "required": ["name"], "additionalProperties": False}]}
    evidence = {"type": "object", "properties": {
        "name": {"type": "string"}, "description": {"type": "string"}, "icon": ref("id")},
        "required": ["name"], "additionalProperties": False}
    chapter = {"type": "object", "properties": {
        "id": ref("id"), "title": {"type": "string"}, "node": ref("id"), "map": ref("id"),
        "spawn": ref("id")}, "required": ["id", "title", "node"], "additionalProperties": False}
    start = {"type": "object", "properties": {
        "map": ref("id"), "spawn": ref("id"), "node": ref("id")}, "required": ["map"],
        "additionalProperties": False}
    ending = {"type": "object", "properties": {
        "title": {"type": "string"}, "description": {"type": "string"}},
        "required": ["title"], "additionalProperties": False}
    beat = {"type": "object", "properties": {
        "id": ref("id"), "title": {"type": "string"},
        "when": {"type": ["string", "boolean", "number"],
                 "description": "A condition that holds once the beat has been played."}},
        "required": ["id", "title", "when"], "additionalProperties": False}
    category = {"type": "object", "properties": {
        "id": ref("id"), "name": {"type": "string"},
        "start": {"type": "object", "properties": {
            "chapter": ref("id"), "on": {"enum": ["run", "control"]}},
            "additionalProperties": False},
        "end": {"type": "object", "properties": {
            "ending": ref("id"), "warp": ref("id"), "split": {"type": "string"}},
            "minProperties": 1, "maxProperties": 1, "additionalProperties": False},
        "splits": {"type": "array", "items": {"type": "string"}},
        "finish": {"type": "string"}, "seed": {"type": "integer"}},
        "required": ["id", "name", "end"], "additionalProperties": False}
    return {
        "$schema": DRAFT, "title": "ENAMEL 2045 campaign manifest (campaign.yaml)",
        "description": "A campaign; in a mod, additions to one (speakers, evidence, "
                       "variables). See docs/modding.md.",
        "type": "object",
        "properties": {
            "id": ref("id"), "title": {"type": "string"}, "blurb": {"type": "string"},
            "player": ref("id", description="The speaker id of the player character."),
            "start": start, "chapters": {"type": "array", "items": chapter},
            "speakers": {"type": "object", "additionalProperties": speaker,
                         "propertyNames": {"pattern": ID, "not": {"enum": sorted(KEYWORDS)}}},
            "evidence": {"type": "object", "propertyNames": {"pattern": ID},
                         "additionalProperties": evidence},
            "variables": {"type": "object", "propertyNames": {"pattern": ID},
                          "additionalProperties": {"type": ["string", "number", "boolean"]}},
            "endings": {"type": "object", "propertyNames": {"pattern": ID},
                        "additionalProperties": ending,
                        "description": "Endings the 'ending' step names: {id: {title, "
                                       "description}}."},
            "credits": {"type": "array", "items": {"type": "string"},
                        "description": "The lines of the credits roll (\"\" for a gap)."},
            "beats": {"type": "array", "items": beat,
                      "description": "The story's beats in story order, for playthrough "
                                     "tools."},
            "categories": {"type": "array", "items": category,
                           "description": "Speedrun categories (docs/speedrun.md)."},
        },
        "additionalProperties": False, "definitions": {"id": id_},
    }


#: A version (``1.2.0``) and an item of ``requires:`` (``mod_id`` or ``mod_id >= 1.2``).
VERSION = r"^[0-9]+(\.[0-9]+)*$"
REQUIREMENT = r"^\s*[A-Za-z0-9_][A-Za-z0-9_-]*\s*(>=\s*[0-9]+(\.[0-9]+)*)?\s*$"


def mod_schema() -> Schema:
    return {
        "$schema": DRAFT, "title": "ENAMEL 2045 mod description (mod.yaml)", "type": "object",
        "properties": {
            "id": ref("id"), "name": {"type": "string"}, "version": {"type": ["string", "number"]},
            "priority": {"type": "integer",
                         "description": "Higher loads later and wins conflicts (default 0)."},
            "campaign": {"anyOf": [ref("id"), {"type": "array", "items": ref("id")}],
                         "description": "The campaigns this mod's dialogue belongs to."},
            "requires": {"anyOf": [ref("requirement"),
                                   {"type": "array", "items": ref("requirement")}],
                         "description": "Mods this one needs, loaded before it: 'mod_id' or "
                                        "'mod_id >= 1.2' (that version or newer). Without "
                                        "them the mod is skipped."},
            "game": {"type": ["string", "number"], "pattern": VERSION,
                     "description": "The oldest game version this mod works with, like "
                                    "0.1.0; an older game skips the mod."},
            "load_after": {"anyOf": [ref("id"), {"type": "array", "items": ref("id")}],
                           "description": "Mods this one loads after when they are installed "
                                          "(order only: a missing one is fine)."},
            "description": {"type": "string"}, "author": {"type": "string"},
        },
        "required": ["id", "name", "version"], "additionalProperties": False,
        "definitions": {"id": {"type": "string", "pattern": ID},
                        "requirement": {"type": "string", "pattern": REQUIREMENT}},
    }


def schemas() -> dict[str, Schema]:
    """File name -> schema."""
    from game.dialogue.patches import patch_schema  # it reads dialogue steps: imported late

    return {"dialogue.schema.json": dialogue_schema(),
            "campaign.schema.json": campaign_schema(),
            "mod.schema.json": mod_schema(),
            "patch.schema.json": patch_schema()}


def render(schema: Schema) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write(folder: Path = SCHEMA_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in schemas().items():
        path = folder / name
        path.write_text(render(schema), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write():
        print(f"wrote {path}")
