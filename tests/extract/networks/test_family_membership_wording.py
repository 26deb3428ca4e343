"""Three wordings of membership: a time adverbial inside 'er ... med i' ('er sidan 2022 med i nettverket X'), the
Danish 'indtræder i' / Bokmål 'trer inn i', and a catalogued name compounded with a word for a movement
('Cittaslow-rørsla', 'Cittaslow-bevægelsen'). A negated 'er ikkje med i' stays no membership."""

from __future__ import annotations

import pytest

MEMBERS = [
    (
        "nn",
        "Hol",
        "Hol er sidan 2022 med i det europeiske nettverket Alpine Pearls, som samlar reisemål.",
        "Alpine Pearls",
    ),
    ("nb", "Røros", "Røros er siden 2019 med i nettverket Fjellbyforum.", "Fjellbyforum"),
    ("da", "Brøndby", "Kommunen indtræder i Sund By Netværket fra 1. januar 2027.", "Sund By Netværket"),
    ("nb", "Lier", "Kommunen trer inn i Sunne kommuner fra 2027.", "Sunne kommuner"),
    ("nn", "Sauda", "Sauda er òg med i Cittaslow-rørsla, som ho vart teken opp i 2024.", "Cittaslow"),
    ("da", "Svendborg", "Svendborg er medlem af Cittaslow-bevægelsen.", "Cittaslow"),
    ("nl", "Midden-Delfland", "De gemeente is lid van de Cittaslow-beweging.", "Cittaslow"),
]

NOT_MEMBERS = [
    ("nn", "Sauda", "Sauda er ikkje med i Sunne kommuner-nettverket.", "Sunne kommuner"),
    ("da", "Brøndby", "Kommunen overvejer at indtræde i Sund By Netværket.", "Sund By Netværket"),
]


@pytest.mark.parametrize(("language", "town", "text", "name"), MEMBERS)
def test_these_wordings_state_membership(rows, language, town, text, name):
    assert name in rows(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "name"), NOT_MEMBERS)
def test_a_negated_or_considered_membership_is_none(rows, language, town, text, name):
    assert name not in rows(text, language, town)
