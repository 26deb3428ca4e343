"""Family: a status report writes one theme's items as field records ("2.4 Ny kai" / "Status: Ikke påbegyndt.") and
the next theme's items as run-in paragraphs ("3.1 Ny skolevej. Vejen blev åbnet i maj."). A record's explanation
ends at the next numbered theme heading ("Indsatsområde 3: ...") or at a line opening a dotted item code, so the
next items' sentences never change the record's status. Look-alike: a sentence of the record's own explanation
that merely opens on an amount ("2.5 mio. kr. er brugt ...") is still its explanation. Documents written for these
tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

REPORTS = [
    (
        "da",
        text_of(
            "Status på handleplanen 2026",
            "",
            "Indsatsområde 2: Turisme",
            "",
            "2.1 Ny badebro i Vesthavn",
            "    Ansvarlig: Kultur og Fritid",
            "    Status: Ikke påbegyndt. Projektet er planlagt til 2027.",
            "",
            "Indsatsområde 3: Arbejdskraft",
            "",
            "3.1 Jobbus til industriområdet. Ordningen er delvist gennemført, idet kun morgenruten kører.",
        ),
        [("2.1", "Ny badebro i Vesthavn", "not_started"), ("3.1", "Jobbus til industriområdet", "partly_completed")],
    ),
    (
        "nb",
        text_of(
            "Rapportering på handlingsplanen 2026",
            "",
            "Innsatsområde 1: Bolig",
            "",
            "1.1 Nye utleieboliger i sentrum",
            "    Ansvarlig: Eiendom",
            "    Status: Ikke startet. Prosjektet er planlagt til 2027.",
            "",
            "Innsatsområde 2: Næring",
            "",
            "2.1 Felles næringshage. Næringshagen er delvis etablert, og to bedrifter har flyttet inn.",
        ),
        [("1.1", "Nye utleieboliger i sentrum", "not_started"), ("2.1", "Felles næringshage", "partly_completed")],
    ),
    (
        "nn",
        text_of(
            "Rapportering på handlingsplanen 2026",
            "",
            "Innsatsområde 1: Bustad",
            "",
            "1.1 Nye utleigebustader i sentrum",
            "    Ansvarleg: Eigedom",
            "    Status: Ikkje starta. Prosjektet er planlagt til 2027.",
            "",
            "Innsatsområde 2: Næring",
            "",
            "2.1 Ny næringshage. Næringshagen er delvis etablert, og to bedrifter har flytta inn.",
        ),
        [("1.1", "Nye utleigebustader i sentrum", "not_started"), ("2.1", "Ny næringshage", "partly_completed")],
    ),
    (
        "nl",
        text_of(
            "Voortgangsrapportage uitvoeringsagenda 2026",
            "",
            "Speerpunt 1: Wonen",
            "",
            "1.1 Starterswoningen aan de Dijk",
            "    Trekker: team Wonen",
            "    Status: Nog niet gestart. Het project staat gepland voor 2027.",
            "",
            "Speerpunt 2: Werken",
            "",
            "2.1 Bedrijvenloket. Het loket is gedeeltelijk gerealiseerd; de digitale balie volgt nog.",
        ),
        [("1.1", "Starterswoningen aan de Dijk", "not_started"), ("2.1", "Bedrijvenloket", "partly_completed")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), REPORTS)
def test_a_record_ends_at_the_next_theme_or_run_in_item(language, text, expected):
    assert rows(text, language)[:1] == expected[:1]  # the record's status, not the run-in item's


def test_an_amount_opening_a_sentence_of_the_explanation_is_no_item():
    text = text_of(
        "Status på handleplanen 2026",
        "",
        "Handling 1.1 Ny cykelsti langs åen",
        "Status: I gang",
        "Bemærkning: Arbejdet følger planen.",
        "2.5 mio. kr. er brugt indtil videre, og arbejdet er i gang.",
    )
    assert rows(text, "da") == [("1.1", "Ny cykelsti langs åen", "in_progress")]
