"""A Norwegian decision table whose decision column says the item was decided as recommended ("Som innstilt",
"Som tilrådd", "Som innstillingen") records an adopted decision about the item, as "Vedteke" does; a column
sending the reader elsewhere ("Sjå merknad", "Sjå eigen protokoll") records none."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nn": "Formannskapet  -  torsdag 3. september 2026\n\n"
    "Sak     Tittel                                  Røysting              Vedtak\n"
    "------  --------------------------------------  --------------------  ---------------\n",
    "nb": "Formannskapet  -  torsdag 3. september 2026\n\n"
    "Sak     Tittel                                  Votering              Vedtak\n"
    "------  --------------------------------------  --------------------  ---------------\n",
}

ROWS = [
    ("nn", "55/26   Budsjettjustering 2026 nr. 2            Samrøystes            Som innstilt", "55/26"),
    ("nn", "56/26   Sal av konsesjonskraft 2027-2029        4 mot 1 (FrP)         Som innstilt", "56/26"),
    ("nn", "62/26   Gebyr for feiing 2027                   Samrøystes            Som tilrådd", "62/26"),
    ("nb", "70/26   Revidert budsjett 2026                  Enstemmig             Som innstilt", "70/26"),
    ("nb", "71/26   Salg av tomt i Sentrum                  5 mot 2               Som innstillingen", "71/26"),
]


@pytest.mark.parametrize(("language", "row", "case"), ROWS)
def test_a_row_decided_as_recommended_is_adopted(language, row, case):
    rows = votes(HEAD[language] + row + "\n", language)
    assert [(r.case_number, r.outcome) for r in rows] == [(case, "adopted")]


@pytest.mark.parametrize(
    ("language", "row"),
    [
        ("nn", "60/26   Personalsak                             -                     Sjå eigen protokoll"),
        ("nb", "72/26   Vegnavn i Nordby                        Se merknad            Se merknad"),
    ],
)
def test_a_row_sending_the_reader_elsewhere_is_no_decision(language, row):
    assert votes(HEAD[language] + row + "\n", language) == []
