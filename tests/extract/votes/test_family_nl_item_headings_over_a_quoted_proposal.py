"""A numbered item whose heading ends in a colon over a member's proposal quoted on the next line ("7. Voorstel van
raadslid Hilde Martens (Vlaams Belang):" / '"Het plaatsen van reclameborden ... wordt verboden."') is an item of its
own: its vote is not the item's above, and it is about the quoted words, moved by the member the heading names.
A numbered point ending in a colon that names no proposal ("1. Het college stelt voor:") stays inside its item."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

VL_HEAD = (
    "Notulen gemeenteraad\n\nZitting van donderdag 12 maart 2026\n\n"
    "6. Rapportering opvolging meerjarenplan\nBesluit\nDe gemeenteraad neemt kennis van de rapportering.\n\n"
)
NL_HEAD = (
    "Gemeenteraad\n\nvergadering van dinsdag 9 april 2024\n\n"
    "Agendapunt 6 – Kadernota 2025\nHet voorstel wordt met algemene stemmen aangenomen.\n\n"
)


@pytest.mark.parametrize(
    ("head", "item", "expected"),
    [
        (
            VL_HEAD,
            "7. Voorstel van raadslid Hilde Martens (Vlaams Belang):\n"
            '"Het plaatsen van reclameborden langs de N46 wordt verboden."\n'
            "Stemming: met 1 stem voor en 17 stemmen tegen.\nBesluit: het voorstel wordt niet aangenomen.\n",
            ("7", "Het plaatsen van reclameborden langs de N46 wordt verboden", "rejected"),
        ),
        (
            VL_HEAD,
            "12. Toegevoegd punt – voorstel van raadslid Jan Peeters (Groen):\n"
            "“De gemeente plant 500 bomen langs de schoolroutes. Het budget komt uit de reserve.”\n"
            "Het voorstel wordt verworpen met 6 stemmen voor en 19 stemmen tegen.\n",
            ("12", "De gemeente plant 500 bomen langs de schoolroutes", "rejected"),
        ),
        (
            VL_HEAD,
            "8. Voorstel van raadslid Lies Maes (Vooruit):\n"
            "“De speeltuin aan de Kerkstraat krijgt een omheining.”\n"
            "Stemming: met 18 stemmen voor en 7 stemmen tegen.\nBesluit: het voorstel wordt goedgekeurd.\n",
            ("8", "De speeltuin aan de Kerkstraat krijgt een omheining", "adopted"),
        ),
        (
            NL_HEAD,
            "Agendapunt 9 – Voorstel van raadslid De Vries (CDA):\n"
            '"Het college onderzoekt een pilot met gratis busvervoer."\n'
            "Het voorstel wordt verworpen met 10 stemmen voor en 17 stemmen tegen.\n",
            ("9", "Het college onderzoekt een pilot met gratis busvervoer", "rejected"),
        ),
        (
            NL_HEAD,
            "10. Voorstel van raadslid Jansen (SP):\n"
            '"De toeristenbelasting blijft op het huidige niveau."\n'
            "Uitslag: verworpen met 5 stemmen voor en 22 tegen.\n",
            ("10", "De toeristenbelasting blijft op het huidige niveau", "rejected"),
        ),
    ],
)
def test_a_heading_over_a_quoted_proposal_opens_an_item_about_the_quote(head, item, expected):
    rows = votes(head + item, "nl")
    last = rows[-1]
    assert (last.case_number, last.subject.rstrip("."), last.outcome) == expected
    assert len(rows) == 2  # the item above keeps its own row


def test_the_heading_names_the_mover():
    item = (
        "7. Voorstel van raadslid Hilde Martens (Vlaams Belang):\n"
        '"Het plaatsen van reclameborden langs de N46 wordt verboden."\n'
        "Stemming: met 1 stem voor en 17 stemmen tegen.\nBesluit: het voorstel wordt niet aangenomen.\n"
    )
    last = votes(VL_HEAD + item, "nl")[-1]
    assert (last.proposer, last.proposer_party) == ("Hilde Martens", "Vlaams Belang")


@pytest.mark.parametrize(
    "point",
    [
        "1. Het college stelt voor:\n'De raad stemt in met het plan.'\n",
        "2. De raad besluit:\n“Het plan wordt vastgesteld.”\n",
        '3. Aandachtspunten:\n"Meer groen in de wijk."\n',
    ],
)
def test_a_numbered_point_naming_no_proposal_stays_inside_its_item(point):
    text = NL_HEAD.replace("Het voorstel wordt met algemene stemmen aangenomen.\n", point)
    text += "Het voorstel wordt met algemene stemmen aangenomen.\n"
    cases = [r.case_number for r in votes(text, "nl")]
    assert cases and set(cases) == {"6"}
