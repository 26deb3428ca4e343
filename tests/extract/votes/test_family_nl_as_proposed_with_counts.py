"""A decision line that says only how the point was decided, then its counts: 'Conform voorstel vastgesteld met 19
stemmen voor en 8 stemmen tegen.', 'Besluit: overeenkomstig het raadsvoorstel aangenomen, met 21 stemmen voor en 6
tegen.', 'Zonder stemming conform voorstel besloten.'. Dutch besluitenlijsten write the manner ('conform voorstel',
'zonder stemming') before the verb: the words name how, not what, so the row is about the point's title, and the
counts are the point's own.

Look-alikes: a decision sentence that names its object ('De raad stelt de nota vast met ...') is not the manner
alone; a question hour under its point decides nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Besluitenlijst van de openbare vergadering van de gemeenteraad van Testdorp\ngehouden op 3 februari 2026\n\n"


@pytest.mark.parametrize(
    ("item", "title", "counts"),
    [
        (
            "4. Bestemmingsplan Kerkpad-Oost\nBesluit: Conform voorstel vastgesteld met 19 stemmen voor en 8 "
            "stemmen tegen.\n",
            "Bestemmingsplan Kerkpad-Oost",
            (19, 8),
        ),
        (
            "6. Kaderbrief 2027\nBesluit: overeenkomstig het raadsvoorstel aangenomen, met 21 stemmen voor en "
            "6 tegen.\n",
            "Kaderbrief 2027",
            (21, 6),
        ),
        (
            "Agendapunt 11  Grondprijzenbrief 2026\nConform voorstel besloten met 30 stemmen voor en 3 stemmen tegen\n",
            "Grondprijzenbrief 2026",
            (30, 3),
        ),
        (
            "8. Verordening rechtspositie raadsleden\nBesluit: Zonder stemming conform voorstel besloten.\n",
            "Verordening rechtspositie raadsleden",
            (None, None),
        ),
        (
            "9. Treasurystatuut 2026\nBesluit: Hamerstuk. Zonder stemming conform voorstel besloten.\n",
            "Treasurystatuut 2026",
            (None, None),
        ),
        (
            "12. Krediet herinrichting Marktplein\nUitslag: Conform het voorstel goedgekeurd met 17 stemmen voor en 10 "
            "stemmen tegen.\n",
            "Krediet herinrichting Marktplein",
            (17, 10),
        ),
    ],
)
def test_a_manner_only_decision_with_counts_is_about_the_title(
    item: str, title: str, counts: tuple[int | None, int | None]
) -> None:
    rows = vote_cells(HEAD + item, "nl")
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [(title, "adopted", *counts)]


def test_a_decision_naming_its_object_keeps_it() -> None:
    item = "5. Nota grondbeleid\nBesluit: De raad stelt de nota grondbeleid vast met 20 stemmen voor en 7 tegen.\n"
    rows = vote_cells(HEAD + item, "nl")
    assert [(r[2], r[3], r[4]) for r in rows] == [("adopted", 20, 7)]
    assert rows[0][1] != "Conform voorstel"


def test_a_question_hour_is_no_decision() -> None:
    item = "3. Vragenhalfuur\nEr zijn vragen gesteld door de fractie van Lokaal Belang over de parkeervergunningen.\n"
    assert vote_cells(HEAD + item, "nl") == []
