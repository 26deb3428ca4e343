"""An agenda portal's printed export numbers each item plainly ("61  Godkendelse af dagsorden"), no dot, prefix or
rule, and writes the item's fields indented below it ("Sagsnr.:", "Indstilling:", "Beslutning <udvalg> den ...:").
A run of at least three such lines numbered in sequence (a closed item may be left out) is the item list itself:
each line opens its case, so each decision takes its item's number and title. Two plain-numbered lines alone may be a
count and a date, so they open nothing.

Look-alikes: two plain-numbered lines apart (a count, not an item list); a
strategy's numbered chapters above no decision give no row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

ITEMS = [
    (
        "Kultur- og Fritidsudvalget  >  Møde 04.02.2025  >  Referat\n\nMødedato:  tirsdag den 4. februar 2025\n\n"
        "21  Godkendelse af dagsorden\n    Beslutning Kultur- og Fritidsudvalget den 04-02-2025:\n    Godkendt.\n\n"
        "22  Tilskud til idrætsforeninger 2025\n    Sagsnr.: 25/0412\n"
        "    Beslutning Kultur- og Fritidsudvalget den 04-02-2025:\n    Godkendt med 5 stemmer mod 2.\n\n"
        "23  Status for biblioteksplanen\n    Sagsnr.: 24/9921\n"
        "    Beslutning Kultur- og Fritidsudvalget den 04-02-2025:\n    Til efterretning.\n"
    ),
    (
        "Referat - Kultur- og Fritidsudvalget\nMødedato: 04.02.2025\n\n"
        "21\tGodkendelse af dagsorden\nBeslutning i Kultur- og Fritidsudvalget den 4. februar 2025:\nGodkendt.\n\n"
        "22\tTilskud til idrætsforeninger 2025\nSags-id: 25/0412\n"
        "Beslutning i Kultur- og Fritidsudvalget den 4. februar 2025:\nGodkendt med 5 stemmer mod 2.\n\n"
        "23\tStatus for biblioteksplanen\n"
        "Beslutning i Kultur- og Fritidsudvalget den 4. februar 2025:\nTaget til efterretning.\n"
    ),
    (
        "Kultur- og Fritidsudvalget\nReferat af mødet 04-02-2025 kl. 16.30\n\n"
        "21   Godkendelse af dagsorden\n     Afgørelse Kultur- og Fritidsudvalget 04-02-2025:\n     Godkendt.\n"
        "22   Tilskud til idrætsforeninger 2025\n     Afgørelse Kultur- og Fritidsudvalget 04-02-2025:\n"
        "     Godkendt med 5 stemmer mod 2.\n"
        "23   Status for biblioteksplanen\n     Afgørelse Kultur- og Fritidsudvalget 04-02-2025:\n"
        "     Orienteringen blev taget til efterretning.\n"
    ),
]


@pytest.mark.parametrize("text", ITEMS)
def test_each_plain_numbered_item_decides_its_own_case(text: str) -> None:
    assert [r[:5] for r in vote_cells(text, "da")] == [
        ("21", "Godkendelse af dagsorden", "adopted", None, None),
        ("22", "Tilskud til idrætsforeninger 2025", "adopted", 5, 2),
        ("23", "Status for biblioteksplanen", "noted", None, None),
    ]


def test_a_run_with_a_closed_item_left_out_still_numbers_its_items() -> None:
    text = (
        "Teknik- og Miljøudvalget\nMødedato: 9. juni 2025\n\n"
        "104  Godkendelse af dagsorden\n    Beslutning Teknik- og Miljøudvalget den 09-06-2025:\n    Godkendt.\n\n"
        "105  Vejplan for Søndermarken\n    Beslutning Teknik- og Miljøudvalget den 09-06-2025:\n    Udsat.\n\n"
        "107  Klimatilpasning ved havnen\n    Beslutning Teknik- og Miljøudvalget den 09-06-2025:\n    Anbefales.\n"
    )
    assert [r[:3] for r in vote_cells(text, "da")] == [
        ("104", "Godkendelse af dagsorden", "adopted"),
        ("105", "Vejplan for Søndermarken", "postponed"),
        ("107", "Klimatilpasning ved havnen", "adopted"),
    ]


def test_two_plain_numbered_lines_open_no_case() -> None:
    text = (
        "Økonomiudvalget\nMødedato: 12. marts 2025\n\n"
        "12 Medlemmer var til stede ved mødets start.\nMødet blev ledet af formanden.\n\n"
        "14 Sager var sat på dagsordenen\nBeslutning:\nDagsordenen blev godkendt.\n"
    )
    assert [r[0] for r in vote_cells(text, "da")] in ([], [None])


def test_numbered_chapters_of_a_strategy_give_no_row() -> None:
    text = (
        "International strategi 2025-2028\n\n1  Indledning\nStrategien beskriver kommunens internationale arbejde.\n\n"
        "2  Mål og indsatser\nVi vil styrke samarbejdet med andre byer.\n\n"
        "3  Opfølgning\nStrategien evalueres årligt.\n"
    )
    assert vote_cells(text, "da") == []
