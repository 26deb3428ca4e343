"""Fixed-width tables under a dash ruler: rows cut at the ruler's columns, wrapped lines folded into
their row, comment lines and text outside the table left as written. Lines written for these tests."""

from __future__ import annotations

import pytest

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


HANGING = [
    (
        "Indsatsområde         Mål 2030                   Eksempler\n"
        "--------------------  -------------------------  ----------------\n"
        "1. Grøn omstilling    Halvering af CO2 fra       Solceller på\n"
        "   og energi          kommunens egne bygninger   skoler\n",
        "1. Grøn omstilling og energi\tHalvering af CO2 fra kommunens egne bygninger\tSolceller på skoler",
    ),
    (
        "Satsingsområde          Mål\n"
        "----------------------  ------------------------------\n"
        "B. Trygge og gode       Alle barn har en voksen de\n"
        "   oppvekstvilkår       stoler på\n",
        "B. Trygge og gode oppvekstvilkår\tAlle barn har en voksen de stoler på",
    ),
    (
        "Speerpunt                Doel 2030\n"
        "-----------------------  -----------------------------\n"
        "Een gezonde en           Meer inwoners sporten\n"
        "  actieve gemeente       wekelijks\n",
        "Een gezonde en actieve gemeente\tMeer inwoners sporten wekelijks",
    ),
    (
        "Tiltak                   Status        Ansvar\n"
        "-----------------------  ------------  ---------------\n"
        "4.2 Ny gang- og          Pågår         Teknisk\n"
        "    sykkelvei til skolen\n",
        "4.2 Ny gang- og sykkelvei til skolen\tPågår\tTeknisk",
    ),
    (
        "Innsatsområde         Mål 2030                   Tiltak\n"
        "--------------------  -------------------------  ----------------\n"
        "A. Mat og landbruk    Flere arbeidsplasser i     Kurs for\n"
        "                      foredling                  gründere\n",
        "A. Mat og landbruk\tFlere arbeidsplasser i foredling\tKurs for gründere",
    ),
]


@pytest.mark.parametrize(("table", "row"), HANGING)
def test_a_first_cell_wrapped_under_a_hanging_indent_or_all_cells_going_on_in_lower_case_join_the_row(table, row):
    assert clean_lines(table)[2] == row


@pytest.mark.parametrize(
    ("table", "rows"),
    [
        (
            "Tiltak                Status\n"
            "--------------------  ------------\n"
            "1. Ny hall            Pågår\n"
            "   a) Garderober      Utført\n",
            ["1. Ny hall\tPågår", "a) Garderober\tUtført"],
        ),
        (
            "Sak     Tittel                 Status\n"
            "------  ---------------------  ------------\n"
            "12/25   Ny skole               Pågår\n"
            "        Ny barnehage           Utført\n",
            ["12/25\tNy skole\tPågår", "Ny barnehage\tUtført"],
        ),
    ],
)
def test_a_marked_sub_item_or_an_id_less_row_in_upper_case_stays_a_row_of_its_own(table, rows):
    assert clean_lines(table)[2:4] == rows
