"""Family: Dutch vote-result pages (stemmingsuitslagen) with amendments numbered under their point (nl).

A results page lists each voted text under its own number: the raadsvoorstel "7.1", its amendment "7.1-A1",
a motion "7.3". Each number is one row with that number as case_number. The result line reads "Uitslag:
aangenomen, 24 voor / 4 tegen". A closing explanation of the voting order ("Het amendement is aangenomen vóór
de stemming over het raadsvoorstel; het raadsvoorstel is dus in geamendeerde vorm vastgesteld.") records no
decision of its own. All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeente Heusden · Raadsinformatie\nStemmingsuitslagen vergadering gemeenteraad dinsdag 14 april 2026\n\n"


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (
            "6.2 Raadsvoorstel Parkeerbeleid centrum\n    Uitslag: aangenomen, 19 voor / 8 tegen\n"
            "6.2-A1 Amendement 'Blauwe zone' (ingediend door D66)\n    Uitslag: verworpen, 9 voor / 18 tegen\n",
            [("6.2", "adopted", 19, 8), ("6.2-A1", "rejected", 9, 18)],
        ),
        (
            "4.1 Raadsvoorstel Kadernota 2027\n    Uitslag: aangenomen, 22 voor / 5 tegen\n"
            "4.1-A2 Amendement 'Minder leges'\n    Uitslag: aangenomen, 14 voor / 13 tegen\n"
            "4.1-M1 Motie 'Jongerenwerk'\n    Uitslag: verworpen, 10 voor / 17 tegen\n",
            [("4.1", "adopted", 22, 5), ("4.1-A2", "adopted", 14, 13), ("4.1-M1", "rejected", 10, 17)],
        ),
        (
            "9 Raadsvoorstel Grondexploitatie De Hoeven\n    Uitslag: aangenomen, 25 voor, 2 tegen\n"
            "9-A1 Amendement 'Meer groen'\n    Uitslag: verworpen, 7 voor, 20 tegen\n",
            [("9", "adopted", 25, 2), ("9-A1", "rejected", 7, 20)],
        ),
        (
            "5.3 Raadsvoorstel Verordening jeugdhulp\n    Uitslag: goedgekeurd, 27 voor / 0 tegen\n",
            [("5.3", "adopted", 27, 0)],
        ),
        (
            "8.1-A1 Amendement 'Fietspad Vlijmen' (ingediend door CDA)\n    Uitslag: verworpen, 11 voor / 16 tegen\n"
            "8.1 Raadsvoorstel Mobiliteitsplan\n    Uitslag: vastgesteld, 24 voor / 3 tegen\n",
            [("8.1-A1", "rejected", 11, 16), ("8.1", "adopted", 24, 3)],
        ),
    ],
)
def test_each_numbered_voted_text_is_a_row_under_its_own_number(block, expected):
    rows = votes(HEAD + block, "nl")
    assert [(r.case_number, r.outcome, r.votes_for, r.votes_against) for r in rows] == expected


@pytest.mark.parametrize(
    "explanation",
    [
        "Het amendement is aangenomen vóór de stemming over het raadsvoorstel; het raadsvoorstel is dus in "
        "geamendeerde vorm vastgesteld.",
        "Het amendement werd aangenomen voor de stemming over het raadsvoorstel.",
        "Het raadsvoorstel is dus geamendeerd vastgesteld.",
        "De motie is verworpen na de stemming over het raadsvoorstel.",
        "Het amendement werd\nvoorafgaand aan de stemming over het raadsvoorstel aangenomen; het voorstel werd dus "
        "gewijzigd vastgesteld.",
    ],
)
def test_an_explanation_of_the_voting_order_is_no_decision(explanation):
    block = (
        "3.1 Raadsvoorstel Woonvisie 2026-2030\n    Uitslag: aangenomen, 20 voor / 7 tegen\n"
        "3.1-A1 Amendement 'Starters'\n    Uitslag: aangenomen, 15 voor / 12 tegen\n"
        "4 Informatienota Jaarverslag\n    Uitslag: voor kennisgeving aangenomen\n\nToelichting\n"
    )
    rows = votes(HEAD + block + explanation + "\n", "nl")
    assert [(r.case_number, r.outcome) for r in rows] == [("3.1", "adopted"), ("3.1-A1", "adopted"), ("4", "noted")]


def test_a_counted_amendment_sentence_is_still_a_decision():
    text = (
        "Gemeente Heusden\nNotulen gemeenteraad 14 april 2026\n\n3. Woonvisie\n"
        "Het amendement wordt met 15 stemmen voor en 12 stemmen tegen aangenomen.\n"
    )
    (row,) = votes(text, "nl")
    assert (row.outcome, row.votes_for, row.votes_against) == ("adopted", 15, 12)
