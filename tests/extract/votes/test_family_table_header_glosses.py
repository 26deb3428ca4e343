"""A vote table's header cell may add a bracketed gloss to its column's name ("Sag (sagsnr.)", "Resultat
(status)", "Emne (bilag)"): the name says the column's role, the gloss only what else the cells hold. Before, such a
cell fitted no role, so the table was read line by line as prose and rows with dashes for counts were lost.

Look-alike: a table whose header names no decision column, gloss or not ("Sag (sagsnr.)" / "Bilag (antal)"), is no
decision list.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Byrådet - torsdag den 12. februar 2026\n\n"
TABLES = [
    (
        "Pkt.  Sag (sagsnr.)                      For  Imod  Resultat\n"
        "----  ---------------------------------  ---  ----  ----------\n"
        " 7    Godkendelse af dagsorden            25     0  Godkendt\n"
        " 8    Ny parkeringsstrategi (26/311)       -     -  Udsat\n"
    ),
    (
        "Nr.   Emne (bilag)                       For  Imod  Resultat (status)\n"
        "----  ---------------------------------  ---  ----  -----------------\n"
        " 7    Godkendelse af dagsorden            25     0  Godkendt\n"
        " 8    Ny parkeringsstrategi (26/311)       -     -  Udsat\n"
    ),
    (
        "Punkt | Sag (sagsnr.) | For | Imod | Beslutning\n"
        "7 | Godkendelse af dagsorden | 25 | 0 | Godkendt\n"
        "8 | Ny parkeringsstrategi (26/311) | - | - | Udsat\n"
    ),
]


@pytest.mark.parametrize("table", TABLES)
def test_a_glossed_header_cell_names_its_column(table: str) -> None:
    rows = vote_cells(HEAD + table, "da")
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [("7", "adopted", 25, 0), ("8", "postponed", None, None)]


def test_a_glossed_table_without_a_decision_column_is_no_decision_list() -> None:
    table = (
        "Pkt.  Sag (sagsnr.)                      Bilag (antal)\n"
        "----  ---------------------------------  -------------\n"
        " 7    Godkendelse af dagsorden            0\n"
        " 8    Ny parkeringsstrategi (26/311)       3\n"
    )
    assert vote_cells(HEAD + table, "da") == []
