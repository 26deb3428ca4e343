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
