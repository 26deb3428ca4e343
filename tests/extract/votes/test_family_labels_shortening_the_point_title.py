"""A result line labelled with the first words of its point's title is about the point, named in full.

Besluitenlijsten (Flanders, the Netherlands) and Danish/Norwegian minutes shorten the title in the result line
under it: 'Aanpassing meerjarenplan: goedgekeurd.' under '02 Aanpassing meerjarenplan 2026-2031 – aanpassing 2',
'Kadernota: aangenomen' under 'Kadernota 2027 - vaststelling'. The shortened label names the same point.

Look-alikes: a one-word kind label ('Motie: verworpen') is no title; a label that is not the title's opening
words ('Meerjarenplan: goedgekeurd' under 'Aanpassing meerjarenplan ...') keeps what the existing rules give.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

FLEMISH = "Besluitenlijst gemeenteraad\nZitting van dinsdag 27 oktober 2026\n\n"
DUTCH = "Besluitenlijst van de openbare vergadering van de gemeenteraad\ngehouden op donderdag 9 juli 2026\n\n"


@pytest.mark.parametrize(
    ("head", "item", "expected"),
    [
        (
            FLEMISH,
            "02  Aanpassing meerjarenplan 2026-2031 – aanpassing 2\n    Aanpassing meerjarenplan: goedgekeurd.\n"
            "    Uitslag: ja 12 – nee 10 – onthouding 1\n",
            ("adopted", "Aanpassing meerjarenplan 2026-2031 – aanpassing 2"),
        ),
        (
            FLEMISH,
            "5. Retributiereglement sporthal - aanpassing\n"
            "   Retributiereglement sporthal: goedgekeurd met 17 stemmen voor en 6 stemmen tegen.\n",
            ("adopted", "Retributiereglement sporthal - aanpassing"),
        ),
        (
            DUTCH,
            "7. Kadernota 2027 - vaststelling\n   Kadernota 2027: aangenomen met 25 stemmen voor en 9 stemmen tegen.\n",
            ("adopted", "Kadernota 2027 - vaststelling"),
        ),
        (
            DUTCH,
            "9. Verordening maatschappelijke ondersteuning 2027 (raadsvoorstel 2026-041)\n"
            "   Verordening maatschappelijke ondersteuning: verworpen.\n",
            ("rejected", "Verordening maatschappelijke ondersteuning 2027 (raadsvoorstel 2026-041)"),
        ),
        (
            DUTCH,
            "11. Startnotitie Omgevingsvisie 2040 en participatieplan\n"
            "    Startnotitie Omgevingsvisie: aangehouden tot de vergadering van 10 september 2026.\n",
            ("postponed", "Startnotitie Omgevingsvisie 2040 en participatieplan"),
        ),
    ],
)
def test_a_label_opening_the_point_title_is_the_point(head: str, item: str, expected: tuple[str, str]) -> None:
    assert outcomes(head + item, "nl") == [expected]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "8. Motie vreemd aan de orde: gratis parkeren in december\n"
            "   Motie M4 (VVD) 'Gratis parkeren in december': verworpen met 9 stemmen voor en 18 tegen.\n",
            ("rejected", "Motie M4 (VVD) Gratis parkeren in december"),
        ),
        (
            "9. Aanpassing meerjarenplan 2026-2031 nr. 2\n"
            "   Meerjarenplan: goedgekeurd met 17 stemmen voor en 6 stemmen tegen.\n",
            ("adopted", "Meerjarenplan"),
        ),
    ],
)
def test_a_label_not_opening_the_title_keeps_its_words(item: str, expected: tuple[str, str]) -> None:
    assert outcomes(DUTCH + item, "nl") == [expected]
