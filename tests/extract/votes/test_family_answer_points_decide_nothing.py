"""A reply letter (a mayor's or the executive's answer to a member's question) numbers its answers as minutes number
the points of a decision ("Ad 1)", "Ad 2.", "Ad pkt. 3"): a point line that holds no decision or vote word answers
its point, it decides nothing, so it gives no row. Look-alike: a point line of minutes that decides its point in
words ("Ad 2) Udsat, ...", "Ad b) Godkendt.") stays a row."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

LETTER = (
    "VESTBY KOMMUNE\nTil:        Byrådsmedlem Jens Holm (Ø)\nFra:        Borgmesteren\nDato:       3. marts 2026\n"
    "Sagsnr.:    26/0412\nEmne:       Svar på spørgsmål om kommunens udlandssamarbejde\n\nSvar\n"
)

ANSWERS = [
    "Ad 1) Kommunen har i dag tre aktive samarbejdsbyer i Norden.\n",
    "Ad 1) Kommunen deltager i to internationale netværk.\n\nAd 2) Der er ikke afsat midler i 2026.\n",
    "Ad 1. Byen har ca. 12.000 indbyggere og ligger ved kysten.\n",
    "Ad pkt. 2: Skolen har 340 elever fordelt på 16 klasser.\n",
    "Ad 3) Forvaltningen har haft kontakt til foreningen,\nmen der er ingen aftale endnu.\n",
    "Ad 2)\nByen er en havneby med ca. 9.000 indbyggere.\n",
]


@pytest.mark.parametrize("answer", ANSWERS)
def test_an_answer_under_a_point_label_gives_no_row(answer):
    assert votes(LETTER + answer, "da") == []


MINUTES = "Økonomiudvalget\nMødedato: 10.02.2026\n\n14. Anlægsregnskaber 2025\nBeslutning:\n"


@pytest.mark.parametrize(
    ("points", "outcome"),
    [
        ("Ad 1) Udsat, indtil forvaltningen har regnet på prisen.\n", "postponed"),
        ("Ad b) Godkendt.\n", "adopted"),
        ("Ad 2) Sendes tilbage til forvaltningen.\n", "postponed"),
        ("Ad c) Taget til efterretning.\n", "noted"),
    ],
)
def test_a_point_line_deciding_in_words_is_a_row(points, outcome):
    rows = votes(MINUTES + points, "da")
    assert outcome in [r.outcome for r in rows]
