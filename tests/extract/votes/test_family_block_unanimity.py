"""A decision block that states unanimity in a sentence of its own, after the decision on the same line
or below it ("Godkendt, idet X udpeges. Enstemmigt.", "Som innstillingen. Enstemmig."), makes the case's
one decision unanimous with nobody against. A unanimity word inside a longer sentence about something
else does not, nor does a block whose case has a counted vote.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _unanimity(body: str, language: str) -> list[tuple[bool | None, int | None]]:
    return [(r.unanimous, r.votes_against) for r in votes(CASE[language] + body, language)]


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Beslutning i Byrådet den 27. januar 2020:\nGodkendt, idet Inger Lauridsen (V) udpeges. Enstemmigt.\n", "da"),
        ("Beslutning:\nGodkendt. Enstemmigt.\n", "da"),
        ("Beslutning:\nAnbefales. Enstemmig.\n", "da"),
        ("Beslutning:\nTiltrådt, idet rammen hæves til 3 mio. kr.\nEnstemmigt.\n", "da"),
        ("Beslutning:\nGodkendt med de faldne bemærkninger. Enstemmigt vedtaget.\n", "da"),
        ("Vedtak:\nSom innstillingen. Enstemmig.\n", "nb"),
        ("Vedtak:\nGodkjent. Enstemmig vedtatt.\n", "nb"),
        ("Vedtak:\nSom tilrådd. Samrøystes.\n", "nn"),
        ("Vedtak:\nGodkjent med endringane frå formannskapet. Samrøystes vedteke.\n", "nn"),
    ],
)
def test_a_unanimity_sentence_in_the_block_makes_the_decision_unanimous(body, language):
    assert _unanimity(body, language) == [(True, 0)]


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Beslutning:\nGodkendt. Udvalget ønsker enstemmigt en ny sag om emnet i foråret.\n", "da"),
        ("Beslutning:\nAnbefales. Et enstemmigt udvalg beder om en status i juni.\n", "da"),
    ],
)
def test_a_unanimity_word_inside_a_longer_sentence_says_nothing(body, language):
    assert _unanimity(body, language) == [(None, None)]
