"""Family: a bare motion or amendment outcome under the lines naming it with a quoted title (nl, Flemish).

Minutes name a motion or amendment once, with its title in quotes, where it is put forward or heads the item
('Motie vreemd aan de orde van de dag "Groen schoolplein"', 'wij dienen de motie / "Titel" in'), and then
record "De motie is verworpen." or "Het amendement wordt aangenomen met 12 stemmen voor". The row is about
that titled motion. Not so: an outcome of the other kind ("het amendement" under a named motion), a motion
decided in between (the outcome is then another's), and a bare "Het voorstel is aangenomen" (the case's own
proposal, named by the case). All written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = "NOTULEN van de openbare vergadering van de gemeenteraad van Testby, gehouden op dinsdag 3 maart 2026.\n\n"


@pytest.mark.parametrize(
    ("body", "outcome", "title"),
    [
        (  # the name a paragraph above, the motion put forward by a member, a roll call between
            "8. Moties vreemd aan de orde van de dag\n\n"
            "Mevrouw DE BOER (SP): Voorzitter, wij dienen de motie\n"
            '"Gratis zwemles voor elk kind" in en vragen een hoofdelijke stemming.\n'
            "De VOORZITTER: Wij stemmen hoofdelijk.\n"
            "Voor stemden: Jansen, De Boer, Pieters en Smit (4).\n"
            "Tegen stemden: de overige leden (19).\n"
            "De VOORZITTER: De motie is verworpen.\n",
            "rejected",
            "Gratis zwemles voor elk kind",
        ),
        (  # the name in the item heading, wrapped over two lines, in single quotes
            "Punt 14. Motie vreemd aan de orde van de dag 'Een tweede brug over de\n"
            "Vecht' (M26-07, ingediend door de heer KOK (CDA))\n\n"
            "De heer KOK (CDA): Voorzitter, de brug is al veertig jaar oud.\n\n"
            "De VOORZITTER: Ik breng de motie in stemming.\n\n"
            "De VOORZITTER: De motie is aangenomen met 15 stemmen voor en 12 tegen.\n",
            "adopted",
            "Een tweede brug over de Vecht",
        ),
        (  # a numbered decision list, the amendment in the item line, the outcome after a label
            "BESLUITENLIJST\n\n"
            "6.  Amendement A2 \u201cMeer bomen in de Stationsstraat\u201d bij raadsvoorstel Herinrichting (D66)\n"
            "    Besluit: het amendement wordt aangenomen met 14 stemmen voor en 9 stemmen tegen.\n",
            "adopted",
            "Meer bomen in de Stationsstraat",
        ),
        (  # Flemish: the amendment's words quoted under the item, the outcome without a label
            "Punt 3   Aanpassing meerjarenplan 2026-2031 nr. 1 - Vaststelling\n"
            "         Amendement van de Groen-fractie, ingediend door raadslid\n"
            "         Els Maes: 'De subsidie voor jeugdbewegingen wordt verdubbeld.'\n"
            "         Het amendement wordt verworpen met 8 ja-stemmen en 19 neen-stemmen.\n",
            "rejected",
            "De subsidie voor jeugdbewegingen wordt verdubbeld",
        ),
        (  # a bare "Motie verworpen." line under the motion's paragraph
            "11. Motie \u2018Geen parkeerautomaten op het Marktplein\u2019 (Lokaal Belang)\n\n"
            "De heer VOS (Lokaal Belang) licht de motie toe. De wethouder ontraadt de motie.\n"
            "Motie verworpen.\n",
            "rejected",
            "Geen parkeerautomaten op het Marktplein",
        ),
    ],
)
def test_bare_motion_outcome_is_about_the_motion_named_above(body: str, outcome: str, title: str) -> None:
    rows = [(o, s) for o, s in outcomes(HEAD + body, "nl") if o == outcome]
    assert rows, outcomes(HEAD + body, "nl")
    assert title in (rows[-1][1] or "").rstrip(".")


@pytest.mark.parametrize(
    ("body", "named"),
    [
        (  # an amendment voted under a motion named above: not the motion
            "9. Raadsvoorstel Huisvesting onderwijs\n\n"
            'De VOORZITTER: Ik breng de motie "Veilige schoolroutes" in stemming.\n'
            "De VOORZITTER: Eerst het amendement van de fractie GroenLinks over de gymzaal.\n"
            "De VOORZITTER: Het amendement is verworpen met 10 stemmen voor en 13 tegen.\n",
            [],
        ),
        (  # the named motion decided, then another motion put forward without a title and voted
            "10. Raadsvoorstel Verkeersplan 2026\n\n"
            'De heer BOS (VVD) licht de motie "Veilige schoolroutes" toe.\n'
            "De VOORZITTER: De motie is met algemene stemmen aangenomen.\n"
            "Mevrouw KAYA (PvdA) dient een motie in over de bibliotheek.\n"
            "De VOORZITTER: De motie is verworpen met 9 stemmen voor en 14 tegen.\n",
            [("adopted", "Veilige schoolroutes")],
        ),
        (  # a bare "Het voorstel" is the case's own proposal, whatever motion is named above it
            "12. Grondexploitatie Molenweg, fase 2\n\n"
            'De heer BOS (VVD): wij hebben de motie "Veilige schoolroutes" bij een vorig punt al ingediend.\n'
            "De VOORZITTER: Het voorstel is aangenomen met 20 stemmen voor en 3 stemmen tegen.\n",
            [],
        ),
    ],
)
def test_only_a_bare_outcome_of_the_named_motion_takes_its_title(body: str, named: list[tuple[str, str]]) -> None:
    rows = outcomes(HEAD + body, "nl")
    assert rows
    assert [(o, s) for o, s in rows if "Veilige schoolroutes" in (s or "")] == named
