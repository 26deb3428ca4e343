"""A motion's or an amendment's block on a vote page that quotes its operative words in a 'Dictum' field ('Dictum:
"Verzoekt het college ..."', 'Dictum van het amendement: ...', 'Tekst van de motie: ...') is voted on as those
words (their first sentence), not as the heading that names the motion.

Look-alikes: a 'Strekking' field only summarises the proposal: the block keeps its heading; an item with no such
field keeps its title; a council proposal's own block keeps its title.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = "Stemmingsuitslagen van de gemeenteraad van Testby\ndonderdag 12 november 2026\n\n"

BLOCKS = {
    "motion quoted": (
        "Agendapunt 4  Motie M2 (D66) Meer groen op het Stationsplein\nIndiener: K. de Wit (D66)\n"
        'Dictum: "Verzoekt het college het Stationsplein in 2027 te vergroenen."\n'
        "Uitslag: AANGENOMEN - 18 voor, 9 tegen\n",
        "adopted",
        "Verzoekt het college het Stationsplein in 2027 te vergroenen",
    ),
    "amendment untitled": (
        "Agendapunt 6  Amendement A3 (CDA) bij de begroting 2027\nIndiener: M. Jansen (CDA)\n"
        'Dictum: "Het krediet voor de sporthal wordt verlaagd naar € 2,1 miljoen."\n'
        "Uitslag: VERWORPEN (10 voor, 17 tegen)\n",
        "rejected",
        "Het krediet voor de sporthal wordt verlaagd naar € 2,1 miljoen",
    ),
    "long label": (
        "3. Amendement 1 van de PvdA over de hondenbelasting\n"
        "Dictum van het amendement: De hondenbelasting wordt in 2027 niet verhoogd.\n"
        "Besluit: aangenomen met 15 stemmen voor en 12 tegen.\n",
        "adopted",
        "De hondenbelasting wordt in 2027 niet verhoogd",
    ),
    "tekst van de motie": (
        "Agendapunt 5  Motie vreemd aan de orde: Veilige schoolroutes\n"
        "Tekst van de motie: draagt het college op voor 1 juli een plan voor veilige schoolroutes te maken.\n"
        "Uitslag: unaniem aangenomen.\n",
        "adopted",
        "draagt het college op voor 1 juli een plan voor veilige schoolroutes te maken",
    ),
    "no stop inside quote": (
        "Agendapunt 7  Motie M5 (GL) Zonnepanelen op sporthallen\n"
        'Dictum: "Roept het college op alle gemeentelijke sporthallen van zonnepanelen te voorzien"\n'
        "Uitslag: VERWORPEN - 6 voor, 21 tegen\n",
        "rejected",
        "Roept het college op alle gemeentelijke sporthallen van zonnepanelen te voorzien",
    ),
}


@pytest.mark.parametrize(("block", "outcome", "subject"), BLOCKS.values(), ids=BLOCKS.keys())
def test_a_dictum_field_names_what_was_voted_on(block, outcome, subject):
    assert outcomes(HEAD + block, "nl") == [(outcome, subject)]


def test_a_dictum_on_a_page_with_an_update_stamp_is_not_a_headline():
    block = BLOCKS["motion quoted"][0]
    text = HEAD + block + "\nLaatst gewijzigd: 13 november 2026\n"
    assert outcomes(text, "nl") == [("adopted", "Verzoekt het college het Stationsplein in 2027 te vergroenen")]


LOOK_ALIKES = {
    "strekking summarises": (
        "Agendapunt 4  Amendement A1 Betaalbare huur (PvdA)\nStrekking: het aandeel sociale huur wordt 35%.\n"
        "Uitslag: VERWORPEN - 9 voor, 18 tegen\n",
        "rejected",
        "Amendement A1 Betaalbare huur (PvdA)",
    ),
    "no field": (
        "Agendapunt 4  Motie M1 (CDA) Ruimere openingstijden voor terrassen\nIndiener: T. Bakker (CDA)\n"
        "Uitslag: AANGENOMEN - 20 voor, 7 tegen\n",
        "adopted",
        "Motie M1 (CDA) Ruimere openingstijden voor terrassen",
    ),
}


@pytest.mark.parametrize(("block", "outcome", "subject"), LOOK_ALIKES.values(), ids=LOOK_ALIKES.keys())
def test_a_block_without_a_dictum_keeps_its_heading(block, outcome, subject):
    assert outcomes(HEAD + block, "nl") == [(outcome, subject)]
