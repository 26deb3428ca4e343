"""A town placed by a position phrase inside a border region named after its body ('ligt in het hart van de
Euregio', 'ligger i den sydlige del af Region ...', 'i hjartet av ...') says where the town lies, like 'ligt
midden in de Euregio': no membership. A membership or a part taken before the preposition still makes the row."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

PLACES = [
    ("nl", "Kerkrade", "Kerkrade ligt in het hart van de Euregio Maas-Rijn, vlak bij Aken.\n", "Euregio Maas-Rijn"),
    ("nl", "Gennep", "Onze gemeente ligt in het noorden van de Euregio Rhein-Maas-Nord.\n", "Euregio Rhein-Maas-Nord"),
    ("nl", "Oldenzaal", "Oldenzaal ligt in het westen van de EUREGIO, dicht bij de Duitse grens.\n", "EUREGIO"),
    (
        "da",
        "Aabenraa",
        "Aabenraa ligger i den nordlige del af Region Sønderjylland-Schleswig.\n",
        "Region Sønderjylland-Schleswig",
    ),
    (
        "da",
        "Tønder",
        "Tønder ligger i hjertet af Region Sønderjylland-Schleswig ved vadehavet.\n",
        "Region Sønderjylland-Schleswig",
    ),
    ("nl", "Sluis", "Sluis ligt in het centrum van de Euregio Scheldemond, aan de kust.\n", "Euregio Scheldemond"),
]

MEMBERS = [
    ("nl", "Kerkrade", "Kerkrade is lid van de Euregio Maas-Rijn en zit in het bestuur.\n", "Euregio Maas-Rijn"),
    ("nl", "Venlo", "Venlo is deelnemer in de Euregio Rhein-Maas-Nord sinds 1978.\n", "Euregio Rhein-Maas-Nord"),
    (
        "da",
        "Sønderborg",
        "Sønderborg Kommune er medlem af Region Sønderjylland-Schleswig.\n",
        "Region Sønderjylland-Schleswig",
    ),
    ("nl", "Hulst", "De gemeente is actief in het bestuur van de Euregio Scheldemond.\n", "Euregio Scheldemond"),
    ("nl", "Winterswijk", "Winterswijk werkt actief mee binnen de EUREGIO en is er lid van.\n", "EUREGIO"),
]


@pytest.mark.parametrize(("language", "town", "text", "network"), PLACES)
def test_a_position_inside_a_border_region_is_no_membership(language, town, text, network):
    assert network not in networks(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "network"), MEMBERS)
def test_a_membership_of_the_border_region_still_makes_the_row(language, town, text, network):
    assert network in networks(text, language, town)
