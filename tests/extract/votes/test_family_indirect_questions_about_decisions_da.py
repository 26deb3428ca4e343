"""A Danish sentence that tells what readers asked about a decision ("Mange læsere har spurgt til, hvornår
cykelstrategien blev besluttet.", "En læser undrer sig over, hvorfor forslaget ... blev afvist.") names the
decision inside an indirect question: background, no row. Look-alikes: asking someone about something and then
deciding ("Byrådet har spurgt borgerne om deres mening. Byrådet godkendte planen.") keeps the decision; in minutes a
committee asking the administration beside the approval keeps the approval.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import NEWS, votes

TOP = NEWS["da"]
HEAD = "Byrådet\nMødedato: 24. september 2026\n\nPkt. 5 Havnebade\nBeslutning:\n"


def _rows(text: str) -> list[tuple]:
    return [(r.subject, r.outcome) for r in votes(text + "\n", "da")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Cykelstrategien\nMange læsere har spurgt til, hvornår cykelstrategien blev besluttet.",
        "Lokalplan\nFlere borgere har spurgt, om lokalplanen for Nørrebakken er vedtaget.",
        "Busplan\nEn læser undrer sig over, hvorfor forslaget om en ny busplan blev afvist.",
        "Budget\nMange vil vide, hvornår budgettet bliver vedtaget.",
        "Havnebad\nVi er blevet spurgt, om byrådet godkendte havnebadet på mødet.",
    ],
)
def test_a_decision_inside_an_indirect_question_is_background(paragraph):
    assert _rows(TOP + paragraph) == []


def test_asking_someone_then_deciding_keeps_the_decision():
    assert _rows(TOP + "Plan\nByrådet har spurgt borgerne om deres mening. Byrådet godkendte planen.") == [
        ("Plan", "adopted")
    ]


def test_a_committee_asking_the_administration_beside_its_approval_keeps_the_approval():
    assert _rows(HEAD + "Udvalget har spurgt forvaltningen om økonomien. Indstillingen blev godkendt.") == [
        ("Havnebade", "adopted")
    ]
