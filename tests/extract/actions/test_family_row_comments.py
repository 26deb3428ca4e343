"""Family: a follow-up table whose rows carry a comment written under them across the table's width
("T1 | Byfornyelse | Teknik | I gang" / "Første etape er taget i brug."): the table goes on after the
comment, so every row is read, and the comment is the row's explanation (a newer status there shows
the field is stale). A pipe with a space on one side only still parts two cells. Snippets written for
these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

TABLES = {
    "da": (
        "Opfølgning på budgetaftalen - 2. kvartal\n\nNr. | Initiativ | Ansvarligt udvalg | Status\n"
        "B1 | Flere pædagoger | Børneudvalget | Afsluttet\nDer er ansat 14 pædagoger pr. 1. april.\n"
        "B2 | Ny daginstitution i Nordbyen | Børneudvalget | Ikke startet\n"
        "Byggeriet er gået i gang i maj. Der støbes fundament i juni.\n"
        "T1 | Asfaltpulje til landevejene |Teknikudvalget | Afsluttet\n"
        "T2 | Ny naturpark | Teknikudvalget | I gang\n",
        [
            ("B1", "Flere pædagoger", "completed"),
            ("B2", "Ny daginstitution i Nordbyen", "in_progress"),
            ("T1", "Asfaltpulje til landevejene", "completed"),
            ("T2", "Ny naturpark", "in_progress"),
        ],
    ),
    "nb": (
        "Oppfølging av budsjettavtalen - 2. tertial\n\nNr. | Tiltak | Ansvarlig utvalg | Status\n"
        "B1 | Flere lærere i småskolen | Oppvekstutvalget | Fullført\nDet er ansatt seks lærere fra august.\n"
        "B2 | Ny barnehage på Nordby | Oppvekstutvalget | Ikke startet\n"
        "Byggingen startet i mai. Grunnarbeidet er ferdig i juni.\n"
        "T1 | Asfaltering av bygdeveiene |Teknisk utvalg | Fullført\n"
        "T2 | Ny turvei langs elva | Teknisk utvalg | Pågår\n",
        [
            ("B1", "Flere lærere i småskolen", "completed"),
            ("B2", "Ny barnehage på Nordby", "in_progress"),
            ("T1", "Asfaltering av bygdeveiene", "completed"),
            ("T2", "Ny turvei langs elva", "in_progress"),
        ],
    ),
    "nn": (
        "Oppfølging av budsjettavtalen - 2. tertial\n\nNr. | Tiltak | Ansvarleg utval | Status\n"
        "B1 | Fleire lærarar i småskulen | Oppvekstutvalet | Fullført\nDet er tilsett seks lærarar frå august.\n"
        "B2 | Ny barnehage på Nordbø | Oppvekstutvalet | Ikkje starta\n"
        "Bygginga starta i mai. Grunnarbeidet er ferdig i juni.\n"
        "T1 | Asfaltering av bygdevegane |Teknisk utval | Fullført\n"
        "T2 | Ny turveg langs elva | Teknisk utval | Under arbeid\n",
        [
            ("B1", "Fleire lærarar i småskulen", "completed"),
            ("B2", "Ny barnehage på Nordbø", "in_progress"),
            ("T1", "Asfaltering av bygdevegane", "completed"),
            ("T2", "Ny turveg langs elva", "in_progress"),
        ],
    ),
    "nl": (
        "Voortgang coalitieakkoord - tweede kwartaal\n\nNr. | Actie | Portefeuille | Status\n"
        "B1 | Extra leerkrachten | Onderwijs | Afgerond\nEr zijn per april zes leerkrachten aangenomen.\n"
        "B2 | Nieuwe kinderopvang in Noord | Onderwijs | Nog niet gestart\n"
        "De bouw is in mei gestart. De fundering wordt in juni gestort.\n"
        "T1 | Onderhoud van de dorpswegen |Openbare ruimte | Afgerond\n"
        "T2 | Nieuw wandelpad langs de rivier | Openbare ruimte | Loopt\n",
        [
            ("B1", "Extra leerkrachten", "completed"),
            ("B2", "Nieuwe kinderopvang in Noord", "in_progress"),
            ("T1", "Onderhoud van de dorpswegen", "completed"),
            ("T2", "Nieuw wandelpad langs de rivier", "in_progress"),
        ],
    ),
}


@pytest.mark.parametrize("language", list(TABLES))
def test_a_comment_under_a_row_explains_it_and_the_table_goes_on(language):
    text, expected = TABLES[language]
    assert rows(text, language) == expected


def test_a_paragraph_after_the_last_row_is_no_comment_of_it():
    text = (
        "Opfølgning 2025\n\nNr. | Initiativ | Status\nB1 | Flere pædagoger | I gang\nB2 | Ny legeplads | I gang\n"
        "Samlet set er tre ud af fire initiativer afsluttet i kommunen.\n"
    )
    assert rows(text, "da") == [("B1", "Flere pædagoger", "in_progress"), ("B2", "Ny legeplads", "in_progress")]
