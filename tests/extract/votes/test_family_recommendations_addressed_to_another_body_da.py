"""A Danish committee's decision that also recommends something to another body ("Indstillingens punkt 1 og 2 blev
godkendt. Udvalget anbefaler byrådet, at rapporten offentliggøres."): the 'at'-clause addressed to the byråd (or
another committee, the administration) is that body's future decision, not a second row of this meeting. Standing
alone it is the committee's own decision on the case, named by the case (a recommendation is named by its item).
Look-alikes: a decision whose 'at'-clause names no addressee ("Byrådet godkendte, at kommunen melder sig ind i
Energy Cities") keeps its words; a send-back to a committee stays a postponement; a count beside the addressed
recommendation stays with the case's own row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Børne- og Ungeudvalget\nMødedato: 4. maj 2026\n\n46. Kvalitetsrapport for skoleområdet 2025\nSagsnr.: 26/00412\n"
    "Indstilling\nForvaltningen indstiller, at\n 1. kvalitetsrapporten drøftes, og\n 2. rapporten oversendes til "
    "byrådet.\nBeslutning\n"
)
TITLE = "Kvalitetsrapport for skoleområdet 2025"


def _rows(body: str) -> list[tuple]:
    return [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in votes(HEAD + body + "\n", "da")]


@pytest.mark.parametrize(
    "body",
    [
        "Udvalget drøftede rapporten. Indstillingens punkt 1 og 2 blev\ngodkendt. Udvalget anbefaler byrådet, at "
        "rapporten offentliggøres.",
        "Indstillingen blev godkendt. Udvalget anbefaler desuden Økonomiudvalget, at der afsættes midler i "
        "budget 2027.",
        "Godkendt. Udvalget anbefalede kommunalbestyrelsen, at sagen genoptages i 2027.",
        "Godkendt.\nUdvalget anbefaler Byrådet, at ordningen indføres fra 2027.",
        "Indstillingen godkendt. Udvalget anbefaler samtidig Teknik- og Miljøudvalget, at skolevejene gennemgås.",
    ],
)
def test_a_recommendation_to_another_body_beside_the_decision_gives_no_row(body):
    assert _rows(body) == [(TITLE, "adopted", None, None)]


def test_the_count_stays_with_the_cases_own_decision():
    body = "Indstillingen godkendt med 5 stemmer mod 2 (O). Udvalget anbefaler byrådet, at rapporten offentliggøres."
    assert _rows(body) == [(TITLE, "adopted", 5, 2)]


@pytest.mark.parametrize(
    "body",
    [
        "Udvalget anbefaler byrådet, at planen vedtages.",
        "Udvalget anbefaler over for byrådet, at anlægsbevillingen gives.",
    ],
)
def test_a_lone_recommendation_to_another_body_is_the_committees_decision_named_by_the_case(body):
    assert _rows(body) == [(TITLE, "adopted", None, None)]


def test_an_at_clause_naming_no_addressee_keeps_its_words():
    rows = _rows("Udvalget godkendte, at kommunen melder sig ind i netværket Energy Cities.")
    assert rows == [("at kommunen melder sig ind i netværket Energy Cities", "adopted", None, None)]


def test_a_second_decision_naming_no_addressee_stays_a_row():
    rows = _rows("Indstillingen godkendt. Udvalget godkendte desuden, at kommunen melder sig ind i Energy Cities.")
    assert len(rows) == 2


def test_a_send_back_to_a_committee_stays_a_postponement():
    rows = _rows("Sagen sendes tilbage til Økonomiudvalget, at der kan indhentes nye tilbud.")
    assert [outcome for _, outcome, _, _ in rows] == ["postponed"]


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("Udvalget anbefaler over for Økonomiudvalget og Byrådet, at\nstrategien godkendes.", (None, None)),
        ("Udvalget anbefaler over for Økonomiudvalget og Kommunalbestyrelsen, at planen vedtages.", (None, None)),
        ("Udvalget anbefaler Økonomiudvalget og Byrådet, at anlægsbevillingen gives.", (None, None)),
        ("Udvalget anbefaler over for Klima- og Miljøudvalget og Byrådet, at planen vedtages.", (None, None)),
        (
            "Udvalget anbefaler over for Økonomiudvalget og Byrådet, at\nrapporten godkendes.\n"
            "For stemte: Lone Vest (A), Bo Kirk (A), Sanne Friis (F), Dorthe Ulriksen (V)\n"
            "Imod stemte: Eske Bang (V), Frank Holm (C)",
            (4, 2),
        ),
    ],
)
def test_a_recommendation_to_two_bodies_is_the_committees_decision_named_by_the_case(body, counts):
    assert _rows(body) == [(TITLE, "adopted", *counts)]
