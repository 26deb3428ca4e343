"""Family (nl): a point's sub-items lettered or numbered one a line ("4a. Raadsvoorstel ...", "4b. ..."), their
titles perhaps wrapped onto a line of their own, then one line deciding them all in the words of the proposals
("Besluit: de raad besluit conform de voorstellen, zonder stemming.", "De hamerstukken worden aangenomen."): each
sub-item is a row with its own number and title, and the point heading above them ("4. Hamerstukken") gives no row
(collective words: models/votes/nl.json `decision_tables.collective`). Look-alikes: a bare outcome under such a list
that does not speak for all items, and the same words in an ordinary sentence, give the first item no row. All
lists are written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "BESLUITENLIJST\nvan de openbare vergadering van de gemeenteraad van Testby, gehouden op 10 maart 2026.\n\n"


def _listed(text: str) -> list[tuple]:
    return [(case, subject, outcome) for case, subject, outcome, *_ in vote_cells(HEAD + text, "nl")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "4. Hamerstukken\n4a. Raadsvoorstel Verordening maatschappelijke ondersteuning 2026\n"
            "4b. Raadsvoorstel Jaarrekening 2025 Veiligheidsregio\n"
            "Besluit: de raad besluit conform de voorstellen, zonder beraadslaging\nen zonder stemming.\n",
            [
                ("4a", "Raadsvoorstel Verordening maatschappelijke ondersteuning 2026", "adopted"),
                ("4b", "Raadsvoorstel Jaarrekening 2025 Veiligheidsregio", "adopted"),
            ],
        ),
        (
            "6. Hamerstukken\n6a. Raadsvoorstel Zienswijze begroting 2027 Omgevingsdienst\n"
            "    Noordzeekanaalgebied (RV 26-031)\n6b. Raadsvoorstel Treasurystatuut 2026\n"
            "    (RV 26-033)\nBesluit: de voorstellen worden zonder stemming aangenomen.\n",
            [
                ("6a", "Raadsvoorstel Zienswijze begroting 2027 Omgevingsdienst", "adopted"),
                ("6b", "Raadsvoorstel Treasurystatuut 2026", "adopted"),
            ],
        ),
        (
            "3. Hamerstukken\n3a Benoeming lid rekenkamercommissie\n3b Verordening marktgelden 2027\n"
            "3c Jaarverslag bezwaarschriftencommissie\nDe hamerstukken worden conform aangenomen.\n",
            [
                ("3a", "Benoeming lid rekenkamercommissie", "adopted"),
                ("3b", "Verordening marktgelden 2027", "adopted"),
                ("3c", "Jaarverslag bezwaarschriftencommissie", "adopted"),
            ],
        ),
        (
            "7. Hamerstukken\n7.1 Raadsvoorstel Grondprijzenbrief 2026\n7.2 Raadsvoorstel Legesverordening 2026\n"
            "Besluit: deze raadsvoorstellen zijn zonder stemming vastgesteld.\n",
            [
                ("7.1", "Raadsvoorstel Grondprijzenbrief 2026", "adopted"),
                ("7.2", "Raadsvoorstel Legesverordening 2026", "adopted"),
            ],
        ),
        (
            "5. Hamerstukken\n5a. Raadsvoorstel Kaderbrief 2027 Veiligheidsregio\n"
            "Gooi en Vechtstreek\n5b. Raadsvoorstel Wijziging APV 2026\n"
            "Besluit: de raad neemt de voorstellen zonder stemming aan.\n",
            [
                ("5a", "Raadsvoorstel Kaderbrief 2027 Veiligheidsregio", "adopted"),
                ("5b", "Raadsvoorstel Wijziging APV 2026", "adopted"),
            ],
        ),
    ],
)
def test_one_line_decides_every_lettered_item(text: str, expected: list[tuple]) -> None:
    assert [
        (case, subject[: len(s)], outcome)
        for (case, subject, outcome), (_, s, _) in zip(_listed(text), expected, strict=False)
    ] == expected


@pytest.mark.parametrize(
    "text",
    [
        "4. Hamerstukken\n4a. Raadsvoorstel Verordening parkeren\n4b. Raadsvoorstel Nota grondbeleid\n"
        "Besluit: aangenomen.\n",
        "4. Bespreekstukken\n4a. Raadsvoorstel Verordening parkeren\n4b. Raadsvoorstel Nota grondbeleid\n"
        "De fracties bespraken de voorstellen uitvoerig.\n",
    ],
)
def test_no_row_for_the_first_item_without_a_line_for_all(text: str) -> None:
    assert "4a" not in [case for case, *_ in _listed(text)]
