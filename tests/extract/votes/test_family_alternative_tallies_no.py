"""An alternative vote stated as two tallies without "mellom" ("Ved alternativ votering fikk innstillingen
30 stemmer og Haugens forslag 9 stemmer (5 H, 4 FrP).") is one row about the alternative with more votes,
in whichever order the minutes name them: its votes for, the loser's votes against, the loser's parties.
"""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import CASE, votes

LEAD = {
    "nb": "Behandling:\nOla Haugen (H) fremmet forslag om å avslå søknaden.\nVotering:\n",
    "nn": "Handsaming:\nOla Haugen (H) sette fram framlegg om å avslå søknaden.\nRøysting:\n",
}


def _rows(line: str, language: str) -> list[tuple[str, int | None, int | None, dict | None]]:
    rows = votes(CASE[language] + LEAD[language] + line + "\n", language)
    parties = [json.loads(r.against_parties) if r.against_parties else None for r in rows]
    return [(r.subject.split()[0], r.votes_for, r.votes_against, p) for r, p in zip(rows, parties, strict=True)]


@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        (
            "Ved alternativ votering fikk innstillingen 30 stemmer og Haugens forslag 9 stemmer (5 H, 4 FrP).",
            "nb",
            ("Innstillingen", 30, 9, {"H": 5, "FrP": 4}),
        ),
        (
            "Ved alternativ votering fikk Haugens forslag 9 stemmer (5 H, 4 FrP) og innstillingen 30 stemmer.",
            "nb",
            ("Innstillingen", 30, 9, {"H": 5, "FrP": 4}),
        ),
        (
            "Ved alternativ votering fikk Haugens forslag 26 stemmer og innstillingen 13 stemmer (10 Ap, 3 SV).",
            "nb",
            ("Haugens", 26, 13, {"Ap": 10, "SV": 3}),
        ),
        (
            "Ved alternativ avstemning fikk innstillingen 7 stemmer, mens Haugens forslag fikk 4 stemmer.",
            "nb",
            ("Innstillingen", 7, 4, None),
        ),
        (
            "Ved alternativ røysting fekk innstillinga 20 røyster og framlegget frå Haugen 7 røyster.",
            "nn",
            ("Innstillinga", 20, 7, None),
        ),
        (
            "Ved alternativ røysting fekk framlegget frå Haugen 7 røyster (4 H, 3 FrP) og innstillinga 20 røyster.",
            "nn",
            ("Innstillinga", 20, 7, {"H": 4, "FrP": 3}),
        ),
    ],
)
def test_two_tallies_of_an_alternative_vote_give_the_winners_row(line, language, expected):
    assert _rows(line, language) == [expected]
