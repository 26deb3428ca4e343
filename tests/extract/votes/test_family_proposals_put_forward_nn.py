"""Nynorsk treatments where a member or the administration puts a proposal forward in a sentence of its own
("Ordføraren gjorde framlegg om at saka vert utsett ...", "Rådmannen ba sjølv om at saka vert utsett ..."): the
proposal's words are no decision, even when they hold an outcome phrase ("saka vert utsett"); the vote on the
proposal below it, or the decision label, is the row. A decision that is not put forward by anyone stays a row."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, outcomes

PUT_FORWARD = [
    (
        "Handsaming:\nOrdføraren gjorde framlegg om at saka vert utsett til desembermøtet, slik at eldrerådet kan"
        " uttale seg.\nRøysting:\nUtsetjingsframlegget vart samrøystes vedteke.\n",
        [("postponed", "Utsetjingsframlegget")],
    ),
    (
        "Handsaming:\nLeiaren gjorde eit utsetjingsframlegg om at saka vert utsett til neste møte.\n"
        "Utsetjingsframlegget vart vedteke med 6 mot 1 røyst.\n",
        [("postponed", "Utsetjingsframlegget")],
    ),
    (
        "Handsaming:\nKari Nes (Sp) gjorde framlegg om at saka vert utsett til vårmøtet.\n"
        "Røysting: Utsetjingsframlegget vart vedteke med 9 mot 8 røyster.\n",
        [("postponed", "saka vert utsett til vårmøtet")],  # the named mover's proposal, in its words
    ),
    (
        "Handsaming: Rådmannen ba sjølv om at saka vert utsett, då\nStatens vegvesen har varsla motsegn.\n"
        "Vedtak: Saka vert utsett.\n",
        [("postponed", "Budsjett 2024")],
    ),
    (
        "Handsaming: Administrasjonen ba om at saka vert utsett til det ligg føre ny takst.\n"
        "Vedtak: Saka vert utsett.\n",
        [("postponed", "Budsjett 2024")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), PUT_FORWARD)
def test_a_proposal_put_forward_is_no_row_of_its_own(body, expected):
    assert outcomes(CASE["nn"] + body, "nn") == expected


def test_a_postponement_decided_without_a_proposal_stays_a_row():
    assert outcomes(CASE["nn"] + "Vedtak: Saka vert utsett til neste møte.\n", "nn") == [("postponed", "Budsjett 2024")]


def test_a_council_asking_someone_else_in_its_decision_is_no_proposal():
    body = "Vedtak: Kommunestyret ba om at fylkeskommunen vurderer ny busstrasé.\nRøysting: Samrøystes.\n"
    assert outcomes(CASE["nn"] + body, "nn") == [("adopted", "Budsjett 2024")]
