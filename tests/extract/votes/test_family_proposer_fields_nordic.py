"""Family (da, nb, nn): a member's proposal item names its mover in a field of its own ("Forslagsstiller: Ida
Søgaard (Ø)", "Forslagsstillar: Kari Nes (Sp)"): the item's decision on the proposal is the mover's, also where
the decision stands under a header of its own below the field ("Beslutning i Byrådet den 18. marts 2026"). A
decision about a named recommendation in the same item ("Økonomiudvalgets indstilling blev godkendt"),
and the next item, are nobody's; a bare "Indstillingen godkendt" there is read as about the item (left open)."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "da": "Byrådet\nMødedato: 18. marts 2026\n\n",
    "nb": "Kommunestyret\nMøtedato: 16.06.2026\n\n",
    "nn": "Kommunestyret\nMøtedato: 18.06.2026\n\n",
}

ITEMS = [
    (
        "da",
        "75. Medlemsforslag fra Ø om solceller\nForslagsstiller: Ida Søgaard (Ø)\n"
        '"Byrådet beslutter at etablere solceller."\nForslaget blev ikke vedtaget.\n',
        ("Ida Søgaard", "Ø", "rejected"),
    ),
    (
        "da",
        "4. Forslag om gratis bus for unge\nSagsnr.: 26/001190\nForslagsstiller: Nanna Lykke Søndergaard (Ø)\n\n"
        "Beslutning i Byrådet den 18. marts 2026\nForslaget blev ikke vedtaget, idet 6 stemte for og 24 imod.\n",
        ("Nanna Lykke Søndergaard", "Ø", "rejected"),
    ),
    (
        "da",
        "4. Forslag fra Venstre om ny parkeringsnorm\nForslagsstiller: Jesper Munk Lindholm (V)\n"
        "Beslutning: Sagen blev udsat til næste møde.\n",
        ("Jesper Munk Lindholm", "V", "postponed"),
    ),
    (
        "nb",
        "PS 66/26 Forslag fra KrF om skolefrokost\nForslagsstiller: Nils Rød (KrF)\n"
        "Vedtak: Forslaget falt med 8 mot 18 stemmer.\n",
        ("Nils Rød", "KrF", "rejected"),
    ),
    (
        "nn",
        "KS-sak 35/26 Framlegg om gratis SFO\nForslagsstillar: Kari Nes (Sp)\nVedtak: Saka vert utsett til hausten.\n",
        ("Kari Nes", "Sp", "postponed"),
    ),
    (
        "nb",
        "PS 67/26 Forslag om gatelys i Vingrom\nFremmet av: Per Olav Bakken (H)\n"
        "Vedtak: Forslaget ble enstemmig vedtatt.\n",
        ("Per Olav Bakken", "H", "adopted"),
    ),
]


@pytest.mark.parametrize(("language", "item", "expected"), ITEMS)
def test_the_mover_a_field_names_moved_the_items_proposal(language, item, expected):
    rows = votes(HEAD[language] + item, language)
    assert [(r.proposer, r.proposer_party, r.outcome) for r in rows] == [expected]


def test_a_recommendation_in_the_item_and_the_next_item_are_nobodys():
    text = (
        HEAD["da"] + "5. Forslag om gratis parkering\nForslagsstiller: Lone Vang (O)\n"
        "Beslutning: Økonomiudvalgets indstilling blev godkendt.\n\n6. Regnskab 2025\nBeslutning: Godkendt.\n"
    )
    assert [(r.case_number, r.proposer) for r in votes(text, "da")] == [("5", None), ("6", None)]


def test_an_item_without_the_field_names_no_mover():
    text = HEAD["nb"] + "PS 66/26 Forslag fra KrF om skolefrokost\nVedtak: Forslaget falt med 8 mot 18 stemmer.\n"
    assert [r.proposer for r in votes(text, "nb")] == [None]
