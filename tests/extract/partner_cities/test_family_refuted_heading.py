"""A town listed under a relation heading ('Stedenbanden', 'Vennskapsbyer') whose own item denies that relation
('Dit is uitdrukkelijk geen stedenband') does not take the heading's relation: it keeps the one its item states.
A sentence naming towns that 'zijn geen partnersteden' / 'geen zustersteden' denies them all. An item that only
says the tie was ended keeps its twin relation."""

from __future__ import annotations

import pytest

KEPT = [
    (
        "nl",
        "Venlo",
        "Stedenbanden\n- Mönchengladbach (Duitsland) – stedenband sinds 1975.\n- Krefeld (Duitsland) – sinds 2021 "
        "hebben we met Krefeld een samenwerkingsovereenkomst over logistiek. Dit is uitdrukkelijk geen stedenband.\n",
        {"Mönchengladbach": "twin", "Krefeld": "cooperation_agreement"},
    ),
    (
        "nl",
        "Breda",
        "Zustersteden\n- Aken – sinds 2019 is er een samenwerkingsovereenkomst met Aken; het is geen zusterstad.\n"
        "- Lier (België) – zusterstad sinds 1962.\n",
        {"Aachen": "cooperation_agreement", "Lier": "twin"},
    ),
    (
        "nl",
        "Deventer",
        "Stedenbanden\n- Sibiu (Roemenië) – de stedenband is in 2020 beëindigd.\n- Tartu (Estland) – sinds 1996.\n",
        {"Sibiu": "twin", "Tartu": "twin"},
    ),
]

DENIED = [
    ("nl", "Breda", "Steden als Parijs en Rome zijn geen partnersteden; het gaat om bruiklenen voor musea.\n"),
    ("nl", "Venlo", "Ook Barcelona en Lissabon zijn geen zustersteden van Venlo.\n"),
]


def _relations(rows, text, language, issuer):
    return {city: relation for city, (relation, _) in rows(text, language, issuer).items()}


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), KEPT)
def test_an_item_denying_its_headings_relation_keeps_the_relation_it_states(rows, language, issuer, text, expected):
    found = _relations(rows, text, language, issuer)
    assert {city: found.get(city) for city in expected} == expected


@pytest.mark.parametrize(("language", "issuer", "text"), DENIED)
def test_towns_said_to_be_no_partner_towns_give_no_partner(rows, language, issuer, text):
    assert rows(text, language, issuer) == {}
