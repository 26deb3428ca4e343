"""Family: a status field whose value goes on past a dash or comma to name a place or body with a capital before
a status verb ("Status: Delvis gjennomført - uka ble holdt, men turen til Gdańsk ble avlyst."): the value is one
report, so the part-done status stands, and the capital opens no report run onto a heading."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

CASES = [
    (
        "nb",
        "T1",
        "Kulturuke med gjester",
        "Status: Delvis gjennomført - uka ble holdt, men besøket fra Gdańsk ble avlyst.",
        "partly_completed",
    ),
    (
        "nn",
        "K2",
        "Songfestival med vennskapskommunen",
        "Status: Delvis gjennomført - festivalen vart halden, men turen til Lund vart avlyst.",
        "partly_completed",
    ),
    (
        "da",
        "H3",
        "Idrætsstævne med gæster",
        "Status: Delvist gennemført - stævnet blev holdt, men besøget fra Tartu blev aflyst.",
        "partly_completed",
    ),
    (
        "nl",
        "A4",
        "Jongerenuitwisseling",
        "Status: Deels gerealiseerd - de eerste reis ging door, maar het bezoek uit Gent is geannuleerd.",
        "partly_completed",
    ),
    (
        "nb",
        "B2",
        "Nytt samarbeid om turisme",
        "Status: Pågår - avtalen er klar, men Innovasjon Norge har ikke svart ennå.",
        "in_progress",
    ),
]


@pytest.mark.parametrize(("language", "code", "title", "field", "status"), CASES)
def test_a_status_field_naming_a_place_keeps_its_status(language, code, title, field, status):
    text = text_of(
        "Status for tiltakene", "", f"{code}  {title}", f"    {field}", "Z9  Siste tiltak", "    Status: Fullført."
    )
    assert rows(text, language)[0] == (code, title, status)


LOOK_ALIKES = [
    # an unwrapped heading with its report run onto it is still split at the report
    (
        "nn",
        text_of(
            "Rapport 2025", "", "Ny frivilligsentral Arbeidet er ikkje starta.", "Ny bru over elva Brua er ferdig."
        ),
        [(None, "Ny frivilligsentral", "not_started"), (None, "Ny bru over elva", "completed")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), LOOK_ALIKES)
def test_a_report_run_onto_a_heading_is_still_split(language, text, expected):
    assert rows(text, language) == expected
