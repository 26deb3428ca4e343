"""A Danish proposal its mover withdraws ("Forslagsstiller Bjarne Holm (O) trak forslaget.", "Venstre tog sit
forslag tilbage.") records no decision, as the passive "Forslaget blev trukket" does: no row. Look-alikes: a
withdrawn amendment beside the recommendation's own vote keeps that vote; a case the administration withdraws to
treat it later is postponed; "trak" about anything but a proposal ("trak på erfaringerne") is no withdrawal.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Kommunalbestyrelsen\nMødedato: 26-02-2026\n\nPunkt 35  Forslag fra Dansk Folkeparti om gratis busser\n\n"
    "Beslutning i Kommunalbestyrelsen den 26. februar 2026:\n"
)
TITLE = "Forslag fra Dansk Folkeparti om gratis busser"


def _rows(body: str) -> list[tuple]:
    return [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in votes(HEAD + body + "\n", "da")]


@pytest.mark.parametrize(
    "body",
    [
        "Forslagsstiller Bjarne Holm (O) trak forslaget.",
        "Enhedslisten trak forslaget tilbage inden afstemningen.",
        "Forslagsstilleren trak sit forslag tilbage.",
        "Mette Holm (F) tog sit forslag tilbage.",
        "Venstre trækker forslaget.",
        "Ansøger trak ansøgningen tilbage før mødet.",
        "Borgmesteren trak sagen af dagsordenen.",
    ],
)
def test_a_proposal_withdrawn_by_its_mover_is_no_decision(body):
    assert _rows(body) == []


def test_a_withdrawn_amendment_beside_the_recommendations_vote_keeps_that_vote():
    rows = _rows(
        "Ø trak sit ændringsforslag tilbage. Herefter blev indstillingen godkendt med 20 stemmer for og 3 imod."
    )
    assert rows == [(TITLE, "adopted", 20, 3)]


def test_a_withdrawn_amendment_then_an_approval_keeps_the_approval():
    assert _rows("Venstre trak sit ændringsforslag tilbage. Indstillingen blev herefter godkendt.") == [
        (TITLE, "adopted", None, None)
    ]


def test_a_case_withdrawn_to_be_treated_later_is_postponed():
    assert _rows("Administrationen trak sagen, der behandles på næste møde.") == [(TITLE, "postponed", None, None)]


def test_drawing_on_experience_is_no_withdrawal():
    rows = _rows("Kommunalbestyrelsen trak på erfaringerne fra Aarhus og godkendte forslaget.")
    assert [outcome for _, outcome, _, _ in rows] == ["adopted"]
