"""A proposal that fell with its counts written in words, the count noun after the first ("Framlegget frå Vik fall
med to røyster mot tre.", "Forslaget fra Vik falt med fire stemmer mot sju."), or after the second ("falt med fire
mot sju stemmer"): rejected, with the counts read as numbers. Look-alikes: "falt" that tells of something else
falling ("Prisen falt med to prosent"), which is no vote. All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

LEAD = {
    "nb": "Formannskapet\nMøtedato: 17.03.2026\n\nPS 14/26 Søknad om garanti\nBehandling:\nOla Vik (Sp) fremmet "
    "følgende forslag:\n«Kommunen gir garanti for hele lånet.»\nVotering:\n",
    "nn": "Formannskapet\nMøtedato: 17.03.2026\n\nPS 14/26 Søknad om garanti\nHandsaming:\nOla Vik (Sp) sette fram "
    "dette framlegget:\n«Kommunen gir garanti for heile lånet.»\nRøysting:\n",
}


def _rows(language: str, line: str) -> list[tuple]:
    return [
        (r.outcome, r.proposer, r.votes_for, r.votes_against) for r in votes(LEAD[language] + line + "\n", language)
    ]


@pytest.mark.parametrize(
    ("language", "line", "counts"),
    [
        ("nb", "Forslaget fra Vik falt med to stemmer mot tre.", (2, 3)),
        ("nb", "Forslaget fra Vik falt med fire stemmer mot sju.", (4, 7)),
        ("nb", "Vik sitt forslag falt med en stemme mot fire.", (1, 4)),
        ("nb", "Forslaget falt med tre mot seks stemmer.", (3, 6)),
        ("nb", "Forslaget fra Vik falt med fem stemmer mot åtte (Ap 5, H 3).", (5, 8)),
        ("nn", "Framlegget frå Vik fall med to røyster mot tre.", (2, 3)),
        ("nn", "Framlegget frå Vik fall med fire røyster mot sju.", (4, 7)),
        ("nn", "Vik sitt framlegg fall med ei røyst mot fire.", (1, 4)),
        ("nn", "Framlegget fall med tre mot seks røyster.", (3, 6)),
        ("nn", "Framlegget frå Vik fall med fem røyster mot åtte (Ap 5, H 3).", (5, 8)),
    ],
)
def test_a_proposal_falls_with_its_counts_in_words(language, line, counts):
    assert ("rejected", "Ola Vik", *counts) in _rows(language, line)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("nb", "Prisen på tomtene falt med to prosent i fjor."),
        ("nn", "Prisen på tomtene fall med to prosent i fjor."),
    ],
)
def test_a_price_that_fell_is_no_vote(language, line):
    assert all(outcome != "rejected" for outcome, *_ in _rows(language, line))
