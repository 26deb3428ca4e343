"""A Flemish point whose vote is on postponing it ("Stemming over het verdagen: eenparig", "Stemming over de
verdaging: unaniem", "Stemming over het uitstel van dit punt: eenparig") and whose decision postpones it ("Artikel 1.
Het punt wordt verdaagd naar ...") records one vote: postponed, unanimous. A unanimous vote on the draft decision
("Stemming over het ontwerpbesluit: eenparig") still adopts the point."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Notulen gemeenteraad\nZitting van maandag 19 oktober 2026\n\n5. Reglement op de speelpleinwerking\n"


@pytest.mark.parametrize(
    "body",
    [
        "Stemming over het verdagen: eenparig\nBesluit\nArtikel 1. Het punt wordt verdaagd naar de zitting van 16 "
        "november 2026.\n",
        "De voorzitter stelt voor het advies van de jeugdraad af te wachten.\nStemming over de verdaging: unaniem\n"
        "Besluit\nArtikel 1. De gemeenteraad verdaagt het punt.\n",
        "Stemming over het uitstel van dit punt: eenparig\nBesluit\nArtikel 1. De behandeling van het punt wordt "
        "uitgesteld tot na de zomer.\n",
        "Stemming over het aanhouden: eenparig.\nBesluit\nArtikel 1. Het punt wordt aangehouden.\n",
        "Stemming over het verdagen: eenparig\n",
    ],
)
def test_a_unanimous_vote_to_postpone_is_one_postponed_row(body) -> None:
    rows = votes(HEAD + body, "nl")
    assert [(r.case_number, r.outcome, r.unanimous) for r in rows] == [("5", "postponed", True)]


def test_a_unanimous_vote_on_the_draft_decision_adopts() -> None:
    body = "Stemming over het ontwerpbesluit: eenparig\nBesluit\nArtikel 1. Het reglement wordt vastgesteld.\n"
    rows = votes(HEAD + body, "nl")
    assert [(r.case_number, r.outcome, r.unanimous) for r in rows] == [("5", "adopted", True)]
