"""Fixed-width tables under a dash ruler: rows cut at the ruler's columns, wrapped lines folded into
their row, comment lines and text outside the table left as written. Lines written for these tests."""

from __future__ import annotations

from pipeline.text.normalise import clean_lines

TABLE = [
    "Sak     Vedtak                          Status        Frist",
    "------  ------------------------------  ------------  ----------",
    "45/25   Gratis kjernetid i SFO for      Under arbeid  01.08.2026",
    "        alle elever",
    "        Kommentar: -",
    "61/25   Ny idrettshall                  Utført  15.03.2026",
    "        Merknad: Hallen ble åpnet i juni med en stor fest.",
    "",
    "Neste sak  gjelder  budsjettet.",
]


def test_rows_under_a_ruler_are_cut_at_its_columns_and_wrapped_lines_join_their_row():
    lines = clean_lines("\n".join(TABLE))
    assert lines[0] == "Sak\tVedtak\tStatus\tFrist"
    assert lines[2] == "45/25\tGratis kjernetid i SFO for alle elever\tUnder arbeid\t01.08.2026"
    assert lines[3] == "Kommentar: -"


def test_a_row_whose_cell_runs_over_a_column_start_is_left_to_the_gap_rule():
    lines = clean_lines("\n".join(TABLE))
    assert lines[4] == "61/25\tNy idrettshall\tUtført 15.03.2026"  # the date runs over the Frist column's start
    assert lines[5] == "Merknad: Hallen ble åpnet i juni med en stor fest."


def test_text_after_the_blank_line_that_ends_the_table_is_not_cut():
    assert clean_lines("\n".join(TABLE))[-1] == "Neste sak gjelder budsjettet."
