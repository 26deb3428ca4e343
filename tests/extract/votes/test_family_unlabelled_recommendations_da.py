"""A Danish case may give the administration's recommendation without its "Indstilling" label
("Forvaltningen indstiller, at budgetopfølgningen tages til efterretning.") right under the case header:
what the meeting was asked to decide, not a decision of its own. Only the decision below it (under a
"Beslutning" label or a committee's step) gives a row. Under a decision label the same words are the
committee's decision.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Økonomiudvalget\nMødedato: 9. marts 2026\n\nPunkt 22  Regnskab 2025 for Havnen\nSagsnr. 26/1180\n\n"


def _rows(body: str) -> list[tuple[str | None, str]]:
    return [(r.subject, r.outcome) for r in votes(HEAD + body, "da")]


@pytest.mark.parametrize(
    "body",
    [
        "Forvaltningen indstiller, at regnskabet tages til efterretning.\n\nBeslutning i Økonomiudvalget den "
        "9. marts 2026:\nTaget til efterretning.\n",
        "Direktionen indstiller, at årsregnskabet tages til orientering.\n\nBeslutning\nTaget til efterretning.\n",
        "Kommunaldirektøren indstiller over for udvalget, at regnskabet tages til efterretning.\n\nBeslutning:\n"
        "Taget til orientering.\n",
        "Administrationen indstiller, at\nregnskabet for 2025 tages til efterretning.\n\nBeslutning\nTaget til "
        "efterretning.\n",
        "Center for Økonomi indstiller, at havnens regnskab tages til efterretning.\nBeslutning\nTaget til "
        "efterretning.\n",
    ],
)
def test_the_recommendation_above_the_decision_gives_no_row_of_its_own(body):
    assert _rows(body) == [("Regnskab 2025 for Havnen", "noted")]


@pytest.mark.parametrize(
    "body",
    [
        # under the decision label the committee's own words are its decision
        "Beslutning\nUdvalget anbefaler, at regnskabet tages til efterretning.\n",
        # a decision sentence that recommends nothing is a decision however it opens
        "Beslutning\nRegnskabet blev taget til efterretning.\n",
    ],
)
def test_the_same_words_under_a_decision_label_are_the_decision(body):
    rows = _rows(body)
    assert len(rows) == 1 and rows[0][1] == "noted"
