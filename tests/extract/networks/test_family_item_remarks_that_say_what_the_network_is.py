"""A long list item under a network heading whose remark says what the item is, a network or an office ('Sund By
Netværket - et landsdækkende netværk for kommunernes sundhedsarbejde', 'X – kommunens kontor i Brussel'): its
head is a network the list counts, as when the remark states membership. A remark calling it a local body, a
cooperation on a topic or anything but a network ('Sundhed - et tæt samarbejde med regionen ...') labels the item."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

TOLD = [
    (
        "da",
        "Faaborg-Midtfyn",
        "NETVÆRK\n* Sund By Netværket - et landsdækkende netværk, hvor kommunerne deler viden om sundhed.\n"
        "* Eurocities\n",
        {"Sund By Netværket", "Eurocities"},
    ),
    (
        "nb",
        "Harstad",
        "NETTVERK\n- Sunne kommuner - det norske nettverket av kommuner som arbeider med folkehelse i alle sektorer.\n"
        "- ICLEI\n",
        {"Sunne kommuner", "ICLEI"},
    ),
    (
        "nn",
        "Ørsta",
        "NETTVERK\n- Sunne kommunar - eit nasjonalt nettverk for kommunar som arbeider med folkehelse i planane sine.\n"
        "- ICLEI\n",
        {"Sunne kommuner", "ICLEI"},
    ),
    (
        "nl",
        "Mechelen",
        "Netwerken\n• Gezonde Gemeente - een Vlaams netwerk van lokale besturen die werken aan gezondheid voor "
        "iedereen.\n• Eurocities\n",
        {"Gezonde Gemeente", "Eurocities"},
    ),
    (
        "da",
        "Kolding",
        "NETVÆRK\n* Nordic Safe Cities - netværket, hvor byer i Norden udveksler erfaringer om tryghed i "
        "byrummet.\n* Eurocities\n",
        {"Nordic Safe Cities", "Eurocities"},
    ),
]

LABELS = [
    (  # a topic: a cooperation, no network
        "da",
        "Kolding",
        "NETVÆRK\n* Eurocities\n* Sundhed - et tæt samarbejde med Region Syddanmark om forebyggelse og rehabilitering "
        "af borgere.\n",
        {"Eurocities"},
    ),
    (  # a local body
        "nb",
        "Harstad",
        "NETTVERK\n- ICLEI\n- Næringsforum Harstad - et lokalt nettverk av bedrifter som kommunen gir sekretariat og "
        "litt støtte.\n",
        {"ICLEI"},
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), TOLD + LABELS)
def test_an_item_remark_saying_it_is_a_network_lists_its_head(language, town, text, expected):
    assert networks(text, language, town) == expected
