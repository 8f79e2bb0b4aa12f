"""A program won in one level, carried into another (``minigame: {level, program}``).

The text the story keeps (``Program.text()``) is read back and fitted onto the new level's
rules by kind and order; the result is always a program the player could have made by
hand in that level (locked values kept, edit ranges respected, pinned lines in place);
text that is not a program is refused with its line, never a traceback; loading is one
edit at step 0, so the run, its rewinds and its restarts are exact.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.engine.input import Action, InputFrame
from game.nanobots.carry import (
    MAX_CHARS,
    MAX_LINES,
    ProgramTextError,
    fit_program,
    make_offer,
    parse_program,
)
from game.nanobots.levels import level_paths, load_level_id
from game.nanobots.outcome import Verdict, judge, new_simulation
from game.nanobots.rules import Program
from game.nanobots.session import OFFER_KEEP, OFFER_LOAD, DebugSession, Mode
from tests.support.nanobots import FIXES, apply

LEVELS = sorted(p.stem for p in level_paths())

#: The chapter-4 protocol (safe_protocol won with its known fix) fitted onto live_demo:
#: the tradeoff and the limit come across (live_demo lets both be edited), the gum's avoid
#: line is left out (live_demo has one avoid line, for the pulp), the locked values stay
#: as shipped, and the lines take the protocol's order (avoid above seek, limit below).
PROTOCOL_ON_STAGE = """\
tradeoff efficiency=0.50
avoid tissue=pulp radius=2 gain=40
seek target=cavity gain=40
separate gain=8 crowd=4
limit speed=20
deposit rate=3.0 anchor=no"""


def won_text(level_id: str) -> str:
    level = load_level_id(level_id)
    return apply(level.program, FIXES[level_id]).text()


def by_hand(fitted: Program, shipped: Program) -> None:
    """``fitted`` is a program the player could make from ``shipped``: pinned lines in
    their places, every locked value and switch as shipped, the rest within its range."""
    assert sorted(r.kind for r in fitted.rules) == sorted(r.kind for r in shipped.rules)
    remaining = list(shipped.rules)
    for index, rule in enumerate(fitted.rules):
        same_kind = [r for r in remaining if r.kind == rule.kind and r.edit == rule.edit]
        assert same_kind, rule
        origin = next((r for r in same_kind if all(
            rule.get(k) == v for k, v in r.values if r.edit.range_of(k) is None)),
            same_kind[0])
        remaining.remove(origin)
        if not origin.edit.move:
            assert shipped.rules[index] is origin  # a pinned line stays where it is
        if not origin.edit.toggle:
            assert rule.enabled == origin.enabled
        for name, value in origin.values:
            rng = origin.edit.range_of(name)
            if rng is None:
                assert rule.get(name) == value, (rule.kind, name)
                continue
            spec, got = rule.spec.param(name), rule.get(name)
            assert rng.contains(spec, got), (rule.kind, name, got)
            if spec.type in ("int", "float"):  # on the range's steps, as nudges leave it
                steps = (float(got) - rng.lo) / rng.step
                assert abs(steps - round(steps)) < 1e-6, (rule.kind, name, got)


# --- reading ---------------------------------------------------------------------------
@pytest.mark.parametrize("level_id", LEVELS)
def test_a_won_program_reads_back_onto_its_own_level_as_it_was(level_id):
    level = load_level_id(level_id)
    fixed = apply(level.program, FIXES.get(level_id, []))
    fitted = fit_program(parse_program(fixed.text()), level.program)
    assert fitted.program == fixed
    assert not fitted.left_out and not fitted.locked and not fitted.clamped


def test_the_text_form_is_read_line_by_line():
    rules = parse_program("tradeoff efficiency=0.50\n# avoid tissue=gum radius=3 gain=40\n"
                          "limit speed=20\n\ndeposit anchor=yes")
    assert [(r.kind, r.enabled, r.line) for r in rules] == [
        ("tradeoff", True, 1), ("avoid", False, 2), ("limit", True, 3), ("deposit", True, 5)]
    assert rules[1].values == (("tissue", "gum"), ("radius", 3), ("gain", 40.0))
    assert rules[3].values == (("anchor", True),)  # a value left out keeps the level's


HOSTILE = [
    ("", 0), ("\n\n  \n", 0), ("rm -rf /", 1), ("seek gain=30\nexplode now=1", 2),
    ("seek gain=nan", 1), ("seek gain=inf", 1), ("seek gain=1e999", 1), ("seek gain=1e2", 1),
    ("seek gain=-5", 1), ("seek gain=121", 1), ("avoid radius=2.5", 1),
    ("avoid tissue=../../etc/passwd", 1), ("avoid tissue=Gum", 1), ("seek gain=30 gain=31", 1),
    ("seek speed=3", 1), ("seek gain", 1), ("seek =3", 1), ("#", 1), ("# # seek", 1),
    ("deposit anchor=true", 1), ("seek gain=３０", 1), ("seek gain=30\x00", 1),
    ("tradeoff efficiency=0.5\nlimit speed=" + "9" * 400, 2),
    ("seek gain=30\n" * (MAX_LINES + 1), 0), ("#" * (MAX_CHARS + 1), 0),
]


@pytest.mark.parametrize(("text", "line"), HOSTILE)
def test_text_that_is_not_a_program_is_refused_with_its_line(text, line):
    with pytest.raises(ProgramTextError) as caught:
        parse_program(text)
    assert caught.value.line == line
    shipped = load_level_id("live_demo").program
    offer = make_offer(text, shipped, source="safe_protocol", title="Safe Protocol")
    assert offer.program is None and offer.refused
    assert "cannot be loaded" in offer.notes()[0]


@pytest.mark.parametrize("value", [None, 42, b"seek gain=30", ["seek gain=30"],
                                   {"seek": 1}, 3.5])
def test_a_program_that_is_not_text_is_refused(value):
    offer = make_offer(value, load_level_id("live_demo").program, source="safe_protocol")
    assert offer.program is None and "expected program text" in offer.refused


@pytest.mark.parametrize("source", ["../levels/x", "a b", "", None, 7, "x" * 200])
def test_a_source_that_is_not_a_level_id_is_not_used_as_one(source):
    offer = make_offer(won_text("safe_protocol"), load_level_id("live_demo").program,
                       source=source)
    assert offer.source == "" and offer.title == "an earlier level"
    assert offer.program is not None


# --- fitting ---------------------------------------------------------------------------
def test_the_chapter_4_protocol_maps_onto_the_live_demo():
    shipped = load_level_id("live_demo").program
    offer = make_offer(won_text("safe_protocol"), shipped, source="safe_protocol",
                       title="Safe Protocol", level_title="Live Demo")
    assert offer.program is not None
    assert offer.program.text() == PROTOCOL_ON_STAGE
    fitted = offer.fitted
    assert [(line.kind, line.values[0][1], have) for line, have in fitted.left_out] == [
        ("avoid", "gum", 1)]
    assert set(fitted.locked) == {"avoid.radius", "avoid.gain", "seek.gain", "separate.gain",
                                  "separate.crowd", "deposit.rate"}
    assert fitted.reordered and not fitted.unmatched
    notes = " ".join(offer.notes())
    assert "avoid gum" in notes and "Live Demo" in notes
    by_hand(offer.program, shipped)


def test_values_are_brought_into_the_levels_ranges_and_onto_its_steps():
    shipped = load_level_id("live_demo").program  # tradeoff 0..1 by 0.05, limit 4..30
    fitted = fit_program(parse_program("tradeoff efficiency=0.52\nlimit speed=60"), shipped)
    assert fitted.program[0].get("efficiency") == 0.5
    limit = next(r for r in fitted.program.rules if r.kind == "limit")
    assert limit.get("speed") == 30
    assert ("limit.speed", 60.0, 30.0) in fitted.clamped
    assert fitted.unmatched == ("seek", "avoid", "separate", "deposit")


def test_lines_go_to_their_own_tissue_and_unnamed_lines_stay_after_their_neighbour():
    shipped = load_level_id("safe_protocol").program
    text = "avoid tissue=gum radius=4 gain=60\nseparate gain=5 crowd=6\n" \
           "avoid tissue=pulp radius=2 gain=10"
    fitted = fit_program(parse_program(text), shipped)
    avoids = [(r.get("tissue"), r.get("radius")) for r in fitted.program.rules
              if r.kind == "avoid"]
    assert avoids == [("gum", 4), ("pulp", 2)]
    kinds = [r.kind for r in fitted.program.rules]
    # tradeoff is pinned first; the text's order, then seek, limit, deposit where they were
    assert kinds[0] == "tradeoff"
    assert kinds.index("avoid") < kinds.index("separate")
    by_hand(fitted.program, shipped)


def test_a_line_is_switched_only_where_the_level_allows_it():
    shipped = load_level_id("safe_protocol").program  # seek cannot be switched off
    fitted = fit_program(parse_program("# seek target=cavity gain=36\n"
                                       "avoid tissue=gum radius=1 gain=20"), shipped)
    seek = next(r for r in fitted.program.rules if r.kind == "seek")
    gum = next(r for r in fitted.program.rules if r.kind == "avoid" and r.get("tissue") == "gum")
    assert seek.enabled and gum.enabled
    assert "seek on/off" in fitted.locked and "avoid on" in fitted.switched
    assert any("seek on/off" in note for note in make_offer(
        "# seek target=cavity gain=36", shipped, source="safe_protocol").notes())


@st.composite
def mangled(draw):
    """A winning program's text, cut, doubled, reordered, and with characters swapped."""
    lines = won_text(draw(st.sampled_from(sorted(FIXES)))).split("\n")
    lines = draw(st.permutations(lines))[: draw(st.integers(0, len(lines)))]
    lines = lines + draw(st.lists(st.sampled_from(lines or ["seek"]), max_size=3))
    text = "\n".join(lines)
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, max(0, len(text) - 1)))
        text = text[:at] + draw(st.sampled_from(["", "#", " ", "=", "9", "x", "\n", "é", "."
                                                 ])) + text[at + 1:]
    return text


@given(mangled(), st.sampled_from(LEVELS))
def test_any_text_gives_a_program_the_player_could_make_or_a_refusal(text, level_id):
    shipped = load_level_id(level_id).program
    offer = make_offer(text, shipped, source="safe_protocol")
    if offer.program is None:
        assert offer.refused
        return
    by_hand(offer.program, shipped)
    assert offer.notes()


# --- loading in the debugger -------------------------------------------------------------
def briefing(level_id: str = "live_demo", text: str | None = None) -> DebugSession:
    level = load_level_id(level_id)
    offer = make_offer(won_text("safe_protocol") if text is None else text, level.program,
                       source="safe_protocol", title="Safe Protocol", level_title=level.title)
    return DebugSession(level, offer)


def tap(s: DebugSession, action: Action) -> None:
    s.update(InputFrame(action, action))
    s.update(InputFrame())


def play_out(s: DebugSession) -> Verdict | None:
    s.mode = Mode.DEBUG
    for _ in range(int(s.level.goal.time_limit * 120) + 2):
        s.timeline.advance()
        verdict = judge(s.sim, s.level.goal)
        if verdict is not None:
            return verdict
    return None


def test_the_briefing_offers_the_program_first_and_confirm_loads_it_as_one_edit():
    s = briefing()
    assert s.offer_open and s.menu_index == OFFER_LOAD
    tap(s, Action.CONFIRM)
    assert s.mode is Mode.DEBUG and not s.offer_open
    assert s.program.text() == PROTOCOL_ON_STAGE
    assert (s.edits, s.sim.steps, s.loaded_from) == (1, 0, "safe_protocol")
    assert s.result(True, "won").metrics["loaded_from"] == "safe_protocol"


@pytest.mark.parametrize("keys", [[Action.CANCEL], [Action.DOWN, Action.CONFIRM],
                                  [Action.UP, Action.PLAY]])
def test_declining_keeps_the_shipped_program(keys):
    s = briefing()
    for key in keys:
        tap(s, key)
    assert s.mode is Mode.DEBUG
    assert s.program == s.level.program and s.edits == 0 and s.loaded_from is None
    assert "loaded_from" not in s.result(False, "gave_up").metrics


def test_a_refused_program_leaves_the_plain_briefing():
    s = briefing(text="seek gain=nan")
    assert s.offer is not None and not s.offer_open
    tap(s, Action.CONFIRM)
    assert s.mode is Mode.DEBUG and s.program == s.level.program
    s.choose_offer(OFFER_LOAD)  # nothing to load: nothing happens
    assert s.load_offer() is False and s.program == s.level.program


def test_the_loaded_protocol_wins_the_live_demo():
    s = briefing()
    s.choose_offer(OFFER_LOAD)
    assert play_out(s) is Verdict.WON
    assert s.sim.steps == 592  # 4.93 simulated seconds of the 8 allowed
    assert s.sim.harm == 0.0


def test_a_run_after_loading_is_the_run_of_that_program_and_rewinds_exactly():
    s = briefing()
    s.choose_offer(OFFER_LOAD)
    assert s.program is not None
    for _ in range(300):
        s.timeline.advance()
    direct = new_simulation(s.level, s.program)
    direct.run(300)
    assert s.sim.state_hash() == direct.state_hash()
    s.seek(0)
    s.seek(300)
    assert s.sim.state_hash() == direct.state_hash()
    s.restart()  # same seed, the loaded program
    for _ in range(300):
        s.timeline.advance()
    assert s.sim.state_hash() == direct.state_hash()


def test_loading_is_offered_once_and_only_at_the_start():
    s = briefing()
    s.choose_offer(OFFER_KEEP)
    assert s.load_offer() is False  # the briefing is gone; the choice was made
    s = briefing()
    s.timeline.advance()
    assert s.load_offer() is False  # the run has moved
