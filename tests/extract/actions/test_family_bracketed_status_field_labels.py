"""Family: a tracker's status field label dated or qualified in brackets ("Status (juni 2024):", "Framdrift
(per 31.12.2024):", "Stand van zaken (Q2 2024):"): still the item's status field, its value the status, never an
action of its own. A bracketed budget or date field gives no status. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import DONE_WORD, FIRST_TITLE, SECOND_TITLE, rows, text_of

# (language, action noun, status label, its bracket, first status word, expected status)
LABELS = [
    ("da", "Handling", "Status", "(juni 2024)", "Igangsat", "in_progress"),
    ("da", "Handling", "Status", "(pr. 1. maj 2024)", "Udskudt", "paused"),
    ("da", "Indsats", "Fremdrift", "(2024)", "Ikke påbegyndt", "not_started"),
    ("da", "Handling", "Status", "(31.12.2024)", "Aflyst", "cancelled"),
    ("da", "Indsats", "Status", "(efterår 2024)", "Delvist gennemført", "partly_completed"),
    ("nb", "Tiltak", "Status", "(juni 2024)", "Pågår", "in_progress"),
    ("nb", "Tiltak", "Framdrift", "(per 31.12.2024)", "Utsatt", "paused"),
    ("nb", "Tiltak", "Fremdrift", "(2024)", "Ikke startet", "not_started"),
    ("nb", "Tiltak", "Status", "(1. tertial 2024)", "Avlyst", "cancelled"),
    ("nb", "Tiltak", "Status", "(desember)", "Delvis gjennomført", "partly_completed"),
    ("nn", "Tiltak", "Status", "(juni 2024)", "Pågår", "in_progress"),
    ("nn", "Tiltak", "Framdrift", "(per 31.12.2024)", "Utsett", "paused"),
    ("nn", "Tiltak", "Status", "(2024)", "Ikkje starta", "not_started"),
    ("nn", "Tiltak", "Status", "(1. tertial 2024)", "Avlyst", "cancelled"),
    ("nn", "Tiltak", "Framdrift", "(desember)", "Forsinka", "in_progress"),
    ("nl", "Actie", "Status", "(juni 2024)", "Vertraagd", "in_progress"),
    ("nl", "Actie", "Stand van zaken", "(Q2 2024)", "On hold", "paused"),
    ("nl", "Actie", "Voortgang", "(per 1 juli 2024)", "Nog niet gestart", "not_started"),
    ("nl", "Actie", "Status", "(2024)", "Stopgezet", "cancelled"),
    ("nl", "Actie", "Status", "(peildatum 31-12-2024)", "Deels afgerond", "partly_completed"),
]


@pytest.mark.parametrize(("language", "noun", "label", "bracket", "word", "status"), LABELS)
def test_status_field_label_with_a_bracket_gives_the_items_status(
    language: str, noun: str, label: str, bracket: str, word: str, status: str
) -> None:
    text = text_of(
        f"{noun} 1: {FIRST_TITLE[language]}",
        f"{label} {bracket}: {word}",
        "",
        f"{noun} 2: {SECOND_TITLE[language]}",
        f"{label} {bracket}: {DONE_WORD[language]}",
    )
    assert rows(text, language) == [("1", FIRST_TITLE[language], status), ("2", SECOND_TITLE[language], "completed")]


LOOKALIKES = [
    ("da", "Handling", "Budget (2024): 200.000 kr.", "Status (2024): Gennemført"),
]


@pytest.mark.parametrize(("language", "noun", "other", "done"), LOOKALIKES)
def test_bracketed_budget_field_gives_no_status_of_its_own(language: str, noun: str, other: str, done: str) -> None:
    text = text_of(f"{noun} 1: {FIRST_TITLE[language]}", other, done)
    assert rows(text, language) == [("1", FIRST_TITLE[language], "completed")]


SUMMARIES = [
    ("da", "Status (juni 2024)", "Af planens 20 handlinger er 12 gennemført og 8 igangsat."),
    ("nb", "Status (per 31.12.2024)", "Av planens 20 tiltak er 12 fullført og 8 pågår."),
    ("nn", "Framdrift (2024)", "Av dei 20 tiltaka i planen er 12 fullførte og 8 i gang."),
    ("nl", "Stand van zaken (Q2 2024)", "Van de 20 acties zijn er 12 afgerond en 8 in uitvoering."),
]


@pytest.mark.parametrize(("language", "heading", "summary"), SUMMARIES)
def test_bracketed_status_heading_over_a_summary_gives_no_action(language: str, heading: str, summary: str) -> None:
    assert rows(text_of(heading, "", summary), language) == []
