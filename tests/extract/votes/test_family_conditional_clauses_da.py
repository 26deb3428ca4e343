"""A Danish clause that makes something wait for a decision ("..., når det er godkendt af byrådet", "Når budgettet
er vedtaget, sendes det ...") states a condition, not a decision taken: no row, on a news page as in minutes, and
nothing for a pronoun to stand for. Look-alikes: the decision beside it keeps its row; a decision stated before a
'når' clause about something else is still a decision.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

NEWS = (
    "Nyheder fra Testby Kommune\nPubliceret torsdag den 25. juni 2026\n\n"
    "Testby Byråd holdt onsdag den 24. juni 2026 sit sidste møde før sommerferien.\n\n"
    "Årsrapport fra Ældrerådet\nByrådet tog Ældrerådets årsrapport 2025 til efterretning.\n\n"
    "LÆS OGSÅ\n› Sådan følger du byrådets møder live\n\n{line}\nKontakt: Kommunikation, tlf. 65 51 00 00\n"
)
MINUTES = (
    "Byrådet\nMødedato: 24-06-2026\n\n12. Lokalplan 88 for Havnefronten\nBeslutning\n"
    "Lokalplanen blev vedtaget med 20 stemmer for og 5 imod.\n{line}\n"
)
CONDITIONS = [
    "Referatet er først endeligt, når det er godkendt af byrådet.",
    "Tilskuddet udbetales, når regnskabet er godkendt af udvalget.",
    "Byggeriet kan begynde, når lokalplanen bliver endeligt vedtaget.",
    "Når budgettet er vedtaget, sendes det til Indenrigsministeriet.",
    "Aftalen gælder først, når den er godkendt af begge parter.",
]


@pytest.mark.parametrize("line", CONDITIONS)
def test_a_condition_on_a_news_page_is_no_decision(line):
    rows = [r.outcome for r in votes(NEWS.format(line=line), "da")]
    assert rows == ["noted"]


@pytest.mark.parametrize("line", CONDITIONS)
def test_a_condition_under_a_decision_adds_no_row(line):
    rows = [(r.case_number, r.outcome, r.votes_for) for r in votes(MINUTES.format(line=line), "da")]
    assert rows == [("12", "adopted", 20)]


def test_a_decision_before_a_clause_about_something_else_is_a_decision():
    text = NEWS.format(line="Byrådet godkendte desuden en ny cykelsti, når der er penge til den i budgettet.")
    rows = [r.outcome for r in votes(text, "da")]
    assert rows == ["noted", "adopted"]
