"""A misspelling of a network's name is matched by its closeness to a name in the catalogue, but a word close to
a name may be an everyday word of its own: 'EU-Kommissionens' (the Commission's genitive) comes as close to
'Økommissionen' (the Islands Commission) as a misspelling would, 'twinning' to 'eTwinning'. A near-miss that a
dictionary knows is no network, unless it is that network's own name inflected ('Regionalfondens midler'); a
misspelling no dictionary knows ('Eurocitties') is still the network."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

EVERYDAY = [
    (
        "da",
        "Samsø",
        "Samsø deltager i EU-Kommissionens initiativ for grønne øer og var en af de første pilotøer.\n",
        "Islands Commission",
    ),
    (
        "da",
        "Ærø",
        "Kommunen er med i Kommissionens arbejdsgruppe om færger og havne siden 2022.\n",
        "Islands Commission",
    ),
    (
        "nb",
        "Bodø",
        "Bodø kommune deltar i Kommissionens nye program for grønne øyer fra 2025.\n",
        "Islands Commission",
    ),
    (
        "nl",
        "Zele",
        "De gemeente neemt deel aan een Twinning met een Poolse school sinds 2021.\n",
        "eTwinning",
    ),
    (
        "nn",
        "Stryn",
        "Stryn kommune er med i Kommissionens program for grøne kystsamfunn frå 2024.\n",
        "Islands Commission",
    ),
]

STILL_NAMED = [
    ("da", "Vejle", "Vejle Kommune er medlem af Eurocitties og deltager i arbejdsgruppen om klima.\n", "Eurocities"),
    (
        "da",
        "Lemvig",
        "Projektet har fået tilskud fra Regionalfondens pulje, og Lemvig Kommune er projektejer.\n",
        "European Regional Development Fund",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "network"), EVERYDAY)
def test_an_everyday_word_near_a_networks_name_is_no_misspelling_of_it(language, town, text, network):
    assert network not in networks(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "network"), STILL_NAMED)
def test_a_misspelling_or_an_inflected_name_is_still_the_network(language, town, text, network):
    assert network in networks(text, language, town)
