"""A tracker that keeps its earlier status fields ("Status 2023: I gang" / "Status 2024: Afsluttet")
reports one item whose latest status counts (snippets written for these tests); a dated status
label is a field, never an item's title; a "Status 2024" heading over a report still opens it."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

HISTORIES = [
    (
        "da",
        "Byrådsbeslutning 2023-51 Ny cykelbro over åen\nStatus pr. 1. januar 2024: I gang\n"
        "Status pr. 1. juli 2024: Afsluttet\n\n"
        "Broen blev indviet den 14. juni med deltagelse af borgmesteren og mange borgere.",
        ("2023-51", "Ny cykelbro over åen", "completed"),
    ),
    (
        "nb",
        "Vedtak 12/2023 Ny gangbro over elva\nStatus 2023: Ikke startet\nStatus 2024: Under arbeid\n\n"
        "Brua er under bygging og skal stå ferdig i 2025, etter at grunnarbeidet ble fullført i vår.",
        ("12/2023", "Ny gangbro over elva", "in_progress"),
    ),
    (
        "nn",
        "Sak 12/2023 Ny gangbru over elva\nStatus 2023: Ikkje starta\nStatus 2024: Ferdig\n\n"
        "Brua vart opna i september etter at arbeidet starta i vår og gjekk etter planen heile sommaren.",
        ("12/2023", "Ny gangbru over elva", "completed"),
    ),
    (
        "nl",
        "Motie M2023-09 Meer laadpalen\nStand van zaken januari 2024: In uitvoering\n"
        "Stand van zaken juli 2024: Afgedaan\n\n"
        "Alle 40 laadpalen zijn geplaatst in de wijken en op de parkeerterreinen.",
        ("M2023-09", "Meer laadpalen", "completed"),
    ),
    (
        "nl",
        "Toezegging TZ-12 Evaluatie van de markt\nStatus 2023: Nog niet gestart\nStatus 2024: In uitvoering\n\n"
        "De evaluatie is in april begonnen en wordt naar verwachting in het najaar afgerond.",
        ("TZ-12", "Evaluatie van de markt", "in_progress"),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), HISTORIES)
def test_the_latest_of_several_dated_status_fields_counts(language, text, expected):
    assert rows(text, language) == [expected]


def test_a_status_heading_with_a_year_still_opens_a_report():
    text = (
        "Status 2024\n\nNy legeplads i Nørreby\n"
        "Legepladsen blev indviet i juni, og borgerne har taget den godt imod.\n\n"
        "Cykelsti til skolen\nProjektet er udskudt til 2026, fordi budgettet er reduceret."
    )
    assert rows(text, "da") == [
        (None, "Ny legeplads i Nørreby", "completed"),
        (None, "Cykelsti til skolen", "paused"),
    ]
