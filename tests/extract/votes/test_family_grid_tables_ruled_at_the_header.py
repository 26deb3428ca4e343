"""Decision lists drawn as grid tables ruled only above and below the header and at the end ("+----+" rules, no
rule between rows): each line whose item-number cell is filled opens a row, and the lines under it hold the cells
that row wrapped. A grid with a rule between every row keeps each ruled block as one row, whatever its first
column holds. A "PS 61/26" number cell gives the case number "61/26"; "Enst." in the vote cell is unanimity."""

from __future__ import annotations

import pytest

from tests.extract.votes.test_family_decision_tables import decided

RULE4 = "+----------+------------------------------+----------------+-------------+\n"
RULE3 = "+----------+------------------------------+----------------+\n"

GRIDS = [
    (
        "nb",
        RULE4 + "| Sak      | Tittel                       | Resultat       | Stemmetall  |\n" + RULE4
        + "| PS 40/26 | Godkjenning av innkalling og | Godkjent       | Enst.       |\n"
        "|          | saksliste                    |                |             |\n"
        "| PS 41/26 | Årsmelding 2025              | Tatt til       | Enst.       |\n"
        "|          |                              | orientering    |             |\n"
        "| PS 42/26 | Forslag fra SV om gratis     | Ikke vedtatt   | 9 - 18      |\n"
        "|          | skolemat                     |                |             |\n" + RULE4,
        [
            ("40/26", "Godkjenning av innkalling og saksliste", "adopted", True, None, 0, None),
            ("41/26", "Årsmelding 2025", "noted", True, None, 0, None),
            ("42/26", "Forslag fra SV om gratis skolemat", "rejected", False, 9, 18, None),
        ],
    ),
    (
        "nn",
        RULE3 + "| Saknr.   | Sak                          | Vedtak         |\n" + RULE3
        + "| 12/26    | Budsjettregulering 1/2026    | Vedteke        |\n"
        "| 13/26    | Kommunal planstrategi        | Utsett til     |\n"
        "|          | 2027-2030                    | neste møte     |\n" + RULE3,
        [
            ("12/26", "Budsjettregulering 1/2026", "adopted", None, None, None, None),
            ("13/26", "Kommunal planstrategi 2027-2030", "postponed", None, None, None, None),
        ],
    ),
    (
        "da",
        RULE3 + "| Punkt    | Sag                          | Beslutning     |\n" + RULE3.replace("-", "=")
        + "| 31       | Lokalplan 214 for boliger    | Godkendt       |\n"
        "|          | ved Skovvej                  |                |\n"
        "| 32       | Budgetopfølgning             | Taget til      |\n"
        "|          |                              | efterretning   |\n" + RULE3,
        [
            ("31", "Lokalplan 214 for boliger ved Skovvej", "adopted", None, None, None, None),
            ("32", "Budgetopfølgning", "noted", None, None, None, None),
        ],
    ),
    (
        "nl",
        RULE3 + "| Nr.      | Onderwerp                    | Besluit        |\n" + RULE3
        + "| 5        | Verordening                  | Vastgesteld    |\n"
        "|          | jeugdhulp 2027               |                |\n"
        "| 6        | Motie Warme stad             | Verworpen      |\n" + RULE3,
        [
            ("5", "Verordening jeugdhulp 2027", "adopted", None, None, None, None),
            ("6", "Motie Warme stad", "rejected", None, None, None, None),
        ],
    ),
    (
        "nl",
        RULE4 + "| Agendapunt | Onderwerp                | Besluit        | Stemming  |\n" + RULE4
        + "| 7.a      | Grondexploitatie Veldzicht   | Aangenomen     | 25 - 6    |\n"
        "| 7.b      | Amendement A1 Groen           | Aangehouden    |           |\n"
        "|          | bouwen                       |                |           |\n" + RULE4,
        [
            ("7.a", "Grondexploitatie Veldzicht", "adopted", False, 25, 6, None),
            ("7.b", "Amendement A1 Groen bouwen", "postponed", None, None, None, None),
        ],
    ),
]


@pytest.mark.parametrize(("language", "table", "expected"), GRIDS)
def test_each_filled_number_cell_of_a_grid_ruled_at_its_header_opens_a_row(language, table, expected):
    assert decided(table, language) == expected


def test_a_grid_ruled_between_rows_keeps_each_ruled_block_whole():
    rule = "+------------------------------+----------+----------------+\n"
    table = (
        rule + "| Tittel                       | Saksnr.  | Vedtak         |\n" + rule
        + "| Reguleringsplan for          | 50/26    | Vedtatt        |\n"
        "| Sentrum nord                 |          |                |\n" + rule
        + "| Tertialrapport               | 51/26    | Vedtatt        |\n" + rule
    )
    assert [row[:3] for row in decided(table, "nb")] == [
        ("50/26", "Reguleringsplan for Sentrum nord", "adopted"),
        ("51/26", "Tertialrapport", "adopted"),
    ]


def test_a_grid_body_of_whole_lines_is_one_row_a_line():
    table = (
        RULE3 + "| Nr.      | Onderwerp                    | Besluit        |\n" + RULE3
        + "| 5        | Verordening jeugdhulp 2027   | Vastgesteld    |\n"
        "| 6        | Motie Warme stad             | Verworpen      |\n"
        "| 7        | Motie Bomenkap               | Aangehouden    |\n" + RULE3
    )
    assert [row[:3] for row in decided(table, "nl")] == [
        ("5", "Verordening jeugdhulp 2027", "adopted"),
        ("6", "Motie Warme stad", "rejected"),
        ("7", "Motie Bomenkap", "postponed"),
    ]


JOINED_HEADERS = [
    ("nb", "| Saknr | Tittel | Vedtak / stemmetall |\n|---|---|---|\n| 74/26 | Vennskapsbyavtale | Vedtatt 25-0 |\n",
     ("74/26", "Vennskapsbyavtale", "adopted")),
    ("nn", "| Sak | Tittel | Vedtak/røysting |\n|---|---|---|\n| 12/26 | Gebyrregulativ | Vedteke |\n",
     ("12/26", "Gebyrregulativ", "adopted")),
    ("da", "| Punkt | Sag | Beslutning / afstemning |\n|---|---|---|\n| 31 | Lokalplan 214 | Godkendt |\n",
     ("31", "Lokalplan 214", "adopted")),
    ("nl", "| Nr. | Onderwerp | Besluit / stemming |\n|---|---|---|\n| 5 | Verordening jeugdhulp | Verworpen |\n",
     ("5", "Verordening jeugdhulp", "rejected")),
    ("nb", "| Saksnr. / arkiv | Tittel | Vedtak |\n|---|---|---|\n| 75/26 | Tilleggsbevilgning | Utsatt |\n",
     ("75/26", "Tilleggsbevilgning", "postponed")),
]


@pytest.mark.parametrize(("language", "table", "row"), JOINED_HEADERS)
def test_a_header_cell_naming_two_columns_holds_the_first(language, table, row):
    assert [r[:3] for r in decided(table, language)] == [row]
