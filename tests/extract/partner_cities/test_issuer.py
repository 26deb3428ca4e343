"""The issuer is never its own partner: named by the metadata, by owning the relations ('X har
venskabsbyer'), by the site or file it comes from; a city that has a relation *with* someone is a party."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract.partner_cities.extractor import extract

OWNERS = [
    ("Maastricht heeft vier partnersteden: Hasselt, Aken, Luik en Chengdu.", "nl", "Maastricht"),
    ("Vejle Kommune har venskabsbyer i Lahti og Växjö.", "da", "Vejle"),
    ("Tromsø har vennskapsbyer i Luleå og Oulu.", "nb", "Tromsø"),
    ("Voss har venskapsbyar i Luleå og Oulu.", "nn", "Voss"),
    ("Amersfoort onderhoudt zustersteden als Tartu en Goslar.", "nl", "Amersfoort"),
]

PARTIES = [
    ("Wuhan heeft sinds 1999 een stedenband met Arnhem.", "nl", "Arnhem", {"Wuhan": ("twin", 1999)}),
    ("Lahti har siden 1952 været venskabsby med Aarhus.", "da", "Aarhus", {"Lahti": ("twin", 1952)}),
    ("Luleå har vært vennskapsby med Bodø siden 1960.", "nb", "Bodø", {"Luleå": ("twin", 1960)}),
    ("Oulu har vore venskapsby med Voss sidan 1971.", "nn", "Voss", {"Oulu": ("twin", 1971)}),
    ("Goslar heeft een stedenband met Amersfoort.", "nl", "Amersfoort", {"Goslar": ("twin", None)}),
]


@pytest.mark.parametrize(("text", "language", "owner"), OWNERS)
def test_the_city_that_has_the_partners_is_the_issuer_even_unnamed_by_metadata(text, language, owner):
    cities = {row.city for row in extract(document_from_text(text, language=language))}
    assert cities and owner not in cities


@pytest.mark.parametrize(("text", "language", "issuer", "expected"), PARTIES)
def test_a_city_that_has_a_relation_with_the_issuer_is_the_partner(text, language, issuer, expected):
    rows = extract(document_from_text(text, language=language, municipality=issuer))
    assert {row.city: (row.relation, row.since_year) for row in rows} == expected


@pytest.mark.parametrize(
    ("source", "language"),
    [
        ("https://www.hvidovre.dk/om-kommunen/venskabsbyer/", "da"),
        ("/data/pages/hvidovre-venskabsbyer.txt", "da"),
    ],
)
def test_the_municipality_of_the_source_site_or_file_is_the_issuer(source, language):
    text = "Hvidovre og venskabsbyerne Sollentuna og Tuusula mødes hvert år."
    cities = {row.city for row in extract(document_from_text(text, source=source, language=language))}
    assert cities == {"Sollentuna", "Tuusula"}
