"""Decision lists laid out with spaces under a header and a dash rule ("Sak     Tittel      Vedtak" /
"------  ---------  ------"), whose cells may wrap onto a line of their own: the rule does not cut the header from its
rows and a wrapped remainder does not end the table, so every row with an outcome is one decision."""

from __future__ import annotations

import pytest

from tests.extract.votes.test_family_decision_tables import decided

TABLES = [
    (
        "nn",
        "Sak     Tittel                                     Vedtak\n"
        "------  -----------------------------------------  ---------------------\n"
        "078/26  Godkjenning av innkalling og sakliste      Samrøystes godkjent\n"
        "079/26  Økonomirapport 2. tertial                  Teke til vitande\n"
        "080/26  Framlegg frå Sp om gratis                  Fall, 9 mot 18\n"
        "        SFO for 1. klasse                          røyster\n"
        "081/26  Tilskot til klubbhus                       Utsett\n",
        ["078/26", "079/26", "080/26", "081/26"],
    ),
    (
        "nb",
        "Saksnr.   Sak                                  Vedtak\n"
        "-------   ----------------------------------   ----------------\n"
        "41/26     Budsjettjustering 2026               Enstemmig vedtatt\n"
        "42/26     Salg av tomt på Moen                 Vedtatt 20 mot 9\n"
        "43/26     Reguleringsplan for sentrum          Utsatt\n",
        ["41/26", "42/26", "43/26"],
    ),
    (
        "da",
        "Pkt.   Sag                                   Beslutning\n"
        "=====  ===================================   ====================\n"
        "12     Godkendelse af dagsorden              Godkendt\n"
        "13     Anlægsbevilling til cykelsti langs    Godkendt med 21\n"
        "       Ringvejen                             stemmer mod 4\n"
        "14     Budgetopfølgning                      Taget til efterretning\n",
        ["12", "13", "14"],
    ),
    (
        "nl",
        "Nr.    Onderwerp                             Besluit\n"
        "-----  ------------------------------------  --------------------\n"
        "4      Vaststelling van de agenda            Conform vastgesteld\n"
        "5      Verordening parkeerbelasting 2027     Aangenomen, 20 voor\n"
        "                                             en 7 tegen\n"
        "6      Motie bomenkap                        Verworpen\n",
        ["4", "5", "6"],
    ),
    (
        "nb",
        "Sak     Tittel                        Vedtak\n"
        "-----   ---------------------------   -------------\n"
        "PS 7/26 Årsmelding kontrollutvalget   Tatt til orientering\n"
        "PS 8/26 Ny barnehage på Moen          Vedtatt\n",
        ["7/26", "8/26"],
    ),
]


@pytest.mark.parametrize(("language", "table", "cases"), TABLES)
def test_a_dash_ruled_space_aligned_table_gives_a_decision_for_every_row(language, table, cases):
    assert [row[0] for row in decided(table, language)] == cases
