"""A seat as observer ('deltar i Barentsrådets arbeidsgruppe som observatør', 'heeft de waarnemersstatus in het
Benelux-netwerk') sits beside the members: no membership. A member that also observes elsewhere, or an observer
named as another body, keeps the issuer's own membership. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

OBSERVER = [
    ("nb", "Berlevåg", "Berlevåg deltar i Barentsrådets "
                       "arbeidsgruppe for helse som observatør.", "Barents Regional Council"),
    ("nn", "Vardø", "Kommunen har observatørstatus i Eurocities sitt kulturforum.", "Eurocities"),
    ("da", "Tønder", "Tønder Kommune deltager som observatør i Eurocities' arbejdsgruppe om kultur.", "Eurocities"),
    ("nl", "Kerkrade", "Kerkrade neemt als waarnemer deel aan de vergaderingen van Eurocities.", "Eurocities"),
    ("nl", "Sluis", "De gemeente heeft sinds 2024 de waarnemersstatus bij Energy Cities.", "Energy Cities"),
]

MEMBER = [
    ("nb", "Berlevåg", "Berlevåg er medlem av Eurocities og deltar aktivt "
                       "i arbeidsgruppen for kystbyer.", "Eurocities"),
    ("da", "Tønder", "Tønder Kommune er medlem af Energy Cities. Regionen deltager som observatør i et andet forum.",
     "Energy Cities"),
    ("nl", "Sluis", "Sluis is sinds 2019 lid van Energy Cities.", "Energy Cities"),
]


@pytest.mark.parametrize(("language", "town", "text", "network"), OBSERVER)
def test_an_observer_seat_is_no_membership(language: str, town: str, text: str, network: str) -> None:
    assert network not in networks(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "network"), MEMBER)
def test_a_membership_stated_beside_an_observer_elsewhere_keeps_its_row(
    language: str, town: str, text: str, network: str
) -> None:
    assert network in networks(text, language, town)
