"""A Danish proposal rejected in prose ("Forslaget blev afvist med femten stemmer mod otte.", "Et forslag fra
Alternativet om ... blev ikke vedtaget.", "SF's forslag om ... blev afvist"): one rejected row, counted when the
sentence counts (in words or digits; the larger count voted the proposal down). A year inside the proposal's own
words ("... tre nye havnebade allerede i 2027 blev ikke vedtaget") dates what was proposed, not an earlier decision.
Look-alikes: an application or complaint refused ("Ansøgningen ... blev afvist") is the body's decision to refuse
(adopted, as before); a rejected amendment beside the recommendation's approval keeps both rows; a count written in
words after "mod" ("med femten stemmer mod tolv") is the against count, not a second reading of the for count.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import NEWS, votes

TOP = NEWS["da"]
HEAD = "Byrådet\nMødedato: 24. september 2026\n\nPkt. 5 Havnebade\nBeslutning:\n"


def _rows(text: str) -> list[tuple]:
    return [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in votes(text + "\n", "da")]


@pytest.mark.parametrize(
    ("paragraph", "row"),
    [
        (
            "FIREDAGES ARBEJDSUGE\nSocialistisk Folkeparti havde stillet forslag om\net treårigt forsøg med firedages "
            "arbejdsuge. Forslaget blev\nafvist med femten stemmer mod otte.",
            ("FIREDAGES ARBEJDSUGE", "rejected", 8, 15),
        ),
        (
            "HAVNEBADE\nEt forslag fra Alternativet om at etablere tre nye havnebade allerede\ni 2027 blev ikke "
            "vedtaget. Kun Alternativet og Enhedslisten stemte for.",
            ("Et forslag fra Alternativet om at etablere tre nye havnebade allerede i 2027", "rejected", None, None),
        ),
        (
            "Parkering\nSF's forslag om gratis parkering blev afvist med 20 stemmer mod 11.",
            ("Parkering", "rejected", 11, 20),
        ),
        (
            "Parkering\nDansk Folkepartis ændringsforslag om\nflere p-pladser blev ikke vedtaget.",
            ("Dansk Folkepartis ændringsforslag om flere p-pladser", "rejected", None, None),
        ),
    ],
)
def test_a_proposal_rejected_in_a_news_paragraph_is_one_rejected_row(paragraph, row):
    assert _rows(TOP + paragraph) == [row]


def test_a_rejected_amendment_beside_the_approval_keeps_both_rows():
    rows = _rows(
        HEAD + "Ændringsforslaget fra Venstre blev afvist med 17 stemmer mod 12. Herefter blev indstillingen godkendt."
    )
    assert [(outcome, v_for, v_against) for _, outcome, v_for, v_against in rows] == [
        ("rejected", 12, 17),
        ("adopted", None, None),
    ]


@pytest.mark.parametrize(
    "refusal", ["Ansøgningen fra Rold Skov Golfklub blev afvist.", "Klagen blev afvist, og afgørelsen fastholdes."]
)
def test_an_application_refused_is_the_bodys_decision_to_refuse(refusal):
    assert _rows(HEAD + refusal) == [("Havnebade", "adopted", None, None)]


@pytest.mark.parametrize(
    ("line", "counts"),
    [
        ("Indstillingen godkendt med femten stemmer mod tolv.", (15, 12)),
        ("Indstillingen godkendt med tolv stemmer mod ni (O, Ø).", (12, 9)),
        ("Indstillingen godkendt med niogtredive stemmer mod tolv.", (39, 12)),
        ("Indstillingen godkendt med 15 stemmer mod (A).", (None, 15)),
    ],
)
def test_a_count_in_words_after_mod_is_the_against_count(line, counts):
    assert [(v_for, v_against) for _, _, v_for, v_against in _rows(HEAD + line)] == [counts]
