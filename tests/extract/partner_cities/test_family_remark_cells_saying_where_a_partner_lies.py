"""A partner table's remark cell that says where the partner town lies or belongs today ('Sollerön ligg i dag i
Mora kommun', 'Holsljunga hører i dag under Svenljunga kommun', 'Herbern valt nu onder de gemeente Ascheberg')
explains the row's town: the municipality it names is no second partner, as in a trailing clause. A remark cell
without such a word keeps its own reading."""

from __future__ import annotations

import pytest

EXPLAINED = [
    (
        "nn",
        "Nore og Uvdal",
        "Vennskapskommunar\nStad\tLand\tSidan\tMerknad\nRautalampi\tFinland\t1994\tRautalampi ligg i dag i "
        "Nord-Savo\nSollerön\tSverige\t1989\tSollerön ligg i dag i Mora kommun",
        {"Rautalampi": ("twin", 1994), "Sollerön": ("twin", 1989)},
    ),
    (
        "nb",
        "Krødsherad",
        "Vennskapsbyer\nBy\tLand\tFra\tMerknad\nLöderup\tSverige\t1972\tLöderup ligger nå i Ystad kommun\n"
        "Lieto\tFinland\t1980\tElevutveksling",
        {"Löderup": ("twin", 1972), "Lieto": ("twin", 1980)},
    ),
    (
        "da",
        "Sorø",
        "Venskabsbyer\nBy\tLand\tSiden\tBemærkning\nHolsljunga\tSverige\t1969\tHolsljunga hører i dag under "
        "Svenljunga kommun\nSaue\tEstland\t1992\tKorudveksling",
        {"Holsljunga": ("twin", 1969), "Saue": ("twin", 1992)},
    ),
    (
        "nl",
        "Zwolle",
        "Zustersteden\nStad\tLand\tSinds\tOpmerking\nHerbern\tDuitsland\t1975\tHerbern valt nu onder de gemeente "
        "Ascheberg",
        {"Herbern": ("twin", 1975)},
    ),
]

REMARKS_KEPT = [
    (
        "nb",
        "Krødsherad",
        "Vennskapsbyer\nBy\tLand\tFra\tMerknad\nSaue\tEstland\t1992\tKorutveksling hvert år siden 1995\n"
        "Lieto\tFinland\t1980\tElevutveksling, i dag mest digitalt",
        {"Saue": ("twin", 1992), "Lieto": ("twin", 1980)},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), EXPLAINED + REMARKS_KEPT)
def test_a_remark_cell_explaining_where_the_town_lies_names_no_partner(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
