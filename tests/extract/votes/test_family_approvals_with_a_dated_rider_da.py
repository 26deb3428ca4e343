"""A Danish approval with a rider that names a later time ("Enstemmigt godkendt med den bemærkning, at midlerne
fordeles efter ansøgningsrunden i juni.", "Godkendt, idet ordningen evalueres i 2027.") is this meeting's
decision: the time belongs to the rider ("med den bemærkning/tilføjelse/ændring, at", "idet", "med virkning
pr."), not to the approval, so it recalls no earlier decision. Look-alikes: an approval dated by its own time
("Byrådet godkendte i juni 2025 at ...", "Planen blev godkendt den 12. marts 2025.") recalls an earlier decision.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Plan- og Miljøudvalget\nMødedato: 13-04-2026\n\n35. Tilskud fra landdistriktspuljen 2026\nBeslutning\n"
TITLE = "Tilskud fra landdistriktspuljen 2026"


def _rows(body: str) -> list[tuple]:
    return [(r.subject, r.outcome, r.unanimous) for r in votes(HEAD + body + "\n", "da")]


@pytest.mark.parametrize(
    ("body", "unanimous"),
    [
        ("Enstemmigt godkendt med den bemærkning, at midlerne fordeles efter\nansøgningsrunden i juni.", True),
        ("Enstemmigt godkendt med den tilføjelse, at planen evalueres i 2027.", True),
        ("Enstemmigt godkendt, idet midlerne fordeles i juni.", True),
        ("Anbefales godkendt med den ændring, at høringen afsluttes i august.", None),
        ("Indstillingen blev enstemmigt godkendt med den bemærkning, at midlerne fordeles i juni.", True),
        ("Enstemmigt godkendt med bemærkning om fordeling i september.", True),
        ("Enstemmigt vedtaget med virkning pr. 1. januar 2027.", True),
    ],
)
def test_an_approval_with_a_dated_rider_is_this_meetings_decision(body, unanimous):
    assert _rows(body) == [(TITLE, "adopted", unanimous)]


@pytest.mark.parametrize(
    "body",
    [
        "Byrådet godkendte i juni 2025 at igangsætte analysen.",
        "Planen blev godkendt den 12. marts 2025.",
        "Puljen blev vedtaget i 2024 som en del af budgettet.",
    ],
)
def test_an_approval_dated_by_its_own_time_recalls_an_earlier_decision(body):
    assert _rows(body) == []
