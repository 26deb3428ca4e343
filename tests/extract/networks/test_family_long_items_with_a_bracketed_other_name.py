"""A list item under a membership lead-in that names a network twice, in the document's language and in brackets in
the network's own ('- WHO's netværk af sunde byer i Europa (WHO European Healthy Cities Network) siden 2008'): the
bracketed name is the same name said again, not a remark, so it does not make the item too long to be a list item.
An item long without its bracket stays a remark the list does not count, and a bracket of a topic item names no
network."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

HELD = [
    (
        "da",
        "Gentofte",
        "Kommunen er medlem af følgende netværk:\n"
        "- WHO's netværk af sunde byer i Europa (WHO European Healthy Cities Network) siden 2011\n"
        "- Sund By Netværket\n",
        {"WHO Healthy Cities", "Sund By Netværket"},
    ),
    (
        "nb",
        "Bodø",
        "Kommunen er medlem av disse nettverkene:\n"
        "- Borgermesteravtalen (Covenant of Mayors for Climate & Energy), tilsluttet i 2015\n"
        "- Eurocities\n",
        {"Covenant of Mayors", "Eurocities"},
    ),
    (
        "nn",
        "Førde",
        "Kommunen er medlem av desse nettverka:\n"
        "- Det europeiske nettverket av sunne byar (WHO European Healthy Cities Network) sidan 2019\n"
        "- Sunne kommunar\n",
        {"WHO Healthy Cities", "Sunne kommuner"},
    ),
    (
        "nl",
        "Leuven",
        "De stad is lid van de volgende netwerken:\n"
        "• Het Europese netwerk van gezonde steden (WHO European Healthy Cities Network) sinds 2014\n"
        "• Eurocities\n",
        {"WHO Healthy Cities", "Eurocities"},
    ),
    (
        "da",
        "Aalborg",
        "Aalborg Kommune er medlem af disse netværk:\n"
        "* Borgmesterpagten (Covenant of Mayors for Climate & Energy), underskrevet 2009\n"
        "* Eurocities\n",
        {"Covenant of Mayors", "Eurocities"},
    ),
]

NOT_HELD = [
    (  # long without its bracket: a remark, and it says the network is only followed
        "da",
        "Gentofte",
        "Kommunen er medlem af følgende netværk:\n"
        "- Sund By Netværket\n"
        "- Eurocities (storbyernes netværk) følger vi på afstand, men vi er ikke medlem af netværket i dag\n",
        {"Sund By Netværket"},
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), HELD + NOT_HELD)
def test_a_bracketed_other_name_does_not_make_an_item_a_remark(language, town, text, expected):
    assert networks(text, language, town) == expected
