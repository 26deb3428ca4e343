"""Dutch and Flemish minutes: the council postpones a point in a sentence opened by an adverbial, so the verb
comes before the council ('Op voorstel van de voorzitter beslist de gemeenteraad eenparig het punt te verdagen',
'Daarna besluit de raad het voorstel aan te houden'). The point is postponed, unanimously when so stated; a
sentence whose object is only 'het punt' is about the agenda item, so the item's title is the subject.

A sentence telling of an earlier postponement ('In 2019 besloot de raad ... uit te stellen') decides nothing
in this meeting.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeente Testbeke\nNotulen van de gemeenteraad – zitting van maandag 27 april 2026\n\nOPENBARE ZITTING\n\n"
TAIL = "\n\n6. Jaarverslag 2025 van de politiezone\nBesluit: De gemeenteraad neemt kennis van het jaarverslag 2025.\n"


@pytest.mark.parametrize(
    ("sentence", "unanimous"),
    [
        (
            "Op voorstel van de voorzitter beslist de gemeenteraad eenparig het punt te verdagen naar de "
            "zitting van mei, in afwachting van het advies van de politiezone.",
            True,
        ),
        ("Op vraag van het college beslist de gemeenteraad het punt te verdagen naar juni.", None),
        ("Na bespreking besluit de raad unaniem het agendapunt uit te stellen.", True),
        ("Daarna besloot de gemeenteraad het punt aan te houden tot de volgende zitting.", None),
        ("Vervolgens beslist de gemeenteraad met algemene stemmen dit punt te verdagen.", True),
    ],
)
def test_an_inverted_postponement_of_the_point(sentence, unanimous):
    rows = votes(HEAD + "5. Camerabewaking aan het stationsplein\n" + sentence + TAIL, "nl")
    assert [(r.case_number, r.subject, r.outcome) for r in rows] == [
        ("5", "Camerabewaking aan het stationsplein", "postponed"),
        ("6", "Jaarverslag 2025 van de politiezone", "noted"),
    ]
    assert rows[0].unanimous is unanimous


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2019 besloot de raad het plan uit te stellen tot na de verkiezingen. De schepen antwoordt.",
        "De fractie vraagt of het college het punt wil verdagen. De voorzitter weigert.",
    ],
)
def test_no_postponement_in_this_meeting(sentence):
    rows = votes(HEAD + "5. Vragen van raadsleden\n" + sentence + TAIL, "nl")
    assert [r.case_number for r in rows] == ["6"]
