"""A list member introduced by a bare description ('en met de stad Aken', 'og med byen Tartu', 'en de gemeente
Kleve'): a determiner and a town noun, with or without an adjective between, join the next town to the list, so it
takes the list's relation. A street, a person or a holiday town after the same words stays out."""

from __future__ import annotations

import pytest

DESCRIBED = [
    (
        "nl",
        "Ede",
        "In het Interreg-project WaterWijs werkt Ede samen met de Duitse gemeente Kleve en met de stad Aken.",
        {"Kleve": ("project_partner", None), "Aachen": ("project_partner", None)},
    ),
    (
        "nl",
        "Breda",
        "Binnen het project Groene Pleinen werkt Breda samen met Gent en de gemeente Kortrijk.",
        {"Ghent": ("project_partner", None), "Kortrijk": ("project_partner", None)},
    ),
    (
        "nb",
        "Molde",
        "Gjennom prosjektet GreenPort samarbeider kommunen med Vigo og med byen Esbjerg om landstrøm.",
        {"Vigo": ("project_partner", None), "Esbjerg": ("project_partner", None)},
    ),
    (
        "da",
        "Vejle",
        "I projektet Grøn Havn samarbejder kommunen med Gdynia og den polske by Gdańsk om havnedrift.",
        {"Gdynia": ("project_partner", None), "Gdańsk": ("project_partner", None)},
    ),
    (
        "nn",
        "Voss",
        "Gjennom prosjektet Fjellstiar samarbeider kommunen med Innsbruck og byen Bolzano.",
        {"Innsbruck": ("project_partner", None), "Bolzano": ("project_partner", None)},
    ),
]

NOT_DESCRIBED = [
    # a person's name and a holiday destination after the same words are no list members
    ("nl", "Ede", "De wethouder sprak met de heer Jan Aken over de kermis.", {}),
    ("da", "Vejle", "Mange borgere holder ferie i den spanske by Málaga om sommeren.", {}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), DESCRIBED)
def test_a_described_town_after_a_coordinator_joins_the_list(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NOT_DESCRIBED)
def test_described_places_outside_a_relation_are_no_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
