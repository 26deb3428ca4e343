"""Family: Flemish minutes whose closed-session items point to separate minutes instead of recording the decision
(nl): "Besluit: zie afzonderlijke notulen besloten zitting." The decision is not in the text, so the item gives no
row. A decision stated before such a pointer, or a pointer to an annex beside a stated outcome, is still a row. All
text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeente Buggenhout - notulen gemeenteraad\nZitting van dinsdag 27 januari 2026\n\nBesloten zitting\n\n"
ITEM = "8. Personeel - aanstelling diensthoofd financiën\n"


@pytest.mark.parametrize(
    "pointer",
    [
        "Besluit: zie afzonderlijke notulen besloten zitting.",
        "Beslissing: zie aparte notulen.",
        "Besluit: zie besloten notulen.",
        "Besluit: Zie de afzonderlijke notulen van de besloten zitting.",
        "Besluit: zie geheime notulen",
        "   Besluit: zie afzonderlijke notulen",
    ],
)
def test_a_pointer_to_separate_minutes_is_no_decision(pointer: str) -> None:
    assert votes(HEAD + ITEM + pointer + "\n", "nl") == []


def test_a_decision_stated_before_the_pointer_is_a_row() -> None:
    text = HEAD + ITEM + "Besluit: goedgekeurd met eenparigheid van stemmen; zie afzonderlijke notulen.\n"
    assert [(r.case_number, r.outcome) for r in votes(text, "nl")] == [("8", "adopted")]


def test_an_outcome_beside_a_pointer_to_an_annex_is_a_row() -> None:
    text = HEAD + ITEM + "Besluit: De gemeenteraad keurt de aanstelling goed.\nZie bijlage voor de motivering.\n"
    assert [(r.case_number, r.outcome) for r in votes(text, "nl")] == [("8", "adopted")]
