"""Family 3: Flemish council minutes (nl, BE)."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEADER = "Gemeenteraad\n\nDe voorzitter opent de zitting op 28/03/2022 om 20:00.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Besluit:\nMet algemeenheid van stemmen goedgekeurd.\n",
        "Het reglement wordt met algemeenheid van stemmen goedgekeurd.\n",
        "Goedgekeurd met algemene stemmen.\n",
        "Besluit\nMet algemeenheid van stemmen.\nArtikel 1: De gemeenteraad keurt het retributiereglement goed.\n",
        "De jaarrekening wordt met algemeenheid van de stemmen vastgesteld.\n",
    ],
)
def test_flemish_unanimity(text):
    (row,) = votes(HEADER + text, "nl")
    assert (row.meeting_date, row.outcome, row.unanimous, row.votes_against) == ("2022-03-28", "adopted", True, 0)


@pytest.mark.parametrize(
    ("text", "votes_for", "votes_against"),
    [
        ("Goedgekeurd met 15 stemmen voor, 4 stemmen tegen en 2 onthoudingen.\n", 15, 4),
        ("Het reglement wordt goedgekeurd met 17 stemmen voor en 6 stemmen tegen.\n", 17, 6),
        ("Stemmen voor: 14 (N-VA, CD&V); stemmen tegen: 7 (Vooruit, Groen); onthoudingen: 2 (Vlaams Belang)\n", 14, 7),
        ("Goedgekeurd met 19 stemmen voor, 2 stemmen tegen.\n", 19, 2),
        (
            "De gemeenteraad gaat niet akkoord (met 12 stemmen tegen, 8 stemmen voor) om het punt toe te voegen.\n",
            8,
            12,
        ),
    ],
)
def test_flemish_counted_votes(text, votes_for, votes_against):
    (row,) = votes(HEADER + text, "nl")
    assert (row.votes_for, row.votes_against, row.unanimous) == (votes_for, votes_against, False)
