"""Counts told on one line in shapes beside the labelled ones: two short sentences ("For stemte 13. Mot stemte 8."),
the against side as a clause inside the outcome sentence (", mot stemte 6 (Sp)"), and a fallen proposal with both
counts after a comma ("faldt, 6 stemmer for og 19 imod"). Layouts varied: a vote label above, the count after
the outcome, party brackets, Bokmål, Nynorsk and Danish. Look-alikes: a for count alone keeps votes_against
empty, and a count of a different thing after a comma ("kostede, 6 mio. kr.") is no vote.
All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _counts(language: str, body: str) -> list[tuple]:
    return [(r.outcome, r.votes_for, r.votes_against) for r in votes(CASE[language] + body, language)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("nb", "Votering:\nInnstillingen ble vedtatt. For stemte 21. Mot stemte 14.\n", ("adopted", 21, 14)),
        ("nb", "Innstillingen ble vedtatt. For stemte 30 (Ap, H, SV). Mot stemte 5 (FrP).\n", ("adopted", 30, 5)),
        ("nb", "Votering:\nInnstillingen ble vedtatt med 26 stemmer, mot stemte 9 (Sp, KrF).\n", ("adopted", 26, 9)),
        ("nn", "Røysting:\nTilrådinga vart vedteken. For røysta 17. Mot røysta 10.\n", ("adopted", 17, 10)),
        ("nn", "Tilrådinga vart vedteken med 20 røyster, mot røysta 7.\n", ("adopted", 20, 7)),
        ("da", "Beslutning:\nÆndringsforslaget faldt, 9 stemmer for og 22 imod.\n", ("rejected", 9, 22)),
        ("da", "Beslutning:\nForslaget blev forkastet, 4 stemmer for og 27 mod.\n", ("rejected", 4, 27)),
    ],
)
def test_counts_on_one_line_fill_both_sides(language, body, expected):
    assert _counts(language, body)[0] == expected


def test_a_for_count_alone_keeps_against_empty():
    assert _counts("nb", "Innstillingen ble vedtatt. For stemte 21.\n")[0] == ("adopted", 21, None)


def test_an_amount_after_a_comma_is_no_count():
    rows = _counts("da", "Beslutning:\nAnlægget blev godkendt, 6 mio. kr. for og 2 mio. kr. imod budgettet.\n")
    assert all(r[1] is None for r in rows)
