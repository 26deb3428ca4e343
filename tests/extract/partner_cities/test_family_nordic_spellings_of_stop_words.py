"""A Nordic town whose name folds onto a stop word of another language ('Åre' onto English 'are'): the name as
spelled, with its Nordic letter, is no stop word, so it is matched; the stop word itself, capitalised at a
sentence's start, still names no town."""

from __future__ import annotations

import pytest

SPELLED = [
    (
        "nb",
        "Sunndal",
        "Høsten 2025 signerte ordføreren en intensjonsavtale med Åre kommune om samarbeid innen reiseliv.",
        {"Åre": ("intention_agreement", 2025)},
    ),
    (
        "nn",
        "Oppdal",
        "Oppdal har vore vennskapskommune med Åre i Sverige sidan 1998.",
        {"Åre": ("twin", 1998)},
    ),
    (
        "da",
        "Frederikshavn",
        "I 2024 indgik kommunen en samarbejdsaftale med Åre om vinterturisme.",
        {"Åre": ("cooperation_agreement", 2024)},
    ),
    (
        "nb",
        "Meråker",
        "Vennskapsbyer: Åre, Sverige (siden 1985)",
        {"Åre": ("twin", 1985)},
    ),
    (
        "nl",
        "Zeist",
        "Zeist heeft sinds 2019 een samenwerkingsovereenkomst met Åre in Zweden.",
        {"Åre": ("cooperation_agreement", 2019)},
    ),
]

STOP_WORDS = [
    ("nb", "Sunndal", "Vennskapsbyer: Kalmar, Are og Leksand.", {"Kalmar", "Leksand"}),
    ("da", "Frederikshavn", "Venskabsbyer: Leksand og Are.", {"Leksand"}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), SPELLED)
def test_a_nordic_name_folding_onto_a_stop_word_is_a_town(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), STOP_WORDS)
def test_the_stop_word_itself_names_no_town(rows, language, issuer, text, expected):
    assert set(rows(text, language, issuer)) == expected
