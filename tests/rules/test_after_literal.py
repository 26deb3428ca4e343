"""A literal then a pattern, found by string search and one compiled tail, as the joined regex finds it."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.text.literals import after_literal

TAILS = [
    r"[ \t]*:[ \t]*\n[ \t]*[«“\"](?P<text>[^«»“”\"\n]{3,600})[»”\"]",  # a quote on the line under a heading
    r"[ \t]*\n[ \t]*(?P<line>[\"“„'‘][^\n]{2,200})",  # a quoted title on the next line
    r"(?<=\)) (?P<rest>\w+)",  # a look-behind reading into the literal
    r"(?:a|aa)",  # overlapping places of a repeated literal
    r"$",
]
CASES = [
    ("Amendement van raadslid Bo Vos (Groen)", 'Amendement van raadslid Bo Vos (Groen):\n"Het budget gaat omhoog."'),
    ("Forslag fra Venstre (V)", 'Forslag fra Venstre (V) :\n «Kommunen søker midler.»\nForslag fra Venstre (V):\n"To"'),
    ("Motie M2 (CDA, BBB)", "9. Motie M2 (CDA, BBB)\n'Behoud van het pinapparaat'\nMotie M2 (CDA, BBB)\n\"Twee\""),
    ("M4 (VVD)", "M4 (VVD) Behoud M4 (VVD) bibliotheek"),
    ("a", "aaaaaa"),
    ("aa", "aaaaaaa"),
    ("Sak 12/24 [x]*?", "Sak 12/24 [x]*?\n'Sitert tittel her'"),
    ("ingen", "teksten nevner det ikke"),
    ("slutt", "helt til slutt"),
]


def _joined(literal: str, tail: str, text: str) -> list[tuple[int, dict, tuple]]:
    return [(m.start(), m.groupdict(), m.span()) for m in re.finditer(re.escape(literal) + tail, text)]


def _split(literal: str, tail: str, text: str) -> list[tuple[int, dict, tuple]]:
    return [(start, m.groupdict(), (start, m.end())) for start, m in after_literal(literal, re.compile(tail), text)]


@pytest.mark.parametrize("tail", TAILS)
@pytest.mark.parametrize(("literal", "text"), CASES)
def test_matches_equal_the_joined_patterns_matches(literal: str, tail: str, text: str):
    assert _split(literal, tail, text) == _joined(literal, tail, text)


def test_an_empty_literal_is_refused():
    with pytest.raises(ValueError):
        list(after_literal("", re.compile("x"), "x"))


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet="ab:(\n \"'«»", min_size=1, max_size=4),
    st.sampled_from(TAILS),
    st.text(alphabet="ab:(\n \"'«»xyz)", max_size=60),
)
def test_any_literal_and_text_match_as_the_joined_pattern(literal: str, tail: str, text: str):
    assert _split(literal, tail, text) == _joined(literal, tail, text)
