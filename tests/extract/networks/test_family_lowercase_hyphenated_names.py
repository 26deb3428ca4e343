"""A network's name written all in lowercase is usually an everyday phrase ('een financieel gezonde gemeente' is
no 'Gezonde Gemeente'), but a lowercase name whose words are joined by hyphens without spaces ('de euregio
maas-rijn', 'grensekomiteen värmland-østfold') is a chain of place names no phrase writes: the name, carelessly
typed, still names the body."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

LOWERCASE_NAMES = [
    (
        "nl",
        "Venray",
        "Venray is lid van de euregio rhein-maas-nord en werkt daar mee aan projecten.\n",
        "Euregio Rhein-Maas-Nord",
    ),
    (
        "nl",
        "Gennep",
        "- euregio rijn-maas-noord: de gemeente is lid en zit in de euregioraad.\n",
        "Euregio Rhein-Maas-Nord",
    ),
    ("nl", "Vaals", "Sinds 2019 is Vaals aangesloten bij de euregio maas-rijn.\n", "Euregio Maas-Rijn"),
    (
        "nl",
        "Kleve",
        "De gemeente Kranenburg is lid van de euregio rijn-waal en betaalt daarvoor een bijdrage.\n",
        "Euregio Rijn-Waal",
    ),
    (
        "nl",
        "Wevelgem",
        "Wevelgem is lid van de eurometropool lille-kortrijk-tournai sinds de oprichting.\n",
        "Eurometropolis Lille-Kortrijk-Tournai",
    ),
]

PHRASES = [
    ("nl", "Zwolle", "Het doel is een financieel gezonde gemeente met een sluitende begroting.\n", "Gezonde Gemeente"),
    ("nl", "Ede", "We willen een gezonde gemeente zijn voor alle inwoners, jong en oud.\n", "Gezonde Gemeente"),
    (
        "nl",
        "Venlo",
        "De gemeente ligt in de euregio en werkt samen met buurgemeenten over de grens.\n",
        "Euregio Rhein-Maas-Nord",
    ),
    (
        "nl",
        "Roermond",
        "Roermond ligt dicht bij de grens in de regio rijn en maas, maar is geen lid.\n",
        "Euregio Rhein-Maas-Nord",
    ),
    ("nl", "Heerlen", "Heerlen is geen lid van de euregio maas-rijn; de provincie is dat wel.\n", "Euregio Maas-Rijn"),
]


@pytest.mark.parametrize(("language", "town", "text", "network"), LOWERCASE_NAMES)
def test_a_lowercase_hyphenated_name_still_names_the_body(language, town, text, network):
    assert network in networks(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "network"), PHRASES)
def test_a_lowercase_phrase_or_a_denied_lowercase_name_is_no_row(language, town, text, network):
    assert network not in networks(text, language, town)
