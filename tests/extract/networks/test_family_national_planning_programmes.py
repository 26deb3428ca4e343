"""Family: a national climate planning programme every municipality of the country can join, named with a network
or partnership head ("DK2020-partnerskabet", "DK2020-samarbejdet", "deltager i DK2020-projektet"): a domestic
programme listed in models/networks/not_networks.csv, no row (dev conventions). Look-alikes: the international
networks in the same sentence still count. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

NATIONAL = [
    "Kommunen har siden 2020 deltaget i DK2020-partnerskabet om klimaplaner.",
    "Vejby Kommune er med i DK2020-samarbejdet og har vedtaget en klimaplan.",
    "Klimaplanen er udarbejdet som en del af DK2020-projektet.",
    "Vi er en del af DK2020-netværket sammen med de andre kommuner i regionen.",
    "Byrådet tilsluttede sig i 2021 DK2020-partnerskab med Realdania og KL.",
]


@pytest.mark.parametrize("sentence", NATIONAL)
def test_a_national_planning_programme_is_no_row(sentence):
    assert networks(f"Klima\n\n{sentence}\n", "da", "Vejby") == set()


BESIDE = [
    ("Kommunen er medlem af Energy Cities og deltager i DK2020-partnerskabet.", {"Energy Cities"}),
    ("Vejby har underskrevet Borgmesterpagten og er med i DK2020-samarbejdet.", {"Covenant of Mayors"}),
]


@pytest.mark.parametrize(("sentence", "expected"), BESIDE)
def test_international_networks_beside_it_still_count(sentence, expected):
    assert networks(f"Klima\n\n{sentence}\n", "da", "Vejby") == expected
