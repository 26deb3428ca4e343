"""Norwegian ties decided by the chair's double vote ("Ved stemmelikhet, 16 mot 16 stemmer, ble
innstillingen vedtatt med ordførerens dobbeltstemme."): one adopted row for what won, its counts
from the tie, casting_vote true; the count line above it ("16 stemte imot (Ap, SV, R)") is the same
vote, not a second, rejected one.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Utvalg: Kommunestyret\nMøtedato: 19.06.2024\n\nPS 46/24 Salg av tomt i Kallerud næringspark\n\n",
    "nn": "Utval: Kommunestyret\nMøtedato: 30.11.2023\n\nPS 46/23 Sal av tomt på Palmafoss\n\n",
}


def _rows(language: str, text: str) -> list[tuple]:
    rows = votes(f"{HEAD[language]}Votering:\n{text}\n", language)
    return [(r.outcome, r.votes_for, r.votes_against, r.casting_vote, r.unanimous) for r in rows]


@pytest.mark.parametrize(
    ("language", "text", "counts"),
    [
        (
            "nb",
            "Innstillingen fikk 16 stemmer, og 16 stemte imot (Ap, SV, R).\n"
            "Ved stemmelikhet, 16 mot 16 stemmer, ble innstillingen vedtatt med ordførerens dobbeltstemme.",
            (16, 16),
        ),
        ("nb", "Ved stemmelikhet ble innstillingen vedtatt med ordførerens dobbeltstemme.", (None, None)),
        ("nb", "Ved stemmelikhet 5 mot 5 stemmer ble forslaget fra Høyre vedtatt med leders dobbeltstemme.", (5, 5)),
        (
            "nb",
            "Ved likt stemmetall, 18 mot 18 stemmer, ble rådmannens innstilling vedtatt ved ordførerens dobbeltstemme.",
            (18, 18),
        ),
        (
            "nn",
            "Ved røystelikskap, 16 mot 16 røyster, vart innstillinga vedteken med ordføraren si dobbelrøyst.",
            (16, 16),
        ),
        ("nn", "Ved likt røystetal vart tilrådinga vedteken med dobbelrøysta til ordføraren.", (None, None)),
        ("nn", "Ved røystelikskap 4 mot 4 røyster vart framlegget frå Sp vedteke med leiaren si dobbelrøyst.", (4, 4)),
        (
            "nn",
            "Ved stemmelikhet, 12 mot 12 røyster, vart innstillinga vedteken med ordføraren si dobbeltstemme.",
            (12, 12),
        ),
    ],
)
def test_a_tie_decided_by_the_chairs_double_vote_is_one_adopted_row(language, text, counts):
    assert _rows(language, text) == [("adopted", *counts, True, False if counts[1] else None)]
