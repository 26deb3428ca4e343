"""A misspelt town is still found when one letter is missing from a long name ('Semersooq', 'Helsingfor'),
but a seven-letter word one letter off a foreign place is another place (the region 'Valdres' is not the
Spanish 'Valdés'): fuzzy matching needs a similarity of at least 94."""

from __future__ import annotations

import pytest

MISSPELT = [
    ("Vores venskabsby er Semersooq i Grønland.", "da", "Hvidovre", {"Sermersooq"}),
    ("Vennskapsbyen Helsingfor sendte et kor.", "nb", "Bodø", {"Helsinki"}),
]

OTHER_PLACES = [
    ("Vennskapsbyer\n\nValdres, Hallingdal og Gudbrandsdalen deltok i samarbeidet.", "nb", "Bodø"),
    ("Venskapsbyar\n\nValdres har samarbeid med fleire venskapsbyar.", "nn", "Voss"),
]


@pytest.mark.parametrize(("text", "language", "issuer", "expected"), MISSPELT)
def test_a_long_name_missing_one_letter_is_found(rows, text, language, issuer, expected):
    assert set(rows(text, language, issuer)) == expected


@pytest.mark.parametrize(("text", "language", "issuer"), OTHER_PLACES)
def test_a_short_word_one_letter_off_a_foreign_place_is_not_that_place(rows, text, language, issuer):
    assert rows(text, language, issuer) == {}
