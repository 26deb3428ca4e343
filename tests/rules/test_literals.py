"""A pattern is skipped only on a text lacking a literal it cannot match without."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.text.literals import may_match, need_of

PATTERNS = [
    r"\bvenskabs(?:by|byer|aftale\w*)\b",
    r"\b(?:tætte|nære) (?:kontakter|relationer) (?:til|med)\b",
    r"\bsamarbejd\w* (?:\w+ ){0,2}(?:med|mellem)\b",
    r"\bsiden (?P<year>1[89]\d\d|20\d\d)\b",
    r"(?:partner)?stad\w*",
    r"^\s*(?:i|\()\s*$",
    r"(?i:Venskab)sby",
    r"(?>søster)by",
]
TEXTS = [
    "venskabsbyer",
    "vi har tætte relationer til kiel",
    "samarbejdet med kiel",
    "samarbejde  med",
    "siden 1998",
    "siden 98",
    "stad",
    "partnerstaden",
    " ( ",
    "Venskabsby",
    "søsterby",
    "",
]


@pytest.mark.parametrize("source", PATTERNS)
def test_a_pattern_that_matches_is_never_skipped(source: str) -> None:
    pattern = re.compile(source)
    for text in TEXTS:
        if pattern.search(text):
            assert may_match(pattern, text), (source, text)


def test_a_missing_word_skips_the_pattern() -> None:
    pattern = re.compile(PATTERNS[0])
    assert need_of(pattern)[0] == frozenset({"venskabs"})
    assert not may_match(pattern, "vennskapsby")


def test_an_alternation_needs_one_of_its_words() -> None:
    pattern = re.compile(PATTERNS[1])
    assert may_match(pattern, "nære kontakter til")
    assert not may_match(pattern, "faste kontakter til")


def test_an_optional_part_requires_nothing_and_case_does_not_matter() -> None:
    assert need_of(re.compile(r"(?:partner)?stad")) == (frozenset({"stad"}),)
    assert may_match(re.compile("partner", re.IGNORECASE), "PARTNERBY")
    assert not may_match(re.compile("partner", re.IGNORECASE), "vennskapsby")
    assert may_match(re.compile(r"(?i:Venskab)sby"), "venskabsby")


def test_a_gates_candidates_are_the_patterns_whose_every_word_set_the_text_holds() -> None:
    """LiteralGate tests each distinct word set once per text and a pattern's need as one subset test: the same
    patterns, in the same order, as asking every pattern for every set of its own need."""
    from pipeline.text.literals import LiteralGate, fold

    patterns = [re.compile(p) for p in PATTERNS + [r"\bstemmer (?:for|mod)\b", r"\bstemmer for\b", r"\bmod\w+ (?:for)"]]
    gate = LiteralGate(patterns)
    texts = [*TEXTS, "Stemmer for og mod", "STEMMER FOR", "modtaget for 12", "", "x" * 500 + " venskabsbyer siden 1990"]
    for text in texts:
        present = {w for need in gate.needs for words in need for w in words if w in fold(text)}
        expected = tuple(i for i, need in enumerate(gate.needs) if all(words & present for words in need))
        assert gate.candidates(text) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="stadmoerbyk ÆØ", max_size=40))
def test_the_words_a_gate_finds_present_are_those_the_folded_text_holds(text: str) -> None:
    """Short texts are read by their three-letter runs, long ones word by word: both find every word, at the
    text's start and end too ('mod' ending 'stemmer mod')."""
    from pipeline.text.literals import LiteralGate, fold

    gate = LiteralGate([re.compile(p) for p in PATTERNS + [r"\bstemmer (?:for|mod)\b", r"\bmod\w+ (?:for)"]])
    words = {w for need in gate.needs for words in need for w in words}
    assert gate.present(text) == {w for w in words if w in fold(text)}
