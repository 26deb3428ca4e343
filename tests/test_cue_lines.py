"""The literal pre-check in front of the doc-type cue regex: it may only skip lines that cannot match."""

from __future__ import annotations

import re

import pytest

from pipeline.text.cue_lines import LineFinder, literals_of, required_literal

WORDS = [
    "referat(?:et|er)?",
    "(?<=\\w)politik(?:ken)?",
    "kommuneplan(?:en)?s? samfunnsdel",
    "statuss?",
    "stand van zaken",
]


@pytest.mark.parametrize(
    ("word", "literal"),
    [
        ("referat(?:et|er)?", "referat"),
        ("(?<=\\w)politik(?:ken)?", "politik"),
        ("kommuneplan(?:en)?s? samfunnsdel", "kommuneplan"),
        ("Stand van zaken", "stand van zaken"),
        ("rapports?", "rapport"),
        ("plane*", "plan"),
        ("notulen{1,2}", "notule"),
    ],
)
def test_required_literal_is_the_fixed_leading_letters(word: str, literal: str) -> None:
    assert required_literal(word) == literal


@pytest.mark.parametrize("word", ["(?:besluit|notulen)", "agenda|dagsorden", "\\d+ stemmen", "x{2}", "[a(]b|c"])
def test_words_without_a_certain_literal_have_none(word: str) -> None:
    assert required_literal(word) is None


def test_one_word_without_a_literal_makes_the_kind_scan_every_line() -> None:
    assert literals_of(["referat", "(?:besluit|notulen)"]) is None


def _counts(lines: list[str], candidates: list[int] | range) -> list[int]:
    pattern = re.compile(r"\b\w*(?:" + "|".join(WORDS) + r")\b", re.I)
    return [len(pattern.findall(lines[i])) for i in candidates]


@pytest.mark.parametrize(
    "lines",
    [
        ["Referatet fra mødet", "Kultur- og fritidspolitikken", "intet her", "STATUSRAPPORT"],
        ["Kommuneplanens samfunnsdel", "Stand van Zaken 2023", "uden", "politik alene"],
        ["Referat", "ſtatus"],  # a long s: the regex folds it to s, str.lower() does not
        ["referat", "Kulturpolitİk"],  # a dotted capital I: lowered it becomes two characters
    ],
)
def test_candidate_lines_give_the_same_counts_as_scanning_every_line(lines: list[str]) -> None:
    letters = frozenset("".join(lit for lit in literals_of(WORDS) or ()))
    candidates = LineFinder(lines, letters).candidates(literals_of(WORDS))
    every = _counts(lines, range(len(lines)))
    assert sum(_counts(lines, candidates)) == sum(every)
    assert all(i in candidates for i, n in enumerate(every) if n)
