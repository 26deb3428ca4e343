"""Family: a report's summary that counts the plan's items by status ("Av 8 tiltak er 1 ferdig, 1 delvis
gjennomført og 2 i gang.", "Samenvatting: van de 10 acties zijn er 2 gerealiseerd en 3 lopend.", "Samlet er 3 af
de 10 handlinger gennemført."), standing right after the last item's record: a sum over the items, never that
item's status. Look-alike: the item's own comment with a count of its parts ("3 av 8 ladepunkt er ferdige")
still reports on it. Reports written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

RECORD = {
    "nn": (
        "Tiltak 3.2   Kartlegging av myr\nStatus:      Ikkje starta\nKommentar:   Blir teke med i 2027.",
        "Samla vurdering",
    ),
    "nb": (
        "Tiltak 3.2   Kartlegging av myr\nStatus:      Ikke startet\nKommentar:   Tas med i 2027.",
        "Samlet vurdering",
    ),
    "da": (
        "Handling 3.2   Kortlægning af moser\nStatus:      Ikke påbegyndt\nBemærkning:   Tages med i 2027.",
        "Samlet vurdering",
    ),
    "nl": (
        "Actie 3.2   Inventarisatie van venen\nStatus:      Niet gestart\nToelichting:   Volgt in 2027.",
        "Samenvatting",
    ),
}
TITLES = {
    "nn": "Kartlegging av myr",
    "nb": "Kartlegging av myr",
    "da": "Kortlægning af moser",
    "nl": "Inventarisatie van venen",
}
SUMMARIES = [
    ("nn", "Av 8 tiltak er 1 ferdig, 1 delvis gjennomført og 2 i gang."),
    ("nn", "Ut av dei 12 tiltaka er 5 fullførte og 4 i gang."),
    ("nb", "Av 10 tiltak er 3 fullført, 2 delvis gjennomført og 4 i gang."),
    ("da", "Samlet er 3 af de 10 handlinger gennemført, og 4 er i gang."),
    ("da", "Ud af 12 indsatser er 6 afsluttet og 2 delvist gennemført."),
    ("nl", "Van de 10 acties zijn er 2 gerealiseerd en 3 lopend."),
    ("nl", "Van de 14 maatregelen zijn er 5 afgerond en 6 in uitvoering."),
]
NOT_STARTED = {"nn": "Ikkje starta", "nb": "Ikke startet", "da": "Ikke påbegyndt", "nl": "Niet gestart"}
REPORT = {
    "nn": "Statusrapport klimaplan 2026",
    "nb": "Statusrapport klimaplan 2026",
    "da": "Statusrapport klimaplan 2026",
    "nl": "Voortgangsrapportage klimaplan 2026",
}


@pytest.mark.parametrize(("language", "summary"), SUMMARIES)
def test_a_summary_counting_the_items_is_not_the_last_items_status(language, summary):
    record, heading = RECORD[language]
    text = f"{REPORT[language]}\n\n{record}\n\n{heading}\n{summary}\n"
    assert rows(text, language) == [("3.2", TITLES[language], "not_started")]


OWN_COUNTS = [
    (
        "nb",
        "Tiltak 2.1 Ladepunkt ved rådhuset\nStatus: Pågår\nKommentar: 3 av 8 ladepunkt er ferdige.",
        ("2.1", "Ladepunkt ved rådhuset", "in_progress"),
    ),
    (
        "da",
        "Handling 2.1 Ladestandere ved rådhuset\nStatus: Delvist gennemført\nBemærkning: 3 af 8 standere er sat op.",
        ("2.1", "Ladestandere ved rådhuset", "partly_completed"),
    ),
    (
        "nl",
        "Actie 2.1 Laadpalen bij het gemeentehuis\nStatus: In uitvoering\nToelichting: 3 van de 8 palen staan er.",
        ("2.1", "Laadpalen bij het gemeentehuis", "in_progress"),
    ),
]


@pytest.mark.parametrize(("language", "record", "expected"), OWN_COUNTS)
def test_an_items_own_count_of_its_parts_still_reports_on_it(language, record, expected):
    assert rows(f"{REPORT[language]}\n\n{record}\n", language) == [expected]
