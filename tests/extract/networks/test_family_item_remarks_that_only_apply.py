"""A list item naming a programme whose remark says only that an application is being written or was sent
('- Erasmus+: voor stages van mbo-studenten (aanvraag in voorbereiding)', '- LIFE: søknad sendt i mars') is asked for,
not yet taken part in, as in running prose ('har søgt midler fra LIFE'). A remark that records the grant or a running
project keeps the row; an application for membership of a network is a decision to join and counts."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

ASKED = [
    (
        "nl",
        "Venray",
        "Netwerken en programma's\n- Erasmus+: voor stages van mbo-studenten (aanvraag in voorbereiding).\n",
        "Erasmus+",
    ),
    ("nl", "Boxmeer", "Programma's\n- LIFE: projectaanvraag ingediend, besluit volgt in juni.\n", "LIFE"),
    (
        "da",
        "Lemvig",
        "Programmer\n- Erasmus+: ansøgning om udveksling for ungdomsskolen er under udarbejdelse.\n",
        "Erasmus+",
    ),
    ("nb", "Alvdal", "Program og nettverk\n- LIFE: søknad sendt i mars, svar ventes til høsten.\n", "LIFE"),
    ("nn", "Stryn", "Program og nettverk\n- Erasmus+: søknad om midlar til utveksling er under arbeid.\n", "Erasmus+"),
]

TAKEN_PART = [
    (
        "da",
        "Favrskov",
        "Netværk\n- Borgmesterpagten: underskrevet i 2019; handleplanen blev indsendt i 2021.\n",
        "Covenant of Mayors",
    ),
    (
        "nl",
        "Venray",
        "Netwerken en programma's\n- Erasmus+: aanvraag in 2024 goedgekeurd, het project loopt tot 2026.\n",
        "Erasmus+",
    ),
    ("nl", "Boxmeer", "Programma's\n- LIFE: Boxmeer is partner in een lopend project over beekherstel.\n", "LIFE"),
    (
        "da",
        "Lemvig",
        "Programmer\n- Erasmus+: Lemvig Kommune deltager i et udvekslingsprojekt 2025-2027.\n",
        "Erasmus+",
    ),
    ("nb", "Alvdal", "Nettverk\n- Cittaslow: Alvdal har søkt om medlemskap i nettverket.\n", "Cittaslow"),
    (
        "nn",
        "Stryn",
        "Program og nettverk\n- Erasmus+: søknaden vart innvilga, og utvekslinga tek til i haust.\n",
        "Erasmus+",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "network"), ASKED)
def test_an_item_whose_remark_only_applies_is_no_row(language, town, text, network):
    assert network not in networks(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "network"), TAKEN_PART)
def test_an_item_granted_running_or_applying_to_join_keeps_its_row(language, town, text, network):
    assert network in networks(text, language, town)
