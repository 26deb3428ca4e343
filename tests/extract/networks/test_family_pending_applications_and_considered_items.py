"""Family: a membership only applied for and still pending ('søgt om optagelse i Cittaslow-netværket; ansøgningen
behandles i foråret 2027', 'de aanvraag wordt in het najaar behandeld'), or a list item whose remark after the
colon only considers applying ('- Cittaslow: formannskapet har bedt kommunedirektøren vurdere om kommunen skal søke
om medlemskap'), is no participation. An item whose remark states membership, and an application granted, still
count. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

TOWNS = {"da": "Nyborg", "nb": "Hasvik", "nn": "Voss", "nl": "Kinrooi"}

PENDING = [
    ("da", "Kommunen har også søgt om optagelse i Cittaslow-netværket; ansøgningen behandles i foråret 2027."),
    ("da", "Nyborg har søgt om medlemskab af Eurocities, og ansøgningen behandles på næste møde."),
    ("nb", "Kommunen har søkt om medlemskap i Cittaslow; søknaden behandles i mars."),
    ("nn", "Voss har søkt om medlemskap i ICLEI, og søknaden vert handsama til hausten."),
    ("nl", "Kinrooi vroeg het lidmaatschap van Cittaslow aan; de aanvraag wordt in het najaar behandeld."),
]

CONSIDERED_ITEMS = [
    (
        "nb",
        "NETTVERK\n- Cittaslow: formannskapet har bedt kommunedirektøren vurdere om kommunen\n"
        "  skal søke om medlemskap. Ingen beslutning er tatt.\n",
    ),
    ("nn", "Nettverk\n- ICLEI: formannskapet vil vurdere om kommunen skal søkje om medlemskap.\n"),
    ("da", "Netværk\n- Cittaslow: udvalget overvejer, om kommunen skal søge om optagelse.\n"),
    ("nl", "Netwerken\n- Cittaslow: het college onderzoekt of de gemeente lid wil worden.\n"),
]

HELD = [
    ("nb", "NETTVERK\n- Cittaslow: kommunen er medlem siden 2019.\n", {"Cittaslow"}),
    ("da", "Nyborg søgte om optagelse i Cittaslow, og ansøgningen blev godkendt i 2024.", {"Cittaslow"}),
    ("nl", "Netwerken\n- Cittaslow: Kinrooi is lid sinds 2016.\n", {"Cittaslow"}),
]


@pytest.mark.parametrize(("language", "text"), PENDING)
def test_a_pending_application_is_no_participation(language, text):
    assert networks(text, language, TOWNS[language]) == set()


@pytest.mark.parametrize(("language", "text"), CONSIDERED_ITEMS)
def test_an_item_whose_remark_only_considers_applying_is_no_participation(language, text):
    assert networks(text, language, TOWNS[language]) == set()


@pytest.mark.parametrize(("language", "text", "expected"), HELD)
def test_an_item_stating_membership_or_a_granted_application_counts(language, text, expected):
    assert networks(text, language, TOWNS[language]) == expected
