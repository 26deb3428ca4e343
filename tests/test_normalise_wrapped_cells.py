"""A table cell wrapped over lines reads the same in every table layout (pipe, grid, tab and ruler-cut tables share
wrapped_cells): a word broken at the cell's edge is mended, real hyphens and suspended compounds are kept."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import normalise
from pipeline.text.wrapped_cells import joined_lines


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (["Til efterret-", "ning"], "Til efterretning"),
        (["Kommunal planstrate-", "gien 2026–2029"], "Kommunal planstrategien 2026–2029"),
        (["Vaststelling energie-", "strategie"], "Vaststelling energiestrategie"),
        (["Tilskot til bygde-", "kino"], "Tilskot til bygdekino"),
        (["Gebyrregulativ for bygge-", "sak"], "Gebyrregulativ for byggesak"),
    ],
)
def test_a_word_broken_at_the_cells_edge_is_mended(parts, expected):
    assert joined_lines(parts) == expected


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (["Børne- og", "Ungeudvalget"], "Børne- og Ungeudvalget"),
        (["Kultur-", "og fritidsutvalet"], "Kultur- og fritidsutvalet"),
        (["Søknad om EU-", "midler"], "Søknad om EU-midler"),
        (["Handlingsplan 2026-", "2029"], "Handlingsplan 2026-2029"),
        (["Samarbeid i Nord-", "Norge"], "Samarbeid i Nord-Norge"),
        (["Jaarstukken", "2025 GR West-Friesland"], "Jaarstukken 2025 GR West-Friesland"),
        (["Vedtatt -", "enstemmig"], "Vedtatt - enstemmig"),
        (["Medlemskab af Healthy Cities-", "netværket"], "Medlemskab af Healthy Cities-netværket"),
        (["Toetreding tot Covenant of Mayors-", "netwerk"], "Toetreding tot Covenant of Mayors-netwerk"),
    ],
)
def test_real_hyphens_and_suspended_compounds_are_kept(parts, expected):
    assert joined_lines(parts) == expected


@pytest.mark.parametrize(
    "table",
    [
        "| Sak   | Tittel                    | Vedtak     |\n"
        "|-------|---------------------------|------------|\n"
        "| 9/26  | Kommunal planstrate-      | Vedtatt    |\n"
        "|       | gien 2026–2029            |            |\n",
        "+-------+---------------------------+------------+\n"
        "| 9/26  | Kommunal planstrate-      | Vedtatt    |\n"
        "|       | gien 2026–2029            |            |\n"
        "+-------+---------------------------+------------+\n",
    ],
)
def test_pipe_and_grid_tables_mend_a_title_broken_over_two_rows(table):
    text, _ = normalise(["Formannskapet\n\n" + table])
    assert "planstrategien 2026–2029" in text
    assert "planstrate-" not in text
