"""Family (nb, nn): a decision list whose decision cell states the decision in its own words, no outcome word
("Dispensasjon vert gjeven på vilkår i saksutgreiinga.", "Tomten selges til Bygg AS for 1,2 mill. kr."), beside
a vote column that says how it passed ("Samrøystes", "Enstemmig", "5 mot 2 (Sp 2)"): the vote column carries the
row, an adopted decision with its counts. Look-alikes: a row whose vote column is empty ('-') or points to a
note decides nothing by itself, and a count the decision lost ("2 mot 5") carries nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

LIST = "Vedtaksliste - Formannskapet\nMøtedato: 12.03.2026\n\n"
HEAD = {
    "nb": LIST + "| Saknr | Sakstittel | Vedtak | Votering |\n|---|---|---|---|\n",
    "nn": LIST + "| Saknr | Sakstittel | Vedtak | Røysting |\n|---|---|---|---|\n",
}


def _rows(language: str, row: str) -> list[tuple]:
    return [cells[:5] for cells in vote_cells(HEAD[language] + row + "\n", language)]


@pytest.mark.parametrize(
    ("language", "row", "expected"),
    [
        (
            "nn",
            "| 12/26 | Dispensasjon gnr. 41 bnr. 7 | Dispensasjon vert gjeven på vilkår. | Samrøystes |",
            ("12/26", "Dispensasjon gnr. 41 bnr. 7", "adopted", None, 0),
        ),
        (
            "nn",
            "| 13/26 | Detaljregulering Bismo | Planframlegget vert lagt ut til offentleg ettersyn. | 5 mot 2 (Sp 2) |",
            ("13/26", "Detaljregulering Bismo", "adopted", 5, 2),
        ),
        (
            "nb",
            "| 21/26 | Salg av tomt i Storgata | Tomten selges til Bygg AS for 1,2 mill. kr. | Enstemmig |",
            ("21/26", "Salg av tomt i Storgata", "adopted", None, 0),
        ),
        (
            "nb",
            "| 22/26 | Tilskudd til Vik IL | Vik IL gis 150 000 kr til ny lysløype. | 6 mot 1 (FrP) |",
            ("22/26", "Tilskudd til Vik IL", "adopted", 6, 1),
        ),
        (
            "nb",
            "| 23/26 | Gatenavn på Nordbyen | Ny vei får navnet Smedvegen. | 7-0 |",
            ("23/26", "Gatenavn på Nordbyen", "adopted", 7, 0),
        ),
        (
            "nn",
            "| 24/26 | Kulturprisen 2026 | Kulturprisen går til Skjåk songlag. | Einstemmig |",
            ("24/26", "Kulturprisen 2026", "adopted", None, 0),
        ),
    ],
)
def test_the_vote_column_carries_a_decision_stated_in_its_own_words(language, row, expected):
    assert _rows(language, row) == [expected]


@pytest.mark.parametrize(
    ("language", "row"),
    [
        ("nn", "| 18/26 | Orientering om vassforsyning | Utvalet fekk ei orientering frå eininga. | - |"),
        ("nb", "| 25/26 | Vegnavn i Nordberg | Se merknad 1. | Se merknad |"),
        ("nb", "| 26/26 | Forslag om ny hall | Forslaget om ny hall i Vik. | 2 mot 5 |"),
    ],
)
def test_a_vote_column_without_a_passing_vote_carries_nothing(language, row):
    assert _rows(language, row) == []
