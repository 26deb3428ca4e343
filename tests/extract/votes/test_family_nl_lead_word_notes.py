"""Family: notes under a decision list marked only by their lead word ('Ad 5.2 Op verzoek ...') (nl).

Below a besluitenlijst's table, a 'Toelichting' explains rows: "Ad 5.2 Op verzoek van het college wordt het
voorstel aangehouden tot de vergadering van 26 maart 2026". With "Ad" in front, no stop follows the number.
Such a note is about the listed row and restates its outcome: it gives no row of its own and never a row
under another item's number. All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

TABLE = (
    "Gemeente Teylingen\nBESLUITENLIJST van de openbare vergadering van de gemeenteraad\n"
    "gehouden op donderdag 12 maart 2026\n\n"
    "| Nr. | Onderwerp | Besluit | Stemverhouding |\n"
    "|-----|-----------|---------|----------------|\n"
    "| 2 | Vaststelling agenda | Vastgesteld | - |\n"
    "| 3.1 | Verordening afvalstoffenheffing 2026 | Aangenomen | 19 voor, 6 tegen |\n"
    "| 3.2 | Nota grondbeleid | Aangehouden | - |\n"
    "| 4 | Motie M2 'Speeltuinen' | Aangenomen | unaniem |\n"
    "| 5 | Sluiting | - | - |\n\n"
    "Toelichting\n"
)
LISTED = [("2", "adopted"), ("3.1", "adopted"), ("3.2", "postponed"), ("4", "adopted")]


@pytest.mark.parametrize(
    "note",
    [
        "Ad 3.2 Op verzoek van het college wordt het voorstel aangehouden tot de vergadering van 9 april 2026.\n",
        "Ad 3.2 Het voorstel is aangehouden, zodat eerst de inspraakreacties kunnen worden verwerkt.\n",
        "Ad. 3.1 Het voorstel is aangenomen; de fracties van D66 (4) en SP (2) stemden tegen.\n",
        "ad 4 De motie is na een korte schorsing unaniem aangenomen.\n",
        "Ad 3.2 Het college houdt het voorstel aan\ntot na de zomer.\n",
    ],
)
def test_a_note_marked_by_its_lead_word_gives_no_row_of_its_own(note):
    rows = votes(TABLE + note, "nl")
    assert [(r.case_number, r.outcome) for r in rows] == LISTED


def test_a_lead_word_without_a_number_is_no_note():
    text = TABLE + "Ad hoc: het presidium bespreekt de vergaderorde.\n"
    assert [(r.case_number, r.outcome) for r in votes(text, "nl")] == LISTED
