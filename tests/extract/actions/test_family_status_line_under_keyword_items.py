"""Two shapes of a plan report written as headings. (1) Each keyword item ("Tiltak 2.1 Ny nettside") with its
status alone on the line under it ("Gjennomført"): the status is the item's, not a heading grouping the next
items; where a status line stands before the first item, the report groups its items by status (the look-alike,
read as before). (2) A heading numbering one of the plan's themes ("Thema 1 Onderwijs", "Fokusområde B –
Erhverv") over its items: a group, never an item of its own. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

BELOW = [
    (
        "nb",
        text_of(
            "Rapport på handlingsplan 2024",
            "",
            "Tiltak 2.1 Ny nettside for vennskapsbyene",
            "Gjennomført",
            "",
            "Tiltak 2.2 Ungdomsutveksling",
            "Pågår",
            "",
            "Tiltak 2.3 Næringsdelegasjon",
            "Ikke startet",
        ),
        [
            ("2.1", "Ny nettside for vennskapsbyene", "completed"),
            ("2.2", "Ungdomsutveksling", "in_progress"),
            ("2.3", "Næringsdelegasjon", "not_started"),
        ],
    ),
    (
        "da",
        text_of(
            "Status på handleplanen",
            "Handling 1 Fælles kulturnat",
            "Afsluttet",
            "Handling 2 Lærerudveksling",
            "Sat i bero",
        ),
        [("1", "Fælles kulturnat", "completed"), ("2", "Lærerudveksling", "paused")],
    ),
    (
        "nn",
        text_of(
            "Oppfølging av handlingsplanen",
            "Tiltak 1 Felles reiselivsportal",
            "Pågår",
            "Tiltak 2 Ungdomsleir",
            "Avlyst",
        ),
        [("1", "Felles reiselivsportal", "in_progress"), ("2", "Ungdomsleir", "cancelled")],
    ),
    (
        "nl",
        text_of(
            "Voortgang actieplan",
            "Actie 3 Europaloket",
            "Afgerond",
            "Actie 4 Stagebureau",
            "Nog niet gestart",
        ),
        [("3", "Europaloket", "completed"), ("4", "Stagebureau", "not_started")],
    ),
    (
        "da",
        text_of(
            "Opfølgning",
            "Indsats 4 Sprogcafé",
            "I gang",
            "Indsats 5 Sommerskole",
            "Gennemført",
            "Indsats 6 Fælles app",
            "Ikke påbegyndt",
        ),
        [("4", "Sprogcafé", "in_progress"), ("5", "Sommerskole", "completed"), ("6", "Fælles app", "not_started")],
    ),
]

GROUPED = [
    (
        "nb",
        text_of(
            "Kommunestyret får her status for tiltakene i planen.",
            "Gjennomført",
            "Tiltak 1 Ny kai",
            "Tiltak 3 Ny nettside",
            "Pågår",
            "Tiltak 2 Sykkelvei",
        ),
        [("1", "Ny kai", "completed"), ("3", "Ny nettside", "completed"), ("2", "Sykkelvei", "in_progress")],
    ),
]

THEMES = [
    (
        "nl",
        text_of(
            "Voortgang Werkplan Stedenband 2024",
            "Thema 1 Onderwijs",
            "1a Uitwisseling leerkrachten: afgerond",
            "1b Digitale klas: loopt",
            "Thema 2 Cultuur",
            "2a Muziekfestival: geschrapt",
        ),
        [
            ("1a", "Uitwisseling leerkrachten", "completed"),
            ("1b", "Digitale klas", "in_progress"),
            ("2a", "Muziekfestival", "cancelled"),
        ],
    ),
    (
        "da",
        text_of(
            "Status på indsatserne",
            "Fokusområde B – Erhverv",
            "B1 Fælles messe: afsluttet",
            "B2 Netværk for iværksættere: i gang",
        ),
        [("B1", "Fælles messe", "completed"), ("B2", "Netværk for iværksættere", "in_progress")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), BELOW + GROUPED + THEMES)
def test_status_lines_and_theme_headings(language, text, expected):
    assert rows(text, language) == expected
