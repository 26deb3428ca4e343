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


@pytest.mark.parametrize(
    "body",
    [
        "Forslagsstilleren, Maja Overgaard (Ø), trak forslaget inden\nbehandlingen.",
        "Forslagsstilleren, Jens Bak (V), trak sit forslag tilbage.",
        "Forslagsstiller, rådmand Ib Lund (C), tog sit forslag tilbage før afstemningen.",
        "Dansk Folkeparti v/ Ole Kjærgaard (O) trak forslaget inden behandlingen.",
        "Forslaget, som Venstre havde stillet, blev trukket tilbage.",
        "Enhedslistens forslag blev trukket tilbage af forslagsstilleren inden behandlingen.",
    ],
)
def test_a_mover_named_with_an_apposition_or_an_owner_withdraws_no_decision(body):
    """The mover or the proposal named with commas around a name, a "v/" or a genitive owner: still no row."""
    assert _rows(body) == []


def test_an_apposition_mover_withdrawing_an_amendment_keeps_the_recommendations_vote():
    rows = _rows(
        "Forslagsstilleren, Jens Bak (V), trak sit ændringsforslag tilbage. Herefter blev indstillingen godkendt "
        "med 20 stemmer for og 3 imod."
    )
    assert rows == [(TITLE, "adopted", 20, 3)]


def test_an_approval_with_a_withdrawal_in_its_clause_keeps_the_approval():
    rows = _rows("Kommunalbestyrelsen godkendte indstillingen, idet Venstre, v/ Ib Lund (V), trak sit forslag tilbage.")
    assert [outcome for _, outcome, _, _ in rows] == ["adopted"]


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
