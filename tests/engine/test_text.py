"""Text layout in internal pixels: wrapping, styled runs, pages."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from game.engine.text import STYLE_FACES, paginate, text_width, wrap, wrap_spans

LINE = "The nanobots are efficient, Doctor. They were never designed to be kind."


def test_wrapped_lines_fit_and_keep_every_word():
    lines = wrap(LINE, 120, 8)
    assert len(lines) > 1
    assert all(text_width(line, 8) <= 120 for line in lines)
    assert " ".join(lines).split() == LINE.split()


def test_a_word_that_changes_style_midway_does_not_break():
    spans = [("It is ", "plain"), ("not", "em"), ("! fine at all", "plain")]
    # a line just wide enough for "It is not" but not for "It is not!", measured with
    # whatever fonts are installed: the word would split after "not" if styles cut words
    plain, em = STYLE_FACES["plain"], STYLE_FACES["em"]
    before = sum(text_width(piece, 8, plain) for piece in ("It", " ", "is", " "))
    width = before + text_width("not", 8, em) + text_width("!", 8, plain) / 2
    lines = wrap_spans(spans, width, 8)
    flat = ["".join(text for text, _ in line) for line in lines]
    assert any("not!" in line.split() for line in flat), flat  # the word is whole on a line
    assert [word for line in flat for word in line.split()] == ["It", "is", "not!", "fine",
                                                                "at", "all"]


def test_explicit_newlines_start_new_lines():
    assert wrap("one\n\ntwo three", 200, 8) == ["one", "", "two three"]


@given(st.text(alphabet=st.sampled_from("ab cdefg\nxyz,."), max_size=120),
       st.integers(min_value=4, max_value=300))
def test_wrapping_never_loses_text_or_overflows(text, width):
    lines = wrap(text, width, 8)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "").replace("\n", "")
    for line in lines:
        assert len(line) <= 1 or text_width(line, 8) <= width


def test_pages_hold_at_most_the_box_lines():
    pages = paginate([(LINE * 3, "plain")], 100, 8, 2)
    assert len(pages) > 2
    assert all(len(page.lines) <= 2 for page in pages)
    assert sum(page.length for page in pages) > len(LINE) * 2
