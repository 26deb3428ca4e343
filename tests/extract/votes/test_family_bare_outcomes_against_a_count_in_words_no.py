"""A bare outcome against a count written in words (nb, nn) reads like one against digits: "Vedtatt mot tre
stemmer (Sp)", "Vedteke mot to røyster", "Godkjent mot én stemme (H)" give the case's row with the count
against and its parties, and "Vedtatt med fire mot tre stemmer" both counts. Look-alikes: an outcome word
followed by a word that is no count ("... mot slutten av året") gives no count."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, vote_cells

TITLE = "Budsjett 2024"

IN_WORDS = [
    ("nb", "Vedtatt mot tre stemmer (Sp).\n", "adopted", 3, {"Sp": 3}),
    ("nb", "Vedtak: Vedtatt mot to stemmer (FrP).\n", "adopted", 2, {"FrP": 2}),
    ("nb", "Votering:\nVedtatt mot fem stemmer.\n", "adopted", 5, None),
    ("nb", "Godkjent mot én stemme (H).\n", "adopted", 1, {"H": 1}),
    ("nn", "Røysting: Vedteke mot tre røyster (Sp).\n", "adopted", 3, {"Sp": 3}),
    ("nn", "Vedteke mot to røyster (KrF).\n", "adopted", 2, {"KrF": 2}),
    ("nn", "Røysting:\nGodkjend mot fire røyster.\n", "adopted", 4, None),
]

FOR_AND_AGAINST_IN_WORDS = [
    ("nb", "Vedtatt med fire mot tre stemmer.\n", 4, 3, None),
    ("nb", "Vedtak: Vedtatt med 20 mot tre stemmer (FrP).\n", 20, 3, {"FrP": 3}),
    ("nn", "Vedteke med fem mot to røyster (Sp).\n", 5, 2, {"Sp": 2}),
    ("nn", "Røysting: Godkjend med seks mot fire røyster.\n", 6, 4, None),
]


@pytest.mark.parametrize(("language", "body", "for_", "against", "parties"), FOR_AND_AGAINST_IN_WORDS)
def test_a_bare_outcome_with_both_counts_in_words_reads_them(language, body, for_, against, parties):
    assert vote_cells(CASE[language] + body, language) == [("41/23", TITLE, "adopted", for_, against, parties)]


@pytest.mark.parametrize(("language", "body", "outcome", "against", "parties"), IN_WORDS)
def test_a_bare_outcome_against_a_count_in_words_reads_the_count(language, body, outcome, against, parties):
    assert vote_cells(CASE[language] + body, language) == [("41/23", TITLE, outcome, None, against, parties)]


NOT_A_COUNT = [
    ("nb", "Vedtak: Saken er ferdigbehandlet. Arbeidet fortsetter mot slutten av året.\n"),
    ("nn", "Vedtak: Saka er ferdig handsama. Arbeidet held fram mot slutten av året.\n"),
]


@pytest.mark.parametrize(("language", "body"), NOT_A_COUNT)
def test_against_without_a_count_in_words_is_no_count(language, body):
    assert all(cell[4] is None for cell in vote_cells(CASE[language] + body, language))
