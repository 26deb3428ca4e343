"""An issuer whose name is hyphenated ('Midden-Groningen', 'Lyngby-Taarbæk', 'Nord-Fron') is named in a sentence the
network extractor splits at the hyphen: its name still names the issuer, in a remark after an item's colon ('Energy
Cities: Midden-Groningen is lid.'), as the subject of a membership, and in its own denial. Another town's hyphenated
name is not the issuer's."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

NAMED = [
    (
        "nl",
        "Midden-Groningen",
        "Eems Dollard Regio (EDR): Midden-Groningen is sinds 2016 lid en zit in het dagelijks bestuur.",
        {"Eems Dollard Regio"},
    ),
    ("nl", "Gulpen-Wittem", "Energy Cities: Gulpen-Wittem is lid sinds 2015.", {"Energy Cities"}),
    ("da", "Lyngby-Taarbæk", "Energy Cities: Lyngby-Taarbæk er medlem siden 2012.", {"Energy Cities"}),
    ("nb", "Nord-Fron", "Cittaslow: Nord-Fron er medlem fra 2020.", {"Cittaslow"}),
    (
        "nl",
        "Gulpen-Wittem",
        "Cittaslow is een netwerk van kleine steden; Gulpen-Wittem is sinds 2019 lid.",
        {"Cittaslow"},
    ),
]

NOT_THE_ISSUER = [
    ("nl", "Gulpen-Wittem", "Energy Cities: Sittard-Geleen is lid sinds 2015.", set()),
    ("da", "Lyngby-Taarbæk", "Cittaslow er et netværk; Lyngby-Taarbæk er ikke medlem.", set()),
    ("nb", "Nord-Fron", "Cittaslow: Sør-Fron er medlem fra 2020.", set()),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NAMED + NOT_THE_ISSUER)
def test_a_hyphenated_issuer_name_names_the_issuer(language, issuer, text, expected):
    assert networks(text, language, issuer) == expected
