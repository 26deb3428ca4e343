"""A decision table above the items whose cell points below ("Vedteke, sjå under", "Vedtatt, se nedenfor",
"Godkendt, se afstemning nedenfor", "Aangenomen, zie hieronder") to a record of several votes (an amendment,
then the rest; point by point): each of those votes is a row and the pointing row adds none. One vote below
under the item's own header names what it decided ("Innstillingen"), and so is the row too, with its counts, as is a
record below naming its votes whatever the cell says (test_family_items_listed_then_recorded_in_full_no.py); a
note line under the table ("Ad 13/26: ...") only explains the row, which stays the item's row."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Kommunestyret\n\nMøtedato: 18.06.2026\n\n",
    "nn": "Heradsstyret\n\nMøtedato: 18.06.2026\n\n",
    "da": "Byrådet\n\nMødedato: 18. juni 2026\n\n",
    "nl": "Gemeenteraad\n\nvergadering van donderdag 18 juni 2026\n\n",
}


def _minutes(language: str, number: str, title: str, cell: str, record: str) -> str:
    table = f"| Sak | Tittel | Vedtak |\n|---|---|---|\n| {number} | {title} | {cell} |\n| 99 | Referatsaker | - |\n\n"
    return HEAD[language] + table + record


@pytest.mark.parametrize(
    ("language", "number", "title", "cell", "record", "counts"),
    [
        (
            "nn",
            "13/26",
            "Reglement for kulturmidlar",
            "Vedteke, sjå under",
            "Sak 13/26 Reglement for kulturmidlar\nHandsaming:\nFramlegget frå Senterpartiet vart vedteke med"
            " 5 mot 4 røyster.\nInnstillinga elles vart samrøystes vedteken.\n",
            [(5, 4), (None, 0)],
        ),
        (
            "nb",
            "41/26",
            "Budsjett 2027",
            "Vedtatt, se nedenfor",
            "Sak 41/26 Budsjett 2027\nBehandling:\nForslaget fra Høyre ble forkastet med 12 mot 23 stemmer.\n"
            "Innstillingen ble deretter vedtatt med 25 mot 10 stemmer.\n",
            [(12, 23), (25, 10)],
        ),
        (
            "nn",
            "7/26",
            "Trafikktryggingsplan",
            "Vedteke, sjå handsaming nedanfor",
            "Sak 7/26 Trafikktryggingsplan\nHandsaming:\nTilleggsframlegget frå Raudt fall med 3 mot 18 røyster.\n"
            "Tilrådinga vart vedteken med 17 mot 4 røyster.\n",
            [(3, 18), (17, 4)],
        ),
        (
            "nb",
            "22/26",
            "Skolebruksplan 2027-2035",
            "Vedtatt, se votering nedenfor",
            "Sak 22/26 Skolebruksplan 2027-2035\nVotering:\n"
            "Endringsforslaget fra SV ble forkastet med 6 mot 19 stemmer.\n"
            "Innstillingen ble vedtatt med 19 mot 6 stemmer.\n",
            [(6, 19), (19, 6)],
        ),
        (
            "nb",
            "30/26",
            "Gebyrer 2027",
            "Vedtatt, se nedenfor",
            "Sak 30/26 Gebyrer 2027\nBehandling:\nForslaget fra Frp ble forkastet med 4 mot 21 stemmer.\n"
            "Innstillingen ble enstemmig vedtatt.\n",
            [(4, 21), (None, 0)],
        ),
    ],
)
def test_a_pointing_row_yields_to_the_votes_below(language, number, title, cell, record, counts):
    rows = [r for r in votes(_minutes(language, number, title, cell, record), language) if r.case_number == number]
    assert [(r.votes_for, r.votes_against) for r in rows] == counts
    assert title not in [r.subject for r in rows]


def test_one_vote_below_naming_the_recommendation_is_the_row():
    record = "Sak 41/26 Budsjett 2027\nBehandling:\nInnstillingen ble vedtatt med 25 mot 10 stemmer.\n"
    rows = [r for r in votes(_minutes("nb", "41/26", "Budsjett 2027", "Vedtatt, se nedenfor", record), "nb")]
    assert [(r.case_number, r.subject, r.votes_for, r.votes_against) for r in rows] == [
        ("41/26", "Innstillingen", 25, 10)
    ]


def test_a_row_pointing_nowhere_stays_the_items_row():
    record = (
        "Merknader\nAd 13/26: Framlegget frå Senterpartiet vart vedteke med"
        " 5 mot 4 røyster. Innstillinga elles vart samrøystes vedteken.\n"
    )
    rows = votes(_minutes("nn", "13/26", "Reglement for kulturmidlar", "Vedteke", record), "nn")
    assert [(r.case_number, r.subject) for r in rows] == [("13/26", "Reglement for kulturmidlar")]
