"""Family: a report whose items are lettered ("a) Title" / "Status: Gjennomført. Systemet vart teke i bruk ...")
under theme headings ("TEMA 1: ..."): the letter is the item's id (never the theme heading's number or a road
number in the title), and a status field opening with a status phrase reads that phrase even when a sentence of
report follows it. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

REPORTS = [
    (
        "nn",
        "TEMA 1: BYGG\n a) Energioppfølgingssystem i alle formålsbygg\n"
        "    Status: Gjennomført. Systemet vart teke i bruk i august 2025.\n"
        " b) Varmepumpe i omsorgssenteret\n    Status: Under arbeid. Anbodet er lyst ut.\n\n"
        "TEMA 2: TRANSPORT\n c) Pendlarparkering ved E39 på Våge\n    Status: Ikkje starta.\n",
        [("a", "Energioppfølgingssystem i alle formålsbygg", "completed"),
         ("b", "Varmepumpe i omsorgssenteret", "in_progress"),
         ("c", "Pendlarparkering ved E39 på Våge", "not_started")],
    ),
    (
        "nb",
        "TEMA 1: SKOLE\na) Ny barneskole på Moen\n   Status: Fullført. Skolen ble åpnet i august med 300 elever.\n"
        "b) Ny flerbrukshall\n   Status: Pågår.\n",
        [("a", "Ny barneskole på Moen", "completed"), ("b", "Ny flerbrukshall", "in_progress")],
    ),
    (
        "da",
        "TEMA 2: TRAFIK\na) Cykelsti langs rute 21\n   Status: Afsluttet. Stien blev indviet i maj med borgmesteren.\n"
        "b) Ny rundkørsel ved skolen\n   Status: Ikke påbegyndt.\n",
        [("a", "Cykelsti langs rute 21", "completed"), ("b", "Ny rundkørsel ved skolen", "not_started")],
    ),
    (
        "nl",
        "THEMA 3: ENERGIE\na) Zonnepanelen op het gemeentehuis\n   Status: Afgerond. De panelen leveren sinds maart"
        " stroom aan het net.\nb) Warmtenet centrum\n   Status: Loopt.\n",
        [("a", "Zonnepanelen op het gemeentehuis", "completed"), ("b", "Warmtenet centrum", "in_progress")],
    ),
    (
        "nn",
        "TEMA 3: NATUR\na) Kartlegging av myr\n   Status: Gjennomført. Kartet ligg i planbasen og er ope for alle.\n",
        [("a", "Kartlegging av myr", "completed")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), REPORTS)
def test_a_lettered_item_takes_its_letter_as_id_and_the_status_phrase_opening_its_field(language, text, expected):
    assert rows(text, language) == expected


# Items numbered under a lettered theme ("Tiltak A1", "Handling B2", "Actie C3") are items with that number as id,
# also where the report under them opens with other words and states the status later.
THEME_NUMBERED = [
    ("nn", "INNSATSOMRÅDE A – Oppvekst\n\nTiltak A1 Gratis aktivitetskort\n"
     "Kortet kom i januar. Tiltaket er gjennomført.\n\n"
     "Tiltak A2 Ope hall på fredagar\nSand har ope kvar fredag. Tilbodet er i gang.\n",
     [("A1", "Gratis aktivitetskort", "completed"), ("A2", "Ope hall på fredagar", "in_progress")]),
    ("nb", "Tiltak B1 Turstikart\nKartet er planlagt. Arbeidet er ikke startet.\n\nTiltak B2 Seniortrim\n"
     "Frivilligsentralen mangler folk. Tilbudet er satt på vent.\n",
     [("B1", "Turstikart", "not_started"), ("B2", "Seniortrim", "paused")]),
    ("da", "Handling C1 Ny legeplads\nPladsen ligger ved skolen. Handlingen er gennemført.\n",
     [("C1", "Ny legeplads", "completed")]),
    ("nl", "Actie D1 Laadpalen\nDe palen staan bij het station. De actie is afgerond.\n",
     [("D1", "Laadpalen", "completed")]),
    ("nn", "Tiltak E1 Ny kai\nKaia skulle byggjast i 2025. Tiltaket er avlyst.\n", [("E1", "Ny kai", "cancelled")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), THEME_NUMBERED)
def test_an_item_numbered_under_a_lettered_theme_keeps_that_number_as_id(language, text, expected):
    assert rows(text, language) == expected
