"""A Danish committee step whose decision is only its outcome names nothing of its own: "Udsat. Udvalget
ønsker ..." postpones the case (its title; the reason is no subject), and "Anbefales, jf. Børne- og
Familieudvalgets indstilling." recommends the case as an earlier step did (a "jf." reference is no
subject either, and its stop ends no decision); so does a step sending the case back in words of its own.
Look-alike: a decision naming what it adopts keeps its words.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Byrådet\nMødedato: 22-09-2026\n\n4. Anlægsbevilling - ny hal 4\nSagsnr.: 26/1733\n\n"
TITLE = "Anlægsbevilling - ny hal 4"


def _rows(body: str) -> list[tuple[str | None, str | None, str]]:
    return [(r.body, r.subject, r.outcome) for r in votes(HEAD + body, "da")]


@pytest.mark.parametrize(
    ("step", "outcome"),
    [
        ("Udsat. Udvalget ønsker et revideret driftsbudget for hallen.", "postponed"),
        ("Udsat.", "postponed"),
        ("Udsat. Sagen genoptages på næste møde.", "postponed"),
        ("Anbefales, jf. Børne- og Familieudvalgets indstilling.", "adopted"),
        ("Godkendt, jf. indstillingen.", "adopted"),
        ("Anbefales jf. bilag 2.", "adopted"),
    ],
)
def test_a_step_naming_only_its_outcome_is_about_the_case(step, outcome):
    rows = _rows(f"Beslutning Kultur- og Fritidsudvalget den 02-09-2026\n{step}\n")
    assert rows == [("Kultur- og Fritidsudvalget", TITLE, outcome)]


def test_a_send_back_with_words_of_its_own_is_about_the_case():
    rows = _rows(
        "Beslutning i Kultur- og Fritidsudvalget den 02-09-2026\nSagen sendes tilbage til forvaltningen med "
        "henblik på et revideret driftsbudget.\n"
    )
    assert rows == [("Kultur- og Fritidsudvalget", TITLE, "postponed")]


def test_a_decision_naming_what_it_adopts_keeps_its_words():
    rows = _rows("Beslutning Byrådet den 22-09-2026\nBudgetforliget blev godkendt med 23 stemmer for og 4 imod.\n")
    assert [(s, o) for _, s, o in rows] == [("Budgetforliget", "adopted")]
