"""A council member's own agenda item, titled by who moved it, names the proposer of the vote on it.

Flemish notulen title a member's item 'Toegevoegd punt van raadslid X (P): ...', and as often 'Aanvullend punt
van raadslid X (P): ...' or 'Aanvullend agendapunt ingediend door raadslid X (P): ...'. The vote on it ('Het
voorstel wordt niet aangenomen.') is that member's proposal: proposer X, party P.

Look-alikes: the college's proposal ('Voorstel van het college: ...') and a recommendation label ('Voorstel tot
besluit:') name no member, and 'voorstel' alone before no member is no member's item.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Gemeente Testbeke\nNotulen gemeenteraad – zitting van maandag 23 februari 2026\n\n"
    "Aanwezig: de voorzitter van de gemeenteraad, de burgemeester, de schepenen en de raadsleden.\n\n"
    "OPENBARE ZITTING\n\n"
)
TAIL = "\n9. Vragen van raadsleden\nRaadslid Koen Maes stelt een vraag over de verlichting op de brug.\n"
VOTE = (
    "Stemming: met 4 stemmen voor (Vlaams Belang) en 25 stemmen tegen.\nBesluit: Het voorstel wordt niet aangenomen.\n"
)


@pytest.mark.parametrize(
    ("title", "name", "party"),
    [
        (
            "4. Aanvullend punt van raadslid Jens Maes (Vlaams Belang): camerabewaking aan het station",
            "Jens Maes",
            "Vlaams Belang",
        ),
        (
            "4. Aanvullend agendapunt ingediend door raadslid Tom Geens (N-VA): de kermis naar de Markt",
            "Tom Geens",
            "N-VA",
        ),
        (
            "4. Aanvullend agendapunt van raadslid Mark Vos (Vlaams Belang): gratis parkeren op zaterdag",
            "Mark Vos",
            "Vlaams Belang",
        ),
        (
            "4. 2026_GR_00044 - Aanvullend punt van raadslid Ilse Claes (Groen): een speelstraat",
            "Ilse Claes",
            "Groen",
        ),
        (
            "4. Aanvullend punt ingediend door raadslid An Peeters (PVDA): gratis zwemmen in de paasvakantie",
            "An Peeters",
            "PVDA",
        ),
    ],
)
def test_the_vote_on_a_member_s_item_is_that_member_s_proposal(title, name, party):
    (row,) = votes(HEAD + title + "\n" + VOTE + TAIL, "nl")
    assert (row.case_number, row.outcome, row.votes_for, row.votes_against) == ("4", "rejected", 4, 25)
    assert (row.proposer, row.proposer_party) == (name, party)


@pytest.mark.parametrize(
    "title",
    [
        "4. Voorstel van het college: verkoop van het perceel aan de Molenstraat",
        "4. Voorstel tot besluit: aankoop van de pastorie",
        "4. Voorstel om de markt te verplaatsen naar het Kerkplein",
    ],
)
def test_a_proposal_named_by_no_member_has_no_proposer(title):
    rows = votes(HEAD + title + "\n" + VOTE + TAIL, "nl")
    assert rows and all(row.proposer is None for row in rows)
