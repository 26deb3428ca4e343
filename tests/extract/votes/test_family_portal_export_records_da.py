"""A Danish agenda portal's plain-text export writes each item as a record of 'Label: value' lines ("Punkt: 27" /
"Titel: ..." / "Sagsnr.: 26/114" / "Beslutning: Godkendt."). The "Punkt:" field opens the item's case as "Pkt.:" or
"Punkt nr.:" do, so each decision takes its own item's title; without it every decision took the last title. A
closed item's decision field that only says it is not public ("Ikke offentlig.") is no decision.

Look-alikes: "Punkt 4 Budget" without a colon stays a header of its own kind; a prose line naming a point ("Punkt 3
blev udsat") opens no case.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Eksport fra dagsordenportalen\nUdvalg: Kommunalbestyrelsen\nMøde: 03.03.2026 kl. 16:00\n\n"
RECORDS = [
    (
        "-----\nPunkt: 27\nTitel: Godkendelse af dagsorden\nSagsnr.: -\nBeslutning: Godkendt.\n-----\n"
        "Punkt: 28\nTitel: Lokalplan 112 for Nørrevang\nSagsnr.: 25/3310\nBeslutning: Godkendt med 15 stemmer mod 4.\n"
    ),
    (
        "Punkt: 27\nTitel: Godkendelse af dagsorden\nStatus: Afgjort\nBeslutning: Godkendt.\n\n"
        "Punkt: 28\nTitel: Lokalplan 112 for Nørrevang\nStatus: Afgjort\nIndstilling: Forvaltningen indstiller, at"
        " lokalplanen vedtages.\nBeslutning: Godkendt med 15 stemmer mod 4.\n"
    ),
    (
        "Punkt: 27\nEmne: Godkendelse af dagsorden\nAfgørelse: Godkendt.\n=====\n"
        "Punkt: 28\nEmne: Lokalplan 112 for Nørrevang\nAfgørelse: Godkendt med 15 stemmer mod 4.\n=====\n"
    ),
]


@pytest.mark.parametrize("records", RECORDS)
def test_each_record_decides_its_own_item(records: str) -> None:
    rows = vote_cells(HEAD + records, "da")
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in rows] == [
        ("27", "Godkendelse af dagsorden", "adopted", None, None),
        ("28", "Lokalplan 112 for Nørrevang", "adopted", 15, 4),
    ]


@pytest.mark.parametrize("closed", ["Ikke offentlig.", "Beslutningen er ikke offentlig.", "Ikke offentligt punkt."])
def test_a_closed_record_that_is_not_public_is_no_decision(closed: str) -> None:
    records = (
        "Punkt: 30\nTitel: Godkendelse af dagsorden\nBeslutning: Godkendt.\n-----\n"
        f"Punkt: 31\nTitel: Lukket punkt - Ejendomssag\nBeslutning: {closed}\n"
    )
    assert [r[0] for r in vote_cells(HEAD + records, "da")] == ["30"]
