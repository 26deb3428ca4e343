"""A town named like an everyday word ('Hulst' is holly, 'Mark' a field) counts when a relation cue governs it, also
across a town noun ('samenwerkingsovereenkomst met de stad Hulst', 'venskabsaftale med byen Mark'). The same word
after a town noun with no relation cue before it stays a word."""

from __future__ import annotations

import pytest

GOVERNED = [
    (
        "nl",
        "Evergem",
        "2. Samenwerkingsovereenkomst met de stad Hulst - grensoverschrijdend fietsnetwerk",
        {"Hulst": ("cooperation_agreement", None)},
    ),
    (
        "nl",
        "Evergem",
        "De gemeenteraad keurt de samenwerkingsovereenkomst met de stad Hulst goed.",
        {"Hulst": ("cooperation_agreement", None)},
    ),
    ("nl", "Aalter", "Aalter heeft sinds 1990 een stedenband met de gemeente Hulst.", {"Hulst": ("twin", 1990)}),
    ("nb", "Halden", "Kommunen har en vennskapsavtale med byen Mark i Sverige.", {"Mark": ("twin", None)}),
    (
        "da",
        "Tønder",
        "Kommunen indgik en samarbejdsaftale med byen Mark i Sverige.",
        {"Mark": ("cooperation_agreement", None)},
    ),
]

WORDS = [
    ("nl", "Evergem", "In de stad Hulst groeit veel hulst langs de wallen.", {}),
    ("nb", "Halden", "Byen Mark ligger ved grensen, og turen gikk videre.", {}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), GOVERNED + WORDS)
def test_a_town_noun_between_cue_and_name_still_governs_it(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
