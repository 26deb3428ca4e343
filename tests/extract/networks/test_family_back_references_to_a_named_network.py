"""A capitalised description after a demonstrative ('lid van deze Duits-Nederlandse Euregio', 'medlem af dette
Europæiske Netværk') refers back to the network the item or sentence just named: it is no second network. The same
description after a definite article or with a name of its own is still read as a name."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

BACK_REFERENCES = [
    (
        "nl",
        "Venray",
        "Netwerken\n• Euregio Rhein-Maas-Nord – Venray is sinds 2014 lid van deze Duits-Nederlandse Euregio.",
        {"Euregio Rhein-Maas-Nord"},
    ),
    (
        "nl",
        "Lochem",
        "Netwerken\n• Energy Cities – Lochem is sinds 2015 lid van dit Europese Netwerk.",
        {"Energy Cities"},
    ),
    (
        "nl",
        "Lochem",
        "Netwerken\n- Energy Cities, Cittaslow\n- Eurocities: de stad is lid van deze Europese Vereniging van steden.",
        {"Energy Cities", "Cittaslow", "Eurocities"},
    ),
    (
        "da",
        "Fanø",
        "Netværk\n• Energy Cities – Fanø har været medlem af dette Europæiske Netværk siden 2015.",
        {"Energy Cities"},
    ),
    (
        "nb",
        "Røst",
        "Nettverk\n• Energy Cities – Røst har vært medlem av dette Europeiske Nettverket siden 2015.",
        {"Energy Cities"},
    ),
    (
        "nn",
        "Selje",
        "Nettverk\n• Energy Cities – Selje har vore medlem av dette Europeiske Nettverket sidan 2015.",
        {"Energy Cities"},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), BACK_REFERENCES)
def test_a_description_after_a_demonstrative_is_no_second_network(language, issuer, text, expected):
    assert networks(text, language, issuer) == expected


def test_a_name_of_its_own_after_the_definite_article_is_still_a_network():
    text = "Lochem is lid van het netwerk Slimme Dijken. Lochem is ook lid van het Nederlandse Netwerk Klimaatdorpen."
    assert "Slimme Dijken" in networks(text, "nl", "Lochem")
