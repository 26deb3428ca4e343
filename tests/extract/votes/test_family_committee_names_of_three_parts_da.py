"""A Danish committee named by three or more fields ("Kultur-, Unge- og Fritidsudvalget", "Plan-, Bolig- og
Miljøudvalget") is the body in full: the head's name is not cut after its first comma (models/votes/da.json
`head_bodies`). Look-alikes: a two-part name ("Teknik- og Miljøudvalget") and a one-word name stay as written.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

CASE = "\n\nPunkt 12  Åbningstider på Hovedbiblioteket\nBeslutning:\nGodkendt.\n"


def _bodies(head: str) -> list[str | None]:
    return [r.body for r in votes(head + CASE, "da")]


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (
            "Kultur-, Unge- og Fritidsudvalget\nReferat\nOnsdag 4. marts 2026, kl. 17.30",
            "Kultur-, Unge- og Fritidsudvalget",
        ),
        ("Plan-, Bolig- og Miljøudvalget\nMødedato: 10. marts 2026", "Plan-, Bolig- og Miljøudvalget"),
        ("Referat\nKlima-, Teknik- og Miljøudvalget\nDato: 07-04-2026", "Klima-, Teknik- og Miljøudvalget"),
        ("Social-, Sundheds- og Ældreudvalget\nMødedato: 2. juni 2026", "Social-, Sundheds- og Ældreudvalget"),
        (
            "Børne-, Unge-, Skole- og Familieudvalget\nMødedato: 2. juni 2026",
            "Børne-, Unge-, Skole- og Familieudvalget",
        ),
        ("Teknik- og Miljøudvalget\nMødedato: 5. maj 2026", "Teknik- og Miljøudvalget"),
        ("Økonomiudvalget\nMødedato: 5. maj 2026", "Økonomiudvalget"),
    ],
)
def test_the_committee_name_is_kept_whole(head, body):
    assert _bodies(head) == [body]
