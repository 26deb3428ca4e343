"""A bare hammer outcome after another sentence on the item's line ('Hamerstuk. Besluit: zonder stemming aangenomen.',
'Hamerstuk. Zonder stemming aangenomen.', 'Toelichting volgt. Als hamerstuk vastgesteld.') decides the item as it does
at the line's start: adopted, about the item's title. The words inside a longer sentence decide nothing."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Besluitenlijst van de openbare vergadering van de gemeenteraad\ngehouden op donderdag 29 januari 2026\n\n"
TITLE = "Raadsvoorstel Verordening maatschappelijke ondersteuning 2026"


def _rows(line: str) -> list[tuple]:
    return [(r.case_number, r.subject, r.outcome) for r in votes(f"{HEAD}Agendapunt 6 – {TITLE}\n{line}\n", "nl")]


@pytest.mark.parametrize(
    "line",
    [
        "Hamerstuk. Besluit: zonder stemming aangenomen.",
        "Hamerstuk. Zonder stemming aangenomen.",
        "Hamerstuk. Zonder hoofdelijke stemming vastgesteld.",
        "Toelichting volgt. Besluit: zonder stemming aangenomen.",
        "Geen sprekers. Als hamerstuk vastgesteld.",
        "Geen sprekers. Bij hamerslag goedgekeurd.",
    ],
)
def test_a_hammer_outcome_after_another_sentence_decides_the_item(line):
    assert _rows(line) == [("6", TITLE, "adopted")]


@pytest.mark.parametrize(
    "line",
    [
        "Het college heeft de verordening eerder zonder stemming aangenomen gezien.",
        "Vorig jaar werd een vergelijkbare verordening zonder stemming vastgesteld door de raad van Epe.",
    ],
)
def test_hammer_words_inside_a_longer_sentence_decide_nothing(line):
    assert _rows(line) == []
