"""A tie decided by the chair, written as its own line or clause beside the outcome ("Stemmelikhet (15–15);
ordførerens dobbeltstemme avgjorde.", "Ved stemmelighed gav borgmesterens stemme udslaget.", "Ved
stemmelikskap vart saka avgjort med ordføraren si dobbeltrøyst."): one row with the outcome the minutes
give, the tie's counts when written, casting_vote true. A sentence stating the rule on ties in general
decides nothing, and a tie where the proposal falls without the chair deciding has no casting vote.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

LABEL = {"da": "Beslutning:\n", "nb": "Votering:\n", "nn": "Røysting:\n"}


def _rows(language: str, body: str) -> list[tuple]:
    rows = votes(CASE[language] + LABEL[language] + body + "\n", language)
    return [(r.outcome, r.votes_for, r.votes_against, r.casting_vote) for r in rows]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("da", "Ved stemmelighed gav borgmesterens stemme udslaget. Indstillingen blev vedtaget.", (None, None)),
        ("da", "Stemmelighed (13–13); borgmesterens stemme var afgørende.\nIndstillingen blev godkendt.", (13, 13)),
        ("da", "Afstemning: 5 for, 5 imod. Formandens stemme gav udslaget.\nIndstillingen blev anbefalet.", (5, 5)),
        ("da", "Indstillingen blev vedtaget.\nStemmelighed 14-14, borgmesterens stemme blev udslagsgivende.", (14, 14)),
        ("da", "Ved stemmelighed blev sagen afgjort ved borgmesterens udslagsgivende stemme.", (None, None)),
        ("nb", "Stemmelikhet (15–15); ordførerens dobbeltstemme avgjorde.\nInnstillingen ble vedtatt.", (15, 15)),
        ("nb", "Innstillingen ble vedtatt.\nStemmelikhet 8 mot 8, ordførerens dobbeltstemme avgjorde.", (8, 8)),
        ("nb", "Stemmer: 6 for, 6 mot. Leders dobbeltstemme ble avgjørende.\nForslaget fra H ble vedtatt.", (6, 6)),
        ("nb", "Ved stemmelikhet ble saken avgjort ved ordførerens dobbeltstemme.", (None, None)),
        ("nb", "Ved stemmelikhet, 17 mot 17 stemmer, ble saken avgjort med ordførerens dobbeltstemme.", (17, 17)),
        ("nn", "Ved stemmelikskap vart saka avgjort med ordføraren si dobbeltrøyst.", (None, None)),
        ("nn", "Røystelikskap (13–13); ordføraren si dobbelrøyst avgjorde.\nInnstillinga vart vedteken.", (13, 13)),
        ("nn", "Innstillinga vart vedteken.\nRøystelikskap 10–10, dobbelrøysta til ordføraren avgjorde.", (10, 10)),
        ("nn", "Røysting: 9 for, 9 mot. Leiaren si dobbeltrøyst avgjorde.\nFramlegget frå Sp vart vedteke.", (9, 9)),
        ("nn", "Ved røystelikskap, 4 mot 4 røyster, vart saka avgjort med leiaren si dobbelrøyst.", (4, 4)),
    ],
)
def test_a_tie_the_chair_decided_is_one_row_with_the_casting_vote(language, body, expected):
    assert _rows(language, body) == [("adopted", *expected, True)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "da",
            "Ved stemmelighed er borgmesterens stemme afgørende, jf. styrelsesloven.\nIndstillingen blev vedtaget.",
            ("adopted", None, None, False),
        ),
        ("da", "Stemmelighed (12–12). Ændringsforslaget faldt.", ("rejected", 12, 12, False)),
        (
            "nb",
            "Ved stemmelikhet har møteleder dobbeltstemme.\nInnstillingen ble vedtatt med 20 mot 3 stemmer.",
            ("adopted", 20, 3, False),
        ),
        ("nb", "Stemmelikhet 15–15. Forslaget fra Ap falt.", ("rejected", 15, 15, False)),
        (
            "nn",
            "Ved røystelikskap har ordføraren dobbeltrøyst.\nInnstillinga vart vedteken.",
            ("adopted", None, None, False),
        ),
    ],
)
def test_a_rule_on_ties_or_a_tie_without_the_chair_is_no_casting_vote(language, body, expected):
    assert _rows(language, body) == [expected]


@pytest.mark.parametrize(
    ("language", "body", "subject"),
    [
        (
            "da",
            "Stemmelighed 7-7. Borgmesteren benyttede sin udslagsgivende stemme, og indstillingen blev vedtaget.",
            "Budget 2021",  # the recommendation voted alone: named by the case
        ),
        (
            "nb",
            "Stemmelikhet 7–7. Ordføreren brukte sin dobbeltstemme, og innstillingen ble vedtatt.",
            "Innstillingen",
        ),
        (
            "nn",
            "Røystelikskap 8–8. Ordføraren nytta si dobbelrøyst, og innstillinga vart vedteken.",
            "Innstillinga",
        ),
    ],
)
def test_the_chair_using_the_casting_vote_marks_the_outcome_joined_to_it(language, body, subject):
    (row,) = votes(CASE[language] + LABEL[language] + body + "\n", language)
    assert (row.subject.capitalize(), row.outcome, row.casting_vote) == (subject, "adopted", True)
