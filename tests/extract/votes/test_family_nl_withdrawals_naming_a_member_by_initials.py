"""Family: a withdrawn motion or amendment whose note names someone by initials (nl).

A besluitenlijst records a withdrawal with who withdrew it or why, and Dutch minutes write people with their
initials ("ingetrokken na toezegging van wethouder P. Klaassen", "ingetrokken door mevrouw A.B. de Vries").
The initial's full stop does not end the note: nothing was voted on, so no row. A vote beside a withdrawal of
something else stays a row. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "BESLUITENLIJST van de openbare vergadering van de gemeenteraad,\ngehouden op donderdag 29 januari 2026.\n\n"


@pytest.mark.parametrize(
    ("item", "decision"),
    [
        (
            '8.  Motie vreemd aan de orde van de dag "Veilige oversteek" (CDA)',
            "Besluit: ingetrokken na toezegging van wethouder P. Klaassen.",
        ),
        ('8.  Motie "Veilige oversteek" (CDA)', "Besluit: ingetrokken door mevrouw A.B. de Vries."),
        (
            '8.  Amendement A3 "Groen schoolplein" (GroenLinks)',
            "Ingetrokken na toezegging van de wethouder, mevr. J. van Dam.",
        ),
        ('8.  Motie M4 "Bankjes in het park" (VVD)', "Besluit: ingetrokken op verzoek van de heer K.L. Bos."),
        (
            '8.  Motie "Veilige oversteek" (CDA)',
            "Besluit: de motie is ingetrokken na toezegging van burgemeester H. Jansen.",
        ),
    ],
)
def test_a_withdrawal_naming_someone_by_initials_is_no_vote(item, decision):
    assert vote_cells(HEAD + item + "\n    " + decision + "\n", "nl") == []


def test_a_vote_beside_a_withdrawal_of_another_motion_stays_a_row():
    text = HEAD + '8.  Motie "Veilige oversteek" (CDA)\n    Besluit: verworpen met 8 stemmen voor en 11 tegen; '
    text += "de motie van mevr. J. Smit is ingetrokken.\n"
    (row,) = vote_cells(text, "nl")
    assert row[2:5] == ("rejected", 8, 11)
