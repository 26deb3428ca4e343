"""Family (nl): a point's sub-items numbered one a line ("4a. ...", "6.1 ..."), then one line deciding them all by
naming their numbers ("Besluit: 4a tot en met 4c worden zonder stemming aangenomen.", "De punten 6.1 en 6.2 worden
... vastgesteld.", "3a, 3b en 3c conform aangenomen.", "8a t/m 8c aangenomen."): each sub-item is a row with its own
number and title (models/votes/nl.json `decision_tables.collective`). Look-alikes: the numbers in a line that decides
nothing, a line naming one item only, and a number pair in an ordinary sentence give the listed items no row each.
All lists are written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Besluitenlijst van de openbare vergadering van de gemeenteraad van Testby, gehouden op 12 maart 2026.\n\n"


def _listed(text: str) -> list[tuple]:
    return [(case, subject, outcome) for case, subject, outcome, *_ in vote_cells(HEAD + text, "nl")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "4. Hamerstukken\n4a. Verordening afvalstoffenheffing 2026\n4b. Vaststelling bestemmingsplan Kerkstraat 4\n"
            "4c. Zienswijze begroting GGD\nBesluit: 4a tot en met 4c worden zonder stemming aangenomen.\n",
            [
                ("4a", "Verordening afvalstoffenheffing 2026", "adopted"),
                ("4b", "Vaststelling bestemmingsplan Kerkstraat 4", "adopted"),
                ("4c", "Zienswijze begroting GGD", "adopted"),
            ],
        ),
        (
            "6. Hamerstukken\n6.1 Legesverordening 2026\n6.2 Treasurystatuut 2026\n"
            "De punten 6.1 en 6.2 worden zonder beraadslaging en zonder stemming vastgesteld.\n",
            [("6.1", "Legesverordening 2026", "adopted"), ("6.2", "Treasurystatuut 2026", "adopted")],
        ),
        (
            "3. Hamerstukken\n3a Benoeming lid rekenkamercommissie\n3b Verordening marktgelden 2027\n"
            "3c Jaarverslag bezwaarschriftencommissie\nBesluit: 3a, 3b en 3c conform aangenomen.\n",
            [
                ("3a", "Benoeming lid rekenkamercommissie", "adopted"),
                ("3b", "Verordening marktgelden 2027", "adopted"),
                ("3c", "Jaarverslag bezwaarschriftencommissie", "adopted"),
            ],
        ),
        (
            "9. Hamerstukken\n9a. Raadsvoorstel Kaderbrief 2027 Omgevingsdienst\n9b. Raadsvoorstel Wijziging APV 2026\n"
            "De VOORZITTER: De voorstellen onder 9a en 9b worden zonder beraadslaging\n"
            "en zonder stemming aangenomen.\n",
            [
                ("9a", "Raadsvoorstel Kaderbrief 2027 Omgevingsdienst", "adopted"),
                ("9b", "Raadsvoorstel Wijziging APV 2026", "adopted"),
            ],
        ),
        (
            "8. Hamerstukken\n8a. Raadsvoorstel Grondprijzen 2026\n8b. Raadsvoorstel Subsidieplafond 2026\n"
            "8c. Raadsvoorstel Jaarrekening Avri\nBesluit: 8a t/m 8c aangenomen.\n",
            [
                ("8a", "Raadsvoorstel Grondprijzen 2026", "adopted"),
                ("8b", "Raadsvoorstel Subsidieplafond 2026", "adopted"),
                ("8c", "Raadsvoorstel Jaarrekening Avri", "adopted"),
            ],
        ),
    ],
)
def test_one_line_naming_the_numbers_decides_every_item(text: str, expected: list[tuple]) -> None:
    assert _listed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "4. Bespreekstukken\n4a. Raadsvoorstel Verordening parkeren\n4b. Raadsvoorstel Nota grondbeleid\n"
        "De fracties bespraken 4a en 4b uitvoerig.\n",
        "4. Hamerstukken\n4a. Raadsvoorstel Verordening parkeren\n4b. Raadsvoorstel Nota grondbeleid\n"
        "Besluit: 4a aangenomen.\n",
        "4. Begroting\nHet budget stijgt van 3 en 4 miljoen naar 5 miljoen; de raad neemt het voorstel aan.\n",
    ],
)
def test_no_row_per_item_without_a_line_naming_them_all(text: str) -> None:
    assert "4a" not in [case for case, *_ in _listed(text)]
