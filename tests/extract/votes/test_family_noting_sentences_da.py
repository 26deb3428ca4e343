"""A Danish decision that only takes a matter for information in a sentence of its own ("Evalueringen blev
taget til orientering.", "Kommunalbestyrelsen tog årsberetningen til efterretning.") names the case by a
word standing for it: the row is about the case title, as a bare "Taget til efterretning." is
(models/votes/da.json `subjects.noted_refs`; gold noted rows: title 70, a noting sentence 10). A sentence
naming more than a document kind ("tog årsberetningen for 2025 til efterretning") keeps its words
(test_family_noted_decision_sentences.py). Look-alikes:
a decision approving the matter is no noting; a noting sentence in the case's background retells an earlier
meeting and gives no row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Teknik- og Miljøudvalget\nDato: 09.06.2026\n\nSag nr. 42 - Vinterbekæmpelse - evaluering af sæson 2025/26\n"


def _rows(decision: str) -> list[tuple[str | None, str]]:
    return [(r.subject, r.outcome) for r in votes(HEAD + "Beslutning:\n" + decision + "\n", "da")]


@pytest.mark.parametrize(
    "decision",
    [
        "Evalueringen blev taget til orientering.",
        "Udvalget tog evalueringen til efterretning.",
        "Teknik- og Miljøudvalget tager evalueringen til efterretning.",
        "Redegørelsen er taget til efterretning.",
        "Udvalget tog sæsonens evaluering til orientering.",
        "Evalueringen blev herefter taget til efterretning.",
        "Byrådet tog evalueringen til efterretning.",
        "Økonomiudvalget tager evalueringsrapporten til efterretning.",
    ],
)
def test_a_noting_sentence_is_about_the_case(decision):
    assert _rows(decision) == [("Vinterbekæmpelse - evaluering af sæson 2025/26", "noted")]


def test_a_decision_approving_the_matter_is_no_noting():
    rows = _rows("Udvalget besluttede at forlænge kontrakten med entreprenøren til 2027.")
    assert rows and all(outcome == "adopted" for _, outcome in rows)


def test_a_noting_sentence_in_the_background_gives_no_row():
    text = HEAD + "Sagsfremstilling:\nUdvalget tog den 4. marts 2025 sidste sæsons evaluering til efterretning.\n"
    assert votes(text, "da") == []
