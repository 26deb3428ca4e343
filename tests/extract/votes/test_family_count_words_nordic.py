"""Counts written as words in Norwegian and Danish minutes: "vedtatt med fem mot fire stemmer",
"vedteke med fjorten mot elleve røyster", "vedtaget med 17 stemmer mod tre". The words come from the
language's `number_words` (fragment `count`); a number word outside a count phrase ("de to forslagene",
"fem nye stillinger") is no count.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _counts(body: str, language: str) -> list[tuple[int | None, int | None]]:
    return [(r.votes_for, r.votes_against) for r in votes(CASE[language] + body, language)]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("Votering:\nInnstillingen ble vedtatt med fem mot fire stemmer.\n", "nb", (5, 4)),
        ("Votering:\nForslaget fra H ble forkastet med sju mot tjueto stemmer.\n", "nb", (7, 22)),
        ("Votering:\nFormannskapets innstilling ble vedtatt med tretten mot tolv\nstemmer.\n", "nb", (13, 12)),
        ("Votering:\nInnstillingen ble vedtatt, 30 stemmer mot tre.\n", "nb", (30, 3)),
        ("Votering:\nInnstillingen ble vedtatt med Tjuefem mot ni stemmer.\n", "nb", (25, 9)),
        ("Røysting:\nInnstillinga vart vedteken med fjorten mot elleve røyster.\n", "nn", (14, 11)),
        ("Røysting:\nFramlegget frå Sp vart ikkje vedteke, ni røyster mot tjueein.\n", "nn", (9, 21)),
        ("Røysting:\nInnstillinga frå formannskapet vart vedteken med seksten mot åtte røyster.\n", "nn", (16, 8)),
        ("Røysting:\nInnstillinga vart vedteken, 19 røyster mot to.\n", "nn", (19, 2)),
        ("Røysting:\nTilrådinga vart vedteken med tjue mot fem\nrøyster.\n", "nn", (20, 5)),
        ("Beslutning:\nIndstillingen blev vedtaget, 17 stemmer mod tre.\n", "da", (17, 3)),
        ("Beslutning:\nÆndringsforslaget blev forkastet med otte mod treogtyve stemmer.\n", "da", (8, 23)),
        ("Beslutning:\nIndstillingen blev vedtaget med elleve mod seks stemmer.\n", "da", (11, 6)),
        ("Beslutning:\nØkonomiudvalgets indstilling blev godkendt med nitten mod to\nstemmer.\n", "da", (19, 2)),
        ("Beslutning:\nIndstillingen blev vedtaget, 20 stemmer mod fem.\n", "da", (20, 5)),
        ("Røysting:\nFramlegget til vedtak\nvart vedteke med fire røyster mot éi.\n", "nn", (4, 1)),
        ("Votering:\nRådmannens forslag ble vedtatt med tjueni stemmer mot seks.\n", "nb", (29, 6)),
        ("Beslutning:\nForslaget blev vedtaget med femogtyve stemmer mod fire.\n", "da", (25, 4)),
    ],
)
def test_counts_written_as_words_give_the_counts(body, language, expected):
    assert expected in _counts(body, language)


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Votering:\nDe to forslagene ble vedtatt.\n", "nb"),
        ("Votering:\nInnstillingen om fem nye stillinger ble vedtatt.\n", "nb"),
        ("Røysting:\nTre av sakene vart utsette. Innstillinga vart vedteken.\n", "nn"),
        ("Beslutning:\nIndstillingen om to nye børnehaver blev vedtaget.\n", "da"),
        ("Beslutning:\nTre af punkterne blev udsat, og indstillingen blev vedtaget.\n", "da"),
    ],
)
def test_number_words_outside_count_phrases_are_no_counts(body, language):
    assert all(pair == (None, None) for pair in _counts(body, language))
