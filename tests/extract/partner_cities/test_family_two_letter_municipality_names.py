"""Municipalities with two-letter names ('Hå', 'Ås', 'Ål', 'Bø') are matched where a municipality word stands right
next to them ('de Noorse gemeente Hå', 'Ås kommune', 'kommunen Ål'): the word makes the two letters a town. Anywhere
else two letters are a word, a party letter or initials ('Jon Bø (H)', 'Imod stemte 3 (Ø 2, Å 1)') and name no place."""

from __future__ import annotations

import pytest

NAMED = [
    (
        "nl",
        "Schagen",
        "Schagen neemt deel aan het project 'Dune Resilience' binnen Interreg North Sea, samen met de gemeente Esbjerg "
        "en de Noorse gemeente Hå.",
        "Hå",
    ),
    ("da", "Frederikshavn", "I Interreg-projektet Kystliv er partnerne Hå kommune og Lysekils kommun.", "Hå"),
    ("nb", "Narvik", "Prosjektpartnere i prosjektet Grønn Havn er Luleå kommun og Ås kommune.", "Ås"),
    ("nn", "Voss", "Voss har sidan 2015 vore vennskapskommune med kommunen Ål i Hallingdal.", "Ål"),
    ("da", "Hjørring", "Vi har en venskabsbyaftale med Hå kommune i Norge siden 1990.", "Hå"),
]

NOT_NAMED = [
    ("nn", "Voss", "Vennskapsbyen Kiel vart vitja av Jon Bø (H) og Kari Ås (Sp)."),
    ("da", "Randers", "Venskabsbyaftalen med Lahti blev godkendt. Imod stemte 3 (Ø 2, Å 1)."),
]


@pytest.mark.parametrize(("language", "town", "text", "city"), NAMED)
def test_a_two_letter_name_next_to_a_municipality_word_is_a_town(rows, language, town, text, city):
    assert city in rows(text, language, town)


@pytest.mark.parametrize(("language", "town", "text"), NOT_NAMED)
def test_two_letters_without_a_municipality_word_name_no_town(rows, language, town, text):
    assert not {"Bø", "Ås", "Å", "Ø"} & set(rows(text, language, town))
