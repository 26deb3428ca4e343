"""Two lines of a status report that name no action. The issuer's byline under the title ("Næstved Kommune",
"Gemeente Breda") is no heading of a project block, whatever the report's sentences under it say; a note a
status cell points to ("Noot 2: vervangen door ...") explains its row, it is no item of its own. Look-alikes:
a heading naming a municipality inside a longer title, and a headed block under the byline, stay items.
Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

BYLINES = [
    (
        "da",
        text_of(
            "Årsberetning 2023 – internationalt arbejde",
            "Vesthavn Kommune",
            "Elevudvekslingen blev gennemført i maj. Projektet om grøn energi er i gang.",
        ),
    ),
    (
        "nl",
        text_of(
            "Voortgangsrapportage internationaal 2024",
            "Gemeente Bergen aan den Rijn",
            "Alle acties liggen op schema en de meeste zijn afgerond.",
        ),
    ),
    (
        "nb",
        text_of(
            "Årsmelding 2024 – status for internasjonalt arbeid",
            "Nord-Fjellvik kommune",
            "Arbeidet pågår som planlagt, og flere tiltak er gjennomført.",
        ),
    ),
    (
        "nn",
        text_of(
            "Årsmelding 2024 – status for handlingsplanen",
            "Fjordvik herad",
            "Arbeidet held fram, og fleire tiltak er fullførte.",
        ),
    ),
    (
        "nl",
        text_of(
            "Stand van zaken uitvoeringsprogramma",
            "Stad Westerbeke",
            "De uitvoering loopt volgens planning.",
        ),
    ),
]

KEPT = [
    (
        "da",
        text_of(
            "Status på projekterne",
            "Vesthavn Kommune",
            "",
            "Ny legeplads i Nørreby",
            "Legepladsen blev afsluttet i juni.",
            "",
            "Samarbejde med Østby Kommune",
            "Samarbejdet er i gang.",
        ),
        [(None, "Ny legeplads i Nørreby", "completed"), (None, "Samarbejde med Østby Kommune", "in_progress")],
    ),
]

NOTES = [
    (
        "nl",
        text_of(
            "Actie\tStatus\tToelichting",
            "A1 Europaloket voor ondernemers\tAfgerond",
            "A4 Jaarlijkse Europadag\tGeschrapt\tZie noot 2",
            "",
            "Noot 2: vervangen door een online evenement.",
        ),
        [("A1", "Europaloket voor ondernemers", "completed"), ("A4", "Jaarlijkse Europadag", "cancelled")],
    ),
    (
        "da",
        text_of(
            "Nr.\tHandling\tStatus\tBemærkning",
            "1\tFælles sommerskole\tAflyst\tSe note 1",
            "2\tSprogcafé\tI gang",
            "",
            "Note 1: erstattet af et digitalt forløb.",
        ),
        [("1", "Fælles sommerskole", "cancelled"), ("2", "Sprogcafé", "in_progress")],
    ),
]


@pytest.mark.parametrize(("language", "text"), BYLINES)
def test_the_issuers_byline_heads_no_item(language, text):
    assert rows(text, language) == []


@pytest.mark.parametrize(("language", "text", "expected"), KEPT)
def test_headed_blocks_under_a_byline_stay_items(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), NOTES)
def test_a_note_line_is_no_item_of_its_own(language, text, expected):
    assert rows(text, language) == expected
