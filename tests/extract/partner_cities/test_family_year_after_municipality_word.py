"""A partner written as a municipality with the year of its agreement in brackets after the municipality word
('samarbeidsavtale med Kiruna kommune (2023)', 'met de gemeente Xanten ... Xanten gemeente (2018)'): the bracketed
year is the start, as right after a bare name. A bracket after the municipality word that holds no year alone (a
population, a renewal) starts nothing."""

from __future__ import annotations

import pytest

BRACKETED = [
    ("nb", "Rana", "Memorandum of understanding med Kiruna kommune (2023) om erfaringsutveksling.", "Kiruna", 2023),
    ("nb", "Alta", "Alta har en samarbeidsavtale med Skellefteå kommune (2019) om reiseliv.", "Skellefteå", 2019),
    ("nn", "Voss", "Voss har ein samarbeidsavtale med Leksand kommune (2016) om kultur.", "Leksand", 2016),
    ("da", "Vejle", "Vejle har en samarbejdsaftale med Kolding kommune (2021) om energi.", "Kolding", None),
    ("da", "Vejle", "Vejle har en samarbejdsaftale med Växjö Kommune (2021) om energi.", "Växjö", 2021),
    ("nb", "Hamar", "Hamar har en vennskapsavtale med Västerås kommune (1948).", "Västerås", 1948),
]

LOOKALIKES = [
    ("nb", "Rana", "Rana har en samarbeidsavtale med Kiruna kommune (23 000 innbyggere i 2023).", "Kiruna"),
    ("nb", "Alta", "Alta har en samarbeidsavtale med Skellefteå kommune (fornyet 2019) om reiseliv.", "Skellefteå"),
]


@pytest.mark.parametrize(("language", "issuer", "text", "city", "year"), BRACKETED)
def test_the_year_bracketed_after_the_municipality_word_is_the_start(rows, language, issuer, text, city, year):
    assert rows(text, language, issuer).get(city, (None, None))[1] == year


@pytest.mark.parametrize(("language", "issuer", "text", "city"), LOOKALIKES)
def test_a_bracket_that_is_not_a_year_alone_starts_nothing(rows, language, issuer, text, city):
    assert rows(text, language, issuer).get(city, (None, None))[1] is None
