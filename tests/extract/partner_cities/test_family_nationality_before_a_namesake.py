"""A nationality adjective right before a town, or before its town noun ('de Belgische gemeente Essen', 'den belgiske
byen Essen', 'het Duitse Bergen'), says which of several namesakes the text means: the row takes the namesake in that
country. Two adjectives before a list ('Zweedse en Finse partners') place no single town, and an adjective that
agrees with the larger namesake changes nothing. Texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract.partner_cities.extractor import extract


def countries(text: str, language: str, issuer: str) -> dict[str, str | None]:
    doc = document_from_text(text, language=language, municipality=issuer)
    return {row.city: row.partner_country for row in extract(doc)}


PLACED = [
    (
        "nb",
        "Halden",
        "Fra 2026 har kommunen en samarbeidsavtale med den belgiske byen Essen om grensehandel.\n",
        "Essen",
        "BE",
    ),
    (
        "nl",
        "Bergen op Zoom",
        "Met de Belgische gemeente Essen werkt Bergen op Zoom samen in het Interreg-project "
        "'Grenzeloos Groen', dat loopt tot 2028.\n",
        "Essen",
        "BE",
    ),
    (
        "da",
        "Sønderborg",
        "Kommunen indgik i 2024 en samarbejdsaftale med den belgiske kommune Essen om cykelturisme.\n",
        "Essen",
        "BE",
    ),
    (
        "nn",
        "Stord",
        "Stord har sidan 2019 ein samarbeidsavtale med den belgiske kommunen Essen om fjordturisme.\n",
        "Essen",
        "BE",
    ),
    ("nl", "Venlo", "Venlo heeft sinds 1995 een stedenband met het Duitse Essen.\n", "Essen", "DE"),
]


@pytest.mark.parametrize(("language", "issuer", "text", "city", "country"), PLACED)
def test_the_nationality_places_the_namesake(language: str, issuer: str, text: str, city: str, country: str) -> None:
    assert countries(text, language, issuer).get(city) == country


def test_two_adjectives_before_a_list_place_no_town() -> None:
    text = "Onze Zweedse en Finse vriendschapssteden Lund en Pori kwamen in 2025 op bezoek.\n"
    assert countries(text, "nl", "Leiden").get("Lund", "SE") == "SE"
