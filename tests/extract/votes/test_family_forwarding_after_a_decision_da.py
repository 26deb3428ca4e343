"""A Danish forwarding line under a decision ("Godkendt." / "Regnskabet oversendes til revisionen.", "Sagen
oversendes til Kommunalbestyrelsen.") says where the decided case goes next: it is no second decision, the block is
one row. A step recording only the forwarding ("Oversendes til Byrådet.") is that step's row, named by the case.
Look-alikes: a second decision with its own outcome below the first stays a row of its own, and a forwarding inside
the case text (no decision block) gives no row. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = "Økonomiudvalget\n\nMødedato: 9. juni 2026\n\n4. Regnskab 2025\n"


@pytest.mark.parametrize(
    "block",
    [
        "Beslutning:\nGodkendt.\nRegnskabet oversendes til revisionen.\n",
        "Beslutning:\nGodkendt.\nSagen oversendes til Kommunalbestyrelsen.\n",
        "Beslutning:\nAnbefales.\nSagen oversendes til Kommunalbestyrelsens møde den 25. juni 2026.\n",
        "Beslutning:\nIndstillingen blev godkendt.\nBeretningen videresendes til Ankestyrelsen.\n",
        "Beslutning: Godkendt. Sagen oversendes til Byrådet.\n",
        "Beslutning:\nOversendes til Byrådet.\n",
    ],
)
def test_a_forwarding_line_is_no_second_decision(block):
    assert outcomes(HEAD + block, "da") == [("adopted", "Regnskab 2025")]


def test_a_second_decision_below_the_first_is_a_row_of_its_own():
    block = "Beslutning:\nÆndringsforslaget blev forkastet.\nIndstillingen blev godkendt.\n"
    assert [o for o, _ in outcomes(HEAD + block, "da")] == ["rejected", "adopted"]


def test_a_forwarding_in_the_case_text_gives_no_row():
    text = "Sagsfremstilling\nEfter godkendelse oversendes regnskabet til revisionen i juli.\n"
    assert outcomes(HEAD + text, "da") == []
