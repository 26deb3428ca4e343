"""The next step planned after an item's status is not its status (snippets written for these tests):
"Næste skridt: Evalueringen starter i september." beside "Status: Legepladsen blev indviet i maj."
leaves the item completed. A status field holding a sentence that opens with a word of the item's
title ("Ny lekeplass" / "Lekeplassen ble åpnet") reports on the item."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

CASES = [
    (
        "da",
        "Status på handleplanen for biblioteker\n\nNy legeplads ved biblioteket\n"
        "Status: Legepladsen blev indviet i maj.\nNæste skridt: Evalueringen starter i september.\n\n"
        "Lektiecafé\nStatus: Caféen er i gang på tre biblioteker.\n"
        "Det videre forløb: Udvidelse til flere biblioteker planlægges i 2025.",
        [(None, "Ny legeplads ved biblioteket", "completed"), (None, "Lektiecafé", "in_progress")],
    ),
    (
        "nb",
        "Status for tiltakene i 2024\n\nNy lekeplass ved biblioteket\nStatus: Lekeplassen ble åpnet i mai.\n"
        "Neste steg: Evalueringen starter i september.\n\nLeksehjelp\nStatus: Tilbudet er i gang på tre bibliotek.\n"
        "Videre arbeid: Utvidelse planlegges i 2025.",
        [(None, "Ny lekeplass ved biblioteket", "completed"), (None, "Leksehjelp", "in_progress")],
    ),
    (
        "nn",
        "Status for tiltaka i 2024\n\nNy leikeplass ved biblioteket\nStatus: Leikeplassen vart opna i mai.\n"
        "Neste steg: Evalueringa startar i september.\n\nLeksehjelp\nStatus: Tilbodet er i gang på tre bibliotek.\n"
        "Vidare arbeid: Utviding vert planlagd i 2025.",
        [(None, "Ny leikeplass ved biblioteket", "completed"), (None, "Leksehjelp", "in_progress")],
    ),
    (
        "nl",
        "Voortgangsrapportage bibliotheken\n\nNieuwe speeltuin bij de bibliotheek\n"
        "Stand van zaken: De speeltuin is in mei geopend.\nVervolg: De evaluatie start in september.\n\n"
        "Huiswerkbegeleiding\nStand van zaken: De begeleiding loopt op drie locaties.\n"
        "Volgende stap: Uitbreiding naar meer locaties wordt gepland in 2025.",
        [(None, "Nieuwe speeltuin bij de bibliotheek", "completed"), (None, "Huiswerkbegeleiding", "in_progress")],
    ),
    (
        "da",
        "Opfølgning på klimaplanen\n\nSolceller på skolerne\nStatus: Solcellerne er monteret på fire skoler.\n"
        "Fremadrettet: De sidste to skoler følger i 2026.\n\nGrønne tage\nStatus: Tagene er ikke påbegyndt.\n"
        "Næste fase: Projektering starter i foråret.",
        [(None, "Solceller på skolerne", "completed"), (None, "Grønne tage", "not_started")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_the_next_step_is_not_the_items_status(language, text, expected):
    assert rows(text, language) == expected
