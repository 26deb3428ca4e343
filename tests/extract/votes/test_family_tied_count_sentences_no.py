"""A tie told in a sentence of its own before the outcome ("Stemmene falt 4 mot 4.", "Det ble stemmelikhet, 3 mot 3.",
"Ved votering ble stemmene 4 mot 4.", "Røystinga enda 8 mot 8."): both numbers are the vote's, the votes for
as well as against, on the decision the chair's casting vote settled. A count after an outcome verb
("falt 3 mot 5") is that clause's own and is not taken from it.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _rows(body: str, language: str) -> list[tuple]:
    return [
        (r.outcome, r.votes_for, r.votes_against, r.casting_vote) for r in votes(CASE[language] + body + "\n", language)
    ]


@pytest.mark.parametrize(
    ("body", "language", "counts"),
    [
        ("Votering: Stemmene falt 4 mot 4. Innstillingen ble vedtatt ved lederens dobbeltstemme.", "nb", (4, 4)),
        (
            "Votering: Det ble stemmelikhet, 3 mot 3.\nInnstillingen ble vedtatt ved ordførerens dobbeltstemme.",
            "nb",
            (3, 3),
        ),
        (
            "Ved votering ble stemmene 5 mot 5. Rådmannens forslag ble vedtatt med\nordførerens dobbeltstemme.",
            "nb",
            (5, 5),
        ),
        ("Det ble 13 mot 13 stemmer. Innstillingen ble vedtatt ved ordførerens dobbeltstemme.", "nb", (13, 13)),
        ("Votering: Det var 2 mot 2 stemmer. Innstillingen ble vedtatt med møteleders dobbeltstemme.", "nb", (2, 2)),
        ("Røysting: Røystinga enda 8 mot 8. Innstillinga vart vedteken med ordføraren si dobbeltrøyst.", "nn", (8, 8)),
        ("Røysting: Det vart 6 mot 6 røyster. Tilrådinga vart vedteken med leiaren si dobbeltrøyst.", "nn", (6, 6)),
        ("Ved røysting vart det 4 mot 4. Innstillinga vart vedteken med ordføraren si dobbeltrøyst.", "nn", (4, 4)),
    ],
)
def test_a_tie_sentence_gives_both_counts_to_the_casting_decision(body, language, counts):
    assert _rows(body, language) == [("adopted", *counts, True)]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        (
            "Forslaget fra Ola Li (H) om å avslå søknaden falt 3 mot 5.\n"
            "Innstillingen ble vedtatt med 5 mot 3 stemmer.",
            "nb",
            ("adopted", 5, 3, False),
        ),
        (
            "Innstillingen ble vedtatt med 5 mot 3 stemmer. Det ble 2 mot 2 i formannskapet.",
            "nb",
            ("adopted", 5, 3, False),
        ),
        ("Innstillinga vart vedteken med 9 mot 6 røyster.", "nn", ("adopted", 9, 6, False)),
    ],
)
def test_counts_of_an_outcome_clause_stay_its_own(body, language, expected):
    assert _rows(body, language) == [expected]


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Votering: 4 stemmer for, 4 stemmer mot. Vedtatt ved leders dobbeltstemme.", "nb"),
        ("Votering: Vedtatt ved ordførerens dobbeltstemme.", "nb"),
        ("Votering: Stemmelikhet. Vedtatt med møteleders dobbeltstemme.", "nb"),
        ("Røysting: Vedteke med ordføraren si dobbeltrøyst.", "nn"),
        ("Røysting: 3 røyster for, 3 røyster mot. Vedteke med leiaren si dobbeltrøyst.", "nn"),
        ("Innstillinga vart vedteken med ordføraren si dobbeltrøyst.", "nn"),
    ],
)
def test_an_outcome_settled_by_the_chairs_casting_vote_is_adopted_with_it(body, language):
    (row,) = _rows(body, language)
    assert (row[0], row[3]) == ("adopted", True)


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Innstillingen ble vedtatt med 7 mot 2 stemmer. Ordføreren hadde ikke dobbeltstemme i denne saken.", "nb"),
        ("Innstillinga vart vedteken med 9 mot 2 røyster. Leiaren si dobbeltrøyst vart ikkje nytta.", "nn"),
    ],
)
def test_a_casting_vote_mentioned_beside_a_counted_majority_settles_nothing(body, language):
    (row,) = _rows(body, language)
    assert row[0] == "adopted" and row[3] is False
