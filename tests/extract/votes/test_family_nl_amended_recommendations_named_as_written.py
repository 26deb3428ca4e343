"""Family: the recommendation voted as amended, named as the minutes name it (nl).

Dutch besluitenlijsten and notulen vote on the amendments first, then on the recommendation as amended, and
name that vote on a line or in a sentence of its own: "Raadsvoorstel, zoals geamendeerd" / "Besluit: unaniem
aangenomen.", "Geamendeerd raadsvoorstel" above its result, "Dan het geamendeerde voorstel. ... Het voorstel is
met algemene stemmen aangenomen.". That vote is about the amended recommendation, named as written. A plain
"Raadsvoorstel" line, an amended proposal named before an earlier decision, an amendment's own vote and a vote
label ("Stemming over het geamendeerde ontwerpbesluit", read as the case's vote) keep their subjects.
All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = (
    "Besluitenlijst van de gemeenteraad\nvergadering van donderdag 26 maart 2026\n\n"
    "5. Woonvisie 2026-2035\n"
    "Amendement A1 'Betaalbaar wonen' (SP)\n"
    "Besluit: aangenomen met 20 stemmen voor en 13 stemmen tegen.\n"
)


@pytest.mark.parametrize(
    ("record", "named"),
    [
        ("Raadsvoorstel, zoals geamendeerd\nBesluit: unaniem aangenomen.", "Raadsvoorstel, zoals geamendeerd"),
        ("Voorstel, zoals gewijzigd\nBesluit: aangenomen met 30 stemmen voor en 3 tegen.", "Voorstel, zoals gewijzigd"),
        ("Het geamendeerde ontwerpbesluit\nUitslag: aangenomen.", "Het geamendeerde ontwerpbesluit"),
        (
            "Dan het geamendeerde voorstel. Wie wenst aantekening? Niemand. Het voorstel is met algemene stemmen "
            "aangenomen.",
            "het geamendeerde voorstel",
        ),
        (
            "Daarna wordt het gewijzigde raadsvoorstel in stemming gebracht.\nBesluit: aangenomen met 25 stemmen voor.",
            "het gewijzigde raadsvoorstel",
        ),
        ("Geamendeerd raadsvoorstel\nBesluit: aangenomen.", "Geamendeerd raadsvoorstel"),
    ],
)
def test_the_vote_on_the_amended_recommendation_is_named_as_written(record, named):
    rows = outcomes(HEAD + record + "\n", "nl")
    assert rows[0] == ("adopted", "Amendement A1 Betaalbaar wonen")
    assert rows[1:] == [("adopted", named)]


def test_a_plain_recommendation_line_keeps_the_case_title():
    rows = outcomes(HEAD + "Raadsvoorstel\nBesluit: aangenomen.\n", "nl")
    assert rows[1:] == [("adopted", "Woonvisie 2026-2035")]


def test_an_amended_proposal_named_before_an_earlier_decision_is_not_the_next_ones():
    text = (
        "Besluitenlijst van de gemeenteraad\nvergadering van donderdag 26 maart 2026\n\n"
        "5. Woonvisie 2026-2035\n"
        "Raadsvoorstel, zoals geamendeerd\nBesluit: aangenomen.\n\n"
        "6. Verordening parkeerbelasting 2026\nBesluit: aangenomen.\n"
    )
    assert outcomes(text, "nl") == [
        ("adopted", "Raadsvoorstel, zoals geamendeerd"),
        ("adopted", "Verordening parkeerbelasting 2026"),
    ]


def test_an_amendment_to_change_the_proposal_keeps_its_own_name():
    text = HEAD + "Amendement A2 'Het gewijzigde voorstel gaat uit van 30 procent' (VVD)\nBesluit: verworpen.\n"
    assert outcomes(text, "nl")[1:] == [("rejected", "Amendement A2 Het gewijzigde voorstel gaat uit van 30 procent")]


def test_a_vote_label_naming_the_amended_draft_is_about_the_case():
    text = HEAD + "Stemming over het geamendeerde ontwerpbesluit\nGoedgekeurd met 25 stemmen voor en 4 stemmen tegen.\n"
    assert outcomes(text, "nl")[1:] == [("adopted", "Woonvisie 2026-2035")]
