"""Family (nn): a proposal that 'fall' with its counts written as words ("Endringsframlegget fall med to mot tre
røyster.", "Framlegget fall mot fem røyster."): a rejected row about that proposal with its counts, as when the
counts are digits. Look-alikes: 'i så fall' and 'fall mot to av tre punkt' count no votes and decide nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Formannskapet\nMøtedato: 24.02.2026\n\nFS-15/26 Næringsareal på Sauland\n"
    "Framlegg frå Gunn Bakke (Sp):\n«Kjøpesummen skal ikkje overstige kr 650 000.»\nRøysting:\n"
)


def _rows(line: str) -> list[tuple]:
    return [(r.outcome, r.proposer, r.votes_for, r.votes_against) for r in votes(HEAD + line + "\n", "nn")]


@pytest.mark.parametrize(
    ("line", "counts"),
    [
        ("Endringsframlegget fall med to mot tre røyster.", (2, 3)),
        ("Framlegget fall med éi mot seks røyster.", (1, 6)),
        ("Framlegget fall mot fem røyster.", (None, 5)),
        ("Framlegget fall med fire mot elleve røyster (Sp, KrF).", (4, 11)),
        ("Framlegget fall med tolv mot tjuetre røyster.", (12, 23)),
        ("Framlegget frå Bakke fall med ni mot sju røyster.", (7, 9)),
    ],
)
def test_a_proposal_that_fell_by_counts_in_words_is_rejected_with_its_counts(line, counts):
    assert _rows(line) == [("rejected", "Gunn Bakke", *counts)]


@pytest.mark.parametrize(
    "line",
    ["I så fall med to born i klassen vert det ny vurdering.", "Om saka fall mot to av tre punkt, kjem ho attende."],
)
def test_fall_in_other_senses_decides_nothing(line):
    assert _rows(line) == []
