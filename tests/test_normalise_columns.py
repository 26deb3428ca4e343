"""Columns laid out with spaces (pdftotext -layout, plain-text exports) survive normalising as tab
cells, while a list marker's gap and ordinary double spaces stay spaces."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import clean_lines


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("12/22      Nytt kulturhus i sentrum      Under arbeid", "12/22\tNytt kulturhus i sentrum\tUnder arbeid"),
        ("Sagsnr.   Beslutning   Kommentar", "Sagsnr.\tBeslutning\tKommentar"),
        ("TZ 31      Evaluatie parkeerbeleid       Afgerond", "TZ 31\tEvaluatie parkeerbeleid\tAfgerond"),
        ("  -         Dialogmøde med BUPL", "- Dialogmøde med BUPL"),
        ("  •     Tallinn (Estland, sinds 1982)", "• Tallinn (Estland, sinds 1982)"),
        ("1.   Første punkt", "1. Første punkt"),
        ("To  mellemrum  er  ingen kolonne", "To mellemrum er ingen kolonne"),
    ],
)
def test_a_gap_of_three_spaces_is_a_column_but_not_after_a_list_marker(raw, expected):
    assert clean_lines(raw) == [expected]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "1.1   Solceller på skoler                ●       Gennemført i 2025.",
            "1.1\tSolceller på skoler\t●\tGennemført i 2025.",
        ),
        (
            "2.3    Ny gangbru over elva     Fullført     Opna i juni.",
            "2.3\tNy gangbru over elva\tFullført\tOpna i juni.",
        ),
        ("4.   Renovatie sporthal          In uitvoering", "4.\tRenovatie sporthal\tIn uitvoering"),
        (
            "  3)   Elbiler i flåden            I gang      60 % udskiftet",
            "3)\tElbiler i flåden\tI gang\t60 % udskiftet",
        ),
        ("•    Tiltak A                      Ikkje starta", "•\tTiltak A\tIkkje starta"),
        ("12.4.2   Grønne tage        Afventer budget", "12.4.2\tGrønne tage\tAfventer budget"),
    ],
)
def test_a_list_marker_opening_a_table_row_is_the_rows_id_column(raw, expected):
    assert clean_lines(raw) == [expected]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "1.1   Solceller på kommunale bygninger",
            "1.1 Solceller på kommunale bygninger",
        ),  # no other column: a list item
        ("2.   Trafik  og  mobilitet", "2. Trafik og mobilitet"),  # double spaces are no column
        (
            "1.1 Solceller på skoler     ●     Gennemført",
            "1.1 Solceller på skoler\t●\tGennemført",
        ),  # the marker's own gap is one space
    ],
)
def test_a_list_item_without_other_columns_keeps_its_marker_gap(raw, expected):
    assert clean_lines(raw) == [expected]
