"""A question heading over the part that lists the networks not held ('Waar zijn we (nog) geen lid van?', 'Hvilke
netværk er vi ikke medlem af?') is no remark on the last network of the list above it: a question asks, it denies
nothing, so that network stays held. The networks the next part denies stay denied, and a statement after the name
('Kommunen er ikke selv medlem.') still denies it."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

HELD_ABOVE_A_QUESTION = [
    (
        "nl",
        "Boxmeer",
        "Waar zijn we lid van?\n• Klimaatverbond Nederland – sinds 2023 lid van dit netwerk.\n"
        "• Energy Cities – sinds 2016 lid.\n• Cittaslow – Boxmeer trad in 2025 toe tot het netwerk.\n\n"
        "Waar zijn we (nog) geen lid van?\nBoxmeer is geen lid van Eurocities; dat is voor grote steden.",
        {"Klimaatverbond Nederland", "Energy Cities", "Cittaslow"},
    ),
    (
        "nl",
        "Lochem",
        "Lochem is lid van Energy Cities en Cittaslow.\nWelke netwerken laten we (nog) links liggen?\n"
        "De gemeente is geen lid van Eurocities.",
        {"Energy Cities", "Cittaslow"},
    ),
    (
        "da",
        "Fanø",
        "Kommunen er medlem af Sund By Netværket, Energy Cities og Cittaslow.\n"
        "Hvilke netværk er vi ikke medlem af?\nVi er ikke medlem af Eurocities.",
        {"Sund By Netværket", "Energy Cities", "Cittaslow"},
    ),
    (
        "da",
        "Læsø",
        "Netværk\n- Energy Cities (siden 2012)\n- Cittaslow (siden 2019)\n"
        "Hvorfor er vi ikke med i flere netværk?\nDet koster tid og penge.",
        {"Energy Cities", "Cittaslow"},
    ),
    (
        "nb",
        "Røst",
        "Nettverk vi er med i:\n1. Sunne kommuner\n2. Energy Cities\n"
        "Hvilke nettverk er vi ikke medlem av?\nKommunen er ikke medlem av Eurocities.",
        {"Sunne kommuner", "Energy Cities"},
    ),
    (
        "nn",
        "Selje",
        "Kommunen er medlem av Sunne kommunar og Cittaslow.\nKva nettverk er vi ikkje medlem av?\n"
        "Kommunen er ikkje medlem av Eurocities.",
        {"Sunne kommuner", "Cittaslow"},
    ),
]

DENIED_BY_A_STATEMENT = [
    ("nl", "Lochem", "Lochem volgt het werk van Cittaslow.\nDe gemeente is geen lid.", "Cittaslow"),
    ("da", "Fanø", "Kommunen følger arbejdet i Cittaslow. Kommunen er ikke selv medlem!", "Cittaslow"),
    ("nb", "Røst", "Røst får nyhetsbrev fra Cittaslow.\nKommunen er ikke medlem.", "Cittaslow"),
    ("nn", "Selje", "Kommunen følgjer arbeidet i Cittaslow. Kommunen er ikkje medlem.", "Cittaslow"),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), HELD_ABOVE_A_QUESTION)
def test_the_last_network_above_a_question_heading_stays_held(language, issuer, text, expected):
    assert networks(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "network"), DENIED_BY_A_STATEMENT)
def test_a_denying_statement_after_the_name_still_denies_it(language, issuer, text, network):
    assert network not in networks(text, language, issuer)
