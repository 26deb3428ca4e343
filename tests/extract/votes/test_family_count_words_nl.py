"""Counts written as words in Dutch minutes and council news: "aangenomen met eenentwintig stemmen voor en zes
tegen", "Achttien raadsleden stemden voor, vier tegen", "met algemene stemmen (negentien)". The words come from
the `number_words` of models/votes/nl.json (compounds such as "drieëntwintig" built from units and tens), read
wherever the rules expect a count (fragment `count`). "een" is the article as well as one: it is a count only in
a count slot ("een tegenstem"); "met één stem verschil" gives a margin, no counts. All sentences are written for
these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeenteraad\n\nVergadering van 12 maart 2026\n\n7. Bestemmingsplan Centrum\n\n"
NEWS = "Dit besloot de gemeenteraad op 5 november\n\n"


def _counts(text: str) -> list[tuple[int | None, int | None]]:
    return [(r.votes_for, r.votes_against) for r in votes(text, "nl")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HEAD + "Besluit: aangenomen met eenentwintig stemmen voor en zes tegen.\n", (21, 6)),
        (HEAD + "Het voorstel wordt aangenomen met zestien stemmen voor en een tegenstem.\n", (16, 1)),
        (HEAD + "Stemmen voor: vijftien\nStemmen tegen: drieëntwintig\nBesluit: verworpen.\n", (15, 23)),
        (HEAD + "Besluit: aangenomen met algemene stemmen (negentien).\n", (19, 0)),
        (HEAD + "Het voorstel is met Tweeëndertig tegen negen stemmen aangenomen.\n", (32, 9)),
        (HEAD + "Besluit: verworpen met twaalf stemmen voor (VVD, CDA) en dertien tegen.\n", (12, 13)),
        (
            NEWS + "Begroting aangenomen\nDe raad stemde in met de begroting 2027. Achttien raadsleden stemden voor, "
            "vier tegen (Lokaal Belang).\n",
            (18, 4),
        ),
        (
            NEWS + "Amendement haalt het niet\nHet amendement van de VVD haalde het niet: slechts zes raadsleden "
            "stemden voor, zeventien tegen.\n",
            (6, 17),
        ),
        (NEWS + "Parkeren\nDe motie over parkeren werd verworpen met 6 stemmen voor en 17 tegen.\n", (6, 17)),
    ],
)
def test_counts_written_as_words_give_the_counts(text, expected):
    assert expected in _counts(text)


@pytest.mark.parametrize(
    "body",
    [
        "Besluit: aangenomen met één stem verschil.\n",
        "Een voor een werden de punten besproken. Besluit: aangenomen.\n",
        "Besluit: de twee moties over de haven zijn aangenomen.\n",
        "Besluit: het plan voor vijf nieuwe woningen is vastgesteld.\n",
    ],
)
def test_number_words_outside_count_slots_are_no_counts(body):
    assert all(pair == (None, None) for pair in _counts(HEAD + body))
