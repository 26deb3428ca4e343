"""Item headings written with a colon over their paragraph (snippets written for these tests):
"Ny legeplads i Nørreby:" then "Legepladsen blev indviet i juni." names an item; a colon line over
a bulleted list stays the list's intro."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

CASES = [
    (
        "da",
        "Status for handleplanen 2024\n\nNy legeplads i Nørreby:\n"
        "Legepladsen blev indviet i juni, og den bruges flittigt af børnene i området.\n\nCykelsti til skolen:\n"
        "Projektet er udskudt til 2026, fordi anlægsbudgettet er blevet reduceret.",
        [(None, "Ny legeplads i Nørreby", "completed"), (None, "Cykelsti til skolen", "paused")],
    ),
    (
        "nb",
        "Status for handlingsplanen 2024\n\nNy lekeplass i sentrum:\n"
        "Lekeplassen ble åpnet i juni og er mye brukt av barna i området.\n\nGang- og sykkelvei til skolen:\n"
        "Prosjektet er utsatt til 2026 fordi budsjettet er redusert.",
        [(None, "Ny lekeplass i sentrum", "completed"), (None, "Gang- og sykkelvei til skolen", "paused")],
    ),
    (
        "nn",
        "Rapportering på tiltaka 2024\n\nNy leikeplass i sentrum:\n"
        "Leikeplassen vart opna i juni og er mykje brukt av borna i området.\n\nGang- og sykkelveg til skulen:\n"
        "Prosjektet er utsett til 2026 fordi budsjettet er redusert.",
        [(None, "Ny leikeplass i sentrum", "completed"), (None, "Gang- og sykkelveg til skulen", "paused")],
    ),
    (
        "nl",
        "Voortgangsrapportage 2024\n\nNieuwe speeltuin in het centrum:\n"
        "De speeltuin is in juni geopend en wordt veel gebruikt door de kinderen uit de buurt.\n\n"
        "Fietspad naar de school:\nHet project is uitgesteld tot 2026 omdat het budget is verlaagd.",
        [(None, "Nieuwe speeltuin in het centrum", "completed"), (None, "Fietspad naar de school", "paused")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_heading_with_a_colon_over_its_paragraph_names_an_item(language, text, expected):
    assert rows(text, language) == expected


def test_a_colon_line_over_a_bulleted_list_stays_its_intro():
    text = (
        "Status for handleplanen\n\nVæsentlige igangsatte initiativer:\n"
        "• Ny legeplads i Nørreby\n• Cykelsti til skolen\n"
    )
    assert rows(text, "da") == [
        (None, "Ny legeplads i Nørreby", "in_progress"),
        (None, "Cykelsti til skolen", "in_progress"),
    ]
