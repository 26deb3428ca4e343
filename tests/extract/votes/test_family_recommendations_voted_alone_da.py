"""A bare "Indstillingen" (or "Anbefalingen") that is the only decision of a Danish case or committee step, under no
heading naming who recommends, is the case's own recommendation: the row is named by the case title, as a bare
"Godkendt." step's is (counted on the read sets: the case title is the majority subject of such rows). Look-alikes
keep their words: beside an amendment voted in the same case the recommendation stays "Indstillingen" (it tells
the two rows apart), and under a heading naming who recommends it is that recommendation. All sentences are written
for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Byrådet\n\nMødedato: 23. juni 2026\n\n110. Fremtidig skolestruktur i Vestbyen\nSagsnr.: 26/1201\n\n"


def _rows(body: str) -> list[tuple]:
    return [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in votes(HEAD + body, "da")]


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("Beslutning:\nIndstillingen godkendt med 22 stemmer for og 8 stemmer imod (A 6, SF 1, Ø 1).\n", (22, 8)),
        ("Beslutning\nIndstillingen blev godkendt.\n", (None, None)),
        (
            "Afgørelse: Indstillingen blev sat til afstemning.\nFor: 3\nImod: 2 (Siumut)\nIndstillingen er godkendt.\n",
            (3, 2),
        ),
        (
            "Beslutning i Byrådet den 23. juni 2026:\nIndstillingen blev herefter godkendt med 21 stemmer mod 8.\n",
            (21, 8),
        ),
        ("Beslutning\nEt flertal bestående af A, V og C godkendte indstillingen.\n", (None, None)),
        ("Beslutning:\nAnbefalingen blev tiltrådt.\n", (None, None)),
    ],
)
def test_a_recommendation_voted_alone_is_named_by_its_case(body, counts):
    assert _rows(body) == [("Fremtidig skolestruktur i Vestbyen", "adopted", *counts)]


def test_a_committee_step_approving_the_recommendation_is_named_by_its_case():
    body = "Beslutning i Økonomiudvalget den 16. juni 2026:\nIndstillingen anbefales.\n"
    assert [r[0] for r in _rows(body)] == ["Fremtidig skolestruktur i Vestbyen"]


def test_beside_an_amendment_the_recommendation_keeps_its_name():
    body = (
        "Beslutning\nÆndringsforslag fra Venstre om at bevare overbygningen blev forkastet\n"
        "med 9 stemmer for og 20 imod.\n"
        "Indstillingen blev herefter godkendt med 25 stemmer for og 4 imod.\n"
    )
    assert [r[0].lower() for r in _rows(body)][-1] == "indstillingen"


def test_under_a_heading_naming_who_recommends_it_is_that_recommendation():
    body = "Økonomiudvalgets indstilling:\nAt skolestrukturen godkendes.\n\nBeslutning:\nIndstillingen blev godkendt.\n"
    assert [r[0] for r in _rows(body)] == ["Økonomiudvalgets indstilling"]
