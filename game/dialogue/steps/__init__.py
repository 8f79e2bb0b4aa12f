"""Dialogue steps with a keyword of their own, each declared once.

A step is one :class:`StepKind`: its keyword, its argument (how the value is
read, and its JSON Schema), its lint checks, what the runner does with it (the
event it shows, the state it changes), and the name of the host hook that does
its part in the game. Every consumer takes what it needs from the registry:

==================  ===========================================================
parse               ``arg`` reads the value, ``blocks`` are parsed as nested steps
                    and the step built (``model`` or ``build``); ``- end``-style
                    bare words for steps whose argument is ``Nothing``
lint                ``lint(linter, step)``, ``links`` (unknown nodes,
                    reachability), ``leaves`` (steps after it never run), blocks
runner              ``run(runner, step)``; ``Runner.resume(result)`` records it with
                    ``resumed`` and picks one of ``blocks`` via ``outcome``;
                    ``advance()`` passes other events
schema              ``arg.schema()``, ``blocks``, ``doc`` (dialogue.schema.json)
dialogue scene      calls ``hooks.<hook>(*event fields)`` (plus ``done`` when it
                    ``waits``); ``barrier`` ends rollback
graph               ``links`` as edges, ``label`` for edges inside blocks
playtest            transcript (``describe``); a script decides ``blocks`` steps
                    with ``<name>: <outcome>`` (default: the first block)
==================  ===========================================================

The structural steps — ``narrate``, ``choice``, ``if``/``elif``/``else``,
``once``, ``debate`` — have a grammar of their own (options, branches, claims,
line ids) and are handled by those modules directly; their keywords are listed
in :data:`registry.STRUCTURAL` so that :data:`KEYWORDS` names every step.

Adding a step (developer note)
------------------------------
1. Write ``game/dialogue/steps/<name>.py``: the step's dataclass (``line``,
   ``col``, then its argument, then one field per block), its event dataclass
   if it shows one, and ``register(StepKind(...))`` — see ``sound.py`` for a
   plain one, ``minigame.py`` for one with blocks and a hook that waits,
   ``warp.py`` or ``move.py`` for an argument type of its own (an :class:`args.Arg`).
2. Add the module's name to ``BUILTIN`` below.
3. If it has a ``hook``, give the director's hooks (``game/director.py``,
   ``_Hooks``) a method of that name; it gets the event's fields, and a
   ``done(result=None)`` callback when the step ``waits``.
4. Document the step in docs/modding.md's table of steps (a test checks it),
   and regenerate the JSON Schemas: ``python -m game.dialogue.schema``.

Nothing else changes: the parser, lint, runner, schema, graph, playtest and
the dialogue scene read the registry. Tests can register a step for their own
duration with ``with registered(kind): ...``.
"""

from __future__ import annotations

import importlib

from game.dialogue.steps.registry import (
    ALLOWED,
    KEYWORDS,
    STEP_KEYS,
    STRUCTURAL,
    StepKind,
    advancing_events,
    for_event,
    for_model,
    get,
    kinds,
    register,
    registered,
    unregister,
)

#: The game's own steps, a module each (small families share one), in the order they
#: are registered: the order of the JSON Schema's definitions.
BUILTIN = ("variables", "evidence", "flow", "warp", "minigame", "split", "wait", "sound",
           "player", "chapter", "move", "ending")

for _module in BUILTIN:
    importlib.import_module(f"{__name__}.{_module}")

__all__ = [
    "ALLOWED",
    "BUILTIN",
    "KEYWORDS",
    "STEP_KEYS",
    "STRUCTURAL",
    "StepKind",
    "advancing_events",
    "for_event",
    "for_model",
    "get",
    "kinds",
    "register",
    "registered",
    "unregister",
]
