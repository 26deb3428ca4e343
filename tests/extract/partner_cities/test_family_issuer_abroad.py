"""A municipality of another country that writes the language (Greenland and the Faroes write Danish, Flanders
Dutch) named by the document's file or site is the issuer, not its own partner, when no municipality is given; a
town of such a country that the file name does not name stays a partner."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract.partner_cities.extractor import extract

ISSUERS = [
    (
        "da",
        "/docs/da-qeqqata-kommunalbestyrelsen-2026-03-26.txt",
        "QEQQATA KOMMUNIA\nPunkt 06  Samarbejdsaftale med Akureyri – forlængelse\nQeqqata Kommunia · side 1 af 2",
        "Qeqqata",
        {"Akureyri"},
    ),
    (
        "da",
        "/docs/da-sermersooq-udvalg-2026-01-12.txt",
        "Kommuneqarfik Sermersooq\nPunkt 4  Venskabsbyaftale med Tórshavn\nKommuneqarfik Sermersooq · side 2",
        "Sermersooq",
        {"Tórshavn"},
    ),
    (
        "da",
        "https://www.klaksvik.fo/nyheder/venskabsbyer",
        "Klaksvík kommuna\nKlaksvík har en venskabsbyaftale med Lahti i Finland.",
        "Klaksvík",
        {"Lahti"},
    ),
    (
        "nl",
        "/docs/nl-brugge-zustersteden.txt",
        "Stad Brugge\nZustersteden: Brugge heeft een stedenband met Reims.",
        "Bruges",
        {"Reims"},
    ),
    (
        "da",
        "/docs/da-avannaata-venskabsbyer.txt",
        "Avannaata Kommunia\nAvannaata har en venskabsbyaftale med Lund i Sverige.",
        "Avannaata",
        {"Lund"},
    ),
]

PARTNERS = [
    ("da", "/docs/da-odense-venskabsbyer.txt", "Odense har venskabsbyer i Nuuk og Tórshavn.", {"Nuuk", "Tórshavn"}),
    ("nl", "/docs/nl-tilburg-stedenbanden.txt", "Tilburg heeft een stedenband met Mechelen sinds 1970.", {"Mechelen"}),
]


@pytest.mark.parametrize(("language", "source", "text", "issuer", "expected"), ISSUERS)
def test_an_issuer_of_another_country_writing_the_language_is_no_partner(language, source, text, issuer, expected):
    cities = {row.city for row in extract(document_from_text(text, source=source, language=language))}
    assert issuer not in cities
    assert expected <= cities


@pytest.mark.parametrize(("language", "source", "text", "expected"), PARTNERS)
def test_a_town_abroad_that_the_source_does_not_name_stays_a_partner(language, source, text, expected):
    assert {row.city for row in extract(document_from_text(text, source=source, language=language))} == expected
