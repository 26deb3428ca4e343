"""A Danish vote-results page names, above each result, what the vote is on ("Der stemmes om: Økonomiudvalgets
indstilling", "Afstemning om: Ændringsforslag fra V", "Afstemning 2 af 4: Forslag fra Ø om ..."): that line's value
is the row's subject, not the item's title above it (models/votes/da.json `result_fields.vote_lines`). Look-alikes:
a result label ("Afstemning: 20 for, 7 imod") is the result itself, and a sentence telling that a vote will be held
("Der stemmes om forslaget på næste møde.") names no vote. All pages are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Afstemningsresultater - Byrådets møde tirsdag den 23. juni 2026\n\n"


def _rows(page: str) -> list[tuple[str | None, str, int | None, int | None]]:
    return [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in votes(HEAD + page, "da")]


@pytest.mark.parametrize(
    ("page", "subject", "outcome", "counts"),
    [
        (
            "=== Afstemning 1 af 3 ===\nPunkt 112 · Kommuneplantillæg nr. 9 (Sagsnr. 26/4471)\n"
            "Der stemmes om: Klima- og Miljøudvalgets indstilling\nResultat: VEDTAGET      For: 20    Imod: 7\n",
            "Klima- og Miljøudvalgets indstilling",
            "adopted",
            (20, 7),
        ),
        (
            "Afstemning 2\nPunkt 40 · Budgetrevision 1 for 2026\nDer stemmes om: Økonomiudvalgets indstilling\n"
            "Resultat: VEDTAGET      For: 27    Imod: 0\n",
            "Økonomiudvalgets indstilling",
            "adopted",
            (27, 0),
        ),
        (
            "Punkt 7 · Takster for svømmehallen 2027\nAfstemning om: Ændringsforslag fra Venstre om uændrede takster\n"
            "Resultat: FORKASTET      For: 8    Imod: 19\n",
            "Ændringsforslag fra Venstre om uændrede takster",
            "rejected",
            (8, 19),
        ),
        (
            "Punkt 15 · Navngivning af pladsen ved havnen\nAfstemning 3 af 5: Forslag fra Enhedslisten om navnet "
            "Havnetorvet\nResultat: FORKASTET      For: 3    Imod: 24\n",
            "Forslag fra Enhedslisten om navnet Havnetorvet",
            "rejected",
            (3, 24),
        ),
        (
            "Punkt 21 · Skolestruktur i Vestbyen\nder stemmes om - Børne- og Skoleudvalgets indstilling\n"
            "Resultat: VEDTAGET      For: 16    Imod: 11\n",
            "Børne- og Skoleudvalgets indstilling",
            "adopted",
            (16, 11),
        ),
    ],
)
def test_a_vote_line_names_what_the_result_below_it_is_about(page, subject, outcome, counts) -> None:
    assert _rows(page) == [(subject, outcome, *counts)]


def test_a_result_label_is_the_result_not_what_is_voted() -> None:
    page = "Punkt 30 · Lokalplan 77 for Østerbyen\nAfstemning: Vedtaget med 20 stemmer mod 7.\n"
    rows = _rows(page)
    assert [(outcome, f, a) for _, outcome, f, a in rows] == [("adopted", 20, 7)]
    assert rows[0][0] != "Vedtaget med 20 stemmer mod 7"


def test_a_vote_still_to_be_held_names_no_vote() -> None:
    page = "Punkt 31 · Ny parkeringsnorm\nSagen blev drøftet. Der stemmes om forslaget på næste møde.\n"
    assert all(subject != "forslaget på næste møde" for subject, *_ in _rows(page))
