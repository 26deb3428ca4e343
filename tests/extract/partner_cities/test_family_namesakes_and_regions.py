"""A state or province written after a town ('Harlingen in Texas', 'Hulst (Zeeland)', 'Hannover (Niedersachsen)')
places it in that country (pycountry's first-level subdivisions that only one country has). A town named like the
issuer but placed abroad is a namesake partner ('stedenband met de gelijknamige stad Harlingen in Texas'); the issuer's
own name, or placed in its own province, stays the issuer."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract.partner_cities.extractor import extract


def _rows(text: str, language: str, issuer: str) -> dict[str, tuple[str, str]]:
    doc = document_from_text(text, language=language, municipality=issuer)
    return {row.city: (row.relation, row.partner_country) for row in extract(doc)}


NAMESAKES = [
    (
        "nl",
        "Harlingen",
        "De raad stemde in met een stedenband met de gelijknamige stad Harlingen in Texas.",
        {"Harlingen": ("twin", "US")},
    ),
    ("nb", "Lier", "Lier har vennskapsbyavtale med Tartu i Tartumaa.", {"Tartu": ("twin", "EE")}),
    (
        "da",
        "Holstebro",
        "Holstebro har en venskabsbyaftale med Hannover (Niedersachsen).",
        {"Hanover": ("twin", "DE")},
    ),
    (
        "nl",
        "Evergem",
        "Evergem heeft een samenwerkingsovereenkomst met Hulst (Zeeland).",
        {"Hulst": ("cooperation_agreement", "NL")},
    ),
    ("nn", "Sauda", "Sauda har vore venskapskommune med Sunne i Värmlands län sidan 1968.", {"Sunne": ("twin", "SE")}),
]

LISTS_AND_PROSPECTS = [
    ("nl", "Almere", "Almere heeft intensieve contacten met Shenzhen en Taipei.", None),
    ("nb", "Kongsberg", "Spørsmålet om en avtale med Decorah i Iowa ble drøftet i 2023, men saken ble lagt bort.", {}),
    ("nb", "Kongsberg", "Kongsberg har vennskapsbyavtale med Decorah i Iowa.", {"Decorah": ("twin", "US")}),
]

ISSUERS = [
    ("nl", "Harlingen", "Harlingen heeft een stedenband met Cuxhaven.", {"Cuxhaven": ("twin", "DE")}),
    ("nl", "Harlingen", "Harlingen (Friesland) heeft een stedenband met Cuxhaven.", {"Cuxhaven": ("twin", "DE")}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NAMESAKES + ISSUERS)
def test_a_state_or_province_places_a_town_and_a_namesake_abroad_is_a_partner(language, issuer, text, expected):
    assert _rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), LISTS_AND_PROSPECTS)
def test_a_listed_city_named_like_a_region_keeps_its_country_and_a_dropped_question_is_no_partner(
    language, issuer, text, expected
):
    found = _rows(text, language, issuer)
    if expected is None:  # 'en Taipei': Dutch 'and' before a city, no province of Shenzhen's
        assert found.get("Shenzhen", ("", "CN"))[1] == "CN"
    else:
        assert found == expected
