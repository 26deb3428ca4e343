"""Family: a sentence saying how a tied vote ended, or that the vote itself is held over, names nothing (nl).

Under an item, "Bij staking van stemmen is het voorstel verworpen (art. 34 Decreet Lokaal Bestuur)." or
"Conform artikel 32 van de Gemeentewet wordt de stemming aangehouden tot de volgende vergadering." is how the
item's vote ended, not what was voted on: the row is the item's (its title), with the outcome the sentence
gives. A sentence naming its own object ("De motie 'Gratis zwemles' wordt bij staking van stemmen verworpen")
keeps that object. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

NL_HEAD = "Besluitenlijst van de openbare vergadering van de gemeenteraad van dinsdag 6 oktober 2026\n\n"
BE_HEAD = "Besluitenlijst gemeenteraad\nZitting van maandag 18 mei 2026\n\n"
NL_ITEM = "5. Kaders nieuwe sporthal Terwolde\n"
BE_ITEM = "2026_GR_00065   Reglement toelage jeugdverenigingen – wijziging\n"


@pytest.mark.parametrize(
    ("head", "item", "body", "outcome"),
    [
        (
            BE_HEAD,
            BE_ITEM,
            "Verworpen\nStemresultaat: 12 ja-stemmen, 12 nee-stemmen\n"
            "Bij staking van stemmen is het voorstel verworpen (art. 34 Decreet Lokaal\nBestuur).",
            "rejected",
        ),
        (
            BE_HEAD,
            BE_ITEM,
            "Stemresultaat: 13 ja-stemmen, 13 neen-stemmen.\n"
            "Bij staking van stemmen wordt het ontwerpbesluit verworpen.",
            "rejected",
        ),
        (
            NL_HEAD,
            NL_ITEM,
            "De stemmen staken: 9 voor (Voorst Lokaal, CDA), 9 tegen (VVD, PvdA, D66).\n"
            "Conform artikel 32 van de Gemeentewet wordt de stemming aangehouden tot\nde volgende vergadering.",
            "postponed",
        ),
        (
            NL_HEAD,
            NL_ITEM,
            "De stemmen staken (14 voor, 14 tegen). Op grond van de Gemeentewet is de stemming aangehouden"
            " tot de volgende vergadering.",
            "postponed",
        ),
        (
            NL_HEAD,
            NL_ITEM,
            "Stemming: 15 voor, 15 tegen. Het voorstel is bij staking van stemmen verworpen.",
            "rejected",
        ),
    ],
)
def test_a_tie_or_held_vote_sentence_is_the_items_row(head: str, item: str, body: str, outcome: str) -> None:
    title = item.split(" ", 1)[1].strip()
    assert outcomes(head + item + body + "\n", "nl") == [(outcome, title)]


def test_a_tie_sentence_naming_its_motion_keeps_the_motion() -> None:
    text = (
        NL_HEAD
        + "7. Moties vreemd aan de orde\nDe motie 'Gratis zwemles' wordt bij staking van stemmen (13-13) verworpen.\n"
    )
    ((outcome, subject),) = outcomes(text, "nl")
    assert outcome == "rejected" and "Gratis zwemles" in subject
