"""A section headed 'Partners en netwerken' / 'Samarbeidspartnere og nettverk' gives each partner town a heading over
its own paragraph ('Herzogenrath' / 'Sinds 1998 vormen Kerkrade en Herzogenrath samen Eurode ...'): a line right
above a paragraph is that paragraph's heading, and it names a network only when the paragraph states membership.
A network's heading over a membership paragraph, and a plain list of networks, stay networks."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

TOWN_SECTIONS = [
    (
        "nl",
        "Kerkrade",
        "4. Partners en netwerken\nHerzogenrath\nSinds 1998 vormen Kerkrade en Herzogenrath samen Eurode, met een "
        "gezamenlijk bureau.\n\nWalbrzych\nMet Walbrzych onderhouden we sinds 2007 een stedenband.\n",
    ),
    (
        "nl",
        "Venlo",
        "Partners en netwerken\nNettetal\nVenlo en Nettetal werken sinds 2010 samen aan een grenspark.\n",
    ),
    (
        "da",
        "Sønderborg",
        "Partnere og netværk\nFlensborg\nSønderborg og Flensborg har siden 2015 en samarbejdsaftale om "
        "kultur og uddannelse.\n",
    ),
    (
        "nb",
        "Halden",
        "5 Samarbeidspartnere og nettverk\nStrömstad\nHalden og Strömstad har siden 2012 samarbeidet om turisme og "
        "grensehandel.\n",
    ),
    (
        "nn",
        "Voss",
        "Partnarar og nettverk\nBolzano\nVoss og Bolzano har sidan 2019 samarbeidd om reiseliv i fjellet.\n",
    ),
]

NETWORK_SECTIONS = [
    (
        "nl",
        "Dilbeek",
        "Lidmaatschappen\n\nVereniging van Vlaamse Steden en Gemeenten (VVSG)\nDilbeek is, zoals alle Vlaamse "
        "gemeenten, lid van de VVSG.\n",
        "VVSG",
    ),
    ("da", "Sønderborg", "Netværk\nGrænseregionens Kulturnetværk\nNordisk Byforum\n", "Nordisk Byforum"),
]


@pytest.mark.parametrize(("language", "town", "text"), TOWN_SECTIONS)
def test_a_partner_towns_heading_under_a_network_heading_is_no_network(language, town, text):
    heading = text.split("\n")[1]  # the first line under the section heading names the partner town
    assert heading not in networks(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "network"), NETWORK_SECTIONS)
def test_a_networks_heading_over_membership_or_a_plain_list_stays_a_network(language, town, text, network):
    assert network in networks(text, language, town)
