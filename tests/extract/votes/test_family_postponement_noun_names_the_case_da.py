"""A Danish postponement voted under the name "Udsættelsen" ("Udsættelsen blev vedtaget enstemmigt.") postpones the
case: the row is about the case (its title), as a bare "Udsat." is, not about the noun "Udsættelsen".

Look-alike: a member's postponement proposal named as such ("Forslag fra V om udsættelse") keeps its own name.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Byrådet\nReferat\nMødedato: 9. marts 2026\n\n12. Forslag fra Enhedslisten om gratis skolemad\nBeslutning\n"
TITLE = "Forslag fra Enhedslisten om gratis skolemad"


@pytest.mark.parametrize(
    "decision",
    [
        "Efter forslag fra borgmesteren blev punktet udsat til næste møde, så\nadministrationen kan udarbejde et"
        " overblik. Udsættelsen blev\nvedtaget enstemmigt.",
        "Borgmesteren foreslog punktet udsat. Udsættelsen blev vedtaget med 15 stemmer mod 10.",
        "Sagen blev udsat til mødet i april. Udsættelsen blev godkendt enstemmigt.",
        "Udvalgsformanden bad om udsættelse af sagen. Udsættelsen blev vedtaget uden afstemning.",
        "Punktet udsættes. Udsættelsen blev vedtaget med 20 stemmer for og 7 imod.",
    ],
)
def test_a_postponement_named_by_its_noun_is_about_the_case(decision: str) -> None:
    rows = votes(HEAD + decision + "\n", "da")
    assert [(r.subject, r.outcome) for r in rows] == [(TITLE, "postponed")]


def test_a_postponement_proposal_named_as_such_keeps_its_name() -> None:
    text = HEAD + "Ændringsforslag fra Venstre om udsættelse af sagen blev forkastet med 5 stemmer mod 22.\n"
    rows = votes(text, "da")
    assert [r.outcome for r in rows][:1] == ["rejected"]
    assert rows[0].subject != TITLE
