"""A status table followed by a contact card, a "last updated" line and a stray "Status" label
(written for these tests): the rows are actions; the person, the column headers, the date line and
the table's caption (read through the table for the stray label) are not."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

PAGES = [
    (
        "da",
        (
            "Status på indsatserne\n"
            "\n"
            "Indsats\tAnsvarlig\tStatus\n"
            "Ny legeplads\tMette Hansen\tI gang\n"
            "Flere bænke\tJens Olsen\tGennemført\n"
            "\n"
            "Kontakt\n"
            "Mette Hansen\n"
            "Projektleder\n"
            "Telefon 12 34 56 78\n"
            "mette@kommune.dk\n"
            "Status: opdateret 1. marts 2024\n"
            "12. marts 2024\n"
            "Status\n"
            "I gang\n"
        ),
        [(None, "Ny legeplads", "in_progress"), (None, "Flere bænke", "completed")],
    ),
    (
        "nb",
        (
            "Status for tiltakene\n"
            "\n"
            "Tiltak\tAnsvarlig\tStatus\n"
            "Ny lekeplass\tKari Nordmann\tPågår\n"
            "Flere benker\tOla Hansen\tFullført\n"
            "\n"
            "Kontaktperson\n"
            "Kari Nordmann\n"
            "Prosjektleder\n"
            "Telefon 12 34 56 78\n"
            "kari@kommune.no\n"
            "Sist oppdatert 12. mars 2024\n"
            "Status\n"
            "Pågår\n"
        ),
        [(None, "Ny lekeplass", "in_progress"), (None, "Flere benker", "completed")],
    ),
    (
        "nl",
        (
            "Stand van zaken acties\n"
            "\n"
            "Actie\tTrekker\tStatus\n"
            "Nieuwe speeltuin\tAnne de Vries\tLoopt\n"
            "Meer bankjes\tPiet Jansen\tAfgerond\n"
            "\n"
            "Contactpersoon\n"
            "Anne de Vries\n"
            "Projectleider\n"
            "Telefoon 012 345 6789\n"
            "anne@gemeente.nl\n"
            "Laatst bijgewerkt: 12 maart 2024\n"
            "12 maart 2024\n"
            "Status\n"
            "Loopt\n"
        ),
        [(None, "Nieuwe speeltuin", "in_progress"), (None, "Meer bankjes", "completed")],
    ),
    (
        "nn",
        (
            "Status for tiltaka\n"
            "\n"
            "Tiltak\tAnsvarleg\tStatus\n"
            "Ny leikeplass\tKari Nordmann\tPågår\n"
            "Fleire benkar\tOla Hansen\tFullført\n"
            "\n"
            "Kontaktperson\n"
            "Kari Nordmann\n"
            "Prosjektleiar\n"
            "Telefon 12 34 56 78\n"
            "kari@kommune.no\n"
            "Sist oppdatert 12. mars 2024\n"
            "Status\n"
            "Pågår\n"
        ),
        [(None, "Ny leikeplass", "in_progress"), (None, "Fleire benkar", "completed")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), PAGES)
def test_names_contact_cards_headers_and_dates_are_not_actions(language, text, expected):
    assert rows(text, language) == expected
