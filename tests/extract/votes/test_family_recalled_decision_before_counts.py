"""Family: an earlier decision recalled in an item's motivation does not take the item's counts (nl).

Flemish notulen motivate an item with its history ("De gemeenteraad keurde op 28 mei 2019 het
klimaatplan goed.") right above the item's count line ("Stemming: met 22 stemmen voor ... en 6 stemmen
tegen") and its decision block. The recalled decision is background and gives no row; the counts below it
belong to the item's own decision. All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeente Balen\nNotulen gemeenteraad\nZitting van dinsdag 13 oktober 2026\n\n"


@pytest.mark.parametrize(
    "history",
    [
        "De gemeenteraad keurde op 28 mei 2019 het klimaatactieplan goed.",
        "Het klimaatactieplan werd in 2020 door de gemeenteraad goedgekeurd.",
        "In de zitting van 12 maart 2024 stelde de raad het mobiliteitsplan vast.",
        "De raad besliste in 2021 al om de sporthal te renoveren. Het dossier is nu klaar.",
        "Het reglement werd op 3 februari 2022 aangenomen\nen sindsdien twee keer gewijzigd.",
    ],
)
def test_counts_below_a_recalled_decision_belong_to_the_item(history):
    text = (
        HEAD + "5. Toetreding tot het Burgemeestersconvenant 2030\nMotivering\n" + history + "\n"
        "Stemming: met 22 stemmen voor (N-VA, CD&V, Vooruit, Groen) en 6 stemmen tegen (Vlaams Belang)\n"
        "Besluit\nArtikel 1. De gemeenteraad beslist toe te treden tot het Burgemeestersconvenant 2030.\n"
    )
    (row,) = votes(text, "nl")
    assert (row.case_number, row.outcome, row.votes_for, row.votes_against, row.against_parties) == (
        "5",
        "adopted",
        22,
        6,
        '{"Vlaams Belang":6}',
    )


def test_a_decision_of_this_meeting_still_takes_the_counts_on_its_next_line():
    text = (
        HEAD + "6. Subsidiereglement jeugd\nHet reglement wordt goedgekeurd.\n"
        "Stemming: met 20 stemmen voor en 8 stemmen tegen\n"
    )
    (row,) = votes(text, "nl")
    assert (row.votes_for, row.votes_against) == (20, 8)
