"""Vote-result pages print one row per item in a wide table, tab-parted or aligned with spaces ("Pkt  Sag  Resultat
For  Imod  Undlod"), and put a note under some rows: who voted against ("Imod: Ø 1, F 1"), split into its own cells or
not. Some rows have fewer cells, their last one spanning the count columns ("Godkendt  enstemmigt"). The notes and
short rows stay in the table, so every row below them is read as well; the notes are no rows, and a sentence below
the table is no row either. Tables without a result column (an agenda, a budget) decide nothing. All texts are
written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

_HEAD = {
    "da": "Afstemningsoversigt\nKommunalbestyrelsens møde tirsdag den 9. juni 2026 kl. 17.00\n\n",
    "nb": "Voteringsoversikt\nKommunestyrets møte torsdag 11. juni 2026\n\n",
    "nn": "Røystingsoversikt\nKommunestyret sitt møte torsdag 11. juni 2026\n\n",
    "nl": "Stemmingsuitslagen\nRaadsvergadering van donderdag 11 juni 2026\n\n",
}


def _rows(language: str, body: str) -> list[tuple]:
    return [(r.case_number, r.outcome, r.votes_for, r.votes_against) for r in votes(_HEAD[language] + body, language)]


@pytest.mark.parametrize(
    ("language", "body", "rows"),
    [
        (  # aligned with spaces under a dash rule, notes under rows, a row whose last cell spans the counts
            "da",
            "Pkt  Sag                                   Resultat       For  Imod  Undlod\n"
            "---  ------------------------------------  -------------  ---  ----  ------\n"
            "61   Godkendelse af dagsorden              Godkendt       enstemmigt\n"
            "62   Havnetakster 2027                     Godkendt        9    2     0\n"
            "     Imod: Ø 1, F 1\n"
            "63   Ny cykelsti langs Strandvejen         Forkastet       4    7     0\n"
            "     For: A 3, Ø 1\n"
            "64   Budgetopfølgning pr. 30. april        Godkendt       11    0     0\n",
            [("61", "adopted", None, 0), ("62", "adopted", 9, 2), ("63", "rejected", 4, 7), ("64", "adopted", 11, 0)],
        ),
        (  # tab-parted, a note split into cells of its own
            "nb",
            "Sak\tTittel\tVedtak\tFor\tMot\n"
            "31/26\tReguleringsplan Fjellvegen\tVedtatt\t20\t7\n"
            "Mot: FrP 4\tH 3\n"
            "32/26\tSalg av kommunal tomt\tFalt\t12\t15\n"
            "33/26\tÅrsmelding 2025\tVedtatt\t27\t0\n",
            [("31/26", "adopted", 20, 7), ("32/26", "rejected", 12, 15), ("33/26", "adopted", 27, 0)],
        ),
        (  # Nynorsk: a unanimity cell spanning the counts, then a note under a counted row
            "nn",
            "Sak\tTittel\tVedtak\tFor\tMot\n"
            "12/26\tGodkjenning av innkalling\tVedteke\tsamrøystes\n"
            "13/26\tGebyr for feiing 2027\tVedteke\t14\t3\n"
            "Mot: Frp 3\n"
            "14/26\tNy brannstasjon\tVedteke\t17\t0\n",
            [("12/26", "adopted", None, 0), ("13/26", "adopted", 14, 3), ("14/26", "adopted", 17, 0)],
        ),
        (  # Dutch, aligned with spaces, notes naming the parties against
            "nl",
            "Nr.   Onderwerp                              Uitslag      Voor   Tegen\n"
            "7     Bestemmingsplan Kerkweg                aangenomen   15     4\n"
            "      Tegen: PVV, SP\n"
            "8     Verordening precariobelasting 2027     verworpen    8      11\n"
            "      Voor: GroenLinks, D66\n"
            "9     Jaarrekening 2025                      aangenomen   19     0\n",
            [("7", "adopted", 15, 4), ("8", "rejected", 8, 11), ("9", "adopted", 19, 0)],
        ),
        (  # Flemish column words, tab-parted, a note under the first row only
            "nl",
            "Punt\tOnderwerp\tBeslissing\tJa\tNee\n"
            "3\tRetributiereglement parkeren\tgoedgekeurd\t18\t9\n"
            "Nee: Vlaams Belang, Groen\n"
            "4\tSamenwerkingsovereenkomst jeugdwerk\tgoedgekeurd\t27\t0\n",
            [("3", "adopted", 18, 9), ("4", "adopted", 27, 0)],
        ),
    ],
)
def test_every_row_of_a_wide_vote_table_is_read_past_its_notes(language: str, body: str, rows: list[tuple]) -> None:
    assert _rows(language, body) == rows


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (  # an agenda table: no result column, notes under its rows
            "da",
            "Pkt\tSag\tUdvalg\tBilag\tSide\n"
            "61\tGodkendelse af dagsorden\tØkonomiudvalget\t0\t1\n"
            "Bemærk: sagen er åben\n"
            "62\tHavnetakster 2027\tTeknik og Miljø\t2\t3\n",
        ),
        (  # a budget table with a note line between its rows
            "nb",
            "Post\tBudsjett 2026\tForbruk\tRest\tProsent\n"
            "1100\t1 200 000\t800 000\t400 000\t67\n"
            "Merknad: inkludert lønnsoppgjør\n"
            "1200\t300 000\t150 000\t150 000\t50\n",
        ),
    ],
)
def test_a_wide_table_without_results_decides_nothing(language: str, body: str) -> None:
    assert _rows(language, body) == []


def test_a_sentence_below_a_vote_table_is_no_row() -> None:
    body = (
        "Pkt\tSag\tResultat\tFor\tImod\tUndlod\n"
        "62\tHavnetakster 2027\tGodkendt\t9\t2\t0\n"
        "Imod: Ø 1, F 1\n"
        "63\tNy cykelsti langs Strandvejen\tForkastet\t4\t7\t0\n"
        "I 2024 vedtog kommunalbestyrelsen en ny havneplan, som sagen bygger på.\n"
    )
    assert _rows("da", body) == [("62", "adopted", 9, 2), ("63", "rejected", 4, 7)]
