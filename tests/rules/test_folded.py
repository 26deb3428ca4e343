"""A case-insensitive pattern's case-sensitive twin finds on the folded text exactly the spans it finds."""

from __future__ import annotations

import re

import pytest

from pipeline.extract.actions.rules import lexicon
from pipeline.text.folded import folded_twin, match
from pipeline.text.literals import fold

TEXTS = [
    "Ikke påbegyndt. Arbeidet starter i 2026.",
    "IKKE PÅBEGYNDT – afventer budget",
    "Fase I er afsluttet, fase II følger",
    "Nog niet gestart; de aanbesteding volgt",
    "Gjennomført i ÅR, evaluering pågår",
    "Projektet er sat i bero",
    "Deze Actie loopt volgens planning",
    "İNDSATSEN ER UDSKUDT",
    "Igangſat ultimo marts",
    "Tiltaket er under arbeid (KOMMUNE)",
    "Udskudt til 2027",
    "Status: ukendt",
]


@pytest.mark.parametrize("language", ["da", "nb", "nn", "nl"])
@pytest.mark.parametrize("name", ["status_start", "self_subject"])
def test_the_status_openers_twin_matches_where_the_pattern_does(language: str, name: str) -> None:
    regex = getattr(lexicon(language), name)
    assert folded_twin(regex) is not None
    for text in TEXTS:
        for start in range(len(text)):
            rest = text[start:]
            found, twin = regex.match(rest), match(regex, rest, fold(rest))
            assert (found and found.span()) == (twin and twin.span()), rest


@pytest.mark.parametrize(
    "pattern",
    [
        r"fase (?:I|II|III)\b",  # an upper-case literal is lowered
        r"[A-ZÆØÅ][a-zæøå]+ er gennemført",
        r"(?<!\w)status\S*",
        r"ikke\W+(?:startet|begyndt)(?!\w)",
        r"[^a-z]+ført",
    ],
)
def test_a_twin_finds_the_same_spans(pattern: str) -> None:
    regex = re.compile(pattern, re.IGNORECASE)
    twin = folded_twin(regex)
    if twin is None:
        return
    for text in TEXTS:
        assert [m.span() for m in regex.finditer(text)] == [m.span() for m in twin.finditer(fold(text))]


@pytest.mark.parametrize(
    "pattern",
    [
        r"µg",  # the micro sign's case class holds the Greek mu, which fold does not read as it
        r"ıkke",  # a dotless i in the pattern: fold reads the text's as "i"
        r"ſtatus",  # so a long s, read as "s"
        r"(ja|nej) \1",  # a back reference compares case-insensitively
        r"fase (?-i:I)",  # a local case flag
        r"[\u0100-\uffff]",  # too wide a range to spell out
    ],
)
def test_a_pattern_the_twin_may_read_otherwise_keeps_no_twin(pattern: str) -> None:
    assert folded_twin(re.compile(pattern, re.IGNORECASE)) is None


def test_a_case_sensitive_pattern_keeps_no_twin() -> None:
    assert folded_twin(re.compile("Status")) is None
