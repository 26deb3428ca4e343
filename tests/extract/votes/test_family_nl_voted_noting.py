"""Family (nl, BE): Flemish minutes whose decision only takes note ("De gemeenteraad neemt kennis van het
jaarverslag 2025.") and record the vote on a line of their own ("Stemming: met algemeenheid van stemmen"):
taking note, voted or not, is `noted`, with the vote's unanimity and counts. A decision that notes and
decides more stays `adopted`. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Gemeente Zonnebeke\nNotulen gemeenteraad\nZitting van maandag 27 januari 2025\n\n"
    "4. 2025_GR_00041 - Jaarverslag en rapportering - kennisname\n\n"
)
TITLE = "Jaarverslag en rapportering - kennisname"


@pytest.mark.parametrize(
    ("body", "votes_for", "votes_against", "unanimous"),
    [
        (
            "Besluit\nDe gemeenteraad neemt kennis van het jaarverslag 2025.\n\n"
            "Stemming: met algemeenheid van stemmen\n",
            None,
            0,
            True,
        ),
        (
            "Besluit\nDe raad neemt akte van het ontslag van raadslid Jan Peeters als lid van de gemeenteraad.\n\n"
            "Stemming: met algemene stemmen\n",
            None,
            0,
            True,
        ),
        (
            "Besluit\nArtikel 1\nDe gemeenteraad neemt kennis van het verslag van de algemene vergadering van de "
            "intercommunale.\n\nStemming: 25 stemmen voor, 0 stemmen tegen\n",
            25,
            0,
            True,
        ),
        (
            "Besluit\nDe gemeenteraad neemt kennis van de opvolgingsrapportering over het eerste semester 2025.\n\n"
            "Stemming: 21 stemmen voor en 6 onthoudingen (Vlaams Belang)\n",
            21,
            None,
            None,
        ),
        (
            "Besluit\nDe gemeenteraad neemt unaniem kennis van de evaluatie van het mobiliteitsplan.\n\n"
            "Stemming: eenparig\n",
            None,
            0,
            True,
        ),
    ],
)
def test_a_noting_decision_with_a_vote_line_of_its_own_is_noted(body, votes_for, votes_against, unanimous):
    (row,) = votes(HEAD + body, "nl")
    assert (row.subject, row.outcome) == (TITLE, "noted")
    assert (row.votes_for, row.votes_against, row.unanimous) == (votes_for, votes_against, unanimous)


def test_an_inline_article_label_keeps_its_noting_sentence():
    body = (
        "Besluit\nEnig artikel: De gemeenteraad neemt kennis van de jaarrekening 2024 van de politiezone.\n\n"
        "Stemming: eenparig\n"
    )
    (row,) = votes(HEAD + body, "nl")
    assert (row.outcome, row.unanimous) == ("noted", True)


@pytest.mark.parametrize(
    "body",
    [
        "Besluit\nDe gemeenteraad neemt kennis van het jaarverslag 2025 en keurt de jaarrekening goed.\n\n"
        "Stemming: met algemeenheid van stemmen\n",
        "Besluit\nArtikel 1: De gemeenteraad neemt kennis van het advies van de jeugdraad.\n"
        "Artikel 2: De gemeenteraad keurt het reglement goed.\n\nStemming: eenparig\n",
    ],
)
def test_noting_beside_a_decision_stays_adopted(body):
    (row,) = votes(HEAD + body, "nl")
    assert (row.outcome, row.unanimous) == ("adopted", True)
