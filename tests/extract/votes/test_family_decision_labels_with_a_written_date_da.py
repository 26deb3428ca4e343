"""A Danish decision label naming the body and a date with its month written out ("Beslutning, Kultur- og
Fritidsudvalget, 20. januar 2026") stands on its own line, as the numeric date's label does: the case title above
it and the decision under it ("Til efterretning.") are no part of it.

Where the lines around it had about the text's width, the text joined the title, the label and the decision into
one line ("Status på ... 2024-2027 Beslutning, ... 20. januar 2026 Til efterretning."), so the case lost its row.

Look-alikes: the numeric date's label keeps working; a title wrapped over two lines still keeps its second line.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Kultur- og Fritidsudvalget - Referat\nDato: 20.01.2026   Tid: 17:00\n"


@pytest.mark.parametrize(
    ("label", "title", "decision", "outcome"),
    [
        (
            "Beslutning, Kultur- og Fritidsudvalget, 20. januar 2026",
            "Status på Kulturstrategien 2024-2027",
            "Til efterretning.",
            "noted",
        ),
        (
            "Beslutning, Kultur- og Fritidsudvalget, den 20. januar 2026",
            "Halvårsregnskab for museerne 2025",
            "Godkendt.",
            "adopted",
        ),
        (
            "Beslutning – Kultur- og Fritidsudvalget – 20. januar 2026",
            "Handleplan for idrætten 2026-2028",
            "Anbefales.",
            "adopted",
        ),
        (
            "Afgørelse, Kultur- og Fritidsudvalget, 20. januar 2026",
            "Tilskud til foreninger i 2026",
            "Taget til efterretning.",
            "noted",
        ),
        (
            "Beslutning, Udvalget, 20. jan. 2026",
            "Evaluering af sommerferieaktiviteter 2025",
            "Udsat til næste møde.",
            "postponed",
        ),
    ],
)
def test_a_label_with_a_written_date_stands_on_its_own_line(
    label: str, title: str, decision: str, outcome: str
) -> None:
    text = (
        HEAD + f"Sag nr. 1 Godkendelse af dagsorden\n{label}\nGodkendt.\n"
        f"Sag nr. 2 {title}\nSagsnr.: 24/11873\n{label}\n{decision}\n"
        f"Sag nr. 3 {title}\n{label}\n{decision}\n"
    )
    rows = votes(text, "da")
    assert [(r.subject, r.outcome, str(r.meeting_date)) for r in rows] == [
        ("Godkendelse af dagsorden", "adopted", "2026-01-20"),
        (title, outcome, "2026-01-20"),
        (title, outcome, "2026-01-20"),
    ]


def test_a_label_with_a_numeric_date_still_stands_on_its_own_line() -> None:
    label = "Beslutning, Kultur- og Fritidsudvalget, 20.01.2026"
    text = (
        HEAD + f"Sag nr. 1 Godkendelse af dagsorden\n{label}\nGodkendt.\nSag nr. 2 Plan 2024-2027\n{label}\nGodkendt.\n"
    )
    assert [r.subject for r in votes(text, "da")] == ["Godkendelse af dagsorden", "Plan 2024-2027"]


def test_a_title_over_two_lines_still_keeps_its_second_line() -> None:
    label = "Beslutning, Kultur- og Fritidsudvalget, 20. januar 2026"
    text = HEAD + f"Sag nr. 3 Kunstgræsbane ved Usserød Idrætsanlæg\nog ved Rungsted Skole\n{label}\nGodkendt.\n"
    assert [r.subject for r in votes(text, "da")] == ["Kunstgræsbane ved Usserød Idrætsanlæg og ved Rungsted Skole"]
