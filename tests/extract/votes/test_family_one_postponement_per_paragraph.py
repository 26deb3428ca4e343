"""A case put off is one decision however many sentences of one paragraph tell of it ("Saka vert utsett til neste
møte. Saka vert send attende til kommunedirektøren."): one postponed row. Two motions put off in one record are
two rows, and a postponement beside another vote keeps both."""

from __future__ import annotations

from tests.extract.votes.helpers import CASE, outcomes


def test_two_sentences_postponing_the_case_are_one_row():
    body = "Vedtak: Saka vert utsett til neste møte. Saka vert send attende til kommunedirektøren.\n"
    assert outcomes(CASE["nn"] + body, "nn") == [("postponed", "Budsjett 2024")]


def test_two_motions_put_off_stay_two_rows():
    text = (
        "Gemeenteraad\n\nvergadering van dinsdag 9 april 2024\n\nStemmingsuitslagen\n\n"
        "Motie M8 'Geen windturbines voor de kust' (PVV)\nDe motie is door de indiener aangehouden.\n\n"
        "Motie M9 'Betaald parkeren Velserbroek' (BBB)\nUitslag: de stemmen staakten (18 voor, 18 tegen)\n"
        "De motie wordt aangehouden tot de volgende vergadering.\n"
    )
    rows = outcomes(text, "nl")
    assert [o for o, _ in rows] == ["postponed", "postponed"]
    assert rows[0][1] != rows[1][1]


def test_a_postponement_beside_another_vote_keeps_both():
    body = "Vedtak: Saka vert utsett til neste møte. Framlegget frå Kari Li (H) om sal fall med 2 mot 7 røyster.\n"
    assert sorted(o for o, _ in outcomes(CASE["nn"] + body, "nn")) == ["postponed", "rejected"]
