"""Family (nl): a point's sub-items lettered alone under it ("5. Hamerstukken" / "a. Verordening ..." / "b. ..."), a
title perhaps wrapped onto a line of its own, then one line deciding them all ("Besluit: a en b worden zonder
beraadslaging en zonder stemming aangenomen.", "De voorstellen worden zonder stemming aangenomen.", a chair's
"De VOORZITTER: De voorstellen onder 5a en 5b ..."): each sub-item is a row numbered as its point's sub-item ("5a")
with its own title. Look-alikes: a bare outcome, a line deciding nothing, letters out of order and a decision's
lettered clauses give no row per letter. All lists are written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Notulen van de openbare vergadering van de gemeenteraad van Testby, gehouden op donderdag 12 maart 2026\n\n"


def _listed(text: str) -> list[tuple]:
    return [(case, subject, outcome) for case, subject, outcome, *_ in vote_cells(HEAD + text, "nl")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "5. Hamerstukken\na. Verordening afvalstoffenheffing 2026\nb. Benoeming van mevrouw K. Jansen als lid van"
            " de\n   rekenkamercommissie\nBesluit: a en b zijn zonder beraadslaging en zonder stemming aangenomen.\n",
            [
                ("5a", "Verordening afvalstoffenheffing 2026", "adopted"),
                ("5b", "Benoeming van mevrouw K. Jansen als lid van de rekenkamercommissie", "adopted"),
            ],
        ),
        (
            "4. Hamerstukken\na. Wijziging Verordening maatschappelijke ondersteuning\nb. Vaststelling bestemmingsplan "
            "Dorpsstraat 12\nDe VOORZITTER: De voorstellen onder 4a en 4b worden zonder beraadslaging\n"
            "en zonder stemming aangenomen.\n",
            [
                ("4a", "Wijziging Verordening maatschappelijke ondersteuning", "adopted"),
                ("4b", "Vaststelling bestemmingsplan Dorpsstraat 12", "adopted"),
            ],
        ),
        (
            "6. Hamerstukken\na) Legesverordening 2026\nb) Treasurystatuut 2026\n"
            "De voorstellen worden zonder stemming aangenomen.\n",
            [("6a", "Legesverordening 2026", "adopted"), ("6b", "Treasurystatuut 2026", "adopted")],
        ),
        (
            "7. Hamerstukken\na. Zienswijze begroting GGD\nb. Jaarrekening 2025 Veiligheidsregio\n"
            "c. Benoeming lid bezwaarschriftencommissie\n"
            "Besluit: de punten a, b en c worden bij hamerslag vastgesteld.\n",
            [
                ("7a", "Zienswijze begroting GGD", "adopted"),
                ("7b", "Jaarrekening 2025 Veiligheidsregio", "adopted"),
                ("7c", "Benoeming lid bezwaarschriftencommissie", "adopted"),
            ],
        ),
        (
            "9. Hamerstukken\na. Grondprijzenbrief 2026\nb. Subsidieplafond sport 2026\nc. Verordening marktgelden\n"
            "Besluit: a t/m c conform aangenomen.\n",
            [
                ("9a", "Grondprijzenbrief 2026", "adopted"),
                ("9b", "Subsidieplafond sport 2026", "adopted"),
                ("9c", "Verordening marktgelden", "adopted"),
            ],
        ),
    ],
)
def test_one_line_decides_every_item_lettered_alone(text: str, expected: list[tuple]) -> None:
    assert _listed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "5. Hamerstukken\na. Verordening parkeren\nb. Nota grondbeleid\nBesluit: aangenomen.\n",
        "5. Bespreekstukken\na. Verordening parkeren\nb. Nota grondbeleid\nDe fracties bespraken a en b uitvoerig.\n",
        "5. Hamerstukken\nb. Verordening parkeren\nc. Nota grondbeleid\nBesluit: b en c worden aangenomen.\n",
        "5. Raadsvoorstel Nota grondbeleid\nDe raad besluit:\na. In te stemmen met de nota;\n"
        "b. Het college te vragen jaarlijks te rapporteren.\nBesluit: conform aangenomen.\n",
    ],
)
def test_no_row_per_letter_without_an_ordered_list_and_a_line_for_all(text: str) -> None:
    assert "5a" not in [case for case, *_ in _listed(text)]
