"""Page layouts where the relation is named once for many towns: a list announced in the sentence
before ('... fire vennskapsbyer. Det er A, B og C.'), per-town sections under one page heading, and a
bare list of towns after a paragraph under that heading."""

from __future__ import annotations

import pytest

ANNOUNCED = [
    (
        "Bodø kommune har fire vennskapsbyer. Det er Jönköping (Sverige), Kuopio (Finland) og Vyborg.",
        "nb",
        "Bodø",
        {"Jönköping", "Kuopio", "Vyborg"},
    ),
    (
        "Aarhus har fire venskabsbyer. Det er Turku, Bergen, Göteborg og Reykjavik.",
        "da",
        "Aarhus",
        {"Turku", "Bergen", "Gothenburg", "Reykjavík"},
    ),
    ("Utrecht heeft drie zustersteden. Dat zijn Brno, León en Hannover.", "nl", "Utrecht", {"Brno", "León", "Hanover"}),
    ("Voss har tre venskapsbyar. Det er Luleå, Oulu og Akureyri.", "nn", "Voss", {"Luleå", "Oulu", "Akureyri"}),
    ("The town has two twin towns. These are Kiruna and Tartu.", "en", "Bodø", {"Kiruna", "Tartu"}),
]

SECTIONS = [
    (
        "Vennskapsbyer\n\nJönköping\n\nJönköping ligger i Småland og har 140 000 innbyggere.\n\nKuopio\n\n"
        "Kuopio ligger i Savo. Byen har universitet.\n\nVyborg\n\nVyborg ligger ved Finskebukta.",
        "nb",
        "Bodø",
        {"Jönköping", "Kuopio", "Vyborg"},
    ),
    (
        "Venskabsbyer\n\nTurku\n\nTurku er Finlands ældste by.\n\nBergen\n\nBergen ligger ved Vestlandets kyst.",
        "da",
        "Aarhus",
        {"Turku", "Bergen"},
    ),
    (
        "Zustersteden\n\nBrno\n\nBrno is de tweede stad van Tsjechië.\n\nHannover\n\nHannover ligt in Nedersaksen.",
        "nl",
        "Utrecht",
        {"Brno", "Hanover"},
    ),
    (
        "Venskapsbyar\n\nGol har hatt kontakt med dei nordiske venskapsbyane i mange år.\n\nLuleå\nOulu\nAkureyri",
        "nn",
        "Voss",
        {"Luleå", "Oulu", "Akureyri"},
    ),
    (
        "Vennskapsbyer\n\nBodø har hatt kontakt med de nordiske vennskapsbyene lenge.\n\nJönköping\nSvendborg\nKuopio",
        "nb",
        "Bodø",
        {"Jönköping", "Svendborg", "Kuopio"},
    ),
]

NOT_ANNOUNCED = [
    ("Nyheter\n\nJönköping\n\nJönköping ligger i Småland.\n\nKuopio\n\nKuopio ligger i Savo.", "nb", "Bodø"),
    ("Bodø kommune har fire vennskapsbyer. Jönköping og Kuopio er kjent for sine universiteter.", "nb", "Bodø"),
    ("Historie\n\nTurku\n\nTurku er Finlands ældste by.\n\nBergen\n\nBergen var en hansestad.", "da", "Aarhus"),
    ("Aarhus har venskabsbyer. Det er dejligt at besøge Rom og Paris.", "da", "Aarhus"),
    ("Toerisme\n\nBrno\n\nBrno heeft een mooi centrum.\n\nHannover\n\nHannover heeft een beurs.", "nl", "Utrecht"),
]


@pytest.mark.parametrize(("text", "language", "issuer", "expected"), ANNOUNCED)
def test_a_list_announced_by_the_sentence_before_takes_its_relation(rows, text, language, issuer, expected):
    assert set(rows(text, language, issuer)) == expected


@pytest.mark.parametrize(("text", "language", "issuer", "expected"), SECTIONS)
def test_town_sections_and_bare_lists_under_a_relation_heading_are_partners(rows, text, language, issuer, expected):
    assert set(rows(text, language, issuer)) == expected


@pytest.mark.parametrize(("text", "language", "issuer"), NOT_ANNOUNCED)
def test_towns_under_other_headings_or_in_other_sentences_are_not_partners(rows, text, language, issuer):
    assert rows(text, language, issuer) == {}
