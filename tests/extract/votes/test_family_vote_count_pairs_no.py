"""A vote counted as a pair of sides, each with its vote word ("6 stemte for innstillingen, 2 stemte mot (Sp 1, SV 1)",
"5 røyster for (Sp 3, H 2), 2 mot (FrP 1, SV 1)", "3 røysta for (Ap), 4 imot"): the first side is the votes for,
the second the votes against with its own party split. Labelled ("Votering: ...") right under a recommendation,
the line is how the meeting voted on it, not a line of the recommendation: the case gets its row.
Counts of something else (hearing replies, seats) and a bare "14 for, 9 mot" without a vote word give none.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, vote_cells


def _cells(body: str, language: str) -> list[tuple]:
    return [cells[2:] for cells in vote_cells(CASE[language] + body + "\n", language)]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        (
            "Innstilling:\nBystyret vedtar planen.\nVotering: 6 stemte for innstillingen, 2 stemte mot (Sp 1, SV 1).",
            "nb",
            ("adopted", 6, 2, {"Sp": 1, "SV": 1}),
        ),
        (
            "Kommunedirektørens innstilling:\nReglementet vedtas.\nVotering: 30 stemmer for, 5 stemmer mot (FrP 5).",
            "nb",
            ("adopted", 30, 5, {"FrP": 5}),
        ),
        (
            "Innstilling til kommunestyret:\nHovedutvalget anbefaler kommunestyret å vedta planen.\n"
            "Avstemning: 4 stemmer for (Ap 3, SV 1) og 3 stemmer mot (H 2, FrP 1).",
            "nb",
            ("adopted", 4, 3, {"H": 2, "FrP": 1}),
        ),
        (
            "Tilråding:\nKommunestyret vedtek planen.\nRøysting: 5 røyster for (Sp 3, Ap 1, H 1), 2 mot (FrP 1, SV 1).",
            "nn",
            ("adopted", 5, 2, {"FrP": 1, "SV": 1}),
        ),
        (
            "Innstilling:\nKommunestyret vedtek reglementet.\n"
            "Røysting: 11 røysta for innstillinga, 6 røysta mot (Sp 4, KrF 2).",
            "nn",
            ("adopted", 11, 6, {"Sp": 4, "KrF": 2}),
        ),
        (
            "Framlegg til vedtak:\nGebyra vert auka med 3 prosent.\nRøysting: 9 røyster for, 8 mot (H 5, Ap 3).",
            "nn",
            ("adopted", 9, 8, {"H": 5, "Ap": 3}),
        ),
    ],
)
def test_a_labelled_count_pair_under_the_recommendation_is_its_vote(body, language, expected):
    assert _cells(body, language) == [expected]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        (
            "Votering: 5 stemmer for (Sp 3, Ap 1, H 1), 2 mot (FrP 1, SV 1).\nInnstillingen ble vedtatt.",
            "nb",
            ("adopted", 5, 2, {"FrP": 1, "SV": 1}),
        ),
        (
            "Det ble avgitt 20 stemmer for og 20 stemmer mot innstillingen. Innstillingen ble vedtatt ved "
            "ordførerens dobbeltstemme.",
            "nb",
            ("adopted", 20, 20, None),
        ),
        ("Forslaget fra Ole Lie (H) falt. 7 stemte for, 12 stemte mot.", "nb", ("rejected", 7, 12, None)),
        ("Røysting: 3 røysta for (Ap), 4 imot. Framlegget fall.", "nn", ("rejected", 3, 4, None)),
        (
            "Røysting over utsetjingsframlegget: 6 røyster for, 11 mot. Framlegget fall.",
            "nn",
            ("rejected", 6, 11, None),
        ),
        (
            "Framlegget frå Sp fall; 4 røyster for og 13 røyster imot (Ap 8, H 5).",
            "nn",
            ("rejected", 4, 13, {"Ap": 8, "H": 5}),
        ),
    ],
)
def test_both_sides_of_a_count_pair_are_read(body, language, expected):
    assert _cells(body, language) == [expected]


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Innstillingen ble vedtatt.\nHøringssvar: 14 for, 9 mot forslaget om bompenger.", "nb"),
        ("Innstillingen ble vedtatt.\nMandater: 25 for Ap og SV, 10 for H.", "nb"),
        ("Innstillingen ble vedtatt.\nI høringen kom det 12 innspill for og 4 mot planen.", "nb"),
        ("Innstillinga vart vedteken.\nHøyringssvar: 12 for og 5 mot planen.", "nn"),
        ("Innstillinga vart vedteken.\nI undersøkinga svarte 40 for og 12 mot ny skule.", "nn"),
    ],
)
def test_pairs_counting_something_else_give_no_counts(body, language):
    assert _cells(body, language) == [("adopted", None, None, None)]


@pytest.mark.parametrize(
    ("body", "language", "subject"),
    [
        (
            "Innstilling:\nBystyret vedtar planen.\nVotering: 6 stemte for innstillingen, 2 stemte mot.",
            "nb",
            "innstillingen",
        ),
        (
            "Innstilling:\nUtvalget vedtar planen.\nVotering: 5 stemmer for innstillingen og 4 stemmer mot.",
            "nb",
            "innstillingen",
        ),
        (
            "Innstilling:\nPlanen vedtas.\nAvstemning: 9 stemte for innstillinga, 3 stemte imot (H 3).",
            "nb",
            "innstillinga",
        ),
        (
            "Tilråding:\nKommunestyret vedtek planen.\nRøysting: 7 røysta for tilrådinga, 2 røysta mot.",
            "nn",
            "tilrådinga",
        ),
        (
            "Innstilling:\nKommunestyret vedtek planen.\nRøysting: 12 røyster for innstillinga, 5 mot.",
            "nn",
            "innstillinga",
        ),
    ],
)
def test_a_count_pair_naming_the_recommendation_is_about_it(body, language, subject):
    assert [cells[1] for cells in vote_cells(CASE[language] + body + "\n", language)] == [subject]


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Innstilling:\nBystyret vedtar planen.\nVotering: 6 stemte for planen, 2 stemte mot.", "nb"),
        ("Tilråding:\nKommunestyret vedtek planen.\nRøysting: 7 røysta for forslaget, 2 røysta mot.", "nn"),
    ],
)
def test_a_count_pair_naming_anything_else_leaves_the_recommendation_subject(body, language):
    assert [cells[1] for cells in vote_cells(CASE[language] + body + "\n", language)] != ["planen"]
