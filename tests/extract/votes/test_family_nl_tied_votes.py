"""Dutch tied votes written as a result field ("Uitslag: de stemmen staakten (18 voor, 18 tegen)"): under
article 32 of the Gemeentewet the vote is reopened at the next meeting, so the row is postponed and keeps
the tie's counts; the motion above it keeps its own. A tie the chair decided, or a Flemish tie that rejects
the proposal, is no postponement.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Gemeenteraad\n\nvergadering van donderdag 8 oktober 2026\n\nAgendapunt 9 – Moties\n\n"
ABOVE = "Motie M3 'Bankjes in het park' (CDA)\nUitslag: aangenomen (29 voor, 0 tegen)\n\n"


@pytest.mark.parametrize(
    ("motion", "counts"),
    [
        ("Motie M4 'Gratis zwemles' (SP)\nUitslag: de stemmen staakten (14 voor, 14 tegen)\n", (14, 14)),
        (
            "Motie M4 'Gratis zwemles' (SP)\nStemuitslag: staking van stemmen (13 voor, 13 tegen). Conform artikel 32 "
            "van de Gemeentewet wordt de stemming in de volgende vergadering heropend.\n",
            (13, 13),
        ),
        ("Motie M4 'Gratis zwemles' (SP)\nResultaat: stemmen staken (11 voor, 11 tegen)\n", (11, 11)),
        ("Motie M4 'Gratis zwemles' (SP)\nUitslag: De stemmen staakten.\nDe stemming wordt heropend.\n", (None, None)),
        ("Amendement A2 'Minder parkeren' (D66)\nStemming: staking van de stemmen (12 voor, 12 tegen)\n", (12, 12)),
    ],
)
def test_a_tie_in_a_result_field_is_postponed_with_its_counts(motion: str, counts: tuple) -> None:
    rows = vote_cells(f"{HEAD}{ABOVE}{motion}", "nl")
    assert [(r[2], r[3], r[4]) for r in rows] == [("adopted", 29, 0), ("postponed", *counts)]


@pytest.mark.parametrize(
    ("result", "outcome"),
    [
        ("Uitslag: aangenomen; bij staking van stemmen is de stem van de voorzitter beslissend", "adopted"),
        ("Uitslag: staking van stemmen, het voorstel is daarmee verworpen (14 voor, 14 tegen)", "rejected"),
    ],
)
def test_a_tie_decided_otherwise_is_not_postponed(result: str, outcome: str) -> None:
    rows = vote_cells(f"{HEAD}Motie M4 'Gratis zwemles' (SP)\n{result}\n", "nl")
    assert "postponed" not in [r[2] for r in rows]
    assert outcome in [r[2] for r in rows]
