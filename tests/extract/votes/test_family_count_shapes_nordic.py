"""Counts written after the outcome in the shorter shapes minutes use: "med stemmerne 15 for og 10 imod",
"med 15 for og 10 imod", "med 15 mod 10 stemmer", "(15 for, 10 imod)", "vedtatt 25-10", "vedteken 18–9",
"ble ikke vedtatt, 7 stemmer (SV 4, R 3) mot 28".
A number pair that is a case number, a date or a year range is no count.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _counts(body: str, language: str) -> list[tuple[int | None, int | None]]:
    return [(r.votes_for, r.votes_against) for r in votes(CASE[language] + body, language)]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("Beslutning:\nIndstillingen blev vedtaget med stemmerne 15 for og 10 imod.\n", "da", (15, 10)),
        ("Beslutning:\nIndstillingen blev vedtaget med 19 for og 6 imod.\n", "da", (19, 6)),
        ("Beslutning:\nÆndringsforslaget blev forkastet med 8 mod 23 stemmer.\n", "da", (8, 23)),
        ("Beslutning:\nIndstillingen blev godkendt (21 for, 4 imod).\n", "da", (21, 4)),
        ("Beslutning:\nIndstillingen blev vedtaget 17-8.\n", "da", (17, 8)),
        ("Beslutning:\nForslaget faldt 5–26.\n", "da", (5, 26)),
        ("Votering:\nInnstillingen ble vedtatt 25-10.\n", "nb", (25, 10)),
        ("Votering:\nForslaget fra H falt 12–33.\n", "nb", (12, 33)),
        ("Votering:\nInnstillingen ble vedtatt med 27-6.\n", "nb", (27, 6)),
        ("Røysting:\nInnstillinga vart vedteken 18–9.\n", "nn", (18, 9)),
        ("Røysting:\nFramlegget frå Sp fall 7-20.\n", "nn", (7, 20)),
        ("Beslutning:\nÆndringsforslaget blev ikke vedtaget, 6 stemmer (Ø 4, F 2) mod 19.\n", "da", (6, 19)),
        ("Beslutning:\nIndstillingen blev vedtaget, 20 stemmer mod 7.\n", "da", (20, 7)),
        ("Votering:\nForslaget fra Ap ble ikke vedtatt, 7 stemmer (SV 4, R 3) mot 28.\n", "nb", (7, 28)),
        ("Votering:\nInnstillingen ble vedtatt, 30 stemmer mot 5 (FrP).\n", "nb", (30, 5)),
        ("Røysting:\nFramlegget frå Sp vart ikkje vedteke, 9 røyster (Sp 6, KrF 3) mot 30.\n", "nn", (9, 30)),
        ("Røysting:\nInnstillinga vart vedteken, 25 røyster mot 12.\n", "nn", (25, 12)),
    ],
)
def test_short_count_shapes_give_the_counts(body, language, expected):
    assert _counts(body, language) == [expected]


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Beslutning:\nIndstillingen blev vedtaget 12-03-2024 uden bemærkninger.\n", "da"),
        ("Beslutning:\nPlanen blev godkendt 2025-2030 som ramme for arbejdet.\n", "da"),
        ("Votering:\nInnstillingen ble vedtatt 14.11.2023 uten merknader.\n", "nb"),
        ("Røysting:\nPlanen vart vedteken 2024–2028 som ramme for arbeidet.\n", "nn"),
    ],
)
def test_dates_and_year_ranges_are_no_counts(body, language):
    assert _counts(body, language) == [(None, None)]
