"""A procedural proposal voted on by name ("Het voorstel tot verdaging wordt verworpen met 4 stemmen voor en 14
stemmen tegen.", "De voorzitter laat stemmen over het voorstel tot uitstel: ...") after a member asked for it
("Raadslid Pieter Cosyns (Groen) vraagt de verdaging van dit punt ...") is that proposal, named as written, moved by
the member who asked. Without a request above it no mover is guessed; a proposal of substance ("Het voorstel tot
aankoop van het perceel") is no procedural proposal."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

NL_HEAD = "Gemeenteraad\n\nvergadering van dinsdag 9 april 2024\n\nAgendapunt 7 – Nota grondbeleid 2026\n"
VL_HEAD = "Notulen gemeenteraad\n\nZitting van donderdag 12 maart 2026\n\n4. Aankoop perceel begraafplaats\n"


@pytest.mark.parametrize(
    ("text", "subject", "proposer", "party"),
    [
        (
            NL_HEAD + "De heer Jansen (VVD) stelt voor de behandeling uit te stellen. Het voorstel tot uitstel wordt "
            "verworpen met 10 stemmen voor en 17 stemmen tegen.\n",
            "Het voorstel tot uitstel",
            "Jansen",
            "VVD",
        ),
        (
            NL_HEAD + "Mevrouw De Boer (SP) verzoekt om verdaging van het agendapunt.\n"
            "Het voorstel tot verdaging wordt verworpen met 7 stemmen voor en 20 stemmen tegen.\n",
            "Het voorstel tot verdaging",
            "De Boer",
            "SP",
        ),
        (
            VL_HEAD + "Raadslid An Peeters (Groen) vraagt de verdaging van dit punt tot er\neen bodemonderzoek "
            "voorligt. Het voorstel tot verdaging wordt\nverworpen met 4 stemmen voor en 14 stemmen tegen.\n",
            "Het voorstel tot verdaging",
            "An Peeters",
            "Groen",
        ),
        (
            VL_HEAD + "Raadslid Tom Claes (N-VA) vraagt het punt uit te stellen tot het\nschattingsverslag er is. De "
            "voorzitter laat stemmen over het\nvoorstel tot uitstel: met 9 stemmen voor en 20 stemmen tegen "
            "verworpen.\n",
            "het voorstel tot uitstel",
            "Tom Claes",
            "N-VA",
        ),
        (
            VL_HEAD + "Schepen Els Maes (CD&V) vraagt de terugverwijzing naar de commissie.\n"
            "Het voorstel tot terugverwijzing wordt verworpen met 8 stemmen voor en 17 stemmen tegen.\n",
            "Het voorstel tot terugverwijzing",
            "Els Maes",
            "CD&V",
        ),
    ],
)
def test_a_procedural_proposal_is_moved_by_the_member_who_asked_for_it(text, subject, proposer, party):
    rows = [r for r in votes(text, "nl") if r.subject and "tot" in r.subject]
    assert [(r.subject, r.proposer, r.proposer_party, r.outcome) for r in rows] == [
        (subject, proposer, party, "rejected")
    ]


def test_without_a_request_above_no_mover_is_guessed():
    text = VL_HEAD + "Het voorstel tot verdaging wordt verworpen met 4 stemmen voor en 14 stemmen tegen.\n"
    rows = votes(text, "nl")
    assert rows and all(r.proposer is None for r in rows)


def test_a_proposal_of_substance_is_no_procedural_proposal():
    text = (
        VL_HEAD + "Raadslid An Peeters (Groen) vraagt meer uitleg over de prijs.\n"
        "Het voorstel tot aankoop van het perceel wordt goedgekeurd met 14 stemmen voor en 4 stemmen tegen.\n"
    )
    assert all(r.proposer is None for r in votes(text, "nl"))
