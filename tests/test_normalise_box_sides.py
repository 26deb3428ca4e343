"""A bar opening a line with no other bar is the side of a box drawn round a block ("|  Resultat: FALT      For: 6
Mot: 9"), not a pipe table's row: its column gaps survive normalising as tabs, as they would without the bar. A
pipe table's row (a bar opening a line with more bars after it, or bars between cells) keeps its layout."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import clean_lines
from pipeline.text.pipe_tables import is_pipe_row


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("|  Resultat: FALT              For: 6       Mot: 9", "| Resultat: FALT\tFor: 6\tMot: 9"),
        ("|  Resultat: VEDTATT           Enstemmig", "| Resultat: VEDTATT\tEnstemmig"),
        ("| Uitslag: aangenomen      Voor: 21      Tegen: 4", "| Uitslag: aangenomen\tVoor: 21\tTegen: 4"),
        ("|  Afstemning: Godkendt      For: 25      Imod: 4", "| Afstemning: Godkendt\tFor: 25\tImod: 4"),
    ],
)
def test_a_box_side_keeps_the_column_gaps_of_its_line(raw, expected):
    assert clean_lines(raw) == [expected]


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("|  Resultat: FALT   For: 6", False),
        ("|", False),
        ("| 4 | Vaststellen agenda | 24 |", True),
        ("| A1 | Cykelsti", True),
        ("A1 | Cykelsti | I gang", True),
        ("Ingen bar her", False),
    ],
)
def test_only_a_line_with_bars_between_cells_is_a_pipe_row(line, row):
    assert is_pipe_row(line) is row
