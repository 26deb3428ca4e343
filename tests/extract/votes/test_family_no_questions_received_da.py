"""A Danish question-time item whose decision field says no questions came in records no decision, however the
absence is worded: received, submitted or asked, before a deadline or not ("Der var ikke indkommet spørgsmål.",
"Ingen spørgsmål modtaget inden fristen.", "Spørgetiden blev ikke benyttet."). Look-alikes: a question time whose
questions were answered and then noted is noted; an item about questions that decides in its own words keeps it.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Kommunalbestyrelsen\nMødedato: 03-11-2026\n\n"
    "21. Godkendelse af dagsorden\nBeslutning i Kommunalbestyrelsen den 3. november 2026:\nGodkendt.\n\n"
    "22. {title}\nBeslutning i Kommunalbestyrelsen den 3. november 2026:\n"
)


def _rows(title: str, decision: str) -> list[tuple[str | None, str | None, str]]:
    text = HEAD.format(title=title) + decision + "\n"
    return [(r.case_number, r.subject, r.outcome) for r in votes(text, "da")][1:]


@pytest.mark.parametrize(
    "empty",
    [
        "Der var ikke indkommet spørgsmål.",
        "Ingen spørgsmål modtaget inden fristen.",
        "Der var ingen indkomne spørgsmål til mødet.",
        "Der er ikke modtaget spørgsmål fra borgerne.",
        "Ingen spørgsmål blev stillet.",
        "Der blev ikke stillet spørgsmål.",
        "Der var ingen spørgsmål indsendt til\nspørgetiden.",
        "Spørgetiden blev ikke benyttet.",
        "Ingen borgere havde anmeldt spørgsmål.",
    ],
)
def test_no_questions_received_records_no_decision(empty):
    assert _rows("Spørgetid for borgerne", empty) == []


def test_a_question_time_noted_is_noted():
    rows = _rows("Spørgetid for borgerne", "Borgmesteren besvarede spørgsmålene om trafikken. Taget til efterretning.")
    assert [(c, o) for c, _, o in rows] == [("22", "noted")]


def test_an_item_about_questions_deciding_in_its_own_words_keeps_it():
    rows = _rows("Regler for spørgetid", "Kommunalbestyrelsen godkendte de nye regler for spørgetid.")
    assert [(c, o) for c, _, o in rows] == [("22", "adopted")]
