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
