"""Family: web pages mark their section headings with an arrow ('> Lidmaatschappen', '>> Netværk', '» Nettverk', '›
Medlemskap') the way a list marks its items with a bullet. A heading so marked that names the page's networks is the
list heading all the same: the names under it are the networks held, a national association among them ('Vereniging
van Vlaamse Steden en Gemeenten (VVSG) – lid sinds de oprichting'). An arrowed heading that names no networks, or
networks left or considered, lists none. Pages written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

TOWNS = {"da": "Skive", "nb": "Bodø", "nn": "Voss", "nl": "Kortemark"}

HELD = [
    ("nl", "> Lidmaatschappen\n  • Eurocities\n  • ICLEI\n\n> Contact\nMail ons.\n", {"Eurocities", "ICLEI"}),
    (
        "nl",
        "> Lidmaatschappen\n  • Vereniging van Vlaamse Steden en Gemeenten (VVSG) – lid sinds de oprichting; de\n"
        "    gemeente neemt deel aan het lerend netwerk 'Lokaal klimaatbeleid'.\n  • Eurocities\n",
        {"VVSG", "Eurocities"},
    ),
    ("nl", ">> Netwerken\n- Energy Cities\n- Mayors for Peace\n", {"Energy Cities", "Mayors for Peace"}),
    ("da", "> Netværk\n  - Eurocities\n  - ICLEI\n", {"Eurocities", "ICLEI"}),
    ("da", "» Medlemskaber\n• Energy Cities\n• Mayors for Peace\n", {"Energy Cities", "Mayors for Peace"}),
    ("nb", "> Nettverk\n  - Eurocities\n  - ICLEI\n", {"Eurocities", "ICLEI"}),
    ("nb", "› Medlemskap\n- Energy Cities\n- Mayors for Peace\n", {"Energy Cities", "Mayors for Peace"}),
    ("nn", ">> Nettverk\n  - Eurocities\n  - ICLEI\n", {"Eurocities", "ICLEI"}),
    ("nn", "» Nettverk\n- Energy Cities\n- Mayors for Peace\n", {"Energy Cities", "Mayors for Peace"}),
    (
        "nl",
        "▸ Netwerken en verenigingen\n  • Mayors for Peace – lid sinds 2018.\n"
        "  • VVSG (Vereniging van Vlaamse Steden en Gemeenten) – zoals alle Vlaamse gemeenten.\n",
        {"Mayors for Peace", "VVSG"},
    ),
    ("da", "► Netværk og medlemskaber\n  • Energy Cities\n  • ICLEI\n", {"Energy Cities", "ICLEI"}),
]

NONE_HELD = [
    ("nl", "> Contact\n  • Eurocities\n  • ICLEI\n"),
    ("nl", "> Netwerken waar we uit zijn getreden\n  • Eurocities\n"),
    ("da", "> Kontakt\n  - Eurocities\n  - ICLEI\n"),
    ("nb", "> Nettverk vi vurderer å melde oss inn i\n  - Eurocities\n"),
    ("nn", "> Kontakt\n  - Eurocities\n"),
]


@pytest.mark.parametrize(("language", "text", "expected"), HELD)
def test_an_arrow_marked_network_heading_lists_the_networks_held(language, text, expected):
    assert networks(text, language, TOWNS[language]) == expected


@pytest.mark.parametrize(("language", "text"), NONE_HELD)
def test_an_arrow_marked_heading_naming_no_networks_held_lists_none(language, text):
    assert networks(text, language, TOWNS[language]) == set()


DENIED_ITEMS = [
    (
        "nl",
        "▸ Netwerken en verenigingen\n  • Mayors for Peace – lid sinds 2018.\n"
        "  • Fairtrade Gemeente – Kortemark draagt deze titel sinds 2014. Het gaat om een campagne,\n"
        "    niet om een lidmaatschap.\n",
        {"Mayors for Peace"},
    ),
    (
        "da",
        "► Netværk\n  • ICLEI – medlem siden 2019.\n"
        "  • Fairtrade-kommune – Skive har titlen fra 2015. Det er en mærkning og ikke et medlemskab af noget.\n",
        {"ICLEI"},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), DENIED_ITEMS)
def test_an_items_remark_denying_membership_leaves_its_head_out(language, text, expected):
    assert networks(text, language, TOWNS[language]) == expected
