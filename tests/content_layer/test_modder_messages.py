"""The common mistakes get a message in the modder's words, at the right place.

YAML: wrong indentation, a missing colon, an unclosed quote and a tab, in each kind
of file a modder writes (dialogue, campaign manifest, mod.yaml, level), under libyaml
and the pure-Python loader. Conditions: operators from other languages and misspelt
words get the operator or name meant. The tests check our message (its kind: the
words we chose to name the mistake) and its place, never PyYAML's or Python's words.
"""

from __future__ import annotations

import pytest

from game.dialogue.conditions import ConditionError, parse_condition
from tests.support.reading import KINDS, Kind
from tests.support.yaml_backends import yaml_backend  # noqa: F401

BY_NAME = {kind.name: kind for kind in KINDS}

#: Our words for each mistake (what the message names, not how PyYAML says it).
SAYS = {
    "tab": "a tab where YAML expects spaces",
    "colon": "a ':' is missing after",
    "quote": "quoted text is never closed",
    "indent more": "indented more than line",
    "indent less": "the indentation does not line up",
}

#: kind -> mistake -> (the file with it, line, column of the error)
CASES: dict[str, dict[str, tuple[str, int, int]]] = {
    "dialogue": {
        "tab": ("start:\n\t- max: Hello.\n", 2, 1),
        "colon": ("start\n  - max: Hello.\n", 1, 1),
        "quote": ("start:\n  - max: \"Hello.\n  - end\n", 2, 10),
        "indent less": ("start:\n  - max: Hello.\n - end\n", 3, 2),
    },
    "manifest": {
        "tab": ("id: demo\ntitle: Demo\nspeakers:\n\tmax: Max\n", 4, 1),
        "colon": ("id: demo\ntitle Demo\nplayer: max\n", 2, 1),
        "quote": ("id: demo\ntitle: 'Demo\nplayer: max\n", 2, 8),
        "indent more": ("id: demo\nspeakers:\n  max: Max\n   elena: Elena\n", 4, 4),
        "indent less": ("id: demo\nspeakers:\n   max: Max\n  elena: Elena\n", 4, 3),
    },
    "mod": {
        "tab": ("id: sample\nname: Sample\ncampaign:\n\t- demo\n", 4, 1),
        "colon": ("id: sample\nname Sample\nversion: '1'\n", 2, 1),
        "quote": ("id: sample\nname: \"Sample\nversion: '1'\n", 2, 7),
        "indent more": ("id: sample\n name: Sample\nversion: '1'\n", 2, 2),
    },
    "level": {
        "tab": ("id: lunch\ngoal:\n\trepaired: 50\n", 3, 1),
        "colon": ("id: lunch\nbots 20\ntitle: Lunch\n", 2, 1),
        "quote": ("id: lunch\ntitle: \"Lunch\nbots: 20\n", 2, 8),
        "indent more": ("id: lunch\ngoal:\n  repaired: 50\n   max_harm: 5\n", 4, 4),
        "indent less": ("id: lunch\ngoal:\n  repaired: 50\n max_harm: 5\n", 4, 2),
    },
}
PARAMS = [(kind, mistake, *case) for kind, cases in CASES.items()
          for mistake, case in cases.items()]


@pytest.mark.parametrize(("kind", "mistake", "text", "line", "col"), PARAMS,
                         ids=[f"{p[0]}-{p[1]}" for p in PARAMS])
@pytest.mark.usefixtures("yaml_backend")
def test_a_yaml_mistake_is_named_where_it_is(tmp_path, kind, mistake, text, line, col):
    reader: Kind = BY_NAME[kind]
    path = reader.write(tmp_path, text)
    errors = [d for d in reader.read(path) if d.is_error]
    assert len(errors) == 1, [d.format() for d in errors]
    (error,) = errors
    assert (error.line, error.col) == (line, col), error.format()
    assert SAYS[mistake] in error.message, error.format()


@pytest.mark.usefixtures("yaml_backend")
def test_a_missing_colon_names_the_key_and_the_fix(tmp_path):
    reader = BY_NAME["mod"]
    path = reader.write(tmp_path, "id: sample\nname Sample\nversion: '1'\n")
    (error,) = [d for d in reader.read(path) if d.is_error]
    assert "'name'" in error.message and "'name: Sample'" in error.message


CONDITIONS = [
    # (condition, column of the mistake from 0, what the message must suggest)
    ("trust > 1 adn met_max", 10, "'and'"),
    ("trust >= 2 AND met_max", 11, "'and'"),
    ("trust > 1 ro met_max", 10, "'or'"),
    ("nto met_max", 0, "'not'"),
    ("trust => 2", 6, "'>='"),
    ("trust =< 2", 6, "'<='"),
    ("trust === 2", 6, "'=='"),
    ("trust = 2", 6, "'=='"),
    ("!met_max", 0, "'not'"),
    ("trust > 1 && met_max", 10, "'and'"),
    ("trust > 1 || met_max", 10, "'or'"),
    ("hass(logs)", 0, "'has'"),
    ("Seen(intro)", 0, "'seen'"),
    ("has logs", 0, "has(logs)"),
    ("trust 2", 6, "operator is missing"),
]


@pytest.mark.parametrize(("text", "offset", "suggests"), CONDITIONS,
                         ids=[c[0] for c in CONDITIONS])
def test_a_condition_typo_gets_a_suggestion(text, offset, suggests):
    """The suggestion, at the column of the typo."""
    result = parse_condition(text)
    assert isinstance(result, ConditionError)
    assert result.offset == offset
    assert suggests in result.message


@pytest.mark.parametrize("text", ["x == 'a => b'", "x == \"a && b\"", "not met and trust >= 2",
                                  "trust != 2", "1 <= trust < 3", "has(logs) or not seen(x)"])
def test_what_looks_like_a_typo_inside_quotes_or_a_valid_condition_is_fine(text):
    assert not isinstance(parse_condition(text), ConditionError)


def test_a_condition_that_stops_short_names_what_it_ends_on():
    result = parse_condition("trust > 1 and")
    assert isinstance(result, ConditionError) and "'and'" in result.message
