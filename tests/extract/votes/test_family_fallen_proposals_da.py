"""Danish proposals that fall ("Forslaget faldt med 2 stemmer for (V) og 5 stemmer imod", "Venstres
forslag faldt", "forslaget er dermed bortfaldet"): a rejected row with the counts the sentence gives.
Other things that fall (prices, unemployment, a count) are no decision.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Økonomiudvalget\n\nMødedato: 12. september 2023\n\n116. Forslag fra Venstre om lavere dækningsafgift\n\n"


def _rows(decision: str) -> list[tuple]:
    rows = votes(f"{HEAD}Beslutning\n\n{decision}\n", "da")
    return [(r.outcome, r.votes_for, r.votes_against, r.unanimous) for r in rows]


@pytest.mark.parametrize(
    ("decision", "expected"),
    [
        ("Forslaget faldt med 2 stemmer for (V) og 5 stemmer imod (A, C, Ø og O).", ("rejected", 2, 5, False)),
        ("Venstres forslag faldt med 3 stemmer mod 26.", ("rejected", 3, 26, False)),
        ("Ændringsforslaget faldt.", ("rejected", None, None, None)),
        ("Der var stemmelighed, og forslaget er dermed bortfaldet.", ("rejected", None, None, None)),
        ("Forslaget fra Venstre faldt med 9 stemmer for og 18 imod.", ("rejected", 9, 18, False)),
        ("Indstillingen faldt, idet kun 4 stemte for.", ("rejected", 4, None, False)),
    ],
)
def test_a_fallen_proposal_is_rejected_with_its_counts(decision, expected):
    assert _rows(decision) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ledigheden faldt med 2 procent i 2023.",
        "Prisen faldt med 5 pct. efter udbuddet.",
        "Antallet af ansøgninger er faldet med 12.",
        "Indtægten fra parkering faldt i første halvår.",
        "Temperaturen faldt, og mødet blev flyttet indendørs.",
    ],
)
def test_other_things_that_fall_are_no_decision(sentence):
    text = f"Byrådet\n\nMødedato: 27. januar 2020\n\n12. Orientering om økonomien\n\n{sentence}\n"
    assert votes(text, "da") == []
