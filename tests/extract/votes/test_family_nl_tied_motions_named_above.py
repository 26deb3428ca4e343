"""A tie's outcome naming only its motion or amendment ("bij staking van stemmen is de motie verworpen", "Bij staking
van stemmen wordt het amendement verworpen.") is about the motion or amendment of that kind named above it with a
quoted title, as a bare "De motie is verworpen." is; not about the item it stands in. Without one named above (or
with one already decided in between) it names no motion from elsewhere."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

NL_HEAD = "Gemeenteraad\n\nvergadering van dinsdag 9 april 2024\n\n5. Kadernota Sociaal Domein 2026-2029\n"
VL_HEAD = "Notulen gemeenteraad\n\nZitting van donderdag 12 maart 2026\n\n5. Meerjarenplan 2026-2031 – aanpassing\n"


@pytest.mark.parametrize(
    ("head", "body", "subject", "outcome"),
    [
        (
            NL_HEAD,
            'Motie M2 (Dorpenlijst) "Geen bezuiniging op dorpshuizen":\n'
            "Stemming: 13 voor, 13 tegen; bij staking van stemmen is de motie verworpen.\n",
            "Geen bezuiniging op dorpshuizen",
            "rejected",
        ),
        (
            NL_HEAD,
            "Amendement A3 (VVD) 'Parkeren blijft gratis'\n"
            "Stemming: 14 voor, 14 tegen. Bij staking van stemmen wordt het amendement verworpen.\n",
            "Parkeren blijft gratis",
            "rejected",
        ),
        (
            NL_HEAD,
            "Motie M4 “Meer bankjes in het park” (CDA)\n"
            "Stemming: 15 voor, 15 tegen; bij staking van de stemmen is de motie verworpen.\n",
            "Meer bankjes in het park",
            "rejected",
        ),
        (
            VL_HEAD,
            "Amendement van de fractie Groen 'Extra budget voor fietspaden':\n"
            "Stemming: 12 ja-stemmen, 12 nee-stemmen; bij staking van stemmen is het amendement verworpen.\n",
            "Extra budget voor fietspaden",
            "rejected",
        ),
        (
            VL_HEAD,
            "Motie van raadslid An Peeters (Vooruit) 'Gratis zwemmen voor kinderen':\n"
            "Stemming: 11 ja, 11 nee. Bij staking van stemmen is de motie verworpen.\n",
            "Gratis zwemmen voor kinderen",
            "rejected",
        ),
    ],
)
def test_a_tie_naming_only_its_motion_is_about_the_motion_named_above(head, body, subject, outcome):
    rows = votes(head + body, "nl")
    assert [(r.subject, r.outcome) for r in rows] == [(subject, outcome)]


def test_a_tie_with_no_motion_named_above_names_none_from_elsewhere():
    body = "Stemming: 13 voor, 13 tegen; bij staking van stemmen is de motie verworpen.\n"
    rows = votes(NL_HEAD + body, "nl")
    assert rows and all("bezuiniging" not in (r.subject or "") for r in rows)


def test_a_tie_after_another_motion_was_decided_is_not_that_motion():
    body = (
        'Motie M1 (VVD) "Eén loket voor mantelzorgers" wordt ingetrokken.\n'
        "Stemming over het raadsvoorstel: 13 voor, 13 tegen; bij staking van stemmen is de motie verworpen.\n"
    )
    rows = votes(NL_HEAD + body, "nl")
    assert all(r.subject != "Eén loket voor mantelzorgers" or r.outcome == "withdrawn" for r in rows)
