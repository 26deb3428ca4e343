"""A Danish decision label that names the deciding body and the meeting's date after commas or dashes
("Beslutning, Kultur- og Fritidsudvalget, 20.01.2026") is a decision label, not a line of the case's title.

Under a case header whose title stands on its line ("Sag nr. 1 Godkendelse af dagsorden"), such a label was read as
the title's second line, so the row's subject became "Godkendelse af dagsorden Beslutning, Kultur- ...".

Look-alikes: a title running over two lines keeps its second line; a plain "Beslutning" label is unchanged.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Kultur- og Fritidsudvalget - Referat\nDato: 20.01.2026   Tid: 17:00\n"


@pytest.mark.parametrize(
    "label",
    [
        "Beslutning, Kultur- og Fritidsudvalget, 20.01.2026",
        "Beslutning, Kultur- og Fritidsudvalget, 20-01-2026",
        "Beslutning – Kultur- og Fritidsudvalget – 20-01-2026",
        "Afgørelse, Kultur- og Fritidsudvalget, den 20.01.2026",
        "Beslutning, Udvalget, 20.01.2026",
    ],
)
def test_a_label_naming_body_and_date_is_no_part_of_the_title(label: str) -> None:
    text = (
        HEAD + f"Sag nr. 1 Godkendelse af dagsorden\n{label}\nGodkendt.\n"
        f"Sag nr. 2 Status på Kulturstrategien 2024-2027\nSagsnr.: 24/11873\n{label}\nTil efterretning.\n"
    )
    rows = votes(text, "da")
    assert [(r.subject, r.outcome, str(r.meeting_date)) for r in rows] == [
        ("Godkendelse af dagsorden", "adopted", "2026-01-20"),
        ("Status på Kulturstrategien 2024-2027", "noted", "2026-01-20"),
    ]


def test_a_title_over_two_lines_keeps_its_second_line() -> None:
    text = HEAD + "Sag nr. 3 Kunstgræsbane ved Usserød Idrætsanlæg\nog ved Rungsted Skole\nBeslutning\nGodkendt.\n"
    assert [r.subject for r in votes(text, "da")] == ["Kunstgræsbane ved Usserød Idrætsanlæg og ved Rungsted Skole"]
