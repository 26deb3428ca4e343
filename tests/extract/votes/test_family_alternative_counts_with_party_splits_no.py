"""Family (nb, nn): an alternative vote whose counts each carry their party split.

- "Ved alternativ votering mellom A og B fikk innstillingen 12 stemmer (Ap 7, H 3, SV 2) og Sp sitt forslag 7
  stemmer (Sp 5, FrP 2).": the split after the first count no longer hides the vote.
- Two count lines, one per alternative, after the line that sets them against each other ("Formannskapets
  innstilling fikk 13 stemmer (8 Ap, 3 SV, ...)." / "Forslaget fra Anita Rud fikk 8 stemmer (4 H, 3 Sp, 1 FrP).").

Either way one row about the alternative with more votes: its votes for, the loser's votes against and the
loser's parties. Look-alikes: two proposals that each 'fikk N stemmer og falt' are two rejected proposals,
and a count line that goes on with its outcome is no half of an alternative vote.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, vote_cells

LEAD = {
    "nb": "Behandling:\nKari Lunde (Sp) fremmet forslag om å velge tomt C.\nVotering:\n",
    "nn": "Handsaming:\nKari Lunde (Sp) sette fram framlegg om å velje tomt C.\nRøysting:\n",
}


def _rows(language: str, text: str) -> list[tuple]:
    cells = vote_cells(CASE[language] + LEAD[language] + text + "\n", language)
    return [(subject.split()[0], *counted) for _, subject, *counted in cells]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nb",
            "Ved alternativ votering mellom formannskapets innstilling og forslaget fra Sp fikk innstillingen\n"
            "12 stemmer (Ap 7, H 3, SV 2) og Sp sitt forslag 7 stemmer (Sp 5, FrP 2).",
            ("Formannskapets", "adopted", 12, 7, {"Sp": 5, "FrP": 2}),
        ),
        (
            "nb",
            "Ved alternativ votering mellom innstillingen og Lundes forslag fikk Lundes forslag 9 stemmer (Sp 6, KrF 3)"
            " og innstillingen 24 stemmer (Ap 14, H 10).",
            ("Innstillingen", "adopted", 24, 9, {"Sp": 6, "KrF": 3}),
        ),
        (
            "nn",
            "Ved alternativ røysting mellom tilrådinga og framlegget frå Lunde fekk tilrådinga 15 røyster (Ap 9, H 6)"
            " og framlegget frå Lunde 6 røyster (Sp 4, FrP 2).",
            ("Tilrådinga", "adopted", 15, 6, {"Sp": 4, "FrP": 2}),
        ),
        (
            "nb",
            "Formannskapets innstilling og forslaget fra Kari Lunde ble stilt opp mot hverandre.\n"
            "Formannskapets innstilling fikk 13 stemmer (8 Ap, 3 SV, 1 MDG, 1 KrF).\n"
            "Forslaget fra Kari Lunde fikk 8 stemmer (4 H, 3 Sp, 1 FrP).",
            ("Formannskapets", "adopted", 13, 8, {"H": 4, "Sp": 3, "FrP": 1}),
        ),
        (
            "nb",
            "Alternativ votering mellom innstillingen og forslaget fra Kari Lunde:\n"
            "Forslaget fra Kari Lunde fikk 5 stemmer (Sp 3, FrP 2).\n"
            "Innstillingen fikk 22 stemmer (Ap 12, H 8, SV 2).",
            ("Innstillingen", "adopted", 22, 5, {"Sp": 3, "FrP": 2}),
        ),
        (
            "nn",
            "Alternativ røysting mellom formannskapet si innstilling og framlegget frå Kari Lunde:\n"
            "Formannskapet si innstilling fekk 17 røyster (Ap 10, H 7).\n"
            "Framlegget frå Kari Lunde fekk 4 røyster (Sp 4).",
            ("Formannskapet", "adopted", 17, 4, {"Sp": 4}),
        ),
    ],
)
def test_an_alternative_vote_with_party_splits_is_one_row_for_the_winner(language, text, expected):
    assert _rows(language, text) == [expected]


def test_two_proposals_that_each_fell_are_two_rejected_rows():
    text = (
        "Ulviks framlegg fekk 6 røyster (SV 3, Raudt 2, MDG 1) og fall.\n"
        "Tveits framlegg fekk 4 røyster (FrP 4) og fall.\n"
        "Tilrådinga vart vedteken med 21 mot 10 røyster."
    )
    outcomes = [(outcome, for_) for _, outcome, for_, *_ in _rows("nn", text)]
    assert outcomes == [("rejected", 6), ("rejected", 4), ("adopted", 21)]


def test_a_count_line_going_on_with_its_outcome_is_no_half_of_an_alternative_vote():
    text = (
        "Ordføraren sitt framlegg fekk 33 røyster og vart vedteke.\nLunde sitt framlegg fekk 6 røyster (Sp 4, FrP 2).\n"
    )
    first = _rows("nn", text)[0]
    assert first[:3] == ("Ordføraren", "adopted", 33)
