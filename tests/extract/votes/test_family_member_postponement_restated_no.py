"""A member proposes to send the case back or put it off, the proposal is counted, and the decision line restates it
("Vedtak: Saka vert sendt attende.", "Vedtak: Saken utsettes."): one vote, the counted one, whatever layout. Two
members' different postponement proposals stay two rows. All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

_HEAD = {
    "nn": "Lidvik kommune\nSAKSPROTOKOLL - FORMANNSKAPET\n\n"
    "Møte:     Formannskapet\nDato:     onsdag 9. september 2026\n\n",
    "nb": "Åsvang kommune\nMØTEPROTOKOLL - FORMANNSKAPET\n\n"
    "Møte:     Formannskapet\nDato:     torsdag 5. mars 2026\n\n",
}


@pytest.mark.parametrize(
    ("language", "body", "counts"),
    [
        (
            "nn",
            "Sak 44/26 - Tilskot til ny ballbinge\n"
            "   Handsaming: Kari Dale (Sp) gjorde framlegg om at saka vert sendt\n"
            "   attende til administrasjonen for meir utgreiing.\n"
            "   Framlegget frå Dale vart vedteke med 4 mot 1 røyst (H).\n   Vedtak: Saka vert sendt attende.\n",
            [(4, 1)],
        ),
        (
            "nn",
            "Sak 44/26 - Tilskot til ny ballbinge\n   Handsaming: Kari Dale (Sp) gjorde framlegg om at saka vert utsett"
            " til neste møte.\n   Framlegget frå Dale vart vedteke med 4 mot 1 røyst (H).\n"
            "   Vedtak: Saka vert utsett.\n",
            [(4, 1)],
        ),
        (
            "nb",
            "Sak 19/26 - Ny brannstasjon\nBehandling: Tor Moen (H) fremmet forslag om at saken sendes tilbake til\n"
            "kommunedirektøren for ny kostnadsvurdering.\nForslaget fra Moen ble vedtatt med 5 mot 2 stemmer (Ap).\n"
            "Vedtak: Saken sendes tilbake.\n",
            [(5, 2)],
        ),
        (
            "nb",
            "Sak 19/26 - Ny brannstasjon\nBehandling: Tor Moen (H) fremmet forslag om at saken utsettes til\n"
            "neste møte.\nForslaget fra Moen ble vedtatt med 6 mot 1 stemme (SV).\nVedtak: Saken utsettes.\n",
            [(6, 1)],
        ),
        (
            "nn",
            "Sak 61/26 - Parkeringsføresegner\nHandsaming: Liv Rød (Ap) sette fram framlegg om at saka vert utsett\n"
            "til det ligg føre ei trafikkteljing.\nFramlegget frå Rød vart vedteke med 5 mot 2 røyster (FrP).\n"
            "Vedtak: Saka vert utsett.\n",
            [(5, 2)],
        ),
    ],
)
def test_a_counted_postponement_restated_is_one_vote(language: str, body: str, counts: list[tuple]) -> None:
    found = votes(_HEAD[language] + body, language)
    assert [(r.outcome, r.votes_for, r.votes_against) for r in found] == [("postponed", *c) for c in counts]


def test_two_members_postponement_proposals_stay_two_votes() -> None:
    body = (
        "Sak 19/26 - Ny brannstasjon\nBehandling: Tor Moen (H) fremmet forslag om at saken utsettes til juni.\n"
        "Forslaget fra Moen falt med 2 mot 5 stemmer.\n\n"
        "Eva Lund (SV) fremmet forslag om at saken sendes tilbake for ny vurdering.\n"
        "Forslaget fra Lund ble vedtatt med 4 mot 3 stemmer.\n"
    )
    found = votes(_HEAD["nb"] + body, "nb")
    assert [(r.proposer, r.votes_for, r.votes_against) for r in found] == [("Tor Moen", 2, 5), ("Eva Lund", 4, 3)]
