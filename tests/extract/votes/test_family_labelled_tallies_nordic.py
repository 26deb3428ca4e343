"""A labelled count line holding both sides of one vote ("Afstemning: 15 for, 10 imod, 2 undlod.",
"Stemmer: 25 for, 10 mot.", "Røysting: 20 for, 7 mot.") above or below the outcome it counts: one row,
that outcome, its counts. Abstentions are read past, not counted. A line that counts something else
(seats, members present, pages) or lists arguments is no count.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

LABEL = {"da": "Beslutning:\n", "nb": "Votering:\n", "nn": "Røysting:\n"}
OUTCOME = {
    "da": "Indstillingen blev vedtaget.",
    "nb": "Innstillingen ble vedtatt.",
    "nn": "Innstillinga vart vedteken.",
}


def _rows(language: str, body: str) -> list[tuple]:
    rows = votes(CASE[language] + LABEL[language] + body + "\n", language)
    return [(r.outcome, r.votes_for, r.votes_against, r.unanimous) for r in rows]


COUNT_LINES = [
    ("da", "Afstemning: 15 for, 10 imod, 2 undlod.", (15, 10)),
    ("da", "Stemmetal: 17 for og 8 imod", (17, 8)),
    ("da", "Afstemningsresultat: 21 stemmer for, 6 stemmer imod.", (21, 6)),
    ("da", "Stemmefordeling: 19 for; 8 mod; 4 undlod at stemme", (19, 8)),
    ("da", "Afstemning: For 23, imod 4, undlod 0.", (23, 4)),
    ("da", "Stemmerne: 12 for og 3 imod.", (12, 3)),
    ("da", "Afstemning: 15 for – 10 imod", (15, 10)),
    ("nb", "Stemmer: 25 for, 10 mot.", (25, 10)),
    ("nb", "Votering: 31 for og 8 imot", (31, 8)),
    ("nb", "Stemmetall: 27 stemmer for, 12 stemmer mot, 2 blanke.", (27, 12)),
    ("nb", "Avstemning: For 20, mot 15.", (20, 15)),
    ("nb", "Stemmefordeling: 9 for; 2 imot", (9, 2)),
    ("nb", "Stemmer: 25 for / 10 mot.", (25, 10)),
    ("nn", "Røysting: 20 for, 7 mot.", (20, 7)),
    ("nn", "Røystetal: 18 for og 9 mot", (18, 9)),
    ("nn", "Røysteresultat: 24 røyster for, 11 røyster mot, 2 blanke.", (24, 11)),
    ("nn", "Røyster: For 30, mot 3.", (30, 3)),
    ("nn", "Stemmer: 13 for; 4 imot", (13, 4)),
]


@pytest.mark.parametrize(("language", "line", "counts"), COUNT_LINES)
def test_a_count_line_above_the_outcome_gives_its_counts(language, line, counts):
    assert _rows(language, f"{line}\n{OUTCOME[language]}") == [("adopted", *counts, False)]


@pytest.mark.parametrize(("language", "line", "counts"), COUNT_LINES)
def test_a_count_line_below_the_outcome_gives_its_counts(language, line, counts):
    assert _rows(language, f"{OUTCOME[language]}\n{line}") == [("adopted", *counts, False)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("da", "Ændringsforslaget blev forkastet.\nAfstemning: 6 for, 21 imod.", ("rejected", 6, 21, False)),
        ("da", "Afstemning: 25 for, 0 imod.\nIndstillingen blev godkendt.", ("adopted", 25, 0, True)),
        ("nb", "Stemmer: 12 for, 33 mot.\nForslaget fra H falt.", ("rejected", 12, 33, False)),
        ("nn", "Framlegget frå Sp fall.\nRøysting: 7 for, 20 mot.", ("rejected", 7, 20, False)),
        ("nn", "Røysting: 27 for, 0 mot.\nInnstillinga vart vedteken.", ("adopted", 27, 0, True)),
        ("da", "Indstillingen blev vedtaget (afstemning: 15 for, 10 imod).", ("adopted", 15, 10, False)),
        ("nb", "Forslaget fra SV falt (stemmer: 9 for, 26 mot).", ("rejected", 9, 26, False)),
    ],
)
def test_the_count_line_takes_the_outcome_of_the_vote_it_stands_by(language, body, expected):
    assert _rows(language, body) == [expected]


@pytest.mark.parametrize(
    ("language", "body", "counts"),
    [
        ("da", "Afstemning: 15 for, 10 imod.", (15, 10)),
        ("nb", "Stemmer: 25 for, 10 mot.", (25, 10)),
        ("nn", "Røysting: 20 for, 7 mot.", (20, 7)),
    ],
)
def test_a_count_line_alone_is_the_decision_it_counts(language, body, counts):
    assert _rows(language, body) == [("adopted", *counts, False)]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("da", "Indstillingen blev vedtaget.\nFremmøde: 27 til stede, 4 fraværende."),
        ("da", "Indstillingen blev vedtaget.\nArgumenter: 3 for og 2 imod i høringssvarene."),
        ("nb", "Innstillingen ble vedtatt.\nMandater: 25 for Ap og SV, 10 for H."),
        ("nb", "Innstillingen ble vedtatt.\nHøringssvar: 14 for, 9 mot forslaget om bompenger."),
        ("nn", "Innstillinga vart vedteken.\nHøyringssvar: 12 for og 5 mot planen."),
    ],
)
def test_lines_that_count_something_else_give_no_counts(language, body):
    assert _rows(language, body) == [("adopted", None, None, None)]


@pytest.mark.parametrize(
    ("language", "body", "counts"),
    [
        ("da", "Afstemning:\n15 for, 10 imod, 2 undlod\nIndstillingen blev vedtaget.", (15, 10)),
        ("da", "Indstillingen blev godkendt.\n19 for og 8 imod.", (19, 8)),
        ("nb", "Innstillingen ble vedtatt.\n25 stemmer for, 10 stemmer mot.", (25, 10)),
        ("nb", "Votering:\n30 for; 5 imot\nInnstillingen ble vedtatt.", (30, 5)),
        ("nn", "Innstillinga vart vedteken.\n20 for og 7 mot", (20, 7)),
    ],
)
def test_counts_standing_alone_on_their_line_are_a_count_line(language, body, counts):
    assert _rows(language, body) == [("adopted", *counts, False)]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("da", "Indstillingen blev vedtaget.\nI høringen var 12 for og 3 imod forslaget."),
        ("nb", "Innstillingen ble vedtatt.\nAv høringssvarene var 14 for og 9 mot bompenger."),
        ("nn", "Innstillinga vart vedteken.\n12 for og 5 mot i høyringa."),
    ],
)
def test_counts_inside_a_sentence_about_something_else_give_no_counts(language, body):
    assert _rows(language, body) == [("adopted", None, None, None)]


@pytest.mark.parametrize(
    ("language", "vote", "decision", "outcome"),
    [
        ("da", "Afstemning: Enstemmigt.", "Beslutning: Orienteringen blev taget til efterretning.", "noted"),
        ("da", "Afstemning: Enstemmigt.", "Beslutning: Indstillingen blev godkendt.", "adopted"),
        ("nb", "Votering: Enstemmig.", "Vedtak: Meldingene tas til orientering.", "noted"),
        ("nb", "Votering: Enstemmig", "Vedtak:\nKommunestyret tar rapporten til orientering.", "noted"),
        ("nb", "Votering: Enstemmig.", "Vedtak: Innstillingen ble vedtatt.", "adopted"),
        ("nn", "Røysting: Samrøystes.", "Vedtak: Meldingane vert tekne til vitande.", "noted"),
        ("nn", "Røysting: Samrøystes.", "Vedtak: Innstillinga vart vedteken.", "adopted"),
    ],
)
def test_a_labelled_unanimity_line_is_the_vote_on_the_decision_beside_it(language, vote, decision, outcome):
    above = votes(CASE[language] + vote + "\n" + decision + "\n", language)
    below = votes(CASE[language] + decision + "\n" + vote + "\n", language)
    for rows in (above, below):
        assert [(r.outcome, r.unanimous, r.votes_against) for r in rows] == [(outcome, True, 0)]
    if outcome == "noted":  # the evidence holds what was noted, not only the vote
        assert decision.split(":", 1)[1].strip().rstrip(".") in " ".join(above[0].evidence.split())
