"""A name that one language uses for a region or an everyday word is a town in another: 'Norden' is the Nordic
countries in Danish and Norwegian ('i hele Norden', 'Foreningen Norden'), never a partner there, but the East
Frisian town Norden in a Dutch text's twinning ('stedenband met Norden'). Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.partner_cities.conftest import partners

TOWN = [
    "Eemsdelta heeft sinds 1985 een stedenband met Norden in Duitsland.\n",
    "De stedenband tussen Appingedam en Norden (Ostfriesland) uit 1985 is overgenomen door Eemsdelta.\n",
    "Partnergemeenten\n- Norden (Duitsland), stedenband sinds 1985\n- Emden (Duitsland), samenwerking sinds 2016\n",
    "In 1985 sloot de gemeente een jumelage met het Duitse Norden.\n",
    "Onze zusterstad Norden ligt in Oost-Friesland; de band bestaat sinds 1985.\n",
]


@pytest.mark.parametrize("text", TOWN)
def test_norden_in_a_dutch_twinning_is_the_german_town(text):
    assert partners(text, "nl", "Eemsdelta").get("Norden") == ("twin", 1985)


REGION = [
    ("da", "Kommunen har venskabsbyer i hele Norden og samarbejder med Foreningen Norden.\n"),
    ("nb", "Vennskapsbyene våre ligger i Norden, og kommunen er med i Foreningen Norden.\n"),
    ("nn", "Vennskapskommunane våre ligg i Norden, og kommunen er med i Foreningen Norden.\n"),
    ("da", "Venskabsbysamarbejdet i Norden blev styrket i 2019.\n"),
    ("nb", "Vennskapsbysamarbeidet i Norden ble fornyet i 2015.\n"),
]


@pytest.mark.parametrize(("language", "text"), REGION)
def test_norden_in_a_nordic_text_is_the_region(language, text):
    assert "Norden" not in partners(text, language, "Testkommune")
