"""A decision table's row about a member's proposal ('| 6 | Voorstel van raadslid X (partij): gratis bezoeken |
verworpen |') whose note under the table quotes the proposal's words ('Punt 6 - Het voorstel luidde: "..."') is a
vote on those words (their first sentence), as a quote under the proposal's own heading is.

Look-alikes: a note that explains without quoting the proposal after a lead-in naming it ('Punt 4 - De raad
verdaagt het punt.'), a quote after another lead-in ('Punt 6 - De schepen antwoordde: "..."'), and a note about an
item number no row of the table has keep the rows as the table names them.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = "GEMEENTE TESTDORP\nBesluitenlijst gemeenteraad - zitting van dinsdag 16 juni 2026\n\n"
TABLE = (
    "| Nr | Onderwerp                                  | Beslissing  | Stemming      |\n"
    "|----|--------------------------------------------|-------------|---------------|\n"
    "| 1  | Goedkeuring notulen zitting 19 mei 2026    | goedgekeurd | eenparig      |\n"
    "| 5  | Voorstel van raadslid An Claes (Groen):    | verworpen   | 6 ja, 13 neen |\n"
    "|    | speelstraten in de zomer                   |             |               |\n"
)
FIRST = ("adopted", "Goedkeuring notulen zitting 19 mei 2026")
ROW = ("rejected", "Voorstel van raadslid An Claes (Groen): speelstraten in de zomer")

NOTES = {
    "punt dash": 'Punt 5 - Het voorstel luidde: "Elke wijk krijgt in juli en augustus een speelstraat."',
    "punt en dash": 'Punt 5 – Het voorstel luidt: "Elke wijk krijgt in juli en augustus een speelstraat."',
    "ad stop": 'Ad 5. Het voorstel van raadslid Claes luidde: "Elke wijk krijgt in juli en augustus een speelstraat."',
    "agendapunt colon": "Agendapunt 5: het voorstel luidde als volgt: "
    '"Elke wijk krijgt in juli en augustus een speelstraat."',
    "two sentences": 'Punt 5 - Het voorstel luidde: "Elke wijk krijgt in juli en augustus een speelstraat. '
    'De kosten zijn voor de gemeente."',
}


@pytest.mark.parametrize("note", NOTES.values(), ids=NOTES.keys())
def test_a_note_quoting_the_proposal_names_the_row(note):
    text = HEAD + TABLE + "\nToelichting bij de punten\n\n" + note + "\n"
    assert outcomes(text, "nl") == [FIRST, ("rejected", "Elke wijk krijgt in juli en augustus een speelstraat")]


LOOK_ALIKES = {
    "no quote": "Punt 5 - De raad stemt over het voorstel; de meerderheid volgt het niet.",
    "another lead": 'Punt 5 - De schepen antwoordde: "Dat kost te veel politiecapaciteit."',
    "another item": 'Punt 7 - Het voorstel luidde: "Elke wijk krijgt in juli en augustus een speelstraat."',
}


@pytest.mark.parametrize("note", LOOK_ALIKES.values(), ids=LOOK_ALIKES.keys())
def test_a_note_not_quoting_the_rows_proposal_keeps_the_row(note):
    text = HEAD + TABLE + "\nToelichting bij de punten\n\n" + note + "\n"
    assert outcomes(text, "nl") == [FIRST, ROW]
