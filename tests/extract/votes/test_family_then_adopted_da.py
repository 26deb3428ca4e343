"""Family (da): after a vote on an amendment the minutes go on "Herefter blev <the recommendation> godkendt": the
recommendation's own row, whoever's it is ("administrationens indstilling", lower case as well as "Plan- og
Miljøudvalgets indstilling"), however amended ("regulativet med den vedtagne ændring": a noun for the item, so its
title) and with its unanimity after the verb ("godkendt enstemmigt"). A recommendation only put to the vote
("Herefter blev indstillingen sat til afstemning.") is no decision of its own."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Kommunalbestyrelsen – Beslutningsprotokol\nMødedato: Torsdag den 26. marts 2026\n\n"
    "Punkt 03  Takstblad for renovation 2026\n"
    'Ændringsforslag fra Malik Heilmann (S):\n"Taksten hæves med 5 pct."\n'
    "Ændringsforslaget blev forkastet med 7 stemmer for og 12 imod.\n"
)

THEN = [
    ("Herefter blev administrationens indstilling godkendt enstemmigt.", "administrationens indstilling", True),
    ("Derefter blev direktionens indstilling vedtaget.", "direktionens indstilling", None),
    ("Herefter blev forvaltningens indstilling enstemmigt godkendt.", "forvaltningens indstilling", True),
    ("Herefter blev regulativet med den vedtagne ændring godkendt.", "Takstblad for renovation 2026", None),
    ("Dernæst blev planen med de vedtagne ændringer godkendt enstemmigt.", "Takstblad for renovation 2026", True),
    ("Herefter blev Økonomiudvalgets indstilling godkendt enstemmigt.", "Økonomiudvalgets indstilling", True),
]


@pytest.mark.parametrize(("line", "subject", "unanimous"), THEN)
def test_the_recommendation_adopted_after_the_amendment_is_its_own_row(line, subject, unanimous):
    rows = votes(HEAD + line + "\n", "da")
    assert [(r.outcome, r.subject) for r in rows] == [
        ("rejected", "Taksten hæves med 5 pct"),
        ("adopted", subject),
    ]
    assert rows[1].unanimous is unanimous


@pytest.mark.parametrize(
    "line",
    ["Herefter blev administrationens indstilling sat til afstemning.", "Herefter blev mødet hævet."],
)
def test_a_recommendation_only_put_to_the_vote_gives_no_row(line):
    assert [r.outcome for r in votes(HEAD + line + "\n", "da")] == ["rejected"]
