"""A short page whose lines were joined when it was unwrapped: the item's heading with its report run
onto it ("Ny frivilligsentral Arbeidet er ikkje starta.") is split again, at the last capital that
opens a sentence about the item with a status, so a name in the heading stays in the title (snippets
written for these tests). Table rows and list items are never split."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

CASES = [
    (
        "nn",
        "Rapportering 2024\n\n"
        "Innsats 2.1 Fleire lærlingar i kommunen\nTiltaket er gjennomført, og åtte lærlingar er tilsette.\n\n"
        "Innsats 2.2 Ny frivilligsentral\nArbeidet er ikkje starta.",
        [("2.1", "Fleire lærlingar i kommunen", "completed"), ("2.2", "Ny frivilligsentral", "not_started")],
    ),
    (
        "nn",
        "Rapportering 2024\n\n"
        "Ny bru over Storelva\nBrua vart opna i mai.\n\nNy frivilligsentral i Nordbygda\n"
        "Arbeidet er ikkje starta.",
        [(None, "Ny bru over Storelva", "completed"), (None, "Ny frivilligsentral i Nordbygda", "not_started")],
    ),
    (
        "nb",
        "Rapportering 2024\n\n"
        "Tiltak 3.1 Flere lærlinger i kommunen\nTiltaket er gjennomført, og åtte lærlinger er ansatt.\n\n"
        "Tiltak 3.2 Ny frivilligsentral\nArbeidet er ikke startet.",
        [("3.1", "Flere lærlinger i kommunen", "completed"), ("3.2", "Ny frivilligsentral", "not_started")],
    ),
    (
        "da",
        "Afrapportering 2024\n\n"
        "Handling 1.1 Flere lærlinge i kommunen\nIndsatsen er gennemført, og otte lærlinge er ansat.\n\n"
        "Handling 1.2 Nyt frivilligcenter\nArbejdet er ikke påbegyndt.",
        [("1.1", "Flere lærlinge i kommunen", "completed"), ("1.2", "Nyt frivilligcenter", "not_started")],
    ),
    (
        "nl",
        "Voortgang 2024\n\n"
        "Actie 1.1 Meer leerwerkplekken bij de gemeente\nDeze actie is afgerond met acht nieuwe plekken.\n\n"
        "Actie 1.2 Nieuw vrijwilligerspunt\nHet project is nog niet gestart.",
        [
            ("1.1", "Meer leerwerkplekken bij de gemeente", "completed"),
            ("1.2", "Nieuw vrijwilligerspunt", "not_started"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_report_run_onto_its_heading_is_split_off(language, text, expected):
    assert rows(text, language) == expected


def test_a_table_row_is_not_split():
    text = "Status for handleplanen\nHandling\tStatus\tBemærkning\nNy legeplads\tI gang\tAfsluttet i maj 2024.\n"
    assert rows(text, "da") == [(None, "Ny legeplads", "completed")]
