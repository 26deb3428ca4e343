"""Whole follow-up reports in the style of real ones (tests/extract/actions/documents, written for these
tests): a municipality heading, an introduction that talks about statuses in general, a table of
contents and a contact line around the listing. Only the listing's items are actions."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.actions.helpers import rows

DOCUMENTS = Path(__file__).parent / "documents"

EXPECTED = [
    (
        "da",
        "da-opfoelgning-byraadsbeslutninger.txt",
        [
            ("23/0412", "Ny trafikplan for midtbyen", "completed"),
            ("23/0877", "Flere pladser i dagtilbud", "in_progress"),
            ("23/1102", "Udvidelse af genbrugspladsen", "paused"),
        ],
    ),
    (
        "nb",
        "nb-vedtaksoppfolging.txt",
        [
            ("34/22", "Revidert trafikksikkerhetsplan", "completed"),
            ("51/22", "Utredning av ny skolestruktur", "in_progress"),
            ("12/23", "Nytt gatelys i Nordbyen", "paused"),
        ],
    ),
    (
        "nn",
        "nn-oppfolging-vedtak.txt",
        [("22/24", "Ny gangbru over elva", "in_progress"), ("31/24", "Gratis kulturskule for born", "completed")],
    ),
    (
        "nl",
        "nl-raadsinformatiebrief-moties.txt",
        [
            ("M2023-04", "Verkeersveiligheid rond scholen", "completed"),
            ("M2023-09", "Meer bomen in de binnenstad", "in_progress"),
            ("T2023-02", "Onderzoek naar een nieuw zwembad", "not_started"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "name", "expected"), EXPECTED)
def test_only_the_listing_of_a_whole_follow_up_report_gives_actions(language, name, expected):
    assert rows((DOCUMENTS / name).read_text(encoding="utf-8"), language) == expected
