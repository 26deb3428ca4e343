"""Flemish counts written as yes and no votes with the parties behind each count in brackets ("goedgekeurd met 14
ja-stemmen (CD&V, N-VA), 6 neen-stemmen (Vooruit, Groen) en 3 onthoudingen", "verworpen met 3 ja-stemmen (Vlaams
Belang) en 20 neen-stemmen (...)") give both counts; brackets listing several parties without per-party counts
leave the parties against unknown, one party alone takes the whole count, and abstentions are not votes against."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Notulen gemeenteraad\nZitting van dinsdag 20 oktober 2026\n\n4. Meerjarenplan 2026-2031 - aanpassing nr. 3\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Stemming: goedgekeurd met 14 ja-stemmen (CD&V, N-VA), 6 neen-stemmen (Vooruit, Groen) en 3 onthoudingen "
            "(Vlaams Belang).",
            ("adopted", 14, 6, None),
        ),
        (
            "Stemming: verworpen met 3 ja-stemmen (Vlaams Belang) en 20 neen-stemmen (CD&V, N-VA, Vooruit, Groen).",
            ("rejected", 3, 20, None),
        ),
        (
            "Stemming: goedgekeurd met 17 ja-stemmen (Open Vld, CD&V) en 8 neen-stemmen (N-VA).",
            ("adopted", 17, 8, {"N-VA": 8}),
        ),
        (
            "Stemming: goedgekeurd met 12 jastemmen (lijst Burgemeester), 9 neenstemmen (N-VA, Vooruit).",
            ("adopted", 12, 9, None),
        ),
        (
            "Stemming: verworpen met 5 stemmen ja (Groen, PVDA) en 19 stemmen neen (CD&V, N-VA).",
            ("rejected", 5, 19, None),
        ),
    ],
)
def test_yes_and_no_votes_with_their_parties_give_both_counts(line, expected) -> None:
    rows = vote_cells(HEAD + line + "\nBesluit\nArtikel 1. De aanpassing wordt vastgesteld.\n", "nl")
    assert [(outcome, yes, no, parties) for _, _, outcome, yes, no, parties in rows] == [expected]
