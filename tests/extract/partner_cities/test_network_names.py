"""A town whose name is part of a catalogued network's name ('Sunne kommuner', 'EGTC Linieland van Waas en Hulst')
is no partner there: the network matcher's hits, found once per document, cover it. The same town named on its own
beside a partner cue stays a partner."""

from __future__ import annotations

import pytest

INSIDE_A_NETWORK_NAME = [
    ("nb", "Gloppen", "Vennskapskommuner og nettverk: Sunne kommuner, Cittaslow."),
    ("nb", "Stryn", "Kommunen har vennskapsbyer og er med i Sunne kommuner."),
    ("nn", "Sauda", "Sauda har vennskapskommunar i Sverige og er med i Sunne kommunar."),
    ("nn", "Vik", "Vennskapskommunar og nettverk\n- Sunne kommunar\n- Cittaslow"),
    ("nl", "Beveren", "Samen met haar zustersteden werkt Beveren binnen de EGTC Linieland van Waas en Hulst."),
    ("da", "Helsingør", "Helsingør har venskabsbyer og er med i Greater Copenhagen-samarbejdet."),
]

OWN_NAME_LOOKALIKES = [
    ("nn", "Gloppen", "Kommunen er med i Sunne kommunar, og vennskapskommunen vår er Sunne i Värmland.", {"Sunne"}),
    ("nb", "Stryn", "Stryn er med i Sunne kommuner og har vennskapsby i Sunne.", {"Sunne"}),
    ("nl", "Sint-Gillis-Waas", "Sint-Gillis-Waas heeft een stedenband met Hulst.", {"Hulst"}),
    (
        "nl",
        "Beveren",
        "Beveren werkt binnen de EGTC Linieland van Waas en Hulst en heeft een stedenband met Hulst.",
        {"Hulst"},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text"), INSIDE_A_NETWORK_NAME)
def test_a_town_inside_a_network_name_is_no_partner(rows, language, issuer, text):
    assert rows(text, language, issuer) == {}


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), OWN_NAME_LOOKALIKES)
def test_the_same_town_named_on_its_own_beside_a_partner_cue_stays_a_partner(rows, language, issuer, text, expected):
    assert set(rows(text, language, issuer)) == expected
