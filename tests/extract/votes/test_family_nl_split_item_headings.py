"""An agenda item whose number stands alone on its line and whose title starts the next ("3." /
"Klimaatplan"), as pages and PDFs often break it: the number is the row's case number. A number over a
lower-case clause or a sentence is a point of a decision list, not an item.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raadsvergadering 9 april 2024\n\n3.\nKlimaatplan\n\nHet voorstel wordt aangenomen.\n", ["3"]),
        (
            "Raadsvergadering 9 april 2024\n\n3.\nKlimaatplan\n\nDe raad neemt het voorstel aan.\n\n4.\nMotie "
            "fietsveiligheid\n\nDe motie wordt met 9 stemmen voor en 22 tegen verworpen.\n",
            ["3", "4"],
        ),
        (
            "Zitting van 9 april 2024\n\n12.\nJumelage met Ieper - stopzetting\n\nGoedgekeurd met 20 stemmen voor "
            "en 5 tegen.\n",
            ["12"],
        ),
        ("Gemeenteraad 14 mei 2024\n\n5.2.\n\nBegrotingswijziging 2024\n\nConform besloten.\n", ["5.2"]),
        (
            "Vergadering van 3 juni 2025\n\n8.\nVaststelling bestemmingsplan Centrum\n\nHet bestemmingsplan wordt "
            "met algemene stemmen vastgesteld.\n",
            ["8"],
        ),
    ],
)
def test_a_number_over_a_title_line_is_the_item_number(text, expected):
    assert [r.case_number for r in votes(text, "nl")] == expected


def test_numbered_points_of_a_decision_are_not_items():
    text = (
        "Raadsvergadering 9 april 2024\n\n7. Omgevingsvisie\n\nBesluit:\n1.\nde omgevingsvisie vast te stellen;\n"
        "2.\nhet college te vragen jaarlijks te rapporteren.\n\nAangenomen met algemene stemmen.\n"
    )
    assert [(r.case_number, r.subject) for r in votes(text, "nl")] == [("7", "Omgevingsvisie")]
