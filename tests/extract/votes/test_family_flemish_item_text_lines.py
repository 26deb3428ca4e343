"""Flemish notulen: where an agenda item's title ends and its text begins.

- A title line followed by the item's text, a sentence that wraps on over the next line ('Het punt wordt op vraag
  van het college verdaagd naar de zitting' / 'van maart, ...'), stays a title of its own: the item keeps its
  number and the decision its row.
- An item line ending in a colon ('6. Toegevoegd punt van raadslid An Peeters (Groen):') goes on with its title on
  the next line: one item, both lines its title, not a point of the item above.
- 'op vraag van', 'op verzoek van', 'op voorstel van' someone between the verb and 'verdaagd' / 'aangehouden'
  still postpones.

A title that wraps onto a name ('... met de gemeente' / 'Laarne over de gedeelde bibliotheekwerking') goes on.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = (
    "Gemeente Testbeke\nNotulen gemeenteraad – zitting van maandag 26 januari 2026\n\n"
    "Aanwezig: de voorzitter van de gemeenteraad, de burgemeester, de schepenen,\n"
    "de raadsleden en de algemeen directeur.\n\nOPENBARE ZITTING\n\n"
)
TAIL = "\n7. Vragen van raadsleden\nRaadslid Koen Maes stelt een vraag over de verlichting op de brug.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Het punt wordt op vraag van de schepen van cultuur verdaagd naar de zitting\n"
        "van februari, in afwachting van het advies van de erfgoedcel.",
        "Het punt wordt verdaagd naar de zitting van maart op vraag van het college,\n"
        "in afwachting van een nieuw schattingsverslag van de landmeter.",
        "Het agendapunt wordt op verzoek van de fractie Vooruit uitgesteld naar de\n"
        "volgende zitting van de gemeenteraad in april.",
        "Op voorstel van de voorzitter van de gemeenteraad wordt het punt verdaagd\nnaar de zitting van mei.",
        "Het punt wordt aangehouden tot de zitting van juni, omdat het advies van de\nprovincie nog niet binnen is.",
    ],
)
def test_a_wrapped_sentence_under_a_title_is_the_item_s_text(sentence):
    text = (
        "4. Jaarverslag 2025 van de lokale politiezone\nBesluit: De gemeenteraad neemt kennis van het jaarverslag.\n\n"
        f"5. Aankoop van het voormalige klooster aan de Kloosterstraat\n{sentence}\n" + TAIL
    )
    assert [(case, subject, outcome) for case, subject, outcome, *_ in vote_cells(HEAD + text, "nl")] == [
        ("4", "Jaarverslag 2025 van de lokale politiezone", "noted"),
        ("5", "Aankoop van het voormalige klooster aan de Kloosterstraat", "postponed"),
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "6. Agendapunt toegevoegd door raadslid Ilse Peeters (Groen):",
        "6. Toegevoegd punt van raadslid Bart Claes (Vooruit):",
        "6. Aanvullend agendapunt ingediend door raadslid Tom Geens (Vlaams Belang):",
        "6. Voorstel van de fractie N-VA:",
        "6. Bijkomend punt op vraag van raadslid Eva Lemmens (PVDA):",
    ],
)
def test_an_item_line_ending_in_a_colon_takes_the_title_below(opening):
    text = (
        "5. Toetreding tot de interlokale vereniging Erfgoed Schelde\nHet punt wordt verdaagd.\n\n"
        f"{opening}\nInvoeren van een autoluwe schoolstraat in de Kasteelstraat\n"
        "Stemming: 7 stemmen voor (Vooruit, Groen), 22 stemmen tegen (N-VA, CD&V, Open Vld, Vlaams Belang)\n"
        "Besluit\nDe gemeenteraad keurt het voorstel niet goed.\n" + TAIL
    )
    rows = vote_cells(HEAD + text, "nl")
    assert [(case, outcome, votes_for, against) for case, _, outcome, votes_for, against, _ in rows] == [
        ("5", "postponed", None, None),
        ("6", "rejected", 7, 22),
    ]
    assert rows[1][1].endswith("Invoeren van een autoluwe schoolstraat in de Kasteelstraat")


def test_a_title_wrapping_onto_a_name_goes_on():
    text = (
        "5. Samenwerkingsovereenkomst met de stad Testbeke en de gemeente\n"
        "Laarne over de gedeelde bibliotheekwerking in beide gemeenten\n"
        "Stemming: eenparig\nBesluit: goedgekeurd.\n" + TAIL
    )
    rows = vote_cells(HEAD + text, "nl")
    assert [(case, outcome) for case, _, outcome, *_ in rows] == [("5", "adopted")]
    assert "Laarne over de gedeelde bibliotheekwerking" in rows[0][1]


def test_a_lead_in_ending_in_a_colon_over_a_sentence_is_no_item():
    text = (
        "5. Retributiereglement parkeren – wijziging\nStemming: eenparig\nBesluit\n"
        "1. De gemeenteraad beslist:\nhet reglement wordt aangepast vanaf 1 maart 2026.\n" + TAIL
    )
    assert [case for case, *_ in vote_cells(HEAD + text, "nl")] == ["5"]
