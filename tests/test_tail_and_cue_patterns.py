"""Speed helpers that must give the very answers of the patterns they stand for: an end-anchored pattern searched
over a line's last characters (pipeline.text.tail) and doc-type cue words matched in the lowered line
(pipeline.text.metadata._CueWords) instead of under IGNORECASE."""

from __future__ import annotations

import re

import pytest

from pipeline.text.metadata import _CueWords
from pipeline.text.tail import TailPattern

_ENDS = [
    r"(?<![\w-])(?:i|på|til|gjennom|van|met de)$",
    r"\b(?:og|eller)$",
    r"(?<![\w-])å$",
    r"\d+ (?:kr|mio)$",
]
_LINES = [
    "Samarbeidet med vennskapsbyen skjer gjennom",
    "Tilskudd til lag og foreninger i",
    "projecten die samen met de",
    "De raad gaat akkoord met",
    "Vedtaket ble sendt til",
    "Kommunen ønsker å",
    "Kommunen ønsker-å",
    "bygg og anlegg",
    "gjennomgjennom",
    "i",
    "",
    "Totalt 250 mio",
    "Totalt 250 mio\n",
    "lang linje " * 40 + "på",
    "lang linje " * 40 + "påske",
]


@pytest.mark.parametrize("source", _ENDS)
@pytest.mark.parametrize("line", _LINES)
def test_tail_pattern_answers_as_a_whole_search(source: str, line: str) -> None:
    found = TailPattern(source).search(line)
    whole = re.search(source, line)
    assert (found and found.span()) == (whole and whole.span())


def test_unbounded_tail_pattern_searches_the_whole_line() -> None:
    pattern = TailPattern(r"\w+ og \w+$")
    assert pattern.width is None
    assert pattern.search("skole og barnehage").span() == (0, 18)


_CUES = [
    "strategi(?:en|er)?",
    "(?<=\\w)politikk(?:en)?",
    "stand van zaken",
    "status",
    "kommuneplan(?:en)?s? samfunnsdel",
]
_TITLES = [
    "STRATEGI FOR INTERNASJONALT ARBEID",
    "Klimastrategien 2026-2030",
    "Næringspolitikken og STATUS",
    "Stand Van Zaken december",
    "KOMMUNEPLANENS SAMFUNNSDEL",
    "İSTANBUL-STRATEGİ og ſtatus",  # the letters IGNORECASE folds other than str.lower()
    "Strategisk plan",
    "Statusrapporten",
    "Politikk",
]


@pytest.mark.parametrize("text", _TITLES)
def test_cue_words_count_as_under_ignorecase(text: str) -> None:
    cues = _CueWords(_CUES)
    assert cues.lowered
    ignorecase = re.compile(r"\b\w*(?:" + "|".join(_CUES) + r")\b", re.I)
    assert cues.count(text) == len(ignorecase.findall(text))
    assert bool(cues.search(text)) == bool(ignorecase.search(text))


def test_cue_words_with_an_upper_case_class_keep_ignorecase() -> None:
    cues = _CueWords([r"plan\S*"])
    assert not cues.lowered
    assert cues.count("PLANEN og Planer") == 2
