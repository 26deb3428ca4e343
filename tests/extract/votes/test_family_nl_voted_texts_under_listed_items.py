"""Dutch decision lists whose items carry one outcome line each, except an item under which several texts are
voted: the amendments, motions and the proposal itself, each named on its own line with its outcome below
('Amendement A1 van VVD en CDA ... 'Titel'' / 'Verworpen met ...', 'Motie M1 ...' / 'Aangenomen ...').

Such a label line is the item's own record, not the item's wrapped title: every voted text keeps its row (its
subject as written), and the listed items around it keep theirs. A title wrapping onto a second line that opens
with no such label stays the item's title.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = "Gemeente Testdam\nBesluitenlijst van de openbare vergadering van de gemeenteraad, dinsdag 7 juli 2026\n\n"
LISTED = (
    "4. Hamerstukken\n4.1 Verordening maatschappelijke ondersteuning 2027\nBesluit: conform aangenomen.\n"
    "4.2 Zienswijze ontwerpbegroting 2027 GGD\nBesluit: conform aangenomen.\n\n5. Bespreekstukken\n"
)
AFTER = "\n5.2 Herinrichting Grote Oost, tweede fase\nUnaniem aangenomen.\n"


@pytest.mark.parametrize(
    ("voted", "expected"),
    [
        (
            "Amendement A1 van VVD en CDA (S. Kok, B. Visser) 'Geen verhoging toeristenbelasting'\n"
            "Verworpen met 14 stemmen voor (VVD, CDA, PVV, JA21) en 20 stemmen tegen.\n"
            "Raadsvoorstel Kadernota 2027\nAangenomen met 25 stemmen voor en 9 stemmen tegen.\n",
            [
                ("Amendement A1 Geen verhoging toeristenbelasting", "rejected"),
                ("Kadernota 2027", "adopted"),
            ],
        ),
        (
            "Motie M1 van GroenLinks-PvdA (F. Bakker) 'Kansrijke start voor elk kind'\n"
            "Aangenomen met 28 stemmen voor en 6 stemmen tegen (PVV 4, JA21 2).\n"
            "Motie M2 van SP (R. Hendriks) 'Huurbevriezing bij de corporaties'\n"
            "Aangehouden op verzoek van de indiener.\n",
            [
                ("Motie M1 Kansrijke start voor elk kind", "adopted"),
                ("Motie M2 Huurbevriezing bij de corporaties", "postponed"),
            ],
        ),
        (
            "Amendement A2 (D66) 'Meer groen in de wijk'\nVerworpen met 9 stemmen voor en 25 stemmen tegen.\n",
            [("Amendement A2 (D66) Meer groen in de wijk", "rejected")],
        ),
        (
            "Motie 'Hittebestendige schoolpleinen' van de ChristenUnie\nUnaniem aangenomen.\n",
            [("Motie Hittebestendige schoolpleinen", "adopted")],
        ),
        (
            "Amendement 'Behoud bibliotheekfiliaal' (CDA, SGP)\nAangenomen met 18 stemmen voor en 16 stemmen tegen.\n"
            "Raadsvoorstel Kadernota 2027 (geamendeerd)\nAangenomen met 25 stemmen voor en 9 stemmen tegen.\n",
            [
                ("Amendement Behoud bibliotheekfiliaal", "adopted"),
                ("Kadernota 2027", "adopted"),
            ],
        ),
    ],
)
def test_each_text_voted_under_a_listed_item_is_a_row(voted, expected):
    rows = vote_cells(HEAD + LISTED + "5.1 Kadernota 2027\n" + voted + AFTER, "nl")
    assert [(case, subject, outcome) for case, subject, outcome, *_ in rows] == [
        ("4.1", "Verordening maatschappelijke ondersteuning 2027", "adopted"),
        ("4.2", "Zienswijze ontwerpbegroting 2027 GGD", "adopted"),
        *[("5.1", subject, outcome) for subject, outcome in expected],
        ("5.2", "Herinrichting Grote Oost, tweede fase", "adopted"),
    ]


def test_a_wrapped_title_without_a_label_stays_the_item_s_title():
    text = (
        LISTED + "5.1 Verordening precariobelasting en marktgelden\nvoor de jaren 2027 en 2028\nAangenomen.\n" + AFTER
    )
    rows = vote_cells(HEAD + text, "nl")
    assert [(case, subject) for case, subject, *_ in rows][2] == (
        "5.1",
        "Verordening precariobelasting en marktgelden voor de jaren 2027 en 2028",
    )
