"""Danish items whose decision block records no decision of the item: a pointer to the closed minutes in any of
its wordings ("Beslutning fremgår af lukket protokol.", "Beslutningen er ført i lukket protokol.", "Se lukket
referat."), a question time without questions ("Der var ingen spørgsmål."), and an item withdrawn with one word
("Trukket."). None gives a row. Look-alikes still decide: an approval that mentions the closed minutes or
questions beside it, and a withdrawal with a later treatment (postponed). All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = "Økonomiudvalget\n\nMødedato: 14. april 2026\n\n"


@pytest.mark.parametrize(
    "item",
    [
        "Punkt 51  Personalesag (lukket)\nBeslutning\nBeslutning fremgår af lukket protokol.\n",
        "Punkt 20  Lukket punkt: Personalesag\n\nBeslutning i Økonomiudvalget den 14. april 2026:\n"
        "Beslutningen er ført i lukket protokol.\n",
        "48. Køb af ejendom (lukket punkt)\nBeslutning:\nSe lukket referat.\n",
        "Sag nr. 12  Salg af grund\nAfgørelse: Se den lukkede protokol.\n",
        "7. Personalesag\nBeslutning\nBeslutningen blev indført i den lukkede beslutningsprotokol.\n",
        "35. Spørgetid for borgerne\nBeslutning\nDer var ingen spørgsmål.\n",
        "3. Spørgetid\nBeslutning: Ingen spørgsmål fra borgerne.\n",
        "Pkt. 36  Ansøgning fra Foreningen Ældre Sagen\n         Beslutning: Trukket.\n",
        "9. Forslag fra Ø om gratis frokost\nBeslutning: Trukket af forslagsstilleren.\n",
    ],
)
def test_a_pointer_to_closed_minutes_or_an_empty_item_gives_no_row(item):
    assert outcomes(HEAD + item, "da") == []


def test_an_approval_beside_a_pointer_to_the_closed_minutes_is_a_decision():
    item = "14. Salg af grund\nBeslutning\nGodkendt. Bilag 2 fremgår af den lukkede protokol.\n"
    assert [o for o, _ in outcomes(HEAD + item, "da")] == ["adopted"]


def test_a_decision_taken_after_questions_is_a_decision():
    item = "15. Takster for affald 2027\nBeslutning\nDer var ingen spørgsmål til sagen, og taksterne blev godkendt.\n"
    assert [o for o, _ in outcomes(HEAD + item, "da")] == ["adopted"]


def test_a_withdrawal_with_a_later_treatment_is_postponed():
    item = "16. Skolestruktur\nBeslutning\nSagen blev trukket og behandles på næste møde.\n"
    assert [o for o, _ in outcomes(HEAD + item, "da")] == ["postponed"]


def test_an_open_item_keeps_its_row_beside_a_closed_one():
    items = (
        "50. Takster 2027\nBeslutning\nGodkendt.\n\n"
        "51. Personalesag\nBeslutning\nBeslutning fremgår af lukket protokol.\n"
    )
    assert outcomes(HEAD + items, "da") == [("adopted", "Takster 2027")]
