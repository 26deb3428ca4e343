"""An outcome line written in capitals under its item ('UNANIEM AANGENOMEN', 'EENPARIG AANGENOMEN', 'MET ALGEMENE
STEMMEN AANGENOMEN') is a unanimous decision, as its lower-case spelling is.

Look-alikes: 'AANGENOMEN' and 'VERWORPEN' alone name no unanimity.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Gemeente Hillegom - donderdag 11 juni 2026\nBESLUITENLIJST RAADSVERGADERING\n\n"
TAIL = "\nAgendapunt 9. Verordening jeugdhulp 2026\nAANGENOMEN MET 14 STEMMEN VOOR EN 5 STEMMEN TEGEN\n"
OTHER = ("9", "Verordening jeugdhulp 2026", "adopted", 14, 5)

LINES = {
    "unaniem": ("UNANIEM AANGENOMEN", "adopted", 0),
    "eenparig": ("EENPARIG AANGENOMEN", "adopted", 0),
    "algemene stemmen": ("MET ALGEMENE STEMMEN AANGENOMEN", "adopted", 0),
    "unaniem vastgesteld": ("UNANIEM VASTGESTELD", "adopted", 0),
    "unaniem verworpen": ("UNANIEM VERWORPEN", "rejected", 0),
    "aangenomen alone": ("AANGENOMEN", "adopted", None),
    "verworpen alone": ("VERWORPEN", "rejected", None),
}


@pytest.mark.parametrize(("line", "outcome", "against"), LINES.values(), ids=LINES.keys())
def test_a_capital_outcome_line_reads_its_unanimity(line, outcome, against):
    item = f"Agendapunt 4. Zienswijze op de begroting 2027 van de regionale uitvoeringsdienst\n{line}\n"
    rows = vote_cells(HEAD + item + TAIL, "nl")
    subject = "Zienswijze op de begroting 2027 van de regionale uitvoeringsdienst"
    assert [row[:5] for row in rows] == [("4", subject, outcome, None, against), OTHER]
