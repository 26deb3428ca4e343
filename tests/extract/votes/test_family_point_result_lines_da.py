"""A decision block that records one result per numbered point of the recommendation ("Punkt 1: Godkendt.",
"Pkt. 2: Enstemmigt vedtaget.") under the case's decision label: the line names a point of the case, not a new
case, so every row keeps the case's own number. A case header's title never opens with an outcome word.

Look-alikes: "Punkt 5: Godkendelse af regnskab 2025" and "Punkt 6: Udsatte boligområder" are case headers (a title
that only starts like an outcome word).
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = (
    "Byrådet\nMødedato: 14-04-2026\n\n17. Lokalplan 402 for Havnefronten\nIndstilling:\n"
    "  1. at lokalplanforslaget vedtages,\n  2. at der holdes borgermøde i høringsperioden.\n\n"
)

POINTS = [
    "Beslutning:\nPunkt 1: Godkendt.\nPunkt 2: Enstemmigt godkendt.\n",
    "Beslutning i Byrådet den 14-04-2026:\nPunkt 1: Godkendt.\nPunkt 2: Godkendt.\n",
    "Beslutning:\nPkt. 1: Vedtaget.\nPkt. 2: Vedtaget.\n",
    "Beslutning:\nPunkt 1: Anbefales.\nPunkt 2: Anbefales.\n",
    "Afgørelse:\nPunkt 1 - Godkendt.\nPunkt 2 - Tiltrådt.\n",
]


@pytest.mark.parametrize("block", POINTS)
def test_point_result_lines_stay_in_their_case(block: str) -> None:
    rows = vote_cells(HEAD + block, "da")
    assert [(r[0], r[2]) for r in rows] == [("17", "adopted"), ("17", "adopted")]


def test_point_results_in_a_bracketed_export_after_a_committee_step() -> None:
    text = (
        "Udvalg: Kommunalbestyrelsen\nMødedato: 22-04-2026\n###\n[61] Lokalplan 77 for Skovbrynet\nIndstilling:\n"
        "  1. at lokalplanforslaget vedtages,\n  2. at der holdes borgermøde.\n\n"
        "Beslutning i Økonomiudvalget den 14-04-2026, pkt. 40:\nAnbefales.\n\n"
        "Beslutning i Kommunalbestyrelsen den 22-04-2026:\nPunkt 1: Godkendt.\nPunkt 2: Enstemmigt godkendt.\n###\n"
    )
    assert [r[0] for r in vote_cells(text, "da")] == ["40", "61", "61"]


@pytest.mark.parametrize("title", ["Godkendelse af regnskab 2025", "Udsatte boligområder"])
def test_titles_that_start_like_an_outcome_are_case_headers(title: str) -> None:
    text = f"Byrådet\nMødedato: 14-04-2026\n\nPunkt 5: {title}\nBeslutning:\nGodkendt.\n"
    assert [(r[0], r[1]) for r in vote_cells(text, "da")] == [("5", title)]
