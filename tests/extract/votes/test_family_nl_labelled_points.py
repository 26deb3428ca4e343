"""Family (nl, NL and BE): a vote label line names no subject of its own ("Stemmingen over het punt",
"Stemming over het raadsvoorstel", "Stemming over punt 7"): the vote under it is about the agenda point,
its title. A decision sentence under a lone "Besluit" / "Artikel 1" label written in the passive ("De
aanpassing van het meerjarenplan nr. 1 wordt vastgesteld.") is about the point too, and the vote line
below it gives that one row its counts and parties. All sentences are written for these tests.
"""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import votes

DUTCH = (
    "Gemeenteraad Wageningen\n\nvergadering van dinsdag 9 april 2024\n\n"
    "Agendapunt 7 Klimaatadaptatiestrategie 2024-2030\n\n"
)
TITLE = "Klimaatadaptatiestrategie 2024-2030"


@pytest.mark.parametrize(
    ("body", "votes_for", "votes_against"),
    [
        ("Stemmingen over het punt\n\nHet voorstel wordt aangenomen met 20 stemmen voor en 9 tegen.\n", 20, 9),
        ("Stemming over het agendapunt:\n\nHet raadsvoorstel is aangenomen met 21 stemmen voor en 8 tegen.\n", 21, 8),
        (
            "Stemmingen over het raadsvoorstel\n\nDe raad besluit conform met 18 stemmen voor en 11 tegen.\n",
            18,
            11,
        ),
        ("Stemming over punt 7\n\nAangenomen met 25 stemmen voor en 4 tegen.\n", 25, 4),
        ("**Stemming over het besluit**\n\nHet besluit wordt aangenomen met 22 stemmen voor en 7 tegen.\n", 22, 7),
        ("Stemming over het voorstel\n\nHet voorstel is unaniem aangenomen.\n", None, 0),
    ],
)
def test_a_vote_under_a_label_naming_the_point_is_about_the_point_title(body, votes_for, votes_against):
    (row,) = votes(DUTCH + body, "nl")
    assert (row.subject, row.outcome, row.votes_for, row.votes_against) == (TITLE, "adopted", votes_for, votes_against)


def test_a_label_line_under_a_long_paragraph_stays_a_label():
    text = DUTCH + (
        "De wethouder licht het voorstel toe. De fracties van GroenLinks, D66 en VVD voeren het woord over de "
        "kosten van de maatregelen en de planning.\nStemmingen over het punt\n"
        "Het voorstel wordt aangenomen met 20 stemmen voor en 9 tegen.\n"
    )
    (row,) = votes(text, "nl")
    assert (row.subject, row.votes_for, row.votes_against) == (TITLE, 20, 9)


def test_a_vote_explanation_is_no_label():
    text = DUTCH + (
        "Stemmingsverklaring VVD: wij stemmen tegen omdat de kosten te hoog zijn.\n\n"
        "Het voorstel wordt aangenomen met 20 stemmen voor en 9 tegen.\n"
    )
    (row,) = votes(text, "nl")
    assert row.subject == TITLE  # the outcome names only the case


def test_a_label_naming_a_members_proposal_is_no_point_label():
    text = DUTCH + (
        "Amendement ingediend door raadslid An Peeters (Groen): de bijdrage wordt verlaagd.\n\n"
        "Stemming over het amendement\n\nVerworpen met 6 stemmen voor en 23 stemmen tegen.\n"
    )
    (row,) = votes(text, "nl")
    assert (row.proposer, row.proposer_party, row.outcome) == ("An Peeters", "Groen", "rejected")


FLEMISH = (
    "Gemeente Zonnebeke\nNotulen gemeenteraad\nZitting van maandag 27 januari 2025\n\n"
    "4. 2025_GR_00041 - Meerjarenplan en belastingen - aanpassing\n\n"
)
POINT = "Meerjarenplan en belastingen - aanpassing"


@pytest.mark.parametrize(
    ("body", "votes_for", "votes_against", "against"),
    [
        (
            "Besluit\nDe aanpassing van het meerjarenplan 2026-2031 nr. 1 wordt vastgesteld.\n\n"
            "Stemming: 20 stemmen voor (N-VA, Vooruit), 9 stemmen tegen (Vlaams Belang)\n",
            20,
            9,
            {"Vlaams Belang": 9},
        ),
        (
            "Artikel 1\nDe geplande verhoging van de aanvullende personenbelasting wordt geschrapt.\n\n"
            "Stemming: met 17 stemmen voor en 12 tegen\n",
            17,
            12,
            None,
        ),
        (
            "Besluit\nHet retributiereglement op het gebruik van de sporthal wordt gewijzigd zoals in bijlage.\n\n"
            "Stemming: 22 stemmen voor, 7 stemmen tegen (Groen)\n",
            22,
            7,
            {"Groen": 7},
        ),
        (
            "Artikel 1\nDe subsidie van 5.000 euro aan vzw De Kade wordt toegekend.\n\n"
            "Stemming: met algemeenheid van stemmen\n",
            None,
            0,
            None,
        ),
        (
            "Besluit\nDe jaarrekening 2025 van het OCMW wordt goedgekeurd.\n\n"
            "Stemming: 19 stemmen voor, 10 stemmen tegen (6 N-VA, 4 Vlaams Belang)\n",
            19,
            10,
            {"N-VA": 6, "Vlaams Belang": 4},
        ),
        (
            "Besluit:\nDe tarieven voor 2027 worden aangepast volgens het schema in bijlage.\n\n"
            "Stemming: 25 stemmen voor en 4 stemmen tegen\n",
            25,
            4,
            None,
        ),
    ],
)
def test_a_passive_decision_under_a_lone_label_is_the_point_with_its_vote(body, votes_for, votes_against, against):
    (row,) = votes(FLEMISH + body, "nl")
    assert (row.subject, row.outcome, row.votes_for, row.votes_against) == (POINT, "adopted", votes_for, votes_against)
    assert (json.loads(row.against_parties) if row.against_parties else None) == against


def test_a_rejected_amendment_under_a_lone_label_keeps_its_own_sentence():
    body = (
        "Besluit\nHet amendement van raadslid Els Maes wordt verworpen.\n\n"
        "Stemming: 9 stemmen voor en 20 stemmen tegen\n"
    )
    (row,) = votes(FLEMISH + body, "nl")
    assert (row.subject, row.outcome) == ("Het amendement van raadslid Els Maes wordt verworpen", "rejected")
