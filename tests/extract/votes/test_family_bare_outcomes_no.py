"""Norwegian decision blocks that only state a bare outcome: a case to be withdrawn ("Saken trekkes.") is
postponed like a deferred one, and a bare negation ("Ikke vedtatt.", "Ikkje vedteke.") is rejected; both are
about the case. A case already withdrawn ("Saka vart trekt.") was never decided (tests/extract/votes/
test_family_withdrawn_items_nordic.py). A block that adopts keeps `adopted`.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


@pytest.mark.parametrize(
    ("decision", "language", "outcome"),
    [
        ("Saken trekkes.", "nb", "postponed"),
        ("Ikke vedtatt.", "nb", "rejected"),
        ("Ikke godkjent.", "nb", "rejected"),
        ("Ikkje vedteke.", "nn", "rejected"),
        ("Ikkje godkjend.", "nn", "rejected"),
        ("Ikkje vedteken", "nn", "rejected"),
    ],
)
def test_a_bare_outcome_block_gives_the_outcome_about_the_case(decision, language, outcome):
    rows = votes(f"{CASE[language]}Vedtak:\n{decision}\n", language)
    assert [(r.subject, r.outcome) for r in rows] == [("Budsjett 2024", outcome)]


@pytest.mark.parametrize(
    ("decision", "language"),
    [("Vedtatt.", "nb"), ("Godkjent.", "nb"), ("Vedteke.", "nn"), ("Som tilrådd.", "nn")],
)
def test_a_bare_adoption_stays_adopted(decision, language):
    assert [r.outcome for r in votes(f"{CASE[language]}Vedtak:\n{decision}\n", language)] == ["adopted"]
