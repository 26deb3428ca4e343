"""A later clause of the network's sentence in which the issuer, named by its own name, denies membership ('X er eit
samarbeid i regionen; Sauda er ikkje medlem', 'X is een netwerk van steden; Vaals is geen lid') holds no network,
in running text, in a list item or for a name the gazetteer does not know, as when the issuer says 'kommunen er ikke
medlem'. 'ikke bare medlem' denies nothing, and a clause stating the membership keeps it."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

DENIED = [
    (
        "nn",
        "Sauda",
        "Prosjekt og nettverk\n  – Sauda er med i Sunne kommuner.\n  – Ryfylke Næringsforum er eit samarbeid "
        "for bedrifter i regionen; Sauda er ikkje medlem, men har ein observatør i eitt av prosjekta.",
        {"Sunne kommuner"},
    ),
    (
        "nb",
        "Flesberg",
        "Flesberg er med i Sunne kommuner. Cittaslow er et internasjonalt nettverk; Flesberg er ikke medlem, men "
        "følger arbeidet.",
        {"Sunne kommuner"},
    ),
    ("da", "Sorø", "Eurocities samler store byer; Sorø er ikke medlem, men læser nyhedsbrevet.", set()),
    ("nl", "Vaals", "Energy Cities is een netwerk van steden; Vaals is geen lid.", set()),
    (
        "nn",
        "Nore og Uvdal",
        "Nettverk\n  – Hallingdal Reiselivsforum er eit regionalt samarbeid; Nore og Uvdal er ikkje medlem.",
        set(),
    ),
    ("da", "Tårnby", "Netværk\n- Øresundsforum for Kultur er et regionalt samarbejde; Tårnby er ikke medlem.", set()),
]

HELD = [
    ("nl", "Vaals", "Cittaslow is een netwerk van kleine steden; Vaals is sinds 2019 lid.", {"Cittaslow"}),
    (
        "da",
        "Sorø",
        "Eurocities samler store byer; Sorø er ikke bare medlem, men også i bestyrelsen.",
        {"Eurocities"},
    ),
    ("nb", "Flesberg", "Cittaslow er et internasjonalt nettverk; Flesberg er medlem siden 2018.", {"Cittaslow"}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), DENIED)
def test_the_issuer_denying_by_its_own_name_holds_no_network(language, issuer, text, expected):
    assert networks(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), HELD)
def test_a_stated_membership_by_the_own_name_stays(language, issuer, text, expected):
    assert networks(text, language, issuer) == expected
