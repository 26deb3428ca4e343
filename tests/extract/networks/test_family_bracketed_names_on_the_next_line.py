"""A membership sentence wraps so that the network's official name in brackets opens the next line ('... medlem af
WHO's europæiske netværk af sunde byer' / '(WHO European Healthy Cities Network).'): the bracket goes on the
sentence, the network is a row, and the owner's word before the description ('WHO') is no network of its own. A
bracket on a line after a finished sentence stays its own. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

WRAPPED = [
    ("da", "Kolding", "Netværk\nKolding Kommune er medlem af ICLEI og\naf WHO's europæiske netværk af sunde byer\n"
     "(WHO European Healthy Cities Network).\n", "WHO Healthy Cities"),
    ("nb", "Bodø", "Nettverk\nBodø kommune er med i WHOs europeiske nettverk av sunne byer\n"
     "(WHO European Healthy Cities Network).\n", "WHO Healthy Cities"),
    ("nn", "Voss", "Nettverk\nVoss herad er medlem av det europeiske nettverket for energibyar\n(Energy Cities).\n",
     "Energy Cities"),
    ("nl", "Leuven", "Netwerken\nLeuven is lid van het Europese netwerk van energiesteden\n(Energy Cities).\n",
     "Energy Cities"),
    ("da", "Vejle", "Netværk\nVejle Kommune deltager i det globale netværk af modstandsdygtige byer\n"
     "(Resilient Cities Network).\n", "Resilient Cities Network"),
]


@pytest.mark.parametrize(("language", "town", "text", "network"), WRAPPED)
def test_a_bracketed_name_opening_the_next_line_belongs_to_the_sentence(
    language: str, town: str, text: str, network: str
) -> None:
    found = networks(text, language, town)
    assert network in found
    assert "WHO" not in found


def test_a_bracket_after_a_finished_sentence_stays_its_own() -> None:
    text = "Kommunen arbejder med sundhed i alle politikker.\n(Se også WHO European Healthy Cities Network.)\n"
    assert "WHO Healthy Cities" not in networks(text, "da", "Kolding")
