"""Look-alikes of colour legends written in a sentence (see test_family_colour_legends_in_sentences.py): a
colour with "for"/"voor" in a plain sentence makes no legend, a colour inside a title is no status, an item
without a colour takes no status from the legend, a colour at the line end means nothing without a legend,
and the legend sentence is never an action. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

NO_VERB_LEGEND = [
    (
        "nl",
        "Het dak van de school wordt groen voor de zomer van 2025.\n\nA1 Fietsenstalling - groen\nA2 Speeltuin - groen",
        [],
    ),
    (
        "da",
        "Bænkene males grønne for at passe til parken.\n\nA1 Ny bænk - grøn\nA2 Nyt bord - grøn",
        [],
    ),
    (
        "nb",
        "Planen for grønn omstilling er under arbeid.\n\nA1 Ny benk – grønn\nA2 Nytt bord – grønn",
        [],
    ),
]

# A colour word inside a title, with a legend in the document: the title keeps it and gives no status;
# the status comes from what stands after the separator, a colour or words.
COLOUR_IN_TITLE = [
    (
        "nl",
        "Legenda: groen (op schema), blauw (afgerond).\n\nA1 Groen dak op de bibliotheek\nA2 Deelauto's - blauw",
        [("A2", "Deelauto's", "completed")],
    ),
    (
        "nl",
        "Kleuren: groen (op schema), blauw (afgerond).\n\nA1 Groene speelplaats - nog niet gestart\n"
        "A2 Rode loper voor vrijwilligers - blauw",
        [("A1", "Groene speelplaats", "not_started"), ("A2", "Rode loper voor vrijwilligers", "completed")],
    ),
    (
        "da",
        "Farverne betyder grøn (i gang) og blå (gennemført).\n\n1. Grønne tage på skolerne\n2. Ny bro – blå",
        [("2", "Ny bro", "completed")],
    ),
    (
        "da",
        "Farverne betyder grøn (i gang) og blå (gennemført).\n\nG1 Grønne tage på skolerne – ikke startet\n"
        "G2 Blå støttepunkter ved åen – grøn",
        [("G1", "Grønne tage på skolerne", "not_started"), ("G2", "Blå støttepunkter ved åen", "in_progress")],
    ),
    (
        "nb",
        "Fargene betyr grønn (i rute) og blå (fullført).\n\nT1 Grønn mobilitet i sentrum\nT2 Ny kai – blå",
        [("T2", "Ny kai", "completed")],
    ),
    (
        "nn",
        "Fargane tyder grøn (i rute) og blå (fullført).\n\nT1 Raude benkar i parken – avlyst\nT2 Ny kai – blå",
        [("T1", "Raude benkar i parken", "cancelled"), ("T2", "Ny kai", "completed")],
    ),
]

# An item with no colour of its own under the legend sentence: the legend is no intro whose status it shares.
UNMARKED_UNDER_LEGEND = [
    (
        "nl",
        "Legenda: groen (in uitvoering), grijs (nog niet gestart).\n\nActie 1.1 Buurtcoaches in Noord\n"
        "Actie 1.2 Voedselbank - grijs",
        [("1.1", "Buurtcoaches in Noord", "unknown"), ("1.2", "Voedselbank", "not_started")],
    ),
    (
        "da",
        "Farverne betyder grøn (i gang) og blå (gennemført).\n\nHandling 1 Lektiehjælp\nHandling 2 Ny bro – blå",
        [("1", "Lektiehjælp", "unknown"), ("2", "Ny bro", "completed")],
    ),
    (
        "nb",
        "Fargekoder: grønn = i rute, grå = ikke startet\n\nTiltak 7 Ny lekeplass\nTiltak 8 Flere benker: grønn",
        [("7", "Ny lekeplass", "unknown"), ("8", "Flere benker", "in_progress")],
    ),
    (
        "nn",
        "Vi merkjer tiltaka med grøn (i rute) og raud (avlyst).\n\nTiltak 2 Ny kai (raud)\nTiltak 3 Nytt bibliotek",
        [("2", "Ny kai", "cancelled"), ("3", "Nytt bibliotek", "unknown")],
    ),
]

# Without a legend a colour at the line end has no meaning: as in a document with plain colour codes.
WITHOUT_LEGEND = [
    ("nl", "B1 Huurteam voor studenten - blauw\n\nB2 Flexwoningen aan de Dijkweg - groen", []),
    ("da", "H1 Ungdomsboliger ved stationen - blå\nH2 Boligsocial helhedsplan - gul", []),
    ("nb", "T1 Ny gangbru over elva – blå\nT2 Flere utleieboliger – grønn", []),
    ("nn", "T1 Ny kai i hamna: blå\nT2 Fleire omsorgsbustader: gul", []),
]

LEGEND_SENTENCES = [
    ("nl", "In deze rapportage gebruiken we de kleuren groen (op schema), oranje (vertraagd) en blauw (gereed)."),
    ("da", "Vi bruger disse farver i rapporten: grøn (følger planen), gul (forsinket), blå (afsluttet)."),
    ("nb", "Rapporten bruker fargene grønn (i rute), gul (forsinket) og blå (ferdigstilt)."),
    ("nn", "I rapporten nyttar vi fargane grøn (i rute), raud (avbrote) og blå (fullført)."),
]


@pytest.mark.parametrize(("language", "text", "expected"), NO_VERB_LEGEND)
def test_a_colour_with_for_in_a_plain_sentence_makes_no_legend(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), COLOUR_IN_TITLE)
def test_a_colour_inside_a_title_is_no_status(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), UNMARKED_UNDER_LEGEND)
def test_an_item_under_a_legend_takes_no_status_from_it(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), WITHOUT_LEGEND)
def test_a_colour_at_the_line_end_without_a_legend_states_nothing(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text"), LEGEND_SENTENCES)
def test_a_legend_sentence_is_no_action(language, text):
    assert rows(text, language) == []
