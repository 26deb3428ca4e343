"""A status cell made stale by its row's comment (snippets written for these tests): a comment that
opens with a final state ("Afsluttet i maj 2024.", "Trukket av forslagsstiller.") overrules "I gang";
a comment about waiting or about a sub-step ("Afventer svar", "Udbud afsluttet") leaves the cell."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

TABLES = [
    (
        "da",
        "Status for handleplanen\nHandling\tStatus\tBemærkning\nNy legeplads\tI gang\tAfsluttet i maj 2024.\n"
        "Ny cykelsti\tI gang\tAfventer svar fra regionen.\nNy hal\tI gang\tUdbud afsluttet.",
        [(None, "Ny legeplads", "completed"), (None, "Ny cykelsti", "in_progress"), (None, "Ny hal", "in_progress")],
    ),
    (
        "nb",
        "Oppfølging av vedtak\nSak\tVedtak\tStatus\tKommentar\n24/1\tNy gapahuk\tPågår\tFerdigstilt i juni.\n"
        "24/2\tNy bru\tIkke startet\tTrukket av forslagsstiller.\n24/3\tNy hall\tPågår\tAnbud avsluttet.",
        [("24/1", "Ny gapahuk", "completed"), ("24/2", "Ny bru", "cancelled"), ("24/3", "Ny hall", "in_progress")],
    ),
    (
        "nn",
        "Oppfølging av vedtak\nSak\tVedtak\tStatus\tMerknad\n24/1\tNy gapahuk\tPågår\tFerdigstilt i juni.\n"
        "24/2\tNy bru\tIkkje starta\tTrekt av forslagsstillar.\n24/3\tNy hall\tPågår\tVentar på tilskot.",
        [("24/1", "Ny gapahuk", "completed"), ("24/2", "Ny bru", "cancelled"), ("24/3", "Ny hall", "in_progress")],
    ),
    (
        "nl",
        "Voortgang moties\nNr.\tMotie\tStatus\tToelichting\nM1\tMeer bankjes\tIn uitvoering\tAfgerond in mei 2024.\n"
        "M2\tNieuwe brug\tIn uitvoering\tIn afwachting van de provincie.\n"
        "M3\tSpeeltuin\tIn uitvoering\tAanbesteding afgerond.",
        [("M1", "Meer bankjes", "completed"), ("M2", "Nieuwe brug", "in_progress"), ("M3", "Speeltuin", "in_progress")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), TABLES)
def test_a_comment_opening_with_a_final_state_overrules_a_stale_cell(language, text, expected):
    assert rows(text, language) == expected
