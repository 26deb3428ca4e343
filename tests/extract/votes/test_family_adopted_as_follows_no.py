"""A decision field that gives the outcome first and the decision's words after a colon ("Vedtak: Samrøystes
vedteke slik:", "Enstemmig vedtatt som følger:") decides the item: adopted, unanimous when it says so, about the
case (its title), as a decision the minutes record without a vote phrase. A line that only announces a vote
("Følgende forslag ble satt fram:") or a recommendation ("Innstilling:") decides nothing. All texts are written for
these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

_HEAD = "Kommunestyret\nMøtedato: 15.10.2026\n\nSak 54/26  Reglement for godtgjersle\nJ.post: 26/0502\n"
_NEXT = {
    "nb": "\n\nSak 55/26  Referatsaker\nVedtak: Referatsakene tas til orientering.\n",
    "nn": "\n\nSak 55/26  Referatsaker\nVedtak: Referatsakene vert tekne til vitande.\n",
}


def _item(language: str, body: str) -> list[tuple]:
    rows = vote_cells(_HEAD + body + _NEXT[language], language)
    return [cells[:5] for cells in rows if cells[0] == "54/26"]


@pytest.mark.parametrize(
    ("language", "body", "against"),
    [
        ("nn", "Vedtak: Samrøystes vedteke slik:\nReglementet vert endra frå 1.1.2027.", 0),
        ("nn", "Vedtak: Vedteke slik:\nReglementet vert endra frå 1.1.2027 som vist i saksframlegget.", None),
        ("nn", "Samrøystes vedteken slik:\nReglementet vert endra.", 0),
        ("nn", "Vedtak: Einstemmig vedteke som fylgjer:\n1. Reglementet vert endra.\n2. Endringa gjeld frå 2027.", 0),
        ("nn", "Vedtak: Godkjend slik:\nMøtegodtgjersla vert auka med 5 prosent.", None),
        ("nb", "Vedtak: Enstemmig vedtatt slik:\nReglementet endres fra 1.1.2027.", 0),
        ("nb", "Vedtak: Vedtatt som følger:\nReglementet endres fra 1.1.2027 som vist i saksframlegget.", None),
        ("nb", "Enstemmig vedtatt som følger:\n1. Reglementet endres.\n2. Endringen gjelder fra 2027.", 0),
        ("nb", "Vedtak: Godkjent slik:\nMøtegodtgjørelsen økes med 5 prosent.", None),
        ("nb", "Resultat: Enstemmig vedtatt slik:\nReglementet endres.", 0),
    ],
)
def test_an_outcome_before_the_decisions_words_decides_the_item(language: str, body: str, against: int | None) -> None:
    assert _item(language, body) == [("54/26", "Reglement for godtgjersle", "adopted", None, against)]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("nb", "Følgende forslag ble satt fram:\nReglementet endres fra 2028."),
        ("nb", "Innstilling:\nReglementet endres fra 1.1.2027."),
        ("nn", "Følgjande framlegg vart sett fram:\nReglementet vert endra frå 2028."),
        ("nn", "Innstilling:\nReglementet vert endra frå 1.1.2027."),
    ],
)
def test_a_line_announcing_a_proposal_decides_nothing(language: str, body: str) -> None:
    assert _item(language, body) == []
