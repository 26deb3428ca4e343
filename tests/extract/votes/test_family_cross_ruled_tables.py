"""Decision lists drawn with pipes between the columns but none at the edges, the header ruled with dashes that cross
the pipes at a plus ("Sak   | Tittel   | Utfall" / "------+----------+-------"): the rule belongs to the table, so the
header names the columns of the rows below it and every row with an outcome is one decision. A table of this shape
without a decision column (an agenda) decides nothing."""

from __future__ import annotations

import pytest

from pipeline.text.pipe_tables import is_ruler
from tests.extract.votes.test_family_decision_tables import decided

TABLES = [
    (
        "nn",
        "Sak    | Tittel                                  | Utfall\n"
        "-------+-----------------------------------------+--------------------\n"
        "12/26  | Godkjenning av innkalling og saksliste  | Godkjend samrøystes\n"
        "13/26  | Reguleringsplan for Vågå sentrum        | Vedteke 5-2\n"
        "14/26  | Trafikktryggingsplan 2026-2029          | Utsett\n",
        ["12/26", "13/26", "14/26"],
    ),
    (
        "nb",
        "Saksnr. | Sak                               | Vedtak\n"
        "--------+-----------------------------------+------------------\n"
        "PS 41/26 | Budsjettjustering 2026           | Enstemmig vedtatt\n"
        "PS 42/26 | Salg av tomt på Moen             | Vedtatt 20 mot 9\n"
        "PS 43/26 | Tertialrapport 1/2026            | Tatt til orientering\n",
        ["41/26", "42/26", "43/26"],
    ),
    (
        "da",
        "Nr.  | Sag                                 | Beslutning\n"
        "=====+=====================================+======================\n"
        "101  | Godkendelse af dagsorden            | Godkendt\n"
        "102  | Anlægsbevilling til svømmehal       | Godkendt med 21 stemmer mod 4\n",
        ["101", "102"],
    ),
    (
        "nl",
        "Punt | Onderwerp                          | Besluit\n"
        "-----+------------------------------------+--------------\n"
        "4    | Vaststelling van de agenda         | Vastgesteld\n"
        "5    | Motie bomenkap                     | Verworpen\n"
        "6    | Verordening parkeerbelasting 2027  | Aangenomen\n",
        ["4", "5", "6"],
    ),
    (
        "nn",
        "  Sak   | Tittel                         | Vedtak\n"
        "  ------+--------------------------------+-----------------\n"
        "  7/26  | Årsmelding for kontrollutvalet | Teke til vitande\n"
        "  8/26  | Ny barnehage på Moen           | Vedteke\n",
        ["7/26", "8/26"],
    ),
]


@pytest.mark.parametrize(("language", "table", "cases"), TABLES)
def test_a_table_ruled_with_crossing_dashes_gives_a_decision_for_every_row(language, table, cases):
    assert [row[0] for row in decided(table, language)] == cases


def test_an_agenda_ruled_the_same_way_decides_nothing():
    agenda = (
        "Saksnr   | Innhald\n"
        "---------+---------------------------------------------\n"
        "FS 81/25 | Søknad om medlemskap i Nord-Norges Europakontor\n"
        "FS 82/25 | Budsjettjustering 2025 - helse og omsorg\n"
    )
    assert decided(agenda, "nn") == []


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("-------+----------+------", True),
        ("=====+=======", True),
        ("   ---+---", True),
        ("------------------------------", False),  # a lone line under a heading, no table
        ("--- + ---", False),  # a spaced plus is running text
        ("Tid: 10-12 + 13-15", False),
    ],
)
def test_a_rule_crosses_its_columns_at_a_plus(line, rule):
    assert is_ruler(line) is rule
