"""Flemish minutes put a councillor's own item on the agenda ('Toegevoegd punt van raadslid X (Groen): "Tervuren
ondertekent het Burgemeestersconvenant ..."'): a proposal like a motion, so when the outcome that follows refuses
it ('Niet goedgekeurd met 6 stemmen voor ...') the network is no row; an added item that is approved keeps it.
Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

REFUSED = [
    ('7.  2026_GR_00147  Toegevoegd punt van raadslid Eva Peeters (Groen):\n    "Tervuren ondertekent het '
     'Burgemeestersconvenant voor Klimaat en Energie."\n    Niet goedgekeurd met 6 stemmen voor en 19 tegen.\n',
     "Covenant of Mayors"),
    ('Punt 12  Toegevoegde punt van de Vooruit-fractie: aansluiting bij Mayors for Peace\n'
     'Verworpen met 8 stemmen voor en 17 stemmen tegen.\n', "Mayors for Peace"),
    ('Bijkomend agendapunt (N-VA): de gemeente wordt lid van Energy Cities.\n'
     'De gemeenteraad keurt het punt niet goed.\n', "Energy Cities"),
    ('Toegevoegd agendapunt van raadslid Jan Claes: "De gemeente treedt toe tot Eurocities."\n'
     'Het punt wordt verworpen.\n', "Eurocities"),
    ('Bijkomend punt van Groen: lidmaatschap van Cittaslow\nNiet aangenomen: 5 stemmen voor, 20 tegen.\n',
     "Cittaslow"),
]

APPROVED = [
    ('Toegevoegd punt van raadslid Eva Peeters (Groen): "De gemeente ondertekent het Burgemeestersconvenant voor '
     'Klimaat en Energie."\nGoedgekeurd met 25 stemmen voor.\n', "Covenant of Mayors"),
    ('Bijkomend agendapunt: de gemeente wordt lid van Energy Cities.\nEenparig goedgekeurd.\n', "Energy Cities"),
]


@pytest.mark.parametrize(("text", "network"), REFUSED)
def test_a_refused_added_agenda_item_gives_no_network(text: str, network: str) -> None:
    assert network not in networks(text, "nl", "Tervuren")


@pytest.mark.parametrize(("text", "network"), APPROVED)
def test_an_approved_added_agenda_item_keeps_its_network(text: str, network: str) -> None:
    assert network in networks(text, "nl", "Tervuren")
