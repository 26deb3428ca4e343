"""A Danish decision block whose sentence names the deciding body as its agent ("Udvalget besluttede at sende
forslaget i høring ...", "Økonomiudvalget anbefaler budgetforliget over for Byrådet", "Udvalget afgav høringssvar som
foreslået") decides the case: the row is named by the case title, as a bare "Godkendt." is (counted on the read
sets: the case title is the majority subject of such rows). Look-alikes: the same verb in a sentence recalling an
earlier decision is background and no row, and a body sending the case back postpones it. All sentences are
written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Børne- og Undervisningsudvalget\n\nMødedato: 26. maj 2026\n\nSag nr. 62  Nye skoledistrikter 2027\n"


def _rows(body: str) -> list[tuple]:
    return [(r.subject, r.outcome) for r in votes(HEAD + body, "da")]


@pytest.mark.parametrize(
    "body",
    [
        "Beslutning: Udvalget besluttede at sende forslaget i høring frem til 15. august 2026.\n",
        "Beslutning:\nØkonomiudvalget anbefaler skoledistrikterne over for Kommunalbestyrelsen.\n",
        "Beslutning: Udvalget afgav høringssvar som foreslået, dog således at afsnittet om busser udgår.\n",
        "Beslutning\nBørne- og Undervisningsudvalget besluttede at forlænge forsøget til 2028.\n",
        "Afgørelse: Udvalget besluttede at fastholde de nuværende distrikter for Vestbyen.\n",
        "Beslutning:\nUdvalget besluttede enstemmigt at godkende de nye distrikter.\n",
    ],
)
def test_a_body_deciding_in_its_own_words_decides_the_case(body):
    assert [s for s, _ in _rows(body)] == ["Nye skoledistrikter 2027"]


def test_the_same_verb_recalling_an_earlier_decision_is_no_row():
    body = "Sagsfremstilling\nUdvalget besluttede i marts 2025 at igangsætte en analyse af distrikterne.\n"
    assert _rows(body) == []


def test_a_body_sending_the_case_back_postpones_it():
    body = "Beslutning: Udvalget besluttede at sende sagen tilbage til forvaltningen.\n"
    assert _rows(body) == [("Nye skoledistrikter 2027", "postponed")]
