"""A town named like a larger town elsewhere is the one next door when it lies within the issuer's reach: 'samen
met Zwalm en Brakel' in Zottegem's text is the Flemish Brakel, not the German one; 'buurgemeente Essen' in
Roosendaal's is Essen in Belgium. The namesake far away stays where the text states its country, and where no
namesake lies near the issuer the larger town is read as before."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract.partner_cities.extractor import extract


def countries(text: str, language: str, issuer: str) -> dict[str, str | None]:
    doc = document_from_text(text, language=language, municipality=issuer)
    return {row.city: row.partner_country for row in extract(doc)}


NEXT_DOOR = [
    (
        "nl",
        "Zottegem",
        "Via LEADER krijgt de stad steun voor het project 'Trage Wegen', samen met Zwalm en Brakel.",
        "Brakel",
        "BE",
    ),
    (
        "nl",
        "Roosendaal",
        "Met buurgemeente Essen sloot Roosendaal in 2018 een samenwerkingsovereenkomst over de grensregio.",
        "Essen",
        "BE",
    ),
    (
        "nl",
        "Sluis",
        "In 2025 tekende Sluis een intentieverklaring met Damme over fietstoerisme langs de Zwinpolders.",
        "Damme",
        "BE",
    ),
    (
        "nl",
        "Hengelo",
        "Via Interreg krijgt Hengelo steun voor het project 'Twentse Kanalen', samen met Borne en Almelo.",
        "Borne",
        "NL",
    ),
    (
        "nl",
        "Beersel",
        "Beersel werkt in het LEADER-project 'Zennevallei Verbindt' samen met Halle en Drogenbos.",
        "Halle",
        "BE",
    ),
    (
        "da",
        "Bornholm",
        "Rønne og Hasle er partnere i projektet 'Kyststien 2030' under LAG Bornholm.",
        "Hasle",
        "DK",
    ),
]

FAR_OR_STATED = [
    # the namesake next door exists, but the text states the other country
    ("nl", "Roosendaal", "Roosendaal heeft een stedenband met Essen (Duitsland) sinds 1975.", "Essen", "DE"),
    ("nl", "Zottegem", "Zottegem is sinds 1990 verbroederd met Brakel in Duitsland.", "Brakel", "DE"),
    # the text describes the town as the other country's
    (
        "nl",
        "Kalmthout",
        "Kalmthout heeft een samenwerkingsovereenkomst met de Duitse stad Essen over cultuur.",
        "Essen",
        "DE",
    ),
    ("nl", "Roosendaal", "Roosendaal heeft een stedenband met het Duitse Essen sinds 1975.", "Essen", "DE"),
    # no namesake near the issuer: the larger town as before
    ("nl", "Kortrijk", "Kortrijk werkt in het project 'Ruhr-Leie' samen met Essen en Dortmund.", "Essen", "DE"),
    ("nl", "Turnhout", "Turnhout heeft sinds 1980 een stedenband met Brakel.", "Brakel", "DE"),
    ("da", "Aarhus", "Aarhus har siden 2001 været venskabsby med Essen.", "Essen", "DE"),
]


@pytest.mark.parametrize(("language", "issuer", "text", "city", "country"), NEXT_DOOR)
def test_a_namesake_within_the_issuers_reach_is_the_town_meant(language, issuer, text, city, country):
    assert countries(text, language, issuer).get(city) == country


@pytest.mark.parametrize(("language", "issuer", "text", "city", "country"), FAR_OR_STATED)
def test_a_stated_country_or_no_namesake_near_keeps_the_town_elsewhere(language, issuer, text, city, country):
    assert countries(text, language, issuer).get(city) == country
