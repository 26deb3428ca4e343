"""A council column in a municipal magazine or an unstamped news page ('Uit de gemeenteraad', 'Dit besloot de raad'):
short headed paragraphs, no agenda numbers and no publication line. As on a dated news page, each headline names the
decision its paragraph reports ('Extra geld voor de speeltuinen' / 'Het voorstel werd goedgekeurd met ...'): one row
per paragraph, about the headline, with the paragraph's counts; a headline that states the outcome itself ('Motie over
bankjes aangenomen') is the same decision as the paragraph's, not a second row. 'weggestemd' rejects; 'De raad nam
kennis van ...' notes.

Look-alikes: a numbered decision list keeps its agenda titles; the college taking note, and a decision recalled from
an earlier year, are no decisions of this council meeting.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "GEMEENTEBLAD LINDEWAARD  |  april 2026\n\nUIT DE GEMEENTERAAD\n"
    "Een greep uit de beslissingen van de gemeenteraad van dinsdag 24 maart 2026.\n\n"
)


@pytest.mark.parametrize(
    ("paragraph", "row"),
    [
        (
            "Extra geld voor de speeltuinen\nDe speeltuinen in de deelgemeenten krijgen samen 40.000 euro extra. Het "
            "voorstel werd goedgekeurd met 19 stemmen voor en 6 stemmen tegen.\n",
            ("Extra geld voor de speeltuinen", "adopted", 19, 6),
        ),
        (
            "Motie over bankjes langs wandelroutes aangenomen\nEen motie van het CDA vraagt het college meer "
            "bankjes te plaatsen. De motie werd aangenomen met 20 stemmen voor en 3 tegen.\n",
            ("Motie over bankjes langs wandelroutes", "adopted", 20, 3),
        ),
        (
            "Amendement over het parkeren verworpen\nHet amendement van de VVD over het parkeren werd verworpen met 9 "
            "stemmen voor en 14 tegen.\n",
            ("Amendement over het parkeren", "rejected", 9, 14),
        ),
        (
            "Geen gratis zwemmen voor senioren\nRaadslid Lies Peeters stelde voor senioren gratis te laten zwemmen. "
            "Het voorstel werd weggestemd met 7 stemmen voor en 16 tegen.\n",
            ("Geen gratis zwemmen voor senioren", "rejected", 7, 16),
        ),
        (
            "Advies jeugdraad\nDe gemeenteraad nam kennis van het advies van de jeugdraad over de speelpleinen.\n",
            ("het advies van de jeugdraad over de speelpleinen", "noted", None, None),
        ),
        (
            "Verkoop oude school later\nDe verkoop van de oude school in Kapelle werd uitgesteld tot na de zomer.\n",
            ("Verkoop oude school later", "postponed", None, None),
        ),
    ],
)
def test_a_headed_paragraph_is_one_row_about_its_headline(paragraph: str, row: tuple) -> None:
    rows = votes(HEAD + paragraph, "nl")
    assert [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in rows] == [row]
    assert rows[0].meeting_date == "2026-03-24"


def test_a_numbered_decision_list_keeps_its_titles() -> None:
    text = (
        "Besluitenlijst gemeenteraad Testdorp\nvergadering van 24 maart 2026\n\n"
        "4. Extra geld voor de speeltuinen\nBesluit: aangenomen met 19 stemmen voor en 6 stemmen tegen.\n"
    )
    assert [(r.case_number, r.subject) for r in votes(text, "nl")] == [("4", "Extra geld voor de speeltuinen")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Verslag van de seniorenraad\nHet college nam kennis van het verslag van de seniorenraad.\n",
        "Zwembad\nIn 2019 nam de gemeenteraad kennis van de plannen voor een nieuw zwembad.\n",
    ],
)
def test_the_college_or_an_earlier_year_takes_no_council_decision(paragraph: str) -> None:
    assert votes(HEAD + paragraph, "nl") == []
