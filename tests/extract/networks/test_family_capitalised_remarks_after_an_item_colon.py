"""A list item whose name ends in a colon, its remark opening with a capital ('- Eurocities: Venray is lid sinds
2010.', '• ICLEI: Vejle er medlem', '- Borgmesteraftalen (Covenant of Mayors): Gribskov har været med'):
the sentence splitter cuts at the colon, but the remark is still the name's. A remark that denies, plans or
only considers the membership keeps the name out."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

HELD = [
    ("nl", "Venray", "Overig\n- Klimaatverbond Nederland: Venray is sinds 2019 lid.\n", "Klimaatverbond Nederland"),
    (
        "nl",
        "Oss",
        "4.2 Netwerken en partners\n- Eurocities: Oss is lid en neemt deel aan de werkgroep\n  cultuur.\n",
        "Eurocities",
    ),
    (
        "nl",
        "Gennep",
        "3.1 Samenwerking over de grens\n- Euregio Rijn-Maas-Noord: Gennep is deelnemer sinds 1978.\n",
        "Euregio Rhein-Maas-Nord",
    ),
    ("da", "Vejle", "Øvrigt\n- ICLEI: Vejle Kommune er medlem og deltager i klimaarbejdet.\n", "ICLEI"),
    ("nb", "Røros", "Annet\n• Cittaslow: Røros ble medlem i 2019 og deltar på årsmøtet.\n", "Cittaslow"),
    ("nn", "Stryn", "Anna\n- Eurocities: Stryn er medlem sidan 2021.\n", "Eurocities"),
    (
        "da",
        "Gribskov",
        "Øvrigt\n  - Borgmesteraftalen (Covenant of Mayors): Gribskov har været med siden 2010.\n",
        "Covenant of Mayors",
    ),
    (
        "nl",
        "Venray",
        "Overig\n- Burgemeestersconvenant (Covenant of Mayors): Venray ondertekende in 2016.\n",
        "Covenant of Mayors",
    ),
    ("nb", "Hamar", "Annet\n- Eurobyene (Eurotowns): Hamar er medlem og deltar i to arbeidsgrupper.\n", "Eurotowns"),
]

NOT_HELD = [
    ("nl", "Venray", "Overig\n- Cittaslow: Venray is geen lid meer sinds 2020.\n", "Cittaslow"),
    (
        "nl",
        "Oss",
        "Overig\n- Eurocities: Oss onderzoekt of een lidmaatschap past; een besluit volgt in 2027.\n",
        "Eurocities",
    ),
    ("da", "Vejle", "Øvrigt\n- Cittaslow: Vejle er ikke medlem.\n", "Cittaslow"),
    ("nb", "Røros", "Annet\n• Eurocities: Røros er ikke medlem, men følger arbeidet.\n", "Eurocities"),
    ("nl", "Venray", "Overig\n- Energy Cities: Het netwerk telt 1000 leden in 30 landen.\n", "Energy Cities"),
    (
        "da",
        "Gribskov",
        "Øvrigt\n- Borgmesteraftalen (Covenant of Mayors): Gribskov er ikke medlem.\n",
        "Covenant of Mayors",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "network"), HELD)
def test_a_capitalised_remark_after_the_colon_is_the_names(language, town, text, network):
    assert network in networks(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "network"), NOT_HELD)
def test_a_remark_that_denies_or_plans_keeps_the_name_out(language, town, text, network):
    assert network not in networks(text, language, town)
