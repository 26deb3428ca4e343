"""Flemish and Dutch minutes record a postponement proposed by the college, the mayor, an alderman or the mover ('Het
college stelt voor dit punt te verdagen naar de zitting van juni 2026. De gemeenteraad gaat akkoord.') as they record
one the chair proposes: the item is postponed, about its title. A proposal the council does not agree to, or one
still to be made, postpones nothing."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Notulen gemeenteraad - zitting van dinsdag 26 mei 2026\n\nOPENBARE ZITTING\n\n"
TITLE = "Samenwerkingsovereenkomst met de Politiezone"


def _rows(text: str) -> list[tuple]:
    return [(r.case_number, r.subject, r.outcome) for r in votes(HEAD + text, "nl")]


@pytest.mark.parametrize(
    "text",
    [
        "Het college stelt voor dit punt te verdagen naar de zitting van juni 2026. De gemeenteraad gaat akkoord.",
        "De burgemeester stelt voor dit punt uit te stellen naar de volgende zitting. De gemeenteraad gaat akkoord.",
        "Schepen Jan Peeters stelt voor het punt te verdagen tot na het advies. De gemeenteraad gaat hiermee akkoord.",
        "Wethouder De Vries stelt voor het voorstel aan te houden tot de vergadering van juni.\n"
        "De raad stemt hiermee in.",
        "De indiener stelt voor dit punt te verdagen naar de zitting van september. De gemeenteraad gaat akkoord.",
        "Het college stelt de gemeenteraad voor dit punt te verdagen, in afwachting van het advies.\n"
        "De gemeenteraad gaat akkoord.",
    ],
)
def test_a_postponement_the_executive_proposes_and_the_council_accepts_postpones_the_item(text):
    assert _rows(f"4. {TITLE}\n{text}\n") == [("4", TITLE, "postponed")]


@pytest.mark.parametrize(
    "text",
    [
        "Het college zal in juni voorstellen dit punt te verdagen.",
        "Het college stelt een nieuw reglement op voor de volgende zitting.",
    ],
)
def test_a_proposal_not_accepted_here_postpones_nothing(text):
    assert [outcome for _, _, outcome in _rows(f"4. {TITLE}\n{text}\n")] != ["postponed"]
