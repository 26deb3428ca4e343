"""A decision list (besluitenlijst) writes each item as its numbered title and, indented below it, one outcome line:
'goedgekeurd - eenparig', 'goedgekeurd met 16 stemmen voor en 9 stemmen tegen', 'de gemeenteraad neemt kennis',
'verdaagd naar ...', or a 'Besloten:' label before the outcome. Each item is one row about its title; the noting
line alone makes the item noted, a 'Besloten:' label is no subject.

Look-alikes (beside an item decided with counts): an item with 'geen besluit' or an answer to an
interpellation gives no row; 'Besloten zitting' stays a section heading.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = (
    "Lubbeek  >  Bestuur  >  Besluitenlijsten\n\nBesluitenlijst gemeenteraad van 16 maart 2026\n"
    "Deze lijst bevat een beknopte weergave van de besluiten.\n\nOPENBARE ZITTING\n\n"
)
TAIL = (
    "\n11  Aankoop van een perceel grond aan de Kerkstraat\n"
    "    goedgekeurd met 17 stemmen voor en 8 stemmen tegen (N-VA 6, Vlaams Belang 2)\n"
)
OTHER = ("11", "Aankoop van een perceel grond aan de Kerkstraat", "adopted", 17, 8)

ITEMS = {
    "dash unanimous, long title": (
        "04  Samenwerkingsovereenkomst met de vzw Hagelandse Boomgaarden over het beheer van de hoogstamweide\n"
        "    goedgekeurd - eenparig\n",
        (
            "04",
            "Samenwerkingsovereenkomst met de vzw Hagelandse Boomgaarden over het beheer van de hoogstamweide",
            "adopted",
            None,
            0,
        ),
    ),
    "dash unanimous, short title": (
        "01  Notulen zitting 16 februari 2026\n    goedgekeurd - eenparig\n",
        ("01", "Notulen zitting 16 februari 2026", "adopted", None, 0),
    ),
    "noted, lower case": (
        "03  Werkingsverslag 2025 van de gemeentelijke seniorenraad en de jeugdraad\n"
        "    de gemeenteraad neemt kennis\n",
        ("03", "Werkingsverslag 2025 van de gemeentelijke seniorenraad en de jeugdraad", "noted", None, None),
    ),
    "noted, sentence": (
        "7. Verslag van de toezichthouder van de hulpverleningszone\n   De raad neemt kennis.\n",
        ("7", "Verslag van de toezichthouder van de hulpverleningszone", "noted", None, None),
    ),
    "noted, er akte van": (
        "9. Mededeling van het college over de stand van de wegenwerken\n   De gemeenteraad neemt er akte van.\n",
        ("9", "Mededeling van het college over de stand van de wegenwerken", "noted", None, None),
    ),
    "besloten label with counts": (
        "2. Reglement op de toelagen voor jeugdverenigingen\n   Besloten: goedgekeurd met 19 stemmen voor, 6 tegen.\n",
        ("2", "Reglement op de toelagen voor jeugdverenigingen", "adopted", 19, 6),
    ),
    "besloten label, unanimous": (
        "5. Goedkeuring van het verslag van de vorige zitting\n"
        "   Besloten: goedgekeurd met eenparigheid van stemmen.\n",
        ("5", "Goedkeuring van het verslag van de vorige zitting", "adopted", None, 0),
    ),
    "besloten label, rejected": (
        "6. Verordening op de precariobelasting 2026\n"
        "   Besloten: verworpen met 10 stemmen voor en 15 stemmen tegen.\n",
        ("6", "Verordening op de precariobelasting 2026", "rejected", 10, 15),
    ),
}


@pytest.mark.parametrize(("item", "expected"), ITEMS.values(), ids=ITEMS.keys())
def test_an_outcome_line_under_an_item_title_is_that_item_s_row(item, expected):
    rows = vote_cells(HEAD + item + TAIL, "nl")
    assert [row[:5] for row in rows] == [expected, OTHER]


LOOK_ALIKES = {
    "interpellation answered": (
        "08  Interpellatie van raadslid Sofie Claes (Groen) over de verlichting van het jaagpad\n"
        "    de burgemeester antwoordt; geen besluit\n"
    ),
    "closed session heading": (
        "BESLOTEN ZITTING\n10  Aanstelling van een beleidsmedewerker - zie afzonderlijke notulen\n"
    ),
}


@pytest.mark.parametrize("item", LOOK_ALIKES.values(), ids=LOOK_ALIKES.keys())
def test_an_item_without_a_decision_gives_no_row(item):
    assert [row[:5] for row in vote_cells(HEAD + item + TAIL, "nl")] == [OTHER]
