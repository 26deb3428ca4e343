"""A point 'afgedaan' as proposed: 'Conform voorstel afgedaan.', 'Besluit: conform het voorstel afgedaan.',
'Uitslag: conform afgedaan.' under a list of incoming documents or a regulation. Dutch besluitenlijsten settle the
list of ingekomen stukken so: the point is dealt with as the presidium proposed, an adopted row about the point's
title (the words name how, not what).

Look-alike: a tracker's status field ('Status: Afgedaan') reports on a promise and decides nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = "Besluitenlijst van de openbare vergadering van de gemeenteraad van Testdorp\ngehouden op 8 juli 2026\n\n"


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("Agendapunt 13  Lijst ingekomen stukken\n  Conform voorstel afgedaan.\n", "Lijst ingekomen stukken"),
        ("7. Lijst van ingekomen stukken\nBesluit: conform het voorstel afgedaan.\n", "Lijst van ingekomen stukken"),
        (
            "8. Verordening marktgelden 2027\nBesluit: overeenkomstig het voorstel afgedaan.\n",
            "Verordening marktgelden 2027",
        ),
        ("9. Ingekomen stukken juni 2026\nUitslag: conform afgedaan.\n", "Ingekomen stukken juni 2026"),
        (
            "4.   Lijst ingekomen stukken raadsvergadering 8 juli 2026\n     Besluit: conform raadsvoorstel afgedaan\n",
            "Lijst ingekomen stukken raadsvergadering 8 juli 2026",
        ),
    ],
)
def test_a_point_settled_as_proposed_is_adopted_about_its_title(item: str, title: str) -> None:
    assert outcomes(HEAD + item, "nl") == [("adopted", title)]


def test_a_tracker_status_settled_is_no_vote() -> None:
    text = (
        "Lijst van toezeggingen gemeenteraad Testdorp, stand 1 juli 2026\n\n"
        "T-2026-03 Informeren over de planning van de woningbouw\n"
        "Wethouder: De Vries\n"
        "Status: Afgedaan\n"
    )
    assert outcomes(text, "nl") == []
